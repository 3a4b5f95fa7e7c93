"""Rule-based recognisers (ORG, GPE, DATE, quantities, titles) and their spaCy component."""
