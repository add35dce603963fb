"""The minimiser, the worrier and the patient's usual (round 48), and the short vignette (round 47):
what the patient fears is not what they have; what they play down still counts; an old deficit is old."""

from __future__ import annotations

import pytest

from assistant.clinical.engine import get_engine
from assistant.clinical.extraction import extract


def _assess(text: str):  # noqa: ANN202
    return get_engine().assess_text(text)


def _fired(text: str) -> set[str]:
    return {r.id for r in _assess(text).red_flags}


@pytest.mark.parametrize(
    "text",
    [
        # the feared diagnosis is doubted, not said
        "24岁女，全身起疙瘩，我以为要过敏性休克了，吓得都哭了。嘴唇舌头不肿，没有喘息、呼吸困难，血压118/74。",
        # the worst pain ever, in the abdomen, is no thunderclap
        "女，15岁。妈妈：'她肚子疼得满床打滚，说是这辈子最疼的一次。'月经第一天，下腹正中痉挛样痛，每次来月经都疼。",
        # the worst headache of her life, but it built up over hours: a migraine, not a thunderclap
        "28-year-old woman: 'worst headache of my life.' It built up over a couple of hours this morning after "
        "20 minutes of zigzag lights, now throbbing and right-sided with nausea. Same pattern as her migraines.",
        # a parent's blindness is the reason for worry, not the patient's own
        "62-year-old woman: 'I'm terrified, my mum lost the sight in one eye.' A new floater and brief flashes in "
        "the right eye for two days; acuity 6/6, fields full.",
        # blood on the urine dipstick is no haematemesis
        "40M, sudden colicky left loin pain to the groin; he vomited once and the urine dip shows blood. HR 88, BP 138/84.",
        "男，35岁，突然右侧腰部绞痛，往大腿根放射，吐了一次，小便带血色。",
        # an old stroke's deficits, 'always' a little slurred
        "男，72岁，2019年脑出血后遗留左侧偏瘫、说话一直有点含糊。这次流鼻涕、嗓子疼3天，和去年随访完全一样。",
        # a TIA told as gone by the time help came
        "62F, yesterday 20 minutes of numbness and clumsiness in the right hand and her words came out jumbled. "
        "It had completely gone by the time he found the phone. Today full power, speech normal.",
    ],
)
def test_not_an_emergency(text: str) -> None:
    a = _assess(text)
    assert a.triage.level != "emergency", [r.id for r in a.red_flags]


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("66M assumed it was his old vertigo. Forty minutes ago he suddenly couldn't stand or walk without falling "
         "to the left, seeing double, vomiting; never been this unsteady before.", "stroke_sudden_balance_or_vision"),
        ("女，80岁，房颤吃华法林。'就在家里门框上碰了一下头，不碍事。'额头起了个包，今天头有点疼。", "head_injury_referral"),
        ("Epileptic, 'this is his usual', but three tonic-clonic seizures in the last hour and he hasn't come round "
         "properly in between.", "prolonged_or_repeated_seizure"),
        ("79F, previous hysterectomy, colicky abdominal pain and vomiting for a day, no wind or stool since yesterday.",
         "bowel_obstruction_suspected"),
        ("25F, positive pregnancy test, left lower abdominal pain and tenderness, shoulder tip pain.",
         "ectopic_pregnancy_suspected"),
        ("女，46岁，举杠铃时后脑勺像被铁锤砸了一下，一秒就痛到顶。她说'这辈子没这么痛过'。", "thunderclap_headache_sah"),
        # round 49: the timeline
        ("男宝，4个月。今天早上喘得厉害，鼻翼扇动，吸气时肋骨下面往里凹，呼吸72次/分，指脉氧88%。",
         "infant_severe_respiratory_distress"),
        ("男，47岁，这半年睡不好、吃不下、对什么都没兴趣。周三在网上查哪种药吃了死得快，药已经攒了两瓶。",
         "suicide_imminent_risk"),
    ],
)
def test_still_an_emergency(text: str, rule: str) -> None:
    assert rule in _fired(text)


def test_never_this_bad_before_is_not_a_denial() -> None:
    assert extract("he has never been this unsteady, can't walk without falling").findings["ataxia"].status == "present"


def test_a_list_after_history_runs_into_today_only_with_its_own_recent_duration() -> None:
    assert "chest_pain" not in extract("History of chest pain 3 weeks ago, fine since.").findings
    assert extract("previous hysterectomy, abdominal pain and vomiting for a day").findings["vomiting"].status == "present"


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # round 50: units and formats
        ("57岁男，糖尿病。左大腿外侧红肿2天，痛得厉害，跟皮肤表现完全不相称，今天出了暗紫色大疱，按上去有捻发感。",
         "necrotising_fasciitis_suspected"),
        ("49岁男，每天喝52度白酒大约1斤。3天前自己戒酒，今晚说墙上有虫子爬，胡言乱语。", "alcohol_withdrawal_delirium_or_wernicke"),
    ],
)
def test_units_round_emergencies(text: str, rule: str) -> None:
    assert rule in _fired(text)


def test_a_low_treated_with_sweets_is_not_an_emergency() -> None:
    text = "67岁男，吃格列齐特。今天心慌、手抖、出汗，测血糖3.6 mmol/L，吃了4块糖，15分钟后复测6.1 mmol/L，现在一切正常。"
    assert _assess(text).triage.level != "emergency"


def test_a_hernia_that_comes_out_on_coughing_is_not_a_cough() -> None:
    a = _assess("我右边大腿根有个包，站久了、咳嗽就鼓出来，躺下一推就回去了，不痛。")
    assert a.differential[0].id == "inguinal_hernia"
    assert a.triage.level == "routine"


def test_a_screening_programme_is_no_aneurysm() -> None:
    text = "67M, AAA screening last month: aorta 2.6 cm, told normal. Now 4 days of low back ache after digging."
    assert "suspected_ruptured_aaa" not in _fired(text)


def test_a_plan_found_on_a_questionnaire_and_saved_tablets() -> None:
    text = "PHQ-9 24/27, item 9 scored 3. 43M has been looking up how many of his amitriptyline would be fatal and has saved 2 boxes."
    assert "suicide_imminent_risk" in _fired(text)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # round 56: the patient speaks for themself
        ("I'm 66 and I've had a water infection for a few days. Since last night I've been shaking uncontrollably. "
         "My smart watch says my heart rate is 134, and my knees have gone blotchy and purplish.", "sepsis_nice_high_risk"),
        ("I'm fourteen. I woke up with a really bad pain in my left ball that came on all of a sudden, and I've been sick.",
         "testicular_torsion_suspected"),
        ("Me and both my kids have had headaches and felt sick for a week, worse at home. The gas boiler's flame's gone orange.",
         "carbon_monoxide_poisoning_suspected"),
        ("我怀孕三十二周了。今天中午肚子突然疼起来，摸着肚子硬得跟木板一样，下面出了些暗红色的血。", "antepartum_haemorrhage"),
        ("我这半年心情一直很差，觉得活着就是拖累家里。前两天我在网上买了烧炭用的东西，藏在车后备箱里了。", "suicide_imminent_risk"),
    ],
)
def test_first_person_emergencies(text: str, rule: str) -> None:
    assert rule in _fired(text)


def test_i_dont_get_sweaty_is_a_denial() -> None:
    text = ("I'm 45. For a month a burning feeling behind my breastbone after a big dinner, antacids help. "
            "I don't get sweaty or short of breath with it.")
    assert _assess(text).triage.level != "emergency"
