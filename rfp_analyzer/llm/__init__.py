"""The LLM endpoint: the client (cache, usage, structured answers) and the evidence-block helpers that the
judge and `ask` share."""
