/// The places where the documents disagree, one block per disagreement; docs/dataset.md
/// describes the fields.
let disagreementData = #"""
    id: arr_growth_multiple
    kind: value
    rows: anthropic.arr_growth_claim, article.anthropic_arr_start, article.anthropic_arr_now
    differs: The article's "10x" does not follow from its own endpoints: ~$9B to $35–45B is 3.9x to 5x.

    id: arr_target_vs_reached
    kind: status
    rows: anthropic.arr_target, article.anthropic_arr_now
    differs: The summary calls $35-45B a "targeted" ARR, a goal; the article says Anthropic revenue "has 10x’d ... to $35–45B ARR", i.e. already reached.

    id: output_people_vs_multiple
    kind: value
    rows: quote.output_per_person, semianalysis.output_per_person, article.token_output_multiple
    differs: Patel's words and the summary put one Claude Code user at the work of 5 to 15 people; the article's output multiple is 5–10×, so its top end is 10 where the interview's is 15.

    id: malcolm_department_vs_economists
    kind: reading
    rows: labor.malcolm_department_size, article.malcolm_economists
    differs: The summary compares Malcolm's work to "a 200-person economics department"; the article turns that into "200 economists", though a department of 200 people need not be 200 economists.

    id: tsmc_capex_bound
    kind: hedge
    rows: quote.tsmc_capex, tsmc.capex_2028, references.tsmc_capex, article.tsmc_capex_2028
    differs: Patel's words ("hundred billion") and the summary give $100B as the amount; the article writes "$100B+", turning it into an open-ended lower bound.

    id: useful_life_bound
    kind: hedge
    rows: hardware.useful_life_after, summary.useful_life, article.hardware_useful_life
    differs: The summary gives a closed 7 or 8 (7-8) years; the article writes "7–8+ years", open-ended, and pins it on H100 clusters where the summary names A100 and older Hopper units.

    id: robotics_window_vs_2027
    kind: period
    rows: robotics.breakthrough_window, article.robotics_window, article.robotics_window_year
    differs: 6–18 months from the April 2026 interview runs Oct 2026 to Oct 2027; the article's gloss "(anytime in 2027)" drops Oct–Dec 2026 and adds Nov–Dec 2027.

    id: protest_deadline
    kind: period
    rows: society.protest_window, article.protest_window, article.unrest_deadline, bottomline.crisis_window
    differs: "Within 3 months" of the April 2026 interview means by about July 2026; the article's heading moves it to "by the Fall of 2026" (as late as November), and the summary's AI bottom line says "within the next quarter", which read as the next calendar quarter is Q3 2026 (to the end of September).

    id: grid_mapper_jeremy_vs_malcolm
    kind: attribution
    rows: labor.jeremy_duration, labor.jeremy_daily_spend, table.peak_token_spend, article.malcolm_headcount, article.malcolm_time_taken
    differs: The summary credits the map of every US power plant and transmission line to Jeremy (three weeks at $6,000 a day); the article credits "a full US energy-grid mapping" to Malcolm, single-handedly and in weeks, alongside his 2,000-task benchmark.

    id: spend_baseline_year
    kind: period
    rows: semianalysis.spend_2023, article.semianalysis_spend_last_year
    differs: The summary dates the tens-of-thousands-of-dollars spend to 2023; the article says "last year", which for an April 2026 interview is 2025.

    id: lab_cost_few_vs_couple
    kind: value
    rows: semianalysis.lab_claude_cost, article.lab_claude_cost
    differs: The summary says "a few thousand dollars" ($2k to $5k); the article says "a couple thousand dollars" ($2k), the bottom of that range.

    id: malcolm_time_few_weeks_vs_weeks
    kind: reading
    rows: labor.malcolm_time_taken, article.malcolm_time_taken
    differs: The summary says "just a few weeks" (2-5 weeks); the article says only "in weeks" (2-9 weeks), a looser and longer reading.

    id: arr_start_hedge
    kind: hedge
    rows: anthropic.arr_start, article.anthropic_arr_start
    differs: The summary gives "an initial $9 billion" with no hedge; the article writes "~$9B", approximate.

    id: chip_life_3_vs_7_8_years
    kind: value
    rows: hardware.chip_retirement_cycle, comment.chip_replacement_cycle, hardware.useful_life_before, hardware.useful_life_after, summary.useful_life, article.hardware_useful_life
    differs: The reader has chips retired and replaced every 3 years; Patel says previous-generation clusters were assumed to last 5 years and now last 7 or 8 years (7–8+ in the article).

    id: tsmc_timing_hedge
    kind: hedge
    rows: quote.tsmc_capex_horizon, quote.tsmc_capex_year, tsmc.capex_2028, article.tsmc_capex_2028
    differs: Patel hedges the timing ("maybe two years from now", i.e. about Apr 2028) before saying "in 2028"; the summary states it flatly as "by 2028" with "Patel projects", and the article as "in 2028", with no "maybe".

    id: replaced_team_semianalysis_vs_intel
    kind: attribution
    rows: semianalysis.lab_replaced_team, article.lab_replaced_team
    differs: The summary says the app replaced "a full, highly-paid engineering team's job", in context the work of SemiAnalysis's own 1.5-year hardware lab; the article says it "previously required an entire Intel team", though only the builder is said to be ex-Intel.

    id: malcolm_tasks_hedge
    kind: hedge
    rows: labor.malcolm_tasks, labor.malcolm_tasks_title, article.malcolm_tasks
    differs: The anecdote body says "over 2,000" BLS tasks; its own title and the article say 2,000 with no bound.

    id: margin_floor_vs_open
    kind: hedge
    rows: anthropic.gross_margin_now, article.anthropic_margin
    differs: The summary gives "a floor of 72%"; the article gives "72%+ (possibly higher)" and dates it "now". Both are lower bounds, but the article adds the "possibly higher" hedge.

    id: memory_price_baseline
    kind: reading
    rows: memory.price_increase, article.memory_price_increase
    differs: The summary has memory prices doubling or tripling "from current levels"; the article says they "will double or triple again", implying an earlier 2-3x rise that the summary does not mention.

    id: l6_attribution
    kind: attribution
    rows: summary.mythos_level, anthropic.mythos_level, references.l6_level
    differs: The executive and thematic summaries credit L6 capability to the unreleased Mythos model (at 00:17:00); the references credit "L4/L6 level coding capabilities" to Claude Opus 4.6 & 4.7 as used at SemiAnalysis, at 00:01:26.

    id: l4_target_vs_reached
    kind: status
    rows: anthropic.l4_target, references.l4_level
    differs: The thematic summary gives L4 as Anthropic's target for the end of 2025; the references present L4 as a capability already "resulting" from Claude Opus use at SemiAnalysis, with no date.

    id: six_to_18_months_topic
    kind: attribution
    rows: robotics.breakthrough_window, article.robotics_window, article.token_demand_window
    differs: In the interview the 6 to 18 months is the window for robotics breakthroughs; the article's bottom line reuses "the next 6–18 months (and beyond)" as the horizon of unlimited token demand.

    id: jeremy_daily_vs_peak
    kind: reading
    rows: labor.jeremy_daily_spend, table.peak_token_spend
    differs: The anecdote gives $6,000 a day as Jeremy's spend rate over three weeks; the data table labels the same $6,000 / Day a "Peak Individual Token Spend", a maximum rather than a rate.

    id: token_spend_scope
    kind: reading
    rows: semianalysis.token_spend, summary.token_spend, article.semianalysis_token_spend
    differs: The thematic summary gives a $7M annualized spend rate on Claude Code by April 2026; the executive summary says only "$7 million token spend" (no "annualized", no date), and the article widens it to all "AI spend" as a run-rate "right now".

    id: implementation_zero_vs_essentially_free
    kind: hedge
    rows: concepts.implementation_cost_zero, concepts.implementation_free
    differs: The same key concept says implementation "has fallen to zero cost" and then that it is "essentially free", i.e. approximately rather than exactly $0.

    id: incumbents_vs_one_company
    kind: reading
    rows: labor.competitor_headcount_title, labor.competitor_headcount
    differs: The anecdote title pits Jeremy against "The 100-Person Incumbents" (plural); the body has one specialized competitor company with 100 employees.
    """#
