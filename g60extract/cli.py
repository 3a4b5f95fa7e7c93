"""The ``g60extract`` command (also ``python -m g60extract``).

click is used rather than argparse for nested command groups (``models pull``), typed options
and testable invocation (``CliRunner``).
"""

from __future__ import annotations

import json
import sys
from importlib import resources
from pathlib import Path

import click

from g60extract import __version__
from g60extract.config import ExtractorConfig
from g60extract.errors import G60Error


def _config(segmenter: str, lexicon: tuple[str, ...], rules: tuple[str, ...]) -> ExtractorConfig:
    return ExtractorConfig(segmenter=segmenter, lexicon_files=lexicon, rule_files=rules)  # type: ignore[arg-type]


_common = [
    click.option("--segmenter", type=click.Choice(["jieba", "pkuseg"]), default="jieba", show_default=True),
    click.option("--lexicon", multiple=True, type=click.Path(exists=True, dir_okay=False),
                 help="JSON lexicon extension (repeatable)"),
    click.option("--rules", multiple=True, type=click.Path(exists=True, dir_okay=False),
                 help="JSON file of user rules (repeatable)"),
]


def common_options(f):  # type: ignore[no-untyped-def]
    for option in reversed(_common):
        f = option(f)
    return f


@click.group()
@click.version_option(__version__, prog_name="g60extract")
def main() -> None:
    """Typed, evidence-linked events from Chinese news articles."""


@main.command()
@click.argument("file", type=click.Path(allow_dash=True))
@click.option("--published", help="publication date, YYYY-MM-DD (default: read from the page)")
@click.option("--json", "as_json", is_flag=True, help="print the result as JSON")
@click.option("--encoding", default=None, help="input encoding (default: detect)")
@common_options
def extract(file: str, published: str | None, as_json: bool, encoding: str | None,
            segmenter: str, lexicon: tuple[str, ...], rules: tuple[str, ...]) -> None:
    """Extract from one article FILE (text or HTML; - for standard input)."""
    from g60extract.io import read_article_file
    from g60extract.pipeline import Extractor

    try:
        article = read_article_file(file, encoding=encoding, published=published)
        result = Extractor(_config(segmenter, lexicon, rules)).extract(article)
    except (G60Error, OSError) as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(result.model_dump_json(indent=1) if as_json else result.summary())


@main.command()
@click.option("--json", "as_json", is_flag=True, help="print the result as JSON")
def demo(as_json: bool) -> None:
    """Extract from the sample article shipped with the package."""
    from g60extract.pipeline import Extractor

    text = resources.files("g60extract.data").joinpath("sample.txt").read_text(encoding="utf-8")
    result = Extractor().extract(text)
    click.echo(result.model_dump_json(indent=1) if as_json else result.summary())


@main.command()
def schema() -> None:
    """Print the JSON Schema of the output (ExtractionResult)."""
    from g60extract.models import json_schema

    click.echo(json.dumps(json_schema(), ensure_ascii=False, indent=1))


@main.group()
def models() -> None:
    """Optional models, fetched only on request."""


@models.command("pull")
@click.argument("name", type=click.Choice(["pkuseg"]))
@click.option("--accept-license", is_flag=True, help="consent to the model's licence without a prompt")
@click.option("--target", type=click.Path(file_okay=False), default=None, help="model directory")
def models_pull(name: str, accept_license: bool, target: str | None) -> None:
    """Fetch a model (pkuseg: from the pkuseg 0.0.25 sdist on PyPI, via pip)."""
    from g60extract.model_store import PKUSEG_LICENCE, pull_pkuseg

    click.echo(PKUSEG_LICENCE)
    consent = accept_license or (sys.stdin.isatty() and click.confirm("Do you accept these terms?"))
    if not consent:
        raise click.ClickException("not fetched: the licence was not accepted (use --accept-license)")
    path = pull_pkuseg(Path(target) if target else None, consent=True)
    click.echo(f"pkuseg model ready in {path}")


def _register_optional() -> None:
    """Commands living in their own modules."""
    from g60extract import evaluation, rule_testing

    main.add_command(evaluation.eval_command)
    main.add_command(evaluation.eval_ner_command)
    main.add_command(rule_testing.test_rules_command)
    try:
        from g60extract import batch_cli
    except ImportError:  # pragma: no cover - batch module always ships; keep the CLI usable
        return
    main.add_command(batch_cli.batch_command)


_register_optional()
