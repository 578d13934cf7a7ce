"""What interviewers read in a packet: each axis, the portfolio checklist, the culture guide.

Written in Hirefile's own words. Plain text (no ReportLab), keyed by the domain's vocabularies,
so the GUI can show the same guidance on screen.
"""

from __future__ import annotations

from hirefile.domain.vocab import Axis, CultureDimension, PortfolioCheck

AXIS_GUIDE: dict[Axis, str] = {
    Axis.ML_PRACTICE: (
        "Has shipped models end to end with business impact: training, evaluation, "
        "deployment, and the tools around them. Listen for what they did themselves, how "
        "results were judged, and what happened after launch."),
    Axis.SOFTWARE: (
        "Writes production code in a team: large code bases, git, Linux, cloud, tests and "
        "code review. Listen for the trade-offs they made and how they keep code healthy."),
    Axis.THEORY: (
        "Probability, statistics, linear algebra, optimisation and model architectures. "
        "Listen for intuition as well as formulas: can they explain why, not only what?"),
    Axis.SYSTEMS: (
        "Orchestrating data ingestion, pre-processing, training and deployment; distributed "
        "systems, privacy and scale. Listen for failure modes, costs and versioning."),
    Axis.CULTURE: (
        "Communication, attitude, team play, self-motivation, going out of their way to "
        "provide value, working style. Every rating needs evidence: what they said or did."),
}

PORTFOLIO_GUIDE: dict[PortfolioCheck, str] = {
    PortfolioCheck.ORGANISATION: (
        "Could a newcomer find their way? Modules with one purpose, not one huge notebook."),
    PortfolioCheck.DOCSTRINGS: (
        "Do functions say what they are for; are types annotated where it helps?"),
    PortfolioCheck.TESTS: (
        "Are there tests, and do they check behaviour rather than restate the code?"),
    PortfolioCheck.DOCUMENTATION: (
        "Does the README say what it is, how to run it and what the results were?"),
    PortfolioCheck.ORIGINAL: (
        "Their own work, not a fork, a clone or a copied tutorial? Read the history."),
    PortfolioCheck.RUNS_TODAY: (
        "Does it still install and run with current packages, or pin what it needs?"),
    PortfolioCheck.BEYOND_DEFAULTS: (
        "Did they think past library defaults: evaluation design, baselines, "
        "hyper-parameters?"),
}

PORTFOLIO_INTRO = (
    "Read the work before the conversation, then discuss it with the candidate. Note what you "
    "looked at (the link and the commit or version), so that others can see the same thing.")

CULTURE_GUIDE: dict[CultureDimension, str] = {
    CultureDimension.COMMUNICATION: (
        "Explains clearly for the listener, asks when unsure, says what they do not know."),
    CultureDimension.OWNERSHIP: (
        "Owns outcomes, mistakes included; follows through without being chased."),
    CultureDimension.TEAM_PLAY: (
        "Credits others, changes their mind on a good argument, helps teammates succeed."),
    CultureDimension.SELF_MOTIVATION: (
        "Starts things on their own, learns what the work needs, is at ease with open "
        "problems."),
    CultureDimension.BEYOND: (
        "Has gone out of their way to provide value beyond what was asked."),
    CultureDimension.PACE: "The pace at which they do their best work, and how it fits ours.",
    CultureDimension.AUTONOMY: (
        "How much direction they want, and how they handle ambiguity."),
    CultureDimension.COLLABORATION: (
        "How they like to work with others: pairing, reviews, written or live."),
}

CULTURE_INTRO = (
    "Culture is the hardest thing to judge and the one most prone to gut feeling. Ask for "
    "concrete past situations, not opinions, and write down next to every rating what the "
    "candidate said or did. A rating without evidence is not used in the debrief.")

SCORECARD_NOTE = (
    "Write your scorecard before you read anyone else's feedback: the first opinion read "
    "anchors every later one. Rate only what this step covers; “Not assessed” is not a score.")
