"""From a message to what a person needs: the type, how sure, why, what is asked, what to reply.

The one path from a message to an answer. The API, the CLI, the notebooks and the benchmarks call
it, so the rules between the prediction and the replies (reading the asks, telling a chat from an
e-mail, which name to greet, who signs and what the owner has committed to) live here once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from classifier.asks import Asks, read_asks
from classifier.compose import Terms
from classifier.lang import codes, pack_of_text, packs
from classifier.message import Message
from classifier.prediction import ClientClassifier, Prediction, load_model, prediction_to_dict
from classifier.reading import read_text
from classifier.replies import Advice, advise, client_first_name
from classifier.settings import Settings

WARM_WORDS = 3_000
"""How many of the model's commonest words :func:`warm_up` runs through the caches."""

# A message with no channel given is read as a chat message when it is as short as chat
# messages are (and has no subject): one to three lines, a few sentences.
CHAT_MAX_CHARS = 280
CHAT_MAX_LINES = 4


@dataclass(frozen=True, slots=True)
class Response:
    """A classified message, the asks found in it, and the advice built on both."""

    prediction: Prediction
    asks: Asks
    advice: Advice


def to_dict(response: Response, message: Message) -> dict[str, Any]:
    """The JSON view of a response: what the API answers and ``predict --json`` prints."""
    prediction, advice, asks = response.prediction, response.advice, response.asks
    main = asks.main
    return {
        **prediction_to_dict(prediction),
        "subject": prediction.subject,
        "asks": [
            {
                "kind": a.kind.value,
                "subtype": a.subtype,
                "text": a.text,
                "value": a.value,
                "start": a.start,
                "end": a.end,
            }
            for a in asks.items
        ],
        "main_ask": asks.items.index(main) if main is not None else None,
        "channel": "chat" if is_chat(message, prediction.cleaned_text) else "email",
        "note": advice.note,
        "replies": replies_to_dicts(advice),
    }


def replies_to_dicts(advice: Advice) -> list[dict[str, Any]]:
    """The JSON view of composed replies."""
    return [
        {
            "id": s.reply_id,
            "text": s.text,
            "technique": s.technique,
            "seed": s.seed,
            "blanks": [
                {"name": b.name, "hint": b.hint, "start": b.start, "end": b.end} for b in s.blanks
            ],
            "moves": list(s.moves),
        }
        for s in advice.suggestions
    ]


def is_chat(message: Message, cleaned_text: str) -> bool:
    """Whether a reply should be chat-sized: by the channel, else by the message's own shape."""
    if message.channel is not None:
        return message.channel.is_chat
    if message.source == "eml" or message.subject.strip():
        return False
    lines = [line for line in cleaned_text.splitlines() if line.strip()]
    return len(cleaned_text) <= CHAT_MAX_CHARS and len(lines) <= CHAT_MAX_LINES


def default_terms(settings: Settings) -> Terms:
    """The owner's terms when none are stored: the environment's name, no commitments."""
    name = (settings.provider_name or "").strip()
    return Terms(names=dict.fromkeys(codes(), name) if name else {})


def advice_for(
    prediction: Prediction,
    message: Message,
    settings: Settings,
    *,
    terms: Terms | None = None,
    asks: Asks | None = None,
    follow_up: bool = False,
) -> Advice:
    """The handling note and replies for a classified message, in the client's language.

    ``follow_up``: a message the owner sends first to a client who went quiet.
    """
    return advise(
        label=prediction.label,
        runner_up=prediction.top_two[1],
        uncertain=prediction.uncertain,
        message_language=prediction.language,
        asks=asks if asks is not None else asks_of(prediction),
        chat=is_chat(message, prediction.cleaned_text),
        client_name=client_first_name(sender_name=message.sender_name, raw_body=message.body),
        terms=terms or default_terms(settings),
        seed_text=prediction.cleaned_text,
        count=settings.replies_count,
        follow_up=follow_up,
        found_cues=prediction.cues,
        quoted_text=prediction.quoted_text,
    )


def asks_of(prediction: Prediction) -> Asks:
    """The asks of a classified message's own text (the subject is not searched).

    When the text is a post quoting a client (an owner pasting "לקוח: '…'" with a comment), only
    the asks inside the client's quoted words: the reply answers the client, not the comment.
    """
    asks = read_asks(prediction.cleaned_text, language=prediction.language)
    quoted = client_quote(prediction.cleaned_text)
    if quoted is None:
        return asks
    start, end = quoted
    return Asks(tuple(a for a in asks.items if start <= a.start and a.end <= end))


_QUOTES = {"'": "'", '"': '"', "״": "״", "“": "”", "‘": "’", "„": "“"}
_OPENING = re.compile("[" + re.escape("".join(_QUOTES)) + "]")
# An apostrophe inside a word ("you're") does not close a quote opened with one.
_CLOSING = {mark: re.compile(re.escape(close) + r"(?![^\W\d_])") for mark, close in _QUOTES.items()}


def client_quote(text: str) -> tuple[int, int] | None:
    """The span of a client's words quoted in a post about them, or None.

    A pack's ``quote_frame`` ("לקוח שלח לי:", "Client on the draft:") must end right before an
    opening quote mark, or, in a post that opens with its writer's trade (``post_intro``:
    "Electrician here."), its looser ``speech_frame``; the quote must close, and the words inside
    are the client's. A client's own message that quotes a contract or a cake's lettering has
    neither frame (none of the 6,076 corpus messages is read as a post).
    """
    marks = [m.start() for m in _OPENING.finditer(text, 0, 2_000)]
    if not marks:  # most messages quote nothing: no frame is tried
        return None
    frames = [p.quote_frame for p in packs() if p.quote_frame]
    if any(p.post_intro and re.match(p.post_intro, text) for p in packs()):
        frames += [p.speech_frame for p in packs() if p.speech_frame]
    for frame in frames:
        for at in marks:
            if not re.search(frame, text[max(0, at - 120) : at]):
                continue
            found = _CLOSING[text[at]].search(text, at + 1)
            if found is not None and found.start() > at + 10:
                return at + 1, found.start()
    return None


def respond(
    message: Message,
    *,
    model: ClientClassifier,
    settings: Settings,
    terms: Terms | None = None,
    explain: bool = True,
) -> Response:
    """Classify one message, read its asks and advise on it."""
    prediction = model.classify(message, explain=explain)
    asks = asks_of(prediction)
    return Response(
        prediction, asks, advice_for(prediction, message, settings, terms=terms, asks=asks)
    )


def respond_many(
    messages: Sequence[Message],
    *,
    model: ClientClassifier,
    settings: Settings,
    terms: Terms | None = None,
    explain: bool = True,
) -> list[Response]:
    """:func:`respond` for several messages, scored together."""
    predictions = model.classify_many(messages, explain=explain)
    out = []
    for prediction, message in zip(predictions, messages, strict=True):
        asks = asks_of(prediction)
        advice = advice_for(prediction, message, settings, terms=terms, asks=asks)
        out.append(Response(prediction, asks, advice))
    return out


def warm_up(model: ClientClassifier, settings: Settings, *, words: int = WARM_WORDS) -> None:
    """Do before the first request what the first requests would otherwise do, slowly.

    A freshly loaded model has empty word caches, and the first message of each language loads
    its tokenizer, cue lists, ask patterns and phrase books: the first request took ~40x a warm
    one. This runs the model's ``words`` commonest words (lowest idf, so the words most messages
    hold) through every tokenizer's word cache, then answers one message per language made of
    those words. It takes well under a second; the service calls it on every (re)load, before
    the new model serves. Answers do not change: only caches are filled.
    """
    for features in model.compiled.features:
        common = features.common_words(words)
        for language in {pack.spacy_lang for pack in packs()}:
            for word in common:
                features.chunk(word, language)
        by_pack: dict[str, list[str]] = {}
        for word in common:
            by_pack.setdefault(pack_of_text(word).code, []).append(word)
        samples = [" ".join(found[:40]) + "?" for found in by_pack.values()]
        for text in [*samples, " ".join(samples)]:
            respond(read_text(text), model=model, settings=settings)


def load_warm(settings: Settings, version: str | None = None) -> ClientClassifier:
    """:func:`~classifier.prediction.load_model`, then :func:`warm_up`: what the service serves.

    The service loads every model through here (at start, on an admin reload, when following
    ``models/CURRENT``), so the first request after a (re)load is not the one that pays for it.
    """
    model = load_model(settings, version)
    warm_up(model, settings)
    return model
