"""From a message to what a person needs: the type, how sure, why, how to handle it, what to reply.

The one path from a message to an answer. The API, the CLI, the notebooks and the benchmarks call
it, so the rules between the prediction and the replies (which name to greet, when the topic is
sure enough to pick topic replies, who signs) live here once, not in each caller.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from classifier.message import Message
from classifier.prediction import ClientClassifier, Prediction
from classifier.replies import Advice, advise, client_first_name
from classifier.settings import Settings


@dataclass(frozen=True, slots=True)
class Response:
    """A classified message and the advice built on it."""

    prediction: Prediction
    advice: Advice


def advice_for(prediction: Prediction, message: Message, settings: Settings) -> Advice:
    """The handling note and replies for a classified message, in the client's language."""
    # The topic model is right 79% of the time at 0.6+ confidence and 66% overall (held-out
    # passes): below the threshold, general replies fit better than a wrong topic's.
    sure_topic = (prediction.topic_confidence or 0.0) >= settings.topic_min_confidence
    return advise(
        label=prediction.label,
        runner_up=prediction.top_two[1],
        uncertain=prediction.uncertain,
        topic=prediction.topic if sure_topic else None,
        message_language=prediction.language,
        client_name=client_first_name(sender_name=message.sender_name, raw_body=message.body),
        provider_name=settings.provider_name,
        seed_text=prediction.cleaned_text,
        count=settings.replies_count,
    )


def respond(
    message: Message, *, model: ClientClassifier, settings: Settings, explain: bool = True
) -> Response:
    """Classify one message and advise on it."""
    prediction = model.classify(message, explain=explain)
    return Response(prediction, advice_for(prediction, message, settings))


def respond_many(
    messages: Sequence[Message], *, model: ClientClassifier, settings: Settings
) -> list[Response]:
    """:func:`respond` for several messages, scored together."""
    predictions = model.classify_many(messages)
    return [
        Response(p, advice_for(p, m, settings)) for p, m in zip(predictions, messages, strict=True)
    ]
