"""Pricing: the pricing vocabulary, rate cards, the buyer's scenario and the total cost of ownership."""
