"""JSON without blanks, as json.dumps(x, separators=(",", ":")) writes it: the line a conform request is sent
as, and the text a generated document is checked and kept by. The encoder is made once (dumps makes one at
every call that asks for separators)."""

from __future__ import annotations

import json

compact_json = json.JSONEncoder(separators=(",", ":")).encode
