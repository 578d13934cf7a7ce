"""The Hirefile schema: one module per part of the domain, all on one declarative base."""

from hirefile.storage.models.assessments import (
    CultureAssessment,
    CultureRating,
    DebriefDecision,
    DebriefEstimate,
    Interview,
    InterviewPanelist,
    PortfolioReview,
    PortfolioReviewCheck,
    Scorecard,
    ScorecardQuestionNote,
    ScorecardRating,
)
from hirefile.storage.models.base import Base, Tracked
from hirefile.storage.models.candidates import (
    Activity,
    Application,
    Attachment,
    Candidate,
    CandidateLink,
    CandidateTag,
    Correspondence,
    Note,
    StageChange,
)
from hirefile.storage.models.meta import Meta
from hirefile.storage.models.offers import (
    CheckIn,
    Offer,
    OfferEvent,
    OnboardingItem,
    OnboardingTemplateItem,
)
from hirefile.storage.models.people import CompanyProfile, MailTemplateText, Person, Tag
from hirefile.storage.models.roles import (
    AxisAnchors,
    ExitReason,
    LoopStep,
    LoopStepQuestion,
    Question,
    Role,
    RoleAxisWeight,
    RoleStage,
)
from hirefile.storage.models.sharing import IdAlias, MergeRecord, Replica

__all__ = [
    "Activity", "Application", "Attachment", "AxisAnchors", "Base", "Candidate",
    "CandidateLink", "CandidateTag",
    "CheckIn", "CompanyProfile", "Correspondence", "CultureAssessment", "CultureRating",
    "DebriefDecision", "DebriefEstimate",
    "ExitReason", "IdAlias", "Interview", "InterviewPanelist", "LoopStep", "LoopStepQuestion",
    "MailTemplateText", "MergeRecord", "Meta", "Note", "Offer", "OfferEvent", "OnboardingItem",
    "OnboardingTemplateItem", "Person",
    "PortfolioReview", "PortfolioReviewCheck", "Question", "Replica", "Role", "RoleAxisWeight",
    "RoleStage", "Scorecard", "ScorecardQuestionNote", "ScorecardRating", "StageChange", "Tag",
    "Tracked",
]
