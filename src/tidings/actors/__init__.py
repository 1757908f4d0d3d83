"""The actor stage: who is who, resolved against the actor knowledge and the article's date."""

from .knowledge import ActorKB, Entity, Office, load_knowledge
from .resolve import find_actors

__all__ = ["ActorKB", "Entity", "Office", "find_actors", "load_knowledge"]
