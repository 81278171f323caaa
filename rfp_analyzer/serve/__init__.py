"""The review workspace: `rfp-analyze serve`."""
