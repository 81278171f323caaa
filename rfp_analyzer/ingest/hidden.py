"""Text a reader cannot see, found while pypdf extracts a page (its operator and text visitors).

Vendors can hide instructions for AI evaluators, or claims, in text nobody reading the PDF sees: white on white,
a font under 2 points, the invisible rendering modes, or outside the page. Such text is collected here and left out
of the page's analyzed text (a claim nobody can see is no evidence, and the LLM never reads it); the injection
detector reads it and reports it as a `hidden_text` finding with its page. A quote is verified against the visible
text only, so no finding can cite it. What counts as
visible is decided from the drawing itself, not from the words: white text over an area painted in a colour, and
invisible text over an image (a searchable scan's OCR layer).
"""

from __future__ import annotations


class HiddenTextCollector:
    """Collects the text pieces drawn in white (fill colour) where nothing coloured was painted beneath them, in a
    font under 2 points, in the invisible rendering modes (3 and 7) where no image lies beneath, or outside the
    page box. White text on a table header or banner is visible: the areas painted before it (filled paths in a
    colour other than white, images, shadings) are remembered, in page coordinates."""

    MIN_VISIBLE_POINTS = 2.0
    INVISIBLE_MODES = (3, 7)
    PATH_POINTS = {b"m": 1, b"l": 1, b"c": 3, b"v": 2, b"y": 2}
    FILLS = (b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*")

    def __init__(self, box: tuple[float, float, float, float]) -> None:
        self.box = box
        self.white = False
        self.mode = 0
        self.saved: list[tuple[bool, int]] = []
        self.path: list[tuple[float, float]] = []
        self.painted: list[tuple[float, float, float, float]] = []  # boxes painted in a colour, or with an image
        self.images: list[tuple[float, float, float, float]] = []  # boxes painted with an image or form
        self.parts: list[str] = []

    def operator(self, op: bytes, args: list, cm: list, tm: list) -> None:
        if op in (b"rg", b"g", b"k", b"sc", b"scn"):
            values = [float(a) for a in args if isinstance(a, (int, float))]
            if values:
                self.white = all(v <= 0.05 for v in values) if op == b"k" else all(v >= 0.95 for v in values)
        elif op == b"Tr" and args and isinstance(args[0], (int, float)):
            self.mode = int(args[0])
        elif op == b"q":  # colour and rendering mode are graphics state, saved and restored with it
            self.saved.append((self.white, self.mode))
        elif op == b"Q" and self.saved:
            self.white, self.mode = self.saved.pop()
        else:
            self._paint(op, [float(a) for a in args if isinstance(a, (int, float))], cm)

    def _paint(self, op: bytes, numbers: list[float], cm: list) -> None:
        if op in self.PATH_POINTS and len(numbers) >= 2 * self.PATH_POINTS[op]:
            self.path += [_apply(cm, numbers[i], numbers[i + 1]) for i in range(0, 2 * self.PATH_POINTS[op], 2)]
        elif op == b"re" and len(numbers) == 4:
            x, y, w, h = numbers
            self.path += [_apply(cm, x, y), _apply(cm, x + w, y + h)]
        elif op in self.FILLS or op in (b"n", b"S", b"s"):
            if op in self.FILLS and not self.white and self.path:
                self._remember([point for point in self.path])
            self.path = []
        elif op in (b"Do", b"sh", b"BI"):  # an image or form (drawn in the unit square), a shading
            corners = [_apply(cm, 0, 0), _apply(cm, 1, 1), _apply(cm, 0, 1), _apply(cm, 1, 0)] if cm else []
            self._remember(corners, image=op != b"sh")

    def _remember(self, points: list[tuple[float, float]], image: bool = False) -> None:
        if points:
            xs, ys = [p[0] for p in points], [p[1] for p in points]
            box = (min(xs), min(ys), max(xs), max(ys))
            self.painted.append(box)
            if image:
                self.images.append(box)

    def text(self, text: str, cm: list, tm: list, font_dict, font_size: float) -> None:
        if not text.strip():
            return
        scale = abs(tm[3] or tm[0]) * abs(cm[3] or cm[0]) if tm and cm else 1.0
        where = _apply(cm, tm[4], tm[5]) if tm and cm else None
        if (0 < font_size * scale < self.MIN_VISIBLE_POINTS or (where and not _inside(where, self.box))
                or (self.mode in self.INVISIBLE_MODES and not self._over(where, self.images))
                or (self.white and not self._over(where, self.painted))):
            self.parts.append(text)

    @staticmethod
    def _over(where: tuple[float, float] | None, boxes: list) -> bool:
        return bool(where) and any(_inside(where, box, 2.0) for box in boxes)

    def collected(self) -> str:
        return "".join(self.parts)

    def visible(self, extracted: str) -> str:
        """`extracted` (pypdf's text of the page, built from the same pieces in the same order) without the hidden
        pieces: each is removed at its first occurrence after the previous one."""
        kept, position = [], 0
        for piece in (p.strip() for p in self.parts):
            found = extracted.find(piece, position) if piece else -1
            if found >= 0:
                kept.append(extracted[position:found])
                position = found + len(piece)
        return "".join(kept) + extracted[position:]


def _apply(cm: list, x: float, y: float) -> tuple[float, float]:
    """User-space point of (x, y) under the matrix cm = [a, b, c, d, e, f]."""
    return x * cm[0] + y * cm[2] + cm[4], x * cm[1] + y * cm[3] + cm[5]


def _inside(point: tuple[float, float], box: tuple[float, float, float, float], margin: float = 0.0) -> bool:
    left, bottom, right, top = box
    return left - margin <= point[0] <= right + margin and bottom - margin <= point[1] <= top + margin
