"""`newsx cloud`: the inputs' keywords drawn as a word cloud, PNG or SVG."""

from __future__ import annotations

import string
import sys
from collections.abc import Iterable
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from newsx.analysis.cloud import CloudError, Painter, Style, TableRow
from newsx.analysis.errors import InputError
from newsx.cli import options as opt
from newsx.cli.console import Messages
from newsx.cli.exitcodes import Exit, UsageError
from newsx.cli.keywords import (
    By,
    Idf,
    IdfOpt,
    Method,
    MethodOpt,
    MinLen,
    NoStopwords,
    Stopwords,
    count_groups,
    keyword_options,
    rank_groups,
)
from newsx.cli.output import OutputError, destination
from newsx.cli.runner import Run, make_config, make_scope

IMAGE_PANEL = "Image"
FIELDS = ("stem", "article")
_DEFAULT = Style()


class ImageFormat(str, Enum):
    png = "png"
    svg = "svg"


Label = dict[str, Any]


def cloud_cli(
    paths: opt.Paths = None,
    output: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="Image to write, .png or .svg (atomically). With --by file/article a pattern "
            "with {stem} (the file's name) and {article} (its number): out/{stem}-{article}.png. "
            "Without -o the image goes to stdout when stdout is redirected.",
            rich_help_panel=opt.OUTPUT_PANEL,
            show_default=False,
        ),
    ] = None,
    fmt: Annotated[
        Optional[ImageFormat],  # noqa: UP045
        typer.Option(
            "--format",
            "-f",
            help="png or svg; default from -o's extension, else png.",
            rich_help_panel=opt.OUTPUT_PANEL,
            show_default=False,
        ),
    ] = None,
    by: Annotated[
        By, typer.Option("--by", help="One cloud for all inputs, one per file or one per article.")
    ] = By.corpus,
    from_table: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--from-table",
            metavar="FILE|-",
            help="Draw word/score rows (CSV, TSV or JSON with a header naming word and score), "
            "e.g. from `newsx keywords --csv`, instead of reading texts.",
            show_default=False,
        ),
    ] = None,
    max_words: Annotated[
        int,
        typer.Option("--max-words", "--top", "-n", help="Most words to draw.", min=1),
    ] = _DEFAULT.max_words,
    method: MethodOpt = Method.tfidf,
    min_len: MinLen = 2,
    stopwords: Stopwords = None,
    no_stopwords: NoStopwords = False,
    idf: IdfOpt = Idf.jieba,
    width: Annotated[
        int,
        typer.Option("--width", help="Canvas width for the layout.", rich_help_panel=IMAGE_PANEL),
    ] = _DEFAULT.width,
    height: Annotated[
        int,
        typer.Option("--height", help="Canvas height for the layout.", rich_help_panel=IMAGE_PANEL),
    ] = _DEFAULT.height,
    scale: Annotated[
        float,
        typer.Option(
            "--scale",
            help="Image size = canvas × scale (a larger scale is sharper, not slower to lay out).",
            rich_help_panel=IMAGE_PANEL,
        ),
    ] = _DEFAULT.scale,
    background: Annotated[
        str,
        typer.Option(
            "--background",
            help="Background colour: a name, #rrggbb, or none (transparent).",
            rich_help_panel=IMAGE_PANEL,
        ),
    ] = _DEFAULT.background,
    colormap: Annotated[
        str,
        typer.Option(
            "--colormap",
            help="Word colours from this matplotlib colormap (Dark2, tab10, viridis, Reds…).",
            rich_help_panel=IMAGE_PANEL,
        ),
    ] = _DEFAULT.colormap,
    mask: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option(
            "--mask",
            help="Shape from a picture: words fill its dark or opaque part, fitted to the canvas.",
            rich_help_panel=IMAGE_PANEL,
            show_default=False,
        ),
    ] = None,
    font: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option(
            "--font",
            help="Font file with Chinese glyphs (.ttf, .otf, or .ttc: its SC face). "
            "Default: the bundled Noto Sans SC.",
            rich_help_panel=IMAGE_PANEL,
            show_default=False,
        ),
    ] = None,
    year: opt.Year = None,
    since: opt.Since = None,
    until: opt.Until = None,
    dedupe: opt.Dedupe = False,
    engine: opt.EngineOpt = opt.Engine.rjieba,
    no_hmm: opt.NoHmm = False,
    user_dict: opt.UserDict = None,
    no_learn: opt.NoLearn = False,
    glob: opt.Glob = "*.txt",
    encoding: opt.Encoding = None,
    jobs: opt.Jobs = 0,
    dask: opt.Dask = None,
    quiet: opt.Quiet = False,
) -> int:
    """Draw the keywords of the inputs as a word cloud (PNG or SVG).

    Word sizes come from the same ranking as `newsx keywords` (same stop words,
    methods and names kept whole: 郑东新区, 孙建功). Chinese renders with the
    bundled Noto Sans SC font; no system font is needed.

    Example: newsx cloud samples/ -o cloud.png
    """
    chosen = _image_format(fmt, output)
    _check_pattern(output, by)
    if from_table is not None and paths:
        raise UsageError("give texts to read or --from-table, not both")
    from newsx.analysis.cloud import Painter, load_font

    try:
        style = Style(
            width=width,
            height=height,
            scale=scale,
            background=background,
            colormap=colormap,
            max_words=max_words,
        )
        drawing_font = load_font(font)
    except CloudError as error:
        raise UsageError(str(error)) from None
    if mask is not None and not mask.is_file():
        raise UsageError(f"{mask}: no such picture for --mask")
    # The painter loads wordcloud in a worker while the texts are read here.
    with Painter(drawing_font, style, mask) as painter:
        if from_table is not None:
            messages = Messages(quiet=quiet)
            groups = _table_groups(_read_table(from_table, encoding), by)
        else:
            run = Run(paths or [], glob, encoding, jobs, dask, dedupe=dedupe)
            run.messages.quiet = quiet
            messages = run.messages
            config = make_config(
                engine=engine.value,
                no_hmm=no_hmm,
                user_dicts=user_dict,
                no_learn=no_learn,
                scope=make_scope(year=year, since=since, until=until, dedupe=dedupe),
            )
            options = keyword_options(
                method=method,
                by=by,
                min_len=min_len,
                stopwords=stopwords,
                no_stopwords=no_stopwords,
                doc_freq=idf is Idf.corpus,
            )
            ranked = rank_groups(
                count_groups(run, config, options, by), method.value, max_words, idf is Idf.corpus
            )
            groups = [(label, {k.word: k.score for k in keywords}) for label, keywords in ranked]
        targets = _targets(groups, output)
        try:
            painter.check()
        except CloudError as error:
            raise UsageError(str(error)) from None
        for (label, weights), target in zip(groups, targets, strict=True):
            _draw(label, weights, target, painter, chosen, messages)
    return Exit.INPUT if messages.failures else Exit.OK


def _image_format(fmt: ImageFormat | None, output: str | None) -> str:
    if fmt is not None:
        return fmt.value
    if output is None or output == "-":
        if sys.stdout.isatty():
            raise UsageError("give -o FILE.png or FILE.svg (or redirect stdout to a file)")
        return "png"
    suffix = Path(output).suffix.lower().lstrip(".")
    if suffix not in ("png", "svg"):
        raise UsageError(f"{output}: -o must end in .png or .svg (or give --format png|svg)")
    return suffix


def _check_pattern(output: str | None, by: By) -> None:
    """-o names one image for the corpus, a {stem} pattern per file, {article} per article."""
    if output is not None and output != "-" and "{" not in str(Path(output).parent):
        folder = Path(output).parent
        if not folder.is_dir():  # say so now, not after the work
            raise OutputError(f"{output}: the folder {str(folder)!r} does not exist")
    if output is None or output == "-":
        if by is not By.corpus:
            raise UsageError(
                f"--by {by.value} writes one image per {by.value}: give -o with "
                f"{{stem}}{'-{article}' if by is By.article else ''}, e.g. "
                f"-o clouds/{{stem}}{'-{article}' if by is By.article else ''}.png"
            )
        return
    try:
        fields = {name for _, name, _, _ in string.Formatter().parse(output) if name is not None}
    except ValueError as error:
        raise UsageError(f"-o {output}: {error} (write {{{{ and }}}} for literal braces)") from None
    unknown = fields - set(FIELDS)
    if unknown:
        raise UsageError(
            f"-o {output}: unknown field {{{sorted(unknown)[0]}}}; use {{stem}} and {{article}}"
        )
    if by is By.corpus and fields:
        raise UsageError(f"-o {output}: {{{sorted(fields)[0]}}} needs --by file or --by article")
    if by is By.file and fields != {"stem"}:
        raise UsageError(
            f"-o {output}: --by file writes one image per file; put {{stem}} in -o "
            "(and no {article}), e.g. -o clouds/{stem}.png"
        )
    if by is By.article and "article" not in fields:
        raise UsageError(
            f"-o {output}: --by article writes one image per article; put {{article}} "
            "in -o, e.g. -o clouds/{stem}-{article}.png"
        )


def _targets(groups: list[tuple[Label, dict[str, float]]], output: str | None) -> list[Path | None]:
    """Where each cloud goes; two clouds may not share a file."""
    if output is None or output == "-":
        return [None for _ in groups]
    targets: list[Path | None] = []
    seen: dict[Path, Label] = {}
    for label, _ in groups:
        source = str(label.get("file", ""))
        stem = "stdin" if source in ("", "<stdin>", "-") else Path(source).stem
        path = Path(output.format(stem=stem, article=label.get("article", 0)))
        if path in seen:
            raise UsageError(
                f"-o {output}: two clouds would be written to {path}; "
                "put {stem} in -o to tell the files apart"
            )
        seen[path] = label
        targets.append(path)
    return targets


def _draw(
    label: Label,
    weights: dict[str, float],
    target: Path | None,
    painter: Painter,
    fmt: str,
    messages: Messages,
) -> None:
    from newsx.analysis.cloud import drawable

    where = _where(label, target)
    words, dropped = drawable(weights, painter.font)
    if dropped:
        shown = "、".join(dropped[:5]) + ("…" if len(dropped) > 5 else "")
        messages.warn(where, f"the font has no glyphs for {len(dropped)} words, left out: {shown}")
    if not words:
        if "file" in label:  # one unit of several: the others still get their images
            messages.warn(where, "no words to draw; no image written")
        else:
            messages.error(where, "no words to draw; no image written")
        return
    try:
        data = painter.draw(words, fmt)
    except CloudError as error:
        raise UsageError(str(error)) from None
    with destination(target, binary=True) as stream:
        stream.write(data)


def _where(label: Label, target: Path | None) -> str:
    if "article" in label:
        return f"{label['file']} article {label['article']}"
    return str(label.get("file") or target or "cloud")


def _read_table(source: str, encoding: str | None) -> list[TableRow]:
    from newsx.analysis.cloud import read_table
    from newsx.analysis.decoding import decode

    try:
        if source == "-":
            if sys.stdin.isatty():
                raise UsageError("--from-table -: nothing piped in; pipe a table or name a file")
            data = sys.stdin.buffer.read()
        else:
            data = Path(source).read_bytes()
        return read_table(decode(data, encoding=encoding).text)
    except OSError as error:
        raise UsageError(f"{source}: cannot read the table ({error.strerror or error})") from None
    except (InputError, CloudError) as error:
        raise UsageError(f"{'stdin' if source == '-' else source}: {error}") from None


def _table_groups(rows: Iterable[TableRow], by: By) -> list[tuple[Label, dict[str, float]]]:
    """Rows grouped as --by asks; a word listed twice in one group adds up."""
    groups: dict[tuple[str, int], tuple[Label, dict[str, float]]] = {}
    for row in rows:
        if by is By.corpus:
            key, label = ("", 0), {}
        elif by is By.file:
            if not row.file:
                raise UsageError("--by file needs a file column in the table")
            key, label = (row.file, 0), {"file": row.file}
        else:
            if not row.file or not row.article:
                raise UsageError("--by article needs file and article columns in the table")
            key = (row.file, row.article)
            label = {"file": row.file, "article": row.article, "title": row.title}
        weights = groups.setdefault(key, (label, {}))[1]
        weights[row.word] = weights.get(row.word, 0.0) + row.score
    if not groups:
        raise UsageError("the table has no rows to draw")
    return list(groups.values())
