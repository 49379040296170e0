"""Language data shared by every stage: word tables that extract/ and link/ both read, one home per kind."""
