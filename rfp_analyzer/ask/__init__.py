"""Questions across the proposals: the library, LLM answers, the chat session."""
