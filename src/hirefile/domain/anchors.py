"""Anchored rating scales: what a 1, 2, 3 and 4 look like, for each skill axis and for each
question of the starter bank, in Hirefile's own words.

A rating is easier to give, and two interviewers' ratings agree more, when each step of the
scale says what the candidate said or did to earn it (behaviourally anchored rating scales).
The scorecard shows the anchors beside the rating while scoring; the interview packet prints
them beside the rating boxes.

Each anchor is one short sentence of behaviour, at most `ANCHOR_LIMIT` characters, derived
from the question's guidance ("Strong: … Weak: …"): 1 is the weak answer, 4 the strong one
given in full and with depth. A file words the axes its own way (`services/anchors.py`) and
edits any question's anchors in the question editor.
"""

from __future__ import annotations

from collections.abc import Sequence

from hirefile.domain.vocab import Axis, Rating

#: Ratings 1..4, in the order anchors are kept.
SCALE: tuple[Rating, ...] = tuple(Rating)
#: The most characters one anchor keeps (a line or two beside a rating).
ANCHOR_LIMIT = 200

Anchors = tuple[str, str, str, str]

#: What each step of the scale looks like on each axis (domain.md's axis descriptions).
AXIS_ANCHORS: dict[Axis, Anchors] = {
    Axis.ML_PRACTICE: (
        "Has not taken a model past a notebook; cannot say how one was evaluated or used.",
        "Trained models with help; vague on evaluation, data flaws or what happened after "
        "launch.",
        "Shipped a model end to end: sound data split, honest evaluation, deployment, and the "
        "business effect named.",
        "Shipped several, owns the whole loop, names metrics and trade-offs in numbers, and "
        "goes two levels deep on any choice.",
    ),
    Axis.SOFTWARE: (
        "No production code in a team: no tests, no review, unsure with git or Linux.",
        "Writes working code alone; little testing or review, struggles in a large code "
        "base.",
        "Production code in a team: tests, reviews, git and cloud used routinely, finds their "
        "way in large code bases.",
        "Raises the team's bar: designs clean interfaces, tests what matters, reviews with "
        "judgement, debugs production calmly.",
    ),
    Axis.THEORY: (
        "Cannot explain the basics (probability, gradients, overfitting) beyond buzzwords.",
        "Recites definitions but cannot use them to reason about a model or an experiment.",
        "Explains statistics, linear algebra and optimisation correctly and uses them to "
        "diagnose a model.",
        "Derives and critiques: reasons from first principles, knows the limits of the theory, "
        "a research record or equal depth.",
    ),
    Axis.SYSTEMS: (
        "Draws one box labelled 'model'; no idea of ingestion, serving or failure.",
        "Knows the pieces by name but not how data, training and serving fit or fail "
        "together.",
        "Designs the pipeline end to end: idempotent steps, versioning, monitoring, scale and "
        "privacy considered.",
        "Weighs trade-offs at scale with numbers, plans for failures and cost, and keeps the "
        "design as simple as the need.",
    ),
    Axis.CULTURE: (
        "No concrete example; blames others, or the behaviour described would hurt the team.",
        "Examples are vague or second-hand; little ownership, communication only when asked.",
        "Concrete situations showing clear communication, ownership and help for others.",
        "Goes out of their way to provide value: owns mistakes, lifts teammates, and the "
        "examples show it again and again.",
    ),
}

#: The starter bank's anchors by question key (`domain.question_bank`): Strong no, No, Yes,
#: Strong yes.
QUESTION_ANCHORS: dict[str, Anchors] = {
    # ML practice ------------------------------------------------------------------------
    "practice-past-project": (
        "Stays at architecture names; cannot say how the model was judged or what happened "
        "after launch.",
        "Describes the model but not the metric, the baseline, or their own part versus the "
        "team's.",
        "Names the business metric, the baseline, the data's flaws and what they did "
        "personally.",
        "All of that, and goes two levels deeper on any choice, with the effect after launch in "
        "numbers.",
    ),
    "practice-hyperparameter-sweeps": (
        "A full grid over everything, or picks the best run on the test set.",
        "Random search but no budget, no tracking, or no reason for the search space.",
        "A search space chosen from understanding, random or Bayesian search within a budget, "
        "picked on validation data.",
        "Also early stopping, results tracked, few parameters that matter, and a clear rule "
        "for when to stop.",
    ),
    "practice-multi-host-training": (
        "'Add more GPUs', with no word on synchronisation or failures.",
        "Names data parallelism but not communication cost, batch size or checkpoints.",
        "Tries cheaper options first, then picks data, tensor or pipeline parallelism or "
        "sharding with a reason.",
        "Also covers communication cost, effective batch size and learning rate, and "
        "checkpointing for failures.",
    ),
    "practice-baseline-first": (
        "Goes straight to fine-tuning the largest model available.",
        "Mentions a baseline but skips looking at data, agreeing a metric, or leakage.",
        "Looks at raw examples, agrees a metric, builds a simple baseline with a sound split.",
        "All of that in a clear order, checks for leakage, and agrees the metric with whoever "
        "owns the outcome.",
    ),
    "practice-offline-online-gap": (
        "Blames the test, or suggests shipping anyway.",
        "Names one cause (e.g. a bad metric) and no way to check it.",
        "Lists several concrete causes (misaligned metric, unlike traffic, leakage, logging "
        "bugs) and how to check them.",
        "Also ranks them, says which to check first and how, and considers an effect too small "
        "to detect.",
    ),
    "practice-data-leakage": (
        "Has never met leakage, or cannot describe looking for it.",
        "A second-hand or vague story; unclear what raised suspicion or what changed.",
        "A specific case: the too-good-to-be-true signal, the cause, and the fix.",
        "Also changed the process so it could not recur (split by time or group, feature "
        "checks).",
    ),
    "practice-imbalanced-classes": (
        "Reports accuracy, or resamples the evaluation data.",
        "Uses class weights or resampling but still judges the model on accuracy.",
        "Precision, recall and PR curves; resampling on training data only; enough positives "
        "to validate.",
        "Also sets the threshold from the cost of each kind of error and explains the choice.",
    ),
    "practice-prompt-finetune-train": (
        "One answer for every problem, or no way to tell whether an option worked.",
        "Knows the options but chooses by fashion, without cost, data or evaluation in mind.",
        "Decides from data volume, cost, latency and privacy, and tries the cheapest option "
        "first.",
        "Also builds an evaluation set before choosing and gives a real example of each "
        "choice.",
    ),
    "practice-error-analysis": (
        "Reaches for a bigger model or more epochs without looking at one error.",
        "Looks at a few errors but does not sort or count them.",
        "Samples real errors, sorts them into categories, counts them, and slices by segment.",
        "Also attacks the largest fixable bucket (labels, coverage, features, model) and "
        "measures the gain.",
    ),
    "practice-label-quality": (
        "Assumes the labels are right.",
        "Noticed noisy labels but fixed cases by hand without measuring.",
        "Measured annotator agreement, tightened guidelines and audited samples.",
        "Also found suspicious labels systematically and spent a relabelling budget where it "
        "mattered most.",
    ),
    "practice-debug-training": (
        "Changes several things at random and reruns.",
        "Tries sensible fixes (lower learning rate) without a method or order.",
        "Methodical: overfits one batch, inspects inputs and labels, checks learning rate and "
        "gradient norms.",
        "Also covers mixed precision and initialisation, and explains what each check rules "
        "out.",
    ),
    "practice-simpler-model": (
        "Has never weighed anything but the headline metric.",
        "A story of choosing simpler, but no trade-off named or no outcome.",
        "Names the trade-off (latency, cost, maintenance, interpretability) and why simpler "
        "won.",
        "Puts numbers on the trade-off and tells how the decision played out afterwards.",
    ),
    "practice-experiment-tracking": (
        "File names like final_v3_really, and memory.",
        "Tracks metrics but not code, data version or configuration.",
        "Records code, data version, configuration, seeds and environment in a tracker.",
        "Also reproduced an old result that way and knows the limits of determinism on GPUs.",
    ),
    "practice-llm-evaluation": (
        "Eyeballs a handful of examples.",
        "A fixed set of examples but no rubric, or automated judging trusted unchecked.",
        "A curated set of real inputs, a written rubric, human review, regression runs on "
        "changes.",
        "Also checks automated judges against humans and tracks cost and latency.",
    ),
    "practice-notebook-reproducible": (
        "Cells run out of order; 'it worked on my machine'.",
        "Reruns from the top sometimes; data and environment not pinned.",
        "Runs top to bottom from a clean kernel, pins data and environment, moves logic into "
        "functions.",
        "Also hands over a clear spec with the evaluation production must reproduce.",
    ),
    "practice-mlops-handoff": (
        "Accepts a pickled model from a notebook and hopes.",
        "Asks for code and the model, but not the data snapshot or an evaluation.",
        "Asks for versioned code, a pinned environment, the data snapshot and an evaluation "
        "script.",
        "Also the input schema and agreed thresholds, and says clearly what they push back on.",
    ),
    "practice-training-data-mismatch": (
        "Treats it as the model's problem, not the data's.",
        "Checks one thing (a few rows) without a method.",
        "Compares distributions feature by feature, checks time windows, joins and nulls.",
        "Also finds late-arriving data and moves both paths onto shared transformation code.",
    ),
    "practice-ml-roadmap": (
        "Picks the most interesting research problem.",
        "Ranks by impact but ignores feasibility or whether the data exists.",
        "Weighs impact against feasibility and data, ties each project to a company metric.",
        "Also de-risks with quick baselines and sets stop criteria in advance.",
    ),
    "practice-model-in-product": (
        "Assumes the model always answers, quickly and correctly.",
        "Adds a timeout but no fallback, logging or handling of wrong answers.",
        "Timeouts, fallbacks and defaults, feature flags, predictions logged for evaluation.",
        "Also caching and an interface that shows uncertainty to the user.",
    ),
    # Software engineering --------------------------------------------------------------
    "software-code-review": (
        "Style nits only, or approves without reading closely.",
        "Checks correctness loosely; no concrete catch, comments without reasons.",
        "Correctness and tests first, then clarity and risk, with a concrete catch.",
        "Also explains why in comments and separates blocking from optional.",
    ),
    "software-testing-ml-code": (
        "'ML code can't really be tested'.",
        "Unit tests for plain functions only; nothing for training or numbers that vary.",
        "Deterministic tests for transformations, tiny fixtures, fixed seeds and tolerances.",
        "Also shape and invariance checks, a smoke training run, and an evaluation threshold "
        "in CI.",
    ),
    "software-unfamiliar-codebase": (
        "Waits for documentation, or tries to read everything from the top.",
        "Reads around without a plan; slow to make a first change.",
        "Runs it, reads the tests, traces one request or job end to end.",
        "Also uses the history, asks targeted questions, and ships a small change early.",
    ),
    "software-broken-main": (
        "Force-pushes over shared history, or debugs in place while others wait.",
        "Fixes forward eventually; tells the team late or not at all.",
        "Reverts first, tells people, then finds the cause (bisect if needed).",
        "Also adds a test that would have caught it and improves the check that let it "
        "through.",
    ),
    "software-notebook-to-package": (
        "A big-bang rewrite, or leaves it as it is.",
        "Splits it into files but without a reference output or tests.",
        "Incremental: pins the environment, captures outputs as a reference test, extracts "
        "functions.",
        "Also adds configuration, a command-line entry point and CI.",
    ),
    "software-slow-python": (
        "Guesses, or proposes a rewrite in another language first.",
        "Tries a known trick (multiprocessing) without measuring first.",
        "Profiles before changing anything, then vectorises and fixes types and formats.",
        "Also chunks or parallelises where it pays, and measures again after each change.",
    ),
    "software-prediction-interface": (
        "Exposes internal objects or every model parameter.",
        "A working endpoint, but no types, versioning or clear errors.",
        "Explicit input and output types, versioning and clear errors.",
        "Also batch and single calls, backward compatibility and a short documented contract.",
    ),
    "software-dependencies": (
        "Installs the latest versions each time and fixes whatever breaks.",
        "A requirements file without pinned versions or a plan for upgrades.",
        "Lock files or pinned versions, and container images.",
        "Also knows CUDA and driver compatibility and schedules upgrades checked by CI.",
    ),
    "software-hardest-bug": (
        "A vague story ending with 'we restarted it and it went away'.",
        "Found the bug but cannot say how the search was narrowed.",
        "Hypotheses, logs and metrics, reproduced locally, narrowed step by step.",
        "Also names the root cause precisely and what was changed to prevent it.",
    ),
    "software-killed-job": (
        "No idea where to look beyond the application's own logs.",
        "Thinks of memory but not how to confirm it.",
        "Checks the out-of-memory killer and system logs, disk space, preempted instances, "
        "time limits.",
        "Also adds memory monitoring and checkpointing so the job can resume.",
    ),
    "software-docs-and-types": (
        "Nothing at all, or boilerplate that repeats the code.",
        "Some docstrings, but they say what rather than why.",
        "Documents contracts (units, shapes, invariants) and keeps a README that gets a "
        "newcomer running.",
        "Also explains why, not what, and keeps docs next to the code where they stay true.",
    ),
    "software-concurrency": (
        "Used threads for CPU-bound work and never found out why it got no faster.",
        "Knows threads and processes exist but not which suits which work.",
        "Knows which suits I/O-bound and CPU-bound work, and why in Python.",
        "Also a real story of a race or deadlock they debugged.",
    ),
    "software-deliberate-shortcut": (
        "Never cuts anything, or never goes back.",
        "Cut corners but without recording them or a plan to repay.",
        "A conscious, recorded shortcut and a clear line on what is never cut.",
        "Also the debt actually repaid, and what the shortcut taught them.",
    ),
    "software-gpu-ci": (
        "Every push on an expensive machine, or GPU tests silently skipped.",
        "GPU runners in CI but no separation of suites or cost limits.",
        "Separates CPU and GPU tests and uses on-demand or self-hosted GPU runners.",
        "Also caches images, runs GPU suites on labels or nightly, with timeouts and cost "
        "limits.",
    ),
    "software-sql-latest": (
        "A correlated subquery with no sense of its cost.",
        "A correct query but ties mishandled or no idea what makes it slow.",
        "A window function or an aggregate joined back, with ties handled.",
        "Also partitioning, indexes or clustering, and reads the query plan.",
    ),
    "software-research-habits": (
        "Dismisses engineering practice, or claims perfect practice with no example.",
        "Uses version control but little else, with no example of its value.",
        "Version control, functions instead of copied cells, small tests on transformations.",
        "Also reviews of analysis code, and honest about when throwaway code is fine.",
    ),
    # ML theory and math ------------------------------------------------------------------
    "theory-bias-variance": (
        "Recites the definition but cannot use it to diagnose a model.",
        "Links it to over- and underfitting, with no concrete fix.",
        "Connects it to learning curves and concrete fixes (capacity, regularisation, data).",
        "Also knows large networks complicate the classic picture, with an example of their "
        "own.",
    ),
    "theory-attention-qkv": (
        "Names Q, K and V but not the computation.",
        "Describes dot products and softmax but not what Q, K, V stand for.",
        "What a position looks for, offers and passes on; softmax of Q·K weights the values.",
        "Also why scaling keeps softmax from saturating, said clearly.",
    ),
    "theory-p-value": (
        "'The chance the result is due to luck'.",
        "Roughly right definition, but cannot say what it is not.",
        "Probability of data this extreme if the null were true; not the null's probability "
        "nor effect size.",
        "Also a real misuse (peeking, many comparisons) and how to avoid it.",
    ),
    "theory-l1-l2": (
        "Only 'they prevent overfitting'.",
        "Knows L1 gives sparsity but not why, or when to prefer each.",
        "L1 drives weights to zero, L2 shrinks them smoothly, and when to prefer which.",
        "Also the Laplace and Gaussian priors, and weight decay versus L2 under Adam.",
    ),
    "theory-optimisers": (
        "Names the optimisers without saying what they do.",
        "Explains SGD's cost per step but not momentum or Adam.",
        "Cost per step and useful noise, momentum as smoothing, Adam's per-parameter steps.",
        "Also why warm-up and learning-rate schedules help.",
    ),
    "theory-cross-entropy": (
        "'It's the default in the library'.",
        "Knows it suits probabilities but cannot say why squared error is worse.",
        "Negative log-likelihood of a categorical model; gradients do not vanish when wrong.",
        "Also that it rewards calibrated probabilities, with the gradient sketched.",
    ),
    "theory-pca": (
        "'It reduces dimensions' and no more.",
        "Knows it keeps variance but not the linear algebra.",
        "Eigenvectors of the covariance (or SVD of centred data) ordered by explained "
        "variance.",
        "Also warns about scaling, linearity, and high variance not meaning relevance.",
    ),
    "theory-calibration": (
        "Confuses calibration with accuracy.",
        "Right definition but no way to check or fix it.",
        "About 90% positive among 0.9 scores; checks with a reliability diagram on held-out "
        "data.",
        "Also fixes it (temperature, Platt, isotonic) and says why decisions depend on it.",
    ),
    "theory-validation-schemes": (
        "Random splits on everything.",
        "Knows k-fold and hold-out but not when each fits.",
        "Weighs data size and variance; grouped splits for shared sources.",
        "Also forward-in-time splits for time series, with the leakage they prevent.",
    ),
    "theory-bayes-base-rate": (
        "States the formula but cannot apply it.",
        "A worked example with the wrong or no number.",
        "A worked example (rare condition, accurate test) with a rough right answer.",
        "Also links it to a real decision such as alert thresholds.",
    ),
    "theory-embeddings": (
        "'It's a vector of numbers'.",
        "A learned representation, but no idea why similarity means anything.",
        "A dense representation whose training places similar inputs close; cosine explained.",
        "Also normalisation and where similarity breaks (domain shift, mismatched "
        "objectives).",
    ),
    "theory-deep-training": (
        "'More data and GPUs'.",
        "Names vanishing gradients but not what fixed them.",
        "Vanishing and exploding gradients; initialisation, ReLU, normalisation, residuals.",
        "Also a sentence on why each of those helps.",
    ),
    "theory-nonconvex": (
        "Unsure what convex means.",
        "Defines convexity but cannot say why networks still train.",
        "Convexity and the global minimum; saddle points and over-parameterisation for "
        "networks.",
        "Also many equally good minima, and admits what is not fully understood.",
    ),
    "theory-ab-test-design": (
        "Runs it until it looks significant.",
        "Randomises but by request, or no metric fixed in advance.",
        "Randomises by user, fixes the primary metric and guardrails, sizes from the smallest "
        "effect.",
        "Also covers weekly cycles and avoids peeking or uses a sequential method.",
    ),
    "theory-causation": (
        "Says yes.",
        "Suspects confounding but proposes nothing to test it.",
        "Names confounding and self-selection and proposes an experiment.",
        "Also a quasi-experimental design when no experiment is possible, with its "
        "assumptions.",
    ),
    "theory-paper-critique": (
        "Knows the abstract and the headline number only.",
        "States the claim but does not judge the evidence.",
        "States claim and setup precisely and judges baselines, ablations and statistics.",
        "Also reasons about what would transfer to our data and setting.",
    ),
    # ML systems architecture ---------------------------------------------------------------
    "systems-batch-vs-streaming": (
        "Streams everything because it sounds modern.",
        "Knows both but chooses without the product's freshness in mind.",
        "Lets the freshness the product needs decide; weighs complexity and cost.",
        "Also keeps training and serving consistent, and starts with batch unless there is a "
        "reason.",
    ),
    "systems-model-versioning-serving": (
        "Overwrites model.pkl on the server.",
        "Versions model files but not the code, data or environment behind them.",
        "Immutable versions in a registry linked to code, data and configuration.",
        "Also canary or shadow releases and rollback by switching a pointer.",
    ),
    "systems-retraining-design": (
        "Retrains nightly and deploys automatically with no checks.",
        "A schedule chosen without reason, and a single metric check.",
        "Picks the trigger from how fast data changes; evaluates against the live model.",
        "Also a human approval for large changes and a gradual release.",
    ),
    "systems-production-monitoring": (
        "Only accuracy, which is rarely observable in real time.",
        "Input drift or data quality, but no owner or alerts.",
        "Input drift, prediction distribution, data quality, delayed-label metrics.",
        "Also per-segment views and alerts that reach a named owner.",
    ),
    "systems-training-serving-skew": (
        "Cannot describe a concrete source of skew.",
        "Names skew but no design to prevent it.",
        "The same transformation code for both paths (a shared library or feature store).",
        "Also logs served features for future training and compares the two automatically.",
    ),
    "systems-end-to-end-design": (
        "Draws one box labelled 'model'.",
        "Names components but no storage, queues or scale assumptions.",
        "Components, storage, queues and idempotent processing, with scale assumptions.",
        "Also shows where labels and corrections come from to improve the model.",
    ),
    "systems-personal-data": (
        "Has not thought about it.",
        "Access control only; nothing on retention, deletion or logs.",
        "Data minimisation, access control, pseudonymisation, retention and deletion.",
        "Also deletion that reaches training sets and logs, and data residency.",
    ),
    "systems-inference-scale": (
        "Buys more GPUs.",
        "Autoscaling only, without measuring where time goes.",
        "Measures first, then batches, autoscales and caches.",
        "Also quantises or distils, matches hardware, and moves non-urgent work to queues.",
    ),
    "systems-pipeline-orchestration": (
        "Cron jobs sharing files that can be half-written.",
        "An orchestrator, but tasks not idempotent or writes not atomic.",
        "A dependency graph of idempotent tasks with atomic writes to dated partitions.",
        "Also retries, safe reruns and backfills, and alerts on failure.",
    ),
    "systems-node-failure": (
        "Starts again from zero.",
        "Checkpoints, but no thought on frequency or resuming.",
        "Regular checkpoints with a reasoned frequency and resuming from the last one.",
        "Also elastic or restartable jobs and planning for spot interruptions.",
    ),
    "systems-reproducible-environments": (
        "A wiki page of manual install steps.",
        "A container image built by hand, not in CI.",
        "Images built in CI from lock files, pinned CUDA and drivers, an image registry.",
        "Also a one-command setup or dev containers, and short documentation.",
    ),
    "systems-gpu-cost-alerts": (
        "'Tell people to be careful'.",
        "A spend alert, but nothing to find or stop idle machines.",
        "Budgets and spend alerts, resources tagged by owner, idle detection.",
        "Also automatic shutdown, quotas, a dashboard people look at, and no blame.",
    ),
    "systems-partner-ingestion": (
        "One script that breaks silently.",
        "Validates schemas but has no answer for late or bad files.",
        "Lands raw files unchanged, validates against contracts, quarantines bad files.",
        "Also late data, idempotent loads, lineage, and alerts to the right person.",
    ),
    "systems-data-quality-gates": (
        "Finds out when the model gets worse.",
        "Some checks, run by hand.",
        "Automated checks on counts, nulls, ranges and distributions against history.",
        "Also decides fail or quarantine, with an owner for each check.",
    ),
    "systems-backfill": (
        "Patches today's data and moves on.",
        "Fixes the code and reruns, without finding what else was affected.",
        "Fixes and tests the code, uses lineage to find affected partitions and consumers.",
        "Also backfills idempotently, retrains or notifies, and writes up what happened.",
    ),
    "systems-build-or-buy": (
        "Builds everything in-house, or follows one vendor on principle.",
        "A preference stated without reasons of size, cost or lock-in.",
        "Reasons from team size, core competence, cost and lock-in.",
        "Also prefers managed services for undifferentiated work and names signals to revisit.",
    ),
    "systems-background-jobs": (
        "Runs the work inside the web request.",
        "A queue, but no retries, idempotence or status.",
        "A queue with idempotent workers, stored status and progress, and timeouts.",
        "Also at-least-once delivery handled explicitly and a dead-letter path.",
    ),
    # Culture and collaboration ---------------------------------------------------------
    "culture-disagreement": (
        "No example, or a story in which everyone else was foolish.",
        "An example, but argued from opinion, or went along silently.",
        "A specific case argued with evidence, then changed minds or disagreed and committed.",
        "Also the working relationship intact and better for it, in their own telling.",
    ),
    "culture-unasked-fix": (
        "Nothing comes to mind, or a pet project that ignored the team's priorities.",
        "A small fix, but nobody told and no result to point to.",
        "Noticed a real problem, acted in proportion, and told the people affected.",
        "Also points to the result, and it helped others beyond themselves.",
    ),
    "culture-failed-project": (
        "The failure was entirely someone else's fault, or there was no lesson.",
        "Admits a part, but the lesson is vague.",
        "Owns their share plainly and names a concrete change in how they work.",
        "Also shows the change at work since, with an example.",
    ),
    "culture-explain-limitation": (
        "Jargon, or 'they just didn't get it'.",
        "Explained, but never checked it was understood.",
        "Adapted the language, used concrete examples of failure, checked understanding.",
        "Also the conversation led to a decision they can name.",
    ),
    "culture-vague-goal": (
        "Waited for instructions, or built the wrong thing for weeks.",
        "Started on something, but checked back late.",
        "Wrote down assumptions, found whoever owned the outcome, took a small first step.",
        "Also checked back early and changed course on what they learned.",
    ),
    "culture-feedback-received": (
        "A disguised boast ('I work too hard'), or nothing changed.",
        "Real feedback, but taken defensively or with no change since.",
        "Specific feedback received without defensiveness, and a change they made.",
        "Also a change others could observe, and they sought more feedback since.",
    ),
    "culture-helped-teammate": (
        "No example, or helped only when it was convenient.",
        "Helped, but cannot say what it cost them or what came of it.",
        "A concrete situation and a deliberate choice about the trade-off.",
        "Also a clear outcome for the teammate, told without claiming the credit.",
    ),
    "culture-tight-deadline": (
        "Cut corners silently, or missed the deadline without warning anyone.",
        "Delivered, but trade-offs unspoken and risks not told.",
        "Explicit trade-offs and risks communicated up front.",
        "Also followed up on what was deferred, and says what they refused to cut.",
    ),
    "culture-self-taught": (
        "'I read a lot', with no example.",
        "A topic, but no approach or nothing built.",
        "A concrete topic and a structured approach.",
        "Also something built or used at the end that shows they learned it.",
    ),
    "culture-written-collaboration": (
        "Relies on being asked, or on meetings only.",
        "Some written updates, but decisions stayed in calls.",
        "Written updates and decisions, documentation others could act on.",
        "Also deliberate use of overlapping hours and a result that shows it worked.",
    ),
    "culture-own-mistake": (
        "Hid it, played it down, or claims never to have made one.",
        "Fixed it, but told people late.",
        "Told people quickly, limited the damage, fixed the cause.",
        "Also shared what they learned so others would not repeat it.",
    ),
    "culture-best-team": (
        "Generic praise of 'great people' with no behaviour described.",
        "Some practices, but not their own part in them.",
        "Specific practices (decisions, reviews, planning, help) and their own part.",
        "Also reveals their preferred pace and autonomy plainly, and fits how we work.",
    ),
    "culture-negative-result": (
        "Kept slicing the data until something looked significant.",
        "Reported it, but softened it or left out the uncertainty.",
        "Reported it plainly with its uncertainty and proposed next steps.",
        "Also held the line under pressure to find a positive slice.",
    ),
    "culture-fractional-handover": (
        "Knowledge lived in their head.",
        "Told people their days, but left no written handover.",
        "Runbooks and written handovers, clear availability, decisions documented.",
        "Also left the team able to operate without them.",
    ),
    "culture-broke-consumer": (
        "The consumers should have coped.",
        "Fixed it, but changed nothing in how changes are announced.",
        "Fixed it with the affected people, then introduced change notices.",
        "Also versioned schemas or contracts so it cannot happen silently again.",
    ),
    "culture-grew-someone": (
        "Takes credit without describing what they did.",
        "General support, no specific actions.",
        "Specific actions: stretch work, regular feedback, cover when things went wrong.",
        "Also a visible result for that person, and what they would say about it.",
    ),
    "culture-underperformance": (
        "Avoided it for months, or removed the person without ever telling them.",
        "Raised it, but late or without clear expectations.",
        "Raised it early and directly with clear expectations and support.",
        "Also followed up and handled the outcome with care either way.",
    ),
}


def axis_anchors(axis: Axis) -> Anchors:
    """Hirefile's anchors for one axis."""
    return AXIS_ANCHORS[axis]


def question_anchors(key: str | None) -> tuple[str, ...]:
    """The starter bank's anchors for a built-in question's key (empty for any other)."""
    return QUESTION_ANCHORS.get(key or "", ())


def problem(anchors: Sequence[str]) -> str | None:
    """Why a set of anchors cannot be kept, else None: four texts, or none at all (each at
    most `ANCHOR_LIMIT` characters, on one line)."""
    filled = [a for a in anchors if a.strip()]
    if len(anchors) > len(SCALE) or (filled and len(filled) != len(SCALE)):
        return "Write all four anchors (what a 1, 2, 3 and 4 look like), or none"
    for rating, text in zip(SCALE, anchors, strict=False):
        if len(text.strip()) > ANCHOR_LIMIT:
            return (f"The anchor for {rating.value} ({rating.label}) is too long: "
                    f"{len(text.strip())} characters, at most {ANCHOR_LIMIT}")
    return None


def cleaned(anchors: Sequence[str]) -> list[str]:
    """Anchors as kept: one line each, trimmed; [] when none is written."""
    out = [" ".join(a.split()) for a in anchors]
    return out if any(out) else []
