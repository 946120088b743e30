"""The two logs of the project: activities carried out (5.3.1) and
communication to staff (5.2.1). Typed in the page or uploaded as a sheet,
each entry with photos from the phone or computer. The entries live in the
project profile (``activity_log`` / ``communications``); the photos, resized
and turned upright, are stored with the project. Layout only."""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import replace

import streamlit as st

from itastats.criteria import activities
from itastats.render import attendance_figures, attendance_infographic, awards_infographic, theme
from itastats.i18n import fmt
from itastats import sample
from itastats.i18n.catalog import t
from itastats.read.problems import ERROR, InputError, Problem, describe
from itastats.criteria.project import LogEntry
from app_pages import common, kept, workspace
from itastats.read._lazy import lazy_module

pd = lazy_module("pandas")        # imported on first use (home shows this module's pages' links only)

SHEET_TYPES = ["csv", "xlsx", "xls", "ods", "tsv", "txt"]
PHOTO_TYPES = ["jpg", "jpeg", "png", "heic", "heif", "webp"]
KINDS = {
    # kind: (profile field, photo page, criterion, message prefix)
    "activity": ("activity_log", workspace.PAGE_531, "5.3.1", "p531"),
    "communication": ("communications", workspace.PAGE_521, "5.2.1", "p521"),
    "award": ("awards", workspace.PAGE_542, "5.4.2", "p542"),
}


def _text(value) -> str:
    return "" if value is None or (isinstance(value, float) and math.isnan(value)) else str(value).strip()


def _int(value) -> int | None:
    try:
        x = float(value)
    except (TypeError, ValueError):
        return None
    return int(round(x)) if math.isfinite(x) and x >= 0 else None


def _date(value) -> dt.date | None:
    if value is None or value is pd.NaT or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, (pd.Timestamp, dt.datetime)):
        return value.date()
    return value if isinstance(value, dt.date) else None


THUMB_WIDTH = 480


def _thumbnail(data: bytes) -> bytes:
    import io
    from PIL import Image
    try:
        with Image.open(io.BytesIO(data)) as im:
            if im.width <= THUMB_WIDTH:
                return data
            small = im.convert("RGB").resize((THUMB_WIDTH, max(1, round(im.height * THUMB_WIDTH / im.width))),
                                             Image.LANCZOS)
    except Exception:  # noqa: BLE001 - not a picture Pillow reads: shown as it is
        return data
    out = io.BytesIO()
    small.save(out, "JPEG", quality=85)
    return out.getvalue()


def thumbnail(data: bytes) -> bytes:
    """A stored photo as the page shows it (at most :data:`THUMB_WIDTH` px
    wide), made once per photo of the session: the page never resizes a
    1600-px photo on a rerun."""
    return kept.kept("thumb", kept.digest(data), lambda: _thumbnail(data))


class LogPage:
    def __init__(self, kind: str):
        self.kind = kind
        self.field, self.photo_page, self.code, self.m = KINDS[kind]
        self.lang = common.lang()
        self.editor_key = f"proj.log.{kind}"

    def tr(self, key: str, **params) -> str:
        return t(f"{self.m}.{key}", self.lang, **params)

    # ---- the profile's entries
    def entries(self) -> tuple[LogEntry, ...]:
        return getattr(common.profile(self.lang), self.field)

    def save(self, entries, *, reset_editor: bool = True) -> None:
        profile = replace(common.profile(self.lang), **{self.field: tuple(entries)})
        st.session_state.project = profile.to_dict()
        if reset_editor:                 # the editor's edits are relative to its old table
            st.session_state.pop(self.editor_key, None)
            st.session_state.pop(f"base.{self.editor_key}", None)
            st.session_state.pop(f"base_entries.{self.kind}", None)

    # ---- step 1: a sheet
    def upload_sheet(self) -> None:
        st.subheader(self.tr("step1"))
        st.caption(self.tr("step1_help"))
        up = st.file_uploader(self.tr("upload"), type=SHEET_TYPES, key=f"log_sheet_{self.kind}",
                              disabled=not workspace.can_edit())
        seen = st.session_state.setdefault(f"seen_log_{self.kind}", set())
        if up is not None and up.file_id not in seen:
            seen.add(up.file_id)
            try:
                new, problems = activities.read_log(up.getvalue(), up.name, kind=self.kind)
            except InputError as exc:
                st.error(describe(exc.problem, self.lang), icon=":material/error:")
                return
            self.add_entries(up.name, new, problems)
        report = st.session_state.get(f"log_report_{self.kind}")
        if report:
            name, added, skipped, problems = report
            st.success(self.tr("added", file=name, n=added, skipped=skipped), icon=":material/check:")
            if problems:
                with st.expander(t("p532.problems", self.lang, n=len(problems))):
                    common.problems_view(problems, self.lang)
        if not self.entries():
            st.button(t("p532.use_sample", self.lang), on_click=self.load_sample, icon=":material/science:",
                      key=f"log_sample_{self.kind}", disabled=not workspace.can_edit())

    def add_entries(self, name: str, new, problems=()) -> tuple[int, int]:
        """A sheet's entries added to the log (the same date and title once), and the page's report of it;
        returns (added, skipped)."""
        merged, added, skipped = activities.merge_log(self.entries(), new)
        self.save(merged)
        st.session_state[f"log_report_{self.kind}"] = (name, added, skipped, list(problems))
        return added, skipped

    def load_sample(self) -> None:
        profile = sample.sample_project()
        entries = getattr(profile, self.field)
        photos = dict(sample.sample_photos() + sample.sample_award_files())
        for e in entries:
            for name in e.photos:
                if name in photos and name not in common.page_files(self.photo_page):
                    workspace.add_file(name, activities.prepare_photo(photos[name], name).data, self.photo_page,
                                       uploaded=photos[name])
        self.save(entries)

    # ---- step 2: the table
    def editor(self) -> list[LogEntry]:
        st.subheader(self.tr("step2"))
        st.caption(self.tr("step2_help"))
        entries = list(self.entries())
        base_key = f"base.{self.editor_key}"
        if self.editor_key not in st.session_state or base_key not in st.session_state:
            frame = pd.DataFrame([{"date": e.date, "title": e.title, "channel": e.channel, "people": e.people,
                                   "description": e.description, "photos": len(e.photos)} for e in entries],
                                 columns=["date", "title", "channel", "people", "description", "photos"])
            frame["date"] = pd.to_datetime(frame["date"]).dt.date if len(frame) else frame["date"]
            frame.insert(1, "date_be", [fmt.date(_date(d), self.lang) if _date(d) else "" for d in frame["date"]])
            frame["people"] = frame["people"].astype(float)      # NaN shows as an empty cell (Int64 shows "None")
            st.session_state[base_key] = frame
            st.session_state[f"base_entries.{self.kind}"] = entries   # what the editor's row indexes refer to
        base_entries = st.session_state.get(f"base_entries.{self.kind}", entries)
        edited = st.data_editor(
            st.session_state[base_key], num_rows="dynamic", width="stretch", hide_index=True, placeholder="",
            key=self.editor_key, height=common.table_height(len(st.session_state[base_key]) + 1),
            disabled=not workspace.can_edit(),
            # widths that add up to the page's width: no sideways scrolling
            column_config={
                "date": st.column_config.DateColumn(self.tr("col.date"), format="DD/MM/YYYY", width=100),
                # Thai pages only (English dates are already Gregorian)
                "date_be": st.column_config.TextColumn(t("ui.date_be", self.lang), disabled=True, width=105)
                if self.lang == "th" else None,
                "title": st.column_config.TextColumn(self.tr("col.title"), width=250),
                "channel": st.column_config.TextColumn(self.tr("col.channel"), width=160),
                "people": st.column_config.NumberColumn(self.tr("col.people"), min_value=0, step=1, width=75),
                "description": st.column_config.TextColumn(self.tr("col.description"), width=140),
                "photos": st.column_config.NumberColumn(self.tr("col.photos"), disabled=True, width=60),
            })
        out = []
        for index, row in edited.iterrows():        # existing rows keep their index, so their photos
            title = _text(row.get("title"))
            date = _date(row.get("date"))
            if not title and date is None:
                continue
            old = base_entries[index] if isinstance(index, int) and 0 <= index < len(base_entries) else None
            out.append(LogEntry(date=date, title=title, channel=_text(row.get("channel")),
                                people=_int(row.get("people")), description=_text(row.get("description")),
                                photos=old.photos if old else ()))
        # a date typed or changed: the table is made again so that its B.E. column says it too
        stale = any((fmt.date(_date(row.get("date")), self.lang) if _date(row.get("date")) else "")
                    != _text(row.get("date_be")) for _, row in edited.iterrows()
                    if _text(row.get("title")) or _date(row.get("date")) is not None)
        if out != entries or stale:
            self.save(out, reset_editor=stale)
            if stale:
                st.rerun()
        if out:
            dates = [e.date for e in out if e.date]
            st.caption(self.tr("summary", n=len(out), people=fmt.num(sum(e.people or 0 for e in out), 0),
                               period=fmt.period(min(dates), max(dates), self.lang) if dates else "—"))
        return out

    # ---- step 3: photos
    def photos(self, entries: list[LogEntry]) -> None:
        st.subheader(self.tr("step3"))
        if not entries:
            st.info(self.tr("photos_need_entry"), icon=":material/arrow_upward:")
            return
        st.caption(self.tr("step3_help"))
        labels = [f"{i + 1}. {fmt.date(e.date, self.lang) if e.date else '—'} · {e.title or '—'}"
                  for i, e in enumerate(entries)]
        key = f"log.{self.kind}.entry"
        workspace.keep(key, 0, list(range(len(entries))))
        index = st.selectbox(self.tr("which_entry"), list(range(len(entries))), key=key,
                             format_func=lambda i: labels[i])
        entry = entries[index]
        types = PHOTO_TYPES + (["pdf"] if self.kind == "award" else [])     # a certificate may be a PDF
        ups = st.file_uploader(self.tr("upload_photos"), type=types, accept_multiple_files=True,
                               key=f"log_photos_{self.kind}_{index}", disabled=not workspace.can_edit())
        seen = st.session_state.setdefault(f"seen_photos_{self.kind}", set())
        stored = common.page_files(self.photo_page)
        names = list(entry.photos)
        for up in ups or []:
            if up.file_id in seen:
                continue
            seen.add(up.file_id)
            try:
                name, taken = self.store_file(up.name, up.getvalue())
            except InputError as exc:
                st.error(describe(exc.problem, self.lang), icon=":material/error:")
                continue
            names.append(name)
            if taken is not None:
                st.session_state[f"log_taken_{self.kind}_{index}"] = taken
        if names != list(entry.photos):
            entries[index] = replace(entry, photos=tuple(names))
            taken = st.session_state.get(f"log_taken_{self.kind}_{index}")
            if entry.date is None and taken is not None:      # the date the photo was taken, when none was typed
                entries[index] = replace(entries[index], date=taken)
            self.save(entries)
            entry = entries[index]
        taken = st.session_state.get(f"log_taken_{self.kind}_{index}")
        if taken is not None and entry.date != taken:
            st.button(self.tr("use_taken", date=fmt.date(taken, self.lang)), key=f"log_use_taken_{self.kind}",
                      on_click=self._set_date, args=(index, taken), icon=":material/event:",
                      disabled=not workspace.can_edit())
        if entry.photos:
            cols = st.columns(4)
            for i, name in enumerate(entry.photos):
                with cols[i % 4]:
                    if name in stored and name.lower().endswith(".pdf"):
                        st.markdown(f":material/picture_as_pdf: {common.md_escape(name)}")
                        st.download_button(t("p542.open_file", self.lang), stored[name], file_name=name,
                                           mime="application/pdf", key=f"log_dl_{self.kind}_{index}_{name}",
                                           on_click="ignore")
                    elif name in stored:
                        st.image(thumbnail(stored[name]), caption=name, width="stretch")
                    else:
                        st.caption(self.tr("photo_missing", name=name))
                    st.button(t("p541.remove", self.lang), key=f"log_rm_{self.kind}_{index}_{name}",
                              on_click=self._remove_photo, args=(index, name), disabled=not workspace.can_edit())
        else:
            st.caption(self.tr("no_photos"))

    def store_file(self, filename: str, original: bytes) -> tuple[str, dt.date | None]:
        """Store a photo (made upright and smaller) or, on 5.4.2, a PDF on the
        page, under a name not used yet; return that name and the date the
        photo was taken. InputError when it is not a picture (or a PDF)."""
        data = original
        if self.kind == "award" and filename.lower().endswith(".pdf"):
            if not data.startswith(b"%PDF"):
                raise InputError(Problem("p542.not_pdf", {"file": filename}, severity=ERROR))
            photo = None
            base, ext = filename.rsplit(".", 1)[0], "pdf"
        else:
            photo = activities.prepare_photo(data, filename)
            data, base, ext = photo.data, photo.name.rsplit(".", 1)[0], "jpg"
        stored = common.page_files(self.photo_page)
        name, n = f"{base}.{ext}", 2
        while name in stored:
            name, n = f"{base}_{n}.{ext}", n + 1
        workspace.add_file(name, data, self.photo_page, uploaded=original)
        return name, photo.taken if photo is not None else None

    def _set_date(self, index: int, date: dt.date) -> None:
        entries = list(self.entries())
        if index < len(entries):
            entries[index] = replace(entries[index], date=date)
            self.save(entries)

    def _remove_photo(self, index: int, name: str) -> None:
        entries = list(self.entries())
        if index < len(entries):
            entries[index] = replace(entries[index], photos=tuple(p for p in entries[index].photos if p != name))
            self.save(entries)
        if not any(name in e.photos for e in entries):
            workspace.remove_file(name, self.photo_page)

    # ---- step 4: summary and infographic
    def register(self) -> None:
        """5.4.2: the register as a workbook (it goes into the pack and the report), made when
        the button is clicked."""
        profile, files = common.profile(self.lang), {self.photo_page: dict(common.page_files(self.photo_page))}
        lang = self.lang

        def register_xlsx() -> bytes:
            from itastats.criteria import evidence
            from itastats.outputs import workbooks
            return workbooks.awards_xlsx(evidence.collect(profile, files), lang=lang)
        st.download_button(self.tr("download_register"), register_xlsx,
                           icon=":material/table:", file_name="5.4.2_ทะเบียนรางวัลและคำชื่นชม.xlsx",
                           key="log.download.award.xlsx", on_click="ignore",
                           mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")

    def infographic(self, entries: list[LogEntry]) -> None:
        st.subheader(self.tr("step4"))
        done = [e for e in entries if e.title]
        if not done:
            st.info(self.tr("next_entries"), icon=":material/arrow_forward:")
            return
        profile = common.profile(self.lang)
        template = theme.template("screen")
        if self.kind == "communication":
            st.plotly_chart(kept.kept("figure", ("channels", tuple(done), self.lang), lambda: attendance_figures.
                                      channels_bar(done, lang=self.lang, template=template)),
                            theme=None, key=f"log.chart.{self.kind}")
        if self.kind == "award":
            self.register()
        size_key = f"log.{self.kind}.size"
        workspace.keep(size_key, "a4", list(theme.INFOGRAPHIC_SIZES))
        size = st.segmented_control(t("p541.info_size", self.lang), list(theme.INFOGRAPHIC_SIZES), key=size_key,
                                    format_func=lambda x: t(f"size.{x}", self.lang)) or "a4"
        photos = common.page_files(self.photo_page)
        if self.kind == "activity":
            def make():
                return attendance_infographic.infographic_531(done, photos, profile, size=size, lang=self.lang,
                                                              template=theme.template(size))
            params = (tuple(done), kept.files_key(photos), profile.to_json())
        elif self.kind == "award":
            def make():
                return awards_infographic.infographic_542(done, photos, profile, size=size, lang=self.lang,
                                                          template=theme.template(size))
            params = (tuple(done), kept.files_key(photos), profile.to_json())
        else:
            def make():
                return attendance_infographic.infographic_521(done, profile, size=size, lang=self.lang,
                                                              template=theme.template(size))
            params = (tuple(done), profile.to_json())
        common.infographic(make, size, of=None, params=params, file_stem=f"{self.code}_{size}",
                           key=f"log.download.{self.kind}", language=self.lang)
        st.success(self.tr("next_done"), icon=":material/check_circle:")

    def run(self) -> None:
        st.title(self.tr("title"))
        st.caption(self.tr("subtitle"))
        if workspace.record() is None:
            st.info(t("ws.no_project", self.lang))
            return
        self.upload_sheet()
        entries = self.editor()
        self.photos(entries)
        self.infographic(entries)
