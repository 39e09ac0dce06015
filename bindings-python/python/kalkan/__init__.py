"""Kalkan: cybersecurity self-assessment with versioned control frameworks, maturity scoring
and gap analysis.

>>> import kalkan
>>> fw = kalkan.load_framework(pathlib.Path("examples/agency-baseline.framework.json"))  # doctest: +SKIP
>>> report = fw.score(pathlib.Path("examples/agency-baseline.assessment.json"))  # doctest: +SKIP
>>> report.level, report.root.groups[0].index  # doctest: +SKIP

Every rule runs in the compiled Rust core; this package gives it typed objects (generated from
the core's JSON Schemas) and exceptions (one class per error kind the core reports).
"""

from __future__ import annotations

from ._api import (
    SCHEMA_NAMES,
    Framework,
    Registry,
    Report,
    Source,
    frameworks,
    gaps,
    get_framework,
    load_framework,
    oscal_assessment_results,
    oscal_poam,
    progress,
    questionnaire,
    rows,
    schema,
    schema_json,
    score,
    score_batch,
    validate_assessment,
    validate_framework,
)
from ._interchange import export_xlsx, import_ciso_assistant, import_ciso_mapping, import_oscal_catalog, import_oscal_profile, import_xlsx
from ._versions import diff, diff_text, generate_mapping, migrate, project, validate_mapping
from ._errors import (
    ArgumentError,
    FrameworkConflictError,
    FrameworkNotFoundError,
    InternalError,
    KalkanError,
    ParseError,
    ProfileError,
    ReadError,
    ValidationError,
)
from ._frames import ROW_COLUMNS, to_dataframe
from ._limits import Limits, decode, limits, set_limits
from ._review import Aggregator, aggregate, anonymize, compare, merge, place, statistics_frame, trend
from ._kalkan import __version__
from ._types import (
    Assessor,
    Code,
    ControlGap,
    ControlScore,
    Counts,
    DocumentKind,
    ErrorData,
    ErrorKind,
    FrameworkStamp,
    FrameworkSummary,
    Gaps,
    GroupGap,
    GroupRow,
    GroupScore,
    Headline,
    LevelView,
    OptionView,
    Pointer,
    Problem,
    ProfileView,
    Progress,
    Question,
    Questionnaire,
    ReportWarning,
    Section,
    SectionProgress,
    Status,
    Subject,
    Validation,
    WarningCode,
)

from ._l10n import LANGUAGES, message

__all__ = [
    # Words in English, Arabic and French
    "LANGUAGES",
    "message",
    # Framework versions: diff, mappings, migration, projection
    "diff",
    "diff_text",
    "generate_mapping",
    "migrate",
    "project",
    "validate_mapping",
    # Input limits and decoding
    "Limits",
    "limits",
    "set_limits",
    "decode",
    # Version and schemas
    "__version__",
    "SCHEMA_NAMES",
    "schema",
    "schema_json",
    # Frameworks
    "Framework",
    "Registry",
    "frameworks",
    "get_framework",
    "load_framework",
    # Operations
    "score",
    "score_batch",
    "gaps",
    "validate_framework",
    "validate_assessment",
    "questionnaire",
    # Interchange: OSCAL, CISO Assistant, spreadsheets
    "oscal_assessment_results",
    "oscal_poam",
    "import_oscal_catalog",
    "import_oscal_profile",
    "import_ciso_assistant",
    "import_ciso_mapping",
    "export_xlsx",
    "import_xlsx",
    "progress",
    # The national review
    "merge",
    "compare",
    "trend",
    "aggregate",
    "place",
    "anonymize",
    "Aggregator",
    "statistics_frame",
    # Reports and tables
    "Report",
    "rows",
    "to_dataframe",
    "ROW_COLUMNS",
    # Result types
    "Source",
    "Status",
    "Headline",
    "WarningCode",
    "Assessor",
    "ControlGap",
    "ControlScore",
    "Counts",
    "FrameworkStamp",
    "FrameworkSummary",
    "Gaps",
    "GroupGap",
    "GroupRow",
    "GroupScore",
    "LevelView",
    "OptionView",
    "Problem",
    "ProfileView",
    "Progress",
    "Question",
    "Questionnaire",
    "ReportWarning",
    "Section",
    "SectionProgress",
    "Subject",
    "Validation",
    # Errors
    "ErrorData",
    "ErrorKind",
    "Code",
    "DocumentKind",
    "Pointer",
    "KalkanError",
    "ParseError",
    "ValidationError",
    "FrameworkNotFoundError",
    "FrameworkConflictError",
    "ProfileError",
    "ArgumentError",
    "ReadError",
    "InternalError",
]
