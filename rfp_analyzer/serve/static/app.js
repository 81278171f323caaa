// The review workspace's only script: the review form and the ask panel. Untrusted text is always set with
// textContent, never as HTML. POSTs carry the page's CSRF token.
"use strict";
(function () {
  const csrf = document.querySelector('meta[name="csrf-token"]').content;

  async function post(url, body) {
    const response = await fetch(url, {
      method: "POST", credentials: "same-origin",
      headers: {"Content-Type": "application/json", "X-CSRF-Token": csrf},
      body: JSON.stringify(body),
    });
    const data = await response.json().catch(() => ({error: response.statusText}));
    if (!response.ok) throw new Error(data.error || response.statusText);
    return data;
  }

  function el(tag, text, cls) {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (cls) node.className = cls;
    return node;
  }

  // ---- reviewer decisions ----
  const savedReviewer = localStorage.getItem("rfp-reviewer") || "";
  document.querySelectorAll("form.review-form").forEach((form) => {
    if (savedReviewer) form.elements.reviewer.value = savedReviewer;
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const error = form.querySelector(".form-error");
      const button = form.querySelector("button");
      error.textContent = "";
      button.disabled = true;
      try {
        localStorage.setItem("rfp-reviewer", form.elements.reviewer.value);
        await post("/api/reviews", {
          vendor: form.dataset.vendor, item: form.dataset.item, status: form.elements.status.value,
          note: form.elements.note.value, reviewer: form.elements.reviewer.value,
        });
        location.hash = form.dataset.item;
        location.reload();
      } catch (e) {
        error.textContent = e.message;
        button.disabled = false;
      }
    });
  });

  // ---- ask panel ----
  const askForm = document.getElementById("ask-form");
  if (!askForm) return;
  let conversation = sessionStorage.getItem("rfp-conversation");
  if (!conversation) {
    conversation = Math.random().toString(36).slice(2) + Date.now().toString(36);
    sessionStorage.setItem("rfp-conversation", conversation);
  }
  const log = document.getElementById("conversation");

  function evidenceLink(c) {
    const params = new URLSearchParams({vendor: c.vendor, file: c.file, page: String(c.page), quote: c.quote});
    if (c.ocr) params.set("ocr", "1");
    const a = el("a", `${c.file} p. ${c.page}`, "citation");
    a.href = "/evidence?" + params.toString();
    return a;
  }

  function showAnswer(turn, data) {
    turn.querySelectorAll(".answer").forEach((node) => node.remove());
    const box = el("div", undefined, "answer");
    if (data.asked) box.appendChild(el("div", `(asking: ${data.asked})`, "muted"));
    box.appendChild(el("div", data.answer, "a"));
    if (data.citations && data.citations.length) {
      const list = el("ol");
      data.citations.forEach((c) => {
        const item = el("li");
        item.appendChild(el("span", `${c.vendor}: \u201c${c.quote}\u201d `));
        item.appendChild(evidenceLink(c));
        list.appendChild(item);
      });
      box.appendChild(list);
    }
    if (!data.final) box.appendChild(el("div", "the model is writing its answer from these passages\u2026", "muted"));
    turn.appendChild(box);
  }

  // The answer comes in verified stages, one JSON object a line: the grounded extract at once, then (with an LLM
  // endpoint) the model's answer once its quotes were found on their pages.
  async function ask(body, onStage) {
    const response = await fetch("/api/ask", {
      method: "POST", credentials: "same-origin",
      headers: {"Content-Type": "application/json", "X-CSRF-Token": csrf},
      body: JSON.stringify(Object.assign({stream: true}, body)),
    });
    if (!response.ok) {
      const data = await response.json().catch(() => ({error: response.statusText}));
      throw new Error(data.error || response.statusText);
    }
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffered = "";
    for (;;) {
      const {value, done} = await reader.read();
      if (value) buffered += decoder.decode(value, {stream: true});
      let newline;
      while ((newline = buffered.indexOf("\n")) >= 0) {
        const line = buffered.slice(0, newline).trim();
        buffered = buffered.slice(newline + 1);
        if (line) onStage(JSON.parse(line));
      }
      if (done) break;
    }
  }

  askForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    const question = askForm.elements.question.value.trim();
    if (!question) return;
    const turn = el("div", undefined, "turn");
    turn.appendChild(el("div", question, "q"));
    const waiting = el("div", "searching the proposals\u2026", "muted");
    turn.appendChild(waiting);
    log.appendChild(turn);
    const button = askForm.querySelector("button");
    button.disabled = true;
    try {
      const vendor = askForm.elements.vendor ? askForm.elements.vendor.value : "";
      await ask({question, vendor: vendor || null, conversation}, (stage) => {
        waiting.remove();
        showAnswer(turn, stage);
      });
      askForm.elements.question.value = "";
    } catch (e) {
      waiting.textContent = "error: " + e.message;
    } finally {
      button.disabled = false;
    }
  });
})();
