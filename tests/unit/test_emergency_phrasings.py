"""Doctor-style phrasings of every emergency red flag, and near misses that must not be emergencies.

The phrasings are written independently of the dev/test evaluation cases, in the way primary-care
doctors talk and type (abbreviations, colloquial Mandarin, vitals in shorthand). Each emergency
phrasing names the rule(s) any of which should fire; each near miss must stay below emergency.
"""

from __future__ import annotations

import pytest

from assistant.clinical.engine import get_engine

# (utterance, rule ids of which at least one must fire)
EMERGENCY: list[tuple[str, tuple[str, ...]]] = [
    # one side of the body "没力气" (fatigue's own word) and relatives who bring the patient
    ("突然左边身子没力气，说话也不利索", ("stroke_face_arm_speech",)),
    ("右手右脚没力气一个小时了", ("stroke_face_arm_speech",)),
    ("She suddenly could not move her right side.", ("stroke_face_arm_speech",)),
    ("爷爷刚才吃饭的时候突然嘴歪了，右手没力气", ("stroke_face_arm_speech",)),
    # a large bleed into the airway, and a diarrhoea that has emptied the circulation
    ("Known bronchiectasis, coughed up a cupful of fresh blood this morning.", ("massive_haemoptysis",)),
    ("肺结核停药半年，今天大口咯血，满口鲜血", ("massive_haemoptysis",)),
    ("38M, rice-water diarrhoea twenty times since yesterday, cramps, BP 82/50, HR 126.", ("gastroenteritis_with_shock",)),
    ("上吐下泻一天，血压测不到，手脚冰凉", ("gastroenteritis_with_shock",)),
    ("45岁，昨天做了食管球囊扩张，昨晚开始胸骨后持续疼痛，今天颈部摸着有捻发感，体温38.3°C。", ("chest_pain_with_surgical_emphysema",)),
    # an infant's SVT, and a baby's grunting told as the answer to a question (dev misses of rounds 61 and 70)
    ("4-week-old, grey and sweaty with feeds; the pulse oximeter heart rate reads a steady 280", ("infant_heart_rate_over_220",)),
    ("Landlady rang about her lodger, 56, who only drinks beer and hardly eats. For two days he's been confused and unsteady. "
     "Sodium 114 mmol/L on bloods.", ("severe_or_symptomatic_hyponatraemia",)),
    ("60岁男，上周刚把螺内酯和呋塞米加了量。这两天说话颠三倒四，血钠122 mmol/L。", ("severe_or_symptomatic_hyponatraemia",)),
    ("8-year-old girl in class suddenly said her heart was racing, then went pale and sweaty and slumped over. The school "
     "nurse's pulse oximeter reads 240.", ("child_heart_rate_over_180_with_adverse_features",)),
    ("课外篮球班的老师打电话：9岁男孩打着打着突然说心跳得特别快，坐下还是头晕，差点晕倒。校医测心率256次/分，血压78/50 mmHg。",
     ("child_heart_rate_over_180_with_adverse_features",)),
    ("女儿4个月，喘得越来越厉害。问：喘的时候有没有哼哼声？——有哼哼，肋骨下面陷得很深。",
     ("infant_severe_respiratory_distress",)),
    # depression with food and fluid refused (dev misses of round 59), a weekly drug taken daily said apart
    ("70F with known depression. Daughter says she has stopped eating, barely drinks anything and won't get out of bed.",
     ("depression_with_fluid_refusal",)),
    ("39岁男，抑郁症病史，自行停药。这3天几乎没喝水没吃饭，皮肤干，心率108", ("depression_with_fluid_refusal",)),
    ("甲氨蝶呤本来是一周吃一次，女儿发现她这一周天天都在吃，现在满嘴溃疡", ("methotrexate_daily_dosing_toxicity",)),
    ("On methotrexate for psoriasis, supposed to be once a week but she's been taking it every day since Friday. Now sore mouth and ulcers.",
     ("methotrexate_daily_dosing_toxicity",)),
    # a suicidal thought the patient says they told someone is theirs (a friend, a sister, a neighbour, "her")
    ("我跟老姐妹说我不想活了", ("suicide_imminent_risk",)),
    ("我跟她说我不想活了", ("suicide_imminent_risk",)),
    ("我跟我们楼下的说，我不想活了", ("suicide_imminent_risk",)),
    ("I told my sister I want to die", ("suicide_imminent_risk",)),
    ("I told her I don't want to be here anymore", ("suicide_imminent_risk",)),
    # a baby's green vomit; a child who drank a pesticide someone decanted (dev misses of rounds 59 and 61)
    ("男婴，6周，吃完奶吐了两次，吐的东西是深绿色的，现在看着还行", ("infant_bilious_vomiting",)),
    ("3岁，外公把乐果兑好装在饮料瓶里，孩子拿起来喝了一口，马上吐出来", ("child_toxic_ingestion",)),
    ("her 3-year-old drank from an old lemonade bottle granddad had filled with organophosphate fly spray", ("child_toxic_ingestion",
     "organophosphate_poisoning_suspected")),
    # the minor-illness clinic (round 75): an eye, an ear
    ("3yo, cold last week, R upper and lower eyelids red and swollen since yesterday, T 38.4", ("orbital_or_periorbital_cellulitis_suspected",)),
    ("6岁，眼皮红肿得睁不开，眼球往外鼓，转眼珠就痛，发烧38.9℃", ("orbital_or_periorbital_cellulitis_suspected",)),
    ("3岁，中耳炎吃了三天药还在烧，39.3℃，耳朵后面红肿，耳朵往前支棱起来", ("acute_mastoiditis_suspected",)),
    ("4-year-old with ear pain and fever 39, now a red swelling behind the ear and the ear is sticking out", ("acute_mastoiditis_suspected",)),
    # the pharmacy counter (round 77) and people who cannot tell you (round 78)
    ("Woman, 62, on lisinopril. Tongue and lower lip hugely swollen, struggling to swallow her spit, voice sounds thick",
     ("angioedema_with_airway_involvement",)),
    ("药房：60岁男，吃贝那普利。上嘴唇和舌头一侧肿起来，舌头在嘴里转不开，咽口水费劲。", ("angioedema_with_airway_involvement",)),
    ("80F, her son has been putting methotrexate 2.5 mg x4 in every day's slot, not just Mondays; mouth ulcers and bruises on her arms",
     ("methotrexate_daily_dosing_toxicity",)),
    ("4岁男孩，发烧两天，最高39.3℃，今早不肯走路，右腿一着地就哭", ("child_fever_with_limp_or_not_weight_bearing",)),
    # a score the doctor states
    ("72F, community-acquired pneumonia, CURB-65 3, on the ward round", ("curb65_3_or_more",)),
    ("社区获得性肺炎，CURB-65评分4分", ("curb65_3_or_more",)),
    ("68M, cough and fever for three days, NEWS2 of 8", ("news2_7_or_more",)),
    # severe croup, acute urinary retention and a staggered paracetamol overdose (dev rounds 59-62)
    ("2yo, barking cough, stridor even at rest, tugging at the bottom of the neck", ("child_stridor_at_rest",)),
    ("18-month-old, barking cough tonight; sitting quietly on mum's lap there is a harsh noise every time he breathes in and the skin between his ribs sucks in",
     ("child_stridor_at_rest",)),
    ("1岁半男孩，咳嗽像狗叫，安静时也有喉鸣，锁骨上窝一吸一凹", ("child_stridor_at_rest",)),
    ("78M with BPH, can't pass urine since last night, lower tummy painful and swollen", ("acute_urinary_retention",)),
    ("84岁男性，前列腺增生，从昨晚尿不出来，下腹正中膨隆，小肚子胀痛", ("acute_urinary_retention",)),
    ("Toothache all week, taking paracetamol regularly plus cold-and-flu sachets she didn't realise also contain paracetamol",
     ("staggered_paracetamol_overdose",)),
    ("牙疼一周，同时吃了好几种感冒药和止痛片，都含对乙酰氨基酚，已经三天", ("staggered_paracetamol_overdose",)),
    # round 45: fever after sub-Saharan Africa
    ("22-year-old back 12 days from volunteering in rural Malawi, two days of fever and headache.",
     ("fever_after_travel_to_high_malaria_risk_area",)),
    ("女，33岁，从尼日利亚回国第6天，昨天开始发冷发热，今天39.1℃。", ("fever_after_travel_to_high_malaria_risk_area",)),
    # round 40: medicines as the clue
    ("83岁，房颤吃地高辛，这几天恶心，说看东西都是黄的，脉搏46", ("digoxin_toxicity_suspected",)),
    ("On lithium for bipolar, now vomiting, coarse tremor and walking like she's drunk.", ("lithium_toxicity_suspected",)),
    ("On fluoxetine and started tramadol; agitated, sweating, clonus at both ankles.", ("serotonin_toxicity_suspected",)),
    ("81F started on oxybutynin last week on top of amitriptyline; picking at the air, pupils large, skin hot and dry, "
     "bladder palpable", ("anticholinergic_toxicity_suspected",)),
    ("80岁男性，近一周加了奥昔布宁，两天来胡言乱语，手在空中抓东西，皮肤又干又烫，瞳孔散大", ("anticholinergic_toxicity_suspected",)),
    ("吃甲巯咪唑一个月，今天发烧39度，嗓子疼", ("marrow_suppressing_drug_with_fever",)),
    # round 3: neutropenic sepsis, child sepsis 5-11, heat stroke, head injury, child poisoning, obstetric bleeding
    ("On chemo for breast ca, temp 38.6 tonight, shivery.", ("suspected_neutropenic_sepsis",)),
    ("肺癌在化疗，今天发烧38.9度", ("suspected_neutropenic_sepsis",)),
    ("7-year-old, fever 39.5, mottled and very sleepy.", ("sepsis_nice_high_risk_child_5_11",)),
    ("Farm worker, hot weather all week, found confused in the field.", ("heat_stroke_suspected",)),
    ("高温作业，突然晕倒，醒来后说胡话", ("heat_stroke_suspected",)),
    ("79M on apixaban, fell and hit his head last night.", ("head_injury_referral",)),
    ("老太太摔倒撞到头，之后吐了两次", ("head_injury_referral",)),
    ("Toddler 18 months, got into the bleach under the sink and drank some.", ("child_toxic_ingestion",)),
    ("孩子三岁，误服了爷爷的降压药", ("child_toxic_ingestion",)),
    ("Pregnant 7 weeks, bleeding heavily with clots.", ("early_pregnancy_heavy_bleeding_or_unstable",)),
    # session 27: a near-faint on standing in early pregnancy with pain (NG126 1.3.3: orthostatic hypotension)
    ("Home test positive, period 7 weeks late, strong pain low on the right, feels faint when she stands up.",
     ("ectopic_pregnancy_suspected",)),
    # weak legs after a gut infection, tingling feet (the antecedent said as food poisoning or diarrhoea)
    ("Bad food poisoning two weeks ago, now legs weak and feet tingly.", ("suspected_guillain_barre",)),
    ("Had diarrhoea two weeks ago; since Tuesday legs weak and pins and needles in his feet.", ("suspected_guillain_barre",)),
    ("孕28周，阴道流血，肚子发紧", ("antepartum_haemorrhage",)),
    # round 4: jaw/arm angina, severe hyperkalaemia, organophosphates, VHF/severe dengue, myasthenic
    # crisis, alcohol withdrawal delirium, child hypoxaemia, severe HFMD, reduced fetal movements
    ("Aching jaw and clammy for half an hour, no chest pain.", ("acs_arm_or_jaw_pain_with_autonomic_features",)),
    ("下巴发紧，一身冷汗，恶心", ("acs_arm_or_jaw_pain_with_autonomic_features",)),
    ("K+ 6.8 on this morning's U&E, feels weak.", ("severe_hyperkalaemia",)),
    ("透析病人，血钾7.0", ("severe_hyperkalaemia",)),
    ("Sheep farmer, crop spraying today, now sweating, pinpoint pupils, twitching muscles.", ("organophosphate_poisoning_suspected",)),
    ("打农药回来，流口水，瞳孔缩小", ("organophosphate_poisoning_suspected",)),
    ("Back from Sierra Leone 10 days, fever 39, gums bleed.", ("fever_after_tropical_travel_with_bleeding",)),
    ("从东南亚回来一周，发烧，牙龈出血", ("fever_after_tropical_travel_with_bleeding",)),
    ("Drooping eyelids by evening, now choking on food and short of breath.", ("myasthenic_crisis_suspected",)),
    ("眼皮下垂，看东西重影，这两天喝水呛咳", ("myasthenic_crisis_suspected",)),
    ("Heavy drinker, stopped drinking suddenly 2 days ago, now confused and seeing things.", ("alcohol_withdrawal_delirium_or_wernicke",)),
    ("长期大量饮酒，今天说胡话，走路不稳", ("alcohol_withdrawal_delirium_or_wernicke",)),
    ("4 year old with a cough, sats 90% in air.", ("child_oxygen_saturation_below_92", "infant_severe_respiratory_distress")),
    ("孩子6岁，肺炎，血氧89%", ("child_oxygen_saturation_below_92",)),
    ("3岁，手足口病，发烧两天，今天精神差，吐了两次", ("hand_foot_mouth_severe_early_signs",)),
    ("2 year old with mouth ulcers and fever, now jittery and wobbly on her feet", ("hand_foot_mouth_severe_early_signs",)),
    ("3岁，手上脚上都是小水泡，今天精神差，一直吐", ("hand_foot_mouth_severe_early_signs",)),
    ("the 2 year old has blisters on her hands and feet and is very sleepy, keeps vomiting", ("hand_foot_mouth_severe_early_signs",)),
    ("9-year-old had a tummy bug two weeks ago, now legs weak and wobbly, today his hands tingle", ("suspected_guillain_barre",)),
    ("7岁男孩，两周前拉过肚子，这两天两条腿没劲，今天手也发麻", ("suspected_guillain_barre",)),
    # round 20: dictated, as a speech recogniser writes it
    ("fourteen year old severe pain in the left testicle sorry the right one uh vomited twice no injury the testis is sitting high",
     ("testicular_torsion_suspected",)),
    ("left leg went suddenly cold and numb seventy year old with A F not on any blood thinners um the foot is white and cold no pulses below the groin",
     ("acute_limb_ischaemia_suspected",)),
    ("scratched his shin two days ago um now the pain is way out of proportion to what I can see skin going dusty purple with a blood blister",
     ("necrotising_fasciitis_suspected",)),
    ("thirty one year old delivered nine days ago uh today suddenly soaking a pad every half hour bright red with clots",
     ("postpartum_haemorrhage_suspected",)),
    ("sixty six year old suddenly unsteady uh veering to the right can't walk heel to toe seeing double now",
     ("stroke_sudden_balance_or_vision",)),
    ("六十四岁男，原来爬三楼才胸闷，这周走几步就闷，昨天晚上躺着看电视也闷了十几分钟", ("acs_unstable_angina_pattern",)),
    # round 21: the very old, and pregnancy or after birth
    ("Care home: Mr D, 79, found sitting on the floor by his bed, yelps and grabs his left groin when staff try to stand him; won't put any weight through that leg.",
     ("hip_fracture_suspected",)),
    ("Dad (91, long-term catheter) has gone off, urine in the tubing thick and cloudy, knees blotchy and mottled, pulse 122.",
     ("sepsis_nice_high_risk",)),
    ("81, sudden left loin pain, nearly passed out on the toilet; a mass above the belly button that pulses and expands under my hands.",
     ("suspected_ruptured_aaa",)),
    ("29 weeks, woke up lying in bright red blood, no pain whatsoever.", ("antepartum_haemorrhage",)),
    ("Three weeks after a vaginal birth, bleeding heavy again with clots the size of a fist.", ("postpartum_haemorrhage_suspected",)),
    ("Six weeks pregnant, brown spotting and a one-sided ache low on the left for two days, now sore when pressed there.",
     ("ectopic_pregnancy_suspected",)),
    # round 22: the plain vignette, in other words
    ("Son found his 82-year-old mother on the kitchen floor, heating off overnight; low-reading thermometer gives thirty-three point one.",
     ("accidental_hypothermia",)),
    ("Midwife phoning about a 32-year-old who had a home water birth two hours ago: soaking a pad every few minutes, fist-sized clots.",
     ("postpartum_haemorrhage_suspected",)),
    ("45岁男，昨晚喝了半斤白酒后中上腹持续性剧痛，向腰背部呈束带样穿透，吐了四次。", ("acute_pancreatitis_suspected",)),
    ("36岁男，两周前拉肚子。4天来双足麻木无力，逐渐向上累及大腿，膝反射、跟腱反射均未引出。", ("suspected_guillain_barre",)),
    ("71岁男，房颤，2小时前右小腿骤然剧痛，右足苍白发凉，足背、胫后动脉均未扪及。", ("acute_limb_ischaemia_suspected",)),
    # round 30: atypical presentations
    ("患者，男，23岁。2周前感冒发热，近4天乏力、心慌，上两层楼就喘，无胸痛。P 124次/分，肌钙蛋白I明显升高。",
     ("raised_troponin_with_cardiac_symptoms",)),
    ("19M, flu two weeks ago, now breathless on the stairs and palpitations, no chest pain, troponin came back raised",
     ("raised_troponin_with_cardiac_symptoms",)),
    ("A 72-year-old man with COPD is suddenly much more breathless; SpO2 85%, breath sounds are quiet on the right, "
     "hyper-resonant there", ("spo2_below_92",)),
    ("患者，男，72岁，类风湿关节炎，口服泼尼松。右膝肿痛3天，不能下地走路，无发热。右膝肿胀、皮温高，屈伸受限。",
     ("septic_arthritis_suspected",)),
    ("38M, tingling feet for 5 days, weakness that has climbed from his legs into his hands, absent knee and ankle reflexes",
     ("suspected_guillain_barre",)),
    ("患者，女，19岁。约6小时前一次吞服对乙酰氨基酚30片，现仅有轻微恶心。", ("self_harm_medically_serious",)),
    ("30F at 31 weeks, constant low back pain, the baby has moved much less since this morning, uterus is firm, tender",
     ("antepartum_haemorrhage",)),
    # round 24: the key fact in the numbers or the examination
    ("5 year old, fever 39.2 and a painful right hip, won't put any weight on the leg", ("septic_arthritis_child_limp_fever",)),
    ("4岁男孩，右髋痛、跛行两天，今天完全不肯用右腿站。T 39.1。", ("septic_arthritis_child_limp_fever",)),
    ("2-year-old found by her grandmother holding a blister strip of amlodipine 10 mg, three tablets unaccounted for",
     ("child_toxic_ingestion",)),
    ("2岁男孩拿着爷爷的降压药药板，少了3片，不确定吃下去多少", ("child_toxic_ingestion",)),
    # round 25: handovers and telephone triage
    ("SBAR from district nurse. S: 56M, legs got weaker over 4 days, fingers tingling. B: bad D&V two weeks ago. A: no knee or ankle jerks.",
     ("suspected_guillain_barre",)),
    ("女，26岁，有癫痫，从5点10分开始抽，到现在快10分钟还没停", ("prolonged_or_repeated_seizure",)),
    ("Pharmacist: 45M asking for four packs of paracetamol, tearful, says he won't need anything after this weekend, tells me he's planned it.",
     ("suicide_imminent_risk",)),
    # round 26: adolescents and young adults
    ("19岁大二女生，昨晚分手后把一整板扑热息痛都吞了，二十片，距今大约十个小时", ("self_harm_medically_serious",)),
    ("22岁研究生，这几天一直在想怎么死，网上已经买好了炭", ("suicide_imminent_risk",)),
    ("Fresher, 18F, downed most of a bottle of vodka. Only groans to pain, breathing eight a minute, sats 90%.",
     ("news2_7_or_more", "spo2_below_92")),
    ("17M woke in a tent at a festival with a pounding headache and vomiting; they'd brought a disposable barbecue inside.",
     ("carbon_monoxide_poisoning_suspected",)),
    ("20F, three days of fevers and now a hot, swollen right knee she can barely bend.", ("septic_arthritis_suspected",)),
    ("18F, baby nine days old, bleeding had almost stopped but today it's bright red again and heavy with clots bigger than a fist.",
     ("postpartum_haemorrhage_suspected",)),
    # round 27: emergencies that look like a common complaint
    ("52 yo man, sudden pain at the back of his head during sex last night, maxed out in under a minute.", ("thunderclap_headache_sah",)),
    ("79F 'just constipated': nothing out for four days, not even wind, belly swollen and tight as a drum, bringing up greenish fluid.",
     ("bowel_obstruction_suspected",)),
    ("2-year-old vomiting; grandma thought it was a tummy bug until she found her iron tablet pot open on the floor.",
     ("child_toxic_ingestion",)),
    ("82岁女，在卫生间滑了一下，之后就站不起来了；右腿比左腿短一截，脚尖往外撇。", ("hip_fracture_suspected",)),
    # round 28: referral letters and clinic summaries
    ("Dear Paediatric Registrar, please see baby Noah, aged seven weeks, whose mother noticed he felt hot. Axillary temperature 38.4 °C.",
     ("febrile_infant_under_3_months",)),
    ("患儿男，4岁，发热2天，最高39.5℃，昨日起右腿痛，拒绝站立行走。查体：腹股沟区压痛。", ("septic_arthritis_child_limp_fever",)),
    ("Dear Cardiology, Mr Thompson, 66, stable angina for two years; over the past week he has needed his GTN just walking to the postbox, "
     "and last night he woke with the same central tightness lasting fifteen minutes.", ("acs_unstable_angina_pattern",)),
    # round 29: long lists of negatives with one fact that decides
    ("66-year-old man, sudden dizziness at 9am. Not positional, no tinnitus, face and arms NAD. Can't stand or walk without toppling to the left.",
     ("stroke_sudden_balance_or_vision",)),
    ("71-year-old with a known 5.8 cm aortic aneurysm under surveillance. Sudden left loin and back pain an hour ago. Dip -ve, afebrile.",
     ("suspected_ruptured_aaa",)),
    ("71-year-old with a known right groin hernia. No fever, bowels opened yesterday. Lump hasn't gone back since this morning, tense and tender, vomited twice.",
     ("strangulated_hernia_suspected",)),
    ("76-year-old man caught his head on a cupboard door yesterday. No loss of consciousness, no vomiting, GCS 15. Takes apixaban for AF.",
     ("head_injury_referral",)),
    ("女，23岁，哮喘，沙丁胺醇喷了十几下都不管用。无发热，无胸痛。现在说话一次只能蹦一两个字，血氧91%。", ("asthma_severe_exacerbation",)),
    ("男，45岁，胃溃疡病史。无呕血，无黑便，无发热。一小时前上腹突然像刀割一样剧痛，现在全腹硬得像木板。", ("acute_abdomen_peritonism_or_shock",)),
    # round 23: English as a Chinese-speaking doctor writes it
    ("Male 33y, 2 weeks ago have diarrhoea. Since 3 days both feet numb and weak, now go up to thigh, both knee and ankle reflex disappear.",
     ("suspected_guillain_barre",)),
    ("Grandma 84y slip in bathroom, fall on right side. Right hip and groin pain, can not stand up or walk, right leg look shorter.",
     ("hip_fracture_suspected",)),
    ("Baby boy 9 months, grandma say suddenly cry very hard every 15-20 minutes and pull legs up, last stool like strawberry jam.",
     ("intussusception_suspected",)),
    ("Female 63y, 40 minutes ago suddenly dizzy head, walk unsteady like drunk.", ("stroke_sudden_balance_or_vision",)),
    ("Male 71y, right groin lump many years, usually can push back. Since 6 hours lump can not go back, hard and very tender, vomiting 3 times.",
     ("strangulated_hernia_suspected",)),
    ("32 weeks pregnant, baby moving less since yesterday.", ("reduced_fetal_movements_from_28_weeks",)),
    ("孕36周，今天胎动减少", ("reduced_fetal_movements_from_28_weeks",)),
    ("Wife says he's been fitting for 7 minutes.", ("prolonged_or_repeated_seizure",)),
    ("4yo, stridor, drooling, won't swallow, sitting forward.", ("epiglottitis_suspected",)),
    ("36 weeks pregnant, BP 152/104, plt 90, ALT 180, RUQ pain.", ("pre_eclampsia_severe_features", "suspected_pre_eclampsia")),
    ("孕35周，血压150/100，血小板80，转氨酶ALT 150", ("pre_eclampsia_severe_features",)),
    ("孩子发高烧，吸气时喉咙有响声，口水往下流", ("epiglottitis_suspected",)),
    ("Back from Nigeria 2 weeks, fever 39, too weak to sit up.", ("severe_malaria_features",)),
    ("从安哥拉回来一周，发冷发热，今天人迷迷糊糊", ("severe_malaria_features", "sepsis_nice_high_risk")),
    ("Groin hernia stuck out since this morning, won't go back in, tender, vomiting.", ("strangulated_hernia_suspected",)),
    ("腹股沟的包掉出来推不回去，又硬又疼", ("strangulated_hernia_suspected",)),
    ("癫痫病人，今天抽完没醒又抽了一次", ("prolonged_or_repeated_seizure",)),
    ("Known angina, now chest pain at rest twice today, GTN helping less.", ("acs_unstable_angina_pattern",)),
    ("冠心病，这几天胸痛发作越来越频繁，坐着也疼", ("acs_unstable_angina_pattern",)),
    # Guillain-Barré: ascending weakness, areflexia
    ("Ascending weakness legs to arms over 3 days, after D&V, reflexes absent.", ("suspected_guillain_barre",)),
    # medically serious self-harm: overdose or poison
    ("his mum found him after he took a bottle of pills", ("self_harm_medically_serious",)),
    ("吵架后喝了农药，现在呕吐", ("self_harm_medically_serious",)),
    # silent STEMI: ST elevation with atypical symptoms and no chest pain
    ("84F T2DM, 2/7 SOB and tired, no chest pain. ECG: ST elevation II, III, aVF.", ("st_elevation_with_atypical_acs_symptoms",)),
    ("女71 DM20年 乏力气短两天 无胸痛 ECG V1-V4 ST抬高。", ("st_elevation_with_atypical_acs_symptoms",)),
    # bronchiolitis emergency features in a child under 2
    ("8 month old, runny nose 3 days, now grunting, not feeding", ("infant_severe_respiratory_distress",)),
    ("宝宝6个月，咳嗽两天，呼吸时有呻吟，SpO2 90%", ("infant_severe_respiratory_distress",)),
    # sepsis, qSOFA >= 2
    ("70yo man, fever 39.2, confused, RR 26, BP 95/60", ("sepsis_qsofa_2_or_more",)),
    ("72岁女性，发热3天，今天意识模糊，呼吸28次/分，血压90/55", ("sepsis_qsofa_2_or_more",)),
    ("BIBA, 80M, rigors, GCS 13, resp rate 24, BP 98/60", ("sepsis_qsofa_2_or_more",)),
    ("老人发烧寒战，神志不清，呼吸急促24次，血压85/50", ("sepsis_qsofa_2_or_more",)),
    # sepsis, NICE high-risk criterion
    ("45F, temp 39.5, HR 135, looks unwell", ("sepsis_nice_high_risk",)),
    ("患者高热39度，心率140次/分", ("sepsis_nice_high_risk",)),
    ("febrile, skin mottled, not passed urine for 24 hours", ("sepsis_nice_high_risk",)),
    ("发烧两天，今天人迷迷糊糊的，叫了半天才答应", ("sepsis_nice_high_risk",)),
    # NEWS2 >= 7
    ("RR 28, sats 88% RA, HR 125, BP 95/60, temp 38.5", ("news2_7_or_more",)),
    ("呼吸30次，血氧89%，心率130，血压88/50", ("news2_7_or_more",)),
    ("65M, SpO2 90% on air, resp rate 26, pulse 118, new confusion", ("news2_7_or_more",)),
    ("sats 85% RA, RR 32, HR 135, drowsy", ("news2_7_or_more",)),
    # CRB-65 >= 3
    ("78yo, productive cough and fever, confused, RR 32", ("crb65_3_or_more",)),
    ("80岁男性，咳嗽咳痰发热，呼吸32次/分，血压85/50", ("crb65_3_or_more",)),
    ("75F, cough, SOB, new confusion, BP 88/50", ("crb65_3_or_more",)),
    # anaphylaxis
    ("after eating peanuts, lips swelling, wheezy, BP 80/50", ("anaphylaxis",)),
    ("吃了海鲜后全身风团，嘴唇肿，喉咙发紧", ("anaphylaxis",)),
    ("stung by a bee, hives all over, throat feels tight", ("anaphylaxis",)),
    ("打了青霉素后出现喘憋，血压测不到", ("anaphylaxis",)),
    ("urticarial rash and tongue swelling, stridor", ("anaphylaxis",)),
    # ACS, chest pain with autonomic features
    ("58M c/o central chest pain, sweaty, nauseated", ("acs_chest_pain_with_autonomic_features",)),
    ("胸口压榨样疼痛半小时，出冷汗", ("acs_chest_pain_with_autonomic_features",)),
    ("crushing chest pain with SOB", ("acs_chest_pain_with_autonomic_features",)),
    ("胸闷胸痛，大汗淋漓，恶心", ("acs_chest_pain_with_autonomic_features",)),
    ("chest tightness, clammy and grey", ("acs_chest_pain_with_autonomic_features",)),
    # ACS, radiation or instability
    ("chest pain radiating down the left arm", ("acs_chest_pain_radiation_or_instability",)),
    ("胸痛放射到左肩和左臂", ("acs_chest_pain_radiation_or_instability",)),
    ("central chest pain going into the jaw", ("acs_chest_pain_radiation_or_instability",)),
    ("心前区痛，血压80/50", ("acs_chest_pain_radiation_or_instability",)),
    # STEMI
    ("chest pain, ECG shows ST elevation in V1-V4", ("stemi_chest_pain_st_elevation",)),
    ("胸痛，心电图ST段抬高", ("stemi_chest_pain_st_elevation",)),
    ("chest pain, STE in the inferior leads", ("stemi_chest_pain_st_elevation",)),
    ("胸痛，心电图提示下壁ST抬高", ("stemi_chest_pain_st_elevation",)),
    # hypertensive emergency
    ("BP 220/130, crushing chest pain", ("hypertensive_emergency_target_organ",)),
    ("血压230/140，胸闷气短", ("hypertensive_emergency_target_organ",)),
    ("BP 210/125, confused", ("hypertensive_emergency_target_organ",)),
    ("血压200/120，意识不清", ("hypertensive_emergency_target_organ",)),
    # BP >= 180/110 with severe headache, vomiting or a deficit
    ("BP 185/112, severe headache and vomiting", ("bp_180_110_with_neuro_or_headache",)),
    ("血压190/115，头痛得厉害，吐了两次", ("bp_180_110_with_neuro_or_headache",)),
    ("BP 180/110, slurred speech", ("bp_180_110_with_neuro_or_headache",)),
    ("血压180/110，说话不清楚", ("bp_180_110_with_neuro_or_headache",)),
    # raised BP with heart-failure features
    ("BP 170/100, can't lie flat, needs 3 pillows", ("raised_bp_with_heart_failure_features",)),
    ("血压160/100，夜里不能平卧", ("raised_bp_with_heart_failure_features",)),
    ("BP 160/95, ankle swelling and SOB", ("raised_bp_with_heart_failure_features",)),
    ("血压170/100，双下肢水肿，喘得厉害", ("raised_bp_with_heart_failure_features",)),
    ("BP 175/100, sleeps sitting up, both legs swollen, SOB", ("raised_bp_with_heart_failure_features",)),
    # raised BP with severe chest/back pain (dissection)
    ("BP 190/100, tearing chest pain going through to the back", ("raised_bp_with_severe_chest_back_pain",)),
    ("血压180/100，突发撕裂样胸背痛", ("raised_bp_with_severe_chest_back_pain",)),
    ("BP 165/95, severe back pain", ("raised_bp_with_severe_chest_back_pain",)),
    # PE, Wells likely
    ("SOB, swollen left calf, calf tenderness, HR 110", ("pe_wells_likely",)),
    ("pleuritic chest pain, one leg swollen, tender calf, HR 105", ("pe_wells_likely",)),
    ("胸痛气短，左小腿肿，腓肠肌压痛，心率110", ("pe_wells_likely",)),
    ("术后卧床一周，突发气促，咯血，心率115，既往有深静脉血栓", ("pe_wells_likely",)),
    # severe hypoglycaemia
    ("diabetic on insulin, BM 2.1, drowsy", ("severe_hypoglycaemia",)),
    ("糖尿病患者血糖2.5，叫不醒", ("severe_hypoglycaemia",)),
    ("glucose 2.8 mmol/L, confused and sweaty", ("severe_hypoglycaemia",)),
    ("血糖测了3.0，抽了一次", ("severe_hypoglycaemia",)),
    # hyperglycaemia with crisis features
    ("BM 22, vomiting and abdominal pain", ("hyperglycaemia_with_crisis_features",)),
    ("血糖25，呕吐，肚子痛", ("hyperglycaemia_with_crisis_features",)),
    ("CBG 28, drowsy, breath smells of pear drops", ("hyperglycaemia_with_crisis_features",)),
    # DKA
    ("glucose 18, blood ketones 4.2", ("suspected_dka",)),
    ("血糖20，尿酮体+++", ("suspected_dka",)),
    ("CBG 15.2, ketones 3.5", ("suspected_dka",)),
    ("随机血糖19.8mmol/L，尿酮++", ("suspected_dka",)),
    # euglycaemic DKA: known diabetes or an SGLT2 inhibitor, ketones high, glucose not
    ("type 1 diabetic, vomiting since last night, glucose 10.2, blood ketones 4.1", ("dka_known_diabetes_ketones",)),
    ("2型糖尿病，吃达格列净，血糖8.6，血酮4.8", ("dka_known_diabetes_ketones",)),
    ("on dapagliflozin for heart failure, blood ketones 3.4", ("dka_known_diabetes_ketones",)),
    # the sympathomimetic toxidrome
    ("30岁男性，连着两天吸冰毒没睡觉，极度兴奋，说有人在跟踪要杀他，满头大汗，体温38.9℃", ("sympathomimetic_toxicity_suspected",)),
    ("took cocaine at a party, agitated, sweating, HR 130", ("sympathomimetic_toxicity_suspected",)),
    ("took ecstasy at a club, agitated, sweating, pupils huge", ("sympathomimetic_toxicity_suspected",)),
    ("17岁，吃了摇头丸，说有人要抓他，全身大汗，瞳孔散大", ("sympathomimetic_toxicity_suspected",)),
    # a baby's tense fontanelle without fever; stridor at rest said plainly; a fast-spreading infection with blisters
    ("4个月男婴，今天一直烦躁，吃奶少一半，吐了一次，体温37.3℃。查体：精神差，前囟饱满、张力高。", ("infant_bulging_fontanelle_unwell",)),
    ("孩子2岁，半夜咳得跟狗叫一样，现在安安静静坐着都呼哧呼哧带哨音。", ("child_stridor_at_rest",)),
    ("男 58 糖尿病 左小腿红肿 一天蔓延一大片 起水疱 发烧", ("necrotising_fasciitis_suspected",)),
    ("男，58岁，肺结核病史，刚才一口气咳了大半杯血。", ("massive_haemoptysis",)),
    # autonomic dysreflexia after a spinal cord injury: a blocked catheter or a full bowel
    ("T4完全性脊髓损伤8年，长期留置尿管。今天突然头像要炸开一样痛，脸和脖子通红，上半身出汗，鼻子堵。", ("autonomic_dysreflexia_suspected",)),
    ("27F with C6 tetraplegia. Pounding headache over the last 20 minutes, face flushed and sweaty above the shoulders.",
     ("autonomic_dysreflexia_suspected",)),
    # massive haemoptysis by volume: one bleed of 100 ml or more, or 500 ml or more in a day
    ("支扩10年。今天咯血？是，鲜红色，从早上到现在累计约 400 ml，单次最多约 150 ml", ("massive_haemoptysis",)),
    ("Bronchiectasis, a single bleed of about 150 ml of bright red blood this morning.", ("massive_haemoptysis",)),
    ("肺结核病史，一天咯了600毫升血。", ("massive_haemoptysis",)),
    # stage 3 acute kidney injury against the person's own baseline; a swarm's stings, then dark or little urine
    ("77岁女，摔倒后在地上躺了两天。尿很少，颜色像浓茶。肌酐260 μmol/L（三个月前体检是70 μmol/L）。", ("aki_stage_3",)),
    ("Lab phoned: creatinine 412 (baseline 98), potassium 5.1. 80F, off her food with diarrhoea.", ("aki_stage_3",)),
    ("Bloods back: creat 98→310 in a fortnight, on ramipril and naproxen.", ("aki_stage_3",)),
    ("肌酐从平时80升到了260，这两天尿少。", ("aki_stage_3",)),
    ("52岁女，采茶时被一群马蜂蛰了，8个小时后尿变成酱油色，尿量少了。", ("mass_stings_toxicity",)),
    ("Disturbed a wasps' nest, stung dozens of times; this morning his urine looks like cola.", ("mass_stings_toxicity",)),
    # WHO IMCI 2014: a young infant under 2 months not feeding well, fitting, cold or moving only when stimulated
    ("出生第11天，这两天越来越没精神，总在睡，喂奶不肯吸，一次只吃几口。腋温35.9℃。", ("young_infant_very_severe_disease",)),
    ("Baby 3 weeks old, not feeding well since this morning, axillary temperature 35.2.", ("young_infant_very_severe_disease",)),
    # a dental infection spreading to the floor of the mouth (Ludwig's angina)
    ("44M, abscess on a lower left molar for a week. Now hard board-like swelling under the chin on both sides, "
     "drooling, can barely open his jaw. Temp 38.8.", ("spreading_dental_infection_airway",)),
    ("女，50岁，智齿冠周炎一周，今天口底肿胀、舌头被顶起来，吞咽困难，体温38.9℃。", ("spreading_dental_infection_airway",)),
    # a tachyarrhythmia over 150 with an adverse feature (RCUK 2021)
    ("38F, palpitations for an hour. Her watch says 212 and so does our monitor. BP 82/50, feels like she'll pass out.",
     ("tachycardia_with_adverse_features",)),
    ("男，58岁，突发心慌2小时，心率180次/分，胸口闷痛，血压86/54。", ("tachycardia_with_adverse_features",)),
    # a nosebleed first aid has not stopped; a child's unexplained petechiae or enlarged liver and spleen (NICE NG12)
    ("男，77岁，房颤吃华法林。右边鼻子出血，捏着鼻子压了一个多小时还是没止住。", ("nosebleed_not_controlled",)),
    ("82F on apixaban, nosebleed for over an hour, pinched it for 20 minutes and it's still bleeding.", ("nosebleed_not_controlled",)),
    ("5岁男孩，这一个月脸色越来越白，身上很多青紫，小腿上有针尖样的出血点。不发烧。肝脾肋下都能摸到。",
     ("young_person_unexplained_petechiae_or_hepatosplenomegaly",)),
    ("4-year-old, pale and tired for three weeks, bruises on his shins, tiny pinpoint spots on his chest that don't fade. No fever.",
     ("young_person_unexplained_petechiae_or_hepatosplenomegaly",)),
    # an obstructed kidney: infected, anuric, or the only one
    ("41岁男，上周B超发现左输尿管上段结石8mm、左肾积水。今天左腰绞痛加重，寒战、发烧38.9℃。", ("renal_colic_infected_or_single_kidney",)),
    ("42M, right loin pain going round to the groin since yesterday, pacing about. Now shaking with rigors. Temp 38.7.",
     ("renal_colic_infected_or_single_kidney",)),
    # severe hypokalaemia; an ear infection reaching the facial nerve; vertigo with a central sign
    ("24岁男，半夜醒来两条腿动不了。最近半年瘦了十来斤，怕热、心慌。查血钾1.9。", ("severe_hypokalaemia",)),
    ("5 year old, ear infection since Saturday, temp 38.6, left drum red and bulging. Today he can't close his left eye "
     "or wrinkle his forehead on that side.", ("ear_infection_with_facial_palsy",)),
    ("58M, the room is spinning, vomiting, can't stand without falling to the left. Nystagmus changes direction on "
     "looking left and right.", ("acute_vertigo_with_central_signs",)),
    # chickenpox or spreading shingles in the immunocompromised (NICE CKS Chickenpox 2023)
    ("6岁女孩，肾病综合征正在吃泼尼松，每天30mg左右。昨天开始头面部和躯干出了很多红丘疹和小水疱，发烧38.5℃。",
     ("chickenpox_immunocompromised_or_newborn",)),
    ("Chickenpox in a 7-year-old having chemotherapy for leukaemia, spots appeared this morning.",
     ("chickenpox_immunocompromised_or_newborn",)),
    # sepsis in pregnancy or after a birth, miscarriage or termination (RCOG GTG 64a/64b, NICE NG51)
    ("22岁，5天前在诊所做了人流。前天开始发热，下腹痛，阴道流脓性分泌物。T 38.6℃，P 118次/分，R 22次/分，BP 104/66 mmHg。",
     ("sepsis_in_or_after_pregnancy",)),
    ("3 days after surgical management of a miscarriage. Fever and rigors since last night, offensive discharge. "
     "Temp 38.9, pulse 118, BP 102/64, RR 23, alert.", ("sepsis_in_or_after_pregnancy",)),
    # metastatic spinal cord compression (NICE NG234)
    ("71岁男，前列腺癌骨转移，腰背痛一个多月。这两天痛得更厉害，两条腿发沉、走路打软。", ("metastatic_spinal_cord_compression_suspected",)),
    ("Breast cancer with bone secondaries, worsening mid-back pain, and since yesterday her legs are weak and she "
     "can't walk to the toilet.", ("metastatic_spinal_cord_compression_suspected",)),
    # acute pulmonary oedema (ESC 2021)
    ("56岁女，今晚躺不下，必须坐起来才能喘气，咳粉红色泡沫痰，SpO2 86%，两肺满布湿啰音。", ("acute_pulmonary_oedema_suspected",)),
    ("Woke at 2 am fighting for breath, coughing up pink frothy spit, sitting on the edge of the bed.",
     ("acute_pulmonary_oedema_suspected",)),
    # pelvic inflammatory disease that needs admission (BASHH 2019)
    ("23岁，两侧小肚子痛三天，今天发烧38.9℃，吐得厉害，昨天开的口服抗生素也吐出来了。妇检宫颈举痛，双附件区压痛明显。",
     ("pelvic_infection_needing_admission",)),
    ("28F, PID on doxycycline and metronidazole for 3 days, no better. Scan: left tubo-ovarian abscess.",
     ("pelvic_infection_needing_admission",)),
    # a loss of sight or balance found on waking: the onset is when last seen well (NICE NG128)
    ("72-year-old woke up this morning unable to see out of her left eye, painless.", ("stroke_sudden_balance_or_vision",)),
    ("78岁，早上醒来发现右眼看不见了，不疼。", ("stroke_sudden_balance_or_vision",)),
    # a slow pulse with shock (RCUK 2021 bradycardia algorithm), as after a beta-blocker overdose
    ("Housemate: 23-year-old on propranolol, the box of 56 is empty. Dizzy and grey, pulse 44, BP 82/48.",
     ("bradycardia_with_adverse_features",)),
    ("78岁，吃美托洛尔和地高辛，今天头晕乏力，心率42次/分，血压80/50 mmHg。", ("bradycardia_with_adverse_features",)),
    # hepatic encephalopathy in known cirrhosis (AASLD/EASL 2014)
    ("58-year-old man with alcohol-related liver cirrhosis, confused about where he is, and his hands flap when he holds them out.",
     ("hepatic_encephalopathy_suspected",)),
    ("男，60岁，乙肝肝硬化多年，这两天糊里糊涂，白天睡晚上闹，手伸出来有扑翼样震颤。", ("hepatic_encephalopathy_suspected",)),
    # refusing food and fluids with low mood and signs of dehydration (NICE NG222 1.2.9)
    ("Community nurse: 81-year-old widow with recurrent depression has stopped eating and now won't even drink; her mouth is dry.",
     ("depression_with_fluid_refusal",)),
    ("79岁男性，老伴去世后越来越不爱说话，最近三天连水都不肯喝，尿很少。", ("depression_with_fluid_refusal",)),
    # a sore throat's suppurative complication: quinsy (NICE NG84 2018)
    ("22岁男，扁桃体发炎4天，今天右边嗓子疼得厉害，嘴张不开，只能张一指宽，口水咽不下去往外流。悬雍垂被推向左边。",
     ("sore_throat_suppurative_complication",)),
    ("Sore throat for 5 days, 30-year-old, now can barely open her mouth and the uvula is pushed to the left.",
     ("sore_throat_suppurative_complication",)),
    # a snake bite, a swarm's stings with dark urine, symptoms after a submersion
    ("48-year-old man bitten on the ankle by a snake while cutting grass 2 hours ago. The leg is swollen to the knee.",
     ("snake_bite_envenomation",)),
    ("男，55岁，上山砍柴被竹叶青咬了右手，手背肿起来了。", ("snake_bite_envenomation",)),
    ("62-year-old farmer attacked by hornets yesterday; his wife counted more than 30 stings. This morning his urine looks like cola.",
     ("mass_stings_toxicity",)),
    ("男，60岁，昨天被马蜂蜇了三十多处，今天尿是酱油色的，尿很少。", ("mass_stings_toxicity",)),
    ("6-year-old pulled out of the pool after being under the water for about a minute; now coughing and breathing fast.",
     ("submersion_with_symptoms",)),
    ("5岁男孩掉进池塘，捞上来后一直咳嗽，嘴唇发紫。", ("submersion_with_symptoms",)),
    # the ADD risk score's two groups: a tearing pain and a pulse deficit (ESC 2014)
    ("我老公49岁，刚才举重时突然说胸口里面“嘣”了一下，后背像被撕开一样疼，一直往下走到肚子。右手腕摸不到脉。",
     ("aortic_dissection_high_risk_features",)),
    ("Sudden ripping pain through to his back, BP 84/50, can't feel the pulse in his left wrist.",
     ("aortic_dissection_high_risk_features",)),
    # clinical shock in a child with gastroenteritis (NICE CG84)
    ("He's 4 and he's had diarrhoea and vomiting for two days. His hands and feet are ice cold and when I press his fingernail it stays white for ages.",
     ("child_gastroenteritis_clinical_shock",)),
    ("两岁男孩，上吐下泻两天，手脚冰凉，身上发花，按指甲好久才回红。", ("child_gastroenteritis_clinical_shock",)),
    # burns that need a burns service now (NNBC 2012), and inhalation injury
    ("Toddler, 2, pulled a cup of tea over, scald to chest and arm, about 6% TBSA.", ("serious_burn",)),
    ("男，40岁，工地上被生石灰烧伤小腿，皮肤发白发硬，不觉得痛。", ("serious_burn",)),
    ("Electrician, got a shock off a live wire, small burn on his palm.", ("serious_burn",)),
    ("女，3岁，被开水烫伤胸口，烫伤面积约5%。", ("serious_burn",)),
    ("男，45岁，家里着火，吸了很多浓烟，鼻毛烧焦了，声音嘶哑。", ("inhalation_injury_suspected",)),
    ("Pulled out of a house fire, soot around the nose and mouth, coughing up black phlegm.", ("inhalation_injury_suspected",)),
    # haemolytic uraemic syndrome after bloody diarrhoea (NHS GGC, after Health Protection Scotland)
    ("4-year-old boy, bloody diarrhoea last week after a petting farm. Now pale, puffy around the eyes, no wee since yesterday morning.",
     ("haemolytic_uraemic_syndrome_suspected",)),
    ("3岁女孩，上周拉肚子带血，这两天脸色苍白、眼皮肿，今天一天都没尿。", ("haemolytic_uraemic_syndrome_suspected",)),
    # necrotising otitis externa in diabetes
    ("78M, type 2 diabetes, 5 weeks of right ear pain worse at night. Granulation tissue on the floor of the canal.",
     ("necrotising_otitis_externa_suspected",)),
    ("72岁，糖尿病，右耳痛流脓一个多月，外耳道见肉芽，右侧额纹消失、闭眼不全。", ("necrotising_otitis_externa_suspected",)),
    # a newborn's swollen, discoloured scrotum (perinatal torsion)
    ("出生5天的男宝宝，左边阴囊肿起来，颜色发青发紫，摸着硬硬的。", ("testicular_torsion_suspected",)),
    # epigastric discomfort on exertion, eased by rest, now at rest (an anginal equivalent)
    ("男，63岁，爬楼梯时心窝那里闷胀，歇几分钟就好。这周越来越频繁，昨晚坐着也来了一次。", ("acs_unstable_angina_pattern",)),
    # a fit's duration said in a sentence of its own
    ("She found him on the floor fitting, jerking all four limbs. It started at least 10 minutes ago and hasn't stopped.",
     ("prolonged_or_repeated_seizure",)),
    # a monocular loss found on waking ("今早醒来" holds no early waking)
    ("女，64岁，吸烟。今早醒来左眼看东西像关了灯一样，几乎全黑，只能感觉到一点光。", ("stroke_sudden_balance_or_vision",)),
    # magnets counted as they are swallowed
    ("7岁男孩吞了两颗磁力珠，现在没有不舒服。", ("child_toxic_ingestion",)),
    ("Girl 4 swallowed three small ball magnets an hour ago.", ("child_toxic_ingestion",)),
    # a scan that shows ovarian torsion
    ("8岁女孩，肚子痛半天。B超：右侧卵巢明显增大约5 cm，多普勒血流信号减少。", ("ovarian_torsion_suspected",)),
    # theophylline toxicity after ciprofloxacin or after stopping smoking
    ("男70岁，慢阻肺长期吃茶碱缓释片。三天前开了环丙沙星。昨天开始反复呕吐，心慌，心率136。", ("theophylline_toxicity_suspected",)),
    ("COPD, on Uniphyllin Continus 400 mg twice daily, stopped smoking 10 days ago. Vomiting, then had a fit.",
     ("theophylline_toxicity_suspected",)),
    # opioid toxicity: an increased dose in kidney disease, slow breathing and pinpoint pupils
    ("85岁，慢性肾病，三天前羟考酮缓释片从10mg加到20mg。这两天一直睡，叫她能睁眼又睡过去。呼吸8次/分，瞳孔针尖样。",
     ("opioid_toxicity_suspected",)),
    ("On morphine patches for arthritis, very drowsy this morning, pupils pinpoint.", ("opioid_toxicity_suspected",)),
    ("Methadone patient, found barely rousable, breathing 6 a minute.", ("opioid_toxicity_suspected",)),
    # postpartum psychosis; heavy bleeding while a miscarriage is managed at home
    ("Two weeks after the birth she's hearing voices telling her the baby is evil, hasn't slept for three nights.",
     ("postpartum_psychosis_suspected",)),
    ("产后10天，说听见有人在说她坏话，认定有人要害孩子，整夜不睡。", ("postpartum_psychosis_suspected",)),
    ("药流后第三天，出血特别多，一小时湿透两片卫生巾，还有大血块，头晕。", ("early_pregnancy_heavy_bleeding_or_unstable",)),
    # new word-finding difficulty in someone with a progressive memory loss is still a stroke sign
    ("Known dementia, progressive memory loss. Since this morning word-finding difficulty.", ("stroke_face_arm_speech",)),
    # a hanging or ligature attempt survived
    ("His mum found him hanging in the garage and cut him down; he is talking now.", ("self_harm_medically_serious",)),
    ("男，30岁，上吊被家人发现救下来，脖子上有勒痕，声音嘶哑。", ("self_harm_medically_serious",)),
    ("Tried to hang herself last night, the rope snapped.", ("self_harm_medically_serious",)),
    # wild mushrooms
    ("ate wild mushrooms he picked in the woods yesterday, now vomiting and diarrhoea", ("wild_mushroom_poisoning_suspected",)),
    ("昨天吃了自己采的野生菌，今天恶心呕吐、肚子疼", ("wild_mushroom_poisoning_suspected",)),
    ("吃了见手青以后看见小人在跳舞", ("wild_mushroom_poisoning_suspected",)),
    # HHS
    ("glucose 35", ("suspected_hhs",)),
    ("血糖36.2", ("suspected_hhs",)),
    ("BM reads 40, very dry", ("suspected_hhs",)),
    ("blood sugar 600 mg/dL", ("suspected_hhs",)),
    # stroke FAST
    ("sudden left sided weakness and facial droop for 1 hour", ("stroke_face_arm_speech",)),
    ("突发口角歪斜，左侧肢体无力", ("stroke_face_arm_speech",)),
    ("slurred speech since this morning", ("stroke_face_arm_speech",)),
    ("说话含糊不清，右手拿不住东西", ("stroke_face_arm_speech",)),
    ("can't lift his right arm, face drooping", ("stroke_face_arm_speech",)),
    ("左侧肢体无力2小时，鼻唇沟变浅", ("stroke_face_arm_speech",)),
    # stroke, sudden balance or vision
    ("sudden loss of balance, can't walk straight", ("stroke_sudden_balance_or_vision",)),
    ("突然看不见左边的东西", ("stroke_sudden_balance_or_vision",)),
    ("sudden onset unsteadiness, keeps falling to one side", ("stroke_sudden_balance_or_vision",)),
    ("突然走路不稳，站不住", ("stroke_sudden_balance_or_vision",)),
    ("sudden vertigo, now unsteady on his feet", ("stroke_sudden_balance_or_vision",)),
    # thunderclap headache
    ("worst headache of her life, came on suddenly", ("thunderclap_headache_sah",)),
    ("突发剧烈头痛，像被打了一棍", ("thunderclap_headache_sah",)),
    ("sudden severe headache while straining", ("thunderclap_headache_sah",)),
    ("突然头痛欲裂", ("thunderclap_headache_sah",)),
    # fever with meningism or non-blanching rash
    ("fever, stiff neck", ("fever_with_meningism_or_non_blanching_rash",)),
    ("发热，颈项强直", ("fever_with_meningism_or_non_blanching_rash",)),
    ("temp 39, purpuric rash that doesn't blanch", ("fever_with_meningism_or_non_blanching_rash",)),
    ("发烧，身上出血点压之不褪色", ("fever_with_meningism_or_non_blanching_rash",)),
    # cauda equina
    ("low back pain, can't pass urine", ("suspected_cauda_equina",)),
    ("腰痛，解不出小便", ("suspected_cauda_equina",)),
    ("numbness in the saddle area", ("suspected_cauda_equina",)),
    ("腰痛伴双下肢无力", ("suspected_cauda_equina",)),
    ("back pain, bilateral sciatica", ("suspected_cauda_equina",)),
    # ectopic pregnancy
    ("positive pregnancy test, lower abdominal pain, fainted", ("ectopic_pregnancy_suspected",)),
    ("停经7周，下腹痛，晕倒了一次", ("ectopic_pregnancy_suspected",)),
    ("UPT positive, RIF pain, tender, BP 85/50", ("ectopic_pregnancy_suspected",)),
    ("怀孕6周，左下腹痛，压痛明显", ("ectopic_pregnancy_suspected",)),
    ("UPT positive, lower abdominal discomfort, left adnexal tenderness", ("ectopic_pregnancy_suspected",)),
    ("验孕阳性，下腹隐痛，今天晕倒一次", ("ectopic_pregnancy_suspected",)),
    # pregnancy, severe hypertension
    ("32 weeks pregnant, BP 165/105", ("pregnancy_severe_hypertension",)),
    ("孕34周，血压160/110", ("pregnancy_severe_hypertension",)),
    ("G1P0 at 36 weeks gestation, BP 170/100", ("pregnancy_severe_hypertension",)),
    ("Day 5 after a vaginal birth, the midwife found her BP 164/104 with a severe headache", ("postpartum_severe_hypertension",)),
    ("产后5天，血压165/112，头痛", ("postpartum_severe_hypertension",)),
    # upper GI bleed
    ("vomiting blood", ("upper_gi_bleed",)),
    ("吐血", ("upper_gi_bleed",)),
    ("black tarry stools", ("upper_gi_bleed",)),
    ("解黑便3天", ("upper_gi_bleed",)),
    ("coffee ground vomit", ("upper_gi_bleed",)),
    ("呕咖啡样物", ("upper_gi_bleed",)),
    # acute abdomen with peritonism or shock
    ("abdominal pain, guarding and rebound", ("acute_abdomen_peritonism_or_shock",)),
    ("腹痛，腹肌紧张，反跳痛", ("acute_abdomen_peritonism_or_shock",)),
    ("belly pain, BP 80/50", ("acute_abdomen_peritonism_or_shock",)),
    ("肚子痛，板状腹", ("acute_abdomen_peritonism_or_shock",)),
    ("右下腹痛，反跳痛，肌紧张", ("acute_abdomen_peritonism_or_shock",)),
    ("epigastric pain, guarding, BP 85/50", ("acute_abdomen_peritonism_or_shock",)),
    # ruptured AAA
    ("known AAA, now back pain", ("suspected_ruptured_aaa",)),
    ("腹痛，扪及搏动性包块", ("suspected_ruptured_aaa",)),
    ("history of abdominal aortic aneurysm, collapsed at home", ("suspected_ruptured_aaa",)),
    ("有腹主动脉瘤病史，突发腰痛", ("suspected_ruptured_aaa",)),
    # febrile infant under 3 months
    ("6 week old baby, temp 38.2", ("febrile_infant_under_3_months",)),
    ("2个月大婴儿，发烧38.5度", ("febrile_infant_under_3_months",)),
    ("10-day-old neonate, febrile", ("febrile_infant_under_3_months",)),
    ("宝宝出生50天，体温38", ("febrile_infant_under_3_months",)),
    # feverish child, red features
    ("2yo febrile, mottled, grunting", ("feverish_child_red_features",)),
    ("3岁孩子发烧，叫不醒", ("feverish_child_red_features",)),
    ("18 month old with fever and a non-blanching rash", ("feverish_child_red_features",)),
    ("1岁宝宝高热，前囟膨隆", ("feverish_child_red_features",)),
    ("4yo, high fever, looks toxic", ("feverish_child_red_features",)),
    # WHO ETAT emergency signs
    ("child fitting now", ("etat_emergency_signs",)),
    ("孩子抽搐不止", ("etat_emergency_signs", "prolonged_or_repeated_seizure")),
    ("toddler blue around the lips", ("etat_emergency_signs",)),
    ("小孩喘得厉害，三凹征明显", ("etat_emergency_signs",)),
    ("baby unresponsive", ("etat_emergency_signs",)),
    ("known epileptic, seized twice today", ("etat_emergency_signs",)),
    ("h/o seizures, now fitting for 10 minutes", ("etat_emergency_signs",)),
    # severe dehydration in a child
    ("2yo with diarrhoea, sunken eyes, not drinking", ("child_severe_dehydration",)),
    ("1岁孩子拉肚子，眼窝凹陷，皮肤弹性差", ("child_severe_dehydration",)),
    ("18-month-old, watery diarrhoea, floppy, skin pinch goes back very slowly", ("child_severe_dehydration",)),
    # severe / life-threatening asthma exacerbation (GINA 2024)
    ("known asthmatic, wheezy, talking in single words, HR 125", ("asthma_severe_exacerbation",)),
    ("哮喘病人，喘得说不出整句话，心率130", ("asthma_severe_exacerbation",)),
    ("h/o asthma, now SOB, sats 88% on air", ("asthma_severe_exacerbation",)),
    ("哮喘发作，气喘，呼吸35次/分", ("asthma_severe_exacerbation",)),
    # imminent suicide risk
    ("says he wants to kill himself", ("suicide_imminent_risk",)),
    ("想自杀，已经计划好了", ("suicide_imminent_risk",)),
    ("she's been thinking of ending her life", ("suicide_imminent_risk",)),
    ("不想活了", ("suicide_imminent_risk",)),
    ("has a plan to overdose on her tablets", ("suicide_imminent_risk",)),
    # acute emergencies: adrenal crisis, carbon monoxide, necrotising fasciitis, retinal detachment,
    # postpartum haemorrhage, accidental hypothermia
    ("Known Addison's, D&V since yesterday, can't keep her hydrocortisone down, dizzy on standing, BP 86/50.", ("adrenal_crisis_suspected",)),
    ("Steroid-dependent asthmatic, ran out of prednisolone a week ago, now vomiting and confused.", ("adrenal_crisis_suspected",)),
    ("垂体瘤术后一直口服氢化可的松，这几天感冒发烧，今天呕吐不止，人发蔫，血压80/50", ("adrenal_crisis_suspected",)),
    ("类风湿吃了好几年强的松，上周自己把激素停了，今天乏力呕吐，站起来就晕倒了", ("adrenal_crisis_suspected",)),
    ("冬天农村，老两口晚上屋里生炉子，早上都头疼恶心，老太太叫不醒", ("carbon_monoxide_poisoning_suspected",)),
    ("洗澡时用燃气热水器，出来后头晕乏力，差点晕倒", ("carbon_monoxide_poisoning_suspected",)),
    ("Student found drowsy in a flat with a faulty boiler, flatmate has a headache too.", ("carbon_monoxide_poisoning_suspected",)),
    ("Whole family has headaches every morning, better when out of the house.", ("carbon_monoxide_poisoning_suspected",)),
    ("IVDU, spreading redness at the groin injection site, pain out of proportion, HR 125, BP 85/50.", ("necrotising_fasciitis_suspected",)),
    ("Cellulitis of the thigh after a scratch, redness spreading by the hour, looks toxic.", ("necrotising_fasciitis_suspected",)),
    ("老年糖尿病，脚趾破了以后整条小腿红肿，皮肤发紫发黑，发烧", ("necrotising_fasciitis_suspected",)),
    ("Flashes and floaters in the right eye for 2 days, now can't see clearly out of it.", ("retinal_detachment_suspected",)),
    ("左眼眼前闪光好几天了，今天左眼看东西模糊，视力下降", ("retinal_detachment_suspected",)),
    ("高度近视，右眼飞蚊突然增多，眼前像拉了帘子", ("retinal_detachment_suspected",)),
    ("2/52 post C-section, soaking a pad every hour, passing clots, HR 124.", ("postpartum_haemorrhage_suspected",)),
    ("剖宫产后十天，今天恶露突然增多，有大血块，头晕心慌", ("postpartum_haemorrhage_suspected",)),
    ("生完孩子第三天，下面大出血", ("postpartum_haemorrhage_suspected",)),
    ("Homeless man found sleeping rough in the snow, drowsy, slurred speech, temp 33.", ("accidental_hypothermia",)),
    ("老人冬天喝醉了倒在雪地里一夜，送来时身上冰凉，反应迟钝，心率42", ("accidental_hypothermia",)),
    # hip fracture, Stevens-Johnson syndrome / TEN, acute limb ischaemia, septic arthritis
    ("84F found on the bedroom floor this morning, pain in the R hip, unable to weight bear, leg shortened and externally rotated.", ("hip_fracture_suspected",)),
    ("Elderly man tripped over the rug, now can't put any weight on his left leg, pain in the groin.", ("hip_fracture_suspected",)),
    ("82F ?#NOF after a fall at the care home.", ("hip_fracture_suspected",)),
    ("老太太在卫生间滑倒，右髋疼，站不起来，右腿短缩外旋", ("hip_fracture_suspected",)),
    ("88岁，早上在家摔了一跤，左边胯骨疼得不能走路", ("hip_fracture_suspected",)),
    ("老人摔倒后怀疑股骨颈骨折", ("hip_fracture_suspected",)),
    ("Started allopurinol 3 weeks ago, now fever, skin peeling off in sheets and raw erosions in the mouth.", ("sjs_ten_suspected",)),
    ("On lamotrigine for 2 weeks, blistering rash with crusted bleeding lips and sore red eyes.", ("sjs_ten_suspected",)),
    ("吃卡马西平两周后发烧，全身起大疱，皮肤一片片往下掉，嘴唇糜烂结痂", ("sjs_ten_suspected",)),
    ("吃了复方新诺明以后全身起红疹，口腔黏膜糜烂，眼睛红", ("sjs_ten_suspected",)),
    ("AF not on anticoagulation, sudden severe pain in the right leg 2 hours ago, foot is cold and pale, no pulses in the foot.", ("acute_limb_ischaemia_suspected",)),
    ("Sudden onset cold white left foot, numb, can't feel foot pulses.", ("acute_limb_ischaemia_suspected",)),
    ("房颤病人，两小时前右腿突然剧痛，脚冰凉发白，足背动脉搏动消失", ("acute_limb_ischaemia_suspected",)),
    ("左腿突然疼，发白发凉，腿发麻", ("acute_limb_ischaemia_suspected",)),
    ("Hot swollen right knee for 2 days, temp 38.7, can't bend the knee.", ("septic_arthritis_suspected",)),
    ("Diabetic, left ankle hot and swollen, unable to weight bear, rigors.", ("septic_arthritis_suspected",)),
    ("右膝红肿热痛两天，发烧38.9，不能走路", ("septic_arthritis_suspected",)),
    ("膝关节打了封闭针后三天，膝盖红肿发烫，发烧，关节活动受限", ("septic_arthritis_suspected",)),
    # what a glucose meter shows when the reading is off its scale
    ("58M T2DM, glucometer just says 'HI', very thirsty, vomiting since last night", ("hyperglycaemia_with_crisis_features",)),
    ("血糖仪测不出来，显示HI，口干多尿三天，今天恶心呕吐", ("hyperglycaemia_with_crisis_features",)),
    ("On insulin, finger-prick glucose reads LO, sweaty and confused", ("severe_hypoglycaemia",)),
    # dictated speech: fillers, numbers as words, weeks of a pregnancy after the opening age
    ("thirty four year old nurse came back from um the DRC eleven days ago, fever, this morning her gums started bleeding",
     ("fever_after_tropical_travel_with_bleeding",)),
    ("twenty eight year old, thirty three weeks, BP one fifty two over ninety eight, bloods from the midwife, platelets eighty four",
     ("pre_eclampsia_severe_features",)),
    ("Pt 55F aching jaw and heaviness in both arms x30 min, not easing with rest, diaphoretic and nauseous. No CP.",
     ("acs_arm_or_jaw_pain_with_autonomic_features",)),
    ("Mr K, 46, low since spring: 'there's a rope in the garage and I'll do it Friday'", ("suicide_imminent_risk",)),
    ("35岁男，情绪低落两个多月，今天说：“药我已经攒够了，就等周末家里没人。”", ("suicide_imminent_risk",)),
    ("他说攒了一瓶安眠药在抽屉里，遗书都写好了，打算这个周末", ("suicide_imminent_risk",)),
    ("三十八岁女，一个钟头前举重时后脑勺像被人拿棍子狠狠打了一下，这辈子最痛的一次，吐了两次", ("thunderclap_headache_sah",)),
    ("宝宝出生才六周，今天摸着身上烫，量肛温38.4℃，吃奶还行", ("febrile_infant_under_3_months",)),
    ("那个十四个月的女宝宝，拉水样便两天，今天特别蔫，一直睡，眼窝凹得很深，给水不喝", ("child_severe_dehydration",)),
    # emergency-default conditions given their own rule: acute pancreatitis, bowel obstruction, acute
    # angle-closure glaucoma, intussusception, testicular torsion, ovarian torsion
    ("45M heavy drinker, epigastric pain radiating to the back since last night, vomiting repeatedly.", ("acute_pancreatitis_suspected",)),
    ("Known gallstones, 57F, severe upper abdominal pain radiating to her back, vomited four times.", ("acute_pancreatitis_suspected",)),
    ("上腹痛一天，放射到后背，吐了好几次，有胆结石", ("acute_pancreatitis_suspected",)),
    ("喝酒后上腹部剧烈疼痛，向后背放射，呕吐不止", ("acute_pancreatitis_suspected",)),
    ("上腹痛，血淀粉酶升高", ("acute_pancreatitis_suspected",)),
    ("Crampy central abdominal pain for 2 days, vomiting, not passed wind since yesterday, previous laparotomy.", ("bowel_obstruction_suspected",)),
    ("Abdominal distension and vomiting, absolute constipation for 3 days.", ("bowel_obstruction_suspected",)),
    ("肚子一阵阵绞痛，腹胀，呕吐，肛门停止排气排便", ("bowel_obstruction_suspected",)),
    ("老人腹胀腹痛两天，呕吐，不放屁也不解大便", ("bowel_obstruction_suspected",)),
    ("做过开腹手术，肚子胀痛，呕吐，肠鸣音亢进，有气过水声", ("bowel_obstruction_suspected",)),
    ("Painful red right eye since last night, blurred vision, headache and vomiting.", ("acute_angle_closure_glaucoma_suspected",)),
    ("68F red painful left eye with a fixed mid-dilated pupil and hazy cornea.", ("acute_angle_closure_glaucoma_suspected",)),
    ("右眼胀痛，眼红，视力下降，头痛，恶心呕吐", ("acute_angle_closure_glaucoma_suspected",)),
    ("看灯有彩虹圈，左眼胀痛，恶心", ("acute_angle_closure_glaucoma_suspected",)),
    ("左眼红痛，瞳孔中度散大，指测眼压高", ("acute_angle_closure_glaucoma_suspected",)),
    ("9-month-old, bouts of inconsolable screaming drawing his legs up, vomiting, redcurrant jelly stool.", ("intussusception_suspected",)),
    ("10 month old, screaming episodes, pale and floppy in between, vomiting.", ("intussusception_suspected",)),
    ("宝宝10个月，一阵阵哭闹，腿蜷起来，吐了，拉果酱样大便", ("intussusception_suspected",)),
    ("宝宝8个月，阵发性哭闹，精神差，右上腹摸到腊肠样包块", ("intussusception_suspected",)),
    ("14yo, sudden onset left testicular pain 2 hours ago, vomited once.", ("testicular_torsion_suspected",)),
    ("16yo with left testicular pain, high-riding testis, cremasteric reflex absent.", ("testicular_torsion_suspected",)),
    ("男孩15岁，半夜突然右侧睾丸剧痛，吐了一次", ("testicular_torsion_suspected",)),
    ("阴囊突然剧痛，提睾反射消失", ("testicular_torsion_suspected",)),
    ("24F known ovarian cyst, sudden severe right lower abdominal pain while running, vomiting.", ("ovarian_torsion_suspected",)),
    ("Sudden severe one-sided pelvic pain with nausea and vomiting, 19F, pregnancy test negative.", ("ovarian_torsion_suspected",)),
    ("女，24岁，有卵巢囊肿，跳绳后突然右下腹剧痛，吐了两次", ("ovarian_torsion_suspected",)),
    ("女孩16岁，突发一侧下腹剧痛，恶心呕吐，附件区压痛", ("ovarian_torsion_suspected",)),
    # round 13: emergencies that do not announce themselves (the decisive fact said in passing)
    ("Thinks it's a stomach upset. Known Addison's, can't keep his tablets down since this morning.", ("adrenal_crisis_suspected",)),
    ("Says she's just constipated: no stool and no wind for 2 days, belly swollen, vomiting.", ("bowel_obstruction_suspected",)),
    ("腹胀，呕吐两次，无排便无排气一天", ("bowel_obstruction_suspected",)),
    ("Rough sleeper, tympanic 34.4, shivering.", ("accidental_hypothermia",)),
    ("On chemo, 38.4 on the thermometer at home, otherwise feels fine.", ("suspected_neutropenic_sepsis",)),
    ("Headache and vomiting since lunch, 38.9, can't get his chin to his chest.", ("fever_with_meningism_or_non_blanching_rash",)),
    ("Period a week late, home test positive, sharp pain at the tip of her left shoulder, tender lower abdomen.",
     ("ectopic_pregnancy_suspected",)),
    ("Sore throat since yesterday, can't get fluids down, high-pitched noise every time he breathes in.", ("epiglottitis_suspected",)),
    ("Ran a 10k on a hot day, now confused and agitated.", ("heat_stroke_suspected",)),
    # the weather said as a number
    ("Foreman calling from a building site, 36 °C today: labourer of 29 collapsed, awake now but confused, skin hot "
     "and dry.", ("heat_stroke_suspected",)),
    # angina at rest told only as "疼" in known angina
    ("70岁男，冠心病心绞痛五年，这两天走到楼下就疼，今天上午坐着看电视又疼了两次，每次十来分钟", ("acs_unstable_angina_pattern",)),
    ("Came in for nausea; later admits about twenty paracetamol last night.", ("self_harm_medically_serious",)),
    ("Sprayed the vines this morning, now sweating and drooling, pupils pinpoint.", ("organophosphate_poisoning_suspected",)),
    ("Flashes and floaters in the right eye since Sunday, now a grey curtain coming up from below.", ("retinal_detachment_suspected",)),
    ("Chest tightness on hills for a while, now brought on walking to the car, woke him last night.",
     ("acs_unstable_angina_pattern",)),
    ("Hernia has been stuck out since lunch, won't push back in, and he's vomiting.", ("strangulated_hernia_suspected",)),
    ("Sore left testicle since 6 am, lies higher than the right.", ("testicular_torsion_suspected",)),
    ("Headache came on like a bat to the back of the head at the gym.", ("thunderclap_headache_sah",)),
    ("All four at home have headaches and feel better once out of the house; old gas boiler.",
     ("carbon_monoxide_poisoning_suspected",)),
    ("Husband says it's flu; she is mottled and cold to touch.", ("sepsis_nice_high_risk",)),
    ("以前爬三楼才胸闷，这周走几步就得歇，昨晚躺着也疼", ("acs_unstable_angina_pattern",)),
    ("男，50岁，搬东西时后脑勺突然剧痛，几秒钟达高峰", ("thunderclap_headache_sah",)),
    ("女，70岁，小便有点疼，测R 24次/分，BP 95/60", ("sepsis_qsofa_2_or_more",)),
    ("房颤停了抗凝药，右脚又凉又白，足背动脉摸不到", ("acute_limb_ischaemia_suspected",)),
    ("追问承认昨晚一次吃了二十多片安眠药", ("self_harm_medically_serious",)),
    ("高度近视，眼前黑点子多了，有闪光，今天像拉了道帘子", ("retinal_detachment_suspected",)),
    ("老人滑倒后右腿看着短一点，脚尖往外撇", ("hip_fracture_suspected",)),
    ("两周前拉肚子，今天上楼抬不起腿，膝跳反射消失", ("suspected_guillain_barre",)),
    ("哮喘，这次不算太喘，说话一句一停，双肺几乎听不到哮鸣音", ("asthma_severe_exacerbation",)),
    ("来开安眠药，临走说后事都安排好了，药已经攒了一瓶", ("suicide_imminent_risk",)),
    # round 14: in the patient's or a relative's own words
    ("\"My back's been bad, now both my legs have gone weak and it's numb when I wipe myself.\"", ("suspected_cauda_equina",)),
    ("Dad: \"She's six weeks old and the thermometer under her arm says thirty-eight point two.\"", ("febrile_infant_under_3_months",)),
    ("\"I can't even swallow my own spit and there's a whistle when I breathe in.\"", ("epiglottitis_suspected",)),
    ("\"Pain at the top of my stomach that bores straight through to my back, and I've been sick six times.\"",
     ("acute_pancreatitis_suspected",)),
    ("\"Had the baby at home this morning, soaked through two big pads in an hour, clots the size of my fist.\"",
     ("postpartum_haemorrhage_suspected",)),
    ("\"Tightness in my chest walking up to the shops, now coming on just walking to the loo, and it woke me up.\"",
     ("acs_unstable_angina_pattern",)),
    ("\"Like someone smacked me round the back of the head with a bat, nothing to ten out of ten in a second.\"",
     ("thunderclap_headache_sah",)),
    ("Wife: \"He's worked out exactly how he'd do it, and I found letters he's written to the kids.\"", ("suicide_imminent_risk",)),
    ("\"Back from seeing family in Lagos, fevers every day, now my eyes have gone yellow and I'm hardly weeing.\"",
     ("severe_malaria_features",)),
    ("我家老头子，肚子里那根大血管鼓了个包，今天突然喊腰后面疼得要命，脸一下白了", ("suspected_ruptured_aaa",)),
    ("我腰不好，今天擦屁股都没感觉，憋了一上午尿不出来", ("suspected_cauda_equina",)),
    ("三岁的孙子把我的降压药抠出来吃了，少了五六粒", ("child_toxic_ingestion",)),
    ("前天刚生完孩子，今天下边哗哗地流血，巴掌大的血块", ("postpartum_haemorrhage_suspected",)),
    ("脚被铁丝划了个小口子，红得一路往小腿上爬，起了紫黑色的水泡，发高烧", ("necrotising_fasciitis_suspected",)),
    ("有哮喘，说两个字就得停下来吸气，肩膀一耸一耸的", ("asthma_severe_exacerbation",)),
    ("孩子两个月，好几秒没喘气，脸憋得发青", ("infant_severe_respiratory_distress",)),
    # round 15: the doctor asks the assistant (the question does not doubt the facts)
    ("Is this just sciatica? 45M, both legs tingly, numb like I'm sitting on a bike saddle, can't pass water properly.",
     ("suspected_cauda_equina",)),
    ("Calpol and review tomorrow? Five-week-old boy, felt hot overnight, 38.2 here.", ("febrile_infant_under_3_months",)),
    ("Cellulitis? Small cut on his shin, pain far more than it looks, purple blister, redness past my pen line.",
     ("necrotising_fasciitis_suspected",)),
    ("Can mum watch him at home? Blister pack found open next to the 2 and a half year old, three or four gone.",
     ("child_toxic_ingestion",)),
    ("Stop the naproxen? Black, sticky, smelly stools for two days.", ("upper_gi_bleed",)),
    ("Up the sertraline? He has looked up how many paracetamol it would take and picked a date.", ("suicide_imminent_risk",)),
    ("是不是脑梗？打胰岛素的老人，家里人发现他满头大汗、叫不应，指血2.1", ("severe_hypoglycaemia",)),
    ("等他自己停下来行不行？癫痫病人，今天抽了两回，中间一直没醒过来", ("prolonged_or_repeated_seizure",)),
    ("是阑尾吗？16岁女孩，右下腹突然剧痛，吐了两回，B超报右附件7公分囊肿", ("ovarian_torsion_suspected",)),
    ("恶露多一点正常吧？顺产第二天，一个小时湿透三片卫生巾，有鸡蛋大的血块", ("postpartum_haemorrhage_suspected",)),
    # round 16: typed in a hurry (IME homophones, no apostrophes, misspellings)
    ("男72 房颤没抗凝，右小腿突然剧疼，足背动脉模不到，脚冰凉发白", ("acute_limb_ischaemia_suspected",)),
    ("男50 喝酒后上腹剧痛往后被窜，吐了四次", ("acute_pancreatitis_suspected",)),
    ("男婴9个月 一阵阵哭闹 吐了 拉了果将样大便", ("intussusception_suspected",)),
    ("嗓子疼 口水都咽不下 吸气有猴鸣 说话像含着东西", ("epiglottitis_suspected",)),
    ("男婴6周 腋下温度38.3", ("febrile_infant_under_3_months",)),
    ("2岁半 把奶奶的降压药吃了 少了好几粒", ("child_toxic_ingestion",)),
    ("71M AF, R leg suddenly went cold, pale and painfull, no foot pulses", ("acute_limb_ischaemia_suspected",)),
    ("35F back from Lagos, took no antimalarials, fevers and rigours, now confused", ("severe_malaria_features",)),
    ("baby born at home 2hrs ago, soaked three pads + big clots, HR 124 BP 88/54", ("postpartum_haemorrhage_suspected",)),
    # round 17: plain clinical vignettes
    ("男，55岁，突发胸背部撕裂样剧痛一小时，右上肢血压176/98，左上肢140/82", ("raised_bp_with_severe_chest_back_pain",)),
    ("女，30岁，两周前腹泻，双脚无力逐渐往上发展，四肢肌力4级，腱反射消失", ("suspected_guillain_barre",)),
    ("糖尿病，小腿被鱼刺扎伤，疼痛远比外表看起来重，起了血疱，按压有捻发感", ("necrotising_fasciitis_suspected",)),
    ("高度近视，眼前黑点飘动伴闪光，今天像拉下了一道黑幕", ("retinal_detachment_suspected",)),
    # round 18: the busy multimorbid review, the new problem said in passing
    ("COPD and prostate review. This morning the room suddenly spun and now he can't walk without lurching to the left.",
     ("stroke_sudden_balance_or_vision",)),
    ("PMR on prednisolone 10 mg for two years, HTN. Vomiting since Sunday, couldn't keep tablets down.", ("adrenal_crisis_suspected",)),
    ("Known angina. The tightness used to come only on the hill, now it's walking to the gate, and it has woken him twice.",
     ("acs_unstable_angina_pattern",)),
    ("RA on methotrexate. Right knee hot, swollen and exquisitely painful, can't put weight on it. 38.3.", ("septic_arthritis_suspected",)),
    ("房颤吃华法林，高血压。前天后脑勺磕在灶台上，今天老想睡觉，还吐了一回。", ("head_injury_referral",)),
    ("慢阻肺，腹股沟疝好几年，昨晚咳嗽后鼓出来再没回去，硬硬的，一碰就疼，早上吐了两回。", ("strangulated_hernia_suspected",)),
    # round 19: children, in their parents' words
    ("Dad: fever since last night, now little purple dots on her legs that don't fade when I press a glass on them.",
     ("fever_with_meningism_or_non_blanching_rash", "feverish_child_red_features")),
    ("Mum: she's 6 weeks, keeps stopping breathing for a few seconds and her lips go blue.", ("infant_severe_respiratory_distress",)),
    ("Grandad: the 2-year-old got into his pill organiser, three or four tablets missing.", ("child_toxic_ingestion",)),
    ("宝宝4个月，喘得好快，吸气的时候肋骨下面往里凹，嗓子里还哼哼", ("infant_severe_respiratory_distress",)),
    ("孙子两岁，上吐下泻一天一夜，叫他都不怎么睁眼，给水只抿一下就不喝了，眼睛凹进去了", ("child_severe_dehydration",)),
    ("女儿15岁，跟我吵完架把一整盒扑热息痛全吞了", ("self_harm_medically_serious",)),
]

# near misses: look like an emergency but must not be triaged as one
NOT_EMERGENCY: list[str] = [
    # session 27: a back that went lifting a sofa, its pain raising the BP (no aortic dissection rule)
    "38-year-old removal man, felt something go in his lower back lifting a sofa this morning; pain 9/10, BP 144/88.",
    # diarrhoea and weak legs with no tingling or arm weakness (not yet the GBS pattern)
    "Diarrhoea for two days and legs feel weak and tired.",
    # a spinal cord injury with an aching back and no headache; a tension headache without flushing or a BP rise
    "T6 paraplegia for 10 years, aching low back after pushing his chair up a ramp, eases lying down.",
    # blood-streaked sputum, one small bleed
    "支扩多年，这两天痰中带血丝，一次咯了10毫升左右，精神好。",
    "Bronchiectasis: coughs up about 500 ml of green sputum a day, no blood.",
    # creatinine high but stable against the person's baseline; one sting with local swelling
    "CKD 4 review: creatinine 380 (baseline 350), potassium 5.0, feels well.",
    "肌酐210 μmol/L（平时200左右），慢性肾病4期，无不适。",
    "Stung by a wasp on the hand yesterday, red and swollen around it, no other symptoms.",
    "被一群马蜂追着跑，没被蜇到，吓了一跳。",
    # ketones low, or no diabetes named; mushrooms from a shop, or wild ones eaten with no symptoms
    "type 1 diabetic, glucose 10.2, blood ketones 0.4",
    "bought mushrooms at the supermarket, then vomiting and diarrhoea",
    # an old stroke's deficits compared with an old letter; the gradual word-finding difficulty of a
    # progressive memory loss; a gas supply denied; a shingles band
    "BP review. Stroke in 2019 with residual right arm weakness and slightly slurred words. Right arm power 4/5 and "
    "mild dysarthria, unchanged from the 2020 neurology letter.",
    "76F. 18/12 progressive short-term memory loss, word-finding difficulty, misplacing items. No acute change.",
    "38岁女性，近一个月经常头痛。听说煤气中毒会头痛，但家里做饭用电磁炉，没有燃气和煤炉。",
    "65岁男，右侧胸背部疼了3天，今天出了一簇簇的小水疱，排成一条带子，只在右边，没过中线。",
    # ten years of epilepsy and one short usual fit; a first claim taken back
    "男，30岁，羊角风十年，一直吃左乙拉西坦。今早发作了一次，抽了一分钟左右自己停了，现在完全清醒，跟以前一样。",
    "女，30岁，来看头痛。她先说“左手麻，说话有点不清楚”；问下来是眼前锯齿线二十分钟后退掉，然后头痛。手麻和说话不清她想了想说都没有。",
    # theophylline with mild nausea only;
    "COPD on theophylline, a little nausea this week, pulse 78, no vomiting.",
    # an opioid with ordinary side effects; diabetes with mild nausea on metformin (no sign of the heart);
    # a healed wrist fracture sent for a bone-health review; iron's formed dark stool
    "On oxycodone after a knee replacement, constipated and a bit sleepy after doses, pupils normal, breathing 16.",
    "2型糖尿病随访，男58岁，二甲双胍加量后有点恶心，肚子胀，大便偏稀，没呕吐没腹痛，吃得下饭。",
    "66-year-old woman broke her left wrist on the ice 3 weeks ago, healing in plaster. Fracture clinic asks us to assess her bone health. Early menopause.",
    "缺铁性贫血，吃琥珀酸亚铁两周，大便变黑了，问了一下是成形的，不是那种发亮的柏油样，没有头晕心慌。",
    # baby blues, and a miscarriage long ago
    "Ten days after the birth, tearful on and off, still enjoying the baby, sleeping when the baby sleeps, no odd thoughts.",
    "Had a miscarriage in 2019. Now heavy periods with clots for the last three cycles.",
    # a hanging attempt long ago; a sleeping-pill overdose is no organophosphate poisoning
    "女，40岁，情绪低落，十年前上吊未遂，现在没有轻生念头，睡眠差。",
    "picked wild mushrooms last week, feels completely well, asking if they were safe",
    "drank three energy drinks, sweaty, heart racing and anxious",
    "used cocaine at the weekend, now feels low and tired, sleeping a lot",
    # low mood, not drinking alcohol and eating fine; a TIA whose deficits went within minutes (round 83-84 near misses)
    "38-year-old woman, low mood and poor sleep for six weeks. No thoughts of ending her life, not drinking, eating fine.",
    "男，68岁。晌午吃饭时右手一下子没劲了，说话也不利索，得有十来分钟就好了。现在说话清楚，右手握力正常。",
    "Follow-up, 71 y/o man. This morning, for about 10 minutes, his right hand went weak and he couldn't get his words out. "
    "It had fully gone by the time he rang; completely normal now.",
    "高血压复诊，换了依那普利，最近一个月干咳，嗓子痒，没有痰，不发烧，嘴唇舌头从来没肿过，喘气不费劲。",
    # black stool on iron or bismuth; a toy pod counted and none missing
    "Took Pepto-Bismol yesterday for an upset stomach; this morning her tongue is black and so was her stool. Feels fine.",
    "29岁女，吃硫酸亚铁一周，大便变成黑绿色，但是成形的，不稀不黏，没有头晕心慌。",
    "四岁女孩拿着洗衣凝珠玩，数了一下一颗没少，包装都完好，嘴里没味道，也不咳。",
    # puffy eyelids in hay fever; an earache with a normal mastoid
    "Hay fever, itchy watery eyes and puffy eyelids every morning, no fever",
    "5-year-old, earache since last night, temp 38, nothing behind the ear, ear not pushed forward",
    # mild croup with safety-net advice; LUTS without retention; a normal paracetamol dose; "尿比平时少" is no retention
    "2-year-old, barking cough, stridor only when he cries, none at rest, no recession; safety-netted about stridor at rest",
    "72M, poor stream and hesitancy for a year, up twice a night to pass urine",
    "Paracetamol 1 g four times a day for back pain, no other products",
    "4岁女孩，拉肚子两天，尿比平时少一点，精神好，能喝水",
    # round 30: signs and tests said negative after them, a silent CO alarm, a looked-after heart failure
    "22M, two days of fever 38.6, headache, dry cough and aching all over; neck supple, Kernig's sign is negative, no rash.",
    "26F, watery diarrhoea and crampy central pain since a barbecue, partner the same, soft abdomen, urine pregnancy test is negative.",
    "Mother and two children with fever, cough and aching muscles in a flu outbreak; the carbon monoxide alarm has not gone off.",
    "Raised troponin on a routine CKD review, no symptoms, pulse 72.",
    "浑身没力气，最近睡不好",  # whole-body tiredness, not one side
    "双腿没力气，爬楼梯累",
    "母亲有脑梗病史，患者头晕两天，无肢体无力",  # the stroke is the mother's
    # sepsis / NEWS2 / CRB-65
    "fever 38.2, HR 95, alert, RR 18",
    "低热37.8，精神好，呼吸18次",
    "RR 20, sats 96% RA, HR 90",
    "70yo, cough and fever, RR 20, alert, BP 130/80",
    # anaphylaxis
    "hives after eating shrimp, no breathing difficulty",
    "吃海鲜后起荨麻疹，无喉头发紧，无气促",
    "hay fever, sneezing and itchy eyes",
    # ACS
    "chest wall pain, tender on pressing, worse on twisting",
    "胸痛，否认出汗、恶心、气短",
    "chest pain 2 years ago, investigated, normal angiogram",
    # hypertension
    "BP 185/100, asymptomatic",
    "血压180/100，无头痛头晕",
    "BP 170/100, mild headache",
    "BP 150/90, mild ankle swelling, no SOB",
    "BP 150/90, mild back ache after gardening",
    # PE
    "SOB on exertion for months, no leg swelling, HR 80",
    # asthma
    "known asthma, mild wheeze, talking in full sentences, HR 96, sats 97%",
    "哮喘病史，今天有点喘，能说整句话，心率90，血氧97%",
    # diabetes
    "glucose 3.5 earlier, took glucose tablets, now alert and well",
    "血糖3.6，喝了糖水后好了，神志清楚",
    "glucose 15, thirsty",
    "血糖14，口渴多尿",
    "glucose 12, ketones 0.4",
    # stroke
    "tingling in the fingers of both hands on and off for months",
    "Bell's palsy, forehead involved, otherwise well",
    "old stroke 3 years ago, here for a BP check",
    "既往脑梗病史，今天来开药",
    "三年前脑梗，遗留左侧肢体无力，今天来复查血压",
    "old stroke with residual right-sided weakness, BP check today",
    "手指遇冷发白发紫",
    "seizure 5 years ago, none since",
    "十年前吐过血，胃镜说是溃疡，现在没事",
    "previous anaphylaxis to penicillin, here for a rash review",
    # headache
    "mild headache for 3 days, came on gradually",
    "transient blurred vision for 5 minutes, now resolved",
    "epigastric pain after a big meal, soft abdomen, BP 130/80",
    "头痛一周，逐渐加重，程度轻",
    # meningitis
    "fever, rash that blanches",
    "发热，颈软，无皮疹",
    # cauda equina
    "back pain after lifting, no bladder or bowel problems, no saddle numbness",
    "腰痛，二便正常，无鞍区麻木",
    # pregnancy
    "pregnant 10 weeks, mild nausea",
    "pregnancy test negative, lower abdominal pain",
    "28 weeks pregnant, BP 130/85",
    # GI
    "bright red blood on the toilet paper",
    "no haematemesis, no melaena",
    "abdominal pain, soft non-tender abdomen",
    "肚子痛，腹软无压痛",
    "back pain after gardening",
    # children
    "3yo fever, playing happily, drinking well",
    "2yo diarrhoea, drinking well, moist mucous membranes",
    # remote seizure history
    "known epilepsy, last seizure 2 years ago",
    "癫痫病史，两年没发作",
    "had a febrile seizure as a baby, now 30 and well",
    "以前抽过一次，现在好好的",
    # round 4 near misses
    "K+ 5.6, repeat in a week",
    "血钾5.8，复查",
    "Drinks 3 pints at the weekend, here for a blood pressure check.",
    "手足口病，第二天，精神好，吃饭可以",
    "Hand foot and mouth, day 2, playing and drinking well, temp 38.",
    "孕24周，胎动少，自己担心",  # before 28 weeks
    "Toothache with jaw pain for 2 days, no sweating.",
    "30M, first fit last night lasting a minute, fully recovered now, examination normal.",
    "Croup, barking cough, no stridor at rest, drinking well.",
    "Back from Thailand 3 days, fever 38.5, walking and talking, no bleeding.",
    "Reducible groin hernia, goes back when lying down, painless.",
    "Tightness in the chest and down the L arm walking uphill, gone within minutes of stopping, never at rest.",
    "快步走的时候胸口发紧，往左肩膀走，停下来两三分钟就好，从来没在歇着的时候犯过",
    "孕32周，血压128/80，血小板140，来产检",
    "Woke with the right side of his face drooping, can't close the right eye, arms and legs fine.",  # Bell's
    "Stable angina on walking uphill, same as always, settles with rest.",
    "sats 96% in air, 5 year old with a cold",
    "Back from Thailand, fever 38.5 for two days, no bleeding.",
    # mental health
    "denies suicidal thoughts",
    "情绪低落，没有轻生念头",
    "low mood, no thoughts of self-harm",
    # acute emergencies near misses
    "Addison's disease on hydrocortisone, here for a repeat prescription, well.",
    "艾迪生病，吃氢化可的松，最近挺好的，来开药",
    "Long-term prednisolone for PMR, mild cold, eating and drinking normally.",
    "烧煤取暖，今天来量血压，没有不舒服",
    "Has a gas heater at home, here for a flu jab, no headache or dizziness.",
    "小腿蜂窝织炎，红肿热痛，体温37.8，精神好",
    "Cellulitis of the shin, red, warm and tender, temp 37.9, otherwise well.",
    "Longstanding floaters for years, unchanged, vision normal.",  # urgent at most, not emergency
    "飞蚊症好多年了，没有闪光，视力正常",
    "产后两周，恶露量少、颜色淡，没有发热",
    "6 weeks postnatal check, lochia has stopped, feeling well.",
    "外面下雪，手脚冰凉，怕冷，体温36.3，精神好",
    "Cold hands and feet in winter, temp 36.4, alert and well.",
    # hip fracture, SJS/TEN, acute limb ischaemia, septic arthritis near misses
    "Fell yesterday, bruised left hip, walking normally.",
    "昨天摔了一跤，左髋有点淤青，走路正常",
    "Fell onto her side last week, sore hip, walked into the surgery, weight bearing.",
    "Hip OA, hip pain for months worse on walking, no fall.",
    "Stroke last year, unable to walk far, here for BP check.",
    "Started amoxicillin 5 days ago, itchy red rash on the trunk, no blisters, mouth and eyes fine.",
    "吃头孢后身上起了红疹子，很痒，没有水疱，口腔眼睛都没事",
    "Cold sore on the lip with small blisters, otherwise well.",
    "3岁，手足口病，手脚起水疱，口腔溃疡，精神好",
    "COPD, CT shows large bullae, started a new medication last week, mouth ulcers.",
    "肺大疱，气胸病史，最近开始吃新药，口腔溃疡",
    "Calf pain on walking 200 yards, goes with rest, foot pulses weak, foot warm.",
    "间歇性跛行两年，走几百米小腿就疼，歇一会儿就好，脚是暖的",
    "Raynaud's, fingers go white and cold in winter, pulses normal.",
    "Known PVD, claudication at 100 yards, cool feet, absent foot pulses, ABPI 0.6.",
    "下肢动脉硬化闭塞症，间歇性跛行，患肢皮温低，足背动脉搏动消失",
    "糖尿病足，脚麻木，足背动脉搏动减弱，间歇性跛行",
    "Gout flare in the right big toe, red and swollen, no fever, walking on it.",
    "痛风又犯了，大脚趾红肿热痛，没发烧",
    "Knee OA, knee pain worse on stairs, creaky knees, no fever.",
    "膝骨关节炎，膝盖疼，上下楼梯加重，不发烧，能走路",
    "Twisted knee playing football, swollen, can't weight bear, no fever, not hot.",
    "Knee OA flare, can't walk far today, no fall, no fever.",
    "老人这两天不能走路了，没力气，吃得少",
    "膝关节红肿热痛，不发烧，活动自如，能走路",
    # pericarditis: widespread saddle-shaped ST elevation with positional, pleuritic pain (ESC 2015)
    "Sharp central chest pain for 2 days after a cold, worse on deep breath, better leaning forward. ECG: widespread saddle-shaped ST elevation with PR depression. BP 128/78.",
    "男，26岁，上周感冒，胸口刺着疼，深吸气加重，坐起来往前倾就好些。听诊有摩擦音，心电图广泛ST段弓背向下抬高伴PR段压低。",
    # a first fit, drowsy for a while, now fully alert: an urgent first-seizure referral
    "19M at a party went stiff then jerked all four limbs ~1 min, drowsy ~30 min after. No head injury. Now GCS 15, neuro exam normal.",
    # an old stroke, its deficit unchanged, at a BP check
    "BP review, 71F. Stroke 3 years ago, left with some weakness of the right arm and slightly slurred speech, unchanged since. BP 138/82.",
    "seventy one year old man, um routine blood pressure check, he had a stroke two years ago, left arm's still a bit weak from that, no change",
    "七十岁男，前年脑梗，留下右手有点不灵活，这两年没什么变化。今天来量血压，138/84，说话清楚。",
    # Bell's palsy: the forehead is weak too
    "forty one year old woman, woke with the right side of her face droopy, can't close that eye properly, can't wrinkle her forehead on that side, arms and legs normal",
    # urticaria with the airway and breathing said to be fine
    "25岁女，吃完海鲜全身起风团，痒得厉害。嘴唇和舌头都不肿，喘气没问题，不头晕，血压120/75。",
    "十八个月的男宝宝，拉肚子两天，吐了两回，人有点烦躁但还挺精神，给水抢着喝，眼窝稍微有点凹，皮肤捏起来回得慢一点，不发烧",
    # look-alikes of pancreatitis, bowel obstruction, angle-closure glaucoma, intussusception and the torsions
    "Gnawing epigastric pain for weeks, worse at night, eased by food, no vomiting.",
    "胃疼好几个月了，饿的时候疼，吃点东西就好，不吐",
    "RUQ pain after a fatty meal radiating to the right shoulder blade, vomited once, known gallstones, afebrile.",
    "Vomiting and diarrhoea since last night after a takeaway, crampy tummy pain, afebrile, drinking fluids.",
    "吃了不干净的东西，上吐下泻，肚子一阵阵疼，不发烧",
    "Constipated for 5 days, bloated, still passing wind, eating normally.",
    "便秘一周，肚子胀，还能放屁，吃饭正常",
    "IBS for years, bloating and crampy pain, alternating bowel habit, no vomiting.",
    "Red sticky eyes for 2 days, gritty, vision normal, no pain.",
    "两只眼睛红，眼屎多，有点痒，视力正常，不疼",
    "Known migraine, throbbing headache with vomiting, zigzag lines before it, eyes not red.",
    "偏头痛又犯了，一侧头痛，恶心吐了一次，怕光，眼睛不红",
    "Cluster headache again: severe stabbing pain around the right eye, red watery eye, runny nose, restless.",
    "6-week-old cries for 3 hours every evening, draws his legs up, feeding well and gaining weight.",
    "2 year old, diarrhoea with blood and mucus, crampy tummy pain, fever 39.",
    "25M, 3 days of gradually worsening right testicular pain and swelling, fever 38.3, burning on passing urine.",
    "Period pain, cramping lower abdominal pain on day 1, vomited once, otherwise well.",
    "痛经，小肚子疼，吐了一次",
    "Mid-cycle one-sided pelvic ache, mild, no vomiting, settles in a day every month.",
    "Sudden severe right loin pain radiating to the groin, vomiting, blood in urine.",
    "右侧腰部绞痛，向大腿根放射，呕吐，尿里有血",
    "左下腹突然绞痛，呕吐，尿里有血",
    # round 13 near misses: the same first words, the emergency ruled out by what follows
    "Old stroke 2019, BP check today, feels well, no new symptoms.",
    "Gastroenteritis: vomiting and diarrhoea since last night, passing wind, tummy soft, drinking.",
    "Usual migraine: built up over an hour, same as always, 37.1.",
    "No stool for 4 days, passing wind, eating, tummy soft.",
    "Sore throat and a hoarse voice, swallowing fluids fine, no drooling, no noisy breathing.",
    "经常胸闷，跟以前一样，上三楼才憋，歇一下就好",
    "小便有点疼有点急，不发烧，体温36.8，血压125/80",
    "体检：体温36.9，36.5。",
    # round 14 near misses, told the same way
    "\"My back just went bending down, it doesn't go down my legs, I'm weeing normally and nothing's numb down below.\"",
    "Husband: \"Her hand went useless for fifteen minutes yesterday and she couldn't get her words out, it's all come right now.\"",
    "昨晚吃完海鲜起了一块一块的风疙瘩，嘴唇不肿，喘气也顺",
    "昨晚喝了啤酒，半夜右脚大脚趾根那儿痛醒了，又红又肿",
    "The toe pain woke him last night; red hot swollen big toe, had gout before.",
    "Headaches getting more frequent with the stress at work, no other symptoms.",
    # round 15 near misses, asked about the same way
    "Just laxatives? 76F, bowels not opened for five days, still passing wind, eating, not vomiting, tummy soft.",
    "Whole family with flu, fever and headache. Could it be carbon monoxide? The house is all-electric, no boiler or fire.",
    "要住院吗？2岁男孩，发烧抽了一回，一分钟就停了，以前发烧也抽过，现在已经醒了在玩",
    # round 16 near misses, typed the same way
    "女28 贫血在吃硫酸亚贴 这几天大便发黑 成形的 不是柏油样，不头晕",
    "男62 快走时胸口发闷 歇个三五分钟就好，一直这样没变，坐着躺着从来不犯",
    "20mo girl had a 2min fit with temp 38.9, back to herself within half an hour, now playing, had one last winter too",
    "高血压十年，降压药吃了三年，血压135/85，手脚都有劲",
    # round 17 near misses
    "男，61岁，高血压随访，漏服降压药，血压184/104，无头痛、胸痛、气短，神经系统检查正常",
    "2-year-old with fever 39, a two-minute generalised fit, had febrile seizures before, now back to normal and playing",
    # round 18 near misses
    "冠心病稳定型心绞痛，快步爬坡才闷一下，歇两分钟就好，这一年发作次数没变，从没在休息时犯过",
    "缺铁性贫血刚开始口服琥珀酸亚铁，大便发黑，成形、不黏不发亮，大便潜血阴性",
    "64M. Woke with the left side of his face drooping, can't close the left eye or wrinkle the forehead; arms, legs and speech normal.",
    "T2DM on gliclazide, twice shaky and sweaty, meter 3.4, sorted with a jam sandwich in ten minutes, never confused.",
    # round 19 near misses
    "13-year-old fainted in assembly standing in the heat, came round straight away, felt sick and clammy before.",
    "3-year-old with little blisters on her hands and feet and sores in her mouth, temp 38.2, drinking, playing.",
    "5岁儿子吃了芒果后起了一片片红疙瘩，嘴唇不肿，喘气说话都正常",
    "儿子2岁，去年发烧抽过一次，刚才又抽了一分钟就停了，现在醒了认得人，在喝奶",
    "Smoker, a few streaks of blood in the sputum with a cold this week, BP 132/80, well in himself.",
    "拉肚子两天，一天五六次，能喝水，血压118/76，精神可",
    "Three weeks postpartum, BP 148/92 on two readings, no headache, well",
    # a young infant who feeds and moves well; a dental abscess without spread; a salivary stone
    "Baby 6 weeks, cold for two days, feeding well, alert and active, temp 37.2",
    "Dental abscess on an upper molar, face a little swollen, eating and swallowing fine, temp 37.4",
    "Swelling under the tongue when he eats, goes down after an hour, no fever",
    "Palpitations on and off this week, pulse 96 regular now, BP 128/80, no chest pain, no dizziness",
    "Small nosebleed this morning, stopped after ten minutes of pinching, no blood thinners",
    "8-year-old, tiny red dots on her face after a long bout of coughing fits, well otherwise",
    "35M, renal colic since this morning, loin to groin, settled with diclofenac, drinking well, afebrile, passing urine",
    "Potassium 3.2 on his diuretic, feels well, no weakness",
    "Vertigo when he turns over in bed, lasts 20 seconds, Dix-Hallpike positive, no other symptoms",
    "4-year-old with chickenpox, spots all over, playing, drinking well, temp 37.9",
    "孕26周，感冒两天，体温37.8℃，心率96次/分，呼吸18次/分，精神好。",
    "Day 10 after a normal delivery, lochia settling, no fever, pulse 84, feels well.",
    "Prostate cancer on hormone injections, chronic low back ache for years, walking normally, no numbness, bladder fine.",
    "Known heart failure, sleeps on three pillows as usual, ankles a little puffy, chest clear, sats 96%.",
    "PID diagnosed last week, on doxycycline and metronidazole, much better, no fever, eating normally.",
    "Woke up with a headache again this morning, her usual migraine with the zigzag lines, settled with sumatriptan.",
    "Marathon runner, 28, resting pulse 46 at a check-up, BP 116/70, feels great.",
    "早上醒来眼睛有点糊，揉一揉就清楚了，视力正常。",
    # questions, not findings
    "What does a raised troponin mean here?",
    "CRP高是什么意思",
    "what are the red flags for headache?",
]


@pytest.fixture(scope="module")
def engine():  # noqa: ANN201
    return get_engine()


@pytest.mark.parametrize(("text", "rules"), EMERGENCY, ids=[t for t, _ in EMERGENCY])
def test_emergency_phrasing_fires(engine, text: str, rules: tuple[str, ...]) -> None:  # noqa: ANN001
    a = engine.assess_text(text)
    fired = {f.id for f in a.red_flags}
    assert fired & set(rules), f"{text!r}: expected one of {rules}, fired {sorted(fired)}"
    assert a.triage.level == "emergency"


@pytest.mark.parametrize("text", NOT_EMERGENCY)
def test_near_miss_is_not_emergency(engine, text: str) -> None:  # noqa: ANN001
    a = engine.assess_text(text)
    emergencies = [f.id for f in a.red_flags if f.severity == "emergency"]
    assert not emergencies, f"{text!r}: fired {emergencies}"
    assert a.triage.level != "emergency"


def test_every_emergency_rule_has_phrasings(engine) -> None:  # noqa: ANN001
    covered = {r for _, rules in EMERGENCY for r in rules}
    emergency_rules = {r.id for r in engine.rules if r.severity == "emergency"}
    assert emergency_rules <= covered, sorted(emergency_rules - covered)


@pytest.mark.parametrize(
    ("text", "past", "kept"),
    [
        ("known epilepsy, last seizure 2 years ago", "seizure", "epilepsy_history"),
        ("had a febrile seizure as a baby", "seizure", None),
        ("以前胸痛过，现在没事", "chest_pain", None),
        ("三年前脑梗，遗留左侧肢体无力", "unilateral_weakness", None),
        ("h/o DVT, now SOB", None, "previous_vte"),
    ],
)
def test_past_history_is_not_a_current_finding(engine, text: str, past: str | None, kept: str | None) -> None:  # noqa: ANN001
    case = engine.extract(text)
    if past is not None:
        assert past not in case.findings
    if kept is not None:
        assert case.has(kept)


@pytest.mark.parametrize(
    ("text", "current"),
    [
        ("history of seizures, fitting now", "seizure"),
        ("58 year old man with a 2 hour history of chest pain", "chest_pain"),
        ("既往体健，今日胸痛伴大汗", "chest_pain"),
        ("两小时以前突然胸痛", "sudden_onset_chest_pain"),
    ],
)
def test_current_findings_survive_history_words(engine, text: str, current: str) -> None:  # noqa: ANN001
    assert engine.extract(text).has(current)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("What does a raised troponin mean here?", "raised_troponin"),
        ("CRP高是什么意思", "raised_crp"),
        ("如果出现胸痛怎么办", "chest_pain"),
        ("how do I manage a fever in a child", "fever"),
    ],
)
def test_questions_do_not_add_present_findings(engine, text: str, finding: str) -> None:  # noqa: ANN001
    assert not engine.extract(text).has(finding)
