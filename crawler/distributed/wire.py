"""What crosses Redis: records, queued requests and in-flight ledger entries as JSON with a
version field (bytes as base64), each checked against a small schema when read.

Only data crosses, never code: a worker or an ingester reading an entry it did not expect gets
a BadEntry saying why, not an object built from it. scrapy-redis uses this module's `dumps` and
`loads` for its request queue (SCHEDULER_SERIALIZER names it).
"""

from __future__ import annotations

import base64
import binascii
import json
import math
import re
import uuid
from collections.abc import Callable
from dataclasses import fields as dataclass_fields
from datetime import datetime
from typing import Any

from scrapy import Request

from crawler.archive import RefreshTarget
from crawler.items import Article, CounterAnswer, Page, RelatedLink

__all__ = [
    "RECORD_SCHEMA",
    "WIRE_VERSION",
    "BadEntry",
    "decode_ledger_entry",
    "decode_record",
    "dumps",
    "encode_record",
    "is_number",
    "loads",
]

WIRE_VERSION = 1


class BadEntry(ValueError):
    """A record or request read from Redis that is not what chanjing writes there."""


def _json_bytes(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode()


def _parse(raw: bytes | str, what: str) -> dict[str, Any]:
    try:
        message = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise BadEntry(f"{what} is not JSON ({type(exc).__name__})") from None
    if not isinstance(message, dict):
        raise BadEntry(f"{what} is not a JSON object")
    if message.get("v") != WIRE_VERSION:
        raise BadEntry(f"{what} has version {message.get('v')!r}, not {WIRE_VERSION}")
    return message


def _is_str(value: Any) -> bool:
    return isinstance(value, str)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_bool(value: Any) -> bool:
    return isinstance(value, bool)


def _in_range(low: int, high: int) -> Callable[[Any], bool]:
    return lambda value: _is_int(value) and low <= value < high


def is_number(value: Any) -> bool:
    return (_is_int(value) or isinstance(value, float)) and math.isfinite(value)


def _is_url(value: Any) -> bool:
    return isinstance(value, str) and value.lower().startswith(("http://", "https://")) and len(value) < 8192


def _is_time(value: Any) -> bool:
    if not isinstance(value, str) or len(value) > 64:
        return False
    try:
        return datetime.fromisoformat(value).tzinfo is not None
    except ValueError:
        return False


def _is_b64(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    try:
        base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return False
    return True


def _opt(check: Callable[[Any], bool]) -> Callable[[Any], bool]:
    return lambda value: value is None or check(value)


def _list_of(check: Callable[[Any], bool]) -> Callable[[Any], bool]:
    return lambda value: isinstance(value, list) and all(check(item) for item in value)


def _is_object(value: Any) -> bool:
    return isinstance(value, dict) and all(isinstance(key, str) for key in value)


def _is_header(value: Any) -> bool:
    return isinstance(value, list) and len(value) == 2 and all(isinstance(part, str) for part in value)


def _is_related(value: Any) -> bool:
    return _is_object(value) and all(_opt(_is_str)(value.get(name)) for name in ("url", "title", "summary"))


_FIELD_CHECKS: dict[str, Callable[[Any], bool]] = {
    **{
        name: _opt(_is_str)
        for name in (
            "article_id",
            "title",
            "source",
            "published_at",
            "click_counter_url",
            "editor",
            "reviewer",
            "category",
            "body",
            "title_raw",
            "body_raw",
            "encoding",
            "counter_kind",
        )
    },
    "clicks": _opt(_in_range(0, 1 << 53)),
    "counter_inflated": _opt(_is_bool),
    "breadcrumbs": _opt(_list_of(_is_str)),
    "images": _opt(_list_of(_is_str)),
    "warnings": _opt(_list_of(_is_str)),
    "related": _opt(_list_of(_is_related)),
}


def _is_fields(value: Any) -> bool:
    return _is_object(value) and all(check(value.get(name)) for name, check in _FIELD_CHECKS.items())


def _is_numbers(value: Any) -> bool:
    return _is_object(value) and all(is_number(v) for v in value.values())


# Every record kind, its fields and what each must be. Nothing else is accepted.
RECORD_SCHEMA: dict[str, dict[str, Callable[[Any], bool]]] = {
    "page": {
        "url": _is_url,
        "status": _in_range(0, 1000),
        "reason": _is_str,
        "headers": _list_of(_is_header),
        "body": _is_b64,
        "fetched_at": _is_time,
    },
    "article": {"url": _is_url, "fields": _is_fields, "page_url": _opt(_is_url), "fetched_at": _is_time},
    "reject": {
        "url": _is_str,
        "reason": _is_str,
        "page_url": _opt(_is_str),
        "fetched_at": _opt(_is_time),
        "record": _opt(_is_object),
    },
    "clicks": {
        "url": _is_url,
        "clicks": _in_range(0, 1 << 53),
        "observed_at": _is_time,
        "counter_kind": _opt(_is_str),
        "inflated": _opt(_is_bool),
    },
    "hello": {"worker": _is_str, "start_urls": _list_of(_is_str)},
    "stats": {"worker": _is_str, "reason": _is_str, "numbers": _is_numbers},
}


def encode_record(kind: str, **values: Any) -> bytes:
    """A worker's record as the ingester reads it: versioned JSON, bytes as base64."""
    if kind == "page":
        values["body"] = base64.b64encode(values["body"]).decode("ascii")
        values["headers"] = [list(pair) for pair in values["headers"]]
    return _json_bytes({"v": WIRE_VERSION, "id": uuid.uuid4().hex, "kind": kind, **values})


def decode_record(raw: bytes) -> dict[str, Any]:
    """A record read from the records list, checked against RECORD_SCHEMA; BadEntry says why not."""
    message = _parse(raw, "record")
    kind = message.get("kind")
    schema = RECORD_SCHEMA.get(kind) if isinstance(kind, str) else None
    if schema is None:
        raise BadEntry(f"record of unknown kind {kind!r}")
    if not isinstance(message.get("id"), str):
        raise BadEntry(f"{kind} record without an id")
    names = set(message) - {"v", "id", "kind"}
    if names != set(schema):
        missing, extra = sorted(set(schema) - names), sorted(names - set(schema))
        raise BadEntry(f"{kind} record: missing {missing}, unexpected {extra}")
    for name, check in schema.items():
        if not check(message[name]):
            raise BadEntry(f"{kind} record: field {name!r} is not valid")
    if kind == "page":
        message["body"] = base64.b64decode(message["body"])
        message["headers"] = [tuple(pair) for pair in message["headers"]]
    return message


# Requests: scrapy-redis hands `dumps` what `Request.to_dict` gives and `loads` what it stored
# (SCHEDULER_SERIALIZER names this module). Bytes, tuples, dicts with bytes keys and the few
# dataclasses a request carries in cb_kwargs are written as tagged JSON.

_WIRE_DATACLASSES = {cls.__name__: cls for cls in (Page, Article, CounterAnswer, RelatedLink, RefreshTarget)}
_CALLBACK_RE = re.compile(r"^(parse[a-z_]*|[a-z][a-z_]*_failed)$")
_METHODS = {"GET", "HEAD", "POST"}


def _to_wire(value: Any) -> Any:
    if value is None or isinstance(value, str | bool | int):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise TypeError("a request holds a float that is not finite")
        return value
    if isinstance(value, bytes):
        return {"$b64": base64.b64encode(value).decode("ascii")}
    if isinstance(value, list | tuple):
        return [_to_wire(item) for item in value]
    if isinstance(value, dict):
        if all(isinstance(key, str) and not key.startswith("$") for key in value):
            return {key: _to_wire(item) for key, item in value.items()}
        return {"$pairs": [[_to_wire(key), _to_wire(item)] for key, item in value.items()]}
    name = type(value).__name__
    if _WIRE_DATACLASSES.get(name) is type(value):
        return {"$dc": [name, {f.name: _to_wire(getattr(value, f.name)) for f in dataclass_fields(value)}]}
    raise TypeError(f"a request holds a {name}, which the request queue does not carry")


def _from_wire(value: Any, depth: int = 0) -> Any:
    if depth > 32:
        raise BadEntry("request nested too deeply")
    if isinstance(value, list):
        return [_from_wire(item, depth + 1) for item in value]
    if not isinstance(value, dict):
        return value
    if len(value) == 1 and "$b64" in value:
        if not _is_b64(value["$b64"]):
            raise BadEntry("request holds bad base64")
        return base64.b64decode(value["$b64"])
    if len(value) == 1 and "$pairs" in value:
        pairs = value["$pairs"]
        if not all(isinstance(pair, list) and len(pair) == 2 for pair in pairs):
            raise BadEntry("request holds a bad key-value list")
        decoded = {}
        for key, item in pairs:
            key = _from_wire(key, depth + 1)
            if not isinstance(key, str | bytes | int):
                raise BadEntry("request holds a key that is neither text nor bytes")
            decoded[key] = _from_wire(item, depth + 1)
        return decoded
    if len(value) == 1 and "$dc" in value:
        spec = value["$dc"]
        if not (isinstance(spec, list) and len(spec) == 2 and _is_object(spec[1])):
            raise BadEntry("request holds a bad record")
        cls = _WIRE_DATACLASSES.get(spec[0]) if isinstance(spec[0], str) else None
        if cls is None:
            raise BadEntry(f"request holds a record of unknown type {spec[0]!r}")
        allowed = {f.name for f in dataclass_fields(cls)}
        if not set(spec[1]) <= allowed:
            raise BadEntry(f"request holds a {spec[0]} with unknown fields")
        try:
            return cls(**{key: _from_wire(item, depth + 1) for key, item in spec[1].items()})
        except TypeError as exc:
            raise BadEntry(f"request holds a bad {spec[0]}: {exc}") from None
    if any(key.startswith("$") for key in value):
        raise BadEntry("request holds an unknown tag")
    return {key: _from_wire(item, depth + 1) for key, item in value.items()}


def dumps(request: dict[str, Any]) -> bytes:
    """A request's dict (`Request.to_dict`) as the queue stores it."""
    return _json_bytes({"v": WIRE_VERSION, "request": _to_wire(request)})


def loads(raw: bytes | str) -> dict[str, Any]:
    """A queued request's dict, checked: only a plain `scrapy.Request` to an http(s) URL with one
    of the spider's callbacks; BadEntry says what is wrong."""
    message = _parse(raw, "request entry")
    if set(message) != {"v", "request"} or not _is_object(message["request"]):
        raise BadEntry("request entry is not {v, request}")
    request = _from_wire(message["request"])
    unknown = set(request) - set(Request.attributes)
    if unknown:
        raise BadEntry(f"request has fields {sorted(unknown)} (only plain requests are queued)")
    checks: dict[str, Callable[[Any], bool]] = {
        "url": _is_url,
        "method": lambda v: v in _METHODS,
        "callback": _opt(lambda v: isinstance(v, str) and bool(_CALLBACK_RE.match(v))),
        "errback": _opt(lambda v: isinstance(v, str) and bool(_CALLBACK_RE.match(v))),
        "headers": lambda v: isinstance(v, dict),
        "body": lambda v: isinstance(v, bytes),
        "cookies": lambda v: isinstance(v, dict | list),
        "meta": _is_object,
        "cb_kwargs": _is_object,
        "encoding": _is_str,
        "flags": _list_of(_is_str),
        "dont_filter": _is_bool,
        "priority": _is_int,
    }
    for name, check in checks.items():
        if name in request and not check(request[name]):
            raise BadEntry(f"request field {name!r} is not valid")
    if "url" not in request:
        raise BadEntry("request without a url")
    return request


def decode_ledger_entry(raw: bytes) -> tuple[float, bytes]:
    """(score, queued request) of an in-flight ledger entry, the request checked as `loads` does."""
    message = _parse(raw, "ledger entry")
    if set(message) != {"v", "score", "request"} or not is_number(message["score"]):
        raise BadEntry("ledger entry is not {v, score, request}")
    if not isinstance(message["request"], str):
        raise BadEntry("ledger entry's request is not text")
    data = message["request"].encode()
    loads(data)
    return message["score"], data
