"""The starter question bank: questions for each skill axis, written in Hirefile's own words.

A new file is seeded with these questions; founders edit, retire and extend them. Each question's
``key`` is stored in the file as its ``builtin_key``, so a key is never renamed or reused: to
change a question's meaning, retire it and add a new key.

Guidance says what a strong answer shows and ends with a weak-answer signal ("Weak: ...").
Culture questions ask for a concrete past situation, never for an opinion.
"""

from __future__ import annotations

from dataclasses import dataclass

from hirefile.domain.vocab import Axis, Track


@dataclass(frozen=True)
class BankQuestion:
    """One built-in question of the bank."""

    #: Stable and unique, e.g. "practice-past-project"; stored as ``builtin_key``.
    key: str
    axis: Axis
    #: The question as asked.
    text: str
    #: What a strong answer shows (2-3 sentences), and a weak-answer signal.
    guidance: str
    #: The track the question is written for; None means it suits every track.
    track: Track | None = None


Q = BankQuestion
A = Axis
T = Track

_ML_PRACTICE: tuple[BankQuestion, ...] = (
    Q("practice-past-project", A.ML_PRACTICE,
      "Walk me through one model you took from idea to production. What was the problem, what "
      "data did you have, and what changed for the business once it shipped?",
      "Strong: names the business metric, the baseline it had to beat, the flaws in the data, "
      "and what they did personally as opposed to the team; can go two levels deeper on any "
      "choice. Weak: stays at the level of architecture names and cannot say how the model was "
      "judged or what happened after launch."),
    Q("practice-hyperparameter-sweeps", A.ML_PRACTICE,
      "How do you run hyper-parameter sweeps? Take the last one you ran: what did you search "
      "over, how, and how did you decide to stop?",
      "Strong: a search space chosen from understanding (log scales for learning rates, few "
      "parameters that matter), random or Bayesian search within a budget, early stopping, "
      "results tracked, and the winner picked on validation data. Weak: a full grid over "
      "everything, or choosing the best run on the test set."),
    Q("practice-multi-host-training", A.ML_PRACTICE,
      "A training run no longer fits on one machine. How would you set up training across "
      "several hosts?",
      "Strong: first checks cheaper options (mixed precision, gradient accumulation), then "
      "distinguishes data, tensor and pipeline parallelism or sharded training, and mentions "
      "communication cost, effective batch size and learning rate, and checkpointing. Weak: "
      "'add more GPUs' with no word on synchronisation or failures."),
    Q("practice-baseline-first", A.ML_PRACTICE,
      "You get a new prediction problem on Monday. What do you do before training anything "
      "complex?",
      "Strong: looks at raw examples, agrees a metric with whoever owns the outcome, builds a "
      "simple baseline (a rule or a linear model), sets up a sound split and checks for "
      "leakage. Weak: goes straight to fine-tuning the largest available model."),
    Q("practice-offline-online-gap", A.ML_PRACTICE,
      "Your model improved the offline metric, but the product metric did not move. What could "
      "explain it, and what would you check first?",
      "Strong: lists concrete causes (offline metric not aligned with the product goal, "
      "evaluation set unlike live traffic, leakage inflating offline scores, latency, logging "
      "bugs, an effect too small to detect) and says which to check first and how. Weak: "
      "blames the test or suggests shipping anyway."),
    Q("practice-data-leakage", A.ML_PRACTICE,
      "Tell me about a time you found leakage or a bug that made results look better than they "
      "were. How did you spot it?",
      "Strong: a specific case, the too-good-to-be-true signal that raised suspicion, the cause "
      "(duplicates across splits, features computed after the label, random splits on time "
      "series), and what they changed so it could not recur. Weak: has never met it, which "
      "usually means they never looked."),
    Q("practice-imbalanced-classes", A.ML_PRACTICE,
      "Positives are half a percent of your examples. How do you train and evaluate the "
      "classifier?",
      "Strong: precision, recall and PR curves instead of accuracy, a threshold set from the "
      "cost of each kind of error, class weights or resampling on training data only, and "
      "enough positives in the validation set. Weak: reports accuracy, or resamples the "
      "evaluation data."),
    Q("practice-prompt-finetune-train", A.ML_PRACTICE,
      "When would you prompt an existing model, add retrieval, fine-tune, or train from "
      "scratch? Give an example of each choice you made or would make.",
      "Strong: decides from data volume, cost, latency, privacy and the need for control, tries "
      "the cheapest option first, and builds an evaluation set before choosing. Weak: one "
      "answer for every problem, or no way to tell whether an option worked."),
    Q("practice-error-analysis", A.ML_PRACTICE,
      "A model is good but not good enough. Describe how you do error analysis to decide what "
      "to work on next.",
      "Strong: samples real errors, sorts them into categories, counts them, slices by segment, "
      "and attacks the largest fixable bucket (labels, data coverage, features, model). Weak: "
      "reaches for a bigger model or more epochs without looking at a single error."),
    Q("practice-label-quality", A.ML_PRACTICE,
      "How have you dealt with noisy or inconsistent labels? What did you measure, and what did "
      "you change?",
      "Strong: measured agreement between annotators, tightened labelling guidelines, audited "
      "samples, found suspicious labels systematically, and spent a relabelling budget where it "
      "mattered. Weak: assumes the labels are right."),
    Q("practice-debug-training", A.ML_PRACTICE,
      "Your training loss does not go down, or becomes NaN. Walk me through how you debug it.",
      "Strong: a methodical order: overfit a single batch, inspect inputs and labels after the "
      "data pipeline, check learning rate and gradient norms, look at mixed precision and "
      "initialisation. Weak: changes several things at random and reruns."),
    Q("practice-simpler-model", A.ML_PRACTICE,
      "Tell me about a time you chose a simpler model over a more accurate one. Why, and was "
      "it the right call?",
      "Strong: names the trade-off in numbers (latency, cost, maintenance, interpretability, "
      "robustness) and how the decision played out. Weak: has never weighed anything but the "
      "headline metric."),
    Q("practice-experiment-tracking", A.ML_PRACTICE,
      "How do you keep track of experiments so that you, or a colleague, can reproduce a result "
      "three months later?",
      "Strong: records code version, data version, configuration, seeds and environment, uses a "
      "tracker or an equivalent discipline, and knows the limits of determinism on GPUs. Weak: "
      "file names like final_v3_really and memory."),
    Q("practice-llm-evaluation", A.ML_PRACTICE,
      "How would you evaluate a feature built on a large language model, where there is no "
      "single right answer?",
      "Strong: a curated set of real inputs, a written rubric, human review, automated judging "
      "only once checked against humans, regression runs when prompts or models change, and "
      "cost and latency tracked too. Weak: eyeballs a handful of examples."),
    Q("practice-notebook-reproducible", A.ML_PRACTICE,
      "How do you keep a notebook analysis trustworthy, and how do you hand it over when it "
      "has to become production code?",
      "Strong: runs top to bottom from a clean kernel, pins data and environment, moves reused "
      "logic into functions or a module, and hands over a clear spec with the evaluation that "
      "production must reproduce. Weak: cells run out of order and 'it worked on my machine'.",
      T.DATA_SCIENTIST),
    Q("practice-mlops-handoff", A.ML_PRACTICE,
      "What does a data scientist need to hand you so a model can be deployed and retrained "
      "without them? What do you push back on?",
      "Strong: versioned training code, a pinned environment, a reference to the exact data "
      "snapshot, an evaluation script with agreed thresholds, and the input schema. Weak: "
      "accepts a pickled model file from a notebook and hopes.",
      T.MLOPS),
    Q("practice-training-data-mismatch", A.ML_PRACTICE,
      "An ML engineer says the training set you produce looks different from what the model "
      "sees in production. How do you investigate?",
      "Strong: compares distributions feature by feature, checks time windows, late-arriving "
      "data, joins and null handling, and moves both paths onto shared transformation code. "
      "Weak: treats it as the model's problem, not the data's.",
      T.DATA_ENGINEER),
    Q("practice-ml-roadmap", A.ML_PRACTICE,
      "How would you decide which ML projects we take on in the next six months, and which we "
      "say no to?",
      "Strong: weighs impact against feasibility and data availability, de-risks with quick "
      "baselines, sets stop criteria in advance, and ties each project to a company metric. "
      "Weak: picks the most interesting research problem.",
      T.ML_LEAD),
    Q("practice-model-in-product", A.ML_PRACTICE,
      "How would you put a model's predictions into a product feature so the product still "
      "works when the model is slow, wrong or down?",
      "Strong: timeouts, fallbacks and sensible defaults, feature flags, caching, logging "
      "predictions for later evaluation, and a user interface that handles uncertainty. Weak: "
      "assumes the model always answers, quickly and correctly.",
      T.SOFTWARE_ENGINEER),
)

_SOFTWARE: tuple[BankQuestion, ...] = (
    Q("software-code-review", A.SOFTWARE,
      "What do you look for when you review a teammate's pull request? Tell me about a review "
      "that caught something important.",
      "Strong: correctness and tests first, then clarity, interfaces and risk; a concrete catch; "
      "comments that explain why and separate blocking from optional. Weak: style nits only, or "
      "approves without running or reading closely."),
    Q("software-testing-ml-code", A.SOFTWARE,
      "How do you test code whose output is a trained model, or a number that changes from run "
      "to run?",
      "Strong: deterministic unit tests for transformations, tiny fixtures, fixed seeds and "
      "tolerances, shape and invariance checks, a smoke training run on little data, and an "
      "evaluation threshold in CI. Weak: 'ML code can't really be tested'."),
    Q("software-unfamiliar-codebase", A.SOFTWARE,
      "How do you find your way around a large code base you didn't write? Tell me about the "
      "last time you had to.",
      "Strong: runs it, reads the tests, traces one request or job end to end, uses the history "
      "(log, blame), asks targeted questions, and ships a small change early. Weak: waits for "
      "documentation, or tries to read everything from the top."),
    Q("software-broken-main", A.SOFTWARE,
      "A bad change reached the main branch and broke everyone's training jobs. Walk me through "
      "what you do, in git and with the team.",
      "Strong: reverts first to restore service, tells people, finds the cause (bisect if "
      "needed), adds a test that would have caught it, and improves the check that let it "
      "through. Weak: force-pushes over shared history or debugs in place while others wait."),
    Q("software-notebook-to-package", A.SOFTWARE,
      "A 600-line notebook produces our weekly model. How would you turn it into something the "
      "team can maintain?",
      "Strong: incremental: pins the environment, captures current outputs as a reference test, "
      "extracts functions into a module, adds configuration and a command-line entry point, and "
      "runs it in CI. Weak: a big-bang rewrite, or leaving it as it is."),
    Q("software-slow-python", A.SOFTWARE,
      "A Python data-processing step takes four hours. How do you find out why and make it "
      "faster?",
      "Strong: profiles before changing anything, then vectorises, avoids row-by-row loops, "
      "fixes data types and file formats, chunks or parallelises, and measures again. Weak: "
      "guesses, or proposes a rewrite in another language first."),
    Q("software-prediction-interface", A.SOFTWARE,
      "Design the interface other teams will call to get a prediction. What do you make "
      "configurable, and what not?",
      "Strong: explicit input and output types, versioning, clear errors, batch and single "
      "calls, backward compatibility, and a short documented contract. Weak: exposes internal "
      "objects or every model parameter."),
    Q("software-dependencies", A.SOFTWARE,
      "How do you manage Python dependencies and environments so the code still runs next "
      "year?",
      "Strong: lock files or pinned versions, container images, awareness of CUDA and driver "
      "compatibility, and scheduled upgrades checked by CI. Weak: installs the latest versions "
      "each time and fixes whatever breaks."),
    Q("software-hardest-bug", A.SOFTWARE,
      "Tell me about the hardest bug you tracked down in production. How did you find it?",
      "Strong: forms hypotheses, uses logs and metrics, reproduces locally, narrows the search "
      "step by step, and describes the root cause and the prevention. Weak: a vague story that "
      "ends with 'we restarted it and it went away'."),
    Q("software-killed-job", A.SOFTWARE,
      "A job on a cloud machine is killed halfway with nothing in your logs. What do you "
      "check?",
      "Strong: the out-of-memory killer and system logs, a full disk, spot or preemptible "
      "instances being reclaimed, time limits, and memory monitoring; adds checkpointing so it "
      "can resume. Weak: no idea where to look beyond the application's own logs."),
    Q("software-docs-and-types", A.SOFTWARE,
      "What do you put in type hints, docstrings and a README, and what do you leave out?",
      "Strong: documents contracts (units, shapes, invariants), explains why rather than what, "
      "keeps a README that gets a newcomer running, and keeps docs next to the code. Weak: "
      "either nothing at all or boilerplate that repeats the code."),
    Q("software-concurrency", A.SOFTWARE,
      "When have you used threads, processes or async code, and what went wrong?",
      "Strong: knows which suits I/O-bound and which CPU-bound work (and why in Python), and "
      "tells a real story about shared state, a race or a deadlock they debugged. Weak: used "
      "threads for CPU-bound work and never found out why it got no faster.",
      T.SOFTWARE_ENGINEER),
    Q("software-deliberate-shortcut", A.SOFTWARE,
      "Tell me about something you shipped deliberately rough to learn faster. What did you "
      "cut, and how did you pay it back?",
      "Strong: a conscious, recorded shortcut, a clear line on what is never cut (data safety, "
      "security), and the debt actually repaid. Weak: never cuts anything, or never goes "
      "back.",
      T.SOFTWARE_ENGINEER),
    Q("software-gpu-ci", A.SOFTWARE,
      "How would you set up continuous integration for a repository whose tests need a GPU?",
      "Strong: separates CPU and GPU tests, uses on-demand or self-hosted GPU runners, caches "
      "images, runs GPU suites on labels or nightly, and sets timeouts and cost limits. Weak: "
      "every push on an expensive machine, or GPU tests silently skipped.",
      T.MLOPS),
    Q("software-sql-latest", A.SOFTWARE,
      "Talk me through a SQL query returning each customer's latest order and their order "
      "count. What would make it slow on a billion rows?",
      "Strong: a window function or an aggregate joined back, correct handling of ties, then "
      "partitioning, indexes or clustering and reading the query plan. Weak: a correlated "
      "subquery with no sense of its cost.",
      T.DATA_ENGINEER),
    Q("software-research-habits", A.SOFTWARE,
      "Which engineering habits have you brought into your research or analysis work, and "
      "which ones didn't pay off there?",
      "Strong: version control, functions instead of copied cells, small tests on data "
      "transformations, reviews of analysis code; honest about when throwaway code is fine. "
      "Weak: dismisses engineering practice entirely, or claims perfect practice with no "
      "example.",
      T.DATA_SCIENTIST),
)

_THEORY: tuple[BankQuestion, ...] = (
    Q("theory-bias-variance", A.THEORY,
      "Explain the bias-variance trade-off, then show me how it appeared in a model you "
      "trained.",
      "Strong: connects underfitting and overfitting to learning curves and to concrete fixes "
      "(capacity, regularisation, more data), and knows large networks complicate the classic "
      "picture. Weak: recites the definition but cannot use it to diagnose a model."),
    Q("theory-attention-qkv", A.THEORY,
      "In a transformer's attention layer, what do the queries, keys and values represent, and "
      "why scale the scores by the square root of the dimension?",
      "Strong: a query is what a position looks for, a key what each position offers to be "
      "matched on, a value the content passed on; softmax of query-key dot products weights "
      "the values; scaling keeps the scores' spread in check so softmax does not saturate. "
      "Weak: can name Q, K and V but not the computation."),
    Q("theory-p-value", A.THEORY,
      "What is a p-value, and what is it not? Give an example of one being misused.",
      "Strong: the probability of data at least as extreme as observed if the null hypothesis "
      "were true; not the probability that the null is true, nor a measure of effect size; "
      "cites peeking or many comparisons as misuse. Weak: 'the chance the result is due to "
      "luck'."),
    Q("theory-l1-l2", A.THEORY,
      "What do L1 and L2 regularisation do to a model's weights, and when would you prefer "
      "one over the other?",
      "Strong: L1 drives weights to exactly zero (sparsity, feature selection), L2 shrinks them "
      "smoothly; links them to Laplace and Gaussian priors, and may note that weight decay and "
      "L2 differ under Adam. Weak: only 'they prevent overfitting'."),
    Q("theory-optimisers", A.THEORY,
      "Why train with stochastic gradient descent rather than the full gradient, and what do "
      "momentum and Adam add?",
      "Strong: cost per step and useful noise, momentum as smoothing across steps, Adam's "
      "per-parameter step sizes from running moment estimates, and why warm-up and learning "
      "rate schedules help. Weak: names the optimisers without saying what they do."),
    Q("theory-cross-entropy", A.THEORY,
      "Why is cross-entropy the usual loss for classification rather than squared error?",
      "Strong: it is the negative log-likelihood of a categorical model, its gradient through a "
      "softmax does not vanish when the model is confidently wrong, and it rewards calibrated "
      "probabilities. Weak: 'it's the default in the library'."),
    Q("theory-pca", A.THEORY,
      "What does PCA compute in linear-algebra terms, and when would it mislead you?",
      "Strong: eigenvectors of the covariance matrix, or the SVD of centred data, ordered by "
      "explained variance; warns about feature scaling, linearity, and high variance not "
      "meaning relevance. Weak: 'it reduces dimensions' and no more."),
    Q("theory-calibration", A.THEORY,
      "A model outputs 0.9. What would it mean for it to be well calibrated, and how would you "
      "check and fix it?",
      "Strong: among cases scored 0.9, about 90% are positive; checks with a reliability "
      "diagram or calibration error on held-out data, fixes with temperature, Platt or "
      "isotonic scaling, and says why decisions depend on it. Weak: confuses calibration with "
      "accuracy."),
    Q("theory-validation-schemes", A.THEORY,
      "How do you choose between k-fold cross-validation and a single hold-out set, and what "
      "changes for time series or grouped data?",
      "Strong: weighs data size and the variance of the estimate, uses grouped splits when "
      "examples share a source, and forward-in-time splits for time series to avoid leakage. "
      "Weak: random splits on everything."),
    Q("theory-bayes-base-rate", A.THEORY,
      "Explain Bayes' theorem with an example where ignoring the base rate gives the wrong "
      "answer.",
      "Strong: a worked example (a rare condition and an accurate test) with a rough numerical "
      "answer, and a link to a real decision such as alert thresholds. Weak: states the formula "
      "but cannot apply it."),
    Q("theory-embeddings", A.THEORY,
      "What is an embedding, and why does cosine similarity between embeddings often mean "
      "something?",
      "Strong: a learned dense representation whose training objective places similar inputs "
      "close together; discusses normalisation and where similarity breaks (domain shift, "
      "objectives that don't match the task). Weak: 'it's a vector of numbers'."),
    Q("theory-deep-training", A.THEORY,
      "Why were deep networks once hard to train, and which ideas made them trainable?",
      "Strong: vanishing and exploding gradients from long chains of products, then careful "
      "initialisation, ReLU-like activations, normalisation layers and residual connections, "
      "with a sentence on why each helps. Weak: 'more data and GPUs'."),
    Q("theory-nonconvex", A.THEORY,
      "What makes an optimisation problem convex, and why do neural networks train well even "
      "though their loss is not?",
      "Strong: defines convexity and why it guarantees a global minimum; for networks, "
      "mentions saddle points, over-parameterisation and many equally good minima, and admits "
      "what is not fully understood. Weak: unsure what convex means."),
    Q("theory-ab-test-design", A.THEORY,
      "Design an A/B test for a change to our ranking: what unit do you randomise, how long do "
      "you run it, and how do you decide?",
      "Strong: randomises by user rather than request, fixes the primary metric and guardrails "
      "beforehand, sizes the test from the smallest effect worth detecting, covers weekly "
      "cycles, and avoids peeking or uses a sequential method. Weak: runs it until it looks "
      "significant.",
      T.DATA_SCIENTIST),
    Q("theory-causation", A.THEORY,
      "Users who use feature X churn less. Can we conclude X reduces churn? What would you do "
      "next?",
      "Strong: names confounding and self-selection, proposes an experiment where possible, "
      "otherwise a quasi-experimental design (difference in differences, matching) with its "
      "assumptions spelled out. Weak: says yes.",
      T.DATA_SCIENTIST),
    Q("theory-paper-critique", A.THEORY,
      "Tell me about a recent paper you read closely. What did it claim, how convincing was "
      "the evidence, and would it work on our data?",
      "Strong: states the claim and setup precisely, judges the baselines, ablations and "
      "statistics, and reasons about what would transfer to our setting. Weak: knows the "
      "abstract and the headline number only.",
      T.ML_LEAD),
)

_SYSTEMS: tuple[BankQuestion, ...] = (
    Q("systems-batch-vs-streaming", A.SYSTEMS,
      "When would you compute features in batch and when in a stream? What does each cost "
      "you?",
      "Strong: lets the freshness the product needs decide, weighs operational complexity and "
      "cost, keeps training and serving consistent, and starts with batch unless there is a "
      "reason. Weak: streams everything because it sounds modern."),
    Q("systems-model-versioning-serving", A.SYSTEMS,
      "How would you version models and serve them so you can roll back within minutes?",
      "Strong: immutable versions in a registry linked to code, data and configuration, the "
      "environment packaged with the model, canary or shadow releases, and rollback by "
      "switching a pointer. Weak: overwrites model.pkl on the server."),
    Q("systems-retraining-design", A.SYSTEMS,
      "Design how a model gets retrained: on a schedule, on a trigger, or by hand? What checks "
      "stand between a new model and production?",
      "Strong: picks the trigger from how fast the data changes, evaluates on a fixed set and "
      "fresh data, compares against the live model, keeps a human approval for large changes, "
      "and releases gradually. Weak: retrains nightly and deploys automatically with no "
      "checks."),
    Q("systems-production-monitoring", A.SYSTEMS,
      "Beyond uptime and latency, what would you monitor for a model in production?",
      "Strong: input drift, the distribution of predictions, data quality, quality metrics "
      "once delayed labels arrive, per-segment views, and alerts that reach a named owner. "
      "Weak: only accuracy, which is rarely observable in real time."),
    Q("systems-training-serving-skew", A.SYSTEMS,
      "What is training/serving skew, and how would you design a pipeline so it cannot creep "
      "in?",
      "Strong: the same transformation code for both paths (a shared library or feature "
      "store), logging served features to build future training sets, and automated "
      "comparisons between the two. Weak: cannot describe a concrete source of skew."),
    Q("systems-end-to-end-design", A.SYSTEMS,
      "Sketch a system where customers upload documents and get them classified: from "
      "ingestion to prediction to collecting feedback.",
      "Strong: names components, storage, queues and idempotent processing, states scale "
      "assumptions, and shows where labels and corrections come from to improve the model. "
      "Weak: draws one box labelled 'model'."),
    Q("systems-personal-data", A.SYSTEMS,
      "We handle customers' personal data. How does that change how you store training data, "
      "train models and log predictions?",
      "Strong: data minimisation, access control, pseudonymisation, retention and deletion "
      "that reach training sets and logs, data residency, and keeping personal data out of "
      "logs. Weak: has not thought about it."),
    Q("systems-inference-scale", A.SYSTEMS,
      "Traffic grows twenty-fold next month. How do you keep inference latency and cost under "
      "control?",
      "Strong: measures where time goes, then batches requests, autoscales, caches, "
      "quantises or distils, picks hardware to match, and moves non-urgent work to queues. "
      "Weak: buys more GPUs."),
    Q("systems-pipeline-orchestration", A.SYSTEMS,
      "How would you orchestrate a daily ingest, clean, train and evaluate pipeline so a "
      "failure at step three doesn't corrupt anything?",
      "Strong: a dependency graph of idempotent tasks, atomic writes to dated partitions, "
      "retries, safe reruns and backfills, and alerts on failure. Weak: cron jobs sharing files "
      "that can be half-written."),
    Q("systems-node-failure", A.SYSTEMS,
      "In a training job spread over many machines, one node dies at hour ten. What should "
      "happen?",
      "Strong: regular checkpoints with a reasoned frequency, resuming from the last one, "
      "elastic or restartable jobs, and planning for spot interruptions. Weak: starts again "
      "from zero."),
    Q("systems-reproducible-environments", A.SYSTEMS,
      "Set things up so a new hire can run training on day one and CI uses exactly the same "
      "environment. How?",
      "Strong: container images built in CI from lock files, pinned CUDA and drivers, an image "
      "registry, dev containers or a one-command setup, and short documentation. Weak: a wiki "
      "page of manual install steps.",
      T.MLOPS),
    Q("systems-gpu-cost-alerts", A.SYSTEMS,
      "Someone left eight GPUs running over a long weekend. How would you make sure we find "
      "out within an hour next time, and stop it happening?",
      "Strong: budgets and spend alerts, resources tagged by owner, idle detection with "
      "automatic shutdown, quotas, and a dashboard people actually look at; no blame. Weak: "
      "'tell people to be careful'.",
      T.MLOPS),
    Q("systems-partner-ingestion", A.SYSTEMS,
      "Five partners send daily files in different formats, sometimes late, sometimes with "
      "changed columns. Design the ingestion.",
      "Strong: lands raw files unchanged, validates schemas against agreed contracts, "
      "quarantines bad files, handles late data, loads idempotently, records lineage and "
      "alerts the right person. Weak: one script that breaks silently.",
      T.DATA_ENGINEER),
    Q("systems-data-quality-gates", A.SYSTEMS,
      "How do you catch bad data before it reaches a training run?",
      "Strong: automated checks on row counts, nulls, ranges and distributions against "
      "history, a decision to fail or quarantine, and an owner for each check. Weak: finds out "
      "when the model gets worse.",
      T.DATA_ENGINEER),
    Q("systems-backfill", A.SYSTEMS,
      "A bug in a transformation produced wrong values for three weeks. How do you repair the "
      "data and everything downstream?",
      "Strong: fixes and tests the code, uses lineage to find affected partitions and "
      "consumers, backfills idempotently, retrains or notifies where needed, and writes up what "
      "happened. Weak: patches today's data and moves on.",
      T.DATA_ENGINEER),
    Q("systems-build-or-buy", A.SYSTEMS,
      "At our size, what would you build ourselves for our ML platform and what would you buy "
      "or rent? When would you revisit that?",
      "Strong: reasons from team size, core competence, cost and lock-in, prefers managed "
      "services for undifferentiated work, and names signals that would change the decision. "
      "Weak: builds everything in-house, or follows one vendor on principle.",
      T.ML_LEAD),
    Q("systems-background-jobs", A.SYSTEMS,
      "Design a background job system for long-running tasks, such as processing an uploaded "
      "file, with retries and progress reporting.",
      "Strong: a queue with idempotent workers, at-least-once delivery handled explicitly, "
      "a dead-letter path, stored status and progress, and timeouts. Weak: runs the work inside "
      "the web request.",
      T.SOFTWARE_ENGINEER),
)

_CULTURE: tuple[BankQuestion, ...] = (
    Q("culture-disagreement", A.CULTURE,
      "Tell me about a time you disagreed with a technical decision made by a teammate or "
      "manager. What did you do, and how did it end?",
      "Strong: a specific case, argued with evidence, then either changed minds or disagreed "
      "and committed, with the working relationship intact. Weak: no example, or a story in "
      "which everyone else was foolish."),
    Q("culture-unasked-fix", A.CULTURE,
      "Tell me about something you fixed or built that nobody asked you to. Why did you do it, "
      "and what came of it?",
      "Strong: noticed a real problem, acted in proportion to it, told the people affected, and "
      "can point to the result. Weak: nothing comes to mind, or a pet project that ignored the "
      "team's priorities."),
    Q("culture-failed-project", A.CULTURE,
      "Tell me about a project of yours that failed or was cancelled. What was your part in "
      "it, and what do you do differently now?",
      "Strong: owns their share plainly and names a concrete change in how they work since. "
      "Weak: the failure was entirely someone else's fault, or there was no lesson."),
    Q("culture-explain-limitation", A.CULTURE,
      "Tell me about a time you had to explain a model's limitation to someone non-technical "
      "who was about to rely on it. How did you do it?",
      "Strong: adapted the language, used concrete examples of failure, checked understanding, "
      "and the conversation led to a decision. Weak: jargon, or 'they just didn't get it'."),
    Q("culture-vague-goal", A.CULTURE,
      "Describe a time you started with a vague goal and nobody available to ask. How did you "
      "decide what to do first?",
      "Strong: wrote down assumptions, found someone who owned the outcome, took a small first "
      "step and checked back early. Weak: waited for instructions, or built the wrong thing "
      "for weeks."),
    Q("culture-feedback-received", A.CULTURE,
      "Tell me about the most useful critical feedback you've received at work. What did you "
      "change afterwards?",
      "Strong: specific feedback, received without defensiveness, and a change others could "
      "observe. Weak: a disguised boast ('I work too hard') or nothing changed."),
    Q("culture-helped-teammate", A.CULTURE,
      "Tell me about a time you helped a teammate succeed at some cost to your own work.",
      "Strong: a concrete situation, a deliberate choice about the trade-off, and an outcome "
      "for the teammate. Weak: helping only when it was convenient, or no example."),
    Q("culture-tight-deadline", A.CULTURE,
      "Tell me about a time you had to deliver much faster than you wanted. What did you cut, "
      "and what did you refuse to cut?",
      "Strong: explicit trade-offs, risks communicated up front, and a follow-up on what was "
      "deferred. Weak: cut corners silently, or missed the deadline without warning anyone."),
    Q("culture-self-taught", A.CULTURE,
      "Tell me about the last technical thing you taught yourself from scratch. How did you go "
      "about it, and how did you know you had learned it?",
      "Strong: a concrete topic, a structured approach, and something built or used at the end. "
      "Weak: 'I read a lot' with no example."),
    Q("culture-written-collaboration", A.CULTURE,
      "Tell me about a collaboration across time zones, or mostly in writing, that went well or "
      "badly. What did you do to make it work?",
      "Strong: written updates and decisions, documentation others could act on, deliberate use "
      "of overlapping hours. Weak: relies on being asked, or on meetings only."),
    Q("culture-own-mistake", A.CULTURE,
      "Tell me about a mistake of yours that affected users or colleagues. How did you find out, "
      "and what did you do in the first hour?",
      "Strong: told people quickly, limited the damage, fixed the cause, and shared what they "
      "learned. Weak: hid it, played it down, or claims never to have made one."),
    Q("culture-best-team", A.CULTURE,
      "Think of the team where you did your best work. What did you and the others do, day to "
      "day, that made it work?",
      "Strong: specific practices (how decisions, reviews, planning or help happened) and their "
      "own part in them, which reveals their preferred pace and autonomy. Weak: generic praise "
      "of 'great people' with no behaviour described."),
    Q("culture-negative-result", A.CULTURE,
      "Tell me about an experiment whose result disappointed a stakeholder. How did you report "
      "it?",
      "Strong: reported it plainly with its uncertainty, proposed next steps, and held the line "
      "under pressure to find a positive slice. Weak: kept slicing the data until something "
      "looked significant.",
      T.DATA_SCIENTIST),
    Q("culture-fractional-handover", A.CULTURE,
      "Tell me about an engagement where you worked part-time or as a contractor. How did you "
      "keep the team unblocked on your days off?",
      "Strong: runbooks and written handovers, clear availability, decisions documented, and "
      "the team left able to operate without them. Weak: knowledge lived in their head.",
      T.MLOPS),
    Q("culture-broke-consumer", A.CULTURE,
      "Tell me about a time a change you made to a dataset broke someone else's work. How did "
      "you learn of it, and what do you do differently now?",
      "Strong: fixed it with the affected people, then introduced change notices, versioned "
      "schemas or contracts. Weak: the consumers should have coped.",
      T.DATA_ENGINEER),
    Q("culture-grew-someone", A.CULTURE,
      "Tell me about someone you mentored or managed who grew a lot. What did you do, "
      "concretely, and what would they say about you?",
      "Strong: specific actions (stretch work, regular feedback, cover when things went wrong) "
      "and a visible result for that person. Weak: takes credit without describing what they "
      "did.",
      T.ML_LEAD),
    Q("culture-underperformance", A.CULTURE,
      "Tell me about a time someone on your team was underperforming. What did you do, and what "
      "happened?",
      "Strong: raised it early and directly, set clear expectations and support, followed up, "
      "and handled the outcome with care either way. Weak: avoided it for months, or removed "
      "the person without ever telling them.",
      T.ML_LEAD),
)

#: The starter bank, grouped by axis in the order of :class:`Axis`.
STARTER_BANK: tuple[BankQuestion, ...] = (
    _ML_PRACTICE + _SOFTWARE + _THEORY + _SYSTEMS + _CULTURE
)


def questions_for(axis: Axis, track: Track | None = None) -> tuple[BankQuestion, ...]:
    """The starter questions for one axis, in bank order.

    With a track: the general questions plus those written for that track (other tracks'
    specific questions are left out). Without a track: every question on the axis.
    """
    return tuple(
        q for q in STARTER_BANK
        if q.axis == axis and (track is None or q.track is None or q.track == track)
    )


def bank_question(key: str) -> BankQuestion:
    """The starter question with this key (KeyError if there is none)."""
    for q in STARTER_BANK:
        if q.key == key:
            return q
    raise KeyError(key)
