"""The web front: pages and a JSON API over the archive (`coincide serve`)."""
