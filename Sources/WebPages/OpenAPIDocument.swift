/// The API described in OpenAPI 3.1, served at `/api/openapi.json`. Kept beside the routes it
/// describes; a test asks every path in it and checks each answer against the schema given here.
public enum OpenAPIDocument {
    public static let json = #"""
    {
      "openapi": "3.1.0",
      "info": {"title": "Tally", "version": "1", "description": "Read-only view of the figures Tally tracks and the alerts it raised."},
      "paths": {
        "/api/figures": {"get": {"summary": "Tracked figures, most recently stated first, a page at a time",
          "parameters": [
            {"name": "q", "in": "query", "schema": {"type": "string"}, "description": "Words to find in the key, claimants and sources"},
            {"name": "disputed", "in": "query", "schema": {"type": "string", "enum": ["1", "true"]}},
            {"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1}},
            {"name": "per_page", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 500}}],
          "responses": {"200": {"description": "A page of figures", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/FigurePage"}}}}}}},
        "/api/figures/{key}": {"get": {"summary": "One figure: its positions and every statement of it, oldest first",
          "parameters": [{"name": "key", "in": "path", "required": true, "schema": {"type": "string"}, "description": "The figure key; its slashes stay slashes", "example": "north-korea/troops/sent-to-russia"}],
          "responses": {"200": {"description": "The figure", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Figure"}}}},
                        "404": {"description": "No statement of that key", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}}}},
        "/api/alerts": {"get": {"summary": "Alerts after an id, oldest first",
          "parameters": [{"name": "after", "in": "query", "schema": {"type": "integer", "minimum": 0}},
                         {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 1000, "default": 100}}],
          "responses": {"200": {"description": "Alerts as the alert log writes them", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Alert"}}}}}}}},
        "/api/alerts/stream": {"get": {"summary": "Alerts after an id, then each new one as it is committed, as server-sent events named alert",
          "parameters": [{"name": "after", "in": "query", "schema": {"type": "integer", "minimum": 0}},
                         {"name": "Last-Event-ID", "in": "header", "schema": {"type": "integer", "minimum": 0}, "description": "Sent by a reconnecting EventSource; the later of it and after counts"}],
          "responses": {"200": {"description": "An event stream: each event is named alert, its id is the alert's id and its data one Alert as JSON; comment lines keep a quiet stream alive",
            "content": {"text/event-stream": {"schema": {"type": "string"}, "x-event-data": {"$ref": "#/components/schemas/Alert"}}}}}}},
        "/alerts.atom": {"get": {"summary": "Alerts as an Atom feed, newest first",
          "parameters": [{"name": "key", "in": "query", "schema": {"type": "string"}, "description": "A key, or a prefix ending in *"}],
          "responses": {"200": {"description": "An Atom feed", "content": {"application/atom+xml": {"schema": {"type": "string"}}}}}}},
        "/healthz": {"get": {"summary": "Whether the server can read the database; never needs the token", "security": [],
          "responses": {"200": {"description": "ok", "content": {"text/plain": {"schema": {"type": "string"}}}},
                        "503": {"description": "The database cannot be read", "content": {"text/plain": {"schema": {"type": "string"}}}}}}},
        "/api/openapi.json": {"get": {"summary": "This document", "responses": {"200": {"description": "OpenAPI 3.1"}}}}
      },
      "security": [{"bearer": []}, {}],
      "components": {
        "schemas": {
          "FigurePage": {"type": "object", "required": ["total", "page", "per_page", "figures"],
            "properties": {"total": {"type": "integer"}, "page": {"type": "integer"}, "per_page": {"type": "integer"},
                           "figures": {"type": "array", "items": {"type": "object"}}}},
          "Figure": {"type": "object", "required": ["key", "history"],
            "properties": {"key": {"type": "string"},
                           "summary": {"$ref": "#/components/schemas/FigureSummary", "description": "Absent when no position holds the key"},
                           "history": {"type": "array", "items": {"$ref": "#/components/schemas/Statement"}, "description": "Oldest first"}}},
          "FigureSummary": {"type": "object", "required": ["key", "disputed", "mentions", "articles", "last_seen", "positions"],
            "properties": {"key": {"type": "string"}, "current": {"type": "number"}, "disputed": {"type": "boolean"},
                           "mentions": {"type": "integer"}, "articles": {"type": "integer"}, "last_seen": {"type": ["string", "null"], "format": "date-time", "description": "null when only untracked claims state it"},
                           "positions": {"type": "array", "items": {"type": "object", "required": ["claimant", "latest"],
                             "properties": {"claimant": {"type": ["string", "null"]}, "latest": {"$ref": "#/components/schemas/Observation"}}}}}},
          "Statement": {"type": "object", "required": ["claim_id", "claimant", "low", "high", "stated_as", "quote", "disputed", "repeated", "date", "article"],
            "properties": {"claim_id": {"type": "integer"}, "claimant": {"type": ["string", "null"]}, "low": {"type": "number"}, "high": {"type": "number"},
                           "unit": {"type": "string"}, "stated_as": {"type": "string"}, "quote": {"type": "string"}, "disputed": {"type": "boolean"},
                           "repeated": {"type": "boolean"}, "date": {"type": "string", "format": "date-time"}, "article": {"$ref": "#/components/schemas/Article"}}},
          "Alert": {"type": "object", "description": "One alert: its line in the alert log",
            "required": ["id", "at", "kind", "key", "pairing", "summary", "claimant", "new_value", "new"],
            "properties": {"id": {"type": "integer"}, "at": {"type": "string", "format": "date-time"},
                           "kind": {"type": "string", "enum": ["figure_changed", "figure_disputed", "figure_new"]},
                           "key": {"type": "string"}, "pairing": {"type": "string", "enum": ["exact", "likely"]}, "summary": {"type": "string"},
                           "claimant": {"type": ["string", "null"]}, "old_value": {"type": "number"}, "new_value": {"type": "number"},
                           "delta": {"type": "number"}, "relative_change": {"type": "number"},
                           "new": {"$ref": "#/components/schemas/Observation"}, "old": {"$ref": "#/components/schemas/Observation"},
                           "positions": {"type": "array", "description": "Who says what, on a dispute or a new figure",
                             "items": {"type": "object", "required": ["claimant", "value", "stated_as", "article"],
                               "properties": {"claimant": {"type": ["string", "null"]}, "value": {"type": "number"}, "stated_as": {"type": "string"},
                                              "article": {"type": "integer", "description": "The article's id"}}}}}},
          "Observation": {"type": "object", "required": ["value", "stated_as", "claimant", "quote", "article", "observed_at"],
            "properties": {"value": {"type": "number"}, "low": {"type": "number"}, "high": {"type": "number"}, "unit": {"type": "string"},
                           "stated_as": {"type": "string"}, "claimant": {"type": ["string", "null"]}, "quote": {"type": "string"},
                           "article": {"$ref": "#/components/schemas/Article"}, "observed_at": {"type": "string", "format": "date-time"}}},
          "Article": {"type": "object", "required": ["id"],
            "properties": {"id": {"type": "integer"}, "title": {"type": "string"}, "source": {"type": "string"}, "url": {"type": "string"},
                           "file": {"type": "string"}, "published": {"type": "string", "format": "date-time"}}},
          "Error": {"type": "object", "required": ["error"], "properties": {"error": {"type": "string"}}}
        },
        "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer", "description": "Required when [web] token is set, which it must be when the server listens beyond loopback"}}
      }
    }
    """#
}
