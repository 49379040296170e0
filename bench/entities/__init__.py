"""Entity-linking benchmarks: ECB+ cross-document coreference, transliteration pairs, linking speed."""
