/// The API described in OpenAPI 3.1, served at `/api/openapi.json`. Kept beside the routes it
/// describes; a test asks every path in it and expects an answer.
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
          "responses": {"200": {"description": "The figure", "content": {"application/json": {"schema": {"type": "object"}}}},
                        "404": {"description": "No statement of that key"}}}},
        "/api/alerts": {"get": {"summary": "Alerts after an id, oldest first",
          "parameters": [{"name": "after", "in": "query", "schema": {"type": "integer", "minimum": 0}},
                         {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 1000}}],
          "responses": {"200": {"description": "Alerts as the alert log writes them", "content": {"application/json": {"schema": {"type": "array", "items": {"type": "object"}}}}}}}},
        "/api/alerts/stream": {"get": {"summary": "Alerts after an id, then each new one as it is committed, as server-sent events named alert",
          "parameters": [{"name": "after", "in": "query", "schema": {"type": "integer", "minimum": 0}}],
          "responses": {"200": {"description": "An event stream", "content": {"text/event-stream": {"schema": {"type": "string"}}}}}}},
        "/alerts.atom": {"get": {"summary": "Alerts as an Atom feed, newest first",
          "parameters": [{"name": "key", "in": "query", "schema": {"type": "string"}, "description": "A key, or a prefix ending in *"}],
          "responses": {"200": {"description": "An Atom feed", "content": {"application/atom+xml": {"schema": {"type": "string"}}}}}}},
        "/healthz": {"get": {"summary": "Whether the server can read the database",
          "responses": {"200": {"description": "ok"}, "503": {"description": "The database cannot be read"}}}},
        "/api/openapi.json": {"get": {"summary": "This document", "responses": {"200": {"description": "OpenAPI 3.1"}}}}
      },
      "components": {
        "schemas": {
          "FigurePage": {"type": "object", "required": ["total", "page", "per_page", "figures"],
            "properties": {"total": {"type": "integer"}, "page": {"type": "integer"}, "per_page": {"type": "integer"},
                           "figures": {"type": "array", "items": {"type": "object"}}}}
        },
        "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer", "description": "Required when the server listens beyond loopback"}}
      }
    }
    """#
}
