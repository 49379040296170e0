"""SQLite storage: schema, migrations, the one write path, read queries and exports."""
