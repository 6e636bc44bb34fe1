"""Tools, not layers the app is made of: demo data and screenshots. Only the command line reaches them
(`lobby-app demo-data`, `hub --demo-data`, `screenshot`); an import-linter contract keeps it so."""
