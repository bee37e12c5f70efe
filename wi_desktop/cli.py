"""Headless commands for scripts and unattended use, sharing the program's own code.

    wi-desktop list                                   one session a line, its id first
    wi-desktop export SESSION --pdf OUT.pdf [--letter] [--language es] [--passphrase-file F]
    wi-desktop verify FILE.pdf [EARLIER.pdf ...] [--cert CERT.pem] [--extract OUT.json]
                                                      exit 0 only when the signature holds
    wi-desktop certificate OBSERVER --out CERT.pem    the public certificate, to give away
    wi-desktop record SESSION --out FILE.json         everything the session holds, as data
    wi-desktop import FILE.json                       a record made elsewhere, as a new session
    wi-desktop table {sessions,notes,scores,pay,audit} --out FILE.csv|.xlsx|.json
                     [--role R] [--from DATE] [--to DATE]   the data as a table
    wi-desktop search QUERY [--json] [--role R] [--from DATE] [--to DATE]
                                                      the notes and sessions holding QUERY

Global options (--data-dir) go before or after the command.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from wi_desktop.core.errors import WiError
from wi_desktop.paths import AppPaths, app_paths

if TYPE_CHECKING:
    from wi_desktop.wiring import Services

COMMANDS = ("list", "export", "verify", "certificate", "record", "import", "table", "search")
EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


EXAMPLES = """examples:
  wi-desktop list | head -3                  the three newest sessions
  wi-desktop export 12 --pdf summary.pdf     sign session 12's summary (asks the passphrase)
  wi-desktop export 12 --letter --pdf letter.pdf --passphrase-file pass.txt --yes
  wi-desktop export 12 --letter --language es --pdf carta.pdf   the letter in Spanish
  wi-desktop verify summary.pdf --cert sam.pem --extract record.json
  wi-desktop record 12 --out session-12.json && wi-desktop import session-12.json
  wi-desktop table notes --out notes.xlsx --role "Dental assistant" --from 2026-01-01
  wi-desktop search forklift --json | jq '.[].text'

exit codes: 0 done (verify: the signature holds); 1 refused or failed, said in words on
standard error; 2 a command line that cannot be read. Ctrl+C ends quietly with 130.
"""
READ_HINT = "Check the file's name and folder, and that you may read it."


def _which_sessions(command: argparse.ArgumentParser) -> None:
    """--role, --from and --to: the sessions a data command reads."""
    command.add_argument("--role", default="", help="only sessions for this role")
    command.add_argument("--from", dest="since", default="", metavar="DATE",
                         help="only sessions on or after DATE (YYYY-MM-DD)")
    command.add_argument("--to", dest="until", default="", metavar="DATE",
                         help="only sessions on or before DATE (YYYY-MM-DD)")


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="wi-desktop", description=__doc__.split("\n\n")[0],
                                   epilog=EXAMPLES,
                                   formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = root.add_subparsers(dest="command", required=True)
    listing = commands.add_parser("list", help="print the sessions, newest first")
    export = commands.add_parser("export", help="write a signed PDF of a session")
    export.add_argument("session", type=int, help="the session's id (see: wi-desktop list)")
    export.add_argument("--pdf", type=Path, required=True, metavar="OUT.pdf")
    export.add_argument("--letter", action="store_true",
                        help="the candidate's feedback letter instead of the internal summary")
    export.add_argument("--include-scores", action="store_true",
                        help="show the scores in the letter")
    export.add_argument("--candidate-ack", action="store_true",
                        help="add a line for the candidate to sign that they received the letter")
    export.add_argument("--a4", action="store_true", help="A4 pages instead of US Letter")
    export.add_argument("--language", type=_document_language, default="en", metavar="LANG",
                        help="the document's language: en (English, the default), es "
                             "(Spanish) or de (German)")
    export.add_argument("--passphrase-file", type=Path, metavar="F",
                        help="read the signing passphrase from the first line of F")
    export.add_argument("--yes", action="store_true",
                        help="finalise the session if needed without asking (a terminal asks; "
                             "scripts do not)")
    verify = commands.add_parser("verify", help="check a signed PDF")
    verify.add_argument("file", type=Path, metavar="FILE.pdf")
    verify.add_argument("earlier", type=Path, nargs="*", metavar="EARLIER.pdf",
                        help="earlier signed versions: each must verify and be named by "
                             "FILE.pdf")
    verify.add_argument("--cert", type=Path, metavar="CERT.pem",
                        help="also require the signature to be made by this certificate")
    verify.add_argument("--extract", type=Path, metavar="OUT.json",
                        help="write the session record the PDF holds, once the signature "
                             "holds")
    cert = commands.add_parser("certificate", help="write an observer's public certificate")
    cert.add_argument("observer")
    cert.add_argument("--out", type=Path, required=True, metavar="CERT.pem")
    record = commands.add_parser(
        "record", help="write everything a session holds as one JSON document (with a "
                       "format_version; its schema is resources/session-record.schema.json)")
    record.add_argument("session", type=int, help="the session's id (see: wi-desktop list)")
    record.add_argument("--out", type=Path, required=True, metavar="FILE.json")
    bring = commands.add_parser(
        "import", help="bring in a session record (from wi-desktop record) as a new session, "
                       "marked imported and unsigned")
    bring.add_argument("file", type=Path, metavar="FILE.json")
    table = commands.add_parser(
        "table", help="write the sessions, notes, scores, pay or pay audit as a table: "
                      "CSV, XLSX or JSON, from the --out file's suffix")
    table.add_argument("table", choices=("sessions", "notes", "scores", "pay", "audit"))
    table.add_argument("--out", type=Path, required=True, metavar="FILE",
                       help="FILE.csv (UTF-8, any spreadsheet), FILE.xlsx or FILE.json")
    _which_sessions(table)
    search = commands.add_parser(
        "search", help="print the notes (session id, time, text) and the sessions whose "
                       "words hold every word of QUERY, whatever the accents and case")
    search.add_argument("query", nargs="+", metavar="QUERY")
    search.add_argument("--json", action="store_true",
                        help="an array of objects instead of lines")
    _which_sessions(search)
    for sub in (listing, export, verify, cert, record, bring, table, search):
        sub.epilog, sub.formatter_class = EXAMPLES, argparse.RawDescriptionHelpFormatter
        sub.add_argument("--data-dir", type=Path, metavar="DIR",
                         help="the data folder (default: the user data folder)")
    return root


def main(argv: list[str]) -> int:
    args = parser().parse_args(argv)
    paths = app_paths(args.data_dir)
    try:
        if args.command == "verify":
            return verify(args)
        if args.command == "certificate":
            from wi_desktop.export.keys import ObserverKeyStore

            ObserverKeyStore(paths.key_dir).export_certificate_pem(args.observer, args.out)
            print(f"Certificate of {args.observer} written to {args.out}")
            return EXIT_OK
        services = _open(paths)
        try:
            if args.command == "list":
                return list_sessions(services)
            if args.command == "record":
                return write_record(services, args)
            if args.command == "import":
                return import_record(services, args)
            if args.command in ("table", "search"):
                from wi_desktop import cli_data

                return cli_data.run(services, args)
            return export(services, args)
        finally:
            services.close()
    except WiError as error:
        print(error_words(error), file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("Stopped; nothing half-done was kept.", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # e.g. `wi-desktop list | head`: the reader has had enough
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


def error_words(error: WiError) -> str:
    """An error as its sentences: what happened, then what to do next, on a line of its
    own (the generic title says nothing, so it is left out)."""
    head = error.message if error.title == WiError.title else f"{error.title}: {error.message}"
    return f"wi-desktop: {head}" + (f"\n{error.hint}" if error.hint else "")


def read_bytes(path: Path, what: str) -> bytes:
    """The bytes of a file the user named, or a refusal in words."""
    try:
        return path.read_bytes()
    except OSError as exc:
        raise WiError(f"{what} “{path}” cannot be read: {exc.strerror or exc}.",
                      hint=READ_HINT) from None


def write_record(services: Services, args: argparse.Namespace) -> int:
    """`record`: the session as one JSON document, written whole or not at all."""
    from wi_desktop.core.errors import NotFound
    from wi_desktop.core.record import record_json, session_record
    from wi_desktop.files import write_file_atomically

    try:
        services.sessions.summary(args.session)
    except NotFound:
        raise WiError(f"There is no session {args.session} in this data folder.",
                      hint="See the sessions there are with: wi-desktop list") from None
    record = session_record(services, args.session, now_ms=services.clock.now_ms())
    write_file_atomically(args.out, record_json(record))
    print(f"The record of session {args.session} ({len(record['notes'])} notes) was "
          f"written to {args.out}")
    return EXIT_OK


def import_record(services: Services, args: argparse.Namespace) -> int:
    """`import`: a session record checked whole, then brought in as a new session."""
    from wi_desktop.core.record_import import read_record

    record = read_record(read_bytes(args.file, "The record"))
    session_id = services.sessions.import_record(record)
    print(f"Session {session_id} ({record['session']['candidate']}, "
          f"{len(record['notes'])} notes) was brought in from {args.file}; it is marked "
          "imported and unsigned here.")
    return EXIT_OK


def extract_record(pdf: Path, out: Path) -> int:
    """Write the session record a verified PDF holds (covered by its signature)."""
    from wi_desktop.export.signing import embedded_record
    from wi_desktop.files import write_file_atomically

    record = embedded_record(pdf.read_bytes())
    if record is None:
        print("This PDF holds no session record (it was signed by an earlier version).",
              file=sys.stderr)
        return EXIT_FAILED
    write_file_atomically(out, record)
    print(f"The session record it holds was written to {out}")
    return EXIT_OK


def report_chain(pdf: Path, earlier: list[Path]) -> int:
    """Say which earlier versions a verified PDF names, and check EARLIER against them."""
    from wi_desktop.export.signing import embedded_record, verify_pdf
    from wi_desktop.export.version_chain import chain_lines, earlier_in_chain

    record = embedded_record(pdf.read_bytes())
    for line in chain_lines(record):
        print(f"  {line}")
    code = EXIT_OK
    for path in earlier:
        try:
            entry = earlier_in_chain(record, path)
        except OSError as exc:
            raise WiError(f"“{path}” cannot be read: {exc.strerror}.", hint=READ_HINT) from None
        result = verify_pdf(path)
        if not result.ok:
            print(f"NOT VALID: {path.name}: {result.reason}", file=sys.stderr)
            code = EXIT_FAILED
        elif entry is None:
            print(f"NOT IN THE CHAIN: {path.name} is signed, but {pdf.name} does not name it "
                  "as an earlier version.", file=sys.stderr)
            code = EXIT_FAILED
        else:
            print(f"OK: {path.name} is version {entry.get('version')} of the "
                  f"{entry.get('kind')}, intact and named by {pdf.name}.")
    return code


def _open(paths: AppPaths) -> Services:
    from wi_desktop.wiring import open_services

    if not paths.data_file.exists():
        raise WiError(f"There is no data in “{paths.data_dir}” yet.",
                      hint="Start the program once on that folder, or give the folder "
                           "that holds wi-desktop.sqlite3 with --data-dir.")
    return open_services(paths)


def list_sessions(services: Services) -> int:
    for s in services.sessions.list_sessions():
        day = dt.datetime.fromtimestamp(s.created_ms / 1000).strftime("%Y-%m-%d %H:%M")
        print(f"{s.id}\t{day}\t{s.status.label}\t{s.candidate_name}\t{s.role_name}\t"
              f"{s.note_count} notes")
    return EXIT_OK


def export(services: Services, args: argparse.Namespace) -> int:
    from wi_desktop.export.documents import SignRequest, sign_and_save

    session = services.sessions.summary(args.session)
    keys = services.keys
    passphrase = _passphrase(args.passphrase_file, session.observer_name,
                             new=not keys.exists(session.observer_name))
    if not session.finalised_ms and not _agree_to_finalise(services, args):
        print("Nothing was signed: the session is not finalised.", file=sys.stderr)
        return EXIT_FAILED
    from wi_desktop.core.snapshot import SignatureMark

    # running export with the passphrase is the act of signing: the typed name is the mark
    mark = SignatureMark("typed", text=session.observer_name)
    request = SignRequest(session_id=args.session, kind="letter" if args.letter else "summary",
                          out_path=args.pdf, passphrase=passphrase, mark=mark,
                          include_scores=args.include_scores,
                          candidate_ack=args.candidate_ack,
                          page_size="a4" if args.a4 else "letter",
                          language=args.language)
    signed = sign_and_save(services, keys, request)
    print(f"Signed {signed.kind} (version {signed.version}) written to {args.pdf}\n"
          f"SHA-256 {signed.sha256}")
    return EXIT_OK


def _document_language(text: str) -> str:
    from wi_desktop.languages.documents import UnknownLanguage, document_language

    try:
        return document_language(text)
    except UnknownLanguage as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _agree_to_finalise(services: Services, args: argparse.Namespace) -> bool:
    """Signing finalises the session: show what is missing, and ask (or take --yes)."""
    for warning in services.finalising.finalise_warnings(args.session):
        print(f"warning: {warning.message}", file=sys.stderr)
    print("Signing finalises this session: its record becomes read-only (changes are then "
          "amendments).", file=sys.stderr)
    if args.yes or not sys.stdin.isatty():  # scripts and unattended runs sign by default
        return True
    return input("Finalise and sign? [y/N] ").strip().lower() in ("y", "yes")


def _passphrase(source: Path | None, observer: str, *, new: bool) -> str:
    if source is not None:
        try:
            lines = source.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise WiError(f"The passphrase file “{source}” cannot be read: {exc.strerror}.",
                          hint=READ_HINT) from None
        return lines[0] if lines else ""
    if not sys.stdin.isatty():
        raise WiError("A passphrase is needed to sign.",
                      hint="Run it in a terminal, or pass --passphrase-file.")
    what = "a new passphrase for" if new else "the passphrase of"
    first = getpass.getpass(f"Enter {what} {observer}'s signing key: ")
    if new and getpass.getpass("Once more, to be sure: ") != first:
        raise WiError("The two passphrases differ; nothing was signed.")
    return first


def verify(args: argparse.Namespace) -> int:
    from wi_desktop.export.signing import verify_pdf

    cert = None if args.cert is None else read_bytes(args.cert, "The certificate")
    result = verify_pdf(args.file, trusted_cert_pem=cert)
    if result.ok:
        print(f"OK: signed by {result.signer} on {result.signed_at}; the signature is intact "
              "and covers the whole file" + (", made with the given certificate." if cert
                                              else "."))
        code = report_chain(args.file, args.earlier)
        if args.extract is not None and code == EXIT_OK:
            return extract_record(args.file, args.extract)
        return code
    if args.extract is not None:
        print("Nothing was extracted: a record is given out only from a file whose "
              "signature holds.", file=sys.stderr)
    print(f"NOT VALID: {result.reason}", file=sys.stderr)
    return EXIT_FAILED
