"""``g60extract batch``: extract from article dumps, one output line per input record."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from g60extract.config import ExtractorConfig
from g60extract.errors import G60Error
from g60extract.readers import MAX_RECORD_BYTES, FieldMap

F = TypeVar("F", bound=Callable[..., Any])


_LABELS = {"id": "the record's id", "title": "the title", "published": "the publication date",
           "source": "the source", "url": "the URL", "text": "the text or HTML"}


def _field_option(kind: str, default: tuple[str, ...]) -> Callable[[F], F]:
    return click.option(f"--{kind}-field", f"{kind}_field", default=None, metavar="NAME[,NAME…]",
                        help=f"input field(s) holding {_LABELS[kind]} [default: {','.join(default)}]")


_defaults = FieldMap()


class _Fatal(click.ClickException):
    exit_code = 2


@click.command("batch")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False),
              help="output JSON Lines file: one line per input record, in input order")
@click.option("-j", "--jobs", default=1, show_default=True, type=click.IntRange(min=0),
              help="worker processes (0: one per CPU)")
@click.option("--batch-size", default=32, show_default=True, type=click.IntRange(min=1),
              help="records sent to a worker at a time")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "tsv", "text"]), default=None,
              help="input format of files (default: from the file name; folders hold .txt/.html)")
@click.option("--encoding", default=None, help="input encoding (default: detect UTF-8, UTF-8 BOM, GB18030)")
@_field_option("id", _defaults.id)
@_field_option("title", _defaults.title)
@_field_option("published", _defaults.published)
@_field_option("source", _defaults.source)
@_field_option("url", _defaults.url)
@_field_option("text", _defaults.text)
@click.option("--max-chars", type=click.IntRange(min=1), default=None,
              help=f"longest article text accepted [default: {ExtractorConfig().max_chars:,}]")
@click.option("--max-record-bytes", type=click.IntRange(min=1), default=MAX_RECORD_BYTES, show_default=True,
              help="longest input line (or file) read; longer ones become error records")
@click.option("--resume", is_flag=True, help="continue an interrupted run: keep OUTPUT's complete lines, skip as "
              "many input records")
@click.option("--overwrite", is_flag=True, help="replace an existing OUTPUT")
@click.option("--allow-errors", is_flag=True, help="exit 0 even when some records failed")
@click.option("--tables", "tables", type=click.Path(file_okay=False), default=None,
              help="also write flat tables (organizations, agreements, initiatives, statistics, dates, events, "
              "errors) to this folder")
@click.option("--table-format", "table_formats", multiple=True, type=click.Choice(["csv", "parquet"]),
              help="table formats (repeatable) [default: csv and parquet; parquet needs pyarrow]")
@click.option("-q", "--quiet", is_flag=True, help="no progress and no summary")
@click.option("--log-interval", default=10.0, show_default=True, type=click.FloatRange(min=0.1),
              help="seconds between progress lines when stderr is not a terminal")
@click.option("--summary-json", type=click.Path(dir_okay=False), default=None,
              help="also write the run's summary as JSON to this file")
@click.option("--segmenter", type=click.Choice(["jieba", "pkuseg"]), default="jieba", show_default=True)
@click.option("--lexicon", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="JSON lexicon extension (repeatable)")
@click.option("--rules", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="JSON file of user rules (repeatable)")
def batch_command(
    inputs: tuple[str, ...], output: str, jobs: int, batch_size: int, fmt: str | None, encoding: str | None,
    id_field: str | None, title_field: str | None, published_field: str | None, source_field: str | None,
    url_field: str | None, text_field: str | None, max_chars: int | None, max_record_bytes: int,
    resume: bool, overwrite: bool, allow_errors: bool, tables: str | None, table_formats: tuple[str, ...],
    quiet: bool, log_interval: float, summary_json: str | None,
    segmenter: str, lexicon: tuple[str, ...], rules: tuple[str, ...],
) -> None:
    """Extract from every record of INPUT... (JSON Lines, CSV/TSV, folders of .txt/.html, and .gz
    of any) into OUTPUT, one JSON line per record in input order: the result (as `extract --json`,
    with the record's `id` first) or an error record naming the record and the reason.

    Exit code: 0 when no record failed (or with --allow-errors); 1 when some did; 2 when the run
    could not start or complete (usage, configuration, workers dying again and again); 130 when
    interrupted.
    An interrupted run is continued with --resume.
    """
    from g60extract.batch import WorkerCrashed, run_batch

    if resume and overwrite:
        raise click.UsageError("--resume and --overwrite exclude each other")
    try:
        fields = FieldMap.from_options(id=id_field, title=title_field, published=published_field,
                                       source=source_field, url=url_field, text=text_field)
        settings: dict[str, object] = {"segmenter": segmenter, "lexicon_files": lexicon, "rule_files": rules}
        if max_chars is not None:
            settings["max_chars"] = max_chars
        config = ExtractorConfig.model_validate(settings)
        summary = run_batch(
            list(inputs), output, extractor=config, fields=fields, n_process=jobs, batch_size=batch_size,
            resume=resume, overwrite=overwrite, encoding=encoding, fmt=fmt,  # type: ignore[arg-type]
            max_record_bytes=max_record_bytes, progress="off" if quiet else "auto", log_interval=log_interval,
            tables=tables, table_formats=table_formats or ("csv", "parquet"),
        )
    except KeyboardInterrupt:
        click.echo(f"\ninterrupted: {output} holds complete lines only; rerun with --resume to continue",
                   err=True)
        sys.exit(130)
    except (WorkerCrashed, G60Error, ImportError, OSError) as exc:
        raise _Fatal(str(exc)) from None
    if summary_json:
        with open(summary_json, "w", encoding="utf-8") as fh:
            json.dump(summary.to_dict(), fh, ensure_ascii=False, indent=1)
    if not quiet:
        click.echo(summary.text(), err=True)
    if summary.errors and not allow_errors:
        sys.exit(1)
