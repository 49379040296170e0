"""Quote extraction measured on PolNeAR attributions, next to textacy's direct_quotations."""
