"""Written clinical notation becomes what the Mandarin voice should say."""

from assistant.speech.spoken_zh import to_spoken_zh


def test_blood_pressure_is_read_as_a_ratio_with_its_unit():
    assert to_spoken_zh("血压180/110 mmHg，心率120次/分。") == "血压180比110 毫米汞柱，心率120次每分。"


def test_units_and_letters_are_spoken():
    assert to_spoken_zh("体温38.5℃") == "体温38.5摄氏度"
    assert to_spoken_zh("查C反应蛋白") == "查西反应蛋白"
    assert to_spoken_zh("血糖16.7 mmol/L") == "血糖16.7 毫摩尔每升"


def test_plain_text_is_unchanged():
    assert to_spoken_zh("建议尽快转诊。") == "建议尽快转诊。"
