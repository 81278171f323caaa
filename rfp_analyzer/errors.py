"""Errors that cross stages: the CLI turns each into an exit code and a message that says what to fix."""


class ConfigError(Exception):
    """A configuration file is wrong; the message names the file and the key."""


class EndpointError(Exception):
    """The configured LLM endpoint cannot be used at all (bad key, unknown model, never reachable): stop and tell
    the user what to fix."""
