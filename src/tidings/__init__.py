"""tidings: news articles in, political event data out.

    import tidings
    report = tidings.ingest(["articles/"], db="news.duckdb")      # read, analyse, store
    db = tidings.open_db("news.duckdb")
    db.events(actor="RUS", since="2017-01")                         # a pandas DataFrame
    db.events_records(type="CONSULT")                               # a list of dicts
    analysis = tidings.analyse_text("Russia and Turkey agreed ...", published="2017-01-13")
"""

__version__ = "0.1.0"  # before the imports below: the ingest stage names it in its User-Agent

from .api import IngestReport, analyse_text, ingest, open_db
from .config import Config, load_config
from .errors import TidingsError
from .records import ActorMention, Analysis, Article, Event, PlaceMention, Quote, Rejection, Talks, TimeMention
from .store import Store, export

__all__ = [
    "ActorMention",
    "Analysis",
    "Article",
    "Config",
    "Event",
    "IngestReport",
    "PlaceMention",
    "Quote",
    "Rejection",
    "Store",
    "Talks",
    "TidingsError",
    "TimeMention",
    "analyse_text",
    "export",
    "ingest",
    "load_config",
    "open_db",
]
