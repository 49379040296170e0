"""Sentence sketches shared by linking and the store: sentence units and their shingles (passages.py),
MinHash signatures (minhash.py) and the LSH band keys stored for them (bands.py). Neutral: no stage."""
