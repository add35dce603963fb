"""The doctor thinks aloud (round 57) and the visit after a procedure or a birth (round 58): what the
doctor weighs, rules out or warns about is not what the patient has; a device fitted is no fit. Then
one section for each later pair of blind rounds (59 onwards): what its first run missed."""

from __future__ import annotations

import pytest

from assistant.clinical.engine import get_engine
from assistant.clinical.extraction import extract


def _present(text: str) -> set[str]:
    return {f.id for f in extract(text).findings.values() if f.status == "present"}


def _status(text: str, finding: str) -> str | None:
    f = extract(text).findings.get(finding)
    return None if f is None else f.status


def _assess(text: str):  # noqa: ANN202
    return get_engine().assess_text(text)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # the advice at the end of a note is what to watch for
        ("反复胸骨后烧灼感三个月，伴反酸。没有出汗、气短。如果出现活动后胸痛或出汗再来。", "sweating"),
        ("全身起风团，嘴唇舌头不肿。交代一旦出现呼吸困难或者嘴唇舌头肿马上打120。", "tongue_swelling"),
        ("腰扭了两天，没有马鞍区麻木，讲清楚如果出现排尿困难或者会阴部发麻要马上去急诊。", "urinary_retention"),
        # a diagnosis the doctor weighed and set aside
        ("凌晨突发右侧腰部绞痛。我顺便想了一下腹主动脉瘤，但他34岁，腹部没有搏动性包块。", "known_aaa"),
        ("Sudden right loin pain to the groin. I briefly considered an aortic aneurysm, but he is 30.", "known_aaa"),
        # a picture that fits, a coil fitted: no seizure
        ("Third panic episode this month; ECG normal. Fits panic disorder - talked through CBT.", "seizure"),
        ("23-year-old had a copper coil fitted 12 days ago, now lower abdominal pain.", "seizure"),
    ],
)
def test_weighed_warned_or_fitted_is_not_present(text: str, finding: str) -> None:
    assert finding not in _present(text)


@pytest.mark.parametrize(
    "text",
    ["She's thought about ending her life.", "He has thought about suicide.", "I thought about killing myself",
     "has considered suicide", "我想过结束自己的生命"],
)
def test_a_thought_of_suicide_is_not_a_doctor_weighing(text: str) -> None:
    assert _present(text) & {"suicidal_thoughts", "suicide_plan"}


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # a relative named as the object of what the patient did is not the one with the pain
        ("I bent down to pick up my little sister and got a sudden horrible pain low down on the right.",
         "unilateral_pelvic_pain"),
        ("3 fits today, each with jerking of all four limbs", "seizure"),
        ("had a fit with jerking", "seizure"),
        # a pause in Chinese speech, wherever it falls
        ("两周前……拉过肚子，这三天脚麻", "recent_viral_illness"),
        ("宝宝发烧39度，刚才手脚……抽了一分钟，自己停了", "seizure"),
        # a new subject and verb end a denial ("isn't related to chewing and she's grey and clammy")
        ("I thought dental at first, but it isn't related to chewing and she's grey and clammy.", "sweating"),
        # lochia said in two parts
        ("Over two days her lochia has turned offensive-smelling.", "offensive_lochia"),
        ("产后10天，恶露又多了", "increased_lochia"),
        ("emergency caesarean for failure to progress 12 days ago", "recent_childbirth"),
    ],
)
def test_said_in_these_words_is_present(text: str, finding: str) -> None:
    assert finding in _present(text)


def test_about_a_minute_is_no_side() -> None:
    case = extract("宝宝发烧，刚才抽了一分钟左右，全身的")
    assert all(f.laterality is None for f in case.findings.values())
    assert extract("左侧胸痛三天左右").findings["chest_pain"].laterality == "left"


ROUND_57_58_EMERGENCIES = [
    "71-year-old woman came in about her jaw: aching along the left jaw and down the inside of the left arm for "
    "the past hour. She's sweating and feels sick. I thought dental at first, but it isn't related to chewing "
    "and she's grey and clammy.",
    "Tonic-clonic seizure in our waiting room - started 10:12, still generalised jerking at 10:19 with no "
    "recovery in between.",
    "39-year-old woman, L4/5 discectomy 10 days ago. Worsening pain down both legs, numbness around her bottom "
    "when she wipes, and this morning she couldn't feel herself passing urine.",
    "女，26岁，剖宫产后第3天出院。今天右上腹痛、恶心，BP 156/104 mmHg。血小板82×10^9/L，ALT 186 U/L。",
]


@pytest.mark.parametrize(
    "text",
    [
        "45岁男，反复胸骨后烧灼感三个月，饱餐后和躺下时出现，伴反酸。考虑胃食管反流病可能，但胸痛还是要先排除心梗：没有出汗、气短，"
        "活动时不加重。诊室心电图无ST-T改变。如果出现活动后胸痛或出汗再来。",
        "24岁男，吃了小龙虾后全身起风团，很痒。嘴唇、舌头不肿，没有喉咙发紧，血压124/78。交代一旦出现呼吸困难或者嘴唇舌头肿马上打120。",
        "26-year-old woman had a copper coil fitted here 20 minutes ago. When she stood up she went pale and slumped "
        "for a few seconds; no jerking, came round straight away. HR 58, BP 100/64.",
    ],
)
def test_round_57_58_near_misses(text: str) -> None:
    assert _assess(text).triage.level != "emergency"


# --- mind, drink and poisons, a second time (round 59); more than one person in the story (round 60) ---


ROUND_59_60_STATUS = [
    # the answer to a question the doctor reports asking decides over the question's hedge
    ("问她有没有想过结束自己的生命，她点了点头。", "suicide_plan", "present"),
    ("问他有没有想伤害自己，他摇头。", "self_harm", "absent"),
    ("产后第四天，问了说没有伤害自己或孩子的想法。", "self_harm", "absent"),
    ("Asked if she'd thought of ending her life, she nodded.", "suicidal_thoughts", "present"),
    ("Asked if she'd thought of ending her life, she shook her head.", "suicidal_thoughts", "absent"),
    ("问她有没有胸痛。", "chest_pain", "uncertain"),
    # short forms of "did not" deny; "都没有" denies what follows as well as what comes before
    ("Fully alert, didn't hit his head, no blood in the vomit.", "head_injury", "absent"),
    # ...but not what is still going on: "didn't stop fitting"
    ("She didn't stop fitting until the paramedics came.", "seizure", "present"),
    ("她和家人都没有头痛、头晕或恶心", "headache", "absent"),
    ("头痛都没有", "headache", "absent"),
    # a relative the patient was with is no family history
    ("约3小时前和家人争吵后喝了一口邻居家存的百草枯", "toxic_ingestion", "present"),
    ("1岁半女孩，奶奶说她咬破了一颗洗衣凝珠，嘴里都是泡沫", "toxic_ingestion", "present"),
    # something read or heard about is no finding
    ("She heard that carbon monoxide poisoning causes headaches.", "co_exposure", "uncertain"),
    # a relative's worry may be the only words for a suicidal thought, so it is not doubted
    ("Mum is worried she's suicidal.", "suicidal_thoughts", "present"),
]


def test_a_child_is_not_pregnant() -> None:
    case = extract("Mum of a 20-month-old found him with her pregnancy iron tablets, bottle open.")
    assert case.pregnant is None and "pregnancy" not in case.findings
    assert _assess("Mum of a 20-month-old found him with her pregnancy iron tablets, bottle open.").triage.level == "emergency"
    assert extract("14岁，怀孕8周，腹痛").pregnant is True


def test_af_on_an_anticoagulant_is_both() -> None:
    assert {"af_history", "anticoagulant_use"} <= _present("82F, AF on apixaban, bumped her forehead")


ROUND_59_60_EMERGENCIES = [
    "18F. Boyfriend says she took about 30 of her Nytol (diphenhydramine) sleeping tablets after they broke up. "
    "Agitated, picking at the air, talking nonsense. Pupils dilated, skin red and dry, pulse 130.",
    "68-year-old widower says he's sorted out his affairs and updated his will. Asked directly, he can't see the "
    "point of going on and has thought about how he'd do it.",
    "Power cut after the storm; the family have been running a petrol generator in the attached garage. Their "
    "10-year-old collapsed, and both parents have headaches and nausea.",
    "My neighbour (86) was on the kitchen floor, thinks she's been there since last night. Heating was off. "
    "Freezing cold to touch, muddled, and her pulse feels slow.",
]


# --- babies and toddlers (round 61); the older person who is "not right" (round 62) ---


ROUND_61_62_EMERGENCIES = [
    # NG232 1.4: under 1 year, a swelling over 5 cm on the head; a tense fontanelle
    "5-month-old girl rolled off the sofa onto the kitchen tiles an hour ago. She cried at once and has fed since, "
    "but mum has found a large soft squishy swelling above her right ear, about 6 cm across.",
    "3-month-old girl rolled off the sofa onto the floor. She's vomited twice, is very irritable, and the soft spot "
    "on her head feels tense and full.",
    "女婴，7个月，从一米高的尿布台上掉到瓷砖地上，右侧头先着地，右耳上方鼓起一个软软的大包，摸着有六七厘米大。",
    # a toddler "迷迷糊糊" with diarrhoea, sunken eyes and no drink is severely dehydrated (WHO Plan C)
    "男孩，2岁，腹泻第三天，一天拉十几次水样便，几乎没喝进去东西，早上到现在没尿。现在孩子迷迷糊糊的，眼睛凹陷。",
    # a leg the febrile child will not stand on and will not let anyone move
    "男孩，1岁8个月，昨天开始发烧，腋温39.2℃，今早右腿不肯着地，躺着的时候右腿弯着、往外撇，换尿布动他右边大腿根就尖叫。",
    # delirium tremens told by the wife
    "77岁男性，喝白酒四十多年，每天半斤到一斤。三天前老伴把酒藏起来了，他就没喝上。一宿没睡，满头大汗，手抖得厉害，说墙上有虫子在爬，今天不认识人。",
    "Care home: Albert, 90, slid off his chair yesterday. Today he won't stand for the transfer or take any weight "
    "on his left leg, and shouts out when they wash round his left hip.",
]


ROUND_61_62_STATUS = [
    # "发干" is not "发绀": dry lips said as such are not a lexicon homophone slip
    ("今天一天只换了两片湿尿布，嘴唇发干，哭起来眼泪少", "cyanosis", None),
    ("今天一天只换了两片湿尿布，嘴唇发干，哭起来眼泪少", "dry_mucous_membranes", "present"),
    # a thermometer named between the site and the number: a reading, not "has a temperature"
    ("8-week-old, snuffly. Temperature under the arm with a digital thermometer 37.5.", "fever", "absent"),
    ("吐的东西是深绿色的，跟平时吐奶不一样", "bilious_vomiting", "present"),
]


# --- the patient's own message (round 63); "oh, and by the way" (round 64) ---


ROUND_63_64_EMERGENCIES = [
    # "my mum" opening the message names the patient
    "My mum 81 tripped and banged her head on the kitchen worktop about an hour ago, got a big egg on her "
    "forehead. She's on apixaban for AF. She's been sick once. Do we need to go in?",
    # a forehead thermometer's reading in a 10-week-old
    "宝宝2个月零10天 今天摸着有点烫 额温枪测38.3 吃奶还行",
    # a bowlful or a mug of blood coughed up
    "支气管扩张多年，来续开化痰药。临走时他说：今天早上咳嗽时一口一口咳鲜血，前后大概有一小碗。",
    "Bronchiectasis review. As he left he said he coughed up about a mug of blood this morning.",
    # more than 50 units a week, stopped three days ago, now fitting and hallucinating
    "52-year-old man who drinks about 100 units a week stopped three days ago when the money ran out. He had a fit "
    "yesterday and has been seeing insects on the wall.",
    "my 14mo has had diarrhoea and vomiting for 2 days, now super floppy, eyes look sunken, won't drink anything",
]


def test_a_strength_after_the_drug_is_no_count() -> None:
    assert "self_poisoning" not in _present("took ibuprofen 400 which took the edge off")
    assert "self_poisoning" in _present("took 30 paracetamol")
    assert "heavy_alcohol_use" not in _present("drinks 20 units a week")
    assert "heavy_alcohol_use" in _present("drinks about 60 units a week")


# --- the plain vignette for rarer emergencies (round 65); a headset dictation (round 66) ---


ROUND_65_66_EMERGENCIES = [
    "男，76岁，心房颤动，半年前自行停用华法林。2小时前突然左下肢剧痛、发麻，不能活动。查体：左小腿以下皮肤苍白，皮温明显低于对侧，"
    "左足背动脉及胫后动脉搏动消失。",
    "seventy six year old lady in a trial fib not on any blood thinners um left leg went suddenly painful and cold "
    "two hours ago foot is white and mottled can't feel any pulses below the groin",
    "thirty nine year old man had a bad tummy bug three weeks ago um now tingling in the feet and weakness that's "
    "crept up from the ankles to the thighs over four days knee and ankle reflexes absent absent both sides",
    "男，55岁，糖尿病。会阴部及阴囊肿痛2天，迅速加重，伴发热。阴囊及会阴部皮肤红肿发亮，局部可见黑色坏死斑，触及捻发音。",
    "29-year-old woman, 5 days after an uncomplicated vaginal birth, severe headache for a day. BP 172/108 on two "
    "readings, urine protein 2+.",
]


ROUND_65_66_STATUS = [
    # a pause in Chinese dictation ends a clause: "不肿" is not carried onto the next site
    ("嘴唇不肿 舌头不肿 嗓子不紧 不喘", "tongue_swelling", "absent"),
    ("右下腹 痛", "right_lower_quadrant_pain", "present"),
    # a word or two finishing a list item before "or" keeps the denial going
    ("no blisters, dusky areas or crepitus.", "crepitus", "absent"),
    ("no vomiting since this morning, cough for 2 days", "cough", "present"),
    # a medicine the patient stopped is not taken now; one they were told to stop still is
    ("半年前自行停用华法林", "anticoagulant_use", "absent"),
    ("吃依那普利两年，已告知停用依那普利", "ace_inhibitor_use", "present"),
]


# --- a trainee presents the case (round 67); notes that mix Chinese and English (round 68) ---


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # being well is no fit
        ("He's had no fever or rigors, and he's otherwise fit and takes nothing regularly.", "seizure"),
        ("Previously fit and well, 3 days of cough.", "seizure"),
        # "没有呼吸困难" is no arrest of breathing
        ("发热咽痛两天，能吃饭喝水，没有呼吸困难，没有咳嗽流涕。", "airway_obstruction"),
    ],
)
def test_well_and_breathing_are_not_findings(text: str, finding: str) -> None:
    assert finding not in _present(text)


@pytest.mark.parametrize(
    ("text", "age", "weeks"),
    [
        ("女 27y, G1, 孕 34+2w. Headache for a day.", 27.0, 34.29),
        ("男 50y，支气管扩张多年。", 50.0, None),
        ("2y 男孩，30 min 前打开奶奶的药盒", 2.0, None),
    ],
)
def test_shorthand_ages_and_weeks(text: str, age: float, weeks: float | None) -> None:
    case = extract(text)
    assert case.age_years == age
    assert (round(case.gestation_weeks, 2) if case.gestation_weeks is not None else None) == weeks


ROUND_67_68_EMERGENCIES = [
    "男 50y，支气管扩张多年。1 小时内咯鲜红色血约 300 ml，还在咯，气促。",
    "老师，2岁半男孩，奶奶说40分钟前发现他在卧室玩奶奶的药盒，地上散落着几片降压药和降糖药，不确定吃了多少。",
    "老师，32岁男性，情绪低落两个多月。我问他有没有想过轻生，他说最近天天想，已经在网上查过方法，存了一些药。",
    "Ms Nolan had diarrhoea two weeks ago. Four days ago her feet started tingling, then her legs became weak, and "
    "I couldn't get her knee or ankle reflexes.",
]


# --- where it hurts (round 69); the out-of-hours call as the handler types it (round 70) ---


ROUND_69_70_STATUS = [
    # a handler's dash before the answer, and one answer for a run of questions
    ("Sweaty? – no. Breathless? – no. Pain into arm or jaw? – no.", "shortness_of_breath", "absent"),
    ("问：喘吗？胸口疼吗？咳血吗？——“都没有，呼吸正常。”", "chest_pain", "absent"),
    ("Chest pain, fainting, breathlessness? – none, during or after.", "syncope", "absent"),
    ("Any fever? No. Any cough? Yes, dry.", "cough", "present"),
    # "no," with more after it is still a no; "No rigors" after "Fever?" is no answer
    ("Sudden worst-ever headache? – no, building slowly.", "headache", "absent"),
    ("Fever? No rigors.", "fever", "uncertain"),
    # "都正常" answers a symptom question
    ("问：大小便有变化吗？会阴、肛门周围麻不麻？——“都正常，不麻。”", "saddle_anaesthesia", "absent"),
]


def test_a_denied_onset_is_no_onset() -> None:
    case = extract("The headache's starting on the right. Sudden worst-ever headache? – no, building slowly.")
    assert case.findings["headache"].onset is None


ROUND_69_70_AGES = [
    ("111 call 15:40. Caller: mum, for Oscar, 4. He won't put any weight on his right leg.", 4.0),
    ("Caller: wife, for Ron, 72.", 72.0),
    ("Four months — cold for three days — I counted 74. Sats eighty-nine.", 0.333),
    ("Out-of-hours call 16:45. Caller: grandma, for Kai, 18 months. Diarrhoea and vomiting since yesterday.", 1.5),
]


ROUND_69_70_EMERGENCIES = [
    "女，56岁，有胆囊结石。今天中午吃完饭后上腹正中到左边一圈像腰带勒着一样疼，持续不缓解已经6个小时。急查血淀粉酶是正常上限的4倍。",
    "女，68岁，今天早上梳头时右手突然又凉又疼，手指发白发麻。右手腕桡动脉摸不到，左边正常。",
    "女，37岁，右腿坐骨神经痛两周。今天早上大便失禁了一次自己都没感觉到，擦屁股时觉得那里没知觉。",
    "111 call 15:40. Caller: mum, for Oscar, 4. 'He won't put any weight on his right leg, he screams if I move "
    "his hip, and he's boiling – 39.2.'",
    "111 call 06:10. Caller: wife, for Ron, 72. 'He collapsed on the toilet, says his back and belly are killing "
    "him – he's got that aneurysm they're keeping an eye on.' Home BP machine: 82/50.",
]


# --- school-age children (round 71); the chronic-disease follow-up record (round 72) ---


ROUND_71_72_STATUS = [
    # a time "ago" after an event of minutes says when, not how long: no status epilepticus
    ("Breakthrough seizure: 2 days ago at home, tonic-clonic, about 1 minute by wife's watch", "seizure", "present"),
    # a cough that comes in fits is coughing fits, not a fit
    ("A cough for 3 weeks that mum says comes in fits until she's red in the face.", "coughing_fits", "present"),
    ("A cough for 3 weeks that mum says comes in fits until she's red in the face.", "seizure", None),
    # the rest named only to deny an episode at rest; a dark stool on iron that is formed and not sticky
    ("快走上坡时胸骨后闷压感，休息后缓解，静息时无发作", "symptom_at_rest", "absent"),
    ("服铁剂后大便发黑，但成形，不黏、不发亮", "melaena", "absent"),
]


def test_an_episode_said_ago_has_no_duration() -> None:
    assert extract("had a seizure 2 days ago").findings["seizure"].duration_days is None
    assert extract("fitting for 10 minutes").findings["seizure"].duration_days == pytest.approx(10 / 1440, abs=1e-3)
    assert _assess("45M, epilepsy review. Breakthrough seizure: 2 days ago, about 1 minute, back to normal within "
                   "20 min.").triage.level != "emergency"


ROUND_71_72_EMERGENCIES = [
    "12-year-old boy; coach says he went down in a tackle, his head hit another boy's knee and he was 'out for a "
    "few seconds'. Since then he has vomited twice.",
    "16-year-old boy says 'I've been thinking about killing myself every day, I've looked up how, and I was going "
    "to do it this weekend.'",
    "Alcohol review, 54M, about 120 units/week, stopped abruptly 3 days ago. Today: shaking, sweating, seeing "
    "insects on the walls, doesn't know the date.",
    "14岁男孩，爸爸半夜发现他在房间里叫不醒，桌上有一张纸条，旁边是奶奶的安眠药空瓶。呼吸慢，每分钟10次。",
]


# --- the doctor asks the assistant (round 73); a woman's visit, across her life (round 74) ---


ROUND_73_74_STATUS = [
    # the doctor's own worry about a diagnosis is weighed, not found
    ("左腰突然绞痛，我有点担心是腹主动脉瘤，但他才34岁，应该还是结石吧？", "known_aaa", "uncertain"),
    ("家属有点担心是想自杀，她说想死", "suicidal_thoughts", "present"),
    ("Croup, stridor only when crying; safety-netted about stridor at rest", "stridor_at_rest", "uncertain"),
    ("52F, sudden waves of heat several times a day, periods stopped", "hot_flushes", "present"),
    ("最近晚上经常突然一阵热从胸口往脸上冲，脸红出汗", "hot_flushes", "present"),
    ("孕30周，今天早上阴道流鲜红色血，不疼", "vaginal_bleeding", "present"),
    ("LMP 7/52, +ve preg test, R iliac fossa pain and tenderness", "rlq_tenderness", "present"),
    ("十八个月的宝宝拉肚子，尿比平时少", "urinary_retention", None),
]


def test_a_gestation_after_at_and_a_blister_card_before_the_count() -> None:
    case = extract("G1 at 36+2, headache and flashing lights")
    assert case.pregnant and case.gestation_weeks == pytest.approx(36 + 2 / 7, abs=0.01)
    assert extract("Team meeting at 10+2 minutes past").gestation_weeks is None
    assert "self_poisoning" in _present("今天中午一次吃了一板半对乙酰氨基酚，500毫克一片，大概30片")
    assert "self_poisoning" not in _present("对乙酰氨基酚500毫克一片，每天吃3片")


ROUND_73_74_EMERGENCIES = [
    "5-month-old. Her 6-year-old brother was carrying her and dropped her onto the tiles an hour ago; a large soft "
    "swelling above her right ear, about 6 cm across.",
    "77F with AF, stopped apixaban a month ago. Two hours ago her right leg suddenly became very painful, it's cold "
    "and white below the knee and I can't find any foot pulses. Sciatica?",
    "3-year-old with a croupy cough; tonight noisy breathing in and out even sitting quietly, the skin under her ribs is sucking "
    "in. Can she go home?",
    "2岁男孩，犬吠样咳嗽，现在安静的时候也有明显的吸气性喉鸣，胸骨上窝和肋间都凹陷。先雾化看看可以吗？",
    "孕30周，B超说胎盘低。今天早上阴道流鲜红色血，一下子湿透了一片卫生巾，不疼。",
    "G1 at 36+2 with a bad headache since yesterday and flashing lights. BP 168/112, urine protein +++.",
    "30 weeks, car crash 2 hours ago. Now regular tightenings, tummy tender and fresh bleeding on her pants.",
]


# --- the minor-illness clinic (round 75); the man who plays it down (round 76) ---


ROUND_75_76_STATUS = [
    # "hasn't" and "hadn't" deny, except what goes on
    ("thought the numbness just hadn't worn off", "symptoms_resolved", "absent"),
    ("she hasn't vomited since lunch", "vomiting", "absent"),
    ("hasn't stopped fitting for ten minutes", "seizure", "present"),
    ("Hasn't passed urine since last night", "urinary_retention", "present"),
    # a burning chest, a jaw that ached, numb when he wipes
    ("his jaw and left arm ached on the walk from the car park", "pain_radiating_jaw_neck", "present"),
    ("feels numb when he wipes and can't tell when his bladder's full", "altered_bladder_sensation", "present"),
    ("这一个月反复想到死，已经去江边大桥看过两次，踩过点", "suicide_plan", "present"),
    ("6-week-old, feels hot - 38.3 on our thermometer", "fever", "present"),
]


def test_a_face_that_will_not_move_on_one_side_with_the_forehead_is_no_stroke() -> None:
    bell = ("35F asked about her face: since waking the right side won't move, she can't fully close the right eye "
            "or raise the right eyebrow. Arms and legs normal, speech clear.")
    assert _assess(bell).triage.level != "emergency"
    assert _assess("70M, suddenly his right side won't move, slurred speech").triage.level == "emergency"


def test_a_relative_clause_keeps_the_relative_as_subject() -> None:
    told = "Dad has loose stools. His brother, who was at the same barbecue, was admitted after vomiting blood."
    assert "haematemesis" not in _present(told)
    # ...but not a relative who reports the patient's own facts
    assert "haematemesis" in _present("Her mum, who brought her in, says she has been vomiting blood since this morning.")
    assert "chest_pain" in _present("Mrs Smith, who lives alone, has crushing chest pain.")


ROUND_75_76_EMERGENCIES = [
    "6-week-old, mum came to the pharmacy for nappy rash cream. Feeding less today and feels hot - 38.3 on our thermometer.",
    "66F after her dental appointment: thought the numbness just hadn't worn off, but the R side of her mouth is drooping "
    "and her words are slurred.",
    "81F on apixaban tripped and hit her face on the pavement; bruised forehead, a bit of a headache.",
    "62yo says it's a bit of indigestion: central chest burning for an hour, Gaviscon no help, grey and sweaty in the chair.",
    "48, back always bad, now pain down both legs; numb when he wipes and can't tell when his bladder's full.",
    "55岁男，腰腿疼是老毛病，这周两条腿都放射疼，尿了裤子自己都不知道，屁股和大腿内侧一片发麻。",
    "48, dental abscess, for 4 days 2 paracetamol every 3-4 hours with co-codamol in between.",
    "64, felt something go in the left groin lifting a fridge. Lump hasn't gone back since, now hard, red and very tender.",
    "4-year-old, chickenpox day 5, one spot on her thigh is now a big hot swollen red area, purplish in the middle, fever 39.4.",
    "76岁女，白内障术后半年。这一周左眼前的黑点越来越多，昨天开始觉得左眼上方有一片阴影往下压。",
]


# --- the pharmacy counter (round 77); people who cannot tell you themselves (round 78) ---


ROUND_77_78_AGES = [
    ("Dad: Theo, 2, autistic, diarrhoea and vomiting for 3 days", 2.0),
    ("Grandad: Leo, 3, autistic and non-verbal, found with my pill organiser open", 3.0),
    ("Mum: baby Freya, 4 months, cold for 3 days", 4 / 12),
]


def test_a_label_that_is_not_a_speaker_gives_no_age() -> None:
    assert extract("Sats: RA, 94, HR 100").age_years is None
    assert extract("Temp: axillary, 38, HR 100").age_years is None


ROUND_77_78_STATUS = [
    ("79岁女，认得人，没有比平时更糊涂", "confusion", "absent"),
    ("Girl about 16 admits she took about 20 of them two hours ago", "self_poisoning", "present"),
    ("爸爸看到右边阴囊肿，比左边高，发红", "high_riding_testis", "present"),
    ("Night staff found her on the floor beside her bed, nobody saw her fall", "fall", "present"),
]


ROUND_77_78_EMERGENCIES = [
    "Can I take paracetamol for a headache? 74M on apixaban. Slipped and banged the back of his head on the bath; vomited twice.",
    "Carer: 82M taking extra oxybutynin plus a night-time antihistamine. Confused, picking at the air, skin hot and dry, pupils "
    "big, pulse racing at about 120.",
    "34岁男，重度智力障碍。口水一直往外流，不肯咽，坐着身子往前倾，吸气时喉咙里有高调的呼哧声，发烧39℃。",
    "39岁男，智力障碍，搬重物后腰痛。今天两条腿发软，裤子湿了两次自己都不知道，擦屁股时说没感觉。",
    "82岁男，前列腺增生。10个小时没尿，一直烦躁。小肚子鼓起一个包，按一下就叫，叩诊浊音到脐下两横指。",
    "Son: dad, 81, enlarged prostate, going to the toilet but nothing comes out, lower tummy bulging, winces when I press above "
    "the pubic bone.",
    "Night staff found Edna, 87, on the floor beside her bed. Now she won't stand, the right foot is turned outwards and the leg "
    "looks shorter.",
    "35岁女，精神分裂症。社工发现垃圾桶里有4板对乙酰氨基酚空药板，现在恶心，吐了一次。",
]


# --- another health professional writes (round 79); Cantonese, Taiwanese and American usage (round 80) ---


ROUND_79_80_STATUS = [
    # Cantonese "冇" denies, but "冇力" is weakness and "冇晒精神" lethargy
    ("冇咳，冇嘔冇肚痛", "cough", "absent"),
    ("冇嘔冇肚痛", "abdominal_pain", "absent"),
    ("兩隻腳冇力", "bilateral_leg_weakness", "present"),
    ("今朝喺茶樓門口跌低撞親個頭", "head_injury", "present"),
    ("66歲女，呢個禮拜行幾步都心口翳", "chest_pain", "present"),
    ("大約15分鐘就完全好返，而家冇事", "symptoms_resolved", "present"),
    # a likeness is no doubt; a safety net to call 911 is advice
    ("今天早上右眼下半邊好像被一片黑幕擋住", "visual_field_loss", "present"),
    ("Lisinopril stopped; told to call 911 for any tongue or throat swelling", "throat_tightness", "uncertain"),
]


ROUND_79_80_EMERGENCIES = [
    "婆婆82歲，喺屋企廁所跌低，之後左邊屁股同大髀罅好痛，企唔起身。睇落左腳短咗少少，腳板向外擰。",
    "52歲女，腰痛成個禮拜，兩隻腳都痹痹哋，今日發覺屎忽同下面冇乜感覺，屙尿唔知自己屙。",
    "14歲男仔，瞓到半夜突然左邊春袋好痛痛醒，嘔咗一次，摸落左邊個蛋好似扯高咗。",
    "80歲婆婆，有心房顫動冇食薄血丸，下晝突然右腳好痛，由膝頭落去凍冰冰、白雪雪，摸唔到腳背脈。",
    "46歲男，喉嚨痛到連口水都吞唔落，要攞紙巾接住啲口水，吸氣有嘯嘯聲，發燒38.9度，坐喺度向前傾。",
    "21歲女，一個鐘前自己食咗成盒Panadol，大約20粒，WhatsApp朋友講唔想再活落去。",
    "Physio: 42M, bilat leg pain below the knee, reduced pin-prick sensation in the saddle/perianal area, did not notice he "
    "had leaked this morning.",
    "Pharmacist: 66F has taken methotrexate 10 mg every day for 6 days instead of once a week; now mouth ulcers and diarrhoea.",
    "Optometrist: 8-year-old, L upper lid red and swollen almost shut, fever 38.8, pain on moving the eye, L eye sits forward.",
]


# --- regional speech again (round 81); the emergency a long-term condition hides (round 82) ---


ROUND_81_82_AGES = [
    ("Wean, 2, fae Motherwell. A snottery nose and a wee cough.", 2.0),
    ("Mam from Jarrow about her bairn, 2. Found him with his nana's tablets.", 2.0),
    ("Mum about her daughter, 4, fever 39", 4.0),
]


def test_a_grown_up_relative_is_not_the_patient_and_cantonese_words_are_not_slips() -> None:
    assert extract("Seen with his son, 45, who drove him").age_years is None
    told = extract("63歲男，今日度BP 186/104，覆度182/102。佢話自己好好，冇頭痛。")
    assert "self_poisoning" not in told.findings and "self_harm" not in told.findings


ROUND_81_82_EMERGENCIES = [
    "42歲女士，搬緊梳化，突然後腦好似俾人用鐵通扑咗一下，佢話係人生最痛嘅頭痛，嘔咗兩次，條頸有啲硬。",
    "55歲男，尋日開始屙黑屎，黑到好似瀝青咁，又痴又臭，今朝一企起身就想暈。",
    "2歲仔，咳到好似狗吠咁，坐喺度唔喊都聽到吸氣有嘶嘶聲，肋骨下面一吸一吸咁凹入去。",
    "1歲BB仔，屙嘔咗三日，好冇神，叫佢都唔多應，眼凹晒，餵水都唔肯飲。",
    "66歲男，支氣管擴張，今朝咳咗大半碗鮮血出嚟，面青青。",
    "23歲男，感冒後行幾步就氣促，心跳好快。驗血troponin高，pulse 128。",
    "肾移植术后5年，45岁男，发烧一天，38.6度，咳嗽，心率118，呼吸23次，指氧90%。",
    "Glasgow man, 45, boakin aw night, then agony in ma chest right through tae ma back; crackling under the skin at the "
    "base of the neck.",
    "Woman from Gateshead, 33 weeks pregnant: me belly's gone rock hard and I cannit feel the bairn moving like he normally does.",
    "Man fae Springburn on ramipril: ma tongue's swellin up like a balloon, ah cannae swallow properly.",
    "Scouse fella, 66, angina for years, this week it's coming on when I'm just sat watching the telly.",
]

# rounds 83-84: the return visit; village-clinic Mandarin and world Englishes
ROUND_83_84_EMERGENCIES = [
    "复诊，70岁男，昨天右手没劲十几分钟自己好了，考虑TIA。今天早上嘴角歪，右胳膊抬不起来，到现在半个小时了还没好。",
    "前列腺增生，吃了感冒药，昨晚开始一滴尿都解不出来，小肚子胀痛。",
    "4岁，上周考虑髋关节滑膜炎，今天烧到39度，右腿完全不肯着地。",
    "小子，出生2个月零5天，今儿早上一量38.4度。",
    "娃儿1岁半，屙稀三天，精神差，喊他才睁眼，眼眶凹陷，喂水喝不进去，皮肤捏起回缩很慢。",
    "老头80岁，房颤吃华法林，晌午卡了个跟头，后脑勺磕炕沿上了，后来吐了两回。",
    "64M, wife says since he woke up his mouth is twisted to one side and his right hand is not lifting.",
    "29F, G3P2, 33 weeks. Since 2 hours her tummy is paining badly and is hard like a stone, dark blood coming.",
    "Family brought in: kept the angithi with burning coal inside overnight, all had headache and vomiting, granny could not be woken up.",
    "50M, heavy rum drinker, stopped 3 days ago; now shaking, seeing things on the wall, doesn't know where he is.",
    "Rang back about Ella, 3, ear infection on amoxicillin, still fever 39 and now a red swelling behind her left ear; the ear sticks out.",
]
# rounds 85-86: the numbers tell it; work, sport, travel and the outdoors
ROUND_85_86_EMERGENCIES = [
    "男，38岁，牙痛，自行同时服用泰诺和999感冒灵，对乙酰氨基酚每日约6g，已连续3天。今日恶心、右上腹痛。",
    "Farmer, 71, AF, stopped warfarin. His left leg suddenly went numb and painful; now it's white and cold below the knee.",
    "6-year-old, fever 39.2, screams if you move his right hip and won't put that leg down at all.",
    "Boy, 8, bitten on the upper eyelid at a campsite; now the lids are so swollen he can't open the eye, temperature 39, "
    "the eye is pushed forward.",
    "Mum rang: her 3-year-old drank from an old lemonade bottle that granddad had filled with organophosphate fly spray.",
]
ROUND_85_86_NOT_EMERGENCIES = [
    "女，70岁，2型糖尿病，午饭推迟后心慌、出汗、手抖，神志清楚。指尖血糖3.5mmol/L，口服葡萄糖15g后15分钟复测5.8mmol/L。",
    "68M T2DM on gliclazide, shaky before lunch. CBG 3.6, fully alert. 4 glucose tablets, repeat CBG at 15 min 6.2.",
    "Woman, 34, on a plane: heart pounding, shaking, tingling in both hands and around her mouth, sure she was going to die. "
    "Settled in 20 minutes. No chest pain. Pulse 82, sats 99%.",
]


@pytest.mark.parametrize("text", ROUND_85_86_NOT_EMERGENCIES)
def test_round_85_86_near_misses(text: str) -> None:
    assert _assess(text).triage.level != "emergency"


# rounds 87-88: Hong Kong Cantonese and Australian / New Zealand speech; typed in a hurry
ROUND_87_88_EMERGENCIES = [
    "82歲伯伯，食緊warfarin。今朝跌親撞親後尾枕，起咗個包，之後嘔咗兩次。",
    "32歲女士，三日前順產。今朝開始下面出血多咗好多，一個鐘濕透兩塊衛生巾，好多血塊，頭暈。",
    "65歲男，突然企唔穩，行路一味向左邊側，左邊眼又突然睇唔到嘢。",
    "50歲男，深近視。成日見到閃光，好多黑點飛嚟飛去，今朝好似有塊黑色窗簾遮住咗一截。",
    "81yo on warfarin for AF, tripped over the dog and whacked the back of his head on the pavers.",
    "24yo, flat as a tack for months, got the rifle sorted and plans to do it this weekend.",
    "31f 6 days post nvd, sudden heavy bright red bleeding soaking a pad every 30 min w big clots, dizzy",
    "pt 38f on carbimazole for graves, sore throat and feaver 38.6 since yest",
    "女76 糖尿病 今早起来气紧 出汗 没力气 不觉得胸痛 心电图v1-v4 st段台高0.3mv",
]


# rounds 89-90: Taiwan and Singapore Mandarin, young people texting; the older patient's own rambling story
ROUND_89_90_EMERGENCIES = [
    "45歲台商，在奈及利亞工作半年，十天前回台灣。這三天發燒畏寒，一陣一陣冷到發抖。",
    "33歲孕婦，懷孕32週，一小時前肚子突然很痛，肚子摸起來硬硬的一直不放鬆，陰道有出血。",
    "help my mate ate a cookie and i think it had peanuts in, her lips have gone massive, she's wheezing",
    "my friend (16) took a whole box of her mum's amitriptyline an hour ago, now mumbling nonsense, pupils are huge",
    "my baby is 6 weeks old and feels hot, temp is 38.3 under her arm",
    "my sister had her baby 5 days ago and she's bleeding really heavy, soaking a pad in less than an hour, passing clots",
    "I'm 84. She says at breakfast my words started coming out all wrong, and my right hand won't hold anything. "
    "It came on about half past eight, quite sudden.",
    "I'm 85, prostate trouble, taking decongestant tablets, and since last night I haven't been able to pass a drop. "
    "My belly below the button is swollen up hard and it's agony.",
    "大夫，我七十五，冠心病。以前能走两站地，现在从家走到楼下菜店就闷，昨天晚上躺在床上看电视，没动也闷了一回。",
    "我七十四，一咳嗽就是满口的鲜血，一口接一口，吐了大半个痰盂，现在人发飘，心慌。",
]
ROUND_89_90_NOT_EMERGENCIES = [
    "大夫，我七十三，高血压。我今天来是因为我们楼下老张，上礼拜打麻将打着打着就嘴歪了，话也说不清。我手脚都好好的，说话也清楚。",
    "我七十岁，吃了螃蟹身上起风团，痒得很。嘴唇不肿，嗓子不紧，喘气好好的，说话正常。",
    "I'm 83. Yesterday my left hand went numb and weak for a quarter of an hour and then it all came back, completely "
    "normal. I'm absolutely fine now.",
]


@pytest.mark.parametrize("text", ROUND_89_90_NOT_EMERGENCIES)
def test_round_89_90_near_misses(text: str) -> None:
    assert _assess(text).triage.level != "emergency"


def test_ages_in_a_rambling_story() -> None:
    assert extract("I'm under the hospital, I'm 79, I smoked from the age of twelve").age_years == 79
    assert extract("大夫，我七十三，高血压好几年了。").age_years == 73
    assert extract("我三天前开始咳嗽").age_years is None
    assert extract("my little boy (14 months) has had watery diarrhoea").age_years == pytest.approx(14 / 12, abs=0.01)
    # a spouse who is the patient: the husband tells it, the wife gave birth
    assert extract("我老婆前天在医院生的，今天下边突然哗哗地流血").sex != "male"


# rounds 91-92: metaphors and comparisons; negatives everywhere
ROUND_91_92_EMERGENCIES = [
    "72岁男，嘴角像被线往下拽了一样歪着，筷子从右手掉了，说话像嘴里含了颗枣。",
    "14岁男孩，半夜疼醒，左边蛋蛋像被门夹了一样剧痛，左边睾丸比右边吊得高。",
    "2岁男孩，咳嗽像小狗叫，现在安安静静坐着不哭的时候，吸气也像拉锯一样有响声，肋骨下面都往里凹。",
    "40岁男，今天跟我说已经在网上买好了一瓶农药藏在车库，打算这个周末喝。",
    "33周初产妇，肚子突然剧痛，之后一直硬得像块石头，阴道流了点暗红色的血。",
    "62-year-old man, sudden pain 'like I was being ripped in two', going through to between my shoulder blades.",
    "2-year-old, barking cough; tonight stridor even while sitting calmly on mum's lap.",
    "18-month-old, first ever fit this morning with a temperature of 39.2, went stiff and jerked all four limbs. "
    "Not fitting now.",
]


def test_a_result_reported_later_in_the_clause_is_read() -> None:
    case = extract("Troponin done at the walk-in centre yesterday came back raised at 240 ng/L.")
    assert case.labs["troponin"].qualitative == "positive"
    assert extract("HbA1c done last month came back at 9.1%").labs["hba1c"].value == pytest.approx(9.1)
    # another test's result is not this one's
    assert "troponin" not in extract("troponin was sent and we are waiting. CRP came back 12").labs


def test_a_checklist_item_answered_no_is_denied() -> None:
    assert _status("Checklist: saddle numbness no, bladder normal, no fever", "saddle_anaesthesia") == "absent"
    assert _status("chest pain no radiation", "chest_pain") == "present"


def test_a_phrase_in_traditional_characters_meets_the_converted_text() -> None:
    # the lexicon may hold a phrase as a Hong Kong doctor writes it; the text is read in simplified characters
    assert extract("撞親後尾枕").has("head_injury")
    assert extract("撞亲后尾枕").has("head_injury")
    # a delivery in an obstetric history is no recent birth
    assert not extract("G2P1，順產一次，現在月經量多").has("recent_childbirth")


# ---- rounds 93-94: told through a translator; broken, breathless or interrupted speech ----

ROUND_93_94_EMERGENCIES = [
    # a pause inside a phrase is dropped ("can't… get my breath"), and a best peak flow said in pieces
    "Sorry... doctor... can't... get my breath. I'm 76... asthma since... I was a girl. Peak flow... 120... "
    "my best is... 350. Can only... say a few words... at a time.",
    "我……我……不想……不想……活了……吃了……两板……",
    "41 M, at the gym. 'It was like… BANG… back of my head… like someone hit me with a… a bat… worst — worst ever.'",
    "66 M, hypertensive. 'Chest… it… tore… right through… to my back… between the… shoulder blades.' BP 198/112.",
    "38 M, TB treatment. 'Coughing… blood… like… a… a cupful… more…' HR 122.",
    "Grandma: 'I found him with my pill box open — my amlodipine.' Toddler, 2, in the background.",
    "2岁男孩，奶奶说孩子把她的降压药瓶子打开了，地上有两颗，不知道吃进去几颗。",
    "右膝红、肿、热，浮髌试验阳性，体温38.8℃。",
    "男，45岁，口水往外淌，拿纸巾接着。吸气时有喘鸣。体温39.0℃。",
    "1岁半，拉了一天十几二十回水一样，叫她都不怎么睁眼，眼窝凹陷，皮肤捏起回缩很慢（超过2秒）。",
    "45M. Back pain a week. Since yesterday he can't feel when he pees, and his wife noticed he didn't feel the "
    "toilet paper.",
]

ROUND_93_94_STATUS = [
    # a pause after a denial stays a break: the denial does not run on to the next finding
    ("no fever... cough for a week", "cough", "present"),
    ("no fever... cough for a week", "fever", "absent"),
    ("胸口。。。好闷。。。喘不上气", "chest_pain", "present"),
    # a sentence that ends in "…" ends the denial in it
    ("I've never…' Vomited twice.", "vomiting", "present"),
    # what is usually not so is the baseline, not a denial of today's
    ("突然头痛，这辈子没这么疼过。女儿说：她平时根本不头疼的。", "headache", "present"),
    # "— no, never like this" compares; it takes nothing back
    ("Headache since this morning. Son says she always has headaches, but she shakes her head - no, never like this.",
     "headache", "present"),
    ("Son first said 'he vomited blood water' - then corrected after asking dad: it was the chilli soup.",
     "haematemesis", "absent"),
    # a named sign's negative result denies nothing said before it
    ("左侧阴囊剧痛。托高阴囊痛不减（Prehn征阴性）。", "testicular_pain", "present"),
    ("knee is hot, she says. Exam: no warmth, small effusion R, crepitus.", "hot_swollen_joint", "absent"),
    # a cup drunk or sputum coughed is no blood
    ("咳了一天，喝了一碗药", "massive_haemoptysis", None),
    ("咳了大半杯痰", "massive_haemoptysis", None),
]

ROUND_93_94_AGES = [
    ("Toddler, 2, in the background: 'Nana…'", 2.0),
    ("Support worker: Nathan, 35, learning disability, only a few words.", 35.0),
]


def test_a_denied_onset_in_a_broken_answer_is_no_onset() -> None:
    case = extract("男，34岁，右边睾丸胀疼。问：突然一下疼起来的吗？“不是……是……慢慢的……”")
    assert case.findings["testicular_pain"].onset != "sudden"
    case = extract("头……头疼得要裂开……不是，不是那种突然一下的，就是喝多了那种")
    assert case.findings["headache"].onset != "sudden"
    # an onset asked about and confirmed stays
    case = extract("头痛是突然一下的吗？是的，一下子就疼到最厉害")
    assert case.findings["headache"].onset == "sudden"


# ---- rounds 95-96: the story told out of order, with times; the emergency that does not look like one ----

ROUND_95_96_EMERGENCIES = [
    "宝宝出生到今天是第47天。今天凌晨三点摸着烫，量腋温38.4℃。",
    "男，38岁，工地钢筋工。肛温40.9℃，皮肤干烫。工友说今天中午37度，他在工地上干活没怎么喝水；两点半开始说胡话。",
    "女，19岁。昨天晚上和男朋友吵架后，把家里的对乙酰氨基酚一口气全吃了，药盒上写每片0.5克、20片。",
    "7-year-old boy. Yesterday his left upper eyelid went puffy and pink; now the eye is nearly shut, temp 39.1. "
    "The eye looks pushed forward.",
    "81M with AF. Sudden pain in the right calf and foot this morning; the foot is cold, white and numb, and I can't "
    "feel any pulses below the femoral on the right.",
    "79岁女性，今天中午吃饭时突然问东答西，说的话别人听不懂，右手拿的筷子掉了两次。",
    "Mum says Amelia, 7 months, has been grizzly and off her bottles. Temp 38.6. Fontanelle feels full and bulging.",
    "Grandmother found her 2-year-old granddaughter with the lid off her pill organiser. Some amlodipine may be missing.",
    "76-year-old widower. Since the funeral he's barely eating, and for three days he's refused drinks too, saying "
    "there's no point.",
    "62岁男性，糖尿病。两天前左手背被鱼鳍扎了一下，今天整个左手疼得厉害，皮肤只是有点红肿，跟他疼的程度一点都不相称。T 38.6℃",
]

ROUND_95_96_STATUS = [
    # retching is nausea; forceful retching is forceful vomiting
    ("两周前开始早上恶心，刷牙时干呕，偶尔吐一次", "forceful_vomiting", None),
    ("回家吐了好几次，最后一次使劲干呕时胸口剧痛", "forceful_vomiting", "present"),
    ("上周B超宫内单活胎", "pregnancy", "present"),
    # a formed black stool on iron is no melaena
    ("开始吃硫酸亚铁。从吃药第二天起大便就是黑色的，但成形、不粘、不发亮。", "melaena", "absent"),
]


def test_the_weather_is_no_temperature_and_a_tiny_bit_is_no_onset() -> None:
    case = extract("肛温40.9℃，皮肤干烫。工友说今天中午37度。")
    assert case.vitals["temp_c"].value == pytest.approx(40.9)
    assert extract("内裤上有几点咖啡色的血，今天护垫上还有一点点").findings["vaginal_bleeding"].onset is None


def test_an_adults_drowsiness_after_a_past_fit_is_not_an_etat_sign() -> None:
    text = ("29F, known epilepsy. Tonic-clonic seizure on Sunday night, she was drowsy for half an hour then slept. "
            "Back to normal Monday morning, nothing since; today is Wednesday.")
    assert "etat_emergency_signs" not in {f.id for f in _assess(text).red_flags}
    assert "etat_emergency_signs" in {f.id for f in _assess("3-year-old, drowsy and hard to rouse.").red_flags}
    # something else settled is not the drowsiness
    text = "58M, chest pain has settled now, but he is drowsy and hard to rouse."
    assert "etat_emergency_signs" in {f.id for f in _assess(text).red_flags}


# ---- rounds 97-98: the social story around the illness; the patient's own (wrong) label ----

ROUND_97_98_EMERGENCIES = [
    "男孩，3岁。奶奶的降糖药格列本脲和降压药硝苯地平放在茶几上的糖盒里，孩子大约40分钟前吃了，不知道吃了几颗。",
    "3岁男孩。奶奶的降压药氨氯地平药板被抠开了，少了六七片，孩子嘴边还有白色药渣。",
    # paracetamol itself with a cold remedy that also contains it (MHRA 2012: the two-product route)
    "女，24岁。近3天牙疼，对乙酰氨基酚片每次吃2片，一天吃六七次；同时还在吃泰诺感冒片和感康。",
    "64-year-old man, 'my gout's flared up again'. This time it's the right knee, hot, swollen and painful for 2 days, "
    "can't bend it. Shivering overnight, temp 38.8.",
    "76岁老太太，房颤，华法林自己停了。左小腿到脚摸上去冰凉，颜色发白，足背动脉和胫后动脉都摸不到。",
    "82岁男，老伴去世后把自己关在屋里。他说“不吃了，水也不喝了，早点去找老伴”。",
    "Dairy farmer, 58. He told me he has been sitting in the shed with the shotgun most nights and has decided to do it "
    "once the harvest is in.",
    "30-year-old woman. She swallowed a whole strip of her sertraline and some of his tramadol about an hour ago.",
    "11个月女婴，孩子交给隔壁老乡12岁的女儿看着。拉肚子三天，一天十几次稀水便。今天软绵绵的，叫她只会哼一下，"
    "喂水喝两口就不喝了，眼窝明显凹下去，捏起肚皮松开要三四秒才回去。",
]

ROUND_97_98_STATUS = [
    # where someone comes from is not where they have been
    ("Nursing student from Kenya, 21, lives in halls. Sudden fever. Temp 38.4", "travel_high_malaria_risk_area", None),
    ("Student from Kenya, just back from a visit home to Kenya last week, fever 38.9",
     "travel_high_malaria_risk_area", "present"),
    # a drug named as an allergy is not a medicine taken
    ("allergic to ibuprofen", "nsaid_use", None),
    ("known peanut allergy, ate a peanut cookie", "allergen_exposure", "present"),
    # an English state after the site's comma, only for the joints and the tongue
    ("Left knee, hot water bottle burn on the shin", "hot_swollen_joint", None),
    ("Throbbing pain behind her left eye, worse with any movement", "reduced_visual_acuity", None),
    ("His tongue — look at his tongue, it's massive.", "tongue_swelling", "present"),
    # a loin pain that spreads to the scrotum is the stone's
    ("今早突然右腰部绞痛，往右下腹和阴囊放射，疼得坐不住，恶心。", "testicular_pain", None),
    ("七月中午，工地工友说他搬了一上午砖，现在叫他只会哼哼。", "lethargic_infant", None),
]

ROUND_97_98_AGES = [
    ("11个月女婴，孩子交给隔壁老乡12岁的女儿看着。", 11 / 12),
    ("2岁3个月男孩，发烧", 2.25),
]


def test_a_medicine_asked_for_does_not_make_a_thin_case_rankable() -> None:
    text = ("Mum asking for paracetamol for her 3-year-old who bumped his forehead on the coffee table an hour ago. "
            "Cried straight away, small bump, no cut. Playing normally now, hasn't been sick, not sleepy, didn't black "
            "out.")
    assert "paracetamol_use" in _present(text)
    assert _assess(text).insufficient_information


# ---- rounds 99-100: frightening words for ordinary illness; the long, complete record ----

ROUND_99_100_EMERGENCIES = [
    "男，52岁，种果树的，上午打了一上午药。进门一身大汗，口水往下淌，瞳孔针尖那么小，脸上的肉一跳一跳的。",
    "男，40岁。对乙酰氨基酚片每次2片，一天吃五六次；同时还在吃一种复方感冒片，每片含对乙酰氨基酚250毫克。",
    "女，27岁。月经推迟了十天，左下腹疼，刚才差点晕倒。自己测过验孕棒是两道杠，她觉得“可能看错了”。左下腹压痛明显。",
    "Fitting for 20 minutes, not waking between the fits.",
    "55-year-old woman on adjuvant chemotherapy for breast cancer, temperature 38.4. SH: no alcohol during chemotherapy.",
]

ROUND_99_100_STATUS = [
    # the advice that ends a note is what to watch for
    ("告知如出现持续眩晕伴走路不稳、说话不清、肢体无力，立即拨打120。", "ataxia", "uncertain"),
    ("告知如安静时出现喉鸣、呼吸费力、嘴唇发紫，立即到急诊", "stridor", "uncertain"),
    ("家长告知孩子抽搐10分钟了还没停", "seizure", "present"),
    ("嘱患者复诊但患者诉今晨胸痛", "chest_pain", "present"),
    ("Plan: told to call 999 if he becomes breathless, has chest pain or coughs blood.", "chest_pain", "uncertain"),
    ("Safety-net to come in the same day for fever. Now has chest pain.", "chest_pain", "present"),
    # "没有突然出现的…": the 出现 belongs to what is denied
    ("没有突然出现的手脚无力、嘴歪、说话不清。", "facial_droop", "absent"),
    # not a fit: an eyelid's twitch, the pauses between coughing fits
    ("眼皮一直抽，左眼皮跳了一个星期了", "seizure", None),
    ("Terrible coughing fits, then a whoop. Between the fits she's completely well.", "seizure", None),
    # not a slip for 复视
    ("教她腹式呼吸", "diplopia", None),
    # a word said, then the reading or the reason that undoes it
    ("Mum said she'd gone into anaphylactic shock. Welts on her arms. BP normal for age.", "hypotension", "absent"),
    ("The last vomit was bright red, straight after a big cup of blackcurrant squash.", "haematemesis", "absent"),
    ("'I'm dying, it's like being hit by a bus.' Fever 38.2, aching everywhere.", "thunderclap_headache", None),
    ("嘴里全烂了，手心、脚心、屁股上有红色小疱疹", "vesicles_on_hands_feet", "present"),
]


def test_a_headache_that_built_up_is_no_thunderclap_and_hand_foot_mouth_is_no_sjs() -> None:
    text = ("Known migraineur: 'worst headache I've ever had'. Zigzag lights for 20 minutes, then a throbbing right-sided "
            "headache building over about an hour.")
    assert "thunderclap_headache_sah" not in {f.id for f in _assess(text).red_flags}
    text = "女孩，2岁半。嘴里全烂了，手心、脚心、屁股上有红色小疱疹。幼儿园里好几个孩子得了。"
    assert "sjs_ten_suspected" not in {f.id for f in _assess(text).red_flags}


# ---- rounds 101-102: the video call with home devices; what they tried first ----

ROUND_101_102_EMERGENCIES = [
    "女孩，2岁，半小时前趁大人不注意打开床头的风油精，喝了大概半瓶，吐了一次。",
    "2 year old found with grandma's bottle of red flower oil, lid off. Mum thinks he drank some.",
    "男，52岁，支气管扩张。今天早上咳嗽后大口咯鲜血，一口接一口停不下来。",
    "夜间视频。男，2岁，咳嗽像小狗叫。他安静坐在妈妈腿上、不哭的时候，每次吸气都有很响的“咝咝”声，胸骨上窝和肋骨下面一吸气就明显凹进去。",
    "视频问诊。女，63岁。一小时前突然左半边的东西看不见了，同时走路站不稳，往一边倒。",
    "Video with mum, 2-year-old with a barking cough. A harsh noise on every breath in while he's sitting quietly on her "
    "lap, and the skin between his ribs is sucking in with each breath.",
    "Video, 4-year-old girl. Fever, ear thermometer 39.1. Today she refuses to stand or walk and screams when mum "
    "moves the hip.",
    "Phone, 78M with a known enlarged prostate. Hasn't been able to pass urine for 10 hours, lower tummy painful and "
    "swollen, a round bulge above the pubic bone.",
]

ROUND_101_102_STATUS = [
    # sputum coughed by the bowlful is no blood
    ("咯了大半碗痰", "massive_haemoptysis", None),
    ("小孩吃了樟脑丸？没有，樟脑丸都在", "toxic_ingestion", "absent"),
]


def test_weeks_since_the_last_period_are_a_gestation() -> None:
    case = extract("女，31岁，末次月经到今天5周2天，前天验孕阳性。")
    assert case.pregnant and case.gestation_weeks == pytest.approx(5.0)


# ---- rounds 103-104: after a vaccine or a new medicine; seasons, weather and festivals ----

ROUND_103_104_EMERGENCIES = [
    "女，15岁，抑郁症在吃舍曲林。今晚跟父母吵架后把剩下的舍曲林全吃了，大概25片（每片50mg），大约1小时前。",
    "Elderly lady with RA on methotrexate 10 mg once a week. Daughter has just realised she's been taking it every day "
    "since her new dosette box started 8 days ago. Now mouth full of ulcers and sore throat.",
    "67 yo with known angina, stopped his bisoprolol 5 days ago. Since then chest tightness walking to the end of the "
    "garden, and twice this week at rest watching the TV.",
    "12-week-old boy, off feeds since this morning, pale and sweaty, breathing fast. Heart rate on the sats probe 276.",
    "2-year-old found with grandma's new blood pressure tablets, 4 missing from the blister strip. Seems fine for now.",
    "50-year-old with type 2 on empagliflozin, hardly eaten since surgery. Vomiting, tummy pain. Blood glucose only 9.8 "
    "but blood ketones 5.6.",
    "Both kids have been off school with headaches and being sick too, they're all better when they stay at grandma's, "
    "and the gas boiler in the flat hasn't been serviced in years.",
    "女，45岁，云南，七月雨季。昨天中午家里炒了一盘自己上山采的野生菌，一家四口都吃了。昨晚开始恶心、呕吐、拉水样便。",
    "69, says it's 'gout again', but this time it's the right knee, never had it there before. Two days hot and swollen "
    "and he can hardly bend it. Temp 38.4.",
]

ROUND_103_104_STATUS = [
    # 血 opening a reading is no blood in the vomit
    ("没有肚子痛呕吐，血压心率都正常。", "haematemesis", None),
    ("意识清楚，说话清楚，喘气平顺。", "shortness_of_breath", "absent"),
    # sleepy in the mornings on a new sedating tablet is no reduced consciousness
    ("Says she feels groggy and drowsy in the mornings.", "reduced_consciousness", None),
    # a faint's recovery after a list of denials is said, not denied
    ("Out for a few seconds, no jerking, no tongue biting, came round straight away.", "rapid_recovery_after_collapse",
     "present"),
    ("Comfortable at rest, chest pain on walking.", "rest_chest_pain", None),
    # an acute dystonia said as site and state
    ("Her neck is twisted to one side, her eyes keep rolling upwards and her jaw feels locked.", "oculogyric_crisis", "present"),
    ("脖子不由自主往右边扭，控制不住。", "torticollis", "present"),
    # a 3-character state would have been a homophone slip for 往上返酸水
    ("胃里烧、往上返酸水", "acid_regurgitation", "present"),
    ("甲氨蝶呤每周一次，每次7.5mg", "prescribed_once_weekly", "present"),
]


def test_a_specific_rash_is_one_credit_not_one_per_general_form() -> None:
    """A dermatomal rash is vesicles and a rash: a profile listing both general forms (hand, foot and mouth)
    is not credited twice over the one that lists the rash itself (shingles)."""
    top = _assess("70M, dermatomal rash on his left side, burning pain there for 3 days").differential[0]
    assert top.id == "herpes_zoster"


def test_chest_pain_in_the_band_of_a_shingles_rash_is_no_acs() -> None:
    text = ("71-year-old woman. Two days of burning, stabbing pain in a band round the left side of her chest going "
            "through to the back. This morning a strip of red blisters in the same band. Not sweaty, not breathless.")
    fired = {f.id for f in _assess(text).red_flags}
    assert not fired & {"acs_chest_pain_radiation_or_instability", "acs_unstable_angina_pattern"}
    # with a sweat the chest pain is a possible ACS whatever the skin shows
    sweaty = text.replace("Not sweaty, not breathless.", "Grey and sweaty.")
    assert "acs_chest_pain_with_autonomic_features" in {f.id for f in _assess(sweaty).red_flags}


# ---- rounds 105-106: found at a check-up; the corridor question ----

ROUND_105_106_EMERGENCIES = [
    "Text from my cousin late last night: hey sorry it's late, Leo is 7 weeks and he feels warm, the ear thermometer "
    "says 38.3. He's feeding ok and seems himself otherwise.",
    "Message in the family group chat: Jess is 34 weeks and has had a banging headache since lunch, her face has puffed "
    "right up. She borrowed the midwife's BP machine and it says 162/108.",
    "Sorry to message on a Sunday. Alfie's 3 and has had a temp of 39 since last night. Now he's got tiny purple-red dots "
    "on his tummy and legs, I did the glass test and they don't fade.",
    "My niece is 2 and has croup. Tonight my sister says she's making a loud noise breathing in even when she's sitting "
    "quietly on her lap.",
    "医生，半夜打扰真不好意思。我儿子2岁，咳嗽像小狗叫，现在安安静静躺着不哭的时候，吸气也有那种‘嘶——嘶’的声音。",
    "你好，问一下我老公的事。他45岁，嗓子疼得口水都咽不下去，说话声音闷闷的，吸气的时候嗓子里有呼呼的响声，发烧38.9。",
    "Hi, sorry. My uncle's a heavy drinker, and he decided to go cold turkey two days ago. Today he's shaking, sweating, "
    "confused about where he is.",
    "Quick one. My niece is 5 and had a cold, and now her left eyelid is red, hot and so swollen she can't open that eye. "
    "She's had a temperature of 38.7 since last night.",
    "My neighbour's boy is 4 and has had an ear infection for a week. Now there's a red, tender, squishy swelling behind "
    "that ear. He's still got a temperature.",
    "哥，刚才吓死我了。我儿子1岁半，感冒发烧39度，刚才突然翻白眼，手脚一抖一抖的，一分钟左右就停了。",
    "Shared-care methotrexate bloods: platelets 8. 74F with RA, taking her methotrexate 10 mg every morning instead of "
    "on Mondays. Mouth full of ulcers, bruises everywhere.",
    "6-8 week baby check. Baby girl, 7 weeks 5 days. Temp 38.4 C axillary, rechecked 38.3.",
]

ROUND_105_106_STATUS = [
    # a new denial after a comma closes the list before it, as a full stop would
    ("No lip, tongue or throat swelling, no breathing difficulty.", "throat_tightness", "absent"),
    ("no fever, cough, no rash", "cough", "present"),
    # a rash that starts behind the ears is no swelling there
    ("Today a blotchy red-brown rash starting behind the ears.", "postauricular_swelling", None),
    ("前天左手突然拿不住筷子，说话也有点不利索，大概十分钟就好了。", "symptoms_resolved", "present"),
]

ROUND_105_106_AGES = [
    ("hey sorry it's late, Leo is 7 weeks and he feels warm", 7 * 7 / 365),
    ("Alfie's 3 and has had a temp of 39", 3.0),
    ("Alfie's 2 and a half years and has had a temp of 39", 2.5),
    ("My niece is 5 and had a cold", 5.0),
    ("My neighbour's boy is 4 and has had an ear infection", 4.0),
    ("2-year check: found with nan's tablets", 2.0),
    ("20个月女宝犬吠样咳一天", 20 / 12),
    ("7-year-old sister: 'My baby brother has been sick.' He is 20 months.", 20 / 12),
    ("9-year-old sister: 'He keeps jumping in his sleep.' Brother is 3, has had mouth ulcers.", 3.0),
]


def test_a_person_at_34_weeks_with_a_midwife_is_a_gestation_not_an_age() -> None:
    case = extract("Jess is 34 weeks and has a banging headache, the midwife is coming.")
    assert case.gestation_weeks == pytest.approx(34.0) and case.age_years is None
    assert extract("It's 3 weeks since the fall.").age_years is None
    assert extract("1-year review after his MI, chest pain").age_years is None


# ---- rounds 107-108: the photo or video they sent; shorthand and abbreviations ----

ROUND_107_108_EMERGENCIES = [
    "5岁女孩，右耳痛一周，吃了几天阿莫西林。今天妈妈发来照片：右耳后面红肿，鼓起来一块。一摸耳朵后面她就哭。体温38.8。",
    "Video from mum at 2am: 2-year-old with a barking cough and harsh noisy breathing on every breath in, even while "
    "she's sitting quietly on mum's lap, and you can see the skin between her ribs pulling in.",
    "Video from dad: 10-month-old girl with watery diarrhoea and vomiting for 2 days. She's floppy and barely opens her "
    "eyes, which look sunken, and when he pinches the skin on her tummy it stays tented for a couple of seconds.",
    "Dad filmed it on his phone: 18-month-old daughter, 39.2, then went stiff, eyes rolled up and all four limbs jerked "
    "for about a minute and a half.",
    "Flatmate sent photos from a 19-year-old's room: five empty 16-tablet boxes of paracetamol. She told her she took "
    "all of them about 4 hours ago because she wanted it all to end.",
    "They sent a photo of their gas boiler: black sooty streaks and the flame looks lazy and orange. Mum, dad and two "
    "kids have all had headaches and nausea for a week.",
    "男，31岁，两周前拉过几天肚子。这三天两条腿越来越没劲，今天上楼要扶着扶手。他说手指头也开始发麻，拿筷子没劲了。",
    "男，66，劳力性胸闷2y，近1/52发作明显频繁，昨夜静息时发作2次，每次约15min。现无胸痛。",
    "16F sudden onset severe R lower abdo pain 3h, V x4. Known 6 cm R ovarian dermoid on USS. R adnexal TTP.",
    "79F on warfarin (AF), tripped + hit occiput on door frame 3h ago. LOC -ve, now mild HA, V x1. GCS 15/15.",
]

ROUND_107_108_STATUS = [
    # a dark stool on iron said to be formed and not shiny or sticky is no melaena
    ("吃琥珀酸亚铁。大便是深墨绿偏黑的颜色，成形的，不稀，不发亮也不黏。", "non_tarry_stool", "present"),
    # a parent's fear for the baby
    ("妈妈担心孩子会'停止呼吸'。", "apnoea_episodes", "uncertain"),
    # resting after exertion is no pain at rest
    ("活动后胸闷，安静坐着一会儿就好了。", "rest_chest_pain", None),
    ("R leg: cold, pale, pulseless. Sudden onset 3 h ago.", "cold_pale_limb", "present"),
    # the age of an earlier episode's recovery is not this one's
    ("今早八点突然右手拿不住筷子，到现在一个小时了。他以前有过一次类似的，几分钟就好了。", "symptoms_resolved", None),
]


# ---- rounds 109-110: reassuring tests that mislead; far from help ----

ROUND_109_110_EMERGENCIES = [
    "35M with known epilepsy, generalised tonic-clonic seizure started 12 minutes ago and hasn't stopped. Buccal "
    "midazolam given at 5 minutes, no effect.",
    "Small island clinic, 3 am. 2-year-old, barking cough and noisy breathing even sitting quietly on mum's lap, "
    "pulling in under the ribs.",
    "女，66岁，糖尿病。下午做家务时胸骨后压榨样痛，往左肩和左臂内侧放射，含了一片硝酸甘油没明显好转。肌钙蛋白是阴性的，心电图也没什么特别。",
    "王师傅，71岁，这两年爬三楼会胸闷。这一周走平路几十米就闷，昨晚和今早躺着看电视都闷了一次。刚做的心电图没问题。",
    "一家三口今早都头痛、头晕、恶心。昨晚屋里生了蜂窝煤炉子，门窗都关着。三个人指脉氧都是98%，妈妈说血氧这么好，不会是煤气中毒吧。",
]

ROUND_109_110_STATUS = [
    # a worried question is a doubt, not a denial
    ("不会是煤气中毒吧", "co_exposure", "uncertain"),
    ("孩子抽搐已经8分钟了还没停", "seizure_without_recovery", "present"),
    ("the fit stopped after a minute, she has not stopped crying", "seizure_without_recovery", None),
]


# ---- rounds 111-112: emotion on the page; the child or teenager tells it ----

ROUND_111_112_EMERGENCIES = [
    "男，67岁，房颤，抗凝药自己停了两个月。骂骂咧咧进来：“他妈的，我这条右腿俩钟头前突然就不行了，冰凉冰凉的，白得跟纸一样，又麻又疼！”"
    "查体：右足背动脉、胫后动脉未触及搏动。",
    "女，19岁。“两个小时前吃了一整板安眠药。没什么，就是想睡一觉别再醒了。”",
    "孩子妈妈：“闺女15岁，1型糖尿病，今天吐了好几回，喊肚子疼！血糖仪测的28.6，尿酮体三个加号！”",
    "Mum: She got into my mum's handbag, there were pills all over the floor, I don't know how many she's had!!! 2yo girl.",
    "7-year-old sister: 'My baby brother has been sick loads and done watery poo all day and now he won't wake up "
    "properly.' He is 20 months. Lethargic, sunken eyes, skin pinch goes back very slowly.",
    "9-year-old sister: 'He keeps jumping in his sleep.' Brother is 3, has had mouth ulcers and a spotty rash on his "
    "hands and feet for 3 days. T 39.6, HR 165, fine tremor of both arms, he has vomited twice today.",
    "12-year-old girl was babysitting: 'I tripped and he hit his head on the floor.' Brother is 9 months. Soft boggy "
    "swelling about 6 cm over the right parietal area.",
    "6-year-old boy, cold for a week. Left upper and lower lids red, hot and swollen shut, eye pushed forward a little, "
    "painful and limited eye movements. T 38.9.",
    "16岁女生：'医生，能不能别告诉我妈？'她说月经推迟了三周，昨天测了验孕棒是阳性。这两天右下腹隐痛，今天早上有少量褐色出血。查体右下腹压痛。",
    "11岁男孩，昨天全家吃了爸爸在山上采的野生菌。他说：'我一直吐，肚子好疼，我看见墙上有好多小人在跳舞。'",
]

ROUND_111_112_STATUS = [
    # the answer quoted after a reported question decides it; a thought said plainly still stands
    ("问及是否有轻生念头：“那倒没有，我不会想不开的，孩子还要我管呢。”", "suicidal_thoughts", "absent"),
    ("那倒没有想死，就是觉得活着没意思", "suicidal_thoughts", "present"),
    # "low temp" is a low-grade temperature, not hypothermia
    ("Barking cough started at 2am, bit hoarse, low temp.", "hypothermia", None),
    # swearing names no mother; a relative's lap is a place
    ("他妈的，我这条右腿冰凉冰凉的", "cold_pale_limb", "present"),
    ("现在安静坐在妈妈腿上也有明显吸气性喉鸣", "stridor", "present"),
    # a Chinese state must open its clause to describe the site of a long clause before
    ("碗里是深褐色糊状的东西，乍看有点像咖啡渣，睡前喝了一大碗黑芝麻糊", "haematemesis", None),
]


def test_resolved_symptoms_send_a_ranked_stroke_down_the_tia_pathway() -> None:
    text = ("68M. Yesterday afternoon his right hand went clumsy, dropped his cup, and his words came out muddled for about "
            "15 minutes, then everything went completely back to normal. Exam today normal.")
    assert _assess(text).triage.level == "urgent"
    persisting = "72岁男，今早突然右手拿不住筷子，说话含糊不清，嘴角往左歪，到现在一个小时了。他以前有过一次类似的，几分钟就好了。"
    assert _assess(persisting).triage.level == "emergency"


def test_a_fit_with_a_faints_quick_recovery_is_no_etat_sign_from_two() -> None:
    text = ("15F fainted at her blood test: went grey when she saw the needle, slumped in the chair, a couple of jerks, came "
            "round within about 20 seconds, knew where she was straight away.")
    assert "etat_emergency_signs" not in {f.id for f in _assess(text).red_flags}


# ---- rounds 113-114: the skin tells it; mind, drink and poisons a third time ----

ROUND_113_114_EMERGENCIES = [
    "40-year-old man, divorced last year. Tells me he drove to the bridge last night and stood looking over the railing "
    "for about an hour. Says he'll go back tonight and 'do it properly'. Lives alone.",
    "46-year-old builder, brought in by his wife who found a rope in his van and searches about knots on his phone. "
    "Won't promise to keep himself safe.",
    "68-year-old man with advanced prostate cancer. He's got a hosepipe from the car exhaust ready and says he'd "
    "probably do it on Friday while she's at her sister's.",
    "21-year-old woman who takes propranolol. Flatmate says she swallowed the rest of the box an hour ago after "
    "failing a resit. Pulse 44, BP 82/50.",
    "Daughter rang about her 66-year-old mum, who drinks a bottle of sherry a day. Snowed in, ran out two days ago. Now "
    "shaking, sweaty, seeing children playing in the garden that aren't there.",
    "男，43岁，离婚后一个人住。朋友圈发了一句“都结束了，谢谢大家”。问他有没有想过结束生命，他说：“想过，就这几天的事。”",
    "男，24岁。同事发现他手臂上有一排圆形烫伤，他承认是自己用烟头烫的。今天他说已经给爸妈写好了信，“这周末就可以解脱了”。",
    "男孩，2岁半。刚才发现他坐在地上，降压药瓶盖开着，地上散了几粒，不知道吃进去几粒。",
    "男，32岁，家属说他这几天在外面“溜冰”，两天没睡。现在非常激动，说楼道里有人装了摄像头监视他、要害他。满头大汗，瞳孔散大。",
]

ROUND_113_114_STATUS = [
    # "finish the rest of the box" is advice, not an overdose; a spot picked on the face is no plan
    ("Finish the rest of the box of antibiotics.", "self_poisoning", None),
    ("He picked a spot on his chin and it got infected.", "suicide_plan", None),
    # "on and off" joins no list, so the fits after a denial are said
    ("No fever, fitting on and off, no rash", "seizure", "present"),
    # items strung only by commas stay ambiguous: the thought before a new denial is kept
    ("Not sleeping, no appetite, feels hopeless, wants to die, no self-harm.", "suicidal_thoughts", "present"),
    ("There is no lip, tongue or throat swelling and no wheeze.", "throat_tightness", "absent"),
    # only a child's age after a relative names the patient: "Brother is 3", not "mother is 70"
    ("FH: mother is 70 and has diabetes", "diabetes_history", None),
]


ROUND_115_116_EMERGENCIES = [
    # session 16's leftovers: fluid refusal in depression with dehydration, ecstasy, a near-hanging
    "女，76岁，有抑郁症病史。这一周整天躺在床上，不吃不喝，已经三天几乎没喝过水，小便很少。",
    "34-year-old woman with depression, in bed for a week. Hasn't drunk anything since yesterday morning, mouth very dry.",
    "22-year-old from a festival, they think he took MDMA. Agitated, drenched in sweat, pupils like saucers, temp 39.6.",
    "19-year-old man. His brother cut him down from a ligature in the garage half an hour ago. Hoarse voice.",
    "女孩，4岁，把外婆的格列本脲当糖豆吃了，外婆数了数少了三片。",
    "6岁男孩，出水痘第5天。右大腿上一个水痘周围红肿，扩散得很快，中间发紫发黑，烧到40℃。",
    "63M cut his calf on rocks 36 hours ago. Calf swollen and purple-red with dark blood-filled blisters, redness has crept up.",
    "女，77岁，房颤。右前臂和手突然剧痛、发麻，现在右手冰凉苍白，摸不到右手桡动脉搏动。",
    # round 115: the familiar label, and this time is different
    "66岁男，稳定型心绞痛老病号。这一周不一样了：昨晚睡着时胸痛痛醒，持续十五分钟，今天上午坐着看报纸又痛了一次。",
    "74M, BPPV on file. Came on suddenly at 7am, room spun and he fell to the left, can't see out to the right side.",
    # round 116: the consultation as a transcript
    "医生：什么时候吃的蘑菇？\n患者：昨天中午，在山上自己采的，炒了一盘。\n医生：什么时候开始不舒服？\n患者：昨晚开始上吐下泻。",
    "Dr: The sciatica - what's changed?\nPt: Since yesterday both legs are going, and it's numb, down below.\n"
    "Dr: Bladder?\nPt: Hard to get going.\nDr: Reduced sensation S3 to S5.",
    "Dr: When did the pain start?\nPt: Suddenly, at netball. Right side, low down, like a knife.\nDr: Sick?\n"
    "Pt: Been sick three times.\nMum: She had a cyst on her right ovary on a scan in the summer.\nDr: She's 17.",
    "Dr: How many weeks are you?\nPt: Thirty-five.\nDr: The headache?\nPt: Worst I've had, my vision's gone blurry.\n"
    "Dr: She's 27. BP 166/108, urine protein 3+.",
]

ROUND_115_116_STATUS = [
    # a question answered with something else leaves what it asked unsaid
    ("D: Any weakness in an arm or leg, face drooping, words muddled?\nP: My hand tingled a bit with the zigzags.",
     "facial_droop", "uncertain"),
    ("问：头碰到没有？晕过去没有？\n答：戴着头盔，没晕。", "syncope", "uncertain"),
    # ...but not the caller's own statements before her doubt
    ("“我妈四天没解大便了，肚子有点胀，会不会是肠梗阻？”\n问：放屁吗？——“放。”", "abdominal_distension", "present"),
    # a treatment refused is not taken; "S3 to S5" is a sacral level, not a heart sound
    ("They said irregular, I didn't want the blood thinners.", "anticoagulant_use", None),
    ("Reduced sensation S3 to S5, ankle reflexes absent.", "third_heart_sound", None),
]


ROUND_117_118_EMERGENCIES = [
    # round 117: forms and checklists
    "Community alcohol team form\n49M\nDrinking: 1 litre vodka a day for years; stopped 3 days ago\n"
    "Hallucinations: YES - seeing insects on the walls\nSeizure: one fit yesterday",
    "Phone call form. 2y 6m F, about 13 kg. Swallowed: grandma's amlodipine 10 mg, up to 4 missing from the blister "
    "pack, about 30 min ago. Symptoms: none, playing.",
    # round 118: pregnancy and the year after birth
    "Phone triage, husband calling. She's 27, period is about 10 days late and she did a test last night which was "
    "positive. Sharp pain low down on the right since yesterday, passed out in the bathroom.",
    "35-year-old, 6+3 by dates. Had a left tubal ectopic two years ago. Two days of lower abdominal pain, more on the "
    "left. Left adnexal tenderness.",
    "29/40, rear-ended at a roundabout this morning. Now getting period-type tightenings and some fresh red bleeding on her pad.",
    "Quick call - 39 weeks, says the baby hasn't really moved since last night.",
    "4 months postnatal. Low since the baby was born. Today told me she's been saving up her sertraline and co-codamol.",
    "Five weeks after the birth she's barely eaten or drunk anything for two days, says there's no point to anything. Lips dry.",
    "7/52 baby, 38.4 on the ear thermometer, feeding fine.",
    "She's just had the baby on the bathroom floor. Placenta came out but there's a lot of blood, and she's gone very pale.",
    "Took misoprostol at home 2 days ago for a missed miscarriage at 9 weeks. Changing a full pad every 20 minutes.",
    "31 weeks, low-lying placenta on the 20-week scan. Woke up in a pool of bright red blood, no pain at all.",
    "试管婴儿，移植后5周了。hCG一直在涨，但是前天B超宫内没看到孕囊。今天右下腹持续痛，按下去痛。",
    "产后3周。已经两天不吃不喝了，反复说自己是坏妈妈，说听见有声音叫她带孩子一起走。",
    "孕27周，今天在家突然阴道流鲜血，一下子就湿透了一片卫生巾。20周大排畸B超说胎盘位置正常。",
    "孕36周，刚才突然肚子持续剧痛，阴道流出暗红色的血，子宫摸着很硬，一直不放松。",
    # session 16's leftovers: a baby's tense fontanelle without fever, massive haemoptysis said as a cupful
    "4个月男婴，今天一直烦躁，吃奶少一半，吐了一次，下午开始蔫蔫的。体温37.3℃。查体：精神差，前囟饱满、张力高。",
    "男，58岁，肺结核病史。儿子：“刚才一口气咳了大半杯血，还有血块！”",
]

ROUND_117_118_STATUS = [
    # a form's fields on one line, separated by spaces, slashes or a dash before a comment
    ("4. 出汗：否   气短：否   放射到手臂/下颌：否", "sweating", "absent"),
    ("6. 吞咽困难：否   呕血/黑便：否   体重下降：否", "melaena", "absent"),
    ("9. 发热/颈部僵硬：否/否", "neck_stiffness", "absent"),
    ("Stridor at rest: NO - only when crying.", "stridor_at_rest", "absent"),
    # a feeling of warmth before a faint is no fever; "29/40" is a gestation, a score out of 40 is not
    ("晕倒前：恶心、发热感、视物发暗", "fever", None),
]

ROUND_117_118_AGES = [
    ("Phone call form. 2y 6m F, about 13 kg.", 2.5),
    ("7/52 baby, 38.4 on the ear thermometer", 7 * 7 / 365),
]


ROUND_119_120_EMERGENCIES = [
    # round 119: traditional and lay words
    "男，58岁，老胸痹了。今早6点多胸口像压了块大石头，含了丹参滴丸不管用，已经40分钟了，大汗淋漓，恶心想吐。",
    "孕妇，35岁，孕32周。今天下午肚子突然一阵剧痛，肚皮硬得像木板，阴道流暗红色的血，孩子动得比平时少多了。",
    "Seventy-nine-year-old with an irregular heart. Her left leg went cold and white as marble an hour ago, pins and "
    "needles in the foot. Can't feel a pulse behind the knee or at the ankle.",
    "Grandad on the phone: his grandson, 2, got into his dosette box of heart tablets. A few of the slots are empty.",
    "Sixty-eight-year-old went all of a heap forty minutes ago. Staggers to the left, room spinning, and says he's "
    "lost the vision on his left side.",
    # round 120: the story that changes its mind
    "男，52岁，肺结核正在抗结核治疗。他说“就咳了几口血丝”，家属端来的盆里却是小半盆鲜红的血，现在还在咯。",
    "男，52岁，每天喝一斤白酒。他说“三天前就戒了”，老婆说他看见墙上有虫子爬，今天连家里人都不认得了，手抖，满身大汗。",
    "He says his angina's the same as always. His wife says he's been using the GTN spray three or four times a day, "
    "and this morning it came on while he was sitting reading the paper.",
    "Period pain, she said - 16-year-old - but this came on suddenly during PE, left-sided and severe, and she's vomited "
    "three times. A scan in the spring showed a left ovarian cyst.",
    "6-week-old, mum said no fever when she booked - then mentioned 38.2 on the rectal thermometer last night.",
]

ROUND_119_120_STATUS = [
    # a first claim in quotes that the text goes on to revise is only a claim
    ("他一开始说“两条腿都麻”，我让他指给我看，其实只是左小腿外侧到脚背麻。", "bilateral_sciatica", "uncertain"),
    ("她一开始说“胸痛”，问了几遍，她说其实不是痛，是心跳得很重。", "chest_pain", "uncertain"),
    ("'Lost the sight in my eye,' says this 27F - asking more, it was zigzag lines, then gone.", "visual_field_loss", "uncertain"),
    ("Mum said on the phone he had a fever - she now says the reading was 37.4.", "fever", "uncertain"),
    # ...but a first claim nobody revises stands
    ("她一开始说“胸痛”，后来出汗。", "chest_pain", "present"),
    # a denial after a pause to think; a red drink; found oriented and chatting
    ("手麻和说话不清她想了想说都没有。", "slurred_speech", "absent"),
    ("She said there was blood in the vomit - but she'd been drinking cherry cordial.", "haematemesis", "absent"),
    ("Wife said he was confused this morning; he's fully oriented and chatting normally now.", "confusion", "absent"),
    ("Confused, not fully oriented.", "confusion", "present"),
    # how often, said for a yes
    ("Dr: Any thoughts of ending your life?\nPt: Every day, I think about it.", "suicidal_thoughts", "present"),
    # ten years of epilepsy is no ten-year fit
    ("男，30岁，羊角风十年。今早发作了一次，抽了一分钟左右自己停了，现在完全清醒。", "seizure_without_recovery", None),
]


ROUND_121_122_EMERGENCIES = [
    # round 121: injuries and accidents
    "7岁女孩，野餐时被黄蜂蛰了脖子，几分钟后嘴唇和眼皮都肿起来了，声音变哑，说喘不上气。",
    "一家三口冬天在门窗紧闭的屋里吃炭火锅，爸爸开始头痛、恶心，孩子一直说困想睡觉。",
    "6岁女孩，从单杠上掉下来，头先着地。过了10分钟左右抽了一下，现在叫她能醒但马上又睡过去。",
    "8yo boy fell off the monkey bars and landed on his head. Teacher says he was out cold for about a minute. Vomited twice.",
    "26-year-old motorcyclist, right knee dislocated and put back at the scene. Now the right foot is cold and pale and he "
    "can't feel his toes properly.",
    "7-year-old fell onto his outstretched right arm. His right hand is white and cold, I can't feel a radial pulse.",
    "Fire crew pulled a 60-year-old man out of a smoke-filled house fire. Soot around his nose and mouth, headache, vomited.",
    "18-month-old with a cold. This evening she went stiff and then jerked all over for about 2 minutes.",
    # round 122: medicines gone wrong
    "Epilepsy, 19F, on valproate; neurology added lamotrigine 4 weeks ago. Now fever, a sore mouth with ulcers, red sore "
    "eyes and a spreading rash with blisters.",
    "男孩2岁3个月，奶奶发现他拿着她的消渴丸瓶子在玩，瓶盖开了，少了大概十来粒，不知道吞了几粒。",
]


ROUND_123_124_EMERGENCIES = [
    # round 123: the examination carries it
    "男，2岁，咳嗽像狗叫。查体：孩子安静坐在妈妈怀里时也能听到吸气性喘鸣，胸骨上窝及肋间隙明显凹陷。",
    "女，55岁，重症肌无力病史3年。查体：双眼睑下垂，构音含糊带鼻音，喝水从鼻孔呛出，咳嗽无力。",
    # round 124: the clock matters
    "1岁10个月女孩，大约40分钟前在奶奶床头柜翻出一瓶格列本脲，发现时嘴里还有药渣，不知道吞了几片。",
    # a feared overdose with drowsiness is still treated as one
    "Husband worried she's overdosed - she's very drowsy and hard to rouse.",
]

ROUND_123_124_NOT_EMERGENCIES = [
    # two paracetamol doses an hour apart, and the patient's own worry; a cellulitis spreading past its pen
    # line over two days with mild pain and no systemic sign
    "38-year-old man, about 80 kg. Took 1 g paracetamol at 08:00, forgot and took another 1 g at 09:00. Worried he's "
    "overdosed. No other paracetamol-containing products.",
    "67F, warm red patch on the left shin after a scratch. Two days later it has spread about 2 cm beyond the pen line. "
    "Pain mild and in keeping with how it looks, no blisters, temp 37.2, HR 78.",
]


ROUND_125_126_EMERGENCIES = [
    # round 125: the result that comes back
    "Repeat potassium, spun in clinic straight away: 7.1 mmol/L. 78-year-old, CKD stage 4, eGFR 19, on lisinopril.",
    "82-year-old woman, two days of breathlessness. No chest pain at all. Pulse 112. The troponin I we sent yesterday "
    "has come back at 2.6 ng/mL (ref <0.04).",
    "D-dimer 3.8 mg/L FEU. 44-year-old woman, two weeks after a laparoscopic hysterectomy, breathless since yesterday "
    "and coughed up some blood-streaked sputum. Pulse 112, sats 93% on air.",
    "Venous gas: carboxyhaemoglobin 22%. 34-year-old mum, non-smoker, she and both kids have had headaches and nausea "
    "for a week, all better when they're out of the flat. Old gas boiler.",
    # round 126: the handover
    "SBAR：S：72岁男性，右下肢突然剧痛2小时。B：房颤。A：右小腿到脚冰凉、苍白，足背动脉和胫后动脉都摸不到。",
    "Midwife SBAR to GP. S: 31F, 33 weeks, second baby, sudden constant tummy pain and some dark red bleeding 40 min "
    "ago. A: uterus hard and tender all over, baby moving less since the pain started.",
]

# and a known gap from round 121: a bitten knuckle "red, hot and swollen" is a joint, not only skin
ROUND_125_126_EMERGENCIES.append(
    "34-year-old, her cat bit her over the knuckle of the right index finger 2 days ago. Now that knuckle joint is red, "
    "hot and swollen, she can't bend the finger at all because of the pain, temp 38.2."
)

ROUND_125_126_NOT_EMERGENCIES = [
    # a normal testicular blood flow with a urine dipstick's white cells; an ECG without ST elevation
    "阴囊超声回报：右侧附睾增大，血流信号丰富，右侧睾丸血流正常。男，32岁，右侧阴囊肿痛三天，一天比一天重，"
    "体温 37.9 ℃。尿常规白细胞 2+。",
    "交班：男，25岁，感冒一周后出现胸前区刺痛，吸气和躺平时加重，坐起前倾能减轻。不出汗，不气短。心电图 PR 段压低，"
    "未见明显 ST 段抬高。",
    # creatinine high but steady against the person's baseline
    "CKD review bloods, 74M, CKD G4. Creatinine: 232 (baseline 225). Feels his usual self.",
]

ROUND_127_128_EMERGENCIES = [
    # round 127: sexual, reproductive and men's health, in the words people use
    "44-year-old man, a week of bad low back pain, now pain down the back of both legs. Since yesterday says he "
    "'can't feel his bits' when he wipes, and has to strain to start peeing.",
    "71M, known enlarged prostate. Hasn't been able to pass any urine for 10 hours, in agony low in the tummy.",
    "19-year-old man, started lamotrigine 3 weeks ago. Fever for 2 days, now skin on his back coming off in sheets, "
    "ulcers on his lips.",
    "女，49岁，糖尿病。外阴脓包挑破后，整个右侧大阴唇到大腿根肿得发亮，皮肤发紫发黑，轻轻一碰就叫，按上去有捻发音。",
    "女，19岁，昨晚喝了朋友递来的饮料后“断片”了。后脑勺有个大包，说头一直痛，今天已经吐了三次。",
    # round 128: someone else already gave a diagnosis
    "35-year-old woman, tummy bug 2 weeks ago. Seen Monday and thought post-viral. Since then the weakness has climbed: "
    "struggling to stand from a chair, hands clumsy. Knee and ankle reflexes absent.",
    "64-year-old man, diagnosed a back strain 2 hours ago. The pain started suddenly while lifting, tearing, in the "
    "chest and going straight through to the back, the worst pain of his life. BP 196/104.",
    "27-year-old woman back from 2 weeks in Bali 5 days ago. Fever for 5 days, now severe tummy pain, vomiting "
    "everything, bleeding gums when brushing and a nosebleed.",
]

ROUND_127_128_NOT_EMERGENCIES = [
    # exertional chest tightness that settles within minutes of rest, never at rest, unchanged for two months
    "男，56岁，糖尿病，抽烟。近两个月爬三楼或者快走时胸口发闷，停下来休息两三分钟就好，从来没有在休息时发作过，"
    "这两个月也没有加重。静息心电图正常。",
]

ROUND_127_128_STATUS = [
    # a bracket that sets something aside from a form's item: the answer is the item's, not the bracket's
    ("Aura: yes - zigzag lines for 20 min, go completely. Loss of vision (apart from zigzags): no.", "visual_aura", "present"),
    ("Aura: yes - zigzag lines for 20 min, go completely. Loss of vision (apart from zigzags): no.",
     "reduced_visual_acuity", "absent"),
    ("视力下降（除了闪光）：无", "reduced_visual_acuity", "absent"),
]

ROUND_129_130_EMERGENCIES = [
    # round 129: the clinician as patient
    "我是心内科规培医生，27岁男。两周前病毒性感冒，这几天稍微一动就心慌气短。高敏肌钙蛋白I是正常上限的20倍，心电图窦速110。",
    "我是医学院学生，男，25岁。两周前拉了三天肚子。前天开始两只脚发麻、脚没劲，今天两只手拿筷子都没劲了。膝反射、跟腱反射都敲不出来。",
    "Community nurse, 61M, naproxen for a month. Two black, tarry, very smelly stools since yesterday and he went "
    "lightheaded getting out of bed. Says the black is from the iron tablets he started himself.",
    "Anaesthetist, 48M. He's been drinking a bottle of wine plus most nights for years and stopped abruptly 2 days ago. "
    "Now sweating, shaking, confused about where he is and seeing insects on the walls.",
    "Paediatric nurse, about her son, 6 weeks. Temp 38.4 rectally tonight, snuffly like his big sister.",
    # round 130: numbers and units from elsewhere
    "55岁女，乳腺癌，上周五打的第三个疗程化疗。今天发冷发抖，家里体温计是华氏的，测了101.3，又测一次100.9。",
    "79岁男，前列腺增生多年。从昨晚11点到现在中午12点一滴尿都没尿出来，小肚子胀得鼓起来，痛。",
    "4个月男婴，咳嗽流涕三天，今天喘得厉害。数了呼吸一分钟72次，肋间凹陷，指氧9 0%。",
    "55岁男，高度近视。三天前右眼前突然很多黑点在飘，还有闪光，今天右眼下半边像被窗帘挡住了。",
    "Lady of 74 with rheumatoid, on methotrexate 10 mg once a week. New blister pack and she's been taking four every "
    "morning for the last 8 days. Mouth full of ulcers, diarrhoea since yesterday.",
    "Day 5 after a normal delivery, thumping headache since last night. Midwife's BP a hundred and sixty-four over a "
    "hundred and four.",
]

# and a known gap from round 117: a form gives the joint in one field and its states in the next ones
ROUND_129_130_EMERGENCIES.append("Same-day triage form - joint\n69F, knee OA\nJoint: L knee\nHot: Y\nSwollen: Y\nFever: Y, 38.7")

ROUND_129_130_NOT_EMERGENCIES = [
    # four months and ten days old, with a rectal 38.1: not an infant under three months
    "4个月零10天的女婴，流清涕一天。额温100.6°F，我们量肛温38.1，吃奶正常，逗她会笑，尿布换了7片都是湿的。",
]

ROUND_129_130_AGES = [
    ("4个月零10天的女婴，流清涕一天。", 4 / 12 + 10 / 365),
    ("Paediatric nurse, about her son, 6 weeks. Temp 38.4.", 6 * 7 / 365),
    ("Lady of 74 with rheumatoid.", 74.0),
]

ROUND_129_130_STATUS = [
    ("Joint: L knee\nHot: N\nSwollen: N\nFever: N", "hot_swollen_joint", "absent"),
    ("Joint: L knee\nHot: N\nSwollen: Y", "joint_swelling", "present"),
]

ROUND_131_132_EMERGENCIES = [
    # round 131: notes from traditional and complementary practitioners
    "中医内科：女，38岁，一年前起双眼皮下垂，下午重、早上轻。近1周加重，现在喝水呛咳、吞咽困难，说话带鼻音，今天开始觉得喘不上气。"
    "查：双睑下垂，疲劳试验阳性。",
    "Reflexologist's note: Mrs D's right foot is stone cold and pale white compared with the left. She says it came on "
    "suddenly this afternoon. I could not feel a pulse on top of the foot. 74F, AF, stopped her apixaban 2 weeks ago.",
    "Herbalist's client, 60F, brewed her own fu zi (processed aconite root) decoction for joint pain, doubled the dose. An "
    "hour later numbness and tingling of the lips and tongue spreading to her hands and feet, nausea and vomiting, "
    "palpitations. Pulse irregular, jumping between 48 and 110, BP 94/60.",
    # round 132: food and drink
    "34-year-old man, Campylobacter food poisoning two weeks ago. Now three days of tingling feet, and his legs are getting "
    "weaker each day; today it's in his hands too. Knee and ankle reflexes absent.",
    "5-year-old boy had bloody diarrhoea a week ago. Now pale, puffy around the eyes, barely passed any urine in the last "
    "day. Creatinine today 265 µmol/L; it was 35 last year.",
    "Couple in their 30s brewed a tea from angel's trumpet flowers two hours ago. He's now agitated and confused, pupils "
    "widely dilated, skin hot, red and dry, and he hasn't passed urine since.",
    "52-year-old fisherman ate a toadfish he caught. Lips and tongue went numb, tingling in his fingers, vomited, now weak "
    "all over and breathing getting shallow. SpO2 90% on air.",
]

ROUND_131_132_NOT_EMERGENCIES = [
    # a lip and a few hives after a possible nut trace, with no airway, breathing or circulation problem
    "9-year-old girl with known peanut allergy ate a cereal bar labelled 'may contain nuts' an hour ago. Top lip swollen "
    "and a few hives around her mouth. Tongue normal, voice normal, no cough or wheeze, no vomiting. Sats 99%.",
]

ROUND_133_134_EMERGENCIES = [
    # round 133: heat, cold, smoke, floods and power cuts
    "Clearing brush on a hot afternoon, 45M disturbed a hornets' nest and was stung forty-odd times on the head and "
    "arms. Today his muscles ache, his urine is dark like cola and he's passing much less of it.",
    "Mum rang: 3-year-old boy left asleep in the car about 40 minutes with the windows up on a hot afternoon. Now "
    "floppy, eyes rolling, not responding to her properly, skin red and burning hot.",
    "28F, 30 weeks pregnant. Power's been out two days so they brought the gas camping heater inside the flat. She and "
    "her partner both have headaches, feel sick and dizzy; both felt better when they went out to the shops.",
    "29F, 31 weeks pregnant, slipped on the icy pavement this morning. Now constant tummy pain, the womb feels hard and "
    "tender, some dark red bleeding, and the baby's been moving less since.",
    # round 134: the first month of life
    "Term baby boy, 50 hours old on the postnatal ward, still hasn't passed any meconium. Abdomen getting bigger and "
    "tight, and he has now vomited green twice.",
    "Mum was GBS positive. Baby now 30 hours old, started grunting about an hour ago, resp rate 76, temp 37.9.",
    "Postnatal ward, baby 40 hours old. Temperature 38.2 and again 38.2 an hour later.",
    "足月儿，妈妈胎膜早破30小时才分娩。生后6小时开始呼吸快，每分钟75次，呻吟，有明显的三凹征。",
    "出生第19天，这两天吃奶差，今天吐了四次。体温36.2℃，没发烧，可孩子特别蔫，一直睡，前囟鼓鼓的，摸着张力高。",
    "9-day-old daughter stiffens, eyes roll to one side, legs cycling, lasts about 30 seconds each time. Five of these "
    "in the past hour, sleepy in between. No fever.",
    "Nurse calling about an 11-day-old girl. Sleepier, taking only 10 ml a feed. Temperature 35.5, pauses in her "
    "breathing of 15 to 20 seconds.",
    "35周早产，出生第1天。腋温35.8℃，吃奶没劲，抱起来软软的，反应差，足跟血糖1.8 mmol/L。",
    "Dad made up the night bottle from a water bottle that had diluted bleach in it. 19-day-old took about 20 ml. Now "
    "coughing, retching and drooling.",
]

ROUND_133_134_NOT_EMERGENCIES = [
    # a hot room's temperature; dry skin said as 发干 (not 发绀); a pulsatile mass not felt; a baby straining at stool;
    # a newborn's black-green meconium; an eye's yellow-green pus; a faint-like turn in the sun with no diabetes
    "女，58岁，热浪持续快一个月，家里没装空调，晚上屋里三十一二度。她躺下一两个小时睡不着，白天没精神。体温正常。",
    "女，54岁，这个冬天特别怕冷，乏力、便秘，皮肤发干。神志清楚，体温36.3℃，心率62次/分。TSH 18mIU/L。",
    "男，35岁，今早突然右侧腰部绞痛，往右下腹和大腿根放射，恶心没吐。尿常规红细胞满视野。腹软，摸不到搏动性包块。",
    "Formula-fed boy, 4 weeks old tomorrow. Passes hard little pellet poos every 3 days, strains, grunts and goes red in "
    "the face doing it. Feeding well, tummy soft.",
    "出生第4天，主要来问吐奶：偶尔吐一小口白奶，不是绿的。前两天大便黑绿色黏糊糊的，昨天开始变成墨绿带黄。吃奶好。",
    "出生第5天，右眼红，眼皮肿，早上眼屎很多，是黄绿色的脓。宝宝吃奶、体温都正常。",
    "男，45岁，露天排队站了一个多小时，突然头晕眼花、出冷汗，坐到阴凉处喝了点淡盐水，十来分钟就缓过来了。没有意识丧失。",
]

ROUND_133_134_AGES = [
    ("Term baby boy, 50 hours old on the postnatal ward.", 50 / 8760),
    ("足月儿，生后6小时开始呼吸快。", 6 / 8760),
]

ROUND_135_136_EMERGENCIES = [
    # round 135: living with a long-term disability or severe mental illness
    "C6不完全性脊髓损伤的女性，36岁，平时血压偏低。已经4天没解大便了，刚才开始额头两侧胀痛，鼻子堵，脸发红，上身出汗。现在血压176/102，心率56。",
    "全结肠切除回肠造口术后2个月，男，67岁。造口排出量每天2升多，不敢喝水。这两天头晕，尿很少。今天抽血肌酐296μmol/L，出院时是88。",
    "家庭病床患者，男，71岁，10天前刚做的胃造瘘。今天一打营养液他就皱眉、呻吟，肚子硬得像板一样，按哪儿都躲，体温38.7℃，心率124。",
    "81岁男性，留置导尿管半年。家属说从早上到现在8个小时尿袋里一滴尿都没有，他一直喊小肚子胀痛，下腹部鼓起一个包。",
    "精神分裂症，男，24岁，出院后第3周，氯氮平还在加量。这几天发烧38.2℃，乏力、心慌。心率128，肌钙蛋白I比正常上限高好几倍。",
    "女，62岁，重度抑郁。这3天基本不吃不喝，喂水就把头扭开。今天嘴唇干裂起皮，一整天没见她小便。",
    "唐氏综合征女孩，3岁。咳嗽两天，像狗叫，今晚安静坐着也有明显喉鸣，吸气时胸骨上窝和肋间凹进去。",
    "55M, T6 paraplegia. Carer found the skin of his scrotum and perineum red-purple this morning and it has spread up "
    "into the groin since, a couple of blisters, and it feels crackly under the skin. T 38.9, HR 122.",
    # round 136: the mouth, the jaw and the neck
    "26M known epilepsy, girlfriend says 3 tonic-clonic fits in the last hour and he hasn't come round properly between them.",
]

ROUND_135_136_NOT_EMERGENCIES = [
    # a lifelong dysarthria in cerebral palsy; saddle numbness unchanged since an old spinal injury; a usual BP said after today's
    "脑瘫女性，29岁，坐轮椅，从小说话就含糊，家里人都听习惯了。这几天换了新轮椅，下午后脖子和两边太阳穴发紧，休息一下就好些。说话和平时一样，手脚力气没变化。",
    "52M, incomplete L1 SCI 12 years ago. Has had saddle numbness and self-catheterises since the injury, no change in that. "
    "Aching low back since pushing his chair up a ramp yesterday, eases lying down. No new leg weakness.",
]

ROUND_137_138_EMERGENCIES = [
    # round 137: the breathless patient
    "Home visit, 83-year-old woman on MST 30 mg twice a day. Today they can barely rouse her. Breathing slowly, 8 a "
    "minute, pupils pinpoint.",
    "28F: she and her partner both have had headaches, dizziness and nausea for 3 days, better when they're out at work. "
    "The gas boiler has sooty staining around it. Even the cat has been sleepy.",
    "6-week-old girl, born at 34 weeks, snuffles and cough. This afternoon mum saw her stop breathing for about 15 seconds "
    "and go pale and floppy.",
    # round 138: the belly
    "79M, prostate trouble for years, hasn't been able to pass urine since last night, in agony in his lower tummy.",
    "66M, three months of a change in bowel habit. Now three days without opening his bowels or passing wind, belly "
    "swollen and crampy, started vomiting today.",
]

ROUND_139_140_EMERGENCIES = [
    # round 139: the head and the nerves
    "男，30岁，癫痫好多年了。家属打电话来：他在家里又犯病了，全身抽，口吐白沫，到现在快十分钟了还没停，喊他不应。",
    "女，38岁，腰椎间盘突出两年。今天早上坐马桶时发现屁股和大腿内侧挨着马桶圈的地方没知觉，刚才还有一次大便没憋住拉在了裤子里。",
    "男，66岁，糖尿病。半小时前看电视时突然左边一半东西看不见了，起身走路晃得厉害，要扶着墙才能走。",
    "女婴，9个月。一小时前从大床上摔到地板上，头右侧着地。现在右边头顶鼓起一个大包，量了一下约6厘米，软软的。",
    "70-year-old man, sudden dizziness 2 hours ago. Can't sit up on the couch without holding on. Nystagmus changes "
    "direction looking left and right, head impulse test normal both sides.",
    "47-year-old woman, drinks at least a bottle of wine plus spirits daily. Sister says for three days she's been "
    "confused and complaining of double vision.",
    "83-year-old man, oxycodone dose was put up three days ago. Daughter can barely wake him this morning, his pupils "
    "are pinpoint.",
    "24-year-old rugby player, knocked out cold in a tackle for about a minute. Keeps asking the score over and over.",
    # round 140: the heart, the vessels and the legs
    "47岁男性，半小时前爬楼梯时下颌和牙床发紧发酸，停下来歇了也没好，到现在快25分钟了，满头是汗，有点恶心。没有胸痛。",
    "男，66岁，上午吃饭时左手突然一阵剧痛，随后发凉、发白、手指发麻。左侧桡动脉、肱动脉搏动消失，右侧正常。",
    "71岁男性，两天前弯腰搬花盆把腰扭了，腰痛一直没好。查体腹部脐上偏左可触及一个搏动性、膨胀性包块，有压痛。",
    "我爸两周前刚得了心梗。今天中午说左脚突然疼，现在脚冰冰凉，颜色发白，脚背上摸不到跳。",
    "男，68岁，左上臂内侧酸痛40分钟，像是拉伤了但没干重活，伴有气短，没有胸痛。",
    "69-year-old man, left hand went suddenly cold and numb at breakfast. No radial or brachial pulse on the left.",
    "38-year-old woman, palpitations for an hour. Her watch says 212 and so does our monitor. BP 82/50, clammy.",
    "57M, new chest tightness 10 days ago, at first only on hills, but this week three episodes sitting at his desk.",
    "64M, heart attack two years ago. Over the past week the distance he can walk before his chest tightens has dropped "
    "from a mile to about 100 yards.",
    "88-year-old lady with known aortic stenosis, suddenly very breathless, sitting bolt upright, wet bubbly breathing. "
    "Sats 84% on air.",
    "71M, sudden severe pain in the left loin an hour ago. They've been 'keeping an eye on a swollen artery in his "
    "tummy'. Pale and sweaty.",
    "Nursing home, 88-year-old man with AF, very breathless. Pulse irregular at 140, BP 112/70, RR 36, sats 82% on air.",
]

ROUND_139_140_NOT_EMERGENCIES = [
    "女，71岁。前天早上右眼突然像有一道黑幕拉下来，大概五分钟后又慢慢恢复了。现在看东西正常，手脚也没有无力。",
    "3-year-old girl who has had two febrile fits before. Temp 39, a generalised shake lasting about 2 minutes. An hour "
    "later she's completely back to herself, running around, drinking well.",
    "女，67岁，左侧胸背部火辣辣地疼了三天，像一条带子绕过去，今天同一位置起了一串成簇的小水疱。精神好，不发热。",
    "女，51岁，月经半年没来了。近几个月经常一阵阵脸发热、出汗，夜里常热醒，没有胸痛。心电图、甲功都正常。",
    "AF review, 79F on apixaban: gums bleed a bit when brushing. No melaena, no falls. HR 74 irregular, BP 128/76.",
]

ROUND_139_140_AGES = [
    ("Community midwife day 5 visit. Baby feels warm, axillary 38.0.", 5 / 365),
    # a parent's age after the kin word, between commas (round 143)
    ("Son is worried about his dad, 80, widowed in the spring.", 80.0),
    # "三个月前" after the years is a time ago, not months of her age (round 148)
    ("女儿说：妈妈81岁，三个月前爸爸去世后一直闷闷不乐。", 81.0),
    # a name with the age in brackets (round 151), never a score with its value ("Wells (4)")
    ("Out-of-hours handover, dad on the phone: Noah (2) has had a barking cough since the evening.", 2.0),
    # the visit's day is the mother's too: an age said of her wins
    ("Midwife day 5 visit. Mum 29F has a bad headache, BP 160/110.", 29.0),
]

ROUND_139_140_STATUS = [
    # the rhythm said with the rate stays a finding
    ("Pulse 128 irregular, BP 100/60", "irregular_pulse", "present"),
    ("pulse irregularly irregular at 130", "irregular_pulse", "present"),
    ("HR 74 regular", "irregular_pulse", None),
]

ROUND_141_142_EMERGENCIES = [
    # round 141: fever and infection, at every age
    "50-year-old man being worked up for TB. Just coughed up about a cupful of bright red blood and is still bringing it up.",
    "38-year-old man, sinus infection for a week, now the right eye is swollen and pushed forward, seeing double. Temp 38.5.",
    "28-year-old man, bad lower wisdom tooth for a week. Now the floor of the mouth raised and firm, can barely open his "
    "mouth, dribbling. Temp 38.9.",
    "31-year-old who injects heroin, right wrist swollen, hot and red for 2 days, can't move it for the pain. Temp 38.6.",
    # round 142: blood and bleeding
    "产妇28岁，在家里急产，生完大概四十分钟。家属说下面一直在流血，垫的浴巾已经湿透两条，还有拳头大的血块。",
    "男，71岁，8天前做了前列腺电切手术。昨天尿又变红，像洗肉水，今天上午开始一点尿都解不出来，小肚子胀痛得厉害。",
    "孕31周，20周B超提示胎盘位置低。今天早上突然阴道流出鲜红色血，估计有小半碗，不痛。",
    "3岁男孩，两天前在床底下玩，床底放着灭鼠的毒饵。今天早上流鼻血，压了很久才止住，腿上有好几块青紫。",
    "男，50岁，捅了马蜂窝，头、脖子、胳膊被蜇了三四十下。今天早上解的尿是酱油色的，只尿了一点点。",
    "男，28岁，昨晚喝了很多酒，吐了好几次，后来使劲干呕，吐出来一茶杯左右的鲜红色血。",
    "29 weeks pregnant. Bright red bleeding started an hour after sex this evening, painless, has already filled a pad.",
    "61-year-old man stung over 30 times by hornets yesterday. Today his urine has gone dark brown like strong tea and "
    "he's hardly passed any since last night.",
    "孕36周，骑电动车摔了一跤，肚子撞在车把上。中午开始肚子持续痛，子宫摸上去硬，阴道有少量暗红色出血。",
    "58F, known bronchiectasis. This morning she coughed up fresh blood, filled half a cereal bowl.",
]

ROUND_141_142_NOT_EMERGENCIES = [
    "10个月女婴，发烧第7天，吃了三天头孢也不退。两眼结膜充血，嘴唇很红。很烦躁，吃奶比平时少了一半。",
    "4-year-old boy, temp 38.5 yesterday with a sore throat. Fine red rash that feels like sandpaper and blanches, strawberry "
    "tongue. Scarlet fever in his class. Playing, drinking, weeing normally.",
    "Day 10 after a normal vaginal birth. Since yesterday the loss is bright red again with a few small clots, 5p size. "
    "Changing a pad every 4 hours. Pulse 80, feels well.",
]

ROUND_143_144_EMERGENCIES = [
    # round 143: kidneys, bladder and fluids
    "52岁男，砍柴捅了马蜂窝，头、脖子、手臂被蜇了三十多处。今天是第二天，小便变成酱油色，量也少了。",
    "Farmer, 62M, stung about 30 times on his arms and neck yesterday. Today his wee is like soy sauce.",
    "社区护士：84岁男性，长期留置导尿管。今天早上起引流袋一直没有尿，已经6个多小时，下腹胀痛，冲洗导管冲不通。",
    "88-year-old man with a long-term catheter. The bag has been empty since this morning, catheter leaking around the "
    "sides, he keeps pointing to his lower tummy.",
    "50岁男，10年前切了右肾，只剩左肾。今天凌晨突然左腰绞痛，往大腿根放射，从早上到现在10个小时一点尿都没有。",
    "73岁男，老伴去世后情绪一直很低落。这三天几乎不吃不喝，劝他喝水也不喝，嘴唇干裂，小便一天就一两次。",
    "Son is worried about his dad, 80, widowed in the spring and low ever since. For the last 3 days he's refused food "
    "and drink. Tongue dry.",
    "70岁女，甲氨蝶呤本来是每周吃一次、一次4片，她看错了，连着6天每天吃4片。现在满嘴溃疡，拉肚子。",
    # round 144: bones, joints and muscles
    "24岁女，右手腕又红又肿，摸着发烫，活动受限，体温38.2℃。",
    "48岁男，慢性腰痛十几年。这一周屁股下面坐的那一块发麻，小便憋不住，两条腿也越来越没劲。",
    "24M, CrossFit 2 days ago, thighs rock hard, urine like Coca-Cola. CK 92,000, creatinine 310; creatinine at his work "
    "medical last year was 95.",
    "14-month-old girl, fever 38.8 since yesterday. Stopped crawling and won't pull herself up to stand.",
    "5-year-old boy, cold 10 days ago. Walking like he's drunk, now off his legs and won't stand. Knee jerks absent.",
    "69M smoker, severe back pain going round to the left flank. Pulsatile, tender mass above the umbilicus.",
    "80岁女，腰椎压缩骨折。前天开始给她贴了芬太尼贴，疼的时候再加吃曲马多。今天早上叫半天才睁一下眼又睡过去，瞳孔针尖那么小。",
]

ROUND_145_146_EMERGENCIES = [
    # round 145: sugar, glands and salts
    "52岁男，垂体大腺瘤在等手术。今天下午突然头剧痛，像被人用棍子打了一下，随后吐了几次，看东西重影，左眼皮耷拉下来睁不开。",
    # round 146: the eye and the ear
    "71岁男性，房颤多年没吃抗凝药。一个小时前吃早饭时右眼突然一黑，什么都看不清了，现在只能看到手在晃。",
    "3岁女孩，左耳痛、发烧。今天妈妈发现她左耳后面肿起来了，发红，左耳廓被顶得往前往外翻。体温39.0℃。",
    "男，34岁，鼻窦炎一周。右眼周围越来越肿，今天右眼球往外突，一转眼珠就痛，往右看有重影，体温38.7℃。",
    "78岁老爷爷，房颤在吃华法林。今早在卫生间滑倒，左边额头和眼眶撞到洗手台。没昏过去，现在人清楚。",
    "男，68岁，今天上午开车老蹭左边，看报纸左半边看不到，大约两小时前开始的。",
    "女，36岁，高度近视。前几天右眼总有闪光，昨天右眼鼻侧有块黑影，今天黑影变大，挡了快一半。",
    "72岁老爷爷，家里用芬太尼贴止痛，昨天又多贴了一片。今天叫他半天才睁眼，瞳孔缩得跟针尖一样。",
    "71 year old man with AF off his apixaban. Forty minutes ago the vision in his right eye just went, suddenly, and he "
    "can only tell light from dark in that eye now.",
    "2 year old, bitten on the right upper eyelid 2 days ago. Today the lid is hot, red, tense and swollen shut, temp 38.9.",
    "Optometrist on the phone about a 72F: painful red left eye, IOP 58 mmHg, eye hard, cornea steamy.",
    "Phone triage, 80M: 'My left eye is killing me, it's red, the lights have got coloured rings round them and I've been sick.'",
    "22 month old with a temp of 39.2. This afternoon he stiffened and shook all four limbs for about a minute. Never "
    "happened before.",
    "40M, toothache in an upper back tooth for a week. Temp 38.5, can hardly open his mouth and is struggling to swallow "
    "his spit.",
    "66M, type 2 diabetic, 2 days of a painful swollen right eye. Now he's seeing double. Temp 38.2.",
]

ROUND_145_146_NOT_EMERGENCIES = [
    "74岁女，打胰岛素，最近血糖忽高忽低，有时候半夜心慌出汗，醒来就好了。神志一直清楚。",
    "男，54岁。早上发现左眼白眼珠外侧一大片鲜红，不痛不痒，看东西跟平时一样，昨晚咳嗽得厉害。既往高血压，今天测血压152/94mmHg。",
    "男，67岁，今天早上刷牙时左眼突然像拉下一道黑帘子，大概三分钟后慢慢恢复，现在视力正常。",
    "男，60岁，今天早上起来右脸发木、嘴往左歪，右眼闭不拢，右额纹没了。四肢活动好，说话清楚。",
    "19M, half his face has gone droopy since yesterday, left side. Can't raise the left eyebrow. Arms and legs normal.",
    "58F, shingles rash on the right forehead started 5 days ago. Now the right eye is red and aching, light hurts.",
    "38F, known sarcoid. Three days of an aching red right eye, light hurts, vision slightly blurred. No discharge.",
]

ROUND_147_148_EMERGENCIES = [
    # round 147: allergy, drug reactions and the weakened immune system
    "女，58岁，类风湿关节炎，泼尼松每天7.5mg吃了两年多。前天开始拉肚子、呕吐，吃进去的药都吐出来了。今天人软得坐不住。",
    "Farm worker disturbed a hornets' nest yesterday, stung 40-odd times. Today he's passing very little urine and what "
    "there is looks like cola.",
    "Nursery on the phone: 3-year-old with known sesame allergy ate a hummus sandwich swapped from another child. Hives "
    "all over, coughing, hoarse cry, and now pale and sleepy.",
    # round 148: the older person who fell
    "120急救员：男，79岁，心慌了一上午，刚才站起来的时候晕倒在地。心电监护是房颤律，心室率168次/分，血压86/52。",
    "女儿说：妈妈81岁，三个月前爸爸去世后一直闷闷不乐。这五天几乎不吃不喝，端水给她就推开。嘴唇干裂，尿很少。",
    "79-year-old man found on the floor, down since yesterday afternoon. Urine dark like cola. CK 38,000, creatinine 412 "
    "(96 in March), K 5.8.",
    "Paramedic handover: 77-year-old woman collapsed in the supermarket queue. Monitor shows irregularly irregular "
    "narrow-complex rhythm at 170. BP 84/50.",
    "80-year-old man on the hall floor since yesterday. Right leg short and turned out, he can't move it.",
]

ROUND_147_148_NOT_EMERGENCIES = [
    "女，60岁，5年前乳腺癌手术加化疗，疗程结束后一直随访没复发，现在不吃任何抗肿瘤药。昨天开始发烧38.3℃，全身酸痛，干咳。",
    "女，67岁，在拥挤的公交车上站了四十分钟，先觉得闷热、恶心，然后慢慢软倒，不到半分钟就醒了，醒后马上清楚。心电图正常。",
    "女儿说妈妈就是有点糊涂：84岁，血管性痴呆三年，这几个月没变化。昨天拖鞋滑了一下坐倒在地，没碰头，自己扶着柜子起来，"
    "走路和平时一样。体温36.5℃，心率76，血压138/80。",
    "Croup: barking cough and hoarse voice, hives from amoxicillin last week",
]

ROUND_149_150_EMERGENCIES = [
    # round 149: early pregnancy and the gynaecology clinic
    "（电话）她老公说：老婆怀孕差不多7周了，刚才突然小肚子右边剧痛，嘴唇发白，一直出冷汗，手脚冰凉，说肩膀也痛。",
    "48岁，外阴长了个小疖子三天，今天疼得非常厉害，疼痛和看上去的红肿不成比例，几个小时内从大阴唇扩散到会阴。发热38.7℃。",
    "Home visit. 33-year-old, 11 weeks, miscarrying at home. Heavy bleeding with big clots, then she fainted. BP 78/40.",
    "29-year-old, 8 weeks with twins on her early scan. Started bleeding heavily two hours ago, soaked through her jeans.",
    "Phone consult, 40-year-old, 12 weeks, at work: started flooding an hour ago, blood running down her legs, clots. "
    "She had a normal scan at 8 weeks.",
    "Day 4 after a forceps delivery. Perineal wound breaking down, skin going grey-black at the edge, the pain is "
    "unbearable even though it doesn't look that bad. Temp 38.7.",
    # round 150: accidents at home
    "2岁男孩，刚才把洗碗机用的那种洗碗块咬破了，嘴里都是。现在一直流口水，吐了两次。",
    "89岁老太太，被家里的猫绊了一下，侧着摔倒。说左边大腿根、腹股沟那里疼，左腿一用力就疼得不行，站不住。",
    "女，55岁。傍晚油锅着火了，她关着厨房门扑了好几分钟才扑灭，屋里全是烟。现在头痛、头晕、恶心。",
    "10个月女婴，早上从大床上掉到木地板上。右边头顶起了个大包，软软的，量了一下差不多六公分。",
    "Mum rang: her 3-year-old swallowed one of those little round batteries out of the kitchen scales half an hour ago.",
    "The telly fell on him. The TV came off the stand onto his head an hour ago, and he's been sick twice since.",
    "2-year-old took a gulp of just-boiled tea two hours ago. Since then she's drooling, won't swallow, and there's a "
    "high-pitched noisy breath even when she's sitting quietly.",
    "34-year-old with asthma mixed bleach with a toilet cleaner; her asthma went. She can only get out a word or two at a "
    "time, sats 89% on air.",
    "7-month-old rolled off our bed onto the wooden floor. Big soft swelling above his right ear, sick twice, and the soft "
    "spot on top feels tight and bulging.",
    "27-year-old, 31 weeks pregnant, fell down several steps onto her tummy. Her tummy feels hard and the baby's moving "
    "much less than usual.",
]

ROUND_149_150_NOT_EMERGENCIES = [
    "孕9周，吐了一个多星期，这三天喝水都吐，小便颜色很深。尿酮体3+。P 108次/分，BP 110/70 mmHg。",
    "29-year-old, 9 weeks. Vomiting 10 to 12 times a day for a week, can't keep down water, urine dark. Urine ketones 3+. "
    "Pulse 104, BP 110/68. No pain, no bleeding.",
    "69-year-old, his right hand and leg suddenly went weak and numb while gardening. It lasted about 15 minutes and has "
    "gone completely; he's normal now.",
]

ROUND_151_152_EMERGENCIES = [
    # round 151: the patient who cannot be seen
    "患者老伴打电话来：我家老头74岁，去年体检查出肚子里有个动脉瘤。刚才他搬花盆的时候突然说腰和肚子都疼，脸一下子白了，出了一身冷汗。",
    "敬老院护士发来的传真：孙爷爷84岁，2型糖尿病。近3天喝水少、尿多，今天上午叫醒困难。指尖血糖仪显示38.6 mmol/L。",
    "患儿奶奶打来电话：孙子2岁半，把他爷爷的降糖药瓶打开了，地上撒了好几片，嘴边还沾着白色的药渣。药是格列本脲。",
    "患者妻子替丈夫来问：我老公35岁，两个多星期前拉了几天肚子。三天前开始两只脚发麻，腿没劲，今天早上连毛巾都拧不动了。",
    "Care home fax: Mr Evans, 88, AF. His left foot and lower leg are white and cold to touch, he's crying out with pain "
    "in that leg; the nurse cannot feel a pulse in the foot.",
    "College receptionist: a 19-year-old with epilepsy has been fitting on the library floor since 10:52, still stiff and "
    "jerking all over and not responding.",
    "Phone call from a wife: her husband (74) has a 'swelling on the main artery in his tummy' that the clinic watches. "
    "Sudden severe pain in his back, went grey and passed out briefly.",
    # round 152: two problems at once
    "45岁男，腰椎间盘突出，今天来开止痛药。说这两天屁股和会阴周围像坐在棉花上一样没感觉，解小便要使很大劲，也没什么尿意。",
    "64岁男，稳定型心绞痛三年，这次来开他汀。说这一周在平路上走几百米也会发作，前天夜里睡着觉被胸闷憋醒一次。",
]

ROUND_153_154_EMERGENCIES = [
    # round 153: cancer and its treatment
    "71岁男，前列腺癌骨转移，腰背痛一个多月。女儿来电：这两天痛得更厉害，今天他说擦屁股时感觉不到纸，两条腿发沉、走路打软。",
    "3岁男孩，爷爷肺癌晚期在用芬太尼透皮贴。奶奶发现孩子在嘴里嚼一片从垃圾桶里捡来的旧贴片，刚拿出来。",
    "67岁男，上个月确诊胰腺癌。他已经把这些天开的吗啡片攒起来了，打算这个周末趁老伴回娘家时一次全吃掉。",
    "58岁男，下咽癌同步放化疗（顺铂）中。今天社区抽血肌酐330 μmol/L，开始治疗前是85 μmol/L，尿量比平时少很多。",
    "5岁女孩，急性淋巴细胞白血病化疗中。今晚妈妈发现她身上冒出十来个小水疱，有点痒，体温37.6℃。",
    "55岁男，3年前因肾癌切除了左肾。今天右侧腰部绞痛，放射到腹股沟，疼得打滚、呕吐。",
    "Wife rings: her husband, 61, on hydrocortisone 20 mg mornings and 10 mg afternoons for 'a problem with his "
    "pituitary'. He's been vomiting since last night. Now he's grey, very dizzy when he stands up and muddled.",
    "62-year-old woman with lymphoma on bendamustine. Shingles band on the left chest for 3 days; today new blisters "
    "well away from the band. Temp 37.5.",
    "Daughter rings: her mother with a brain tumour is fitting, arms and legs jerking, not responding; it started 6 "
    "minutes ago and hasn't stopped.",
    "Grandmother has been giving a 9-year-old's methotrexate tablets every day this week instead of once on Fridays. "
    "He now has mouth ulcers and diarrhoea.",
    "Woman, 60, on ramipril for years. An hour ago her tongue and lower lip began to swell; now she's drooling.",
    # round 154: tubes, lines and devices
    "早产儿，现在矫正月龄2个月，插着鼻饲管喂奶。社区护士用脉氧仪测心率250次/分，反复测几次都一样。",
    "56岁男，2型糖尿病，吃达格列净。今天恶心、吐、气短。动态血糖显示10.8 mmol/L，药店买的血酮试纸测出来4.6 mmol/L。",
    "输尿管结石，上周放了双J管在等碎石。今天左腰又开始绞痛，打寒战，体温39.3℃。",
    "42岁男，三天前被迫停了酒。今天满头大汗，手抖得端不住杯子，说墙上有虫子在爬，连他老婆都认不出来了。",
    "回肠造口术后2个月。他的造口袋一天倒出来超过3升水样的东西，今天一站起来就眼前发黑。血压80/50 mmHg，心率132次/分。",
    "Supported living staff: 31-year-old man with epilepsy, missed two doses of levetiracetam. He's been stiffening and "
    "jerking for 8 minutes now.",
    "79-year-old man had his catheter taken out this morning. Only dribbles since; now desperate to go and can't, lower "
    "tummy swollen up towards the navel and very painful.",
    "50-year-old man was drinking about 2 litres of strong cider a day and stopped dead 3 days ago. Today he's shaking "
    "and sweating and had a fit.",
]

ROUND_153_154_NOT_EMERGENCIES = [
    # a sensor's low alarm that a fingerprick did not confirm
    "66, type 2 diabetes on basal insulin, wears a Libre sensor. The alarm went off at 3 am saying 'Low glucose 2.8'; "
    "his wife did a fingerprick straight away and got 6.4 mmol/L. He felt completely fine.",
    # a fit that ended, told as when it began
    "34-year-old with epilepsy: breakthrough seizure 2 days ago, lasted a minute, back to normal since.",
]

ROUND_153_154_AGES = [
    ("早产儿，现在矫正月龄2个月，回家还插着鼻饲管喂奶。", 2 / 12),
]


ROUND_155_156_EMERGENCIES = [
    # round 155: the groin, the genitals and the bottom
    "凌晨电话，男，17岁：“半夜蛋突然疼醒了，右边，疼得想吐，已经吐了一次。”没被撞过，不发烧。",
    "女儿代述：母亲48岁，有腰椎间盘突出史，这两天两条腿越来越麻，“坐在马桶上感觉不到屁股挨着马桶”。",
    "男，50岁，几年前捐过左肾，只剩右肾。“右边腰到大腿根绞着疼”，一阵一阵，从昨晚到现在只尿了一点点。",
    "男，81岁，痴呆，有前列腺增生。护工说他一整天尿不湿都是干的，一直烦躁；小肚子鼓起一个硬包，一按就哼哼。",
    "计划内家庭分娩，胎儿娩出40分钟，胎盘已出。助产士电话：“下面的血一直哗哗地流”，宫底摸着软。产妇脸色苍白，说冷。",
    "男，63岁，肾移植术后，吃他克莫司。一周前右边屁股起了一条带状水疱，现在背上、肚子上、大腿上也散在出了好多水疱。",
    "My son's 14 and he woke me at 5 this morning doubled over, saying his left ball is killing him. He's been sick twice.",
    "Woman of 78 with a lump in the crease at the top of her right leg since yesterday. It's sore and won't go down like "
    "it used to. She's been sick three times and hasn't passed any wind today.",
    "23-year-old, started lamotrigine 10 days ago. Sores on his penis and in his mouth, eyes red and gritty, and now "
    "blistering spots spreading over his chest.",
    "46-year-old man, stabbing pain from his left side coming round into the groin, comes in waves since last night. Now "
    "shivering uncontrollably, temp 38.7.",
    "Wife: my husband's 58, diabetic, had a sore bit on his bottom since Saturday. Only a small red patch but he's "
    "screaming with the pain, and in the last few hours the redness has spread right across between his legs.",
    "71-year-old man. Pain in his left groin and left testicle, which has now gone through to his back. Dizzy when he "
    "stands, BP 92/60. There's a pulsating mass above his belly button.",
    "66-year-old on ibuprofen says his bottom's bleeding, but it's black and sticky like tar, twice today. Felt faint "
    "getting off the toilet.",
    "72-year-old woman slipped on ice yesterday. This morning she can't put any weight at all on the left leg, pain deep "
    "in the groin.",
    "60M, only one kidney since a nephrectomy. Right loin-to-groin colicky pain since this morning.",
    "76-year-old man with a 5.2 cm aneurysm on yearly scans. Since lunchtime a deep ache low in his back and in both "
    "groins, like nothing he's had before.",
    # round 156: the care home
    "夜班护工留言：刘奶奶，86岁，今早发现她坐在床边地上，没人看见怎么下去的。扶回床上以后就不肯站了，手一直往右边大腿根那儿指。",
    "护理院来电：谢爷爷，83岁，前列腺增生。护工说下午2点以后尿垫就没湿过。护士摸到下腹正中鼓起一个硬包，一按他就喊。",
    "毕奶奶，91岁，重度痴呆。今天看左腿比右腿短一截，脚尖往外撇。记录里前天晚上有一次“从床边滑坐到地上”。",
    "柳先生，62岁，长年大量喝酒，三天前住进来以后就没再喝过。今晚满头大汗，浑身发抖，指着墙说有蛇，连照护员都认不出来了。",
    "Senior carer: Mrs Reeve, 80, depression worse since she moved in. For the last 4 days she's refused almost all food "
    "and drink, saying 'there's no point'. Mouth very dry, no urine since yesterday evening.",
    "Care home nurse: Mrs Mason, 92, found on the floor by her bed at the 4am check. She cries out whenever her right leg "
    "is moved, wouldn't take any weight for the stand-aid, and keeps rubbing her right groin.",
]

ROUND_155_156_NOT_EMERGENCIES = [
    # a urine dipstick's nitrite is no poisoning; a confusion denied after "也没有新出现的"
    "养老院护士：王爷爷，79岁，长期留置导尿管。尿有点浑浊，尿试纸白细胞和亚硝酸盐都阳性。体温36.6℃，精神胃口和平常一样，也没有新出现的糊涂。",
    # slurred speech that passed in 15 minutes: a TIA, urgent
    "她爸爸77岁，昨天下午喝茶时说话突然含糊，右手端不住杯子，大概15分钟就好了。今天说话清楚，两手握力一样。",
    # tablets spat out are no vomiting
    "秦爷爷，74岁，高血压。今天血压184/112，复测182/110。不头痛、不胸痛，说话和手脚都正常。护工发现他常把药偷偷吐在纸巾里。",
    # a mild low treated with juice and rechecked normal
    "邹奶奶，79岁，吃格列美脲。测指尖血糖3.6 mmol/L。她人清醒，给了150ml果汁和两块饼干，15分钟后复测5.8 mmol/L。",
]


ROUND_157_158_EMERGENCIES = [
    # round 157: the belly
    "出生10天的男婴，之前吃奶一直挺好，今天吃完奶吐了三次，吐出来的是草绿色的，还在哭闹。",
    "女，44岁，CT提示左侧输尿管有一颗6毫米的结石，在家喝水排石三天。今天左腰疼得更厉害，打寒战，体温 39.1℃。",
    "50-year-old man vomited violently several times and then got sudden severe pain behind the lower breastbone. "
    "Crackling feel under the skin at the base of his neck.",
    "70-year-old man: for a month, a tight 'heartburn' high in the stomach when walking up the hill, gone when he stops. "
    "The last 3 days it's come on walking to the bathroom and once in bed, lasting about 10 minutes.",
    "3-year-old with diarrhoea and vomiting for 2 days, now very sleepy and floppy, hands and feet cold and mottled, cap "
    "refill 4 s, HR 170, weak pulse.",
    # round 158: the night and the morning
    "9个月女婴，昨晚开始一阵一阵地尖叫哭闹，哭的时候两条腿蜷到肚子上，中间又蔫蔫的。半夜吐了几次。",
    "早上7点家属打来：52岁男，一直在吃羟考酮，昨晚多吃了几片才睡。现在怎么叫都只会哼，喘气很慢很浅，瞳孔小得像针尖。",
    "夜里11点打到值班电话：38岁男，失业半年。刚才给前妻发了告别短信，说药已经攒好了，打算等家里人睡了就全吃下去。",
    "Son phoned at 2:40 am: his 74-year-old mother woke gasping, is sitting on the edge of the bed and can't lie back, "
    "coughing up frothy pink spit.",
    "18-month-old boy, barking cough since 1 am. Now the noisy breathing is there even when he's lying quiet, and the "
    "skin sucks in under his ribs.",
]

ROUND_157_158_NOT_EMERGENCIES = [
    # a bleed told as the past episode ("那次吐过血")
    "男，60岁，三年前十二指肠溃疡出血住过院，那次吐过血；后来根除了幽门螺杆菌，一直没再疼。最近偶尔心窝隐痛，吃完饭就缓解。",
    # a list said to be normal after it; sleepiness at meetings is no reduced consciousness
    "26岁女，今早醒来身上冒出一块一块的风团，痒得厉害。嘴唇、舌头、眼皮都不肿，喘气、吞咽都正常，没吃过新药。",
    "52岁男，高血压随访。妻子说他打鼾越来越响，半夜常憋一会儿不喘气；白天开会老打瞌睡。今天血压148/92 mmHg。",
    # a fully recovered febrile seizure in a child who has had them before, 18 months or older
    "20个月女孩，以前有过两次热性惊厥。今天凌晨2点发烧39.3℃时又抽了一次，大约1分半钟自己停了，半小时后醒过来认人了。精神好，在玩。",
    "20-month-old girl had a fit at 3 am with a temperature, about 2 minutes, now back to herself and drinking. Had a "
    "similar fit with a fever at 14 months. Temp 38.6 °C, neck not stiff.",
]


ROUND_159_160_EMERGENCIES = [
    # a relative's worry is all that may be said of a real overdose
    "Husband thinks she has taken all her sleeping tablets.",
    "Her mum is worried she has taken an overdose of her tablets.",
    # round 159: how much, of what, and when
    "我同学刚在微信上跟我说她吃了一整板半的“必理通”，就是对乙酰氨基酚500 mg那种，一共24片，说是两个小时前吃的。她16岁。",
    "68岁老太太，类风湿，甲氨蝶呤处方是每周一次4片。新来的保姆照着药盒每天早上都给她吃4片，已经连着吃了6天。这两天嘴里好几个溃疡。",
    "3岁女孩，14 kg。妈妈在吃硫酸亚铁片，刚才发现药瓶在孩子手里，数了一下少了12片。孩子吐了3次。",
    "3岁男孩，14 kg，中耳炎发烧两天。爸爸和妈妈各自给喂对乙酰氨基酚混悬液，两人都以为对方没喂，24小时里一共喂了8次。",
    "58岁男，高血压，吃氨氯地平。老婆说他一个半小时前吵完架把药盒里剩下的20片都吞了。现在头晕，血压86/50 mmHg。",
    "I'm calling about my friend, she's 16. She just told me she swallowed two packs of paracetamol 500 mg, 32 tablets, "
    "about three hours ago. She says she feels totally fine.",
    "Village doctor: a family of three slept with a coal brazier burning two honeycomb briquettes in their closed "
    "bedroom. This morning the father and son have throbbing headaches and have vomited.",
    "Housemate calling: 23-year-old woman on propranolol 40 mg three times a day. The new box of 56 is empty on her bed. "
    "She is dizzy and grey, pulse 44, BP 82/48.",
    "Mum: 7-year-old boy swallowed three small ball magnets from his brother's desk toy 2 days ago. Today cramping tummy "
    "pain, vomited four times, the last one green.",
    "52-year-old man has drunk a litre of 40% vodka every day for years and stopped 2 days ago when his money ran out. "
    "Now shaking, drenched in sweat, picking at insects on the wall that are not there.",
    "6-week-old girl, 38.4 °C under the arm tonight. Mum gave Calpol an hour ago; now 37.4 °C and she is feeding.",
    "41-year-old man on sertraline 150 mg has been taking tramadol for 3 days. Now agitated, shaky and sweating, temp "
    "38.4 °C, with repetitive jerking at both ankles.",
    # round 160: the collapse, the faint and the funny turn
    "50岁女，支气管扩张多年。今早咳嗽时一口接一口咯出鲜红的血，家属估计有大半碗，随后一下子晕倒在卫生间。心率120次/分，血压88/56 mmHg。",
    "48岁女，解大便使劲时，突然觉得脑袋里“炸开”一样疼。丈夫发现她倒在卫生间地上，叫得醒但昏昏沉沉，吐了一地。",
    "84岁老太太，2型糖尿病。邻居发现她躺在客厅地上，叫她只会嘟囔。血糖仪显示“HI”，血压96/60 mmHg。",
    "48-year-old man vomited what she calls 'a washing-up bowl of bright red blood with clots', stood up and keeled over. "
    "Pulse 122, BP 92/58.",
    "67-year-old woman. A coal-briquette stove was left burning in the closed bedroom overnight; she'd vomited and is "
    "dazed. Her husband, who slept in the same room, has a splitting headache.",
    "52-year-old woman stung on the arm by a wasp while gardening. Within 10 minutes she was itchy all over, felt faint "
    "and went down on the lawn; her voice has gone hoarse.",
]

ROUND_159_160_NOT_EMERGENCIES = [
    # the fear of an overdose after a dose a little over the label
    "38-year-old man took two 500 mg paracetamol at 9 am and two more at 11 am. Headache easing, feels fine. He has read "
    "that a paracetamol overdose can destroy the liver and asks whether he needs A&E.",
    "26-year-old took sumatriptan 50 mg twice today for her usual migraine. She is terrified she has overdosed on triptans.",
    # pain in a shingles band, no cardiac feature
    "55-year-old man with a painful blistering band on the right side of his chest since yesterday, on aciclovir. Not "
    "immunosuppressed.",
    # recurrent febrile seizures, fully recovered
    "2岁半男孩，发烧39.4℃。刚才手脚抖了大概一分钟就停了，现在醒了，认得妈妈，能玩玩具。去年发烧也这样抽过一次。",
    "Mum brings her 2-year-old: hot with a temperature, stiffened and jerked for about 2 minutes, sleepy for half an hour. "
    "He had one like this at 15 months with a cold. Now alert and playing with the toys.",
    # an adult's first fit yesterday, dusky during it, himself today
    "22-year-old man, seen the day after: stiffened and jerked for a minute and a half, went dusky, bit his tongue, "
    "muddled for 20 minutes. Today completely himself, neuro exam normal.",
]


ROUND_161_162_EMERGENCIES = [
    # round 161: the headache
    "7个月男婴，发烧一天，38.9℃。妈妈说他“头顶那块软的地方鼓起来了，摸着硬邦邦的”。一直哭闹，吐了两次。",
    "45女，偏头痛病史多年。今晨解大便用力时突然枕部剧痛，“一下子就到最疼”，约1分钟达高峰，随后颈后僵痛、恶心。",
    "45岁男，HIV感染，最近一次CD4 80个/μL。一周前右边额头起疱疹，这几天胸口、后背、四肢都冒出零散的水疱。",
    "34岁男，T4脊髓损伤截瘫十年。今天突然头一跳一跳地剧痛，脸和脖子通红、出汗。测血压186/108 mmHg，心率52次/分。",
    "58M with HIV, last CD4 140. Shingles on the right forehead five days ago; now new blisters are popping up on his "
    "back, both arms and his legs.",
    # round 162: weakness, numbness and pins and needles
    "女，27岁，十天前发烧嗓子疼，好了以后这四天先是手指脚趾针扎样发麻，接着两条腿发软，今天蹲下去就站不起来，手也拧不开瓶盖。",
    "男，66岁，有间歇性跛行。今天下午左脚突然又麻又冷，颜色发紫发白，左脚背摸不到脉搏。",
    "男，70岁，肺癌骨转移。家属说他这两天后背疼，今天下床发现两条腿不听使唤，抬不起来。",
    "男，39岁，腰椎间盘突出。今早起来右腿一直麻到脚底，左腿也开始麻了，小便时感觉不到尿出来，阴茎和肛门附近发木。",
    "男，74岁，以前查出肚子里有个5.8厘米的动脉瘤，在排队等手术。今天突然腰背剧痛，出虚汗，血压94/60 mmHg。",
    "男，60岁，在自家车库里开着车暖风睡着了，车库门关着。家里人发现他迷迷糊糊，说头痛得要裂开，吐了一次。",
    "67-year-old with lung cancer on chemo. Two weeks of mid-back pain; now his legs feel heavy and wobbly and this "
    "morning he says he's numb from the waist down.",
    "Grandson: grandma is 79, type 2 diabetes. Since yesterday she's 'no strength in her whole body', can't get out of "
    "bed and is confused. Her meter says HI.",
]

ROUND_161_162_NOT_EMERGENCIES = [
    # heavy legs that are not weak after lifting a grandchild
    "我53岁，男的。前天弯腰抱孙子以后腰就疼，总觉得两条腿发沉，但是不麻，走路、上下楼都正常。大小便都正常，屁股周围感觉也正常。",
    # a young man's faint at a blood test, unresponsive for seconds, fully recovered
    "男，19岁，体检抽血时突然眼前发黑、两腿发软，往下一滑坐到地上，叫不应大概十几秒，醒过来马上就清楚了，躺了十分钟完全好了。",
]


ROUND_163_164_EMERGENCIES = [
    # round 163: the rash and the skin, on every skin colour
    "出生12天的女婴，妈妈5天前出了水痘。今天宝宝胸口和头皮上冒出几个小红点，中间有亮晶晶的小水疱。体温37.8℃。",
    "62岁男，上午捅了马蜂窝，头、脸、胳膊被蜇了三十多处。到了晚上小便变成酱油一样的颜色，量很少。",
    "39岁女，三周前开始吃卡马西平。今天躯干上出了斑，有几处起了水疱，一碰就破。嘴里和外阴都有糜烂。",
    "61岁男，糖尿病。今天阴囊和会阴一大片又肿又痛，皮肤从红变成紫黑色，按下去有像踩雪一样的咯吱感。体温39.2℃。",
    "58岁女，肾移植后吃他克莫司。5天前右侧腰背部出了一条带状疱疹。这两天水疱已经不止那一条带了，胸口、四肢和脸上都零零散散冒出几十个小水疱。",
    "30-year-old on carbamazepine for 10 days. Fever, red sore eyes, painful sores on the penis and inside the cheeks. "
    "The spots on the trunk hurt when touched; a couple have a loose, wrinkled surface.",
    "64M diabetic, pain and swelling in the scrotum. Skin of the scrotum has a dark, almost black patch. Temp 38.7.",
    "40-year-old man with sinus pain for 5 days. Now his right eye is bulging forward, the lids are swollen and tight, "
    "and moving the eye is very painful. Temp 38.5.",
    "10-month-old, fever for 6 days. Today he's floppy; his legs look blotchy and marbled and his hands are cold, cap "
    "refill 4 seconds.",
    "Mother found an empty packet of antihistamine sleeping tablets in her 15-year-old's room. The girl is as red as a "
    "beetroot, her skin is hot and bone dry, pupils huge, and she's muttering and picking at things in the air.",
    # round 164: teenagers and young adults
    "女，16岁，和男朋友分手后，4小时前把家里一板半对乙酰氨基酚（每片500 mg，共20片）都吃了。现在说“我没事了”。",
    "男，20岁，上周刚从曼谷毕业旅行回来。发烧三天，今天刷牙时牙龈出血，小腿上出现针尖样小红点，肚子疼，吐了两次。",
    "Mum: 'My son's 14, he woke at 5 o'clock with awful pain low in his tummy and he's been sick twice. He's finally "
    "admitted it's \"down there\", on the left.'",
    "Coach: 'Our 16-year-old flanker took a knock in a tackle, he keeps asking what the score is and he's been sick "
    "twice on the touchline.'",
    "A 17-year-old's friend forwarded a message: 'he's given me his PS5 and said thanks for everything, says he's going "
    "to the railway bridge after school.' He has been looking up train times.",
    "18-year-old treated for PID two days ago. 'I can't keep the tablets down, I've been sick every time I take them.' "
    "Lower tummy pain is worse, temp 38.6 °C.",
    "19 M rugby winger: his knee 'popped out and back in' an hour ago. Now his foot is cold and white compared with the "
    "other one, and I can't feel a pulse on the top of his foot.",
    "24 F, hurt her back deadlifting; pain going into both legs. Since this morning 'it feels weird when I wipe, kind of "
    "numb', and she doesn't feel when her bladder is full.",
    "Mum: 'I found a belt tied to the wardrobe rail and my 15-year-old's got a red mark all round her neck.'",
]

ROUND_163_164_NOT_EMERGENCIES = [
    # a newborn's sucking blister is no chickenpox
    "5-day-old with a sucking blister on her upper lip, feeding well.",
    "出生6天，上嘴唇中间有个吸吮水疱，吃奶好。",
    # hot flushes told as heat rising to the face; a voice hoarse from singing
    "51岁女性，最近半年月经不规律，经常一阵阵从胸口往脸上发热，脸和脖子一下子通红，出一身汗，几分钟就好。没有心慌胸痛。",
    "男，18岁，连着看了两场演唱会，又去KTV唱了个通宵，现在嗓子哑得几乎说不出话已经3天。吞咽正常，没有喘鸣，体温37.3 °C。",
]


ROUND_165_166_EMERGENCIES = [
    # round 165: mother and baby in the first six weeks
    "丈夫打电话来：老婆31岁，剖宫产后第5天，今天量体温39.2℃，恶露有股臭味。刚才跟她说话有点答非所问，他数了一下脉搏，一分钟132下。",
    "19岁，人工流产后第4天，发烧39℃、冷得发抖，下腹痛，阴道流出来的东西有臭味。十几个小时没怎么小便，自己数脉搏每分钟120次。",
    "32岁，顺产后第12天。今天下午上厕所时突然涌出很多鲜红色的血，裤子全湿透，现在躺着还在流。脸色苍白，脉搏112次/分。",
    "丈夫打电话：老婆在家里生了，胎盘20分钟前也出来了，但是血一直往外涌，床单湿了一大片。她说头晕，手脚冰凉。",
    "产后第9天，她妈妈说女儿像变了个人：坚信孩子的肠子已经烂了，是被她害的。她还说夜里听见有声音骂她不配当妈妈。",
    "31岁，产后第10天。今晚根本躺不下，只能坐着，咳出粉红色泡沫样的痰。呼吸34次/分，指氧88%，两肺满布湿啰音。",
    "Midwife visit, day 9, baby girl born at 37 weeks. Only two feeds in 12 hours; axillary temperature 35.2 °C. Only "
    "moves when handled, weak suck.",
    "Partner: she had the baby 9 days ago. Barely slept for 3 nights, says the baby 'isn't ours, they swapped him at the "
    "hospital' and that a voice tells her he's evil.",
    "Mum found her 3-year-old by the 5-week-old's Moses basket holding her co-codamol, two tablets popped out and "
    "missing, and there's white powder on the baby's lips.",
    # round 166: the eye, the ear, the nose and the throat
    "3岁女孩，中耳炎吃了三天阿莫西林，还是反复发烧39℃。今天右耳朵后面又红又肿，一碰就哭，右边耳朵整个往前支棱出来了。",
    "52岁男，这两天头痛，看东西越来越模糊。今天诊室量血压226/138 mmHg，眼底镜看双眼视乳头边界不清、水肿，周围有火焰状出血。",
    "35岁男，两小时前骑电动车摔了，脸和额头着地。现在右边鼻孔不停滴清水一样的液体；两只眼睛周围发青，像熊猫眼。",
    "54岁男，糖尿病。前天左眼上眼皮被蚊子叮了个包，之后越来越红肿发烫，今天肿得眼睛睁不开，发烧38.6℃。",
    "45岁男，三周前开始吃别嘌醇。两只眼睛发红，嘴唇和嘴里溃烂，后背有一小片皮一碰就掀起来。",
    "62岁男，嗓子剧痛一天，疼得连唾沫都咽不下，只能一口口吐出来。声音闷闷的，吸气时喉咙里有响声。",
    "80岁女，房颤吃华法林。今早在家摔倒，右边眉骨撞到桌角。现在人清醒，说有点头痛，看东西有重影。",
    "3-year-old on amoxicillin for 48 hours. The right ear is now sticking out and there's a red, hot, squashy swelling "
    "behind it. Temp 38.6 °C.",
    "Woman, 27, with known C1-inhibitor deficiency. Since this morning her face and lips have been swelling, her voice "
    "has gone hoarse and muffled, and she's finding it hard to swallow. No hives.",
    "Man, 70, BP 188/104. Bleeding from the back of the nose for 40 minutes; he has pinched the nose properly twice and "
    "blood is still pouring down the back of his throat.",
    "Woman of 63 with floaters 'like a swarm of flies' since yesterday. Today part of the vision on the nose side of "
    "that eye is missing, like a black veil over it.",
    "Man, 23, was punched and fell, hitting his head on the pavement. He can't remember anything from before the punch. "
    "Blood came out of his left ear.",
    # session 19's miss: a fall from a first-floor window, still and silent for a minute, no memory of it
    "5岁男孩，从自家二楼窗户掉下去了，大概四米高。孩子落地后一动不动，过了一分钟左右才哭出来。现在醒着，但问他怎么掉下来的完全不记得，说头疼。",
]

ROUND_165_166_NOT_EMERGENCIES = [
    # a curtain over one eye that lifted after 5 minutes (a TIA: urgent); sneezing in fits is no fit
    "68岁男，昨天下午左眼突然像有块黑帘子从上往下拉下来，大约5分钟自己又升上去了，之后看东西完全正常。今天查视力、眼底和神经系统都正常。",
    "Mum of a 9-year-old: every spring his eyes swell up, go puffy and itchy, he sneezes in fits, his nose runs like a tap. "
    "No wheeze, no fever.",
]

ROUND_165_166_AGES = [
    ("Midwife visit, day 9, baby girl born at 37 weeks weighing 2.6 kg.", 9 / 365),
]


ROUND_167_175_EMERGENCIES = [
    # round 167: burns, bites, stings and water
    "2岁男孩，20分钟前扯电水壶的线，一壶开水从胸口浇到右胳膊，起了一大片水泡，加起来差不多有他自己三四个巴掌那么大。",
    "18-month-old girl pulled the kettle down; blistering across her chest and the top of her left arm, about three of her own "
    "hand-prints in area, and a couple of patches in the middle look white and she doesn't seem to feel them.",
    "48岁男，在果园里用长杆打枣，杆子碰到头顶的高压线，被电了一下弹开了。右手掌心有一块约2厘米焦黑发硬的伤口。",
    "我家老大8岁，在果园爬树掉下来，差不多两米高，头先着的地。现在越来越想睡，叫醒了又闭上眼，已经吐了三次。",
    "80-year-old man on warfarin for AF tripped on the garden step and knocked the back of his head on the patio. Has a bump.",
    "45-year-old woman stung on the side of her neck by a bee 20 minutes ago. She says her throat is closing up and her voice "
    "has gone hoarse.",
    "9-year-old boy kicked a wasps' nest yesterday and we pulled more than 20 stings out of him. This morning he's passed only a "
    "little urine, dark brown like strong tea.",
    # round 168: the chest
    "69岁男，心绞痛好几年。这一周不对劲：走几十步胸口就发紧，前天夜里睡着觉也憋醒过一次，今天早上坐着吃饭又疼起来了。",
    "Pharmacist calling: a 71-year-old man buying another GTN spray because he's used his four times today. One attack came on "
    "two hours ago while he was sat watching TV, a tight pressure behind his breastbone.",
    # round 169: the sick child under five
    "我闺女四个月，感冒三天了，喘得很快，我数了一下一分钟七十多下，肋骨下面都陷进去，喘气的时候还会发出“嗯、嗯”的声音。",
    "宝宝五个月，昨天开始发烧，哭声特别尖，一碰他反而哭得更厉害。我摸他头顶那块软的地方，今天是鼓起来的。",
    "He's 18 months. Fever since this afternoon; at bath time tiny dark red pinprick dots on his tummy, and when I pressed a "
    "glass on them they didn't fade.",
    "He's 4 and he's had diarrhoea and vomiting for two days. His hands and feet are ice cold and grey-looking, and when I "
    "press his fingernail it stays white for ages.",
    "宝宝两岁，感冒几天了，今天早上起来右边上下眼皮都肿得睁不开，红红的，摸着发烫，烧到39.1℃。",
    # round 170: the older person on many medicines
    "80岁女，房颤吃阿哌沙班。中午吃饭吃着吃着突然坐不稳，老往左边倒，扶起来也走不了，说看东西重影。",
    "上门护工：86岁老太太吃达比加群。今早发现她坐在地上，头顶有个3 cm的口子还在渗血，怎么摔的完全想不起来。",
    # rounds 171 and 172: at work; the traveller
    "29-year-old steel fixer, back 6 days from a building contract in Kuala Lumpur. Fever for 5 days, now his gums bleed.",
    "Boy, 9, back a week from visiting relatives in Cebu. Fever for four days; this morning a nosebleed that took half an hour "
    "to stop.",
    "45M, low back pain since lugging suitcases last week. It feels numb between his legs when he wipes, and since this morning "
    "he's only passed a small amount of urine despite feeling full.",
    "男，54岁，有矽肺。今天在车间一阵咳嗽后大口咯出鲜红色的血，前后大概300毫升，现在脸色苍白。",
    "工地宿舍管理员：瓦工，男，50岁，每天一斤白酒。三天前开始禁酒。今天浑身发抖、满头大汗，说看见墙上爬满了虫子，不认识工友。",
    # round 173: diabetes
    "76岁男，2型糖尿病。右耳痛了一个多月，一直流脓，今天看到外耳道底部有红色肉芽，这两天右边脸也歪了，额头皱不起来。",
    "Daughter: Mum's 74, started on oxycodone last week. Tonight she's very hard to wake, her pupils are tiny and I counted 7 "
    "breaths a minute.",
    # round 174: mind, mood and behaviour
    "派出所民警：路边发现一个男的，四十来岁，后脑勺有个口子还在渗血，说是自己摔的。现在要大声喊才睁眼，吐了两回。",
    "邻居报警：车库里一辆车一直开着，卷帘门拉下来了，里面坐着个男的。拉出来后头痛、一直吐，说话糊里糊涂。",
    # round 175: the telephone
    "Husband calling. Wife 33 wks pregnant, sudden constant tummy pain 30 min ago, bump 'hard as a board', some dark red "
    "bleeding. Thinks the baby is moving less.",
    "Mum calling — son 12, wheezy chest. Can only say 2-3 words at a time, sucking in at the neck, lips greyish. Home probe 89%.",
    "Dad calling 2am — son 18 months, barking cough. Now harsh noisy breathing in even sitting quietly on dad's lap, skin "
    "sucking in under the ribs.",
    # round 176: pregnancy after 20 weeks
    "Community midwife from a home visit: 31-year-old, 34+2 with twins, frontal headache, flashing lights. BP 164/112, "
    "urine protein 3+.",
    "I'm 38+1. The baby usually goes mad after lunch but I haven't felt him move since breakfast.",
    "24-year-old whose waters went at 31 weeks, three days ago. Tonight temp 38.7 °C, shaking, pulse 126. The fluid on her pad "
    "smells off.",
    "Please help, she's 36 weeks and the baby just came out in the bathroom. The afterbirth hasn't come, and there's a lot of "
    "blood on the floor. She's gone grey and sleepy.",
    "36 weeks, asthmatic. Exhausted, barely any air moving on listening, sats 91% on air, peak flow 30% of her best.",
    "孕37周，34岁，双胞胎。这一周越来越喘，晚上得坐着睡，今天咳白色泡沫痰。呼吸30次/分，血氧89%，两下肺湿啰音。",
    # round 177: the village clinic
    "女，83岁，一个人住。昨晚在院里摔了，在地上躺了一夜，外面零下5度。人冰凉，反应很慢，体温计夹了十分钟还在35度刻度以下。",
    "男，47岁，卸化肥闪了腰。昨天两条腿都往下串着痛，今天说屁股和大腿根中间那一圈发木，解小便解不干净。",
    "女，63岁，前天让一窝胡蜂追着蛰，身上数了有三十多个蛰眼。今天尿出来像酱油一样黑，一天就小半碗。",
    "留守宝宝，女，5个月，奶奶带。今天喘得厉害，我数呼吸74次/分，肋骨下面一吸气就往里凹，指夹血氧89%。",
    # round 178: sport and the gym
    "My urine went dark after spin class, like cola. Bloods today: CK 86,000 U/L, creatinine 236 µmol/L (72 µmol/L at her "
    "work medical in March).",
    "男，38岁，铁人三项游泳时被救生员拖上岸，当时呛了不少水。现在一直咳，咳白色泡沫痰，血氧93%。",
    "67-year-old club cyclist on apixaban for AF: front wheel slid on a wet corner and his helmet hit the kerb. Alert, mild "
    "headache.",
    # rounds 179-183: the review, infection, bleeding, limbs, remedies
    "BP review, 49-year-old man off his tablets. Today 216/128. Fundoscopy: flame haemorrhages both eyes and swollen discs.",
    "District nurse: 66-year-old diabetic with a 'boil' near his back passage; the skin over his scrotum has gone dark and there's "
    "a crackly feel under the skin. Temp 38.9 °C, pulse 126.",
    "60岁女，支气管扩张十几年。今天咳嗽时一下咳出来一大口鲜血，差不多一茶杯，150毫升左右，心率108次/分。",
    "女，63岁，这几个月走快了左肩膀和左胳膊就酸胀，停下来就好。最近一周越来越勤，昨天夜里睡着了也疼醒过一次。",
    "宝宝1岁2个月，拉稀吐了两天。今天一直昏昏地睡，手脚冰凉发花，脚背脉搏摸着很弱，按指甲回红要4秒。",
    "44F, two hours ago her right foot went suddenly white, cold and very painful; no pulse felt at the foot or behind the knee.",
]

ROUND_167_175_NOT_EMERGENCIES = [
    # a call taker's questions answered no (round 175)
    "男，34岁，本人来电。近一个月晚饭后一躺下就胸骨后烧灼，嘴里反酸水。问吞咽困难、黑便、呕血、体重下降——均无。",
    "Pt 34F, headache most days for 3 wks, like a tight band. ? worse lying down or on waking — no; vomiting, weakness, change "
    "in vision, fits — none; fever or stiff neck — no.",
    "男，44岁。搬家后腰痛一周，左腿像过电一样麻痛。问大小便控制、会阴和大腿内侧麻木、腿没劲拖脚——均无。",
    # a simile and a sign said of something else
    "twenty four year old student, these episodes come out of the blue, heart pounding, tingly fingers and lips, peak in ten "
    "minutes and go.",
    "6岁女孩，三天前右手中指被房门夹了一下，指甲下面发紫。今天指甲旁边红肿，有个小黄点。不发烧。",
    "12 yo boy: 'my head feels squeezed, like a tight band all the way round', worse after his Switch all evening.",
    "22-year-old student with panic disorder: her heart was pounding 'like it was going to jump out', fingers tingled; gone "
    "within 15 minutes, exactly like before. Pulse 78, sats 99%.",
    "84-year-old man on apixaban. Red, warm patch on the left shin about 8 cm across, only a little beyond yesterday's mark. "
    "Temp 37.4, alert. No blisters or dusky skin, and the pain fits what you see.",
    # an airway flare's tight chest; a sore chest from coughing
    "71-year-old man with COPD, three days of more breathlessness, a tight chest and green phlegm. RR 22, sats 93% (his "
    "usual), alert.",
    "14岁女孩，咳了快三周，一阵一阵连着咳，咳完吸气时“呜”的一声，咳得胸口疼，有时咳到吐。不发烧，血氧98%。",
    # a mild hypo treated by mouth; a mood denied; a rosy mouth
    "Diabetes nurse: 74-year-old man on gliclazide, three shaky, sweaty spells this month, meter 3.4 and 3.6, all settled with "
    "jelly babies.",
    "29岁女，1型糖尿病。去年夜里低血糖过一次，之后天天担心再来；肩颈发紧，睡不好，已经八个多月了。情绪没有低到不想活。",
    # what still fits; the vision greying before a faint
    "I'm 36 weeks with my first and my feet puff up by teatime, back to normal by the morning. BP 118/74, rings still fit.",
    "男，23岁，看到队友开放性骨折，突然觉得浑身发热、恶心、眼前发灰，随后晕倒，十几秒就醒了，醒后马上清楚。",
    # an onset denied; the back of the thighs
    "35岁女，偏头痛十年，几乎天天头痛，天天吃去痛片。头痛的样子和以前一样，没有突然炸裂样的疼，没有手脚无力。",
    "42-year-old office worker, low back pain since moving house, aches into the back of both thighs but not below the knee. "
    "Walking normally, bladder and bowels fine.",
]

ROUND_167_175_AGES = [
    ("我闺女四个月，感冒三天了", 4 / 12),
    ("十个月的闺女，咳嗽发烧三天", 10 / 12),
    ("Day 3 baby boy, left scrotum swollen.", 3 / 365),
    ("Man 78 had a stroke last year, now fitting.", 78),
    ("Girl 4 swallowed three small ball magnets.", 4),
    ("Mum calling — son 12, wheezy chest.", 12),
    ("Dad calling 2am — son 18 months, barking cough.", 1.5),
    ("Grandma calling, panicking. Grandson 2 found with her pill organiser open.", 2),
]

ROUND_184_189_EMERGENCIES = [
    # session 21's leftovers: a relative told about by one teller is the patient; a nosebleed over 15 minutes (NHS)
    "Sister says her 58-year-old brother with alcohol-related liver cirrhosis has 'gone strange' over two days — sleeping "
    "all day, up all night, confused about where he is, and his hands flap when he holds them out.",
    "2岁男孩，奶奶在吃华法林。前天孩子翻过奶奶的药盒，当时没发现少了几片。今天鼻血流了半个多小时止不住，两条腿上好多青紫。",
    # round 184: the result that comes back
    "Midwife phoned with the bloods: platelets 84 x10^9/L, ALT 180. 28-year-old, 34 weeks with her first baby, BP 158/104 at "
    "clinic this morning.",
    "心电图：三度房室传导阻滞，心室率 36 次/分。79岁女，这几天走两步就喘，今天在家坐着差点晕过去，血压 94/52 mmHg。",
    "影像中心来电话：48岁女，下午在诊室说头痛是突然一下子炸开的，“像被人从后面打了一棍”。她现在在吐，有点犯困。",
    "社区精神卫生随访：71岁男，抑郁这两周加重，家属说他这三天几乎不吃不喝，问什么都不理。嘴唇干裂，一天就尿一次。",
    # round 185: home from hospital
    "59-year-old man with alcohol-related liver disease, discharged last week. His daughter says for two days he's been muddled "
    "and sleeping in the day, and his hands flap when he holds them out.",
    "糖尿病女性，59岁，开腹子宫切除术后第5天。昨天切口旁边只是有点红，今天一下子扩到整个下腹部，颜色发紫发暗，还起了几个水疱。",
    "男，60岁，心梗出院三周。今天太太在他床头柜里翻出攒下的一大把安眠药。问他，他承认打算这两天全吃掉。",
    # round 186: the school-age child
    "10-year-old boy came off his bike on the way home from school, no helmet. Can't remember coming off and keeps asking the "
    "same questions over and over. Large swelling on the side of his head.",
    "10岁男孩骑自行车摔了，头撞在马路牙子上。现在他不记得是怎么摔的，同一个问题问了好几遍。",
    "8-year-old boy at his swimming lesson slipped off his float in the deep end and was under for maybe 30 seconds. Twenty "
    "minutes on he's still coughing non-stop and breathing fast.",
    "7-year-old girl fell off the trampoline onto her outstretched left arm. Elbow badly swollen; the hand is white and cold, "
    "no pulse at the wrist.",
    "5-year-old boy, bloody diarrhoea after a visit to a petting farm 6 days ago. Now he looks very pale, his eyes are puffy and "
    "he's only done one small dark wee since yesterday.",
    "5-year-old boy with spots on his hands, feet and mouth for 3 days. Last night he kept startling awake with jerks of his "
    "arms, vomited twice this morning.",
    "5岁男孩三天前开始发烧，嘴里有溃疡，手心、脚心和屁股上出了小疱疹。今天睡觉时老是一惊一惊地抖，吐了两次。",
    "8岁男孩左耳疼、发烧三天，在吃阿莫西林。今天早上发现左边嘴角往下耷拉，左边额头也皱不起来。",
    "7岁男孩，白血病在做维持化疗。今天早上身上冒出几个红点，中午变成了小水疱。班上上周有个同学也是起这种小水疱请的假。",
    "8-year-old boy with nephrotic syndrome, on prednisolone 60 mg a day for the last 3 weeks. Itchy blistering spots came up "
    "on his chest and face this morning, temp 38.0 °C; there's been chickenpox in his class.",
    "12-year-old boy, very short-sighted. Since yesterday he's seen flashing lights and lots of floaters in that eye, and "
    "today a dark shadow is coming down from the top of his vision.",
    "10-year-old boy poked a metal hair clip into a plug socket; there was a flash. Small grey-white burns on his right thumb.",
    # round 187: water, salt and the kidneys
    "76岁女，平时吃雷米普利和呋塞米。拉肚子三天了。上个月肌酐98 µmol/L，今天急查310 µmol/L，血钾5.9 mmol/L。",
    "60岁男，喝酒把肝喝坏了，肚子里老有水。老婆说这两天他白天睡晚上闹，说话颠三倒四，手伸出来一抖一抖的。",
    "80岁女，房颤加心功能不好，吃地高辛和呋塞米。女儿说她这一周恶心，说看东西都发黄，脉搏摸着只有44次/分。",
    "39岁女，十年前给哥哥捐了右肾。今天左腰突然绞痛，疼到下腹，吐了，从中午到现在几乎没尿。",
    "Husband is worried: his wife, 45, has been depressed since losing her job, and for the last three days she won't eat and "
    "only takes a sip of water when he pushes her. Her lips are cracked and she has passed urine once since yesterday.",
    "78-year-old man with a weak heart on ramipril and spironolactone. Potassium back at 6.9 mmol/L.",
    # round 188: when the patient cannot easily tell
    "女儿说她78岁的母亲有中度痴呆。今天早上起床后发现她不用左手了，左手耷拉在腿上，左边嘴角往下耷。昨晚10点睡觉前还好好的。",
    "84岁男性，阿尔茨海默病，一直吃坦索罗辛。护理院护士说从昨晚到现在14个小时没尿，来回拍下腹。下腹膨隆到脐下两指，叩诊浊音，一按他就大叫。",
    "社工带来一名50岁男性，长年每天喝一斤白酒，两天前后没再喝。今天他浑身发抖、大汗淋漓，一直在墙上抓“虫子”，认不出社工。",
    "Support worker for Gareth, 48, learning disability. Lower back pain for a week. Today he's wet himself twice, and when we "
    "wiped his bottom he didn't react like he normally does.",
    "Support worker: Paul, 50, autism, no speech. At 2pm he suddenly screamed, grabbed the back of his head and dropped to his "
    "knees. He's vomited twice since and won't open his eyes to the light.",
    "Support worker: Aisha, 19, got into the bath while the hot tap was still running. Both legs from the feet up to the knees "
    "are bright red with big blisters.",
    # round 189: seasons and festivals
    "1月大雪，38岁女，家里那台老燃气锅炉这几天老是熄火。她和两个孩子一回家就头痛、恶心。今天她在厨房里突然晕倒了一次。",
    "春节坐了十几个小时大巴回家，31岁女，怀孕33周。下车后肚子一直绷着疼，摸着硬得像木板，阴道流了些暗红色的血。",
]

ROUND_184_189_NOT_EMERGENCIES = [
    "Mum says her brother had a stroke at 50. 34-year-old with a tension-type headache, otherwise well.",
    # round 184: a haemolysed sample; chronic heart failure at its blood test
    "检验科下午5点来电：王大爷，68岁，血钾 6.8 mmol/L，但标本备注“溶血（++）”，是昨天下午抽的、今早才离心。肌酐 82 μmol/L。人好好的，没有乏力、心慌。",
    "Routine bloods for a 58-year-old woman on ramipril 5 mg: K+ 6.8 mmol/L, lab comment 'sample haemolysed, delayed receipt'. "
    "Creatinine 74, same as last year. She feels completely well.",
    "NT-proBNP 2,600 ng/L. 74-year-old man, ankles swelling and breathless on two flights of stairs for 3 months, sleeps on his "
    "usual 2 pillows. SpO2 96%, RR 16, BP 148/86, chest clear.",
    # round 185: a mended hip; shingles after an operation
    "女，80岁，股骨颈骨折手术出院一个月，康复顺利，现在扶着助行器能走，不怎么痛。",
    "74-year-old man, home 3 weeks after bowel surgery. Two days of burning pain and now a band of clustered blisters on the "
    "right side of his chest that stops at the midline. Feels well.",
    # round 186: a child's fits that stop, a panic in an 11-year-old, a whooping cough between fits
    "5岁男孩这两天感冒发烧，今天下午39.3℃时全身抽了一次，大概两分钟就停了。现在醒过来了，说话、手脚活动都正常。两岁时发烧也抽过一次。",
    "11岁女孩，考试前后有三四次突然心慌、胸口发紧、喘不上气、手指发麻，每次十来分钟自己缓过来。今天又发了一次，现在已经好了。",
    "9-year-old girl, cough for three weeks that comes in long fits with a whooping noise, sometimes sick after a fit. Fine and "
    "playing between fits, SpO2 98%.",
    # round 188: a deficit from an old stroke or cerebral palsy is no new stroke
    "Man, 66, expressive aphasia after a stroke. Wife says he woke yesterday pointing at his right big toe, red, hot and swollen.",
    "Man, 44, learning disability with left-sided weakness from cerebral palsy. Left calf 4 cm bigger than the right; sats 98%, "
    "pulse 78.",
    "74岁男性，去年脑梗后表达性失语，能听懂。老伴说这两个月他不爱出门，常坐着发呆、掉眼泪，但一日三餐都吃。",
    # round 189: a second febrile fit, over
    "流感季，3岁男孩发烧39.5℃，在家抽了一次，大约2分钟自己停了，半小时内就醒过来叫妈妈，现在在诊室里玩手机。去年发烧时也这样抽过一次。",
]

ROUND_184_189_STATUS = [
    ("Nosebleeds on and off for 3 weeks, 8-year-old, each one stops with pinching.", "uncontrolled_epistaxis", None),
    ("Mum says her sister has asthma. 4-year-old with a wheeze.", "asthma_history", None),
    # an act of self-harm months ago is a history; an exposure started then goes on; a mood "since" then is today's
    ("22-year-old. She took a paracetamol overdose 18 months ago and was admitted. Low mood.", "self_poisoning", None),
    ("22-year-old. She took a paracetamol overdose 18 months ago and was admitted. Low mood.", "self_harm", "present"),
    ("Started ramipril three months ago, 60M. Woke with a puffy upper lip.", "ace_inhibitor_use", "present"),
    ("Started ramipril two years ago, 60M. Woke with a puffy upper lip.", "ace_inhibitor_use", "present"),
    ("两年前开始吃依那普利，今天嘴唇肿", "ace_inhibitor_use", "present"),
    ("Annual review, 52M: low since redundancy 3 months ago, would like talking therapy.", "low_mood", "present"),
]


ROUND_190_192_EMERGENCIES = [
    # round 190: dialects and home words (Cantonese, Minnan, Sichuan, Scots, Caribbean)
    "家长来电：我个仔两岁，啱啱扯跌咗煲滚水，成个心口同成只右手臂都烫到，起晒大水泡，有啲皮甩咗，佢喊到冇停。我哋用冻水冲紧。",
    "阿伯68岁，三日前右脚膝头开始肿，摸起来烧烧，今仔日发烧38.9，膝头一动就疼，袂当行路，要人扶去便所。",
    "女，45岁，喺屋企搬嘢，突然成个头好似俾人用棍大力扑落去咁痛，一秒之内痛到顶，佢话系一世人最痛嘅一次，即刻呕，条颈都硬埋。",
    "女，35岁，两个礼拜前拉了几天肚子。这几天先是脚板发麻没得劲，现在腿杆软得上不了楼梯，手也拿不稳筷子了，卫生院医生敲膝盖头没得反应。",
    "媳妇怀孕32周，刚才肚子突然疼，一直不松，肚皮摸着梆硬，下边出血了，孩子也不怎么动弹了。",
    "后生仔22岁，以前都有发羊吊，今日喺街度发作，抽到而家已经七八分钟都未停，口吐白泡，叫佢冇反应。",
    "阿爷82岁，吃华法林。今朝在弄堂里跌跤撞着额角头，起了一只大包，刚刚吐了两趟，人有点木知木觉，问伊啥都慢吞吞。",
    "Mummy bring in her son, 2, him pull the kettle off the counter and the hot water run down him chest and belly and one arm. Skin peeling off and the raw patch about as big as four of him palms. Him still crying, she cool it under the tap for 20 minutes.",
    "Wife phoned us efter 999: her man, 73, was sittin at his tea 20 minutes ago and his face went squint on the left, his left arm's just hingin, and he's slaverin and his words are comin oot aw wrang.",
    "Man, 52, drinks a bottle o vodka a day, stopped two days ago cos the money ran oot. Now he's shakin like a leaf, sweatin, pulse 124, seein wee beasties crawlin up the wall and doesnae ken what day it is.",
    "Feller, 61, his liver's knackered from the drink, the hospital said it's all scarred up, and he's been bunged up for 4 days. Wife says he's gone right daft since yesterday, sleepy all day, muddled about where he is, and his hands flap when he holds them out.",
    # round 191: dizzy, giddy, off balance and falling
    "孕33周，30岁，有高血压。一小时前突然肚子持续疼，肚皮摸着硬邦邦的，阴道有暗红色的血，现在头晕、心慌、出冷汗。",
    "14-year-old fell off his bike without a helmet and hit his head. Can't remember the fall or riding home, has vomited twice since and says he feels dizzy.",
    "Son worried about his 79-year-old father, very low since his wife died. Hasn't eaten or drunk properly for four days, says 'what's the point', dizzy when he stands, passing hardly any urine, lips cracked.",
    # round 192: back, neck and bone pain
    "护理院护士：住户89岁女，痴呆，昨晚从床上滑到地上。今天换尿片时一碰左髋就叫，左腿外旋、比右腿短，扶她也不肯站。",
    "58-year-old man with a kidney transplant on tacrolimus and prednisolone. A painful blistering band came up across the right side of his back 4 days ago; now there are scattered blisters all over his trunk, arms and face.",
    "Physio referral: 35-year-old woman with 3 weeks of left-sided sciatica. Today the pain has spread into the right leg as well, and she reports reduced feeling across both buttocks and the perineum; she is unsure whether she can feel when her bladder is full. Both ankle reflexes absent.",
]

ROUND_190_192_NOT_EMERGENCIES = [
    # round 190: dialects and home words (Cantonese, Minnan, Sichuan, Scots, Caribbean)
    "家长：佢两岁半，今朝发烧39度，喺屋企抽咗一阵，眼反白、手脚抖，大约一分钟就停，之后瞓咗一阵，而家醒咗，识叫人，饮紧奶玩紧玩具。去年发烧都抽过一次，医生话系热性惊厥。有流鼻涕，冇出疹，条颈唔硬。",
    "女，26岁，闽南人，头一胎七周。这几日早起恶心，吐一两摆，食饭较少，毋过水会饮，尿正常，人有精神，腹肚无疼，下面无出血。体重无减，血压108/68，尿酮阴性。",
    "Fella, 45, came in feart because his da took a heart attack at 52 and his brother's just had stents. He's fine himsel: nae chest pain, nae breathlessness, walks the dug every day. Total cholesterol 7.1, HDL 1.0, non-HDL 6.1 mmol/L, BP 132/80, QRISK3 12%.",
]


ROUND_193_194_EMERGENCIES = [
    # round 190: dialects and home words: cold-and-flu sachets with paracetamol
    "hey its Mo, 22M. had really bad toothache since fri so been taking 2 paracetamol every 3 hrs or so + some of them cold n flu sachets cos they helped, prob like 12-14 tablets a day + the sachets. now feel kinda sick n my side hurts under my ribs on the right, is that normal??",
    # round 193: tired all the time, sleeping badly, losing or gaining weight
    "54岁男，一个人住出租屋。说入冬以来一直头疼、犯困、没力气，以为感冒没好，周末去女儿家住两天就好多了，一回来又这样。房东的燃气热水器很旧，家里没有一氧化碳报警器。今天早上起床恶心，晕得站不稳。",
    "67岁男，去年查出肺上长了东西，一直在化疗。老伴说他这一个月瘦得衣服都挂不住了，整天没精神。最近后背中间疼，晚上躺下更疼，这两天说腿发软、走路像踩棉花，小便也不太解得出来。",
    "社区医生上门：79岁男，老伴走了三个月，越来越不说话，瘦了一大圈。这四天几乎不吃不喝，劝他就说“不想麻烦了”。嘴唇干裂，今天一整天只解了一点点深黄色的尿。",
    "84岁男，前列腺的老毛病。护工说他这两天“人昏昏的，没精神，不吃东西”，一直嚷着要小便可解不出来，今天一整天几乎没尿。小肚子胀得鼓起来，一按就喊疼。",
    "Known lung cancer, 66-year-old man. Wife says he's been 'off his food and sleeping all day' this week; today he's confused and vomiting. Sodium on this morning's bloods 117 mmol/L.",
    "Heatwave, 36 °C all week. 80-year-old woman living alone with no fan; neighbour found her 'listless, off her food, lying on the sofa', now muttering nonsense. Skin hot and dry, temp 40.6 °C.",
    "70-year-old man having treatment for lung cancer, 'so tired he can't get out of bed'. Pain in his back between the shoulder blades for 2 weeks, worse lying flat; now his legs are wobbly and numb and he couldn't manage the stairs today.",
    # round 194: allergies and reactions
    "9岁男孩，上午放学路上被一群黄蜂追着蜇，头、脸、胳膊一共三十多处，当时在卫生院打过针。晚上妈妈发现孩子尿是可乐色的，量很少，脸有点肿，一直喊腿疼。",
    "1岁8个月女孩，晚上突然狗叫样咳嗽，妈妈以为是白天第一次吃鸡蛋过敏了。现在孩子安静躺着时也能听到吸气的喘鸣声，肋骨之间往里凹，很烦躁。体温38.1℃。",
    "Referral: 63-year-old man started allopurinol 300 mg 4 weeks ago for gout, eGFR 42. Fever 39 °C for 2 days, now red skin over his trunk peeling off when touched, about a fifth of his back, with a raw sore mouth and gritty eyes.",
    "27F on sertraline 100 mg started drinking a St John's wort tea from the health shop last week. Agitated, sweating and shaking, temp 38.6 °C; her feet keep jerking rhythmically when I flex her ankles and reflexes are very brisk.",
    "Bloods: 77M on lisinopril and furosemide, started diclofenac 2 weeks ago for his shoulder, then got diarrhoea. Creatinine 312 µmol/L, last month 98. Passing little urine and feels dizzy.",
    "Salon on the phone: 35F had a hair relaxer put on and it was left too long. Scalp burning, now raw weeping patches with white crusting over the crown, about palm-sized and spreading, product still in her hair.",
    "6-year-old bitten by a mosquito next to the right eye 2 days ago. Today the eyelids are red, hot and swollen shut and temp is 38.8 °C. Mum gave an antihistamine thinking it was a reaction, but no better.",
]

ROUND_193_194_NOT_EMERGENCIES = [
    # round 193: tired all the time, sleeping badly, losing or gaining weight
    "35岁男，程序员。两个月来总是提不起劲，周末能睡十二三个小时还是累，以前爱打球现在也没兴趣了，吃得少，瘦了2公斤。PHQ-9 14分。专门问过，说没有想过伤害自己，也没有不想活的念头，家里人很支持。",
]


ROUND_195_197_EMERGENCIES = [
    # round 195: the child's tummy
    "2岁半男孩，昨天开始吐，一整天几乎没吃东西。今天早上奶奶怎么叫都叫不醒，全身软绵绵的。社区测指尖血糖2.1 mmol/L，以前没有糖尿病。",
    "5个月男宝，吐了一天，吃奶很差，特别烦躁，一抱起来就哭得更厉害。妈妈摸他头顶的囟门鼓鼓的、硬硬的。体温37.8℃。",
    "3岁男孩，上周拉肚子带血，拉了四五天，已经好了。可这两天尿特别少，今天一整天尿布几乎是干的。脸色煞白，眼皮有点肿，人也没精神。",
    "13岁男孩，两年前阑尾穿孔做过开腹手术。昨天起肚子一阵阵绞痛，越来越胀，吐了很多次，后来吐的东西发绿。从昨晚到现在没放过屁，也没拉过屎。",
    "广州，12岁女孩，发烧第4天，今天烧退了一些，反而肚子痛得厉害，一直吐。刷牙时牙龈出血，小腿上有很多小红点。小区最近有好几例登革热。",
    "4岁女孩，发烧、吐了半天，家里以为是胃肠炎。现在身上、腿上出现好几个紫红色的小点，用玻璃杯压着也不褪色。她说腿疼，手脚冰凉。",
    "1岁女宝，第一次吃鸡蛋羹，十来分钟后开始一口接一口地吐，全身起了一片片风团。接着变得很软、脸色发白，没精神，不怎么哭了。",
    "6岁女孩，吃了夜市烧烤后拉血便3天。今天妈妈发现她尿是茶色的，而且量很少。小腿上有好几块淤青，脸色苍白。",
    "英国GP电话分诊：16岁女生，月经停了6周，自己验孕阳性。今天右下腹一侧疼，右肩尖也疼，老觉得想解大便又解不出来。按肚子右边时疼得缩回去。",
    "10-day-old baby boy, the left side of his scrotum has been swollen, firm and dark bluish since this morning, and he's more unsettled than usual. Right side normal.",
    "Community clinic in Guangzhou during the dengue season: 9-year-old girl, fever for 4 days and now settling, but today bad tummy pain, vomited 4 times, and her gums bleed when she brushes her teeth.",
    # round 196: the winter clinic: sore throats, ears, coughs, colds and flu
    "社区全科医生记录：一家三口都说“得了流感”来看病，爸爸、妈妈和8岁女儿这周都头疼、恶心、头晕，都没有发烧、没有咳嗽，白天去上班上学就好些，晚上回家又加重。家里刚入冬开始用燃气壁挂炉取暖，卫生间热水器也是燃气的。",
    "22岁男，扁桃体发炎4天，吃了两天药不见好，今天右边嗓子疼得厉害，嘴张不开，只能张一指宽，说话像嘴里含着热土豆，口水咽不下去往外流。右侧软腭鼓起，悬雍垂被推向左边。体温38.8℃。",
    "5个月男婴，流鼻涕两天，今天吐了3次，哭闹不停，怎么抱都哄不好，奶也不肯吃。摸他前囟是鼓起来、发紧的。体温38.0℃。",
    "2岁男孩，奶奶发现他把爷爷的止咳糖浆（复方磷酸可待因溶液）喝了大半瓶，大约是半小时前的事。现在看着还在玩，没有吐。",
    "45-year-old woman, 'flu' for 5 days. She tells you she's been taking 2 paracetamol 4 times a day and a cold-and-flu powder every 4 hours on top, 'to keep on top of it'. Now she feels sick and has a dull ache under her right ribs.",
    # round 197: swelling
    "男，66岁，糖尿病控制差，空腹血糖13 mmol/L。两天来阴囊和会阴部肿胀发红，今天疼得坐不住，皮肤上有一块发黑，闻着有臭味，体温38.9℃。",
    "男，35岁，右前臂被锅炉蒸汽烫了，前臂整整一圈都烫到，皮肤发白，摸着反而不太疼。现在手和前臂肿得很紧，手指发麻。",
    "男，74岁，抽了五十年烟。今天突然腰背痛得厉害，肚脐周围摸到一个包，一跳一跳的，人出冷汗，血压94/60 mmHg。",
    "厨房着火，男，52岁，从浓烟里跑出来。脸被火燎了，眉毛鼻毛都焦了，嘴边一圈黑灰，现在脸肿起来，声音越来越哑。",
    "Village doctor in Guangxi: 50-year-old farmer bitten on the right foot in the paddy field at dusk, didn't see the snake. Two puncture marks still oozing blood, the foot and ankle have swollen fast and the swelling is now creeping up the calf. Bitten 40 minutes ago.",
    "34-year-old man, blocked nose and sinus pain for a week. Right eye is now swollen, red and pushed forward, it hurts to look around, and he's seeing double. T 38.5 °C.",
    "34-year-old man who injects heroin. Left knee ballooned up overnight, red and hot, can't put any weight on it. Shaking chills, T 38.9 °C.",
    "50-year-old woman pulled out of a house fire. Her lips and face are swelling, there's soot around her nostrils and in her spit, and her voice has gone hoarse in the last half hour.",
    "47F, injected her own thigh with something from a beautician a week ago. The thigh is swollen, tense and shiny, the pain is much worse than the redness would suggest, and the skin crackles when pressed. BP 92/58, HR 118.",
    "Wife on the phone: my husband is on chemotherapy for bowel cancer. His left leg has been swollen for a week, and this morning he went grey, nearly passed out on the toilet and can't get his breath. His pulse feels very fast. Temperature is normal, 36.8 °C.",
]

ROUND_195_197_NOT_EMERGENCIES = [
    # round 195: the child's tummy
    "12-year-old boy, gnawing ache above the belly button most days for 3 months, feels full after a few mouthfuls at lunch. No vomiting, doesn't wake him at night, no blood or black stools, growing well. Stool H. pylori antigen negative.",
    # round 196: the winter clinic: sore throats, ears, coughs, colds and flu
    "18-month-old girl with a cold and a 39 °C fever had a fit at home: went stiff then jerked all over for about 2 minutes and it stopped by itself. Now, 40 minutes later, she's awake, alert, drinking and back to her usual self. Red bulging right eardrum; no rash, neck supple, fontanelle normal. She had one similar fit with a fever last winter.",
]


ROUND_198_200_EMERGENCIES = [
    # round 198: the child or teenager with a headache, a stiff neck or a sore eye
    "她从周六踢球被球砸到头以后就一直不对劲。16岁，当时没晕过去，但回家以后头越来越痛，今天早上吐了两次，问她比赛最后那几分钟的事，她一点想不起来。",
    "英国GP记录（译）：姐弟两个，9岁和6岁，这一个月老是头痛、恶心、没精神，去上学就好些，周末在家一整天反而更重。妈妈也说最近头痛。家里的燃气锅炉用了十几年，最近火苗发黄。",
    "16岁女生，近视-9.00D。昨晚开始右眼前有闪光，飘着好多像蚊子一样的黑点，今天早上发现右眼外侧有一块黑影，越来越大，看东西也没以前清楚。眼睛不痛。",
    "11-year-old boy with sickle cell disease. Mum says since breakfast he can't hold his spoon in his right hand and his words are coming out wrong. He complained of a headache last night.",
    "17-year-old was fixing his motorbike in the garage with the door down and the engine running for most of the afternoon. Came in with a headache, dizzy and sick, then went down in the kitchen. Now awake but slow.",
    "5-year-old boy with a right ear infection for 3 days, ear now discharging. Today he can't close his right eye properly, can't wrinkle his forehead on that side and the right side of his mouth droops. Temp 38.4.",
    # round 199: bites, cuts, wounds and things stuck in the skin
    "女，43岁，昨天给家里的猫洗澡，被咬了右手中指，正好咬在第二个指节背面。今天整根手指肿得像香肠，那个关节红、热，疼得弯不了，体温37.8℃。",
    "工友送来：男，35岁，在工地被楼上掉下来的木方砸到头，安全帽没戴好，头顶头皮裂了一个4厘米的口子，用毛巾捂着。来的路上吐了两次，说头很疼，对刚才发生的事记不太清楚。",
    "电工，男，41岁，检修配电箱时被电了一下，右手掌有一个黄豆大的焦黑伤口，手背上也有一个小的。现在人是清醒的，说手有点麻，心里有点慌。",
    "孩子4岁，男孩，昨天在公园钻灌木丛玩，腿上胳膊上被划了好多小口子。今天下午开始发高烧39.5℃，没精神，腿上和肚子上出了些紫红色的小点点，我用玻璃杯压上去也不褪色。我还以为是树枝划的。",
    "男孩，7岁，急性淋巴细胞白血病正在化疗。今天身上冒出十几个小水疱，有几个已经被他抓破了。班上有同学上周出了水痘。",
    "82-year-old lady on warfarin for her AF tripped on the kerb and split her eyebrow open; it's bleeding through the dressing. She says she's fine and didn't black out.",
    "30-year-old fell through a glass door and has a deep cut in the crook of his right elbow. The bleeding is controlled with a pressure bandage, but 20 minutes on his hand is white and cold, he can't feel his fingertips properly and I can't find a radial pulse.",
    "37-year-old who injects heroin into his groin. The injection site started hurting yesterday; now the pain is unbearable, the thigh skin is tense and shiny with a grey-black patch he can't feel when I touch it, and he's hot and shaky. HR 130, BP 88/50.",
    "8-year-old boy got hit on the back of the head by a swing. There's a 2 cm cut we've held pressure on and it's stopped bleeding, but he's been sick three times since, seems sleepy and vague, and can't remember walking home.",
    "A swarm of hornets went for him while he was clearing the woodshed yesterday, 40-odd stings on his arms, neck and head. 58-year-old. Today his pee is the colour of cola and there's hardly any, and his muscles ache all over.",
    "Fish-farm worker, 52, felt something like a pinprick on his finger while clearing a net in the dark about 3 hours ago and saw a black-and-white banded snake slide away. Hardly any pain at the time, but now his eyelids are drooping, he's seeing double and says his tongue feels thick.",
    "23-year-old woman brought in by her flatmate with fresh cuts on both wrists, not deep, bleeding stopped. The flatmate found empty paracetamol and ibuprofen packets in the bin, and she admits taking 'about 30' roughly 3 hours ago.",
    "Care home: 93-year-old resident on apixaban rolled out of bed overnight and has a skin tear on her forehead that we've steri-stripped. Staff say she's more muddled than usual this morning and she's been sick once.",
    # round 200: the out-of-hours home visit: an older person at night
    "晚上十点儿子打电话：我爸77岁，这几个月很消沉，话也少了。今晚他跟我说，他把攒下来的安眠药都放在枕头底下了，打算等我们睡了就全吃掉。",
    "72岁女性，淋巴瘤正在化疗。三天前左腰起了一圈水疱，今晚家属说水疱长到了脸上、胸口、后背和两条胳膊，全身到处都是。",
    "Daughter rang 20:40: her dad, 83, said all of a sudden around eight that he can't see anything off to his left, 'half the telly's gone', and he's been walking into the door frame on that side. Speech normal, arms and legs working. Has an irregular heart and stopped his blood thinner last month after a fall.",
]

ROUND_198_200_NOT_EMERGENCIES = [
    # round 198: the child or teenager with a headache, a stiff neck or a sore eye
    "15岁男生，昨晚在床上突然全身抽了大约1分钟，家人说他叫了一声，然后僵直、抖动，咬破了舌头，之后睡了半小时醒来就正常了。今天只有点头痛、肌肉酸。没发烧，没外伤，没喝酒用药，以前从没发生过，神经系统查体正常。",
]


ROUND_201_202_EMERGENCIES = [
    # round 201: the plain consultation note, any complaint (unthemed, first run on the final code)
    "6-year-old boy pulled from the bottom of the pool by the lifeguard about 10 minutes ago, underwater maybe a minute, coughed up water. Now coughing non-stop and breathing fast, RR 36, SpO2 92%, crackles at the right base, alert.",
    # round 202: the patient's own words, any complaint (unthemed)
    "My son is 3 and about 20 minutes ago he pulled a cup of just-boiled water off the table onto himself. His chest and his left upper arm are bright red with big blisters, the whole patch is about the size of three of his hands. We've had it under cool running water. He won't stop screaming.",
]

ROUND_201_202_NOT_EMERGENCIES = [
    # round 201: the plain consultation note, any complaint (unthemed, first run on the final code)
    "2岁男孩，发热第一天，T 39.5℃。刚才在家全身抽搐，两眼上翻、四肢抖动，约2分钟自己停了。现在抽完40分钟，已经完全清醒，认人、能玩玩具，颈软，无皮疹。去年发热时也抽过一次，当时诊断为热性惊厥。右耳鼓膜充血膨隆。",
    # round 202: the patient's own words, any complaint (unthemed)
    "I'm 69, male. Yesterday evening, for about 20 minutes, my right hand went numb and clumsy and my words came out jumbled, my wife noticed. It went away completely and now I feel totally normal, I can talk fine and both arms are strong.",
]


ROUND_203_204_EMERGENCIES = [
    # round 203: the telephone triage call, any complaint (unthemed, first run on 5d37db5)
    "Mum calling: her 3-year-old pulled a mug of just-boiled tea down over her chest and tummy 20 minutes ago. They cooled it under the tap for 20 minutes. The blistered area is about the size of three of the child's own hands. She is crying but alert.",
    # round 204: the doctor's spoken dictation, any complaint (unthemed)
    "两岁男孩，一个钟头前从桌子上把刚烧开的热水壶拽下来了，烫到前胸和左胳膊，奶奶在家用凉水冲了十来分钟。查体前胸加左上臂一大片，我用孩子手掌估了一下大概百分之五，表皮起大水疱，有的已经破了，底下红红的湿湿的，孩子哭得厉害，心率一百五十，体温正常。",
    "两岁三个月的女孩，奶奶说半个钟头前发现她在卧室里把奶奶床头的药瓶打开了，地上撒了好几片，是奶奶的硝苯地平缓释片和二甲双胍，到底吃了几片说不清楚。孩子现在看着还行，会跑会哭，心率一百二十，血压还没量成。",
    "Four year old boy, limping since yesterday, today he won't put his right leg to the floor at all and screams if I try to move the hip, lying with it bent and turned out, temp thirty-eight point nine, pulse one hundred and forty, no injury that mum knows of, had a cold last week, knee and ankle look normal, no rash.",
    "Sixty-seven year old man, lung cancer with spread to the bones, two weeks of worsening mid-back pain, worse lying flat and at night, for three days his legs have felt heavy and he's tripping, this morning numbness from the belly button down and trouble starting his urine. Tender over T eight, power four out of five both legs, brisk knee jerks, sensory level around T ten.",
]

ROUND_203_204_NOT_EMERGENCIES = [
    # round 203: the telephone triage call, any complaint (unthemed, first run on 5d37db5)
    "社区随访电话：70岁女性，2型糖尿病，吃格列齐特。今天上午买菜时觉得心慌、手抖、出汗，测血糖3.6 mmol/L，马上喝了一杯含糖饮料，15分钟后复测6.1 mmol/L，症状都没了。她说早饭只喝了半碗稀饭。现在人清醒，说话正常。",
    "Woman, 39, woke this morning with the left side of her face drooping: cannot close her left eye fully, cannot wrinkle the left side of her forehead, drinks dribble from the left corner of her mouth. Had an ache behind the left ear last night. Arms and legs fine, speech clear apart from a slight lisp, no headache, no rash or discharge in the ear, hearing normal.",
    # round 204: the doctor's spoken dictation, any complaint (unthemed)
    "两岁女孩，前两天流鼻涕低烧，昨天晚上开始咳嗽像小狗叫一样，空空的，妈妈挺害怕。我看的时候孩子在妈妈怀里安安静静地玩手机，安静的时候听不到喉鸣，哭起来有一点点，没有三凹征，呼吸二十八次，血氧九十八，体温三十七度八，吃喝都可以，也不流口水。",
    "一岁八个月男孩，今天下午发烧，妈妈说一下子烧到三十九度多，然后两眼上翻全身抽了一下，一分多钟就停了，是全身的，不是一边，抽完睡了二十来分钟就醒了，现在跟平时一样会笑会玩，这是第二次了，去年也是发烧抽过一回。查体体温三十八度九，精神好，脖子软，没有皮疹，右耳鼓膜充血膨出，呼吸二十六次，心率一百三十。",
]


ROUND_205_206_EMERGENCIES = [
    # round 205: the plain clinical vignette, any complaint (unthemed, first run on 5058685)
    "3岁男孩，15分钟前打翻桌上的热水壶，前胸和上腹部被烫伤，家长已用自来水冲了10分钟。创面发红，有多个水疱，总面积约相当于孩子5个手掌大小。孩子哭闹，面部和会阴未烫到。",
    # round 206: the patient or a relative in the clinic's web chat (unthemed)
    "我儿子5岁，前天开始发烧，今天最高38.9℃。早上起来说右边大腿根疼，一瘸一拐的，现在干脆不肯走了，一碰右腿就哭。最近没摔过。是不是长个子的生长痛？",
    "我71岁。去年体检B超说肚子里的大动脉有个瘤子，5厘米，医生让定期复查。今天下午突然腰背和肚子一起疼得厉害，刚才起来上厕所差点晕倒，自己量血压95/60。",
    "急！我儿子2岁，刚才自己爬上床头柜，把他奶奶的降压药瓶子打开了，地上掉了几片，不知道吃进去几片。现在看着还好，还在玩。要不要抠喉咙让他吐出来？",
    "我32岁，男。两周前拉了几天肚子，好了。从前天开始两只脚发麻没劲，昨天爬楼梯腿发软，今天手也没劲了，拧不开矿泉水瓶盖，感觉无力在往上走。",
    "My son is 3. About 20 minutes ago he pulled a mug of just-boiled tea off the side onto himself. The red area goes from his chest down over his tummy and onto his left upper arm, about three of his hand-prints in size, and blisters are coming up. We've had it under cool running water and he's screaming. Can I put Sudocrem on and bring him in tomorrow?",
    "Male, 45, on holiday in Thailand. Walking through long grass this afternoon something bit my ankle and I saw a brownish snake slither off. Two little puncture marks, and in an hour the swelling has gone up to mid-calf, it really hurts and I feel sick. I've washed it. Is it OK to wait and see if it settles?",
    "Male, 38. Had back pain and sciatica down my left leg for 3 weeks. Since yesterday both legs feel tingly, when I wipe after the toilet I can't feel it properly around my bum and between my legs, and this morning I didn't realise I needed a wee until I'd wet myself a bit. My physio appointment is next Tuesday, can I wait till then?",
    "I'm 64 (woman), had angina for 3 years, only ever walking up hills and my spray always fixed it. This last week it comes on just walking to the bathroom, and twice it's woken me at night and lasted about 15 minutes, I needed 3 sprays. Right now I'm OK. Can I book a routine appointment to get more spray?",
    "My son is 2. I just found him in Grandma's bedroom with her blister packs of amlodipine and metformin, some of the blisters are empty and he had bits of tablet in his mouth. He seems completely fine and is playing. How long should I watch him for?",
    "Male, 40. A scan last week showed a stone on the right and I'm waiting to pass it. Today the pain in my right side is back, I've had shaking shivers and a temperature of 38.8°C, and I'm only peeing small amounts. Should I just take more diclofenac?",
]

ROUND_205_206_NOT_EMERGENCIES = [
    # round 205: the plain clinical vignette, any complaint (unthemed, first run on 5058685)
    "24岁女性，坐地铁时突然心慌、胸闷、觉得喘不上气，手指发麻，十几分钟后自行缓解，以前有过三次类似发作。平时工作压力大，无运动时胸痛，无晕厥。到诊时心率88次/分，血压118/76 mmHg，SpO2 99%，心电图正常。",
    "2岁女孩，发热半天，体温39.2℃，在家全身抽搐一次，约1分钟自行停止，之后睡了一会儿，现在醒了，能玩能笑。去年也有过一次类似的热性惊厥。查体：颈软，无皮疹，精神反应好，右耳鼓膜充血。",
    "2½-year-old boy who had a simple febrile seizure with a cold last winter. This evening, with a temperature of 39.0 °C, he had a second one: shaking of both arms and legs for about 2 minutes, then sleepy for 20 minutes. Seen an hour later he is fully awake, playing and chatting; HR 124, RR 26, capillary refill under 2 s, no rash, neck supple. Right ear drum red and bulging.",
]


ROUND_207_208_EMERGENCIES = [
    # round 207: the front-desk or practice-nurse triage note (unthemed, first run on 7671d41)
    "7yo boy pulled off the bottom of the hotel pool by the lifeguard 20 min ago, under briefly, coughed up water. Still coughing non-stop, frothy spit, breathing fast. Alert but scared. Obs: RR 32, HR 124, SpO2 93%, T 36.5 °C.",
    # round 208: the doctor asks the assistant mid-consultation (unthemed)
    "58岁男，2型糖尿病，三个月前加了达格列净。这两天拉肚子、吃得少，今天恶心呕吐、肚子疼、乏力，呼吸有点深快。指尖血糖只有9.8 mmol/L，用血酮仪测了一下是4.1 mmol/L。血糖不高应该不是酮症吧，是胃肠炎？",
    "46岁女，B超提示左侧输尿管上段一颗8 mm结石，三天前开始左腰疼。今天开始寒战、高烧39.3℃，左肾区叩痛明显，心率108次/分，血压110/70 mmHg，尿白细胞满视野。我想加个口服左氧氟沙星，继续回家排石，可以吗？",
    "3-year-old boy pulled a mug of just-boiled tea over himself 40 minutes ago. Red, blistered skin over the front of his chest and down the left upper arm, about the size of two and a half of his palms; mum held it under the cold tap for 20 minutes. Crying but consolable. Can we dress it here and get the practice nurse to check it tomorrow?",
]

ROUND_207_208_NOT_EMERGENCIES = [
    # round 208: the doctor asks the assistant mid-consultation (unthemed, first run on 7671d41)
    "1岁半男孩，今天发烧39.1℃，半小时前在家抽了一次，全身抖，1分多钟就停了，之后睡了一会儿，现在醒了，能玩、认人，手脚都动。去年也这样抽过一次，当时医院说是热性惊厥。颈软，没皮疹，咽部充血明显。家长问要不要去住院？",
    "36岁女，最近两个月情绪低落，对什么都提不起兴趣，睡不好，容易累，工作效率下降，PHQ-9 14分。我问了自杀的问题，她说一年前离婚时有过'活着没意思'的念头，现在没有，从来没有伤害过自己，也没有计划。吃饭喝水正常。要转精神科吗，还是先在我们这边管？",
]


ROUND_209_210_EMERGENCIES = [
    # round 210: the rural clinic with little at hand (unthemed, first run on 2576bf6)
    "M 33, had a bout of diarrhoea two weeks back. Three days ago his feet felt weak and floppy; now his legs give way on the steps and his hands are too clumsy for chopsticks. Knee and ankle jerks absent. SpO2 96%, P 98, BP 128/80.",
    "M 58, 'hardened liver' from hepatitis B, belly full of fluid for months. Past two days sleepy and confused, mixing up day and night, and when he holds his arms out his hands flap. T 37.1 °C, BP 104/62.",
    "Woman, 55, disturbed a hornets' (马蜂) nest cutting firewood yesterday, more than 30 stings on her head and arms. Today her urine is dark like strong tea and she's only passed a small cupful since morning; aching all over. BP 146/90, P 102.",
]

ROUND_209_210_NOT_EMERGENCIES = [
    # round 209: the structured (SOAP) note (unthemed, first run on 2576bf6)
    "患儿，女，1岁8月。S：今晚发热 39℃，随后双眼上翻、四肢抽动约2分钟自行停止，来诊时已醒，能认人、玩手机；去年发热时也抽过1次，情况相同，当时住院检查无殊。O：T 38.9℃，HR 132次/分，RR 30次/分，SpO2 99%，精神反应好，颈软，无皮疹，CRT <2s；右耳鼓膜充血膨隆。A：（空）。P：",
    # round 210: the rural clinic with little at hand (unthemed)
    "男，47岁，前天在砖厂弯腰搬砖，腰上闪了一下，现在腰两边酸疼，转身、弯腰更疼，躺着好些。疼不往腿上窜，两腿不麻有劲。问过了：大小便跟平时一样，屁股和会阴那一圈感觉正常，没发烧，没得过肿瘤，没摔过，自己走进来的。",
    "Girl, 2, runny nose and fever since the morning, 39.0 °C; after lunch she went stiff and jerked all over for about 2 minutes, then slept. Had one just like it at 15 months. An hour later she's awake and chatty, drinking, neck moves freely, no rash, left eardrum red.",
]


ROUND_211_212_EMERGENCIES = [
    # round 211: the handover note between clinicians (unthemed, first run on 176cd1e)
    "社区急诊交班：2岁男孩半小时前拉翻了电热水壶，开水烫到前胸和右上臂，总面积估计约6%，多处起了大水疱。已经用流动凉水冲了20分钟，用保鲜膜盖上了。孩子还在哭闹，精神可以。家长问能不能就在社区换药。",
    "养老院护士交给全科医生：81岁女性，房颤在吃阿哌沙班，3小时前在走廊摔倒，后脑磕在地上起了个包。当时没晕过去，没吐，现在说话清楚，GCS 15分。她自己说没事，护工想在院里观察一晚。",
    "Practice nurse to GP: 35-year-old man from the factory next door splashed concentrated drain cleaner (sodium hydroxide) on his right forearm 20 minutes ago and only rinsed it briefly. The skin is white and waxy over an area about the size of his palm and he says it hardly hurts there. I've got it under running water now — what do you want me to do next?",
    # round 212: the return visit, what changed since last time (unthemed)
    "24岁男，10天前感冒发烧。3天前因心慌乏力来看，心电图窦速，抽了血。今天高敏肌钙蛋白T回报850ng/L（正常<14）。他说这两天躺平就喘，上一层楼都不行；心率126次/分，血压92/58mmHg。",
    "38岁女，3天前CT显示左输尿管上段7mm结石伴轻度积水，开了止痛药，约了泌尿外科。今天又来，说早上开始寒战发抖，体温39.2℃，左腰痛加重。",
    "58-year-old man, very short-sighted, came on Tuesday with new floaters in his right eye; the optician's dilated exam showed a posterior vitreous detachment with no tear and he was told to come back if anything changed. Today the flashes are more frequent and since this morning a dark shadow has been rising from the bottom of his vision in that eye.",
    "Farmer, 47-year-old man, seen at the village clinic yesterday evening after something bit his left ankle in the paddy field: two small punctures, little swelling, wound washed and he went home. Today the swelling has climbed above his knee, the bite site is blue-black and his gums bleed when he brushes his teeth.",
    "Daughter brings her 81-year-old father back: he slipped in the bathroom 3 days ago and I found bruising over the left hip, but he walked out with his stick. Since then he hasn't been able to get out of his chair and cries out when he tries to stand on the left leg, which now lies shorter and turned outwards.",
    "Man, 69: I saw him 2 days ago after 15 minutes of left arm weakness that had fully gone, started aspirin 300 mg and referred him to the TIA clinic. This morning his wife noticed the left side of his mouth drooping, his left arm drifts down when he holds it up and his speech is slurred; it started 40 minutes ago and hasn't improved.",
    "Out-of-hours call back: 18-month-old girl seen this afternoon with mild croup and given oral dexamethasone. Now, at 2 am, her breathing is loud and harsh even asleep and calm, the skin is sucking in under her ribs and at the base of her neck, and she's restless; SpO2 93%.",
]

ROUND_211_212_NOT_EMERGENCIES = [
    # round 212: the return visit, what changed since last time (unthemed, first run on 176cd1e)
    "29岁女，未孕。前天发热39℃、左腰痛，诊断急性肾盂肾炎，开了头孢氨苄并送了尿培养。今天培养回报：大肠埃希菌，对头孢氨苄耐药。她还在发烧38.2℃，能吃能喝，心率96次/分，血压118/74mmHg，神志清楚，呼吸18次/分。",
    "66岁女，2型糖尿病，吃格列美脲。今天随访，早上空腹指尖血糖3.6mmol/L。她说没有心慌出汗，不头晕，神志清楚，说话正常，就是早饭吃得少。",
    "67-year-old woman with type 2 diabetes whose gliclazide went up to 80 mg twice daily at her review 10 days ago. Finger-prick at the clinic before lunch today is 3.6 mmol/L; she felt shaky and sweaty walking here but is fully alert, chatting normally, and has had a glucose drink in the waiting room.",
]


ROUND_213_214_EMERGENCIES = [
    # round 213: the exam question's vignette (unthemed, first run on 0bb9d62)
    "56岁男性，高度近视（-8.00 D）。3天前开始左眼前出现很多“飞蚊”和闪光感，今天早上发现左眼下方像有一块黑色帘子挡住，并逐渐向中间扩大。无眼痛，眼不红。视力：左眼0.3，右眼1.0。",
    "A 20-month-old girl pulled a mug of freshly made tea off the table 30 minutes ago, scalding her chest and right upper arm; her mother cooled it under the tap for 20 minutes. The area is red, wet and blistered and covers roughly three of the child's own handprints, fingers included. She is crying but consolable, heart rate 150/min.",
    # round 214: a long-term condition and something new (unthemed)
    "50-year-old man whose right kidney was removed for cancer 6 years ago. Colicky pain from the left loin to the groin since last night; a scan 3 months ago showed a small stone on that side. Now shivering, temp 38.7, and he has barely passed any urine today.",
]

ROUND_213_214_NOT_EMERGENCIES = [
    # round 213: the exam question's vignette (unthemed, first run on 0bb9d62)
    "24岁女性，研究生，正值考试周。1小时前在图书馆突然心慌、胸闷、喘不上气，手指和口周发麻，觉得自己“快要死了”，约15分钟后逐渐缓解。过去半年类似发作4次，两次急诊检查均未见异常。现查体：HR 88次/分，BP 118/74 mmHg，SpO2 99%，心肺无异常，心电图为正常窦性心律。",
    "18月龄男童，发热1天，T 39.3℃。半小时前在家出现全身强直-阵挛抽搐约2分钟后自行停止，10分钟后完全清醒，现在能认人、正常玩耍。去年发热时也有过一次类似发作，当时住院检查无异常。查体：咽部充血，流涕，颈软，无皮疹，神经系统检查无异常。",
    "A 2½-year-old boy had a 2-minute episode of stiffening then jerking of all four limbs at home this morning while feverish; it stopped by itself and he was back to his usual self within 30 minutes. He had a similar seizure with a cold at 18 months. He now has a runny nose and a red throat, temperature 38.4 °C, heart rate 128/min, respiratory rate 28/min, capillary refill under 2 seconds. He is playing with toys, with no neck stiffness and no rash.",
    # round 214: a long-term condition and something new (unthemed)
    "20岁女大学生，1型糖尿病，用胰岛素泵。今天在太阳底下站着排队一个多小时，先觉得热、恶心、眼前发灰，然后晕倒了，同学说不到半分钟就醒了，没有抽搐、没咬舌头，醒来马上清楚。当场测血糖6.8 mmol/L，现在血压112/70 mmHg，心电图正常，既往没有心脏病，家里没人猝死。",
    "76岁男，慢阻肺，吸噻托溴铵，没有吃激素。三天前右侧胸背部烧灼样痛，昨天同一处冒出一条带状的小水疱，没过中线，脸和眼睛周围都没有。体温正常，精神好。",
]


ROUND_215_216_EMERGENCIES = [
    # round 215: the speech recogniser's transcript (unthemed, first run on cab5e35)
    "74岁男的 有防颤 就是心跳不齐那个 抗凝药自己停了一个月了 今天中午突然左腿从膝盖往下 凉 白 麻 疼得受不了 足背动脉摸不到 右边摸得到",
    "七十七岁女 吃利伐沙班 防颤 今天早上在厨房摔倒 后脑磕地上起了个包 当时没晕 现在说头疼 家属说她问的话重复问好几遍",
    "three year old boy pulled the kettle off the side, scald over his chest and tummy and down the right arm, blistering, um about the size of five of his hand prints altogether. he's crying but alert",
    "um twenty nine year old lady eight days after her baby, second baby, this morning a gush of bright red blood soaking a pad every half hour, clots the size of a plum, she's light headed. pulse one twenty",
    # round 216: the fewest words (unthemed)
    "男，58岁，高度近视，左眼闪光、黑影飘来飘去两天，今天下方像挂了一道帘子。",
    "女，50岁，吃卡马西平2周，全身起红斑水疱，嘴里溃烂，两眼通红。",
    "57M, very short-sighted. Flashes and a shower of floaters L eye yesterday, now a dark shadow rising from below.",
]

ROUND_215_216_NOT_EMERGENCIES = [
    # round 215: the speech recogniser's transcript (unthemed, first run on cab5e35)
    "五十二岁女性，，说是胸口烧心，烧得慌，吃完饭躺下就明显，嘴里反酸，，有半年了。问她走路爬楼会不会疼，不会。出汗没有，没有。吞东西不卡，体重没掉。吃那个吕碳酸镁能好一点。",
    # round 216: the fewest words (unthemed)
    "女孩，18个月，以前有过一次热性惊厥，今天发烧时又全身抽了约2分钟，现在已经清醒，能玩。",
]


ROUND_217_220_EMERGENCIES = [
    # rounds 217–220: the online consultation form, the patient who plays it down, English as a second language,
    # the care home or carer calling (unthemed, first run on 9fe49ce)
    "Main problem: mouth full of ulcers and a sore throat. How long: 5 days. Have you had this before: No. Any medicines: Methotrexate 2.5 mg for the arthritis in my hands; since the new box I've been taking 4 every morning, I thought that's what the label said. Anything else: 74, woman, big bruises on my arms and I've had the runs.",
    "Filling in for a colleague, 47, male. Main problem: collapsed at 2pm after laying tarmac all morning in 36 degree heat. Now awake but confused, keeps asking where he is, skin very hot and dry. Before: no. Medicines: don't know. Anything else: he was sick once and is still not making sense after 20 minutes in the shade.",
    "Main problem: can't breathe, having to sleep sitting up in the chair. How long: getting worse over 3 days, tonight awful. Better/worse: coughing up frothy pinkish stuff, ankles huge. Medicines: furosemide, ramipril, bisoprolol. Anything else: 77 male, heart attack in 2015, the finger monitor says 88%.",
    "Main problem: chest tightness. How long: had angina 2 years, only ever walking up hills; this past week it comes on walking to the kitchen and woke me at 3am twice. Better/worse: GTN spray helps but I've used it 6 times today. Medicines: aspirin, atorvastatin, GTN. Anything else: 68 male.",
    "45岁女性，做家政的：“膝盖肿了，可能是跪着擦地擦的。”左膝两天里肿得很厉害，又红又烫，基本弯不了，走路一瘸一拐。今天下午体温38.6 ℃。",
    "英国社区诊所，24岁男，“就是最近心情不太好，睡不着，来开点安眠药”。问诊快结束时他小声说，已经攒了两盒药，打算这周末室友回家之前全吃掉。",
    "Phone call, 31-year-old woman, six days after a vaginal birth: 'Sorry, I know bleeding is normal after a baby, and the midwife's coming on Friday anyway.' She's soaked three maternity pads in the last hour and passed a clot she says was the size of her fist. Her partner says she went very white and nearly fainted on the stairs.",
    "79-year-old woman tripped on the back step yesterday afternoon. 'Just bruised my hip, I didn't want to bother anyone over the weekend.' She hasn't been able to put any weight on the left leg since, and her daughter noticed it lies turned outwards and looks a bit shorter than the right.",
    "61-year-old man with known angina, in for a repeat prescription and 'a few more GTN sprays, nothing to worry about'. He's been using the spray three or four times a day this last week instead of once a fortnight, and for less and less effort. He woke twice last night with the same tightness, and admits it came on again sitting in the waiting room 15 minutes ago and is still there.",
    "Son of a 78-year-old woman with a weak heart, calling at 10 p.m.: 'Mum says it's just her chest and she doesn't want an ambulance.' She's slept upright in the armchair for three nights and tonight is coughing up frothy, pinkish spit. On the out-of-hours visit: breathing 30 a minute, SpO2 87% on air, crackles to halfway up both lungs.",
    "74-year-old man, ex-smoker: 'Probably a kidney stone, my brother had them.' Low back and left flank pain since this morning, came on fairly suddenly. Asked about past history, he says the hospital scans 'the big artery in my tummy' every six months: 'last time it was 5.1 centimetres, they said not yet.' Looks grey; BP 98/62, pulse 108.",
    "My son 4 year pull the kettle from the table, boiling water fall on his chest and his arm. We are from Iraq. Big area is red and some white skin, water blisters, from the neck down to tummy and whole right arm. He was crying, now he is shivering and quiet.",
    "Bulgarian man 45, he was walking on the heath in Dorset, one snake with zigzag line on the back bite his hand 1 hour ago. Now whole hand and forearm is swelling big and going purple, he vomit two times and feel dizzy.",
    "My daughter 6, we are from Ghana. She go under the water in swimming pool maybe one minute, lifeguard pull her out and she was breathing. But now 30 minutes later she keep coughing, breathing fast and there is little froth at her mouth.",
    "Greek man 74 with the irregular heart, he stop his blood thinner last month himself. Two hours ago suddenly right leg very pain, now it is white and cold like ice from the knee down, he cannot feel the toes properly and move them weak. I cannot feel any pulse in that foot.",
    "Toddler 2 years, Pakistani family. Grandmother tablet box was open on the bed and maybe 5 of her pressure pills (amlodipine 10 mg) is missing. We don't know exactly when, maybe 1 hour. Child look normal now, playing.",
    "Boy 14 from Somalia, he woke up at 5 am with very bad pain in the left ball, he vomit. Left one is sitting higher and very tender to touch.",
    "Polish man 38, wife left him and he lost the job. He say 'there is no point any more, I already buy the rope and I write letter to my children, I will do it this weekend when they are with her'.",
    "Lithuanian man 50, drink 1 litre vodka every day for years, he stop 3 days ago because no money. Now he is shaking, sweating, he see insects walking on the wall, he don't know where he is.",
    "Hungarian lady 77, she take warfarin for the heart. Last night she fall in the kitchen and hit back of the head. This morning she vomit two times and more sleepy than normal, daughter say she keep asking same question again and again.",
    "Childminder: Arlo, 2, boy, barking cough since last night. Now he's making a harsh noise breathing in even sitting still on my lap, and the skin between his ribs and at the bottom of his neck is pulling in. He's gone quiet and won't play.",
    "Keyworker: Liam, 28, learning disability and epilepsy; lamotrigine was started two weeks ago. Now he has a blotchy rash that's blistering on his chest and back, a sore mouth with ulcers on his lips, red sticky eyes, and temp 38.3.",
    "Childminder: Jack, 2, boy, found with his grandad's pill organiser open - amlodipine 10 mg, and two or three look to be missing. He seems fine right now.",
    "Care home: Mr C, 84, pulled a just-boiled kettle over his lap 20 minutes ago. The fronts of both thighs are red with big blisters and the skin's peeling. We've had it under cool running water for 20 minutes.",
    "Nurse at the care home: Mrs V, 81, low in mood since her husband died. For three days she's refused all meals and drinks, says she just wants to be left alone; her tongue is dry and she hasn't PU'd since yesterday.",
    "Home carer: Mr K, 81, prostate trouble for years. He hasn't PU'd since this morning and it's now 6pm; he keeps trying, his lower tummy is swollen and tender like a melon, and he's very uncomfortable.",
    "My mother 78, sugar patient, from Gujarat. One week she drink water all the time and pee a lot, now she is very drowsy and don't answer properly. The sugar machine at home show 650 mg/dL.",
    "Woman 61 from Hong Kong. Yesterday she see flashing light like a camera in right eye, and many small black flies moving. This morning there is like black curtain coming down from the top, she cannot see the upper half with that eye.",
]

ROUND_217_220_NOT_EMERGENCIES = [
    # a recurrent febrile seizure, fully recovered, at 18 months or older; recurrent panic with a normal ECG
    "主要症状：隔三差五突然心慌，胸口发紧，喘不上气，手指发麻，觉得自己要死了。 持续时间：每次十来分钟自己就过去了，这两个月发了五六次。 以前有过吗：上个月发作的时候去急诊做了心电图、抽了血，都说正常。 目前用药：无。 其他补充：女，26岁，最近工作压力很大，我爸去年心梗放了支架，所以我特别害怕。",
    "主要症状：孩子2岁，男孩，今天下午发烧39.5℃的时候抽了一次，两眼上翻，手脚抖。 持续时间：抽了大概一分钟就停了，后来睡了一会儿，醒来认人，现在玩得挺好。 以前有过吗：半年前发烧也抽过一次，当时住院查过，说是热性惊厥。 目前用药：布洛芬混悬液退烧。 其他补充：有点流鼻涕，脖子不硬，身上没有疹子，能喝奶。",
    "Main problem: my daughter (20 months) had a fit this afternoon, stiff then jerking all over for about a minute, temp 39.2. Before: one last winter, exactly the same, the hospital said it was a febrile convulsion. Better/worse: sleepy for half an hour after, now back to normal, playing with her sister and had some milk. Medicines: Calpol. Anything else: runny nose 2 days, no rash, moves her neck fine.",
    "1岁半女孩，妈妈说“刚才又抽了一下，现在好了，她去年也这样抽过，是不是不用去医院了？”今天下午开始发热，体温39.2 ℃，半小时前全身抽搐约2分钟，自己停了，之后睡了一会儿。现在醒着，会叫妈妈，能玩玩具，没有皮疹，颈软，呼吸平稳。",
]

ROUND_217_220_AGES = [
    # years without "old" after a person word, as a second-language speaker says it; a name after a carer's label
    ("Toddler 2 years, Pakistani family. Grandmother tablet box was open on the bed.", 2),
    ("My son 4 year pull the kettle from the table, boiling water fall on his chest.", 4),
    ("Boy 14 from Somalia, he woke up at 5 am with very bad pain in the left ball.", 14),
    ("Childminder: Arlo, 2, boy, barking cough since last night.", 2),
    ("Woman 65 years, chest pain since morning.", 65),
    ("I am husband, I translate because she don't speak English. My wife 27 years, her period not come 7 weeks.", 27),
]

ROUND_217_220_STATUS = [
    # second-language English (round 219)
    ("Three times this month my heart is panic, beating very fast, I cannot take breath.", "palpitations", "present"),
    ("Three times this month my heart is panic, beating very fast, I cannot take breath.", "shortness_of_breath", "present"),
    ("Yesterday she see flashing light like a camera in right eye, and many small black flies moving.", "floaters", "present"),
    ("My mother 78, sugar patient. One week she drink water all the time and pee a lot.", "polydipsia", "present"),
    ("Pain going from buttock down the back of left leg to the small toe, like electric, worse when he cough.",
     "pain_worse_coughing_sneezing", "present"),
    # "worse when he cough" says when the leg hurts: no cough
    ("Pain going from buttock down the back of left leg to the small toe, like electric, worse when he cough.", "cough", None),
    ("'My heart is heavy like a stone' since 2 months, she sleep badly and cry a lot, little interest in things.",
     "anhedonia", "present"),
]


ROUND_221_224_EMERGENCIES = [
    # rounds 221–224: a translation app or a family interpreter, clinical shorthand, the community pharmacist's
    # referral, a young person texting (unthemed, first run on 5b47898)
    "I am husband, I translate because she don't speak English. My wife 27 years, her period not come 7 weeks, the test at home show two lines. This morning very big pain left side down in belly like knife, and she fall down in the bathroom, now she is white colour and sweating. She says the pain going also to her shoulder.",
    "Daughter speaking: my mother 61 have sugar diabetes. Two days ago small cut on her leg from the garden, yesterday red only at the ankle, today the red is up to the knee. She cries, the pain is very very big, bigger than what you see, she say 'like the meat is burning inside'. Now there is black colour and water balloons on the skin and she has fever and shaking.",
    "Son here. Father 74 has the migotanie przedsionków, the heart rhythm problem, he stopped the blood thinner 2 weeks ago because teeth operation. One hour ago his right leg suddenly very painful, now it is white and cold like from the fridge, toes hard to move, and I cannot find pulse on the foot.",
    "My son 4 years, from yesterday fever 39.2. Today he doesn't want walk, he cry when I touch his right hip, he keep the leg bent and turned out and won't put the foot on floor. Yesterday he was running normal.",
    "My father 52 has back pain many years but from yesterday pain goes down both legs. Today he says when he wipe after toilet he cannot feel the paper, the area where you sit is 'asleep'. And he didn't pass water since morning but he doesn't feel full. He feels shame to tell you himself.",
    "My wife 38, since this morning her throat is very very painful, now she cannot swallow even her spit, it comes out from mouth on tissue. Voice like she has hot potato in mouth, and when she breathes there is noise. She sits leaning forward. Fever 39.",
    "Nephew here. My uncle 50 came back 10 days ago from visiting family in Kismayo, he didn't take malaria tablets. Two days fever comes with shaking like very cold, then big sweat, headache. He says it is only qandho like back home, not want to come.",
    "My son 9 months, from morning he cries very much suddenly and pulls his legs to the tummy, then quiet and pale and sleepy in between, then crying again. Vomited 3 times. Now in nappy the poo has blood and slime like red jelly.",
    "My daughter 18 months pulled the cup of hot shaah, tea, from the table. It poured on her chest, from the neck down to the belly button, and the inside of her right arm. The skin is red with big water blisters. She cries and doesn't want milk.",
    "My son 2 years, barking cough like dog since yesterday. Now he makes noise like whistling when he breathes in, even when he is sleeping quietly, and the skin between the ribs goes in. He is very tired.",
    "Mãe says: baby 9 months, diarrhoea like water many times 2 days and vomiting. Now very sleepy like a rag, doesn't want to drink when I give, the eyes went deep inside, and the moleira, the soft spot, has fallen. When I pinch the tummy skin it goes back very slow.",
    "My husband 60 was bitten on the hand by a cobra, I mean a snake, picking blackberries on the heath, 40 minutes ago. It had zigzag on the back. Now the hand is swollen up to the elbow, he vomited and feels he will faint.",
    "62y M，高度近视（-8.0D）。c/o 左眼闪光感、飞蚊增多 x2/7，今晨起下方像有帘子遮挡。无眼痛，眼不红。VA L 0.3（平时0.8），R 0.8。",
    "患儿，男，3岁。10min前拉倒热水壶，开水烫伤前胸+右上臂，面积约患儿自己手掌8个大小，部分起疱，创面红白相间。哭闹，P 140。",
    "女，71岁，3月前 Cr 92 μmol/L。腹泻呕吐 x5/7，其间自服布洛芬止痛，近2天尿少，约300ml/24h。今日查 Cr 386 μmol/L↑，K 5.8 mmol/L。",
    "7yo girl, pulled from hotel pool by lifeguard, under ~1 min, no CPR needed. Now alert but coughing ++, RR 32, SpO2 93% air, crackles R base.",
    "74M, AF, stopped apixaban 1/52 ago ('ran out'). Sudden severe R calf + foot pain 3h ago. R foot cold + white, toes numb, can't wiggle them. No pulses below R femoral.",
    "77F, Hx hysterectomy + previous adhesional SBO. 2/7 colicky central abdo pain, distended, vomiting green fluid x6, no BO or flatus since Sat. Tinkling BS, tympanic, HR 104.",
    "药剂师：64岁男士，有冠心病，来取硝酸甘油喷雾，上个月拿的一瓶快用完了。以前只有走快了才痛，最近一周走到楼下就痛，昨晚和今早躺着不动也痛了两次，每次喷两下才好，持续十来分钟。现在不痛。他想多拿一瓶就回家，我担心不对，今天该怎么处理？",
    "英国药剂师电话：28岁女士来买第二盒扑热息痛，我问了一下：她牙痛三天，每次吃两片500毫克，一天六七次，另外还在喝含扑热息痛的感冒冲剂，一天三四包（每包500毫克），算下来每天大约9克。今天有点恶心、右上腹不舒服。她没有自伤的意思，就是痛得没办法。我没卖给她，需要马上去医院吗？",
    "药房：女，45岁，这周已经在好几家店买扑热息痛，我们店员说她昨天也来过。今天我在咨询室问她，她哭了，说丈夫走后半年一直睡不着、什么都不想做，药是“攒着准备用的”，日子都想好了。她现在还没吃。我不想让她一个人回家，请您指导。",
    "Man, 52, a regular who once told me he drinks a litre of vodka a day, came in shaking badly and sweating, and asked me to get the spiders off the counter. His partner says he stopped drinking two days ago because he ran out of money. Pulse 124.",
    "got knocked out in rugby today, boys said i was out about a minute. i cant remember the bus home at all and ive thrown up twice since getting in. headache getting worse. 18m. prob just concussion right?",
    "idk who else to tell. been feeling like shit for months and tonight ive decided im gonna do it, got my dads tablets lined up and written a note. just wanted someone to know. 20m",
    "my cousin (16) went under at the lake for maybe 30 secs before we pulled her out. shes talking and sat up now but keeps coughing and coughing, says its hard to breathe and theres foamy stuff when she coughs",
    "my little sister is 3, had a barky cough for 2 days. now shes making a loud squeaky noise breathing in even just sat still and her chest sucks in under her ribs every breath. shes really restless and scared",
    "been on a 3 day bender, threw up loads this morning and now theres proper blood in it, like a mugful, dark red with bits. feel really dizzy when i stand and my heart is pounding. 20m",
    "at the walk in with our baby brother (6 weeks), he wasnt feeding and was breathing fast, nurse says his heart rate is 260 and wont come down. hes grey and sweaty",
    "my brother is 14, had a cold and sinus thing all week. now his left eye is massively swollen and red, temp 38.9, it hurts when he moves his eye and hes seeing double. eye looks like its pushed forward a bit",
    "my little brother (5) has had an ear infection for a week. now the bit behind his ear is red, swollen and really sore to touch and that ear is sticking out more than the other one. still got a temp",
    "they saw a 6mm stone on my left side on a scan last week and told me to wait for it to pass. tonight im shaking uncontrollably, temp 39.3, and the pain in my left side is back. 27m",
    "my little brother is 4, had bloody diarrhoea after we went to a petting farm last week. the poo has settled down but now hes barely weed since yesterday, hes really pale and puffy round his eyes and has bruises i didnt notice before",
]

ROUND_221_224_NOT_EMERGENCIES = [
    # recurrent febrile seizures, fully recovered; a bleed last year; a TIA that has gone; stable angina
    "My daughter 3 years had a fit today, all body shaking about 2 minutes, she has fever 39 and pulling her right ear since yesterday. Same thing happened last year with fever, hospital said febre fits. Now one hour later she is awake, knows me, eating biscuit, no spots on skin, moves her neck fine. She is not on any medicine.",
    "Polish man 58, his wife translating. Last year in Poland he vomited blood, the camera found ulcer in stomach, they gave antibiotics for the bacteria and the breath test after was negative. Now he feels good, no pain, stool brown normal, no vomiting. He comes for more omeprazole and wants to know how long to take.",
    "Man 68, daughter translating. Yesterday evening for 20 minutes his right hand was numb and weak, the cup fell, and the words came out mixed. After that everything gone, now completely normal, face normal, talks normal. He didn't want to bother anybody.",
    "64岁男。近3月快步走或爬坡时胸骨后闷压感，休息2–3min缓解，诱因固定，频率无增加，静息时无发作。HTN，吸烟。O/E：BP 136/84，HR 72，心律齐，双肺呼吸音清。ECG NS。",
    "患儿，女，18月龄。今日T 39.4时全身抽搐1次，约2min自行停止，10min后完全清醒，玩耍如常。既往：1岁时有1次类似热性惊厥。查体：精神好，颈软，无皮疹，右鼓膜充血膨隆。",
    "20/12 girl, Hx febrile seizure once at 14/12. Today T 38.9 °C, generalised jerking ~2 min, stopped on its own, back to normal within 30 min. Now alert, playing, drinking. R TM red + bulging. No rash, no neck stiffness, HR 128, RR 30, CRT <2s.",
    "奶奶来买退烧药：孙子1岁8个月，去年有过一次高热惊厥。昨晚发烧39.2℃，又抽了一次，全身抖，一分多钟就停了，之后睡了一觉，今早能吃能玩，跟平常一样，就是还有点烧、流鼻涕。没有皮疹，脖子不硬，精神好。今天需要带去看医生吗？",
    "my son is 3 and hes had 2 fever fits before. today hes got an ear infection with temp 39 and had another one, shook for about a minute then stopped. 30 mins later hes back to himself, giggling and drinking milk. no rash, neck moves fine. im 24 if that matters",
]

ROUND_221_224_AGES = [
    # a relative introducing themselves first; an age after "my uncle"; a sibling texted about
    ("Nephew here. My uncle 50 came back 10 days ago from visiting family in Kismayo.", 50),
    ("my little sister is 3, had a barky cough for 2 days.", 3),
    ("at the walk in with our baby brother (6 weeks), he wasnt feeding and was breathing fast", 0.115),
    ("my big brother is 34 and has chest pain", 34),
]

ROUND_221_224_STATUS = [
    # the relative who speaks first is no family history ("Nephew here. My uncle …")
    ("Nephew here. My uncle 50 came back 10 days ago from visiting family in Kismayo.", "travel_high_malaria_risk_area",
     "present"),
    # a past event opening its clause with its year
    ("Last year in Poland he vomited blood, the camera found ulcer in stomach. Now he feels good.", "haematemesis", None),
    # "一直睡不着" is sleeplessness, not a drowsy infant
    ("说丈夫走后半年一直睡不着、什么都不想做", "lethargic_infant", None),
    ("说丈夫走后半年一直睡不着、什么都不想做", "poor_sleep", "present"),
    # a second-language idiom for heartburn and reflux
    ("the fire is in my stomach, after spicy food it goes up to my throat and sour water comes in mouth",
     "acid_regurgitation", "present"),
]


ROUND_225_229_EMERGENCIES = [
    # rounds 225–229: the patient's own English quoted, the worried parent at night, the older person on many
    # medicines, American English, away from the surgery (unthemed, first run on f6eb20d)
    "Polish builder 39, known disc, back pain worse last 2 days. 'Today when I wipe my bottom I don't feel the paper, and my pee is not coming properly, I must push.' Both legs painful. Reduced pinprick perianal area.",
    "Iraqi gentleman, 63, had stent 2019. Pt states: 'Before the pain only come when I walk fast, now it come when I sit watching TV, last night it wake me up three times, every time 10, 15 minutes.' Pain-free now, BP 152/88, HR 78.",
    "Polish male 45, drinking at a wedding last night, vomited very hard many times. 'After the big vomit something tear in my chest, terrible pain behind the bone, and here on my neck is crackling like Rice Krispies.' Crepitus palpable at base of neck, HR 118, RR 26, T 37.8.",
    "Romanian woman, 47. 'I was lifting the shopping and bang, in one second, the worst headache in my whole life, like somebody hit me with hammer in back of the head.' Onset 2 hours ago, vomited once, neck uncomfortable to bend. GCS 15.",
    "我女儿7岁，最近一个月老喊渴，一晚上起来尿三四次，人也瘦了。今天开始肚子疼，吐了好几次，现在喘气又深又长，嘴里有股烂苹果味，人迷迷糊糊的。用她外婆的血糖仪测了一下，显示24.6 mmol/L。",
    "他两岁半，这两天有点感冒，今晚咳得像狗叫。现在就算安安静静坐在我腿上，每吸一口气都有很响的‘呃——’的尖声，脖子下面和肋骨中间一吸气就凹进去。嘴唇颜色还好，但他很烦躁，一直哭。",
    "我儿子5个月，右边大腿根以前一哭就鼓个包，躺下就没了，本来约了下个月看外科。今晚那个包鼓起来一直回不去，硬硬的，有点发红，一碰他就尖叫，刚才吐了两次奶。",
    "我女儿3岁，咳嗽发烧四天了，今天烧到39.3℃，喘气很快，我数了一分钟52次，每喘一下肋骨中间都往里吸，还会哼哼。网上买的血氧仪夹手指显示90%，换了几个手指都是89、90。",
    "我女儿3岁，上周拉肚子，后面几天拉的都带血。这两天不拉了，可脸色越来越白，眼皮和脚背有点肿，今天一整天只尿了一点点，颜色很深像浓茶。腿上还有几块瘀青，不记得磕到过。",
    "My daughter is 3 and fell down about 8 stairs onto the wooden floor at 6pm. She cried straight away, but since then she's been sick three times and now she wants to sleep all the time and is hard to keep interested in anything. There's a big lump on the back of her head.",
    "He's 2. Since this afternoon he's had bouts of tummy pain every 15 to 20 minutes where he curls up and cries, then he's pale and sleepy in between. He's vomited 4 times and the last one was greenish. When I felt his tummy there's a firm lump on the right side like a little sausage.",
    "My son is 4 months old. He's had a small lump in his right groin that comes and goes when he cries, but since this afternoon it's stayed out; it's hard, it looks red, and he screams when I touch it. He's vomited twice and won't feed.",
    "My son is 3 and has had a bad cold for 3 days. I've been giving him Calpol 7.5 ml every 4 hours day and night, and I've just found out my mother-in-law was also giving him 小儿氨酚黄那敏颗粒 three times a day, and that has paracetamol in it too. He weighs about 14 kg. Tonight he's off his food and was sick once.",
    "She's 3 and has been on amoxicillin for an ear infection for 4 days. Tonight the area behind her left ear is red, swollen and very tender, and that ear is sticking out more than the other one. She's still 39 and really miserable.",
    "I'm calling for my daughter, she's 16. She told me tonight her period is about 3 weeks late and a test she did was positive. Since this evening she's had sharp pain low on her left side and some spotting, and she just fainted in the bathroom. She's pale and sweaty.",
    "73岁男，高度近视，房颤吃华法林，还有糖尿病。两天前右眼开始看到闪光和很多黑点飘来飘去，今天早上右眼上方像拉下一道帘子，下半边看不清了。",
    "81-year-old woman with heart failure on furosemide 40 mg and ramipril; naproxen was started 10 days ago for her hip. Woke at 3 am gasping, has to sit bolt upright and is coughing up pink, bubbly phlegm. SpO2 86%, RR 32, crackles up to the mid-zones.",
    "Care home nurse: Mr Lewis, 81, widowed in the spring, on sertraline, bisoprolol and apixaban. For 3 days he's refused all food and drink, turns to the wall and says he wants to be left to go. Mouth dry, only a little dark urine today.",
    "73 yo M, 40 minutes ago at lunch he suddenly couldn't see anything off to his left — kept walking into the door frame — and he's wobbly on his feet. Arms and speech seem OK. Has AFib; stopped his Eliquis last month because of the cost.",
    "42 yo M hiking outside Phoenix, bitten on the ankle by a rattlesnake about an hour ago. Two puncture marks, swelling already halfway up his shin, and his lips are tingling.",
    "Patient portal message from a 45 yo M with known depression who lost his job 2 months ago: 'I don't see the point anymore. I've been saving up my Norco and I think this weekend is when I do it. Sorry to bother you.'",
    "Ship's medic, cargo vessel. Three crew were working in a closed store on deck 2 where a petrol-driven pump had been running for a couple of hours. Worst is a 41-year-old AB: throbbing headache, vomited twice, muddled and unsteady on his feet; the other two have headaches as well. Pulse oximeter reads 98%. All out in fresh air now.",
    "Coach tour guide ringing from a service station. A 74-year-old man in our group told me they're 'keeping an eye on a bulge in his main artery' with yearly scans. Twenty minutes ago he got sudden severe pain in his low back and left side, went grey and nearly passed out in the toilets. Now clammy, pulse 112 by my watch.",
    "Primary school nurse: 5-year-old boy told his teacher he ate 'some little white sweets' from grandma's pill box this morning before school. We think grandma takes amlodipine and metformin. He seems his normal self just now.",
]

ROUND_225_229_NOT_EMERGENCIES = [
    # recurrent febrile seizures recovered; a TIA that is over; a migraine; BPPV on a positive Dix-Hallpike
    "Moroccan lady 69, speaks French and some English. 'Yesterday afternoon my left hand became weak and my face felt funny, maybe 15 minutes, then it was finish, all normal.' Exam today normal: no drift, face symmetrical, speech clear. BP 148/86, pulse regular.",
    "Filipino mum, boy 2 years. 'He was shaking all over maybe two minutes with the fever, like last time in March, then he sleep a little.' Now alert, playing with the toy car, drinking. T 38.6, HR 128, R eardrum red and bulging, no rash, neck supple.",
    "29F, from Fujian. 'First I see zigzag light for 20 minutes, then one side of my head is paining, like pumping, and I vomit, same like always since I am teenager.' This attack 1 day, better after sleeping in dark room. Neuro exam normal, BP 116/72.",
    "我儿子12岁，有癫痫好几年了，一直吃左乙拉西坦。今晚睡前又发作了一次，跟以前一样全身抽，我计时大概一分半钟就停了，之后睡了二十分钟，现在醒了，说话清楚、认得人，就是累。没有磕着碰着，这是这个月第一次发。",
    "76岁男性，高血压、2型糖尿病、房颤，吃利伐沙班20mg、氨氯地平、二甲双胍。最近一周早上起床或在床上往右翻身时天旋地转，不到一分钟就过去，平时走路稳，女儿担心是中风。查体：右侧Dix-Hallpike试验诱发短暂旋转性眼震伴眩晕，约20秒消退；四肢肌力正常，言语清楚，指鼻稳准，无复视。",
    "Nursery nurse. Our 3-year-old boy had a fit at lunch, stiff then shaking all over for about 2 minutes, temp 38.9. It's his second one, he had the same last winter. Half an hour later he's back to himself, eating yoghurt and chatting, no rash, moves his neck fine, he's got a runny nose and a cough. Mum is on her way.",
]

ROUND_225_229_AGES = [
    # "3岁男孩，妈妈说…": the boy's age, not the mother's (a comma ends the words between an age and a parent)
    ("3岁男孩，妈妈说孩子两三天拉一次，又粗又硬。", 3),
    ("17岁的年轻妈妈抱着六周大的儿子来", 0.115),
]

ROUND_225_229_STATUS = [
    # a rough number is no doubt about the finding
    ("He was shaking all over maybe two minutes with the fever, like last time in March.", "seizure", "present"),
    ("she maybe has a fever", "fever", "uncertain"),
    # a migraine eased in a dark room is no angle closure brought on by dim light
    ("This attack 1 day, better after sleeping in dark room.", "dim_light_trigger", None),
    # "一分半钟": a minute and a half, not the twenty minutes' sleep after it
    ("今晚又发作了一次，全身抽，我计时大概一分半钟就停了，之后睡了二十分钟", "seizure", "present"),
]


ROUND_230_233_EMERGENCIES = [
    # rounds 230–233: the symptom checker's checklist, the long story, women's health and pregnancy, mind, mood,
    # alcohol and drugs (first run on fee4037)
    "女，69岁，房颤，三个月前自己停了华法林，主诉：“左腿突然又疼又凉又麻，颜色发白，一个小时了。”皮肤发白发凉：是；脚背脉搏：家人摸不到；脚趾能动：能，但没劲；麻木：是；外伤：否。",
    "男，49岁，上周B超说左边输尿管里有块6毫米的石头，主诉：“左腰疼又加重了，今天还发冷发抖。”体温：39.0℃；寒战：是；尿量：减少；尿痛：是；呕吐：是；只有一个肾：否。",
    "男，68岁，主诉：“右边大腿根那个包，以前躺下就回去，今天推不回去了，很疼，还吐了。”包块：硬，一碰就疼；能推回去：否；呕吐：是，3次；放屁、大便：早上到现在都没有；发热：否；包块表面皮肤发红：有一点。",
    "女儿代填：父亲61岁，乙肝二十多年，以前肚子里有过腹水。主诉：“这两天白天睡、晚上不睡，今天说话颠三倒四，认不出我了。”两手伸平时一扑一扑地抖：是；黑便：否；发热：否；大便：三天没解；喝酒：已经戒了。",
    "Online checker, 68-year-old man with a known lump in the right groin. 'It usually pops back in when I lie down, today it won't, six hours now.' Painful: yes. Tender to touch: yes. Red: don't know. Vomiting: yes, twice. Passing wind: 'not sure'.",
    "Telephone triage, 64-year-old woman with rheumatoid arthritis on methotrexate. Taking it: 'every morning since the new box came' — then corrected: 'the label says once a week, I've been taking it daily for 8 days'. Mouth ulcers: yes. Sore throat: yes. Diarrhoea: yes. Bruising: don't know. Fever: no.",
    "I'm a 63-year-old man and I never bother doctors, but I was out with the dog about an hour ago — my neighbour Pete was with me, he's the one who drove me here — when this heavy pressing came on in the middle of my chest, like someone sat on me. I thought it was the fry-up I had this morning, to be honest, so I had a couple of Rennies, but it's gone into my left arm and up into my jaw now. Pete said I'd gone a funny grey colour and I was sweating buckets, and I still feel a bit sick. It's been going about 40 minutes, mostly on, and I've never had anything like it.",
    "I'm 45, a woman, and I was carrying a big pan of boiling soup for the family dinner when my nephew ran into me, and the whole lot went down my front, over my chest and tummy, right through my blouse. My sister put me under the cold shower for a good twenty minutes, which helped a bit. It's bright red and blistered in big patches, and altogether the area is about five of my hand-sizes, from under my collarbone down to my belly button, and there's a bit where the skin's gone white and funnily enough doesn't hurt at all. My sister wanted to put toothpaste on it but I said no.",
    "I'm a 55-year-old man, I grow vegetables on a bit of land outside the village, and about an hour and a half ago I was pulling weeds in the long grass by the ditch when something bit me on the ankle. I saw it slide away — brownish with a pattern, about as long as my arm — and my neighbour said it was probably harmless and told me to tie a string tight round my leg, which I did for a bit. Now there are two little holes that keep oozing blood, the foot and ankle have swollen right up to mid-calf and it's going purple. I'm feeling a bit sick, and my gums bled when I rinsed my mouth.",
    "I'm a 74-year-old man, and they found a swelling on my main artery on the screening scan a few years ago — 5.2 centimetres last time — and I've been on the watch list, I was due another scan next month. Since about two o'clock I've had a deep, gnawing pain in my back and the left side of my tummy that won't shift whatever position I'm in, and I came over all faint on the toilet. My neighbour, who's a retired nurse, said it's probably a kidney stone because that's what her husband had. I'm clammy now, and the nurse said my blood pressure is 92 over 60.",
    "I'm a 72-year-old woman, I had a hysterectomy years back and a bit of bowel trouble since. My tummy started cramping on Saturday, it comes in waves, and it's blown up like a drum now — my daughter says I look pregnant. I haven't opened my bowels or even passed any wind since Saturday morning, and today I've been bringing up this dark green, smelly stuff. My friend said I should take a dose of the strong laxative she had for her colonoscopy, but I didn't fancy it.",
    "I'm a 45-year-old man, and my wife made me come — since I lost my job in March I've not been sleeping, I've no appetite, I've lost about 8 kilos, and I don't see the point in anything any more. Last week she found letters I'd written to her and the kids, hidden in my desk, and I've been reading up on how many of my sleeping tablets it would take. I've got about sixty saved up. Honestly, I'd probably have done it by now if it wasn't for the dog.",
    "孕30周，刚才骑电动车摔了一跤，肚子撞到了车把上。现在后腰一直疼，肚子一阵阵发紧，孩子比平时动得少很多，下面暂时没见血。",
    "孕29周，20周B超说胎盘位置低。半夜醒来发现床上一大摊鲜红的血，不疼，肚子软，现在还在流，心率104次/分。",
    "GP referral: 28-year-old at 31 weeks, low-lying placenta on the 20-week scan. Sudden painless bright red bleeding at home, about 200 ml on towels, still trickling.",
    "Phone call from a friend of a 45-year-old man: he lost his job in the spring and has been drinking more. An hour ago he texted her 'sorry for everything, please look after Max for me' (Max is his dog). She says he bought a length of rope last week 'for the garden', and now he isn't answering his phone or the door.",
    "Daughter of a 78-year-old widower: since her mum died in March he's gone very quiet and stopped cooking. This week he's barely eaten, and for the last three days he has refused even tea and water, saying 'what's the point, just leave me'. Tongue dry, hasn't passed water since yesterday morning, BP 98/60, pulse 104.",
    "Head of year: 15-year-old girl known to CAMHS for anxiety. A classmate showed us a message she sent last night saying she's 'done with everything' and has been saving her mum's sleeping tablets; we've found a strip of 14 in her pencil case. She told the classmate she'd do it on Saturday when her parents are away, and she's sobbing in my office and won't say any more.",
    "31-year-old man who injects crushed tablets into his right groin says he 'hit something' this morning and it burned. Now the right leg is white and cold from the knee down and agonising, his toes are numb and he can't wiggle them, and no pulses can be felt in the foot.",
    "52-year-old man asking for sleeping tablets: six weeks of barely sleeping since his business went under. Asked what goes through his mind at night, he says he lies there working out how to make it look like an accident so his family get the insurance; he's chosen the bridge on his commute and says 'probably this week'.",
    "Husband calling about his wife, 29, who had their baby 12 days ago: she's barely slept for three nights, won't eat, and keeps crying that she's a terrible mother and the baby would be better off without her. Today she told him a voice keeps saying she's evil and must be punished.",
]

ROUND_230_233_NOT_EMERGENCIES = [
    # a checklist's denials; Bell's palsy with the forehead weak
    "男，33岁，主诉：“早上刷牙漏水，左边脸动不了，眉毛也抬不起来。”左边额头能皱：否；左眼：闭不紧；手脚没劲：否；说话含糊：否，只是嘴漏风；耳朵疼或流脓：否；耳朵周围水疱：否；头痛：否；起病：昨晚到今早，约12小时。",
    "男，62岁，吸烟，主诉：“快走或爬坡时胸口发紧，停下来三五分钟就好，三个月了，一直差不多。”休息时发作：否；越来越频繁或更轻的活动就发作：否；出汗：否；往左臂、下巴放射：否；气短：活动时有一点；最长一次：5分钟；做过心电图：没有。",
    "Online checker, 66-year-old woman. 'The room spins for a few seconds when I roll over in bed or look up at the top shelf, for about a week.' Each spell lasts: under a minute. Dizzy all the time in between: no. Hearing loss: no. Headache: no. Double vision, slurred speech, weakness: no. Can walk normally: yes, 'bit wobbly right after a spin'. Vomiting: no.",
]

ROUND_230_233_STATUS = [
    # a form's answer covers its field's list, and a long question before it
    ("Double vision, slurred speech, weakness: no. Can walk normally: yes", "diplopia", "absent"),
    ("Chest pain: yes. Sweating, nausea: no.", "sweating", "absent"),
    ("Chest pain: yes. Sweating, nausea: no.", "chest_pain", "present"),
    ("越来越频繁或更轻的活动就发作：否；出汗：否；", "symptom_increasingly_frequent", "absent"),
    # ...but not a complaint told before it ("cough for 3 days, fever: no")
    ("Main complaint: cough for 3 days, fever: no", "cough", "present"),
    # "reducible: no" is an irreducible lump
    ("包块：硬，一碰就疼；能推回去：否；呕吐：是", "irreducible_lump", "present"),
    # a belly likened to a pregnancy, and a negative test at the clinic
    ("it's blown up like a drum now — my daughter says I look pregnant.", "pregnancy", None),
    ("My temperature's 38.7, and the pregnancy test at the clinic was negative.", "pregnancy", "absent"),
    # everyday English for sleep, appetite and weight
    ("I've not been sleeping, I've no appetite, I've lost about 8 kilos.", "loss_of_appetite", "present"),
    ("I've not been sleeping, I've no appetite, I've lost about 8 kilos.", "weight_loss", "present"),
    # a dog's two puncture wounds are no snake bite
    ("Bitten on the left calf by the neighbour's dog 3 days ago, two puncture marks.", "snake_bite", None),
]


ROUND_234_237_EMERGENCIES = [
    # rounds 234–237: broken English typed on a phone, the letter, the walk-in centre's triage note, a relative or
    # neighbour phoning about someone who lives alone (first run on 3aefb19)
    "my boy 14 wake up 2 hour ago very bad pain in one ball left side, now vomitting. he cry not let me touch. no hit, no football. need hospital or wait morning?",
    "my grandmother 70 had operation on stomak before. 3 day no poo, no fart, stomak big and tight like drum, vomit green. pain come and go very strong. she not eat. pls what to do",
    "my son 4 year feaver 39.0 since yesterday, today refuse walk, cry when i move his right leg at hip, keep leg still. no fall. he look tired. what to do",
    "wife 28 give birth 10 day ago, all ok. today suddenly lot of bright red blood, soak pad every hour, big clots size of egg. she dizzy, pale, heart fast. what we do?",
    "baby 2 yr find open grandma pill bottle, maybe swallow some, heart pill amlodipine, dont know how many. now she look normal playing. 20 min ago. need go hospital?",
    "my daughter 12 have asthma. now very short breth cant speak full sentence, only 2-3 words, blue inhaler 10 puff not help, oxygen finger 90%, peak flow 120 (her best 350). what to do",
    "my brother 30 have epilepsy. he start fitting, shaking all body 7 minit ago and not stop, foam in mouth, not wake up. we put him on side. what to do??",
    "my daughter 3 yr pull hot tea on herself, chest and tummy and arm red with big blisters, area bigger than 5 of her hand. she crying a lot. we put cold water 20 min. what next",
    "Dear Paediatrician, Mia, 4, has had temperatures up to 39.2 °C since yesterday, and this morning she refused to walk and cries whenever her right leg is moved. She had a cold last week and there has been no injury. She holds the right hip bent and slightly turned out and screams with gentle rotation. Pulse 150, temperature 38.9 °C in the surgery.",
    "Dear Urology, Jack, 14, woke at 5 am with sudden severe pain in his left testicle spreading into his lower abdomen and has vomited twice; he was too embarrassed to tell his parents until 9 am. The left testis is swollen and very tender, sits higher than the right and lies horizontally. The cremasteric reflex is absent on the left and lifting the testis does not ease the pain. He has no urinary symptoms.",
    "Dear Urology, Mr Lopez, 76, is on your waiting list for a TURP for a large prostate (85 mL on ultrasound in March) and takes tamsulosin. Two days ago he took an over-the-counter cold remedy, and since last night he has not been able to pass more than a dribble of urine despite trying. He is in distress with lower abdominal pain, and there is a tender, dull mass rising almost to the umbilicus.",
    "Boy 7 y, pulled out of the leisure-centre pool by the lifeguard 25 min ago after about a minute under, no CPR needed. Now coughing a lot and breathless. RR 32, SpO2 92% RA, crackles R base, HR 124, GCS 15. Dad drove him here. Imp: O2, 999.",
    "Son calling from Hong Kong. My dad is 78 and lives alone in Birmingham; two years ago they found a swelling of the main artery in his tummy that they've been 'keeping an eye on'. He just phoned me with sudden severe pain in his lower back and belly, and says he nearly passed out getting off the toilet. He sounded breathless and frightened.",
    "Neighbour calling about Mr Evans, 73, who lives alone and has had prostate trouble for years. He hasn't been able to pass any water since last night despite straining, and his lower tummy is swollen and very painful. He took a cold and flu remedy yesterday.",
    "Daughter calling: Mum is 78 and lives alone. Half an hour ago she tipped a full pan of boiling water off the stove over herself; the fronts of both thighs from hip to knee are red and blistered, with some patches gone white. She's been under the cool shower for 20 minutes.",
    "Son calling from Canada: my mum, 71, lives alone and has been depressed since Dad died. Her neighbour says that for three days she's stayed in bed refusing to eat or drink anything; her lips are cracked and dry and she's hardly passed water. She keeps saying there's no point.",
]

ROUND_234_237_NOT_EMERGENCIES = [
    # a recurrent febrile fit recovered; a TIA that is over
    "my son 20 month had fit last night with feaver 39.1, shaking arms legs about 1 minute then stop, he sleep little then wake up normal. this is 2nd time, first time hospital say febrile fit. today he playing and eating, feaver come down with calpol. doctor see red ear last week. need to come today?",
    "my mother 70 yesterday evening her right hand go weak and she talk strange words for 15 minit, then all normal again. today she fine, hand strong, talk good. she not on blood thinner. doctor appointment can wait next week?",
]

ROUND_234_237_STATUS = [
    # a negative Prehn's sign is no denial of the testicular pain
    ("sudden severe pain in his left testicle. The cremasteric reflex is absent on the left and lifting the testis does "
     "not ease the pain.", "testicular_pain", "present"),
    # phonetic spellings of minutes, and "not stop"
    ("he start fitting, shaking all body 7 minit ago and not stop", "seizure", "present"),
    # a child crying after a scald is no low mood
    ("my daughter 3 yr pull hot tea on herself, chest and tummy red with big blisters. she crying a lot.", "low_mood", None),
]


ROUND_238_241_EMERGENCIES = [
    # rounds 238–241: a speech recogniser hearing second-language English, told in pictures, the GP's call-back note,
    # the routine request that hides something (first run on 359ff72)
    "hello yes is about my husband he is fifty eight he have very bad chess pain like some body sitting on him since one hour it go to the left harm and the jaw he is sweat in too much and vomit one time he say never have like this before",
    "I am thirty two woman I have my baby four day ago normal delivery today the bleeding very heavy I change the big pad every half hour full and clot big like my hand I feel dizzy when I stand and my heart beating fast fast",
    "I am twenty six I am thirty four week pregnant first baby I have very bad headache since yesterday and flashing light in my eyes my face and hands very swelling the midwife just check my pressure one sixty eight over one twelve and protein in the urine",
    "my husband is seventy four last year the hospital scan say the big blood pipe in his belly is swelling like balloon five centimetre they are watching it. now one hour sudden very bad pain in his back and belly he go white and sweaty and nearly faint",
    "my daughter two year old she have the barking cough like seal since yesterday. tonight when she sit quiet not crying still loud noise when breathe in and the chest pulling in under the ribs she is very frighten",
    "I am forty five woman since this morning very bad sore throat I cannot swallow even my spit it coming out of my mouth my voice is muffle like hot potato and now noise when I breathe in fever thirty nine",
    "my son is three he have the spots on hands and feet and ulcer in mouth since three day the clinic say is the virus with the spots. today he very sleepy and when sleeping his body jump jump startle many times and he vomit and his hands shaking",
    "my mother fifty six she have the muscle weak disease she take the pyrido stigma mean tablet. now three day her eye lid drop more and today she choke when drink water can't swallow and she say cannot get enough breath when lie down",
    "my colleague he is forty three working on the roof all day in the sun very hot thirty eight degree outside now he talking nonsense confuse and he fall down his skin is very hot and dry",
    "my neighbour old lady eighty seven I find her on the floor in kitchen she say she fall last night the heating in house is broken she is very cold and talking slow confuse the nurse thermometer say thirty four point two degree",
    "my wife she is forty four she have the a dish and disease she take hydro cortisone every day. since yesterday she have stomach bug vomiting cannot keep tablets down now she very weak and dizzy almost faint when she stand",
    "my daughter two year she climb on the table and open grandmother pill box I find her with tablets in her mouth I think she swallow some maybe five the blood pressure tablet am low dipping she look okay now",
    "my father seventy three he have the pro state trouble long time slow pee. since yesterday evening he cannot pass the urine at all his lower belly is swelling and very pain he is in agony",
    "My husband's 62 and he says it's like an elephant is sitting on his chest, and it's been there for forty minutes now. He's grey and wet with sweat like he's been out in the rain, and the squeezing goes up into his jaw. He was just sitting watching telly when it started.",
    "Mum's 67. Since last night her right eye feels like it's being pushed out of her head from behind, it's red as a tomato and she sees rainbow rings round the lamps. She's been sick twice, and the front of that eye looks cloudy like a steamed-up window.",
    "35-year-old farmer from Guangxi, bitten on the ankle while cutting grass at dusk about an hour ago — he says it was like two hot needles going in. There are two puncture marks that keep oozing blood, the swelling is climbing up his shin like water rising in a bottle, and he feels dizzy.",
    "70-year-old man. His left knee is like a balloon filled with hot water — red, swollen — and he can't bend it or put any weight on it. Temperature 38.6 °C; he had a chest infection last week. Never had gout.",
    "76-year-old man on warfarin for his heart valve. An hour ago he walked into a kitchen cupboard door — says it felt like a cracked egg on his forehead — and now there's a lump and a headache. No vomiting, he's fully alert.",
    "45-year-old woman with myasthenia, chest infection for 3 days. Her eyelids are like lead curtains, drinks are coming back down her nose, and she says breathing is like trying to lift a heavy lid off her chest — she can only count to 8 in one breath.",
    "Phone call with the site foreman about Mr Liu, 56, laying asphalt in 36 °C heat since 7 am. Collapsed 20 minutes ago; now sitting up but confused, doesn't know where he is, skin burning hot and dry. Plan: shade, water, see tomorrow.",
    "36-year-old male nurse wants his travel vaccination record printed for his next deployment. He got back 10 days ago from working at an outbreak clinic in eastern DR Congo. Today temp 39.1, diarrhoea, and his gums are bleeding.",
]

ROUND_238_241_NOT_EMERGENCIES = [
    # shingles on one side; a recurrent fever fit recovered; reflux; constipation on co-codamol
    "I am sixty three woman since three day burning pain on the right side of my chest going to the back and today come the red rash with small water blister only on that side in a line like a belt. no short breath I am healthy no cancer no steroid",
    "45-year-old man. 'It's like a hot coal sitting behind my breastbone' after big dinners and when he lies flat, with a sour taste like battery acid coming up into his throat. Two months of this, better with antacids; never brought on by walking or exertion, no sweating, no trouble swallowing, weight steady.",
    "T/c with daughter of Mrs Adams, 81. No bowel motion for 5 days since starting co-codamol for her knee; mildly bloated but passing wind plenty, eating and drinking normally, no vomiting, only mild discomfort. Asked: blood in stool, weight loss, bowel change before this? No. Plan: switch to paracetamol, macrogol sachets, review in a week.",
    "Brought for his 18-month vaccines. Mum says he had another of his fever fits this morning, his third one: whole body shaking for about 2 minutes, back to himself within half an hour. Now alert and playing, runny nose, temp 38.4.",
]

ROUND_238_241_AGES = [
    # an age in words in a transcript with no punctuation
    ("hello yes is about my husband he is fifty eight he have very bad chess pain", 58),
    ("my son is three he have the spots on hands and feet", 3),
    ("I am thirty two woman I have my baby four day ago", 32),
    ("Brought for his 18-month vaccines. Mum says he had another of his fever fits this morning.", 1.5),
]

ROUND_238_241_STATUS = [
    # a rash on one side is no focal seizure; a plan to switch to paracetamol is none taken
    ("today come the red rash with small water blister only on that side in a line like a belt", "focal_or_prolonged_seizure",
     None),
    ("No bowel motion for 5 days since starting co-codamol. Plan: switch to paracetamol, macrogol sachets.",
     "paracetamol_use", None),
    # reflux tasting of battery acid is no chemical burn
    ("with a sour taste like battery acid coming up into his throat", "chemical_burn", None),
]


# Rounds 242-246 (session 26): blind English as a second language, interpreted, texted, transcribed, and
# told as events; each first missed, each read after English inflection folding and the fixes of the batch.
ROUND_242_246_EMERGENCIES = [
    "my son 6 year eat cookie at party it has peanut inside, now his lips big and eyes swelling, coughing and wheezing he say hard to breathe, vomit one time",
    "my uncle 70 year have irregular heart, he stop blood thinner last month. today sudden pain right leg, the leg very cold and white colour, cannot feel toes and cannot move foot good. neighbour is nurse she cannot find pulse in his foot",
    "my father 58 diabetic. 2 day ago small cut on leg in garden, now whole leg red and going up very fast, pain is terrible more than how it look, skin go purple with blister, fever 39 and he little bit confuse",
    "my grandmother 82 take diabetes tablet. last 3 days she drink a lot water and pee a lot, now very sleepy hard to wake. sugar meter show 36.8",
    "woman 40 have back pain long time but from yesterday both leg pain and numb, area between legs around bottom feel numb like dead. today i cannot feel when pee comes and nearly wet myself",
    "my father 75, last year doctor find balloon in big belly artery 5.2 cm, waiting for check. today suddenly bad pain in back and belly, he sweating very pale and nearly faint when stand",
    "my husband 50 drink a lot every day, stop 2 day ago because no money. now shaking and sweating, he see insects on the wall that not there, confused dont know where he is",
    "i am man 38. lose my job, wife leave me. i keep the pills and rope ready, tonight i want finish everything. sorry for write this",
    "my daughter 4 have ear pain and fever 5 day, doctor give antibiotic 2 day ago. now behind right ear swollen red and very pain, the ear stick out forward, still fever 39",
    "Daughter: 'Kitchen fire at home one hour ago, my father 66 he put it out with his hands and stay long in the smoke.' Now his voice is rough like broken, there is black inside the nose and he coughs up black spit. Small red burns on the cheeks.",
    "Mother using the app: 'My son 4 years old. From yesterday fever 39.2, he not want to walk, he is crying when I move his right leg.' He is holding the hip bent and turned out and will not put weight on it. No fall, was well before.",
    "Wife: 'He is 68. Before, the chest tight only come when he climb to the fifth floor. This week it come just walking to the market, and last night it come when he sleeping, wake him up, 15 minutes.' He is free of pain in the clinic now.",
    "Grandson translating: 'Grandpa 79 cannot lie down, he must sleep sitting in the chair, breathing sound like pulling a saw, and he spit pink bubbles.' Crackles to the mid zones on both sides, RR 32, SpO2 86% on air.",
    "App: 'Husband 57 have high pressure. Suddenly the back between the shoulders is tearing like knife cutting, now it go down to the stomach.' BP right arm 182/100, left arm 138/80.",
    "Son translating: 'Father 74, doctor tell him before there is a balloon on the big blood pipe in the belly, they watch it every year. Since one hour strong pain in the belly and the back, he almost fall when stand up, cold sweat.' BP 96/60, pulse 110.",
    "Teacher translating for a 10-year-old girl: she ate a biscuit with peanuts, 10 minutes later the lips and eyes swelled, red itchy rash all over, now she is wheezing and says 'the throat is narrow'. She looks pale and floppy.",
    "Son: 'Father 80 take the warfarin for the heart valve. This morning he fall and hit the back of head on the door, there is a bump. Now he is OK, talking normal, but I worry.'",
    "14 f with asthma, cant breathe properly rn. used my blue inhaler like 10 puffs and its not doing anything 😮‍💨 cant get more than a few words out between breaths. mum put the finger clip on, it says 91, and my lips look kinda blue??",
    "at a festival and its like 34 degrees, my mate (19 m) just collapsed by the stage. hes boiling hot to touch and not sweating, talking absolute nonsense and doesnt know where he is. he wasnt even drinking much tbh 🥵",
    "14 yo son got kneed in the head at rugby and was knocked out for like a min. now hes thrown up twice and keeps asking the same questions over and over, cant remember the match at all 😟",
    "my 5 month old is breathing fast, pale and sweaty and wont feed 😰 the health visitor was just here and counted his heart at 240, she said call an ambulance but were 5 mins from a&e should i just drive",
    "my husband's eighty one he's been passing black stuff like tar in the toilet since yesterday and it don't half stink um he's on the nap rockson for his knees and the aspirin as well and this morning he come over all funny and went grey when he stood up from the chair",
    "it's my daughter she's fifty two she was doing the hoovering and she got this sudden headache at the back of her head like somebody'd hit her with a bat she says it came on in a second the worst she's ever had and she's been sick and she can't stand looking at the light",
    "I'm on the car be mazel for my thyroid the overactive one started it six weeks ago and since yesterday I've got a really bad sore throat and a temperature of thirty eight point nine and I feel rotten all shivery um I'm sixty three",
    "I'm his neighbour I'm seventy and he's eighty six lives on his own and I've found him on the kitchen floor he must've been there all night the heating's off and he's ice cold to touch um he's mumbling doesn't make any sense and he's ever so slow and I took his pulse it's slow like forty",
    "I was clearing out the brush at the back of my vegetable plot and a snake got me on the back of my hand about half an hour ago there's two little holes and um the hand's swelling up right up past my wrist now and it's still bleeding a bit and I feel sick and dizzy I'm fifty eight",
    "my husband he's seventy seven he's got one of them annie rhythms in his tummy they keep an eye on it with scans and this afternoon he's got this terrible pain in his back and his tummy and he went dizzy and nearly passed out um he's grey and clammy now sat on the bed",
    "I've not been able to pass water since last night not a drop I've been trying and trying and my tummy's swelled up low down and it's agony um I've had the prostrate trouble for years the slow stream and getting up in the night I'm seventy eight",
    "my daughter's thirty three weeks pregnant and she's got a terrible pain in her tummy it's constant not coming and going and her bump's gone hard as a board and she's bleeding dark blood um and she says the baby's not moved much since this morning",
    "4个月女婴，鼻塞咳嗽三天，今天吃奶只吃了平时一半。刚才躺着的时候妈妈看见她有一会儿没喘气，脸有点发青，拍了拍背才又喘起来。",
    "20岁男生，又高又瘦，打篮球时左胸突然刺了一下，之后越来越喘，走几步就得停下。听诊左边呼吸音明显低，血氧93%。",
    "Care-home resident, 89, woman. She tripped over her walking frame this afternoon and hasn't been able to stand since; she cries out whenever anyone moves her right leg. That leg lies shorter than the left and is rolled outwards.",
]

ROUND_242_246_NOT_EMERGENCIES = [
    "Father interpreting: daughter, 2 years 6 months, fever 39 °C since morning and pulling at her ear. Whole body shaking about 2 minutes with eyes rolled up, then slept 20 minutes; now awake, playing and knows her parents. Same thing happened once last year with a fever. No rash, neck not stiff.",
]


# Rounds 247-251 (session 26): blind second-language English heard by a speech recogniser, an American nurse line,
# a carer speaking for someone who cannot, a young person's voice note, the textbook vignette of a rarer emergency;
# each first missed on 18aec81 (with inflection folding) and read after the batch's fixes.
ROUND_247_251_EMERGENCIES = [
    "my father sixty three he have the sugar diabetes two day ago small cut on the shin now the leg very very pain he scream when I touch but the skin only little bit red there is purple colour and blister with dark water he have fever and shaking and he look confuse",
    "my wife she have the baby four day ago now the blood coming very much she change the pad every half hour full full with big clot like the fist she very pale and dizzy when she stand and her heart beat fast fast",
    "we find grandpa eighty four on the kitchen floor this morning he fall in the night and the heating is broken he very very cold to touch he talk slow and confuse the pulse slow I count only forty eight",
    "my husband seventy he have the irregular heart beat he stop the blood thinner last month suddenly one hour ago his left leg very pain and cold and white the foot no colour he cannot move the toe properly",
    "my boy four year have fever thirty nine degree since yesterday now he don't want walk at all he cry when I move the right leg he keep the hip bend all the time",
    "my wife forty one she have the back pain long time but from yesterday both leg pain and numb and now she cannot pea properly and she say the bottom area feel numb like after dentist injection",
    "I am sixty man I have the angina before only when I walk up the hill but this week it come when I walk slow slow and two time it come when I sit watch tv it go after ten minute with the spray under tongue the glycerine tri nitrate",
    "my son twelve he have tummy pain start in the middle now go to the right bottom side he vomit he don't want eat when the car go over the bump he cry the pain very bad he walk bend over fever thirty eight",
    "my father sixty six have the lump in the groan long time it go back when he lie down but from this morning it stuck it don't go back it very hard and pain and he vomit",
    "my husband forty suddenly very bad sore throat since afternoon now he cannot swallow even the spit it come out of mouth he sit forward and the breathing make high noise his voice like potato in mouth and fever",
    "my son two year he open grandma bag and eat her tablet the am lo di pin the white one maybe three or four I not sure twenty minute ago now he look ok playing",
    "my son eighteen at university fever thirty nine point eight very bad headache he cannot put chin to chest and now small purple spot on leg when I press the glass it don't go away",
    "my wife thirty five she have diarrhoea two week ago now three day the feet tingle and weak now the weak go up to the knee and the hand also she cannot climb the stair today",
    "my baby seven week old girl she feel hot the thermometer under arm say thirty eight point four she feed less than normal",
    "my baby boy nine month he cry very much every fifteen minute pull leg up to tummy then quiet and pale and sleepy he vomit and the nappy have poo with blood and mucus like red jelly",
    "my son eleven the asthma attack he use the blue inhaler ten puff not help he cannot say sentence only one word the oxygen machine say ninety one he look very tired",
    "my son one year have diarrhoea and vomit three day now very sleepy floppy the eye sunken he not want to drink when I pinch the skin on tummy it go back very slow",
    "71 y/o male with AFib, stopped his Xarelto 2 wks ago \"because of the cost.\" ~2 hrs ago sudden severe pain in L leg, now \"cold as ice and white from the knee down,\" toes numb and hard to wiggle. Wife can't feel a pulse on top of the foot.",
    "12 y/o boy, belly pain since last night, started around the belly button and \"now it's all on the right side down low.\" Hurts to walk, cried going over bumps in the car. Threw up x2, not hungry, temp 100.9°F. Mom pressed on R lower belly and he screamed when she let go.",
    "Dad of 3 y/o girl, barky cough since yesterday, now \"loud squeaking with every breath even sitting still watching TV,\" skin pulling in at the bottom of her neck and between the ribs. Seems tired, temp 100.8°F. Not drooling, swallowing OK.",
    "Mom calling: 5 y/o son found face down in the backyard pool ~15 min ago, pulled out by his uncle, coughed up water, \"was under maybe 30 seconds.\" Now awake but keeps coughing, breathing fast, \"sounds rattly,\" says his chest hurts.",
    "My wife, 52, had a stroke three years ago and can only say a few words. Twenty minutes ago she suddenly grabbed the back of her head and screamed, then vomited. She keeps holding her head and pointing at it and screwing her eyes up against the light. She has never had headaches like this.",
    "We're on holiday in rural Guangxi with my father, 70, who has dementia. He wandered into long grass and now there are two puncture marks on his ankle that he keeps pointing at. In the last hour the foot has swollen up to the calf and is starting to bruise. We didn't see what bit him.",
    "My husband, 71, has Alzheimer's and doesn't explain things well. Half an hour ago he went grey, started rubbing the middle of his chest and his left arm, and he's dripping with sweat. He's been sick once and looks frightened.",
    "My 2-year-old was face down in the paddling pool - I don't know how long, maybe a minute. I pulled him out and he coughed and cried, but 20 minutes on he's still coughing, breathing fast and a bit grunty, and he's very sleepy.",
    "My dad, 68, has high blood pressure and can't speak since his stroke. Twenty minutes ago he suddenly arched his back, clutched between his shoulder blades and started moaning; he's pale and sweating. Our BP machine reads 172/96 on his right arm but only 118/70 on his left.",
    "Hey it's Chloe, I'm 19 and I'm type 1, basically I've had a stomach bug since yesterday and I've been chucking up so I haven't really done my Lantus cause I'm not eating, which I know. My sugars are reading 22 and I did a blood key tone thing on the new meter and it said 4.1, and my flatmate says I'm breathing really weird and deep. I'm proper wiped and my tummy kills, can I just get some anti-sickness tablets?",
    "Hi, I'm 15, boy, my asthma's gone really bad since this morning, I've done like ten puffs of my blue one through the spacer and it's barely doing anything. I can't really talk in full... sentences, I keep having to stop for breath, and my peak flow is 180 and normally it's like 450. My heart's going mad as well, I'm at my nan's.",
    "Hi, I'm 19, female, I started lamb-oh-tri-jean for my mood like two and a half weeks ago and now I've got this rash that started on my chest and it's spreading everywhere, some bits are going into blisters. My lips are cracked and bleeding, there's ulcers all inside my mouth, my eyes are really sore and red and it stings to wee. I feel like I've got flu, temp's 38.5, should I just stop the tablets?",
    "Hi, I'm 24, female, I'm on car-bim-a-zole for Graves, started it about six weeks ago, and since yesterday I've got a really sore throat and a temperature of 38.9, all shivery. I've got a couple of mouth ulcers as well. It's probably just the cold going round, can I just get a throat spray?",
    "Hi, I'm 22, female, my lips started swelling this morning and now my tongue's gone really big too, it's hard to talk and I sound weird. Swallowing feels tight and I'm dribbling a bit. No rash or itching really and I haven't eaten anything new, it's happened once before but not this bad.",
    "Hi I'm 14, boy, I had a bad cold and blocked sinuses last week and now my left eye's swollen up massive, red and puffy, and it sort of bulges out a bit. It really hurts when I look sideways or up and I'm seeing double. I've got a fever of 38.8 as well.",
    "Alright, I'm 20, male, I knocked a massive pan of boiling pasta water off the hob like an hour ago and it went all down my right thigh and shin. It's gone red and blistering and some bits look white and don't really hurt, and it's a big area, bigger than five of my hands. I've had it under the cold tap for twenty minutes, can I just pop the blisters and put Sudocrem on?",
    "Hi, I'm 21, female, the sexual health clinic said on Wednesday the chlamydia's gone up into my tubes and gave me doxy-cycline and metro-nida-zole, but I've thrown up every single dose since. The pain in my lower tummy is way worse now, my temp is 39.1, and it kills when I walk or go over bumps. I'm not pregnant, did a test today.",
]

ROUND_247_251_NOT_EMERGENCIES = [
    "Mom of 20-month-old boy: shaking spell all over with eyes rolled back for about 1 minute, then sleepy for 15 min, now \"back to himself, eating goldfish crackers.\" Temp 102.7°F, runny nose. Had the same kind of seizure with a fever at 14 months, checked in the ER then. No rash, moves his neck freely, vaccines up to date.",
    "我爸75岁，有点糊涂说不清楚。前几天一直说右边肋骨那里像针扎一样疼，我们还以为是心脏的毛病，可他走路爬楼都不喘、不出汗。今天发现右边胸口到后背有一条带子样的红疹子，上面一簇一簇的小水疱，只长在右边，没过中线。脸上、眼睛周围都没有。他没在化疗，也没吃激素。",
    "我丈夫50岁，每天喝半斤到一斤白酒，已经十几年了。最近他自己说想戒，但不敢一下子停，听说会抽风。他从来没抽过，也没出现过幻觉，昨晚照常喝了，现在手不抖、人清醒，吃饭正常。想问问社区能不能帮他有计划地戒酒。",
    "我父亲71岁，五年前中风过一次，现在说话还不太利索，右手没劲，这些跟以前一样没变。最近一周家里电子血压计早晚各量一次，大多在150-158/88-94 mmHg之间，最高一次162/95 mmHg。他没头疼、没恶心，说话走路都和平时一样。一直在吃氨氯地平，要不要调药？",
    "My partner, 45, has a learning disability, and when I woke him this morning the whole right side of his face had dropped - he can't wrinkle that side of his forehead or close his right eye properly, and water dribbles out when he drinks. He can move both arms and legs normally and his speech is clear. No ear pain or rash; he had a cold last week.",
    "3-year-old boy, who had one febrile fit at 20 months, had another at home this evening: arms and legs jerking for about 2 minutes, stopping on its own, sleepy for 20 minutes afterwards and now fully awake, chatting and asking for juice. Temp 38.9 °C, HR 130, RR 26, CRT under 2 s, no rash, neck supple, right eardrum red and bulging.",
]


# Rounds 252-254 (session 26): blind chat messages in second-language English, another professional's call, the
# plain textbook vignette; each first missed on d36ff85 and read after the batch's fixes.
ROUND_252_254_EMERGENCIES = [
    "good evening | me woman 35 and my son 8, both headache since yesterday, he vomit 2 time, me dizzy | very cold so we burn coal in small stove in bedroom, window close | when we go outside feel little better, come back in room bad again",
    "hello doctor | me woman 45, back pain and pain both legs since 1 week | 2 days now when I wipe after toilet my bottom feel numb, like not my skin | pee hard to start, need push, sometimes not feel when it come",
    "help | my son 18 month, barking cough 2 nights | now noisy breathing all the time even sitting quiet | chest sucking in under ribs, he look very tired",
    "hello | my son 6 | fever 39 since yesterday | right hip pain, he not want walk, cry when I move his leg | he not fall or hurt",
    "hello | my father 56 drink a lot every day, 3 days ago stop because no money | now shaking very much, sweating | he see insects on wall that not there, confused where he is",
    "hello | my grandmother 80 fall and hit head on table this morning | she take warfarin for heart | big bump, headache, vomit one time",
    "District nurse calling from a catheter visit: 76-year-old man on aneurysm surveillance (5.1 cm at his last scan) got severe pain in his back and left flank an hour ago. He's clammy and grey, pulse 112, BP 92/58. He says it's nothing like his usual backache.",
    "Care home: Mr W, 90, on apixaban for AF, rolled out of bed overnight and has a bump on the back of his head. He seems his usual self, no vomiting, GCS 15. Staff are asking whether he needs to go anywhere.",
    "2-year-old girl, barking cough and harsh breathing since midnight. Now the noisy breathing is there even sitting quietly on mum's lap, with marked indrawing below the ribs, and she is restless. RR 48, SpO2 93%, T 38.2 °C.",
]

ROUND_252_254_NOT_EMERGENCIES = [
    "hello | me man 70 | yesterday evening left hand and left side face numb and weak about 15 minute, then totally ok | now normal, no problem | should I come",
    "Pharmacist: 64-year-old woman on ramipril for 2 years woke with a swollen upper lip. No itch, no rash. Tongue and throat aren't swollen, voice normal, swallowing and breathing fine, sats 98% on our oximeter. She wants antihistamines – should she stop the ramipril?",
    "18-month-old boy had a 2-minute shaking fit of both arms and legs at home this morning with a temperature of 39.1 °C; one similar seizure last year with a cold. Back to himself within 20 minutes, now alert, playing and drinking. Runny nose and red throat, no rash, neck supple. HR 132, RR 30, CRT under 2 s.",
]


# Rounds 255-259 (the doctor thinking aloud, the quiet emergency, the handover note, British and South Asian
# English) and the misses carried from rounds 242-254, first run on 9b04b25
ROUND_255_259_EMERGENCIES = [
    "hello doctor i am woman 29 year, my period late 7 week and home test is positive. today morning start pain right side low belly very strong, little bit bleeding also. when i stand up i feel going faint and cold sweat, i am alone at home",
    "my 18 month old pulled the kettle off the side 😭😭 boiling water down her chest and right arm. skin is red and blistering on her whole forearm and a patch on her chest bigger than my hand. ran it under the cold tap 20 min, shes screaming",
    "my grandson he's two he's pulled the kettle off the side and it's gone all down his chest and his tummy and his arm it's red raw and big blisters coming up um it's the whole front of his tummy and the top of his arm I've had it under the cold tap he's screaming",
    "my son's twenty four he had the flu about a week ago and now he's had pains in his chest and his heart's been racing and fluttering and he fainted this morning in the shower um they did a blood test at the walk in yesterday the trope the tropo nin and they said it was up and to come back but he's worse now",
    "my father seventy two they tell him last year he have the balloon in the big blood pipe in tummy today he have very bad back pain and tummy pain and he nearly faint in the toilet",
    "我儿子24岁，唐氏综合征，平时能自己走路上下楼。两周前拉了几天肚子。前天开始说脚麻、走路发软，昨天上楼要人扶，今天连站都站不稳，刚才拿勺子也拿不住了。没有发烧，也没摔过。",
    "My son is 29 and has a learning disability, so he mostly shows us rather than tells us. Two weeks ago he had a bad tummy bug. Since Saturday his legs have got weaker - now he can't get up from a chair - and today he's struggling to lift his arms to feed himself. He keeps rubbing his feet like they're tingling.",
    "My father, 80, has been very low since Mum died in the spring and lately barely speaks. For four days he's refused food, and since yesterday he won't even take sips of water. His lips are cracked, he's hardly weeing, and he says there's no point.",
    "My daughter is 13 and autistic and she finds it hard to describe pain. An hour ago she suddenly doubled over holding the lower left side of her tummy and she's vomited three times since. She's pale and won't straighten up. A scan last year showed a cyst on her ovary.",
    "Hi I'm 23, girl, I had really bad food poisoning about two weeks ago and since Monday my feet have been all tingly and my legs feel weak, like today I couldn't get up the stairs without holding the rail. Now my fingers are going tingly too and I dropped my cup. I'm a bit short of breath lying down but it's probably anxiety.",
    "hi | baby boy 6 week | he feel hot, thermometer under arm 38.3 | still drink milk but more sleepy than normal",
    "help | my daughter 3 year pull hot soup from table | burn on chest, tummy and both arms, skin red with big blisters, some place white | she cry very much",
    "Midwife on a day-12 postnatal visit: baby girl, axillary temp 38.3, rechecked 38.2 ten minutes later. Feeding a little less than usual, otherwise looks OK to her. Normal delivery at term.",
    "3-year-old boy pulled a mug of just-boiled tea off the table 40 minutes ago. Blistered scald over the front of the chest and inside of the left upper arm, about 6% of body surface by the palm method. Crying but alert; cooled under running water for 20 minutes.",
    "45-year-old farmer, bitten on the left foot in the paddy field about an hour ago, didn't get a good look, 'greenish, thin'. Two puncture marks, swelling's up to the ankle now and spreading, bruising round the bite. Gums are oozing a bit when I look.",
    "68-year-old woman, right knee swollen, hot and very painful since yesterday; she can only bend it a few degrees. She had a steroid injection into that knee 10 days ago. Feels shivery. T 38.1 °C, P 104. No injury, no history of gout.",
    "35-year-old man who had diarrhoea 2 weeks ago. Pins and needles in his feet and hands for 4 days, and now his legs are wobbly – he struggles to get up from a chair or climb stairs, worse today than yesterday. Knee and ankle reflexes absent.",
    "2-year-old boy found about 30 minutes ago with his grandmother's pill organiser open and a few compartments empty; it held amlodipine and gliclazide. He seems completely well right now and is running about.",
    "55-year-old farmer in Guangdong, bitten on the foot in the paddy field yesterday evening; didn't see it and thought it was a rat. Two small puncture marks, foot and ankle swollen up to mid-calf, and his gums ooze a little when he brushes his teeth.",
    "79F tripped on a rug at 20:00, hit R temple on the door frame. No LOC, GCS 15 now, small haematoma. On apixaban for AF. No vomiting. Daughter says she's 'a bit slower than usual' this evening.",
    "35M rang OOH. Low for months since redundancy, says he's 'done'. Has been saving his amitriptyline (about 60 x 25 mg) and plans to take them tonight when his wife's on nights. Alone at home now.",
    "I'm 77, I've got that irregular heart thing and I'm not on blood thinners. About two hours ago my right leg went dead cold and white from the knee down, it's agony, and now it's going numb and I can't wiggle my toes right.",
    "I'm 36, ten weeks gone. I've been bleeding heavy since this afternoon with big clots, soaking through a night-time pad every half hour, and I came over all faint and clammy on the toilet just now.",
    "My dad's 83. He's had a chesty cough with green phlegm for three days and tonight he's gone all muddled, doesn't know where he is. He's breathing ever so fast — 34 a minute when I counted — and the nurse got 88 over 50 for his blood pressure.",
    "The bairn's two and a half. He's had a barking cough since yesterday, but tonight he's making a horrible crowing noise breathing in even when he's just sat still, you can see his ribs sucking in under his chest, and he's gone quiet and pale.",
    "Our little one's 14 months. Runs and sick for two days, he'll not drink anything now and he's not had a wet nappy since last night. He's really floppy and hard to wake, his eyes look sunk in, and his hands and feet are freezing and blotchy.",
    "I'm 61, on ramipril for my blood pressure. Woke up with my tongue swollen and it's getting bigger — I can hardly swallow, I'm dribbling, and my voice has gone all thick. No rash, no itching.",
    "Sir, I am 62 years. Since one week when I walk to the masjid my chest is paining, I stand and rest and it goes. But since two days it is coming even when I am sitting, and today morning it came for 20 minutes while I was reading the paper. Now also little bit it is there.",
    "Our son is 22. Ten days back he had viral fever with body pains. Since two days breathlessness is there when walking and his heart is beating fast-fast, pulse 124. The local lab did troponin and it came high.",
    "Baby is 2 years, barking cough since yesterday with cold. Now even when she is lying quietly there is that noisy whistling sound when she breathes in, and the skin between her ribs is pulling in.",
    "Boy is 6 years, he fell in the pond, uncle pulled him out after maybe 2 minutes. Now he is awake but coughing continuously, breathing fast and some froth is coming from the mouth.",
    "My sister is carrying, 33 weeks. Since one hour her stomach is very hard and paining continuously, some bleeding is coming from below, and she says baby is not moving much.",
    "My son is 19. Since yesterday stomach pain started around the navel, now it has shifted to right lower side. Fever is there, he is not taking food, and when the auto went over a bump he screamed. He cannot walk straight.",
    "Daughter is 14 months, loose motions since 2 days many times, watery. Today she is very sleepy, eyes have gone inside, she is not able to drink from the cup, and when I pinch the skin of the tummy it goes back very slowly.",
    "My sister is 28, asthma patient. Since night breathlessness is there and the pump is not working at all. She cannot complete a sentence, oximeter is showing 91% and pulse 120.",
    "Brother-in-law is 30, after a fight at home he drank the insect spray medicine from the farm. He is sweating a lot, saliva is pouring, vomiting and loose motion, and his eye pupils are very small.",
]

ROUND_255_259_NOT_EMERGENCIES = [
    "67M. Yesterday ~15:00 R hand went weak and clumsy, couldn't hold his mug, lasted about 20 min and fully went. Nothing since. Not on anticoagulants. Today neuro exam completely normal, BP 156/88, HR 72 reg, BM 6.1.",
    "3 yo boy, 2nd febrile fit (first at 20 months). Tonight ~1.5 min generalised shaking with T 39.2, stopped by itself, back to himself within 20 min, now running round the room. L TM red and bulging. No rash, neck supple, CRT <2 s, HR 130, RR 28, sats 98%.",
    "My little girl's two and a half. She had a fit about an hour ago when her temperature shot up — went stiff and jerky for maybe two minutes, then she was sleepy. Now she's come round properly, she's having a drink and watching Peppa. She had one just the same last winter. Temp's 38.6 and she's got a streaming nose.",
    "My son is 17, he fell down and became unconscious when they were taking blood at the lab. Before falling he was sweating and said everything was going black. He was awake within half a minute, no jerking, no chest pain, and now he is totally normal and eating.",
    "My son is 2 years, fever 39 since morning. Then he fell down and became unconscious, hands and legs jerking for about 2 minutes. Now after half an hour he is awake, playing and drinking milk, no rash, neck moving freely. Same thing happened once last year with fever.",
    "Father is 70. Yesterday evening for about 15 minutes his right hand became weak and words were not coming out properly, then he became fully normal. Today he is completely fine, walking and talking.",
]


# Rounds 260-264 (an American portal message, misspelt messages, a student's long presentation, the crew's
# handover, Australian, Irish and Scottish English), first run on 9b04b25
ROUND_260_264_EMERGENCIES = [
    "Writing for my dad, 71, who has AFib. He stopped his Eliquis about 2 weeks ago because his Part D coinsurance went up and he couldn't afford it. About an hour ago his right foot and lower leg suddenly got ice cold and white, he says it's numb and hurts like crazy, and I can't feel a pulse on top of his foot like I can on the left. He doesn't want a big ER bill, can he be seen at the clinic today instead?",
    "I'm 23M, my psychiatrist started me on lamotrigine about 3 weeks ago. Two days ago I got a fever and a blotchy red rash on my chest that's spreading, and now there are blisters on my back and the skin on my shoulder kind of slid off when I pulled my shirt off. My lips and mouth are full of sores so I can barely drink, and my eyes are red and burning. Should I stop the med and wait to see you next week?",
    "My son is 15. Yesterday afternoon he had a stomachache around his belly button, and overnight it moved down to the lower right side. It really hurts when we drive over bumps and he's walking hunched over. He hasn't wanted to eat, threw up once, and his temp is 100.9°F. Would a same-day appointment next week be OK or is this just a stomach bug?",
    "my daughter 2 got into her grannys handbag and chewed some of her blood preasure tablets, found the packet open with 4 missing. she seems ok at the moment",
    "Mrs Wu is a 41-year-old woman who presents with three days of a dull frontal headache, dizziness and nausea, which are worst in the mornings and ease when she is at work, and she mentions that her husband and teenage son have had headaches too and the family cat has been sleeping a lot. She denies fever, neck stiffness, rash, visual disturbance, weakness, numbness, speech disturbance, vomiting, diarrhoea, recent travel, new medication and any head injury; on direct questioning, the gas boiler in their flat has not been serviced for over a year, its flame has been burning orange, and they have kept the windows shut because of the cold. She has no past medical history, does not smoke and is not pregnant. On examination she is alert but slow to answer and felt faint when she stood up in the waiting room, GCS 15, temperature 36.7 °C, heart rate 104, blood pressure 122/76 mmHg, respiratory rate 20, pulse oximetry 98% on air, and the neurological examination is otherwise normal.",
    "Mr Yang is a 66-year-old man who presents with continuous dizziness that began suddenly four hours ago while he was having lunch, with the room spinning, nausea and vomiting three times, and he has been unable to walk without holding on to the wall. He denies hearing loss, tinnitus, ear pain or discharge, a recent cold or viral illness, head injury, headache, chest pain and palpitations, and says he has had no facial droop, arm weakness or slurred speech, although his wife thought his voice sounded slightly different. He has hypertension and type 2 diabetes, smokes 20 a day, and takes amlodipine and metformin. On examination blood pressure is 172/96 mmHg, heart rate 84 and irregular, capillary glucose 8.4 mmol/L, the nystagmus beats to the right on right gaze and to the left on left gaze, the head impulse test is normal in both directions, there is a small vertical skew on cover testing, and he cannot stand unaided with his feet apart.",
    "Kai is a 7-year-old boy brought straight from the community swimming pool by his father, who says that about 30 minutes ago a lifeguard found Kai at the bottom of the deep end and pulled him out after perhaps half a minute, and he coughed and vomited water at the poolside without needing rescue breaths, seemed fine and wanted to go home. His father denies any loss of consciousness that he saw, head or neck injury from diving, previous fits, chest pain, and any known heart condition or family history of sudden death, but says that since getting in the car Kai has kept coughing and seems a bit more breathless. He has mild asthma with a salbutamol inhaler as needed and is otherwise well. On examination he is alert, temperature 36.2 °C, respiratory rate 30, heart rate 118, saturations 93% on air, with fine crackles at both lung bases.",
    "ATMIST: 34-year-old man in a ground-floor flat; he and his partner have both had a throbbing headache and nausea since last night, partner vomited twice, both feel better when they step outside. Gas boiler in the kitchen overdue for a service, no alarm fitted. Him: RR 18, SpO2 99% on air, HR 104, BP 132/80, temp 36.8 °C, GCS 15, BM 5.8 mmol/L. Both moved out of the property and on 15 L/min via non-rebreather.",
    "2-year-old boy pulled a mug of freshly made tea over himself 30 minutes ago. Blistered, pink, wet burns over the front of the chest and the right upper arm, about 7% by the child's palm, not circumferential. HR 150, RR 30, SpO2 99% on air, temp 37.1 °C, crying but consolable, FLACC 8. Cooled under running water for 20 minutes, cling film on, intranasal fentanyl given.",
    "Port health SBAR: 41-year-old woman, aid worker who flew home 6 days ago from eastern Democratic Republic of the Congo, where she worked in a treatment centre during the current outbreak. Temp 38.9 °C, HR 110, BP 104/64, RR 22, vomiting and diarrhoea eight times today, gums bleeding, eyes red. Crew in full PPE, isolated in the cabin, no one else has touched her.",
    "45-year-old man, low mood for three months since he was made redundant; told the practice nurse today he has kept a stock of his late mother's sleeping tablets and plans to take them all tonight. Says he hasn't taken any yet. HR 86, BP 132/84, GCS 15, calm and flat, lives alone since the separation.",
    "I was on the bevvy all weekend, I'm 48. Now there's this pain high up in ma stomach boring right through to ma back, I've been boaking all morning and cannae keep even water down. Sitting forward helps a wee bit.",
    "I was hanging out the washing and got this almighty bang in the back of ma head, like being hit wi' a bat, worst pain I've ever had, full on in seconds. That was an hour ago. I'm 44, female, been sick twice and the light's hurting ma eyes.",
    "Woman, 35. I had a dose of the runs about two weeks ago. Since Tuesday my feet have been tingling and now my legs are going weak, I couldn't get up the stairs today, and my hands are starting to feel clumsy as well.",
    "My wee boy's 2. He's had a barking cough two days, but now he's making a horrible noise breathing in even when he's just sitting quiet on my knee, and his neck and under his ribs are sucking in with each breath.",
    "I know I've got a stone, the hospital saw it on the scan Tuesday, 7 mil stuck in the tube on the left. I'm 44, male. Now I've got the shakes and shivers, temp's 39, and the pain's back worse than ever.",
]

ROUND_260_264_NOT_EMERGENCIES = [
    "27M. Over the last 3 days my right testicle has gradually started aching and now the back part of it is swollen and tender. It also burns when I pee and I started seeing someone new last month. It didn't come on suddenly, I haven't thrown up, and Advil helps. Can I get in to see someone about it?",
    "I'm 33M and woke up this morning with the left side of my face drooping. I can't wrinkle my forehead or raise my eyebrow on that side, can't fully close my left eye and coffee dribbled out the corner of my mouth. My arms and legs are totally normal, I'm talking fine apart from my lips feeling clumsy, and no rash or blisters in my ear. My coworker said 'stroke' and now I'm scared. Can I be seen today?",
    "Ms Lin is a 35-year-old accountant who presents with a three-week history of headaches on both sides like a tight band, which build up over the afternoon at work, are pressing rather than throbbing, about four out of ten, and ease with paracetamol and at weekends; she is worried because her mother had a bleed in the brain last year and she wants to be sure this is not the same thing. She denies any sudden or thunderclap onset, headache reaching its peak within minutes, waking from sleep with headache, worsening on coughing, straining or lying down, vomiting, visual disturbance, weakness, numbness, speech disturbance, confusion, seizures, fever, neck stiffness, rash, jaw pain on chewing, recent head injury, and any change in personality noticed by her partner. She has no past medical history, is not pregnant, takes the combined pill and paracetamol on fewer than ten days a month, sleeps poorly around deadlines, does not smoke and drinks 6 units a week. Examination shows tender pericranial and neck muscles, normal fundi, a completely normal neurological examination, blood pressure 124/78 mmHg and temperature 36.6 °C.",
    "Mr Zhang is a 52-year-old taxi driver who presents with a three-month history of burning discomfort behind the breastbone coming on within an hour of large meals and when he lies down at night, with an acid taste in his mouth, relieved within minutes by an antacid he buys at the pharmacy. He denies any chest discomfort on exertion such as climbing stairs or walking uphill, pain spreading to the arm, jaw or back, sweating, breathlessness, palpitations, dizziness or blackouts, difficulty swallowing or food sticking, painful swallowing, vomiting, vomiting blood or coffee-ground material, black or tarry stools, unintentional weight loss, loss of appetite, and any family history of stomach or oesophageal cancer. He takes no regular medication, drinks about 20 units a week, mostly beer in the evenings, smokes 10 a day, and his BMI is 31 kg/m². On examination his abdomen is soft and non-tender with no masses, there is no pallor, heart rate 72 regular, blood pressure 134/84 mmHg, and a resting ECG done by the nurse today is normal.",
    "Mrs Hughes is a 44-year-old hairdresser who presents with three weeks of pain shooting from her right buttock down the back of the leg to the outer ankle, worse than her back pain, with tingling along the outer edge of the foot, which started after a day of gardening and is worse with sitting and coughing. She denies numbness of the saddle area or genitals, any change in bladder or bowel control or sensation, difficulty passing urine, symptoms in the left leg, progressive weakness or foot drop, fever, weight loss, night sweats, previous cancer, steroid use and osteoporosis, and she is not pregnant. She has hypothyroidism on levothyroxine 75 micrograms, smokes 5 a day, and has had some relief from ibuprofen. On examination she walks without a foot drop, straight leg raise is positive at 40 degrees on the right, the right ankle jerk is reduced, plantar flexion power is 5/5, sensation is reduced along the lateral border of the right foot, and she reports normal perianal sensation.",
    "Mr Byrne is a 38-year-old builder presenting with a two-week history of attacks of excruciating pain around and behind his right eye, which wake him about an hour after falling asleep almost every night and last around 45 minutes, during which he paces the room; each time the right eye waters and reddens and the right nostril runs, and he had an identical run of attacks lasting six weeks two springs ago which settled on its own. Between attacks he is completely well, and he denies thunderclap onset, headache with exertion or sex, visual loss, double vision, a drooping eyelid that persists between attacks, weakness, numbness, speech disturbance, seizures, fever, neck stiffness, rash, recent head injury, jaw pain on chewing, scalp tenderness, and any cancer or immunosuppression. He smokes 25 a day, drinks heavily at weekends, which seems to set off attacks during a bout, and takes no regular medication. Examination between attacks is normal, including pupils, fundi, eye movements and a full neurological examination, with blood pressure 132/82 mmHg and temperature 36.5 °C.",
    "Chloe is a 19-year-old woman who presents the morning after she fainted while having blood taken at the student health centre; she felt hot, sweaty, lightheaded and sick with her vision greying out for several seconds before she slid off the chair, was unconscious for under 30 seconds, and was back to her normal self within a minute or two without any confusion. She denies fainting during exercise or while lying down, palpitations beforehand, chest pain, breathlessness, tongue biting, incontinence, jerking lasting more than a few seconds, head injury and any previous unexplained blackouts, and there is no family history of sudden death under 40, inherited heart conditions or unexplained drowning. She has fainted twice before, once at a vaccination and once standing in a hot church, takes no regular medication, is not pregnant, and does not smoke, drink heavily or use drugs. On examination she is well, heart rate 68 regular, lying blood pressure 114/72 and standing 110/70 mmHg, heart sounds normal without murmurs, neurological examination normal, and her 12-lead ECG is normal with a QTc of 410 ms.",
    "Mrs Green is a 66-year-old retired librarian who presents with a week of brief spinning episodes, each lasting under a minute, set off by rolling over in bed to the right, looking up to hang out washing and bending to tie her shoes, with some nausea but no vomiting, and between episodes she feels completely normal. She denies continuous vertigo, hearing loss, tinnitus, ear fullness, headache, neck pain, double vision, blurred vision, slurred speech, facial numbness or drooping, weakness or numbness of an arm or leg, difficulty walking between episodes, falls, loss of consciousness, palpitations, and any recent head injury or viral illness. She has raised cholesterol on atorvastatin and hypertension on losartan, does not smoke and drinks a little wine. On examination she walks normally, there is no spontaneous or gaze-evoked nystagmus, cranial nerves and limb coordination are normal, and the right Dix-Hallpike test provokes, after a few seconds, upbeating torsional nystagmus towards the right ear lasting 20 seconds with vertigo, while the left is negative; blood pressure is 138/82 mmHg with no postural drop.",
    "Mr Singh is a 74-year-old retired engineer who attends for his annual hypertension review, at which the practice nurse found an irregular pulse, and he has no symptoms that he is aware of. He denies palpitations, chest pain, breathlessness on exertion or lying flat, ankle swelling, dizziness, blackouts or near-blackouts, any episode of facial droop, arm weakness, slurred speech or passing loss of vision, heat intolerance, weight loss, tremor and heavy drinking. He has hypertension on ramipril 10 mg and type 2 diabetes on metformin, had a hernia repair last year, does not smoke and drinks about 8 units a week. On examination his pulse is irregularly irregular at 88 per minute, blood pressure 142/84 mmHg, respiratory rate 14, saturations 97% on air, chest clear, no peripheral oedema, and a 12-lead ECG confirms atrial fibrillation with a ventricular rate of 86 and no ischaemic changes.",
    "Ms Rossi is a 27-year-old graphic designer who presents after an episode yesterday in which a shimmering zigzag line appeared on the right side of her vision, spread outwards over about 20 minutes and faded completely, followed by a throbbing left-sided headache with nausea and sensitivity to light that lasted about eight hours and settled after sleep; she has had four identical episodes over two years, and her mother and sister both have migraine. She denies sudden or thunderclap onset, headache peaking within a minute, weakness, numbness or speech difficulty during or after the visual symptoms, visual symptoms lasting over an hour, any visual loss after the headache, fever, neck stiffness, rash, head injury, jaw pain, headache made worse by coughing or lying down, and any change in the pattern of her headaches. She started the combined oral contraceptive pill three months ago, does not smoke and drinks socially. On examination she is well, blood pressure 118/74 mmHg, temperature 36.6 °C, fundi normal, and a full neurological examination is normal.",
    "Mr Wang is a 58-year-old shop manager who attends because the pharmacy blood pressure machine gave readings of 162/98 and 166/100 mmHg when he went in for his flu vaccine last week; he feels completely well but is worried because his older brother had a stroke. He denies headache, visual disturbance, chest pain, breathlessness, needing extra pillows, ankle swelling, palpitations, nosebleeds, facial or limb weakness, slurred speech, confusion, reduced urine, blood in the urine, attacks of sweating and palpitations with headache, and any use of anti-inflammatories, decongestants or liquorice. He has no other past history, takes no regular medication, smokes 10 a day, drinks 20 units a week and has a BMI of 29 kg/m². On examination the clinic blood pressure is 164/98 mmHg on the second reading, heart rate 78 regular, fundoscopy shows no haemorrhages or papilloedema, heart sounds are normal, chest clear, no oedema, and urine dipstick is negative for protein and blood.",
    "Mrs Morgan is a 62-year-old woman who had a right total knee replacement four weeks ago and presents with three days of increasing swelling and aching in her left calf, the opposite leg to her operation. She denies chest pain, breathlessness, cough, coughing blood, palpitations, dizziness, fainting, fever, redness tracking up the leg, skin breaks or insect bites and any injury to the left leg, and she finished her post-operative rivaroxaban two weeks ago as instructed. She has hypertension on amlodipine, no history of cancer or previous clots, does not smoke, and walks with a frame. On examination she is comfortable, heart rate 78, blood pressure 136/80 mmHg, respiratory rate 14, saturations 98% on air, temperature 36.8 °C, and the left calf measures 4 cm more than the right 10 cm below the tibial tuberosity, with pitting oedema confined to the left leg and tenderness along the deep veins of the calf.",
    "Mr Fernandes is a 41-year-old IT consultant who woke yesterday with the left side of his face feeling heavy and drooping, dribbling when he drinks and his left eye not closing fully, after an ache behind the left ear the day before. He denies any weakness or numbness in his arms or legs, slurred speech other than with lip sounds, difficulty swallowing, double vision, vertigo, headache, hearing loss, ear pain or discharge now, rash or blisters in or around the ear or on the palate, fever, recent tick bites, and any history of cancer, stroke or TIA. He has no past medical history, takes no medication, does not smoke and is not diabetic. On examination he cannot raise his left eyebrow or wrinkle the left side of his forehead, has incomplete eye closure on the left with the eyeball rolling upwards, and a flattened left nasolabial fold; the ear canals and drums are normal with no vesicles, the parotid is not enlarged, the other cranial nerves, limb power, sensation, coordination and speech are normal, blood pressure is 128/80 mmHg and capillary glucose 5.4 mmol/L.",
    "Mrs Shah is a 68-year-old woman who presents with three days of burning pain around the right side of her chest, followed yesterday by a band of red blistering spots from her back round to under her right breast. She denies any rash on her face, forehead, nose or near her eye, eye pain, redness or blurred vision, ear pain or facial weakness, rash spreading beyond the band or on the other side, fever, feeling unwell, chest pain on exertion, breathlessness and sweating, and she is not on chemotherapy, steroids or any immunosuppressant and does not have HIV. She has hypertension on losartan and osteoarthritis, and asks whether she can still visit her 6-week-old granddaughter. On examination she is well, temperature 36.9 °C, heart rate 78, blood pressure 138/82 mmHg, and there are clusters of vesicles on a red base in the right T6 dermatome, not crossing the midline, with no vesicles elsewhere.",
    "Mr Ibrahim is a 29-year-old personal trainer who presents with two days of sharp central chest pain, worse on breathing in, coughing and lying flat and eased by sitting up and leaning forward, which began a week after a cold with a sore throat and runny nose, and the pain goes to the ridge of his left shoulder. He denies pain on exertion, pain going to the arm or jaw, sweating, nausea, vomiting, breathlessness, palpitations, fainting, leg swelling, coughing blood, recent long-haul travel or immobility, and any cocaine, anabolic steroids or other drug use, and there is no family history of sudden cardiac death. He has no past medical history and takes no regular medication. On examination he is comfortable, temperature 37.6 °C, heart rate 88 regular, blood pressure 126/78 mmHg, respiratory rate 14, saturations 99% on air, a scratchy sound at the left sternal edge varies with position, the jugular venous pressure is not raised and the heart sounds are not muffled, and the ECG shows widespread concave ST elevation with PR depression in most leads and no reciprocal ST depression.",
    "Oliver is a 20-month-old boy brought by his parents after a fit at home an hour ago, when he was hot and went stiff, then jerked all four limbs equally for about two minutes, stopped on his own, and was sleepy for twenty minutes afterwards, but he is now back to himself, babbling and playing with toys in the room. He has had a runny nose and cough for two days, and his parents deny vomiting, diarrhoea, rash, spots that do not fade, neck stiffness, drowsiness now, breathing difficulty, fewer wet nappies, poor feeding, head injury, any chance he swallowed medicines, and any jerking confined to one side. He had a similar short generalised fit with a fever at 14 months, is otherwise well, fully immunised and developing normally, and his grandfather has epilepsy. On examination he is alert and interactive, temperature 38.6 °C, heart rate 130, respiratory rate 30, capillary refill under 2 seconds, saturations 98% on air, with a runny nose and red throat, no neck stiffness, no rash and a normal neurological examination.",
    "Sophie is a 2-year-old girl whose mother brings her after a night of a barking, seal-like cough and a hoarse voice, starting after two days of a runny nose and a low-grade temperature, and the mother heard a harsh noise on breathing in when Sophie was crying at 3 am. The mother denies any noisy breathing while she is calm or asleep, drooling, difficulty swallowing, refusing drinks, choking episodes or chance of an inhaled object, blue or grey colour around the lips, pauses in breathing, rash, unusual sleepiness, known allergies and previous episodes. She is fully immunised, was born at term and has no past history. On examination she is alert, playing and drinking juice, temperature 37.9 °C, heart rate 122, respiratory rate 28, saturations 98% on air, with an occasional barking cough, no stridor at rest and no intercostal or subcostal recession.",
    "Leo is a 3-year-old boy whose father brings him with a day of low-grade fever and going off his food because of a sore mouth, with small spots on his hands and feet that appeared this morning, and two other children at his nursery have had the same. His father denies drowsiness, irritability that cannot be settled, limb jerks or startles, unsteadiness, limb weakness, vomiting, fast or laboured breathing, cold hands and feet, mottled skin, fewer wet nappies, neck stiffness, spots that do not fade and any fit, and says he is drinking milk and water reasonably well. He has no past medical history and is fully immunised. On examination he is alert and playful, temperature 38.1 °C, heart rate 118, respiratory rate 24, capillary refill under 2 seconds, with several shallow ulcers on the tongue and inside the cheeks, small grey-white oval blisters on the palms, soles and buttocks, and a normal neurological examination.",
    "Mr Brown is a 45-year-old bus mechanic who presents with two days of a red, gritty right eye that was stuck together with yellow crusts this morning, and since yesterday the left eye has started to feel the same, after his daughter had similar a week ago. He denies eye pain as opposed to grittiness, light sensitivity, blurred vision that does not clear with blinking, haloes around lights, headache, vomiting, injury, a foreign body, grinding metal without goggles, chemical splash, contact lens wear, cold sores, a rash on the forehead or tip of the nose, and recent sexually transmitted infection. He has no past eye history, takes no medication and is not diabetic. On examination visual acuity is 6/6 in both eyes, there is diffuse conjunctival redness with mucopurulent discharge, the cornea is clear with no fluorescein staining, pupils are equal and reactive, and there is no redness concentrated around the cornea or tenderness.",
    "Maya is a 4-year-old girl whose mother brings her after a day and a night of right ear pain and pulling at the ear, with a temperature up to 38.4 °C at home after three days of a runny nose. Her mother denies swelling, redness or tenderness behind the ear, the ear sticking out, discharge from the ear, facial weakness or drooping, unsteadiness, severe headache, neck stiffness, vomiting, drowsiness, a rash that does not fade, fast breathing, poor drinking, fewer wet nappies, and any previous ear operations or grommets. She is fully immunised, otherwise well and takes no medication. On examination she is alert and playing, temperature 38.2 °C, heart rate 118, respiratory rate 24, capillary refill under 2 seconds, the right eardrum is red and bulging with loss of the light reflex, the left is normal, the areas behind both ears are normal and non-tender, and her facial movements are symmetrical.",
    "Mr Davis is a 36-year-old engineer whose pain started suddenly six hours ago in his right loin, coming in waves and moving round to the right groin, so severe he could not sit still, with nausea, and it has eased considerably after a diclofenac suppository given by the nurse. He denies fever, rigors, feeling shivery, vomiting that stops him keeping fluids down, reduced or absent urine, any kidney disease, a single kidney or a kidney transplant, testicular pain or swelling, and pain between the attacks, and he had a kidney stone five years ago that passed on its own. He takes no medication and drinks little water at work. On examination he is afebrile at 36.9 °C, heart rate 88, blood pressure 132/82 mmHg, with mild right renal angle tenderness, a soft non-tender abdomen with no pulsatile mass, normal testes, and urine dipstick showing blood 3+ with no nitrites or leucocytes.",
    "预检：女孩，20个月。今天发烧39.1℃时全身抽了大约2分钟，自己停了，半年前发烧也抽过一次。现在T 38.8℃，HR 148，RR 32，SpO2 98%，CRT 2秒，已经醒了，会哭会找妈妈，颈软，没有皮疹。",
    "38-year-old removal man, felt something go in his lower back lifting a sofa this morning; pain 9/10 across the low back, can't stand up straight. HR 104, BP 144/88, temp 36.8 °C. No leg pain or numbness, saddle sensation normal, passing urine and opening bowels normally, power 5/5 in both legs, reflexes present. No history of cancer, no weight loss.",
    "20-month-old boy, whole-body shaking with a high temperature at home for about 2 minutes, stopped by itself, one fit only, back to his usual self within 30 minutes; similar episode at 14 months. Now temp 38.9 °C, HR 142, RR 32, SpO2 98% on air, CRT under 2 s, alert and playing, no neck stiffness, no rash, red bulging left eardrum.",
]


# Rounds 265-269 (letters, the headed consultation note, a dialogue, a registrar's long presentation in
# Chinese, the nurse's call-back with its checklist), first run on 9b04b25
ROUND_265_269_EMERGENCIES = [
    "PC: ?swallowed tablets. HPC: 2-year-old boy, found 30 min ago sitting on grandmother's bed with her amlodipine blister pack open, 3 blisters empty, she isn't sure how many were left; 1 tablet found on the floor. PMH: nil. DH: nil. ROS: vomiting ✗, drowsy ✗, runs around normally. O/E: alert, playful, HR 118, CRT < 2 s, no tablet fragments in mouth. Plan: TOXBASE, send to paediatric ED now with the packet; do not induce vomiting.",
    "老师，汇报：患者女，52岁，农民，家住桂北山区，因“右足踝被蛇咬伤50分钟”来诊，今天下午在稻田边割草时被一条“灰褐色、头呈三角形”的蛇咬了右脚踝外侧，蛇已跑掉，当时只觉得像针扎，自己用绳子扎了小腿，骑电动车过来。现在伤口周围越来越肿越来越痛，肿到了小腿中段。否认头晕、视物模糊、眼睑下垂，无吞咽困难、言语不清，无呼吸困难，无胸闷心悸，无恶心呕吐，无牙龈出血、鼻出血，无血尿、酱油色尿，既往无蛇咬伤史。既往体健，无用药，无药物过敏，破伤风疫苗接种情况不详。查体：神清，血压128/78 mmHg，心率98次/分，呼吸20次/分，体温36.8℃，右外踝见两个相距约1.2 cm的牙痕，有少量渗血，周围青紫、肿胀延及小腿中段，局部压痛明显，右腹股沟淋巴结肿大触痛，眼睑无下垂，呼吸音清。",
    "Call-back re 6 y/o girl pulled from the deep end of the pool by a lifeguard about an hour ago, under 'maybe 30 seconds', coughed a lot afterwards. Mum says she's still coughing, breathing faster than usual and 'looks washed out'. Mum's pulse oximeter reads 93%.",
]

ROUND_265_269_NOT_EMERGENCIES = [
    "PC: headaches. HPC: 41F, 3/12 bilateral 'tight band' headache most afternoons, worse on busy weeks at work, eases at weekends; paracetamol 3 days a week. Worried because a colleague's sister died of a brain bleed last month. PMH: nil. DH: paracetamol PRN. FH: nil. ROS: sudden-onset/worst-ever ✗, wakes her ✗, vomiting (-), visual loss ✗, weakness/numbness ✗, fever ✗, jaw pain ✗. O/E: BP 124/78, fundi normal, neuro NAD, tender pericranial muscles. Imp: tension-type headache. Plan: headache diary, limit analgesia to avoid overuse, exercise; return if sudden severe headache, headache with vomiting, weakness or confusion.",
    "PC: dizzy spells. HPC: 63F, 1/52 brief room-spinning lasting about 20 s when rolling over in bed to the R or looking up to the top shelf, settles if keeps still; fine between episodes and walking normally. PMH: osteopenia. DH: calcium/vit D. ROS: hearing loss ✗, tinnitus ✗, headache ✗, diplopia ✗, dysarthria ✗, limb weakness ✗, numbness ✗. O/E: Dix-Hallpike R +ve, torsional upbeating nystagmus after 5 s latency, fatigues in 20 s; L -ve; cerebellar signs NAD, gait normal, BP 128/76. Imp: R posterior canal BPPV. Plan: Epley manoeuvre done, Brandt-Daroff; return if constant vertigo, new headache, double vision, slurred speech or weakness.",
    "PC: COVID. HPC: 36M, LFT +ve 2 days ago, fever, sore throat, dry cough, aching all over, lost sense of smell. PMH: nil. DH: paracetamol. SH: lives with wife and kids. FH: father-in-law was admitted with COVID pneumonia in 2021. ROS: SOB at rest ✗, chest pain ✗, confusion ✗, drowsy ✗, haemoptysis ✗. O/E: T 37.9, HR 88, RR 16, SpO2 98% air, BP 128/76, chest clear. Imp: mild COVID-19. Plan: self-care, fluids, paracetamol; call back if breathless, sats < 95% on home oximeter, chest pain or confusion.",
    "PC: bumped head. HPC: 9-year-old girl, knocked her head on the climbing frame at school 2 h ago, cried straight away, no LOC, remembers everything, carried on playing. Mum worried as a cousin 'had a bleed on the brain' after a car crash. PMH: nil, no bleeding disorder. DH: nil. ROS: vomiting ✗, drowsy ✗, headache mild, seizure ✗, amnesia ✗, visual disturbance ✗, clear fluid from nose/ears ✗. O/E: GCS 15, alert and chatty, 2 cm bump R parietal, no scalp depression, no haemotympanum, neuro exam normal. Plan: home with written head injury advice; bring back if vomiting, drowsy, worsening headache, confusion or fits.",
    "PC: loin pain. HPC: 39M, sudden severe L loin pain going to the groin at 06:00, couldn't keep still, vomited once; much better since diclofenac 75 mg IM here 45 min ago. PMH: nil. DH: nil. ROS: fever ✗, rigors ✗, passing urine normally, dysuria ✗, two kidneys, testicular pain ✗, back injury ✗. O/E: T 36.9, HR 84, BP 132/80, L renal angle tender, abdo soft, no pulsatile mass, testes normal; urine dip blood +++, nitrite -ve. Imp: probable ureteric stone. Plan: oral NSAID, CT KUB within 24 h, urology; return now if fever, shivers, pain not controlled or passing little urine.",
    "P: She had one of her fits again this morning, with the fever. D: How old is she now? P: Two and a half, this is her third one. D: How long did it last? P: About a minute, whole body shaking, then sleepy for half an hour. D: And now? P: Running round the waiting room with a biscuit. D: Any rash, stiff neck? P: No, just a red ear, she's been pulling at it. D: Brief generalised seizure with fever, fully recovered, alert, likely source acute otitis media.",
    "老师，汇报一位67岁男性，退休钳工，因“活动后胸闷半年”来诊，每次快步走约500米或爬三层楼时出现胸骨后发紧、发闷，像“压了块石头”，停下来休息2-3分钟就完全消失，半年来诱发的活动量和持续时间没有变化，最近一个月也一样。否认静息时或夜间发作，否认发作越来越频繁或越来越轻的活动就诱发，否认胸痛持续超过10分钟，无大汗、晕厥，无放射至下颌或后背，无夜间阵发性呼吸困难、不能平卧，无下肢水肿，无咯血，无发热咳嗽，无反酸烧心。既往高血压、2型糖尿病，服用缬沙坦80 mg每日一次、二甲双胍0.5 g每日三次，吸烟35年，父亲60岁时心肌梗死。查体：血压142/86 mmHg，心率72次/分、律齐，双肺呼吸音清，心音正常，未闻及杂音，双下肢无水肿，静息心电图窦性心律，未见ST段抬高或压低，上周体检LDL-C 3.8 mmol/L。",
    "老师，汇报一位74岁男性，退休会计，因“体检发现心跳不齐1周”来诊，上周社区老年人体检时护士说他脉搏“乱”，心电图提示心房颤动，之前从没查出过；自己偶尔觉得心里“扑腾”，平时能每天散步40分钟，没感觉明显不适。否认胸痛胸闷，否认气短、夜间憋醒、不能平卧，否认头晕、黑矇、晕厥，无一侧肢体麻木无力、言语不清、口角歪斜，无视物模糊，无下肢水肿，无发热，无怕热多汗、体重下降，无饮酒。既往高血压10年，服用氨氯地平5 mg每日一次，2型糖尿病服用二甲双胍，未服用抗凝药及抗血小板药，无出血史。查体：血压138/82 mmHg，心率（听诊）96次/分、心律绝对不齐、第一心音强弱不等，呼吸16次/分，指脉氧97%，双肺呼吸音清，无啰音，双下肢无水肿，神经系统查体阴性，今日复查心电图为心房颤动，心室率92次/分，无ST段改变。",
    "老师，汇报一位3岁男孩，幼儿园同班已有2个小朋友确诊手足口病，他昨天开始发热，最高38.5℃，今天嘴里起了几个小泡，喊嘴疼，吃饭少了些，但喝水、喝牛奶都可以，手心、脚底和屁股上出了些红色小疹子。妈妈听说“这个病会得脑炎、会死人”，非常着急。否认持续高热超过3天，否认精神差、嗜睡，否认易惊、睡眠中肢体抖动或惊跳，否认呕吐、头痛，否认走路不稳、肢体无力，无抽搐，无呼吸急促、咳粉红色泡沫痰，无手脚发凉、皮肤发花，尿量正常。既往体健，按计划接种疫苗，已接种EV71疫苗。查体：精神好，体温38.2℃，心率118次/分，呼吸24次/分，血压94/58 mmHg，指脉氧99%，口腔颊黏膜及舌见数个小疱疹及浅溃疡，手掌、足底及臀部散在斑丘疹及小疱疹，颈软，四肢肌力、肌张力正常，无肢体震颤，毛细血管再充盈时间<2秒；指尖血糖5.6 mmol/L。",
    "老师，汇报一位66岁女性，退休纺织工，今天是高血压季度随访，自述近1个月家里血压计测的都在“170-180”，觉得没什么不舒服就没来。诊室安静休息10分钟后连续测两次，右上肢血压186/112 mmHg、184/110 mmHg，左上肢182/108 mmHg，心率78次/分。否认头痛、头晕加重，否认恶心呕吐，否认视物模糊，否认胸痛、胸闷、背痛，否认气短、夜间不能平卧、双下肢水肿，否认一侧肢体麻木无力、言语不清，无尿量减少，无鼻出血，近期无情绪激动及剧烈活动。既往高血压12年，服用氨氯地平5 mg每日一次，上个月因胃不舒服自行停药，无糖尿病，血脂偏高。查体：神清语利，体温36.4℃，呼吸16次/分，双肺呼吸音清，心律齐，未闻及杂音，双下肢无水肿，四肢肌力正常，病理征阴性，心电图窦性心律、左室高电压，未见急性ST-T改变，尿蛋白阴性。",
    "Mum of 2 y/o girl: this morning she had a fit with a temp of 39.2 °C, stiff and jerking all over for about 2 minutes, then sleepy for 20 minutes. Now back to her normal self, playing and drinking; had one like it at 18 months, and an ear infection is being treated since yesterday. Checklist: no rash, moves her neck freely, not drowsy now, no breathing difficulty. Advised same-day GP check; 999 if another fit lasts over 5 minutes.",
]


# Rounds 270-274 (a rambling email, Chinese with English terms, the older patient with many conditions, a
# relative's voice message in Chinese, pregnancy and the weeks after birth), first run on 9b04b25
ROUND_270_274_EMERGENCIES = [
    "Hi, I'm 35, female, and I had a bad bout of food poisoning with diarrhoea about three weeks ago after a barbecue, and I'm otherwise well apart from mild asthma. Four days ago my feet started tingling, then my legs went weak, and now I can't get upstairs without hauling myself up on the banister and my hands are clumsy doing up buttons. I tapped my own knee with a spoon like on a YouTube video and the leg doesn't kick at all. My partner thinks I'm low in B12 because he's vegan and once had tingly feet. Can I get a blood test next week?",
    "I'm typing this on my phone because I don't know who else to ask: my 23-year-old sister has epilepsy on levetiracetam and has missed doses this week because she was moving flat. She started fitting about 7 minutes ago, shaking all over with her eyes rolled back, and she's still going. Her usual fits stop within a minute or two. We haven't got any rescue medicine because her prescription ran out. Mum says just put her on her side and wait like we always do.",
    "Good morning, I'm writing about my father, who is 63, has cirrhosis from drinking though he's been sober for three years, and has scans at the hospital every six months. Over the last two days he's become really confused, sleeping most of the day and mixing up my name with my brother's, and when he holds his arms out his hands flap. He's also been constipated for five days and stopped his lactulose because he didn't like the taste. My aunt says he's just getting old and going the way of their mother, who had dementia. Could you arrange a memory test?",
    "Hello, I'm a 22-year-old woman and on Monday the sexual health nurse said my pelvic pain and discharge were probably a pelvic infection and gave me an injection plus doxycycline and metronidazole tablets. Since yesterday the pain low in my tummy has got much worse on both sides, I've a fever of 38.9 °C, and I've been sick after every dose, so I haven't kept any tablets down. It hurts to walk, and when I press on my tummy it hurts more as I let go. My housemate had the same and just powered through, so maybe I just need different tablets?",
    "35岁男，两周前拉过肚子，这三天先是脚麻，然后腿没力，今天上楼梯要扶着，手也开始握不紧了。膝反射、踝反射都 absent，小便 normal。",
    "5岁男孩，打翻了热水壶，胸口和左上臂烫伤，大概占体表 6%，有水疱，有的地方发白。",
    "84-year-old man, COPD, heart failure, chronic back pain on morphine, widower living alone. Says he has had enough; he has been saving his morphine and plans to take it all on Sunday, the anniversary of his wife's death. Calm, not drinking alcohol.",
    "我老爸七十 有那个房颤 医生让吃抗凝药他嫌麻烦没吃 今天下午看电视的时候左腿突然一下就疼 现在左脚冰凉 白得发青 跟右脚完全不一样 脚背上摸不到跳 脚趾头也动不太了",
    "医生 我孙子两岁半 刚刚我转身去厨房 他把他奶奶的降压药瓶子打开了 地上撒了几颗 不晓得吃了几颗 嘴巴里还有白渣渣 现在看起来还好好的在玩",
    "我妈四十六 半个月前屙稀屙了好几天 后来好了 这几天先是脚底板麻 两条腿软 今天连手也没劲了拿不住杯子 上楼要人扶 腿软得越来越往上走",
    "我老公四十三 上个礼拜查出来右边输尿管有个石头 今天右边腰杆疼得厉害 下午开始打摆子 烧到三十九度二 尿也屙得少了",
    "My wife had our daughter 11 days ago. Since yesterday she's barely slept, she's talking really fast and says the midwives swapped our baby for a different one, and she says she can hear voices coming out of the baby monitor telling her things. She's 33 and has never had mental health problems, but her mum had a 'breakdown' after having her.",
    "34 weeks, second pregnancy. He's usually really active after tea, but today I've only felt maybe two little flutters all day. I've had a cold drink and lain on my left side for an hour and still hardly anything.",
    "I'm 10 weeks and I've been sick 15 to 20 times a day this week, I can't keep water down. This morning the sick had fresh red blood in it, about a cupful, and I feel dizzy when I stand up. The nurse said my pulse was 112.",
    "Day 8 visit, baby girl born at 38 weeks, breastfed. She's more yellow than on day 5, now down to her tummy, and mum says she's hardly fed in the last 12 hours, too sleepy to latch. She only moves when we unwrap her and stimulate her. Axillary temp 38.1 °C.",
    "I'm 9 weeks. The bleeding started this afternoon and it's got heavier and heavier, I've soaked through four pads in the last hour and I'm passing clots the size of a plum. Cramping badly and I feel faint and cold.",
    "Day 3 home visit, baby born at 37 weeks weighing 2.6 kg. Axillary temp 35.2 °C even though he's dressed and wrapped in a warm room, and he's feeding poorly and floppy.",
    "10 weeks pregnant after IVF, I had overstimulation a few weeks ago. A sudden, severe pain low on the right started 3 hours ago and I've been sick 4 times. My 8-week scan showed a big right ovary.",
    "My 5-week-old daughter was on my lap when my cup of tea tipped over her. It's red and blistered across her chest and down her right arm, about the size of three of her whole hands. She screamed at first but now she's quieter than usual.",
]

ROUND_270_274_NOT_EMERGENCIES = [
    "Hello, I'm Maya's dad; she's 3 and had a febrile seizure at 18 months that the hospital called simple and said she'd probably grow out of. This evening she had a temperature of 39.2 °C with earache and went stiff and shook all over for about a minute, was sleepy for twenty minutes, and is now sitting up watching cartoons and asking for toast. It was one fit, the same as last time, and she has no rash, no stiff neck and isn't floppy. Our neighbour told us fits mean brain damage and we should rush to A&E, but the fever is coming down with Calpol. Can we bring her in to have her ear looked at?",
    "Hi, I'm a 52-year-old man and for about a month I've noticed a soft lump in my left groin that pops out when I stand or cough and disappears when I lie down or push it gently. It aches a bit after a day lifting boxes at the warehouse, but it isn't painful or tender, I haven't been sick and my bowels are working normally. My dad had a hernia that got stuck and needed emergency surgery, and I googled strangulation and got myself worked up. Could I get a referral to have it looked at?",
    "我舅舅五十 腰疼了两个礼拜 从屁股一直痛到右边小腿 脚背有点麻 弯腰咳嗽的时候更扯着疼 但是屙尿屙屎都正常 屁股中间会阴那块都不麻 两条腿走路都有劲",
    "我奶奶七十四 昨天下午说右手突然没劲拿不住碗 说话也有点大舌头 大概一刻钟就好了 当时没当回事 今天一切正常 手有劲 说话清楚 脸也不歪 就想问问要不要去看",
]


# Rounds 275-277 (a teacher or coach reports, work and travel exposures, the older person who does not want
# to be a bother), first run on 9b04b25
ROUND_275_277_EMERGENCIES = [
    "Netball coach rang: 15-year-old girl was stung on the neck by a bee at outdoor training about 15 minutes ago. She came out in raised itchy red blotches all over, then said she felt dizzy and sick, went very pale and nearly passed out when she stood up. She's lying on the grass with her legs raised and has vomited once. Mum says no known allergies.",
    "Teaching assistant: 8-year-old girl with a kidney condition, on high-dose steroid tablets, came out in blistery spots on her tummy and back this morning and has a temperature of 38.4 °C. There's been a spotty illness going round Year 3 this month.",
    "Hockey coach: 17-year-old girl, who wears very strong glasses for short sight, was hit near her right eye by a ball last week. Since this morning she's been seeing flashing lights and a shower of black dots, and now says a dark shadow is creeping up from the bottom of her vision in that eye.",
    "Walker, 38-year-old woman, bitten on the hand by a zigzag-backed snake in the heather in the Highlands 30 minutes ago when she reached down. Her hand and wrist are swelling, she has vomited and feels faint.",
    "My angina's just playing up a bit, that's all. I'm 75. It used to come on only going up the hill, but this week it's come on walking round the house and twice today when I was sat in my chair. The spray still shifts it but I've used it six times today. I didn't want to make a fuss.",
    "I expect it's just the cold. I'm 84, I've got the irregular heart but I stopped the blood thinner because of the bruising. About three hours ago my left leg went cold and numb from the knee down, it's gone a funny white colour, it really hurts, and I can't wiggle my toes properly.",
    "I'm 74 with COPD, it's probably just my chest. An hour ago I got a sudden stabbing pain on my right side while I was coughing, and since then I'm far more breathless than usual, I can barely get a sentence out. My oxygen reads 87%, it's usually 93.",
    "I'm 72. I've always liked a drink, a bottle of whisky most days, but I stopped on Sunday because I've been poorly. Now I'm shaking all over and sweating, and there are insects crawling on the curtains that my wife says aren't there. It's just my nerves, I'm sure.",
    "I'm 71 with asthma, sorry, I can't... finish my words. The blue inhaler isn't touching it. My peak flow is 140, it's usually 380. Probably just the cold air.",
    "I'm 82, it's probably just my arthritis. For the last hour my jaw and my left arm have been aching, and I'm breathless just sitting here, clammy and feeling sick. No pain in my chest as such. I didn't want to waste an ambulance.",
]

ROUND_275_277_NOT_EMERGENCIES = [
    "Youth leader on a residential trip where several children have come down with something flu-like: 11-year-old girl has had a fever of 38.8 °C, aching all over, a headache, dry cough and runny nose since last night. She's drinking, chatting, moves her neck freely, has no rash, and isn't breathing fast. A parent is collecting her this afternoon.",
    "Sorry, I'm probably fussing. I'm 78 and I've been doing my blood pressure like you asked for the follow-up. This morning it was 184 over 104, and 182 over 102 when I did it again. I feel perfectly well, no headache, no chest pain, no trouble with my sight, speech or arms and legs.",
]


ROUND_125_126_AGES = [
    # an age said again, the first called a slip of the tongue
    ("家长说“孩子两个月，发烧38.5℃”，我一看病历，是两岁两个月，家长口误。昨天开始流鼻涕。", 2 + 2 / 12),
]


ROUND_83_84_AGES = [
    ("Dad rang back about Amira, 18 months, diarrhoea and vomiting since Saturday.", 1.5),
    ("Follow-up call, baby Isla, 7 weeks, seen Monday with a cold.", 49 / 365),
    ("Review of Oscar, 4, seen Monday with a limp.", 4.0),
    ("Daughter rang: her dad Leslie, 83, mild dementia.", 83.0),
    ("宝宝出生2个月，发烧38.4度", 2 / 12),
]


def test_weeks_over_40_are_a_gestation_unless_a_score_is_named() -> None:
    assert extract("29/40, rear-ended at a roundabout this morning.").gestation_weeks == 29
    assert extract("ACE-III 29/40, memory clinic.").gestation_weeks is None


def test_a_capitalised_word_opening_a_note_is_no_name() -> None:
    assert extract("Fever, Cough, 2 weeks.").age_years is None
    assert extract("Paracetamol, 2, every 4 hours").age_years is None
    assert extract("I saw Tom, 3 days ago, with a cough").age_years is None
    assert extract("Daughter rang: her dad Leslie, 83,").sex == "male"


@pytest.mark.parametrize(
    "text",
    [
        *ROUND_57_58_EMERGENCIES,
        *ROUND_59_60_EMERGENCIES,
        *ROUND_61_62_EMERGENCIES,
        *ROUND_63_64_EMERGENCIES,
        *ROUND_65_66_EMERGENCIES,
        *ROUND_67_68_EMERGENCIES,
        *ROUND_69_70_EMERGENCIES,
        *ROUND_71_72_EMERGENCIES,
        *ROUND_73_74_EMERGENCIES,
        *ROUND_75_76_EMERGENCIES,
        *ROUND_77_78_EMERGENCIES,
        *ROUND_79_80_EMERGENCIES,
        *ROUND_81_82_EMERGENCIES,
        *ROUND_83_84_EMERGENCIES,
        *ROUND_85_86_EMERGENCIES,
        *ROUND_87_88_EMERGENCIES,
        *ROUND_89_90_EMERGENCIES,
        *ROUND_91_92_EMERGENCIES,
        *ROUND_93_94_EMERGENCIES,
        *ROUND_95_96_EMERGENCIES,
        *ROUND_97_98_EMERGENCIES,
        *ROUND_99_100_EMERGENCIES,
        *ROUND_101_102_EMERGENCIES,
        *ROUND_103_104_EMERGENCIES,
        *ROUND_105_106_EMERGENCIES,
        *ROUND_107_108_EMERGENCIES,
        *ROUND_109_110_EMERGENCIES,
        *ROUND_111_112_EMERGENCIES,
        *ROUND_113_114_EMERGENCIES,
        *ROUND_115_116_EMERGENCIES,
        *ROUND_117_118_EMERGENCIES,
        *ROUND_119_120_EMERGENCIES,
        *ROUND_121_122_EMERGENCIES,
        *ROUND_123_124_EMERGENCIES,
        *ROUND_125_126_EMERGENCIES,
        *ROUND_127_128_EMERGENCIES,
        *ROUND_129_130_EMERGENCIES,
        *ROUND_131_132_EMERGENCIES,
        *ROUND_133_134_EMERGENCIES,
        *ROUND_135_136_EMERGENCIES,
        *ROUND_137_138_EMERGENCIES,
        *ROUND_139_140_EMERGENCIES,
        *ROUND_141_142_EMERGENCIES,
        *ROUND_143_144_EMERGENCIES,
        *ROUND_145_146_EMERGENCIES,
        *ROUND_147_148_EMERGENCIES,
        *ROUND_149_150_EMERGENCIES,
        *ROUND_151_152_EMERGENCIES,
        *ROUND_153_154_EMERGENCIES,
        *ROUND_155_156_EMERGENCIES,
        *ROUND_157_158_EMERGENCIES,
        *ROUND_159_160_EMERGENCIES,
        *ROUND_161_162_EMERGENCIES,
        *ROUND_163_164_EMERGENCIES,
        *ROUND_165_166_EMERGENCIES,
        *ROUND_167_175_EMERGENCIES,
        *ROUND_184_189_EMERGENCIES,
        *ROUND_190_192_EMERGENCIES,
        *ROUND_193_194_EMERGENCIES,
        *ROUND_195_197_EMERGENCIES,
        *ROUND_198_200_EMERGENCIES,
        *ROUND_201_202_EMERGENCIES,
        *ROUND_203_204_EMERGENCIES,
        *ROUND_205_206_EMERGENCIES,
        *ROUND_207_208_EMERGENCIES,
        *ROUND_209_210_EMERGENCIES,
        *ROUND_211_212_EMERGENCIES,
        *ROUND_213_214_EMERGENCIES,
        *ROUND_215_216_EMERGENCIES,
        *ROUND_217_220_EMERGENCIES,
        *ROUND_221_224_EMERGENCIES,
        *ROUND_225_229_EMERGENCIES,
        *ROUND_230_233_EMERGENCIES,
        *ROUND_234_237_EMERGENCIES,
        *ROUND_238_241_EMERGENCIES,
        *ROUND_242_246_EMERGENCIES,
        *ROUND_247_251_EMERGENCIES,
        *ROUND_252_254_EMERGENCIES,
        *ROUND_255_259_EMERGENCIES,
        *ROUND_260_264_EMERGENCIES,
        *ROUND_265_269_EMERGENCIES,
        *ROUND_270_274_EMERGENCIES,
        *ROUND_275_277_EMERGENCIES,
    ],
)
def test_round_emergencies(text: str) -> None:
    assert _assess(text).triage.level == "emergency"


@pytest.mark.parametrize("text", [*ROUND_123_124_NOT_EMERGENCIES, *ROUND_125_126_NOT_EMERGENCIES, *ROUND_127_128_NOT_EMERGENCIES,
                                  *ROUND_129_130_NOT_EMERGENCIES, *ROUND_131_132_NOT_EMERGENCIES,
                                  *ROUND_133_134_NOT_EMERGENCIES, *ROUND_135_136_NOT_EMERGENCIES,
                                  *ROUND_139_140_NOT_EMERGENCIES, *ROUND_141_142_NOT_EMERGENCIES,
                                  *ROUND_145_146_NOT_EMERGENCIES, *ROUND_147_148_NOT_EMERGENCIES,
                                  *ROUND_149_150_NOT_EMERGENCIES, *ROUND_153_154_NOT_EMERGENCIES,
                                  *ROUND_155_156_NOT_EMERGENCIES, *ROUND_157_158_NOT_EMERGENCIES,
                                  *ROUND_159_160_NOT_EMERGENCIES, *ROUND_161_162_NOT_EMERGENCIES,
                                  *ROUND_163_164_NOT_EMERGENCIES, *ROUND_165_166_NOT_EMERGENCIES,
                                  *ROUND_167_175_NOT_EMERGENCIES, *ROUND_184_189_NOT_EMERGENCIES,
                                  *ROUND_190_192_NOT_EMERGENCIES,
                                  *ROUND_193_194_NOT_EMERGENCIES,
                                  *ROUND_195_197_NOT_EMERGENCIES,
                                  *ROUND_198_200_NOT_EMERGENCIES,
                                  *ROUND_201_202_NOT_EMERGENCIES,
                                  *ROUND_203_204_NOT_EMERGENCIES,
                                  *ROUND_205_206_NOT_EMERGENCIES,
                                  *ROUND_207_208_NOT_EMERGENCIES,
                                  *ROUND_209_210_NOT_EMERGENCIES,
                                  *ROUND_211_212_NOT_EMERGENCIES,
                                  *ROUND_213_214_NOT_EMERGENCIES,
                                  *ROUND_215_216_NOT_EMERGENCIES,
                                  *ROUND_217_220_NOT_EMERGENCIES,
                                  *ROUND_221_224_NOT_EMERGENCIES,
                                  *ROUND_225_229_NOT_EMERGENCIES,
                                  *ROUND_230_233_NOT_EMERGENCIES,
                                  *ROUND_234_237_NOT_EMERGENCIES,
                                  *ROUND_238_241_NOT_EMERGENCIES,
                                  *ROUND_242_246_NOT_EMERGENCIES,
                                  *ROUND_247_251_NOT_EMERGENCIES,
                                  *ROUND_252_254_NOT_EMERGENCIES,
                                  *ROUND_255_259_NOT_EMERGENCIES,
                                  *ROUND_260_264_NOT_EMERGENCIES,
                                  *ROUND_265_269_NOT_EMERGENCIES,
                                  *ROUND_270_274_NOT_EMERGENCIES,
                                  *ROUND_275_277_NOT_EMERGENCIES])
def test_round_near_misses_are_not_emergencies(text: str) -> None:
    assert _assess(text).triage.level != "emergency"


@pytest.mark.parametrize(
    ("text", "finding", "status"),
    [
        *ROUND_59_60_STATUS,
        *ROUND_61_62_STATUS,
        *ROUND_65_66_STATUS,
        *ROUND_69_70_STATUS,
        *ROUND_71_72_STATUS,
        *ROUND_73_74_STATUS,
        *ROUND_75_76_STATUS,
        *ROUND_77_78_STATUS,
        *ROUND_79_80_STATUS,
        *ROUND_93_94_STATUS,
        *ROUND_95_96_STATUS,
        *ROUND_97_98_STATUS,
        *ROUND_99_100_STATUS,
        *ROUND_101_102_STATUS,
        *ROUND_103_104_STATUS,
        *ROUND_105_106_STATUS,
        *ROUND_107_108_STATUS,
        *ROUND_109_110_STATUS,
        *ROUND_111_112_STATUS,
        *ROUND_113_114_STATUS,
        *ROUND_115_116_STATUS,
        *ROUND_117_118_STATUS,
        *ROUND_119_120_STATUS,
        *ROUND_127_128_STATUS,
        *ROUND_129_130_STATUS,
        *ROUND_139_140_STATUS,
        *ROUND_184_189_STATUS,
        *ROUND_217_220_STATUS,
        *ROUND_221_224_STATUS,
        *ROUND_225_229_STATUS,
        *ROUND_230_233_STATUS,
        *ROUND_234_237_STATUS,
        *ROUND_238_241_STATUS,
    ],
)
def test_round_finding_status(text: str, finding: str, status: str | None) -> None:
    assert _status(text, finding) == status


@pytest.mark.parametrize(
    ("text", "age"), [*ROUND_69_70_AGES, *ROUND_77_78_AGES, *ROUND_81_82_AGES, *ROUND_83_84_AGES, *ROUND_93_94_AGES,
     *ROUND_97_98_AGES, *ROUND_105_106_AGES, *ROUND_117_118_AGES, *ROUND_125_126_AGES, *ROUND_129_130_AGES, *ROUND_133_134_AGES,
     *ROUND_139_140_AGES, *ROUND_153_154_AGES, *ROUND_165_166_AGES, *ROUND_167_175_AGES,
     *ROUND_217_220_AGES, *ROUND_221_224_AGES, *ROUND_225_229_AGES,
     *ROUND_238_241_AGES]
)
def test_round_patient_age(text: str, age: float) -> None:
    assert extract(text).age_years == pytest.approx(age, abs=0.01)


@pytest.mark.parametrize("text", ["Wells (4), left calf swollen", "Centor (3), sore throat", "Cough (2 weeks), no fever"])
def test_a_score_or_a_duration_in_brackets_is_no_age(text: str) -> None:
    assert extract(text).age_years is None


def test_a_sugar_machine_reading_is_a_blood_glucose() -> None:
    case = extract("My mother 78, sugar patient. The sugar machine at home show 650 mg/dL.")
    assert case.vitals["glucose_mmol"].value == pytest.approx(36.1, abs=0.1)



def test_a_brothers_age_said_with_his_history_is_no_age() -> None:
    assert extract("His brother is 40 and had an MI. She has chest pain today.").age_years is None


def test_a_seizure_of_a_minute_and_a_half_is_not_the_sleep_after_it() -> None:
    seizure = extract("今晚又发作了一次，全身抽，我计时大概一分半钟就停了，之后睡了二十分钟").findings["seizure"]
    assert seizure.duration_days == pytest.approx(1.5 / 1440, abs=1e-4)


def test_a_relative_translated_for_is_the_patient() -> None:
    text = ("Son translating for his 80-year-old father: belly swollen up like a drum for three days, no poo and no wind "
            "in all that time, and today he's vomiting brown, bad-smelling stuff.")
    assert _status(text, "abdominal_distension") == "present"
    assert _assess(text).triage.level == "emergency"
