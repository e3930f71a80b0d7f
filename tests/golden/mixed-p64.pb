≈
policy-fr-default-1(Ä¯•˘¡20∫£
†

fr-defaultÈ (2ËEUR:£
reliable˝ˇˇˇˇˇˇˇˇcourtesy(
reminder.courteous (phone.script (#reminder.firm (2formal_notice (0Phandover (:Õ
chronic˚ˇˇˇˇˇˇˇˇcourtesy(reminder.firm (phone.script (reminder.warning (reminder.warning (formal_notice (0(handover (<legal (:Õ
at_risk˚ˇˇˇˇˇˇˇˇcourtesy(reminder.firm (phone.script (reminder.warning (reminder.warning (formal_notice (0(handover (<legal (:‰˝ˇˇˇˇˇˇˇˇcourtesy(reminder.courteous (phone.script (reminder.firm (reminder.warning (%reminder.warning (-formal_notice (0<handover (Zlegal (:»˝ˇˇˇˇˇˇˇˇcourtesy(reminder.courteous (phone.script (reminder.firm (reminder.warning ((formal_notice (0Fhandover (dlegal (B·–	
„	
„	
‰	
‰	
Â	
Â	
Ê	
Ê
Á˙
Áê
Ë¬
Ë©
Èª
È◊
Í◊
Í◊ Ë(º†EUR Bzt
Êπ
Êª
Áø
Á™
Ë°
Ë∞
È—
Èô0 H¥R
"FRZb

2 (”
calendar-FR(Ä¯•˘¡20¬π
FRËËËËË	ËËËËËËÈÈÈÈÈÈ	ÈÈÈÈÈÍÍÍÍÍÍÍÍÍÍÍÎÎÎÎÎÎÎÎÎÎÎÏÏÏÏÏÏÏÏÏÏÏÌÌÌÌÌ
ÌÌÌÌÌÌÓÓÓÓÓÓ
ÓÓÓÓÓº
DR-000017-1	DR-000017DR-000017-INV-001"CRED-010(‰‡Éá¬20R|
INV-000017-001	∫Æ4EURÈ"È0:Company 000017B17 rue de la R√©publiqueB
69008 LyonJdr-000017@example.comº
DR-000031-1	DR-000031DR-000031-INV-001"CRED-011(ñ·Éá¬20R|
INV-000031-001ÌgCHFÈ"È0:Customer 000031B31 rue de la R√©publiqueB
69004 LyonJdr-000031@example.comº
DR-000035-1	DR-000035DR-000035-INV-001"CRED-012(»·Éá¬20R|
INV-000035-001	ÃçEURÈ"È0:Company 000035B35 rue de la R√©publiqueB
69008 LyonJdr-000035@example.comΩ
DR-000065-1	DR-000065DR-000065-INV-001"CRED-003(˙·Éá¬20R}
INV-000065-001	ö◊EURÈ"È0:Customer 000065B65 rue de la R√©publiqueB
69002 LyonJdr-000065@example.comº
DR-000215-1	DR-000215DR-000215-INV-001"CRED-011(¨‚Éá¬20R|
INV-000215-001	õìEURÈ"È0:Company 000215B15 rue de la R√©publiqueB
69008 LyonJdr-000215@example.comΩ
DR-000220-1	DR-000220DR-000220-INV-001"CRED-012(ﬁ‚Éá¬20R}
INV-000220-001	ŸƒEURÈ"È0:Customer 000220B20 rue de la R√©publiqueB
69004 LyonJdr-000220@example.comº
DR-000247-1	DR-000247DR-000247-INV-001"CRED-012(ê„Éá¬20R|
INV-000247-001	◊˚	EURÈ"È0:Company 000247B47 rue de la R√©publiqueB
69004 LyonJdr-000247@example.com%
day-2025-01-01(ò®ø¢¬20≤	
Èº
DR-000046-1	DR-000046DR-000046-INV-001"CRED-005(Äòù∞¬20R|
INV-000046-001∑[EURÈ"È0:Customer 000046B46 rue de la R√©publiqueB
69001 LyonJdr-000046@example.comæ
DR-000108-1	DR-000108DR-000108-INV-001"CRED-004(≤òù∞¬20R~
INV-000108-001	ºÓEURÈ"È0:Customer 000108B108 rue de la R√©publiqueB
69009 LyonJdr-000108@example.comΩ
DR-000228-1	DR-000228DR-000228-INV-001"CRED-012(‰òù∞¬20R}
INV-000228-001
’ßçEURÈ"È0:Company 000228B28 rue de la R√©publiqueB
69003 LyonJdr-000228@example.comº
DR-000232-1	DR-000232DR-000232-INV-001"CRED-008(ñôù∞¬20R|
INV-000232-001	‘¢EURÈ"È0:Company 000232B32 rue de la R√©publiqueB
69007 LyonJdr-000232@example.com%
day-2025-01-02(ò‡ÿÀ¬20≤	
ÈΩ
DR-000037-1	DR-000037DR-000037-INV-001"CRED-010(Ä–∂Ÿ¬20R}
INV-000037-001
≤èäEURÈ"È0:Company 000037B37 rue de la R√©publiqueB
69001 LyonJdr-000037@example.comΩ
DR-000096-1	DR-000096DR-000096-INV-001"CRED-012(≤–∂Ÿ¬20R}
INV-000096-001	Æ∫EURÈ"È0:Customer 000096B96 rue de la R√©publiqueB
69006 LyonJdr-000096@example.comΩ
DR-000100-1	DR-000100DR-000100-INV-001"CRED-009(‰–∂Ÿ¬20R}
INV-000100-001	’∏EURÈ"È0:Company 000100B100 rue de la R√©publiqueB
69001 LyonJdr-000100@example.com%
day-2025-01-03(òòÚÙ¬20≤	
ÈΩ
DR-000112-1	DR-000112DR-000112-INV-001"CRED-001(Äà–Ç√20R}
INV-000112-001	õâEURÈ"È0:Company 000112B112 rue de la R√©publiqueB
69004 LyonJdr-000112@example.comΩ
DR-000118-1	DR-000118DR-000118-INV-001"CRED-001(≤à–Ç√20R}
INV-000118-001–HEURÈ"È0:Customer 000118B118 rue de la R√©publiqueB
69001 LyonJdr-000118@example.comæ
DR-000159-1	DR-000159DR-000159-INV-001"CRED-008(‰à–Ç√20R~
INV-000159-001	†ÿEURÈ"È0:Customer 000159B159 rue de la R√©publiqueB
69006 LyonJdr-000159@example.com%
day-2025-01-04(ò–ãû√20≤	
ÈΩ
DR-000030-1	DR-000030DR-000030-INV-001"CRED-005(Ä¿È´√20R}
INV-000030-001	ºﬂEURÈ"È0:Customer 000030B30 rue de la R√©publiqueB
69003 LyonJdr-000030@example.comÃ
DR-000172-1	DR-000172DR-000172-INV-001"CRED-010(≤¿È´√20Rã
INV-000172-001	É⁄EURÈ"È*
ÈÆ0:Company 000172B172 rue de la R√©publiqueB
69001 LyonJdr-000172@example.comΩ
DR-000174-1	DR-000174DR-000174-INV-001"CRED-003(‰¿È´√20R}
INV-000174-001	›·GBPÈ"È0:Company 000174B174 rue de la R√©publiqueB
69003 LyonJdr-000174@example.comº
DR-000224-1	DR-000224DR-000224-INV-001"CRED-007(ñ¡È´√20R|
INV-000224-001ƒ+USDÈ"È0:Customer 000224B24 rue de la R√©publiqueB
69008 LyonJdr-000224@example.comΩ
DR-000226-1	DR-000226DR-000226-INV-001"CRED-004(»¡È´√20R}
INV-000226-001	≤’EURÈ"È0:Customer 000226B26 rue de la R√©publiqueB
69001 LyonJdr-000226@example.com%
day-2025-01-05(òà•«√20≤	
ÈΩ
DR-000076-1	DR-000076DR-000076-INV-001"CRED-008(Ä¯Ç’√20R}
INV-000076-001	ë·EURÈ"È0:Customer 000076B76 rue de la R√©publiqueB
69004 LyonJdr-000076@example.comΩ
DR-000085-1	DR-000085DR-000085-INV-001"CRED-012(≤¯Ç’√20R}
INV-000085-001	òºEURÈ"È0:Customer 000085B85 rue de la R√©publiqueB
69004 LyonJdr-000085@example.comΩ
DR-000148-1	DR-000148DR-000148-INV-001"CRED-006(‰¯Ç’√20R}
INV-000148-001	Ú¢EURÈ"È0:Company 000148B148 rue de la R√©publiqueB
69004 LyonJdr-000148@example.comΩ
DR-000150-1	DR-000150DR-000150-INV-001"CRED-012(ñ˘Ç’√20R}
INV-000150-001	ì¥EURÈ"È0:Company 000150B150 rue de la R√©publiqueB
69006 LyonJdr-000150@example.comº
DR-000229-1	DR-000229DR-000229-INV-001"CRED-009(»˘Ç’√20R|
INV-000229-001	√àEURÈ"È0:Company 000229B29 rue de la R√©publiqueB
69004 LyonJdr-000229@example.com%
day-2025-01-06(ò¿æ√20≤	
ÈΩ
DR-000078-1	DR-000078DR-000078-INV-001"CRED-007(Ä∞ú˛√20R}
INV-000078-001	ãâEURÈ"È0:Customer 000078B78 rue de la R√©publiqueB
69006 LyonJdr-000078@example.comæ
DR-000102-1	DR-000102DR-000102-INV-001"CRED-006(≤∞ú˛√20R~
INV-000102-001
Å´∏EURÈ"È0:Company 000102B102 rue de la R√©publiqueB
69003 LyonJdr-000102@example.comΩ
DR-000141-1	DR-000141DR-000141-INV-001"CRED-012(‰∞ú˛√20R}
INV-000141-001	÷‰EURÈ"È0:Company 000141B141 rue de la R√©publiqueB
69006 LyonJdr-000141@example.comr
DR-000159-2	DR-000159DR-000159-INV-001"CRED-008(ñ±ú˛√20ä1
billing error on some lines	†ΩEURÈº
DR-000242-1	DR-000242DR-000242-INV-001"CRED-004(»±ú˛√20R|
INV-000242-001	éôzEURÈ"È0:Company 000242B42 rue de la R√©publiqueB
69008 LyonJdr-000242@example.comÀ
DR-000243-1	DR-000243DR-000243-INV-001"CRED-006(˙±ú˛√20Rä
INV-000243-001	àòEURÈ"È*
È‹
0:Company 000243B43 rue de la R√©publiqueB
69009 LyonJdr-000243@example.com%
day-2025-01-07(ò¯◊ôƒ20≤	
ÈΩ
DR-000091-1	DR-000091DR-000091-INV-001"CRED-005(ÄËµßƒ20R}
INV-000091-001	ÔΩEURÈ"È0:Customer 000091B91 rue de la R√©publiqueB
69001 LyonJdr-000091@example.comÃ
DR-000121-1	DR-000121DR-000121-INV-001"CRED-011(≤Ëµßƒ20Rã
INV-000121-001	¸Ñ,EURÈ"È*
Èﬁp0:Company 000121B121 rue de la R√©publiqueB
69004 LyonJdr-000121@example.comΩ
DR-000138-1	DR-000138DR-000138-INV-001"CRED-007(‰Ëµßƒ20R}
INV-000138-001	ªºEURÈ"È0:Company 000138B138 rue de la R√©publiqueB
69003 LyonJdr-000138@example.com%
day-2025-01-08(ò∞Ò¬ƒ20≤	
Èª
DR-000022-1	DR-000022DR-000022-INV-001"CRED-010(Ä†œ–ƒ20R{
INV-000022-001 GEURÈ	"È
0:Company 000022B22 rue de la R√©publiqueB
69004 LyonJdr-000022@example.comΩ
DR-000066-1	DR-000066DR-000066-INV-001"CRED-003(≤†œ–ƒ20R}
INV-000066-001	ÄüUSDÈ	"È
0:Customer 000066B66 rue de la R√©publiqueB
69003 LyonJdr-000066@example.comc
DR-000078-2	DR-000078DR-000078-INV-001"CRED-007(‰†œ–ƒ20j#
DR-000078-CN-2îNEURÈ	ª
DR-000022-1	DR-000022DR-000022-INV-001"CRED-010(Ä†œ–ƒ20R{
INV-000022-001 GEURÈ	"È
0:Company 000022B22 rue de la R√©publiqueB
69004 LyonJdr-000022@example.com%
day-2025-01-09(òËäÏƒ20≤	
È	Ω
DR-000040-1	DR-000040DR-000040-INV-001"CRED-007(ÄÿË˘ƒ20R}
INV-000040-001
‹Û˙EURÈ
"È	0:Company 000040B40 rue de la R√©publiqueB
69004 LyonJdr-000040@example.comº
DR-000049-1	DR-000049DR-000049-INV-001"CRED-004(≤ÿË˘ƒ20R|
INV-000049-001	Œ…EURÈ
"È0:Company 000049B49 rue de la R√©publiqueB
69004 LyonJdr-000049@example.comΩ
DR-000077-1	DR-000077DR-000077-INV-001"CRED-004(‰ÿË˘ƒ20R}
INV-000077-001	ÒÁEURÈ
"È	0:Customer 000077B77 rue de la R√©publiqueB
69005 LyonJdr-000077@example.comæ
DR-000146-1	DR-000146DR-000146-INV-001"CRED-007(ñŸË˘ƒ20R~
INV-000146-001
ÄÉ˛EURÈ
"È0:Company 000146B146 rue de la R√©publiqueB
69002 LyonJdr-000146@example.comæ
DR-000147-1	DR-000147DR-000147-INV-001"CRED-006(»ŸË˘ƒ20R~
INV-000147-001
Ä¿£EURÈ
"È0:Company 000147B147 rue de la R√©publiqueB
69003 LyonJdr-000147@example.comÃ
DR-000221-1	DR-000221DR-000221-INV-001"CRED-004(˙ŸË˘ƒ20Rã
INV-000221-001	™Ù9EURÈ
"È*
Èüî0:Company 000221B21 rue de la R√©publiqueB
69005 LyonJdr-000221@example.comΩ
DR-000235-1	DR-000235DR-000235-INV-001"CRED-006(¨⁄Ë˘ƒ20R}
INV-000235-001	å´EURÈ
"È	0:Customer 000235B35 rue de la R√©publiqueB
69001 LyonJdr-000235@example.com%
day-2025-01-10(ò†§ï≈20≤	
È
º
DR-000038-1	DR-000038DR-000038-INV-001"CRED-001(ÄêÇ£≈20R|
INV-000038-001	∏⁄:EURÈ"È0:Company 000038B38 rue de la R√©publiqueB
69002 LyonJdr-000038@example.com%
day-2025-01-11(òÿΩæ≈20≤	
ÈΩ
DR-000044-1	DR-000044DR-000044-INV-001"CRED-002(Ä»õÃ≈20R}
INV-000044-001	≥˙EURÈ"È0:Customer 000044B44 rue de la R√©publiqueB
69008 LyonJdr-000044@example.comΩ
DR-000082-1	DR-000082DR-000082-INV-001"CRED-010(≤»õÃ≈20R}
INV-000082-001	‰§EURÈ"È0:Customer 000082B82 rue de la R√©publiqueB
69001 LyonJdr-000082@example.comg
DR-000221-2	DR-000221DR-000221-INV-001"CRED-004(‰»õÃ≈20Z'
DR-000221-PAY-1	ã‡8EURÈ g
DR-000221-2	DR-000221DR-000221-INV-001"CRED-004(‰»õÃ≈20Z'
DR-000221-PAY-1	ã‡8EURÈ %
day-2025-01-12(òê◊Á≈20≤	
Èº
DR-000009-1	DR-000009DR-000009-INV-001"CRED-011(ÄÄµı≈20R|
INV-000009-001	øÀEURÈ"È0:Customer 000009B9 rue de la R√©publiqueB
69009 LyonJdr-000009@example.comº
DR-000010-1	DR-000010DR-000010-INV-001"CRED-004(≤Äµı≈20R|
INV-000010-001úHEURÈ"È0:Customer 000010B10 rue de la R√©publiqueB
69001 LyonJdr-000010@example.comd
DR-000040-2	DR-000040DR-000040-INV-001"CRED-007(‰Äµı≈20j$
DR-000040-CN-2	ÒçEURÈΩ
DR-000129-1	DR-000129DR-000129-INV-001"CRED-007(ñÅµı≈20R}
INV-000129-001	¿ùEURÈ"È0:Company 000129B129 rue de la R√©publiqueB
69003 LyonJdr-000129@example.comΩ
DR-000136-1	DR-000136DR-000136-INV-001"CRED-004(»Åµı≈20R}
INV-000136-001	∞ûEURÈ"È0:Company 000136B136 rue de la R√©publiqueB
69001 LyonJdr-000136@example.comΩ
DR-000231-1	DR-000231DR-000231-INV-001"CRED-006(˙Åµı≈20R}
INV-000231-001	Ì°EURÈ"È0:Customer 000231B31 rue de la R√©publiqueB
69006 LyonJdr-000231@example.com%
day-2025-01-13(ò»ê∆20≤	
Èº
DR-000013-1	DR-000013DR-000013-INV-001"CRED-012(Ä∏Œû∆20R|
INV-000013-001	öù9EURÈ"È0:Company 000013B13 rue de la R√©publiqueB
69004 LyonJdr-000013@example.comÀ
DR-000014-1	DR-000014DR-000014-INV-001"CRED-006(≤∏Œû∆20Rä
INV-000014-001	∂ÌUSDÈ"È*
ÈÔ	0:Company 000014B14 rue de la R√©publiqueB
69005 LyonJdr-000014@example.comº
DR-000026-1	DR-000026DR-000026-INV-001"CRED-003(‰∏Œû∆20R|
INV-000026-001	“≤EURÈ"È0:Company 000026B26 rue de la R√©publiqueB
69008 LyonJdr-000026@example.comΩ
DR-000071-1	DR-000071DR-000071-INV-001"CRED-010(ñπŒû∆20R}
INV-000071-001	≠“EURÈ"È0:Customer 000071B71 rue de la R√©publiqueB
69008 LyonJdr-000071@example.com 
DR-000080-1	DR-000080DR-000080-INV-001"CRED-012(»πŒû∆20Râ
INV-000080-001®hEURÈ"È*
Èã0:Company 000080B80 rue de la R√©publiqueB
69008 LyonJdr-000080@example.comÀ
DR-000128-1	DR-000128DR-000128-INV-001"CRED-012(˙πŒû∆20Rä
INV-000128-001ƒGEURÈ"È*
È∑0:Company 000128B128 rue de la R√©publiqueB
69002 LyonJdr-000128@example.comº
DR-000236-1	DR-000236DR-000236-INV-001"CRED-011(¨∫Œû∆20R|
INV-000236-001ñeEURÈ"È0:Customer 000236B36 rue de la R√©publiqueB
69002 LyonJdr-000236@example.com%
day-2025-01-14(òÄä∫∆20≤	
Èg
DR-000172-2	DR-000172DR-000172-INV-001"CRED-010(ÄÁ«∆20Z'
DR-000172-PAY-1	’’EURÈ æ
DR-000186-1	DR-000186DR-000186-INV-001"CRED-010(≤Á«∆20R~
INV-000186-001	ÖÌEURÈ"È0:Customer 000186B186 rue de la R√©publiqueB
69006 LyonJdr-000186@example.comÕ
DR-000216-1	DR-000216DR-000216-INV-001"CRED-010(‰Á«∆20Rå
INV-000216-001
Óï±EURÈ"È*
È«≈0:Company 000216B16 rue de la R√©publiqueB
69009 LyonJdr-000216@example.com_
DR-000229-2	DR-000229DR-000229-INV-001"CRED-009(ñÒÁ«∆20ä
goods not deliveredÈ%
day-2025-01-15(ò∏£„∆20≤	
Èº
DR-000057-1	DR-000057DR-000057-INV-001"CRED-011(Ä®ÅÒ∆20R|
INV-000057-001	œôEURÈ"È0:Company 000057B57 rue de la R√©publiqueB
69003 LyonJdr-000057@example.comº
DR-000183-1	DR-000183DR-000183-INV-001"CRED-010(≤®ÅÒ∆20R|
INV-000183-001≤GEURÈ"È0:Company 000183B183 rue de la R√©publiqueB
69003 LyonJdr-000183@example.comÀ
DR-000219-1	DR-000219DR-000219-INV-001"CRED-012(‰®ÅÒ∆20Rä
INV-000219-001	÷ûEURÈ"È*
È›0:Company 000219B19 rue de la R√©publiqueB
69003 LyonJdr-000219@example.com%
day-2025-01-16(òºå«20≤	
Èº
DR-000056-1	DR-000056DR-000056-INV-001"CRED-002(Ä‡öö«20R|
INV-000056-001	æòEURÈ"È0:Company 000056B56 rue de la R√©publiqueB
69002 LyonJdr-000056@example.comΩ
DR-000250-1	DR-000250DR-000250-INV-001"CRED-007(≤‡öö«20R}
INV-000250-001	Â◊EURÈ"È0:Customer 000250B50 rue de la R√©publiqueB
69007 LyonJdr-000250@example.com%
day-2025-01-17(ò®÷µ«20≤	
Èº
DR-000001-1	DR-000001DR-000001-INV-001"CRED-005(Äò¥√«20R|
INV-000001-001	œ¢EURÈ"È0:Customer 000001B1 rue de la R√©publiqueB
69001 LyonJdr-000001@example.comg
DR-000078-3	DR-000078DR-000078-INV-001"CRED-007(≤ò¥√«20Z'
DR-000078-PAY-1	˜∫EURÈ Ω
DR-000131-1	DR-000131DR-000131-INV-001"CRED-011(‰ò¥√«20R}
INV-000131-001	Ì¸USDÈ"È0:Company 000131B131 rue de la R√©publiqueB
69005 LyonJdr-000131@example.com_
DR-000242-2	DR-000242DR-000242-INV-001"CRED-004(ñô¥√«20ä
goods not deliveredÈ%
day-2025-01-18(ò‡Ôﬁ«20≤	
Èº
DR-000032-1	DR-000032DR-000032-INV-001"CRED-010(Ä–ÕÏ«20R|
INV-000032-001	≤‚7GBPÈ"È0:Company 000032B32 rue de la R√©publiqueB
69005 LyonJdr-000032@example.comæ
DR-000175-1	DR-000175DR-000175-INV-001"CRED-003(≤–ÕÏ«20R~
INV-000175-001	§‡GBPÈ"È0:Customer 000175B175 rue de la R√©publiqueB
69004 LyonJdr-000175@example.comΩ
DR-000191-1	DR-000191DR-000191-INV-001"CRED-005(‰–ÕÏ«20R}
INV-000191-001ËrEURÈ"È0:Customer 000191B191 rue de la R√©publiqueB
69002 LyonJdr-000191@example.com%
day-2025-01-19(òòâà»20≤	
Èº
DR-000058-1	DR-000058DR-000058-INV-001"CRED-007(ÄàÁï»20R|
INV-000058-001	ä±#EURÈ"È0:Company 000058B58 rue de la R√©publiqueB
69004 LyonJdr-000058@example.comΩ
DR-000097-1	DR-000097DR-000097-INV-001"CRED-010(≤àÁï»20R}
INV-000097-001	ËÚEURÈ"È0:Customer 000097B97 rue de la R√©publiqueB
69007 LyonJdr-000097@example.comæ
DR-000103-1	DR-000103DR-000103-INV-001"CRED-001(‰àÁï»20R~
INV-000103-001	π›EURÈ"È0:Customer 000103B103 rue de la R√©publiqueB
69004 LyonJdr-000103@example.comæ
DR-000105-1	DR-000105DR-000105-INV-001"CRED-001(ñâÁï»20R~
INV-000105-001	Á∞	EURÈ"È0:Customer 000105B105 rue de la R√©publiqueB
69006 LyonJdr-000105@example.comæ
DR-000192-1	DR-000192DR-000192-INV-001"CRED-011(»âÁï»20R~
INV-000192-001	§ÛEURÈ"È0:Customer 000192B192 rue de la R√©publiqueB
69003 LyonJdr-000192@example.comº
DR-000230-1	DR-000230DR-000230-INV-001"CRED-005(˙âÁï»20R|
INV-000230-001Ò\EURÈ"È0:Customer 000230B30 rue de la R√©publiqueB
69005 LyonJdr-000230@example.comº
DR-000234-1	DR-000234DR-000234-INV-001"CRED-005(¨äÁï»20R|
INV-000234-001	åñ-GBPÈ"È0:Company 000234B34 rue de la R√©publiqueB
69009 LyonJdr-000234@example.com%
day-2025-01-20(ò–¢±»20≤	
ÈŒ
DR-000130-1	DR-000130DR-000130-INV-001"CRED-004(Ä¿Äø»20Rç
INV-000130-001
îãçEURÈ"È*
ÈóÈ0:Company 000130B130 rue de la R√©publiqueB
69004 LyonJdr-000130@example.comæ
DR-000135-1	DR-000135DR-000135-INV-001"CRED-010(≤¿Äø»20R~
INV-000135-001	˙•EURÈ"È0:Customer 000135B135 rue de la R√©publiqueB
69009 LyonJdr-000135@example.comÃ
DR-000149-1	DR-000149DR-000149-INV-001"CRED-009(‰¿Äø»20Rã
INV-000149-001	°‚EURÈ"È*
È©Q0:Company 000149B149 rue de la R√©publiqueB
69005 LyonJdr-000149@example.comÕ
DR-000181-1	DR-000181DR-000181-INV-001"CRED-003(ñ¡Äø»20Rå
INV-000181-001	©√5EURÈ"È*
ÈÉâ0:Company 000181B181 rue de la R√©publiqueB
69001 LyonJdr-000181@example.comΩ
DR-000187-1	DR-000187DR-000187-INV-001"CRED-001(»¡Äø»20R}
INV-000187-001	—ô*GBPÈ"È0:Company 000187B187 rue de la R√©publiqueB
69007 LyonJdr-000187@example.com%
day-2025-01-21(òàº⁄»20≤	
Èº
DR-000028-1	DR-000028DR-000028-INV-001"CRED-008(Ä¯ôË»20R|
INV-000028-001	¯ÃGBPÈ"È0:Company 000028B28 rue de la R√©publiqueB
69001 LyonJdr-000028@example.comf
DR-000046-2	DR-000046DR-000046-INV-001"CRED-005(≤¯ôË»20Z&
DR-000046-PAY-1∑[EURÈ Ω
DR-000087-1	DR-000087DR-000087-INV-001"CRED-010(‰¯ôË»20R}
INV-000087-001	¨åEURÈ"È0:Customer 000087B87 rue de la R√©publiqueB
69006 LyonJdr-000087@example.comæ
DR-000126-1	DR-000126DR-000126-INV-001"CRED-009(ñ˘ôË»20R~
INV-000126-001	ŒÜUSDÈ"È0:Customer 000126B126 rue de la R√©publiqueB
69009 LyonJdr-000126@example.comæ
DR-000140-1	DR-000140DR-000140-INV-001"CRED-003(»˘ôË»20R~
INV-000140-001	≥‡EURÈ"È0:Customer 000140B140 rue de la R√©publiqueB
69005 LyonJdr-000140@example.comº
DR-000211-1	DR-000211DR-000211-INV-001"CRED-011(˙˘ôË»20R|
INV-000211-001ˇ2EURÈ"È0:Customer 000211B11 rue de la R√©publiqueB
69004 LyonJdr-000211@example.com%
day-2025-01-22(ò¿’É…20≤	
Èº
DR-000053-1	DR-000053DR-000053-INV-001"CRED-009(Ä∞≥ë…20R|
INV-000053-001äxEURÈ"È0:Customer 000053B53 rue de la R√©publiqueB
69008 LyonJdr-000053@example.comº
DR-000088-1	DR-000088DR-000088-INV-001"CRED-003(≤∞≥ë…20R|
INV-000088-001	ˆäEURÈ"È0:Company 000088B88 rue de la R√©publiqueB
69007 LyonJdr-000088@example.comæ
DR-000137-1	DR-000137DR-000137-INV-001"CRED-005(‰∞≥ë…20R~
INV-000137-001
µ∂ÉEURÈ"È0:Company 000137B137 rue de la R√©publiqueB
69002 LyonJdr-000137@example.com%
day-2025-01-23(ò¯Ó¨…20≤	
Èº
DR-000025-1	DR-000025DR-000025-INV-001"CRED-008(ÄËÃ∫…20R|
INV-000025-001	±íEURÈ"È
0:Company 000025B25 rue de la R√©publiqueB
69007 LyonJdr-000025@example.comº
DR-000081-1	DR-000081DR-000081-INV-001"CRED-010(≤ËÃ∫…20R|
INV-000081-001	ª˘	EURÈ"È
0:Company 000081B81 rue de la R√©publiqueB
69009 LyonJdr-000081@example.comº
DR-000084-1	DR-000084DR-000084-INV-001"CRED-011(‰ËÃ∫…20R|
INV-000084-001	ÒÄEURÈ"È0:Company 000084B84 rue de la R√©publiqueB
69003 LyonJdr-000084@example.com_
DR-000136-2	DR-000136DR-000136-INV-001"CRED-004(ñÈÃ∫…20ä
goods not deliveredÈæ
DR-000143-1	DR-000143DR-000143-INV-001"CRED-007(»ÈÃ∫…20R~
INV-000143-001	·ˆGBPÈ"È0:Customer 000143B143 rue de la R√©publiqueB
69008 LyonJdr-000143@example.comæ
DR-000165-1	DR-000165DR-000165-INV-001"CRED-008(˙ÈÃ∫…20R~
INV-000165-001
ÀãøEURÈ"È0:Company 000165B165 rue de la R√©publiqueB
69003 LyonJdr-000165@example.comÃ
DR-000200-1	DR-000200DR-000200-INV-001"CRED-012(¨ÍÃ∫…20Rã
INV-000200-001	ì¯EURÈ"È*
È·0:Company 000200B200 rue de la R√©publiqueB
69002 LyonJdr-000200@example.com%
day-2025-01-24(ò∞à÷…20≤	
Èº
DR-000023-1	DR-000023DR-000023-INV-001"CRED-001(Ä†Ê„…20R|
INV-000023-001ß9EURÈ"È0:Customer 000023B23 rue de la R√©publiqueB
69005 LyonJdr-000023@example.comΩ
DR-000110-1	DR-000110DR-000110-INV-001"CRED-001(≤†Ê„…20R}
INV-000110-001	¥ˇtEURÈ"È0:Company 000110B110 rue de la R√©publiqueB
69002 LyonJdr-000110@example.comΩ
DR-000153-1	DR-000153DR-000153-INV-001"CRED-012(‰†Ê„…20R}
INV-000153-001úJEURÈ"È0:Customer 000153B153 rue de la R√©publiqueB
69009 LyonJdr-000153@example.comΩ
DR-000182-1	DR-000182DR-000182-INV-001"CRED-001(ñ°Ê„…20R}
INV-000182-001	Ü›EURÈ"È0:Company 000182B182 rue de la R√©publiqueB
69002 LyonJdr-000182@example.comd
DR-000234-2	DR-000234DR-000234-INV-001"CRED-005(»°Ê„…20j$
DR-000234-CN-2	÷ÔGBPÈ%
day-2025-01-25(òË°ˇ…20≤	
Èh
DR-000040-3	DR-000040DR-000040-INV-001"CRED-007(Äÿˇå 20Z(
DR-000040-PAY-1
ÎÂ‹EURÈ c
DR-000084-2	DR-000084DR-000084-INV-001"CRED-011(≤ÿˇå 20j#
DR-000084-CN-2Ö EURÈΩ
DR-000155-1	DR-000155DR-000155-INV-001"CRED-006(‰ÿˇå 20R}
INV-000155-001	”ÔCHFÈ"È0:Company 000155B155 rue de la R√©publiqueB
69002 LyonJdr-000155@example.comæ
DR-000173-1	DR-000173DR-000173-INV-001"CRED-008(ñŸˇå 20R~
INV-000173-001	ßÈEURÈ"È0:Customer 000173B173 rue de la R√©publiqueB
69002 LyonJdr-000173@example.comæ
DR-000179-1	DR-000179DR-000179-INV-001"CRED-003(»Ÿˇå 20R~
INV-000179-001	¸âEURÈ"È0:Customer 000179B179 rue de la R√©publiqueB
69008 LyonJdr-000179@example.comΩ
DR-000190-1	DR-000190DR-000190-INV-001"CRED-004(˙Ÿˇå 20R}
INV-000190-001	ÿèEURÈ"È0:Company 000190B190 rue de la R√©publiqueB
69001 LyonJdr-000190@example.com%
day-2025-01-26(ò†ª® 20≤	
Èæ
DR-000132-1	DR-000132DR-000132-INV-001"CRED-012(Äêô∂ 20R~
INV-000132-001
˝¥ëEURÈ"È0:Company 000132B132 rue de la R√©publiqueB
69006 LyonJdr-000132@example.comΩ
DR-000166-1	DR-000166DR-000166-INV-001"CRED-001(≤êô∂ 20R}
INV-000166-001	æãEURÈ"È0:Company 000166B166 rue de la R√©publiqueB
69004 LyonJdr-000166@example.comΩ
DR-000198-1	DR-000198DR-000198-INV-001"CRED-004(‰êô∂ 20R}
INV-000198-001	†€oEURÈ"È0:Company 000198B198 rue de la R√©publiqueB
69009 LyonJdr-000198@example.comº
DR-000213-1	DR-000213DR-000213-INV-001"CRED-011(ñëô∂ 20R|
INV-000213-001	Æª#CHFÈ"È0:Company 000213B13 rue de la R√©publiqueB
69006 LyonJdr-000213@example.com%
day-2025-01-27(òÿ‘— 20≤	
È^
DR-000035-2	DR-000035DR-000035-INV-001"CRED-012(Ä»≤ﬂ 20rÈ"courtesy-reminder^
DR-000065-2	DR-000065DR-000065-INV-001"CRED-003(≤»≤ﬂ 20rÈ"courtesy-reminderΩ
DR-000120-1	DR-000120DR-000120-INV-001"CRED-002(‰»≤ﬂ 20R}
INV-000120-001	…íEURÈ"È0:Company 000120B120 rue de la R√©publiqueB
69003 LyonJdr-000120@example.comΩ
DR-000123-1	DR-000123DR-000123-INV-001"CRED-009(ñ…≤ﬂ 20R}
INV-000123-001	®±;EURÈ"È0:Company 000123B123 rue de la R√©publiqueB
69006 LyonJdr-000123@example.comΩ
DR-000225-1	DR-000225DR-000225-INV-001"CRED-001(»…≤ﬂ 20R}
INV-000225-001	ˆ–EURÈ"È0:Customer 000225B25 rue de la R√©publiqueB
69009 LyonJdr-000225@example.com%
day-2025-01-28(òêÓ˙ 20≤	
Èg
DR-000035-3	DR-000035DR-000035-INV-001"CRED-012(ÄÄÃàÀ20Z'
DR-000035-PAY-1	ÃçEURÈ ^
DR-000108-2	DR-000108DR-000108-INV-001"CRED-004(≤ÄÃàÀ20rÈ"courtesy-reminderΩ
DR-000125-1	DR-000125DR-000125-INV-001"CRED-011(‰ÄÃàÀ20R}
INV-000125-001´bEURÈ"È0:Customer 000125B125 rue de la R√©publiqueB
69008 LyonJdr-000125@example.comæ
DR-000178-1	DR-000178DR-000178-INV-001"CRED-006(ñÅÃàÀ20R~
INV-000178-001	äë	USDÈ"È0:Customer 000178B178 rue de la R√©publiqueB
69007 LyonJdr-000178@example.comf
DR-000224-2	DR-000224DR-000224-INV-001"CRED-007(»ÅÃàÀ20Z&
DR-000224-PAY-1ƒ+USDÈ g
DR-000226-2	DR-000226DR-000226-INV-001"CRED-004(˙ÅÃàÀ20Z'
DR-000226-PAY-1	≤’EURÈ %
day-2025-01-29(ò»á§À20≤	
Èº
DR-000017-2	DR-000017DR-000017-INV-002"CRED-010(Ä∏Â±À20R|
INV-000017-002	§ﬁEURÈ"È0:Company 000017B17 rue de la R√©publiqueB
69008 LyonJdr-000017@example.comº
DR-000021-1	DR-000021DR-000021-INV-001"CRED-010(≤∏Â±À20R|
INV-000021-001	π√GBPÈ"È0:Company 000021B21 rue de la R√©publiqueB
69003 LyonJdr-000021@example.com^
DR-000037-2	DR-000037DR-000037-INV-001"CRED-010(‰∏Â±À20rÈ"courtesy-reminderª
DR-000062-1	DR-000062DR-000062-INV-001"CRED-009(ñπÂ±À20R{
INV-000062-001ÄbEURÈ"È0:Company 000062B62 rue de la R√©publiqueB
69008 LyonJdr-000062@example.comg
DR-000065-3	DR-000065DR-000065-INV-001"CRED-003(»πÂ±À20Z'
DR-000065-PAY-1	ö◊EURÈ Ω
DR-000067-1	DR-000067DR-000067-INV-001"CRED-006(˙πÂ±À20R}
INV-000067-001
“¶ØEURÈ"È0:Company 000067B67 rue de la R√©publiqueB
69004 LyonJdr-000067@example.comΩ
DR-000073-1	DR-000073DR-000073-INV-001"CRED-002(¨∫Â±À20R}
INV-000073-001	ÄıEURÈ"È0:Customer 000073B73 rue de la R√©publiqueB
69001 LyonJdr-000073@example.comΩ
DR-000079-1	DR-000079DR-000079-INV-001"CRED-006(ﬁ∫Â±À20R}
INV-000079-001	ÌìEURÈ"È0:Customer 000079B79 rue de la R√©publiqueB
69007 LyonJdr-000079@example.comΩ
DR-000133-1	DR-000133DR-000133-INV-001"CRED-002(êªÂ±À20R}
INV-000133-001	∞ÌEURÈ"È0:Company 000133B133 rue de la R√©publiqueB
69007 LyonJdr-000133@example.comæ
DR-000164-1	DR-000164DR-000164-INV-001"CRED-011(¬ªÂ±À20R~
INV-000164-001	‹ôEURÈ"È0:Customer 000164B164 rue de la R√©publiqueB
69002 LyonJdr-000164@example.com%
day-2025-01-30(òÄ°ÕÀ20≤	
Èª
DR-000002-1	DR-000002DR-000002-INV-001"CRED-001(Ä˛⁄À20R{
INV-000002-001	ÅØREURÈ"È0:Company 000002B2 rue de la R√©publiqueB
69002 LyonJdr-000002@example.comg
DR-000084-3	DR-000084DR-000084-INV-001"CRED-011(≤˛⁄À20Z'
DR-000084-PAY-1	Ï‡EURÈ º
DR-000090-1	DR-000090DR-000090-INV-001"CRED-010(‰˛⁄À20R|
INV-000090-001	©ˆEURÈ"È0:Company 000090B90 rue de la R√©publiqueB
69009 LyonJdr-000090@example.comÃ
DR-000094-1	DR-000094DR-000094-INV-001"CRED-002(ñÒ˛⁄À20Rã
INV-000094-001	Ë˙VEURÈ"È*
È
Œﬁ0:Company 000094B94 rue de la R√©publiqueB
69004 LyonJdr-000094@example.comq
DR-000108-3	DR-000108DR-000108-INV-001"CRED-004(»Ò˛⁄À20ä0
billing error on some lines§_EURÈæ
DR-000162-1	DR-000162DR-000162-INV-001"CRED-012(˙Ò˛⁄À20R~
INV-000162-001	∆ÊUSDÈ"È0:Customer 000162B162 rue de la R√©publiqueB
69009 LyonJdr-000162@example.comÕ
DR-000195-1	DR-000195DR-000195-INV-001"CRED-002(¨Ú˛⁄À20Rå
INV-000195-001	Æˇ8GBPÈ"È*
È
Ùë0:Company 000195B195 rue de la R√©publiqueB
69006 LyonJdr-000195@example.comº
DR-000202-1	DR-000202DR-000202-INV-001"CRED-008(ﬁÚ˛⁄À20R|
INV-000202-001	ÄÃEURÈ"È0:Customer 000202B2 rue de la R√©publiqueB
69004 LyonJdr-000202@example.com%
day-2025-01-31(ò∏∫ˆÀ20≤	
È^
DR-000030-2	DR-000030DR-000030-INV-001"CRED-005(Ä®òÑÃ20rÈ"courtesy-reminderæ
DR-000112-2	DR-000112DR-000112-INV-002"CRED-001(≤®òÑÃ20R~
INV-000112-002
Œ±ïEURÈ"È0:Company 000112B112 rue de la R√©publiqueB
69004 LyonJdr-000112@example.comΩ
DR-000117-1	DR-000117DR-000117-INV-001"CRED-004(‰®òÑÃ20R}
INV-000117-001	Òì8EURÈ"È0:Company 000117B117 rue de la R√©publiqueB
69009 LyonJdr-000117@example.com^
DR-000174-2	DR-000174DR-000174-INV-001"CRED-003(ñ©òÑÃ20rÈ"courtesy-reminder 
DR-000203-1	DR-000203DR-000203-INV-001"CRED-011(»©òÑÃ20Râ
INV-000203-001	∂´ EURÈ"È*
È‰R0:Company 000203B3 rue de la R√©publiqueB
69005 LyonJdr-000203@example.comg
DR-000234-3	DR-000234DR-000234-INV-001"CRED-005(˙©òÑÃ20Z'
DR-000234-PAY-1	∂¶'GBPÈ %
day-2025-02-01(ò”üÃ20≤	
ÈΩ
DR-000070-1	DR-000070DR-000070-INV-001"CRED-003(Ä‡±≠Ã20R}
INV-000070-001	ôÔEURÈ"È0:Customer 000070B70 rue de la R√©publiqueB
69007 LyonJdr-000070@example.comΩ
DR-000104-1	DR-000104DR-000104-INV-001"CRED-004(≤‡±≠Ã20R}
INV-000104-001∏dEURÈ"È0:Customer 000104B104 rue de la R√©publiqueB
69005 LyonJdr-000104@example.comg
DR-000129-2	DR-000129DR-000129-INV-001"CRED-007(‰‡±≠Ã20Z'
DR-000129-PAY-1	¿ùEURÈ æ
DR-000160-1	DR-000160DR-000160-INV-001"CRED-010(ñ·±≠Ã20R~
INV-000160-001	„¿EURÈ"È0:Customer 000160B160 rue de la R√©publiqueB
69007 LyonJdr-000160@example.comΩ
DR-000168-1	DR-000168DR-000168-INV-001"CRED-002(»·±≠Ã20R}
INV-000168-001	π…GBPÈ"È0:Company 000168B168 rue de la R√©publiqueB
69006 LyonJdr-000168@example.comΩ
DR-000185-1	DR-000185DR-000185-INV-001"CRED-001(˙·±≠Ã20R}
INV-000185-001îNEURÈ"È0:Customer 000185B185 rue de la R√©publiqueB
69005 LyonJdr-000185@example.com%
day-2025-02-02(ò®Ì»Ã20≤	
ÈΩ
DR-000052-1	DR-000052DR-000052-INV-001"CRED-008(ÄòÀ÷Ã20R}
INV-000052-001	Ú•EURÈ"È0:Customer 000052B52 rue de la R√©publiqueB
69007 LyonJdr-000052@example.comΩ
DR-000124-1	DR-000124DR-000124-INV-001"CRED-012(≤òÀ÷Ã20R}
INV-000124-001ƒ-EURÈ"È0:Customer 000124B124 rue de la R√©publiqueB
69007 LyonJdr-000124@example.comæ
DR-000127-1	DR-000127DR-000127-INV-001"CRED-012(‰òÀ÷Ã20R~
INV-000127-001	ÄûEURÈ"È0:Customer 000127B127 rue de la R√©publiqueB
69001 LyonJdr-000127@example.com^
DR-000141-2	DR-000141DR-000141-INV-001"CRED-012(ñôÀ÷Ã20rÈ"courtesy-reminderg
DR-000141-3	DR-000141DR-000141-INV-001"CRED-012(»ôÀ÷Ã20Z'
DR-000141-PAY-1	÷‰EURÈ Ω
DR-000151-1	DR-000151DR-000151-INV-001"CRED-012(˙ôÀ÷Ã20R}
INV-000151-001ﬁEURÈ"È0:Customer 000151B151 rue de la R√©publiqueB
69007 LyonJdr-000151@example.comæ
DR-000158-1	DR-000158DR-000158-INV-001"CRED-010(¨öÀ÷Ã20R~
INV-000158-001	ˇ≠EURÈ"È0:Customer 000158B158 rue de la R√©publiqueB
69005 LyonJdr-000158@example.com%
day-2025-02-03(ò‡ÜÚÃ20≤	
Èª
DR-000204-1	DR-000204DR-000204-INV-001"CRED-006(Ä–‰ˇÃ20R{
INV-000204-001	‡‘-EURÈ"È0:Company 000204B4 rue de la R√©publiqueB
69006 LyonJdr-000204@example.com%
day-2025-02-04(òò†õÕ20≤	
ÈÃ
DR-000019-1	DR-000019DR-000019-INV-001"CRED-002(Äà˛®Õ20Rã
INV-000019-001	÷˘9EURÈ"È*
È≠î0:Company 000019B19 rue de la R√©publiqueB
69001 LyonJdr-000019@example.comÃ
DR-000060-1	DR-000060DR-000060-INV-001"CRED-012(≤à˛®Õ20Rã
INV-000060-001	ÄæbEURÈ"È*
Èè¸0:Company 000060B60 rue de la R√©publiqueB
69006 LyonJdr-000060@example.comΩ
DR-000111-1	DR-000111DR-000111-INV-001"CRED-008(‰à˛®Õ20R}
INV-000111-001ˆmEURÈ"È0:Customer 000111B111 rue de la R√©publiqueB
69003 LyonJdr-000111@example.comΩ
DR-000119-1	DR-000119DR-000119-INV-001"CRED-007(ñâ˛®Õ20R}
INV-000119-001	Ù€3EURÈ"È0:Company 000119B119 rue de la R√©publiqueB
69002 LyonJdr-000119@example.comΩ
DR-000138-2	DR-000138DR-000138-INV-002"CRED-007(»â˛®Õ20R}
INV-000138-002	çãEURÈ"È0:Company 000138B138 rue de la R√©publiqueB
69003 LyonJdr-000138@example.comΩ
DR-000139-1	DR-000139DR-000139-INV-001"CRED-001(˙â˛®Õ20R}
INV-000139-001	ÒâGBPÈ"È0:Company 000139B139 rue de la R√©publiqueB
69004 LyonJdr-000139@example.comΩ
DR-000170-1	DR-000170DR-000170-INV-001"CRED-005(¨ä˛®Õ20R}
INV-000170-001	∑†}CHFÈ"È0:Company 000170B170 rue de la R√©publiqueB
69008 LyonJdr-000170@example.com%
day-2025-02-05(ò–πƒÕ20≤	
ÈΩ
DR-000045-1	DR-000045DR-000045-INV-001"CRED-004(Ä¿ó“Õ20R}
INV-000045-001	·åEURÈ"È0:Customer 000045B45 rue de la R√©publiqueB
69009 LyonJdr-000045@example.comg
DR-000077-2	DR-000077DR-000077-INV-001"CRED-004(≤¿ó“Õ20Z'
DR-000077-PAY-1	ÒÁEURÈ Ω
DR-000161-1	DR-000161DR-000161-INV-001"CRED-004(‰¿ó“Õ20R}
INV-000161-001ètEURÈ"È0:Customer 000161B161 rue de la R√©publiqueB
69008 LyonJdr-000161@example.com%
day-2025-02-06(òà”ÌÕ20≤	
ÈΩ
DR-000106-1	DR-000106DR-000106-INV-001"CRED-004(Ä¯∞˚Õ20R}
INV-000106-001	•©sUSDÈ"È0:Company 000106B106 rue de la R√©publiqueB
69007 LyonJdr-000106@example.comæ
DR-000107-1	DR-000107DR-000107-INV-001"CRED-011(≤¯∞˚Õ20R~
INV-000107-001	Ï–EURÈ"È	0:Customer 000107B107 rue de la R√©publiqueB
69008 LyonJdr-000107@example.comΩ
DR-000114-1	DR-000114DR-000114-INV-001"CRED-002(‰¯∞˚Õ20R}
INV-000114-001	ƒìEURÈ"È0:Company 000114B114 rue de la R√©publiqueB
69006 LyonJdr-000114@example.comΩ
DR-000142-1	DR-000142DR-000142-INV-001"CRED-005(ñ˘∞˚Õ20R}
INV-000142-001	Ù˘&EURÈ"È	0:Company 000142B142 rue de la R√©publiqueB
69007 LyonJdr-000142@example.com_
DR-000220-2	DR-000220DR-000220-INV-001"CRED-012(»˘∞˚Õ20rÈ"reminder-1-emailg
DR-000220-3	DR-000220DR-000220-INV-001"CRED-012(˙˘∞˚Õ20Z'
DR-000220-PAY-1	”©EURÈ Ω
DR-000228-2	DR-000228DR-000228-INV-002"CRED-012(¨˙∞˚Õ20R}
INV-000228-002
◊îÆEURÈ"È0:Company 000228B28 rue de la R√©publiqueB
69003 LyonJdr-000228@example.comg
DR-000231-2	DR-000231DR-000231-INV-001"CRED-006(ﬁ˙∞˚Õ20Z'
DR-000231-PAY-1	Ì°EURÈ º
DR-000244-1	DR-000244DR-000244-INV-001"CRED-002(ê˚∞˚Õ20R|
INV-000244-001	òˇ EURÈ"È0:Company 000244B44 rue de la R√©publiqueB
69001 LyonJdr-000244@example.com%
day-2025-02-07(ò¿ÏñŒ20≤	
Èc
DR-000017-3	DR-000017DR-000017-INV-002"CRED-010(Ä∞ §Œ20j#
DR-000017-CN-3≈4EURÈª
DR-000039-1	DR-000039DR-000039-INV-001"CRED-008(≤∞ §Œ20R{
INV-000039-001“vEURÈ"È
0:Company 000039B39 rue de la R√©publiqueB
69003 LyonJdr-000039@example.com^
DR-000044-2	DR-000044DR-000044-INV-001"CRED-002(‰∞ §Œ20rÈ"courtesy-reminderg
DR-000091-2	DR-000091DR-000091-INV-001"CRED-005(ñ± §Œ20Z'
DR-000091-PAY-1	ÔΩEURÈ Ω
DR-000134-1	DR-000134DR-000134-INV-001"CRED-009(»± §Œ20R}
INV-000134-001º6EURÈ"È
0:Customer 000134B134 rue de la R√©publiqueB
69008 LyonJdr-000134@example.comº
DR-000207-1	DR-000207DR-000207-INV-001"CRED-005(˙± §Œ20R|
INV-000207-001	ÇæEURÈ"È
0:Customer 000207B7 rue de la R√©publiqueB
69009 LyonJdr-000207@example.comg
DR-000215-2	DR-000215DR-000215-INV-001"CRED-011(¨≤ §Œ20Z'
DR-000215-PAY-1	õìEURÈ _
DR-000228-3	DR-000228DR-000228-INV-001"CRED-012(ﬁ≤ §Œ20rÈ"reminder-1-emailΩ
DR-000240-1	DR-000240DR-000240-INV-001"CRED-012(ê≥ §Œ20R}
INV-000240-001
¯çöEURÈ"È0:Company 000240B40 rue de la R√©publiqueB
69006 LyonJdr-000240@example.comΩ
DR-000241-1	DR-000241DR-000241-INV-001"CRED-009(¬≥ §Œ20R}
INV-000241-001	ü¡EURÈ"È	0:Customer 000241B41 rue de la R√©publiqueB
69007 LyonJdr-000241@example.com%
day-2025-02-08(ò¯Ö¿Œ20≤	
È^
DR-000009-2	DR-000009DR-000009-INV-001"CRED-011(ÄË„ÕŒ20rÈ	"courtesy-reminder_
DR-000037-3	DR-000037DR-000037-INV-001"CRED-010(≤Ë„ÕŒ20rÈ	"reminder-1-emailΩ
DR-000054-1	DR-000054DR-000054-INV-001"CRED-011(‰Ë„ÕŒ20R}
INV-000054-001	˚∏EURÈ	"È0:Customer 000054B54 rue de la R√©publiqueB
69009 LyonJdr-000054@example.com_
DR-000096-2	DR-000096DR-000096-INV-001"CRED-012(ñÈ„ÕŒ20rÈ	"reminder-1-emailΩ
DR-000116-1	DR-000116DR-000116-INV-001"CRED-001(»È„ÕŒ20R}
INV-000116-001	Òû+EURÈ	"È0:Company 000116B116 rue de la R√©publiqueB
69008 LyonJdr-000116@example.comæ
DR-000156-1	DR-000156DR-000156-INV-001"CRED-007(˙È„ÕŒ20R~
INV-000156-001
––≈EURÈ	"È0:Company 000156B156 rue de la R√©publiqueB
69003 LyonJdr-000156@example.comΩ
DR-000194-1	DR-000194DR-000194-INV-001"CRED-001(¨Í„ÕŒ20R}
INV-000194-001	¡æUSDÈ	"È0:Company 000194B194 rue de la R√©publiqueB
69005 LyonJdr-000194@example.comΩ
DR-000246-1	DR-000246DR-000246-INV-001"CRED-003(ﬁÍ„ÕŒ20R}
INV-000246-001	¸°EURÈ	"È0:Customer 000246B46 rue de la R√©publiqueB
69003 LyonJdr-000246@example.comg
DR-000250-2	DR-000250DR-000250-INV-001"CRED-007(êÎ„ÕŒ20Z'
DR-000250-PAY-1	Â◊EURÈ	 %
day-2025-02-09(ò∞üÈŒ20≤	
È	ª
DR-000004-1	DR-000004DR-000004-INV-001"CRED-003(Ä†˝ˆŒ20R{
INV-000004-001	Î‡EURÈ
"È0:Company 000004B4 rue de la R√©publiqueB
69004 LyonJdr-000004@example.comÕ
DR-000020-1	DR-000020DR-000020-INV-001"CRED-009(≤†˝ˆŒ20Rå
INV-000020-001
ø’‘EURÈ
"È*
È∑†0:Company 000020B20 rue de la R√©publiqueB
69002 LyonJdr-000020@example.comº
DR-000055-1	DR-000055DR-000055-INV-001"CRED-002(‰†˝ˆŒ20R|
INV-000055-001üKEURÈ
"È0:Customer 000055B55 rue de la R√©publiqueB
69001 LyonJdr-000055@example.comq
DR-000066-2	DR-000066DR-000066-INV-001"CRED-003(ñ°˝ˆŒ20ä0
billing error on some lines∫wUSDÈ
_
DR-000118-2	DR-000118DR-000118-INV-001"CRED-001(»°˝ˆŒ20rÈ
"reminder-1-email^
DR-000128-2	DR-000128DR-000128-INV-001"CRED-012(˙°˝ˆŒ20rÈ
"courtesy-reminderº
DR-000208-1	DR-000208DR-000208-INV-001"CRED-008(¨¢˝ˆŒ20R|
INV-000208-001	ü¢EURÈ
"È0:Customer 000208B8 rue de la R√©publiqueB
69001 LyonJdr-000208@example.comΩ
DR-000217-1	DR-000217DR-000217-INV-001"CRED-008(ﬁ¢˝ˆŒ20R}
INV-000217-001	–ªEURÈ
"È0:Customer 000217B17 rue de la R√©publiqueB
69001 LyonJdr-000217@example.comº
DR-000247-2	DR-000247DR-000247-INV-002"CRED-012(ê£˝ˆŒ20R|
INV-000247-002	øÁEURÈ
"È0:Company 000247B47 rue de la R√©publiqueB
69004 LyonJdr-000247@example.com%
day-2025-02-10(òË∏íœ20≤	
È
f
DR-000010-2	DR-000010DR-000010-INV-001"CRED-004(Äÿñ†œ20Z&
DR-000010-PAY-1úHEURÈ _
DR-000030-3	DR-000030DR-000030-INV-001"CRED-005(≤ÿñ†œ20rÈ"reminder-1-emailº
DR-000034-1	DR-000034DR-000034-INV-001"CRED-011(‰ÿñ†œ20R|
INV-000034-001üEEURÈ"È0:Customer 000034B34 rue de la R√©publiqueB
69007 LyonJdr-000034@example.comΩ
DR-000122-1	DR-000122DR-000122-INV-001"CRED-002(ñŸñ†œ20R}
INV-000122-001	∆Å5EURÈ"È0:Company 000122B122 rue de la R√©publiqueB
69005 LyonJdr-000122@example.comc
DR-000151-2	DR-000151DR-000151-INV-001"CRED-012(»Ÿñ†œ20j#
DR-000151-CN-2’EURÈ_
DR-000174-3	DR-000174DR-000174-INV-001"CRED-003(˙Ÿñ†œ20rÈ"reminder-1-emailΩ
DR-000176-1	DR-000176DR-000176-INV-001"CRED-008(¨⁄ñ†œ20R}
INV-000176-001»;EURÈ"È0:Customer 000176B176 rue de la R√©publiqueB
69005 LyonJdr-000176@example.com%
day-2025-02-11(ò†“ªœ20≤	
Èª
DR-000005-1	DR-000005DR-000005-INV-001"CRED-004(Äê∞…œ20R{
INV-000005-001	˘˘EURÈ"È0:Company 000005B5 rue de la R√©publiqueB
69005 LyonJdr-000005@example.comΩ
DR-000018-1	DR-000018DR-000018-INV-001"CRED-006(≤ê∞…œ20R}
INV-000018-001
›ÂëEURÈ"È0:Company 000018B18 rue de la R√©publiqueB
69009 LyonJdr-000018@example.comº
DR-000042-1	DR-000042DR-000042-INV-001"CRED-006(‰ê∞…œ20R|
INV-000042-001	∫zEURÈ"È0:Company 000042B42 rue de la R√©publiqueB
69006 LyonJdr-000042@example.com_
DR-000076-2	DR-000076DR-000076-INV-001"CRED-008(ñë∞…œ20rÈ"reminder-1-emailº
DR-000093-1	DR-000093DR-000093-INV-001"CRED-003(»ë∞…œ20R|
INV-000093-001	™ƒEURÈ"È0:Company 000093B93 rue de la R√©publiqueB
69003 LyonJdr-000093@example.comÕ
DR-000136-3	DR-000136DR-000136-INV-002"CRED-004(˙ë∞…œ20Rå
INV-000136-002	„ºBEURÈ"È*
Èñ™0:Company 000136B136 rue de la R√©publiqueB
69001 LyonJdr-000136@example.com%
day-2025-02-12(òÿÎ‰œ20≤	
Èº
DR-000003-1	DR-000003DR-000003-INV-001"CRED-012(Ä»…Úœ20R|
INV-000003-001	 √EURÈ"È0:Customer 000003B3 rue de la R√©publiqueB
69003 LyonJdr-000003@example.comº
DR-000016-1	DR-000016DR-000016-INV-001"CRED-001(≤»…Úœ20R|
INV-000016-001ÌfEURÈ"È0:Customer 000016B16 rue de la R√©publiqueB
69007 LyonJdr-000016@example.com∞
DR-000030-4	DR-000030DR-000030-INV-001"CRED-005(‰»…Úœ20Ço
DR-000030-PLAN-4È
ÈÔWEUR
ÈÔWEUR
ÈÔWEUR
ÈÔWEURæ
DR-000154-1	DR-000154DR-000154-INV-001"CRED-001(ñ……Úœ20R~
INV-000154-001	´áEURÈ"È0:Customer 000154B154 rue de la R√©publiqueB
69001 LyonJdr-000154@example.comŒ
DR-000197-1	DR-000197DR-000197-INV-001"CRED-006(»……Úœ20Rç
INV-000197-001
ÆŸ◊EURÈ"È*
Èó®0:Company 000197B197 rue de la R√©publiqueB
69008 LyonJdr-000197@example.comº
DR-000239-1	DR-000239DR-000239-INV-001"CRED-010(˙……Úœ20R|
INV-000239-001	á¿EURÈ"È0:Company 000239B39 rue de la R√©publiqueB
69005 LyonJdr-000239@example.comº
DR-000242-3	DR-000242DR-000242-INV-002"CRED-009(¨ …Úœ20R|
INV-000242-002	ŒñEURÈ"È0:Company 000242B42 rue de la R√©publiqueB
69008 LyonJdr-000242@example.com_
DR-000243-2	DR-000243DR-000243-INV-001"CRED-006(ﬁ …Úœ20rÈ"reminder-1-email%
day-2025-02-13(òêÖé–20≤	
È^
DR-000001-2	DR-000001DR-000001-INV-001"CRED-005(ÄÄ„õ–20rÈ"courtesy-reminderΩ
DR-000015-1	DR-000015DR-000015-INV-001"CRED-011(≤Ä„õ–20R}
INV-000015-001	Ì÷EURÈ"È0:Customer 000015B15 rue de la R√©publiqueB
69006 LyonJdr-000015@example.comΩ
DR-000069-1	DR-000069DR-000069-INV-001"CRED-009(‰Ä„õ–20R}
INV-000069-001	„˝CHFÈ"È0:Customer 000069B69 rue de la R√©publiqueB
69006 LyonJdr-000069@example.comº
DR-000072-1	DR-000072DR-000072-INV-001"CRED-001(ñÅ„õ–20R|
INV-000072-001	à¶%EURÈ"È0:Company 000072B72 rue de la R√©publiqueB
69009 LyonJdr-000072@example.comÀ
DR-000074-1	DR-000074DR-000074-INV-001"CRED-011(»Å„õ–20Rä
INV-000074-001	†˘EURÈ"È*
Èú0:Company 000074B74 rue de la R√©publiqueB
69002 LyonJdr-000074@example.comΩ
DR-000098-1	DR-000098DR-000098-INV-001"CRED-002(˙Å„õ–20R}
INV-000098-001	§Ô
EURÈ"È0:Customer 000098B98 rue de la R√©publiqueB
69008 LyonJdr-000098@example.com^
DR-000100-2	DR-000100DR-000100-INV-001"CRED-009(¨Ç„õ–20rÈ"courtesy-reminderg
DR-000103-2	DR-000103DR-000103-INV-001"CRED-001(ﬁÇ„õ–20Z'
DR-000103-PAY-1	π›EURÈ _
DR-000121-2	DR-000121DR-000121-INV-001"CRED-011(êÉ„õ–20rÈ"reminder-1-emailg
DR-000192-2	DR-000192DR-000192-INV-001"CRED-011(¬É„õ–20Z'
DR-000192-PAY-1	§ÛEURÈ _
DR-000220-4	DR-000220DR-000220-INV-001"CRED-012(ÙÉ„õ–20rÈ"reminder-2-phoneg
DR-000235-2	DR-000235DR-000235-INV-001"CRED-006(¶Ñ„õ–20Z'
DR-000235-PAY-1	àΩEURÈ Ω
DR-000237-1	DR-000237DR-000237-INV-001"CRED-007(ÿÑ„õ–20R}
INV-000237-001
ûëßEURÈ"È0:Company 000237B37 rue de la R√©publiqueB
69003 LyonJdr-000237@example.comg
DR-000243-3	DR-000243DR-000243-INV-001"CRED-006(äÖ„õ–20Z'
DR-000243-PAY-1	àòEURÈ º
DR-000245-1	DR-000245DR-000245-INV-001"CRED-002(ºÖ„õ–20R|
INV-000245-001	±áEURÈ"È0:Company 000245B45 rue de la R√©publiqueB
69002 LyonJdr-000245@example.com%
day-2025-02-14(ò»û∑–20≤	
Èg
DR-000001-3	DR-000001DR-000001-INV-001"CRED-005(Ä∏¸ƒ–20Z'
DR-000001-PAY-1	œ¢EURÈ Ω
DR-000029-1	DR-000029DR-000029-INV-001"CRED-001(≤∏¸ƒ–20R}
INV-000029-001	â¬EURÈ"È0:Customer 000029B29 rue de la R√©publiqueB
69002 LyonJdr-000029@example.comd
DR-000142-2	DR-000142DR-000142-INV-001"CRED-005(‰∏¸ƒ–20j$
DR-000142-CN-2	•˘EURÈΩ
DR-000149-2	DR-000149DR-000149-INV-002"CRED-009(ñπ¸ƒ–20R}
INV-000149-002	€Ÿ2EURÈ"È0:Company 000149B149 rue de la R√©publiqueB
69005 LyonJdr-000149@example.comæ
DR-000150-2	DR-000150DR-000150-INV-002"CRED-012(»π¸ƒ–20R~
INV-000150-002
”Å£EURÈ"È0:Company 000150B150 rue de la R√©publiqueB
69006 LyonJdr-000150@example.comΩ
DR-000152-1	DR-000152DR-000152-INV-001"CRED-004(˙π¸ƒ–20R}
INV-000152-001	í‰"EURÈ"È0:Company 000152B152 rue de la R√©publiqueB
69008 LyonJdr-000152@example.comg
DR-000174-4	DR-000174DR-000174-INV-001"CRED-003(¨∫¸ƒ–20Z'
DR-000174-PAY-1	íØGBPÈ _
DR-000228-4	DR-000228DR-000228-INV-001"CRED-012(ﬁ∫¸ƒ–20rÈ"reminder-2-phone^
DR-000228-5	DR-000228DR-000228-INV-001"CRED-012(êª¸ƒ–20z

Í”ÜEURÈÈ%
day-2025-02-15(òÄ∏‡–20≤	
Èº
DR-000035-4	DR-000035DR-000035-INV-002"CRED-012(ÄïÓ–20R|
INV-000035-002	Â¿EURÈ"È0:Company 000035B35 rue de la R√©publiqueB
69008 LyonJdr-000035@example.com_
DR-000037-4	DR-000037DR-000037-INV-001"CRED-010(≤ïÓ–20rÈ"reminder-2-phone^
DR-000037-5	DR-000037DR-000037-INV-001"CRED-010(‰ïÓ–20z

≤èäEURÈÈº
DR-000068-1	DR-000068DR-000068-INV-001"CRED-008(ñÒïÓ–20R|
INV-000068-001°IEURÈ"È0:Customer 000068B68 rue de la R√©publiqueB
69005 LyonJdr-000068@example.com_
DR-000096-3	DR-000096DR-000096-INV-001"CRED-012(»ÒïÓ–20rÈ"reminder-2-phone^
DR-000097-2	DR-000097DR-000097-INV-001"CRED-010(˙ÒïÓ–20rÈ"courtesy-reminderg
DR-000126-2	DR-000126DR-000126-INV-001"CRED-009(¨ÚïÓ–20Z'
DR-000126-PAY-1	ŒÜUSDÈ æ
DR-000177-1	DR-000177DR-000177-INV-001"CRED-008(ﬁÚïÓ–20R~
INV-000177-001	òØEURÈ"È0:Customer 000177B177 rue de la R√©publiqueB
69006 LyonJdr-000177@example.comΩ
DR-000180-1	DR-000180DR-000180-INV-001"CRED-009(êÛïÓ–20R}
INV-000180-001	ÿ⁄EURÈ"È0:Company 000180B180 rue de la R√©publiqueB
69009 LyonJdr-000180@example.comº
DR-000232-2	DR-000232DR-000232-INV-002"CRED-008(¬ÛïÓ–20R|
INV-000232-002	…·EURÈ"È0:Company 000232B32 rue de la R√©publiqueB
69007 LyonJdr-000232@example.com%
day-2025-02-16(ò∏—â—20≤	
Èg
DR-000017-4	DR-000017DR-000017-INV-002"CRED-010(Ä®Øó—20Z'
DR-000017-PAY-1	ﬂ©EURÈ º
DR-000024-1	DR-000024DR-000024-INV-001"CRED-008(≤®Øó—20R|
INV-000024-001¸mEURÈ"È0:Customer 000024B24 rue de la R√©publiqueB
69006 LyonJdr-000024@example.comΩ
DR-000061-1	DR-000061DR-000061-INV-001"CRED-007(‰®Øó—20R}
INV-000061-001
À•’EURÈ"È0:Company 000061B61 rue de la R√©publiqueB
69007 LyonJdr-000061@example.com_
DR-000118-3	DR-000118DR-000118-INV-001"CRED-001(ñ©Øó—20rÈ"reminder-2-phone\
DR-000118-4	DR-000118DR-000118-INV-001"CRED-001(»©Øó—20z
®$EURÈÈ^
DR-000135-2	DR-000135DR-000135-INV-001"CRED-010(˙©Øó—20rÈ"courtesy-reminderº
DR-000214-1	DR-000214DR-000214-INV-001"CRED-001(¨™Øó—20R|
INV-000214-001ÑmEURÈ"È0:Customer 000214B14 rue de la R√©publiqueB
69007 LyonJdr-000214@example.com%
day-2025-02-17(òÍ≤—20≤	
È_
DR-000044-3	DR-000044DR-000044-INV-001"CRED-002(Ä‡»¿—20rÈ"reminder-1-emailº
DR-000075-1	DR-000075DR-000075-INV-001"CRED-005(≤‡»¿—20R|
INV-000075-001	¢ö,GBPÈ"È0:Company 000075B75 rue de la R√©publiqueB
69003 LyonJdr-000075@example.comΩ
DR-000086-1	DR-000086DR-000086-INV-001"CRED-002(‰‡»¿—20R}
INV-000086-001	›êEURÈ"È0:Customer 000086B86 rue de la R√©publiqueB
69005 LyonJdr-000086@example.com^
DR-000087-2	DR-000087DR-000087-INV-001"CRED-010(ñ·»¿—20rÈ"courtesy-reminderº
DR-000099-1	DR-000099DR-000099-INV-001"CRED-010(»·»¿—20R|
INV-000099-001	à¥<USDÈ"È0:Company 000099B99 rue de la R√©publiqueB
69009 LyonJdr-000099@example.com_
DR-000174-5	DR-000174DR-000174-INV-001"CRED-003(˙·»¿—20rÈ"reminder-2-phoneq
DR-000202-2	DR-000202DR-000202-INV-001"CRED-008(¨‚»¿—20ä0
billing error on some linesè9EURÈº
DR-000229-3	DR-000229DR-000229-INV-002"CRED-009(ﬁ‚»¿—20R|
INV-000229-002	ÆÂEURÈ"È0:Company 000229B29 rue de la R√©publiqueB
69004 LyonJdr-000229@example.comL
DR-000229-4	DR-000229DR-000229-INV-001"CRED-009(ê„»¿—20íÈº
DR-000249-1	DR-000249DR-000249-INV-001"CRED-006(¬„»¿—20R|
INV-000249-001	îÙ<CHFÈ"È0:Company 000249B49 rue de la R√©publiqueB
69006 LyonJdr-000249@example.com%
day-2025-02-18(ò®Ñ‹—20≤	
È_
DR-000009-3	DR-000009DR-000009-INV-001"CRED-011(Äò‚È—20rÈ"reminder-1-emailf
DR-000053-2	DR-000053DR-000053-INV-001"CRED-009(≤ò‚È—20Z&
DR-000053-PAY-1äxEURÈ _
DR-000076-3	DR-000076DR-000076-INV-001"CRED-008(‰ò‚È—20rÈ"reminder-2-phone]
DR-000076-4	DR-000076DR-000076-INV-001"CRED-008(ñô‚È—20z
	ë·EURÈÈæ
DR-000115-1	DR-000115DR-000115-INV-001"CRED-004(»ô‚È—20R~
INV-000115-001	Á¶EURÈ"È0:Customer 000115B115 rue de la R√©publiqueB
69007 LyonJdr-000115@example.comd
DR-000116-2	DR-000116DR-000116-INV-001"CRED-001(˙ô‚È—20j$
DR-000116-CN-2	Î‡EURÈΩ
DR-000171-1	DR-000171DR-000171-INV-001"CRED-006(¨ö‚È—20R}
INV-000171-001	’œlEURÈ"È0:Company 000171B171 rue de la R√©publiqueB
69009 LyonJdr-000171@example.comg
DR-000178-2	DR-000178DR-000178-INV-001"CRED-006(ﬁö‚È—20Z'
DR-000178-PAY-1	äë	USDÈ º
DR-000201-1	DR-000201DR-000201-INV-001"CRED-005(êõ‚È—20R|
INV-000201-001	†æEURÈ"È0:Customer 000201B1 rue de la R√©publiqueB
69003 LyonJdr-000201@example.com%
day-2025-02-19(ò‡ùÖ“20≤	
È_
DR-000128-3	DR-000128DR-000128-INV-001"CRED-012(Ä–˚í“20rÈ"reminder-1-email_
DR-000130-2	DR-000130DR-000130-INV-001"CRED-004(≤–˚í“20ä
goods not deliveredÈ^
DR-000143-2	DR-000143DR-000143-INV-001"CRED-007(‰–˚í“20rÈ"courtesy-reminderg
DR-000143-3	DR-000143DR-000143-INV-001"CRED-007(ñ—˚í“20Z'
DR-000143-PAY-1	·ˆGBPÈ ª
DR-000205-1	DR-000205DR-000205-INV-001"CRED-008(»—˚í“20R{
INV-000205-001	˙ÔUSDÈ"È0:Company 000205B5 rue de la R√©publiqueB
69007 LyonJdr-000205@example.comΩ
DR-000223-1	DR-000223DR-000223-INV-001"CRED-010(˙—˚í“20R}
INV-000223-001	éäEURÈ"È0:Customer 000223B23 rue de la R√©publiqueB
69007 LyonJdr-000223@example.com_
DR-000236-2	DR-000236DR-000236-INV-001"CRED-011(¨“˚í“20rÈ"reminder-1-email%
day-2025-02-20(òò∑Æ“20≤	
È^
DR-000023-2	DR-000023DR-000023-INV-001"CRED-001(Äàïº“20rÈ"courtesy-reminderΩ
DR-000048-1	DR-000048DR-000048-INV-001"CRED-005(≤àïº“20R}
INV-000048-001	ê›EURÈ"È0:Customer 000048B48 rue de la R√©publiqueB
69003 LyonJdr-000048@example.comº
DR-000058-2	DR-000058DR-000058-INV-002"CRED-001(‰àïº“20R|
INV-000058-002	¨¶+EURÈ"È0:Company 000058B58 rue de la R√©publiqueB
69004 LyonJdr-000058@example.comª
DR-000059-1	DR-000059DR-000059-INV-001"CRED-006(ñâïº“20R{
INV-000059-001ú'USDÈ"È0:Company 000059B59 rue de la R√©publiqueB
69005 LyonJdr-000059@example.comº
DR-000080-2	DR-000080DR-000080-INV-002"CRED-012(»âïº“20R|
INV-000080-002	œ≈EURÈ"È0:Company 000080B80 rue de la R√©publiqueB
69008 LyonJdr-000080@example.comΩ
DR-000083-1	DR-000083DR-000083-INV-001"CRED-009(˙âïº“20R}
INV-000083-001
“»ßGBPÈ"È0:Company 000083B83 rue de la R√©publiqueB
69002 LyonJdr-000083@example.comΩ
DR-000095-1	DR-000095DR-000095-INV-001"CRED-008(¨äïº“20R}
INV-000095-001	œËEURÈ"È0:Customer 000095B95 rue de la R√©publiqueB
69005 LyonJdr-000095@example.comΩ
DR-000101-1	DR-000101DR-000101-INV-001"CRED-004(ﬁäïº“20R}
INV-000101-001	ÎîEURÈ"È0:Company 000101B101 rue de la R√©publiqueB
69002 LyonJdr-000101@example.com^
DR-000110-2	DR-000110DR-000110-INV-001"CRED-001(êãïº“20rÈ"courtesy-reminder_
DR-000121-3	DR-000121DR-000121-INV-001"CRED-011(¬ãïº“20rÈ"reminder-2-phoneL
DR-000159-3	DR-000159DR-000159-INV-001"CRED-008(Ùãïº“20íÈæ
DR-000169-1	DR-000169DR-000169-INV-001"CRED-009(¶åïº“20R~
INV-000169-001	Ô¡EURÈ"È0:Customer 000169B169 rue de la R√©publiqueB
69007 LyonJdr-000169@example.com_
DR-000186-2	DR-000186DR-000186-INV-001"CRED-010(ÿåïº“20rÈ"reminder-1-emailΩ
DR-000199-1	DR-000199DR-000199-INV-001"CRED-007(äçïº“20R}
INV-000199-001	¢áEURÈ"È0:Company 000199B199 rue de la R√©publiqueB
69001 LyonJdr-000199@example.com`
DR-000220-5	DR-000220DR-000220-INV-001"CRED-012(ºçïº“20r È"reminder-3-letter%
day-2025-02-21(ò––◊“20≤	
È_
DR-000031-2	DR-000031DR-000031-INV-001"CRED-011(Ä¿ÆÂ“20rÈ"reminder-1-emailº
DR-000036-1	DR-000036DR-000036-INV-001"CRED-011(≤¿ÆÂ“20R|
INV-000036-001	ûï	EURÈ"È0:Company 000036B36 rue de la R√©publiqueB
69009 LyonJdr-000036@example.comΩ
DR-000047-1	DR-000047DR-000047-INV-001"CRED-011(‰¿ÆÂ“20R}
INV-000047-001	¬±EURÈ"È0:Customer 000047B47 rue de la R√©publiqueB
69002 LyonJdr-000047@example.com_
DR-000057-2	DR-000057DR-000057-INV-001"CRED-011(ñ¡ÆÂ“20rÈ"reminder-1-emailg
DR-000088-2	DR-000088DR-000088-INV-001"CRED-003(»¡ÆÂ“20Z'
DR-000088-PAY-1	ˆäEURÈ g
DR-000116-3	DR-000116DR-000116-INV-001"CRED-001(˙¡ÆÂ“20Z'
DR-000116-PAY-1	Üæ&EURÈ f
DR-000125-2	DR-000125DR-000125-INV-001"CRED-011(¨¬ÆÂ“20Z&
DR-000125-PAY-1´bEURÈ _
DR-000159-4	DR-000159DR-000159-INV-001"CRED-008(ﬁ¬ÆÂ“20rÈ"reminder-1-email^
DR-000173-2	DR-000173DR-000173-INV-001"CRED-008(ê√ÆÂ“20rÈ"courtesy-reminderΩ
DR-000193-1	DR-000193DR-000193-INV-001"CRED-006(¬√ÆÂ“20R}
INV-000193-001	œ‡EURÈ"È0:Company 000193B193 rue de la R√©publiqueB
69004 LyonJdr-000193@example.comº
DR-000209-1	DR-000209DR-000209-INV-001"CRED-002(Ù√ÆÂ“20R|
INV-000209-001	çÂEURÈ"È0:Customer 000209B9 rue de la R√©publiqueB
69002 LyonJdr-000209@example.com%
day-2025-02-22(òàÍÄ”20≤	
Èª
DR-000008-1	DR-000008DR-000008-INV-001"CRED-006(Ä¯«é”20R{
INV-000008-001	ûÜEURÈ"È	0:Company 000008B8 rue de la R√©publiqueB
69008 LyonJdr-000008@example.comº
DR-000041-1	DR-000041DR-000041-INV-001"CRED-008(≤¯«é”20R|
INV-000041-001	ı EURÈ"È0:Company 000041B41 rue de la R√©publiqueB
69005 LyonJdr-000041@example.comg
DR-000090-2	DR-000090DR-000090-INV-001"CRED-010(‰¯«é”20Z'
DR-000090-PAY-1	©ˆEURÈ `
DR-000096-4	DR-000096DR-000096-INV-001"CRED-012(ñ˘«é”20r È"reminder-3-letterΩ
DR-000110-3	DR-000110DR-000110-INV-002"CRED-001(»˘«é”20R}
INV-000110-002	è–EURÈ"È0:Company 000110B110 rue de la R√©publiqueB
69002 LyonJdr-000110@example.comg
DR-000133-2	DR-000133DR-000133-INV-001"CRED-002(˙˘«é”20Z'
DR-000133-PAY-1	∞ÌEURÈ Ω
DR-000145-1	DR-000145DR-000145-INV-001"CRED-009(¨˙«é”20R}
INV-000145-001	√€)EURÈ"È0:Company 000145B145 rue de la R√©publiqueB
69001 LyonJdr-000145@example.comf
DR-000151-3	DR-000151DR-000151-INV-001"CRED-012(ﬁ˙«é”20Z&
DR-000151-PAY-1âxEURÈ _
DR-000159-5	DR-000159DR-000159-INV-001"CRED-008(ê˚«é”20rÈ"reminder-2-phone^
DR-000166-2	DR-000166DR-000166-INV-001"CRED-001(¬˚«é”20rÈ"courtesy-reminderª
DR-000206-1	DR-000206DR-000206-INV-001"CRED-002(Ù˚«é”20R{
INV-000206-001©/EURÈ"È0:Customer 000206B6 rue de la R√©publiqueB
69008 LyonJdr-000206@example.comΩ
DR-000210-1	DR-000210DR-000210-INV-001"CRED-007(¶¸«é”20R}
INV-000210-001	âôEURÈ"È0:Customer 000210B10 rue de la R√©publiqueB
69003 LyonJdr-000210@example.comº
DR-000248-1	DR-000248DR-000248-INV-001"CRED-005(ÿ¸«é”20R|
INV-000248-001˙xEURÈ"È0:Customer 000248B48 rue de la R√©publiqueB
69005 LyonJdr-000248@example.com%
day-2025-02-23(ò¿É™”20≤	
Èg
DR-000017-5	DR-000017DR-000017-INV-001"CRED-010(Ä∞·∑”20Z'
DR-000017-PAY-2	∫Æ4EURÈ º
DR-000027-1	DR-000027DR-000027-INV-001"CRED-009(≤∞·∑”20R|
INV-000027-001	Ö˜EURÈ"È0:Company 000027B27 rue de la R√©publiqueB
69009 LyonJdr-000027@example.comΩ
DR-000050-1	DR-000050DR-000050-INV-001"CRED-011(‰∞·∑”20R}
INV-000050-001	•ùEURÈ"È0:Customer 000050B50 rue de la R√©publiqueB
69005 LyonJdr-000050@example.comg
DR-000052-2	DR-000052DR-000052-INV-001"CRED-008(ñ±·∑”20Z'
DR-000052-PAY-1	Ú•EURÈ g
DR-000076-5	DR-000076DR-000076-INV-001"CRED-008(»±·∑”20Z'
DR-000076-PAY-1	ë·EURÈ _
DR-000100-3	DR-000100DR-000100-INV-001"CRED-009(˙±·∑”20rÈ"reminder-1-emailf
DR-000128-4	DR-000128DR-000128-INV-001"CRED-012(¨≤·∑”20Z&
DR-000128-PAY-1ƒGEURÈ `
DR-000159-6	DR-000159DR-000159-INV-001"CRED-008(ﬁ≤·∑”20r È"reminder-3-letterg
DR-000173-3	DR-000173DR-000173-INV-001"CRED-008(ê≥·∑”20Z'
DR-000173-PAY-1	ßÈEURÈ ª
DR-000215-3	DR-000215DR-000215-INV-002"CRED-011(¬≥·∑”20R{
INV-000215-002ñTEURÈ"È0:Company 000215B15 rue de la R√©publiqueB
69008 LyonJdr-000215@example.comΩ
DR-000222-1	DR-000222DR-000222-INV-001"CRED-001(Ù≥·∑”20R}
INV-000222-001	òûEURÈ"È0:Customer 000222B22 rue de la R√©publiqueB
69006 LyonJdr-000222@example.com%
day-2025-02-24(ò¯ú””20≤	
Èº
DR-000006-1	DR-000006DR-000006-INV-001"CRED-003(ÄË˙‡”20R|
INV-000006-001	∑“EURÈ"È0:Customer 000006B6 rue de la R√©publiqueB
69006 LyonJdr-000006@example.com_
DR-000032-2	DR-000032DR-000032-INV-001"CRED-010(≤Ë˙‡”20rÈ"reminder-1-email_
DR-000044-4	DR-000044DR-000044-INV-001"CRED-002(‰Ë˙‡”20rÈ"reminder-2-phone^
DR-000071-2	DR-000071DR-000071-INV-001"CRED-010(ñÈ˙‡”20rÈ"courtesy-reminderT
DR-000135-3	DR-000135"CRED-010(»È˙‡”20Z'
DR-000135-PAY-1	˙•EURÈ Ω
DR-000144-1	DR-000144DR-000144-INV-001"CRED-010(˙È˙‡”20R}
INV-000144-001øsEURÈ"È0:Customer 000144B144 rue de la R√©publiqueB
69009 LyonJdr-000144@example.comΩ
DR-000167-1	DR-000167DR-000167-INV-001"CRED-004(¨Í˙‡”20R}
INV-000167-001	·ﬁ4CHFÈ"È0:Company 000167B167 rue de la R√©publiqueB
69005 LyonJdr-000167@example.com`
DR-000174-6	DR-000174DR-000174-INV-001"CRED-003(ﬁÍ˙‡”20r È"reminder-3-letteræ
DR-000184-1	DR-000184DR-000184-INV-001"CRED-005(êÎ˙‡”20R~
INV-000184-001	˚ EURÈ"È0:Customer 000184B184 rue de la R√©publiqueB
69004 LyonJdr-000184@example.comg
DR-000187-2	DR-000187DR-000187-INV-001"CRED-001(¬Î˙‡”20Z'
DR-000187-PAY-1	—ô*GBPÈ Ω
DR-000200-2	DR-000200DR-000200-INV-002"CRED-012(ÙÎ˙‡”20R}
INV-000200-002	Ë∫	EURÈ"È0:Company 000200B200 rue de la R√©publiqueB
69002 LyonJdr-000200@example.com%
day-2025-02-25(ò∞∂¸”20≤	
È_
DR-000009-4	DR-000009DR-000009-INV-001"CRED-011(Ä†îä‘20rÈ"reminder-2-phone_
DR-000058-3	DR-000058DR-000058-INV-001"CRED-007(≤†îä‘20rÈ"reminder-1-email^
DR-000067-2	DR-000067DR-000067-INV-001"CRED-006(‰†îä‘20rÈ"courtesy-reminderg
DR-000079-2	DR-000079DR-000079-INV-001"CRED-006(ñ°îä‘20Z'
DR-000079-PAY-1	ÌìEURÈ º
DR-000092-1	DR-000092DR-000092-INV-001"CRED-012(»°îä‘20R|
INV-000092-001€*CHFÈ"È0:Customer 000092B92 rue de la R√©publiqueB
69002 LyonJdr-000092@example.com_
DR-000097-3	DR-000097DR-000097-INV-001"CRED-010(˙°îä‘20rÈ"reminder-1-email_
DR-000105-2	DR-000105DR-000105-INV-001"CRED-001(¨¢îä‘20rÈ"reminder-1-emailL
DR-000108-4	DR-000108DR-000108-INV-001"CRED-004(ﬁ¢îä‘20íÈΩ
DR-000109-1	DR-000109DR-000109-INV-001"CRED-004(ê£îä‘20R}
INV-000109-001	Ì¿EURÈ"È0:Company 000109B109 rue de la R√©publiqueB
69001 LyonJdr-000109@example.comΩ
DR-000113-1	DR-000113DR-000113-INV-001"CRED-007(¬£îä‘20R}
INV-000113-001’OEURÈ"È0:Customer 000113B113 rue de la R√©publiqueB
69005 LyonJdr-000113@example.comf
DR-000118-5	DR-000118DR-000118-INV-001"CRED-001(Ù£îä‘20Z&
DR-000118-PAY-1®$EURÈ g
DR-000142-3	DR-000142DR-000142-INV-001"CRED-005(¶§îä‘20Z'
DR-000142-PAY-1	œÄ%EURÈ ^
DR-000164-2	DR-000164DR-000164-INV-001"CRED-011(ÿ§îä‘20rÈ"courtesy-reminderd
DR-000229-5	DR-000229DR-000229-INV-001"CRED-009(ä•îä‘20j$
DR-000229-CN-5	§öEURÈ_
DR-000230-2	DR-000230DR-000230-INV-001"CRED-005(º•îä‘20rÈ"reminder-1-emailº
DR-000238-1	DR-000238DR-000238-INV-001"CRED-005(Ó•îä‘20R|
INV-000238-001	î‰EURÈ"È0:Company 000238B38 rue de la R√©publiqueB
69004 LyonJdr-000238@example.com%
day-2025-02-26(òËœ•‘20≤	
Èº
DR-000064-1	DR-000064DR-000064-INV-001"CRED-006(Äÿ≠≥‘20R|
INV-000064-001	√âEURÈ"È0:Company 000064B64 rue de la R√©publiqueB
69001 LyonJdr-000064@example.com^
DR-000094-2	DR-000094DR-000094-INV-001"CRED-002(≤ÿ≠≥‘20rÈ"courtesy-reminder_
DR-000108-5	DR-000108DR-000108-INV-001"CRED-004(‰ÿ≠≥‘20rÈ"reminder-1-email_
DR-000110-4	DR-000110DR-000110-INV-001"CRED-001(ñŸ≠≥‘20ä
goods not deliveredÈ`
DR-000118-6	DR-000118DR-000118-INV-001"CRED-001(»Ÿ≠≥‘20r È"reminder-3-letterf
DR-000124-2	DR-000124DR-000124-INV-001"CRED-012(˙Ÿ≠≥‘20Z&
DR-000124-PAY-1ƒ-EURÈ æ
DR-000132-2	DR-000132DR-000132-INV-002"CRED-012(¨⁄≠≥‘20R~
INV-000132-002
Â“îEURÈ"È0:Company 000132B132 rue de la R√©publiqueB
69006 LyonJdr-000132@example.com_
DR-000150-3	DR-000150DR-000150-INV-001"CRED-012(ﬁ⁄≠≥‘20rÈ"reminder-1-emailæ
DR-000157-1	DR-000157DR-000157-INV-001"CRED-002(ê€≠≥‘20R~
INV-000157-001	ﬂ»EURÈ"È0:Customer 000157B157 rue de la R√©publiqueB
69004 LyonJdr-000157@example.comΩ
DR-000163-1	DR-000163DR-000163-INV-001"CRED-005(¬€≠≥‘20R}
INV-000163-001	ÀﬂCHFÈ"È0:Company 000163B163 rue de la R√©publiqueB
69001 LyonJdr-000163@example.comΩ
DR-000165-2	DR-000165DR-000165-INV-002"CRED-008(Ù€≠≥‘20R}
INV-000165-002	ÁEURÈ"È0:Company 000165B165 rue de la R√©publiqueB
69003 LyonJdr-000165@example.comΩ
DR-000188-1	DR-000188DR-000188-INV-001"CRED-001(¶‹≠≥‘20R}
INV-000188-001	˜ÖEURÈ"È0:Company 000188B188 rue de la R√©publiqueB
69008 LyonJdr-000188@example.comΩ
DR-000196-1	DR-000196DR-000196-INV-001"CRED-009(ÿ‹≠≥‘20R}
INV-000196-001ì\EURÈ"È0:Customer 000196B196 rue de la R√©publiqueB
69007 LyonJdr-000196@example.com`
DR-000228-6	DR-000228DR-000228-INV-001"CRED-012(ä›≠≥‘20r È"reminder-3-letter_
DR-000229-6	DR-000229DR-000229-INV-001"CRED-009(º›≠≥‘20rÈ"reminder-1-emailΩ
DR-000233-1	DR-000233DR-000233-INV-001"CRED-001(Ó›≠≥‘20R}
INV-000233-001	ä≈USDÈ"È0:Customer 000233B33 rue de la R√©publiqueB
69008 LyonJdr-000233@example.com_
DR-000236-3	DR-000236DR-000236-INV-001"CRED-011(†ﬁ≠≥‘20rÈ"reminder-2-phone%
day-2025-02-27(ò†ÈŒ‘20≤	
Èº
DR-000011-1	DR-000011DR-000011-INV-001"CRED-012(Äê«‹‘20R|
INV-000011-001	ÍﬂEURÈ"È0:Company 000011B11 rue de la R√©publiqueB
69002 LyonJdr-000011@example.comΩ
DR-000012-1	DR-000012DR-000012-INV-001"CRED-004(≤ê«‹‘20R}
INV-000012-001	‘ 	EURÈ"È0:Customer 000012B12 rue de la R√©publiqueB
69003 LyonJdr-000012@example.comº
DR-000013-2	DR-000013DR-000013-INV-002"CRED-012(‰ê«‹‘20R|
INV-000013-002	Ã√EURÈ"È0:Company 000013B13 rue de la R√©publiqueB
69004 LyonJdr-000013@example.com_
DR-000028-2	DR-000028DR-000028-INV-001"CRED-008(ñë«‹‘20rÈ"reminder-1-email^
DR-000056-2	DR-000056DR-000056-INV-001"CRED-002(»ë«‹‘20rÈ"courtesy-reminderΩ
DR-000063-1	DR-000063DR-000063-INV-001"CRED-001(˙ë«‹‘20R}
INV-000063-001
ÑÒ´EURÈ"È0:Company 000063B63 rue de la R√©publiqueB
69009 LyonJdr-000063@example.com_
DR-000087-3	DR-000087DR-000087-INV-001"CRED-010(¨í«‹‘20rÈ"reminder-1-email_
DR-000108-6	DR-000108DR-000108-INV-001"CRED-004(ﬁí«‹‘20rÈ"reminder-2-phone`
DR-000121-4	DR-000121DR-000121-INV-001"CRED-011(êì«‹‘20r È"reminder-3-letter_
DR-000140-2	DR-000140DR-000140-INV-001"CRED-003(¬ì«‹‘20rÈ"reminder-1-email_
DR-000186-3	DR-000186DR-000186-INV-001"CRED-010(Ùì«‹‘20rÈ"reminder-2-phoneΩ
DR-000189-1	DR-000189DR-000189-INV-001"CRED-008(¶î«‹‘20R}
INV-000189-001	ƒîEURÈ"È0:Company 000189B189 rue de la R√©publiqueB
69009 LyonJdr-000189@example.comŒ
DR-000190-2	DR-000190DR-000190-INV-002"CRED-004(ÿî«‹‘20Rç
INV-000190-002
ÕÈ•EURÈ"È*
È
¡®0:Company 000190B190 rue de la R√©publiqueB
69001 LyonJdr-000190@example.com^
DR-000203-2	DR-000203DR-000203-INV-001"CRED-011(äï«‹‘20rÈ"courtesy-reminderº
DR-000212-1	DR-000212DR-000212-INV-001"CRED-006(ºï«‹‘20R|
INV-000212-001	”˚"CHFÈ"È0:Company 000212B12 rue de la R√©publiqueB
69005 LyonJdr-000212@example.comº
DR-000218-1	DR-000218DR-000218-INV-001"CRED-001(Óï«‹‘20R|
INV-000218-001	±Æ,USDÈ"È0:Company 000218B18 rue de la R√©publiqueB
69002 LyonJdr-000218@example.comg
DR-000220-6	DR-000220DR-000220-INV-001"CRED-012(†ñ«‹‘20Z'
DR-000220-PAY-2	¸∏EURÈ º
DR-000218-1	DR-000218DR-000218-INV-001"CRED-001(Óï«‹‘20R|
INV-000218-001	±Æ,USDÈ"È0:Company 000218B18 rue de la R√©publiqueB
69002 LyonJdr-000218@example.com%
day-2025-02-28(òÿÇ¯‘20≤	
Èº
DR-000007-1	DR-000007DR-000007-INV-001"CRED-005(Ä»‡Ö’20R|
INV-000007-001
ùÎüEURÈ"È0:Company 000007B7 rue de la R√©publiqueB
69007 LyonJdr-000007@example.comf
DR-000030-5	DR-000030DR-000030-INV-001"CRED-005(≤»‡Ö’20Z&
DR-000030-PAY-1ÔWEURÈ _
DR-000031-3	DR-000031DR-000031-INV-001"CRED-011(‰»‡Ö’20rÈ"reminder-2-phone\
DR-000031-4	DR-000031DR-000031-INV-001"CRED-011(ñ…‡Ö’20z
ÌgCHFÈÈ`
DR-000037-6	DR-000037DR-000037-INV-001"CRED-010(»…‡Ö’20r È"reminder-3-letter_
DR-000057-3	DR-000057DR-000057-INV-001"CRED-011(˙…‡Ö’20rÈ"reminder-2-phone^
DR-000070-2	DR-000070DR-000070-INV-001"CRED-003(¨ ‡Ö’20rÈ"courtesy-reminderº
DR-000089-1	DR-000089DR-000089-INV-001"CRED-002(ﬁ ‡Ö’20R|
INV-000089-001	áπ1EURÈ"È0:Company 000089B89 rue de la R√©publiqueB
69008 LyonJdr-000089@example.com_
DR-000092-2	DR-000092DR-000092-INV-001"CRED-012(êÀ‡Ö’20ä
goods not deliveredÈ`
DR-000108-7	DR-000108DR-000108-INV-001"CRED-004(¬À‡Ö’20r È"reminder-3-letterº
DR-000129-3	DR-000129DR-000129-INV-002"CRED-007(ÙÀ‡Ö’20R|
INV-000129-002˙6EURÈ"È0:Company 000129B129 rue de la R√©publiqueB
69003 LyonJdr-000129@example.com^
DR-000131-2	DR-000131DR-000131-INV-001"CRED-011(¶Ã‡Ö’20rÈ"courtesy-reminder_
DR-000138-3	DR-000138DR-000138-INV-001"CRED-007(ÿÃ‡Ö’20rÈ"reminder-1-emailº
DR-000227-1	DR-000227DR-000227-INV-001"CRED-010(äÕ‡Ö’20R|
INV-000227-001	™èEURÈ"È0:Company 000227B27 rue de la R√©publiqueB
69002 LyonJdr-000227@example.comL
DR-000242-4	DR-000242DR-000242-INV-001"CRED-004(ºÕ‡Ö’20íÈ%
day-2025-03-01(òêú°’20≤	
Èc
DR-000008-2	DR-000008DR-000008-INV-001"CRED-006(ÄÄ˙Æ’20j#
DR-000008-CN-2£$EURÈΩ
DR-000033-1	DR-000033DR-000033-INV-001"CRED-003(≤Ä˙Æ’20R}
INV-000033-001	¥©CHFÈ"È0:Customer 000033B33 rue de la R√©publiqueB
69006 LyonJdr-000033@example.comf
DR-000039-2	DR-000039DR-000039-INV-001"CRED-008(‰Ä˙Æ’20Z&
DR-000039-PAY-1“vEURÈ º
DR-000043-1	DR-000043DR-000043-INV-001"CRED-007(ñÅ˙Æ’20R|
INV-000043-001	È˘EURÈ"È0:Company 000043B43 rue de la R√©publiqueB
69007 LyonJdr-000043@example.comΩ
DR-000051-1	DR-000051DR-000051-INV-001"CRED-006(»Å˙Æ’20R}
INV-000051-001
ÊâíEURÈ"È0:Company 000051B51 rue de la R√©publiqueB
69006 LyonJdr-000051@example.comg
DR-000056-3	DR-000056DR-000056-INV-001"CRED-002(˙Å˙Æ’20Z'
DR-000056-PAY-1	æòEURÈ g
DR-000070-3	DR-000070DR-000070-INV-001"CRED-003(¨Ç˙Æ’20Z'
DR-000070-PAY-1	ôÔEURÈ g
DR-000131-3	DR-000131DR-000131-INV-001"CRED-011(ﬁÇ˙Æ’20Z'
DR-000131-PAY-1	Ì¸USDÈ ^
DR-000158-2	DR-000158DR-000158-INV-001"CRED-010(êÉ˙Æ’20rÈ"courtesy-reminder_
DR-000165-3	DR-000165DR-000165-INV-001"CRED-008(¬É˙Æ’20rÈ"reminder-1-email^
DR-000191-2	DR-000191DR-000191-INV-001"CRED-005(ÙÉ˙Æ’20rÈ"courtesy-remindera
DR-000220-7	DR-000220DR-000220-INV-001"CRED-012(¶Ñ˙Æ’20r!È"reminder-4-warning%
day-2025-03-02(ò»µ ’20≤	
È_
DR-000023-3	DR-000023DR-000023-INV-001"CRED-001(Ä∏ìÿ’20rÈ"reminder-1-emailg
DR-000026-2	DR-000026DR-000026-INV-001"CRED-003(≤∏ìÿ’20Z'
DR-000026-PAY-1	“≤EURÈ _
DR-000100-4	DR-000100DR-000100-INV-001"CRED-009(‰∏ìÿ’20rÈ"reminder-2-phonea
DR-000108-8	DR-000108DR-000108-INV-001"CRED-004(ñπìÿ’20r!È"reminder-4-warningg
DR-000112-3	DR-000112DR-000112-INV-001"CRED-001(»πìÿ’20Z'
DR-000112-PAY-1	õâEURÈ W
DR-000136-4	DR-000136DR-000136-INV-001"CRED-004(˙πìÿ’20í	¥∏EURÈ_
DR-000147-2	DR-000147DR-000147-INV-001"CRED-006(¨∫ìÿ’20rÈ"reminder-1-email_
DR-000153-2	DR-000153DR-000153-INV-001"CRED-012(ﬁ∫ìÿ’20rÈ"reminder-1-emailg
DR-000208-2	DR-000208DR-000208-INV-001"CRED-008(êªìÿ’20Z'
DR-000208-PAY-1	ü¢EURÈ a
DR-000228-7	DR-000228DR-000228-INV-001"CRED-012(¬ªìÿ’20r!È"reminder-4-warning%
day-2025-03-03(òÄœÛ’20≤	
È_
DR-000032-3	DR-000032DR-000032-INV-001"CRED-010(Ä¨Å÷20rÈ"reminder-2-phonea
DR-000037-7	DR-000037DR-000037-INV-001"CRED-010(≤¨Å÷20r!È"reminder-4-warning_
DR-000038-2	DR-000038DR-000038-INV-001"CRED-001(‰¨Å÷20rÈ"reminder-1-email`
DR-000044-5	DR-000044DR-000044-INV-001"CRED-002(ñÒ¨Å÷20r È"reminder-3-letterg
DR-000081-2	DR-000081DR-000081-INV-001"CRED-010(»Ò¨Å÷20Z'
DR-000081-PAY-1	ª˘	EURÈ a
DR-000096-5	DR-000096DR-000096-INV-001"CRED-012(˙Ò¨Å÷20r!È"reminder-4-warningh
DR-000112-4	DR-000112DR-000112-INV-002"CRED-001(¨Ú¨Å÷20Z(
DR-000112-PAY-2
Œ±ïEURÈ ^
DR-000119-2	DR-000119DR-000119-INV-001"CRED-007(ﬁÚ¨Å÷20rÈ"courtesy-reminder_
DR-000136-5	DR-000136DR-000136-INV-001"CRED-004(êÛ¨Å÷20rÈ"reminder-1-emailh
DR-000146-2	DR-000146DR-000146-INV-001"CRED-007(¬Û¨Å÷20Z(
DR-000146-PAY-1
ÄÉ˛EURÈ ^
DR-000148-2	DR-000148DR-000148-INV-001"CRED-006(ÙÛ¨Å÷20rÈ"courtesy-reminder_
DR-000155-2	DR-000155DR-000155-INV-001"CRED-006(¶Ù¨Å÷20rÈ"reminder-1-emailf
DR-000176-2	DR-000176DR-000176-INV-001"CRED-008(ÿÙ¨Å÷20Z&
DR-000176-PAY-1»;EURÈ _
DR-000179-2	DR-000179DR-000179-INV-001"CRED-003(äı¨Å÷20rÈ"reminder-1-email_
DR-000190-3	DR-000190DR-000190-INV-001"CRED-004(ºı¨Å÷20rÈ"reminder-1-emailg
DR-000229-7	DR-000229DR-000229-INV-001"CRED-009(Óı¨Å÷20Z'
DR-000229-PAY-1	üÓEURÈ Ω
DR-000236-4	DR-000236DR-000236-INV-002"CRED-011(†ˆ¨Å÷20R}
INV-000236-002	à◊EURÈ"È0:Customer 000236B36 rue de la R√©publiqueB
69002 LyonJdr-000236@example.com%
day-2025-03-04(ò∏Ëú÷20≤	
Èg
DR-000004-2	DR-000004DR-000004-INV-001"CRED-003(Ä®∆™÷20Z'
DR-000004-PAY-1	Î‡EURÈ `
DR-000009-5	DR-000009DR-000009-INV-001"CRED-011(≤®∆™÷20r È"reminder-3-letter_
DR-000058-4	DR-000058DR-000058-INV-001"CRED-007(‰®∆™÷20rÈ"reminder-2-phone_
DR-000082-2	DR-000082DR-000082-INV-001"CRED-010(ñ©∆™÷20rÈ"reminder-1-emailΩ
DR-000085-2	DR-000085DR-000085-INV-002"CRED-012(»©∆™÷20R}
INV-000085-002	˙ƒEURÈ"È0:Customer 000085B85 rue de la R√©publiqueB
69004 LyonJdr-000085@example.comΩ
DR-000096-6	DR-000096DR-000096-INV-002"CRED-012(˙©∆™÷20R}
INV-000096-002	à©EURÈ"È0:Customer 000096B96 rue de la R√©publiqueB
69006 LyonJdr-000096@example.com_
DR-000097-4	DR-000097DR-000097-INV-001"CRED-010(¨™∆™÷20rÈ"reminder-2-phone]
DR-000097-5	DR-000097DR-000097-INV-001"CRED-010(ﬁ™∆™÷20z
	ËÚEURÈÈ^
DR-000102-2	DR-000102DR-000102-INV-001"CRED-006(ê´∆™÷20rÈ"courtesy-reminder_
DR-000105-3	DR-000105DR-000105-INV-001"CRED-001(¬´∆™÷20rÈ"reminder-2-phonef
DR-000111-2	DR-000111DR-000111-INV-001"CRED-008(Ù´∆™÷20Z&
DR-000111-PAY-1ˆmEURÈ a
DR-000118-7	DR-000118DR-000118-INV-001"CRED-001(¶¨∆™÷20r!È"reminder-4-warning_
DR-000136-6	DR-000136DR-000136-INV-001"CRED-004(ÿ¨∆™÷20rÈ"reminder-2-phoneΩ
DR-000141-4	DR-000141DR-000141-INV-002"CRED-012(ä≠∆™÷20R}
INV-000141-002	Î€EURÈ"È0:Company 000141B141 rue de la R√©publiqueB
69006 LyonJdr-000141@example.coma
DR-000159-7	DR-000159DR-000159-INV-001"CRED-008(º≠∆™÷20r!È"reminder-4-warning_
DR-000166-3	DR-000166DR-000166-INV-001"CRED-001(Ó≠∆™÷20rÈ"reminder-1-emailf
DR-000191-3	DR-000191DR-000191-INV-001"CRED-005(†Æ∆™÷20Z&
DR-000191-PAY-1ËrEURÈ g
DR-000213-2	DR-000213DR-000213-INV-001"CRED-011(“Æ∆™÷20Z'
DR-000213-PAY-1	Æª#CHFÈ _
DR-000230-3	DR-000230DR-000230-INV-001"CRED-005(ÑØ∆™÷20rÈ"reminder-2-phone%
day-2025-03-05(òÅ∆÷20≤	
Èg
DR-000032-4	DR-000032DR-000032-INV-001"CRED-010(Ä‡ﬂ”÷20Z'
DR-000032-PAY-1	¡˝GBPÈ g
DR-000107-2	DR-000107DR-000107-INV-001"CRED-011(≤‡ﬂ”÷20Z'
DR-000107-PAY-1	Ï–EURÈ `
DR-000136-7	DR-000136DR-000136-INV-001"CRED-004(‰‡ﬂ”÷20r È"reminder-3-letterg
DR-000148-3	DR-000148DR-000148-INV-001"CRED-006(ñ·ﬂ”÷20Z'
DR-000148-PAY-1	Ú¢EURÈ _
DR-000150-4	DR-000150DR-000150-INV-001"CRED-012(»·ﬂ”÷20rÈ"reminder-2-phonea
DR-000174-7	DR-000174DR-000174-INV-001"CRED-003(˙·ﬂ”÷20r!È"reminder-4-warningI
DR-000187-3	DR-000187"CRED-001(¨‚ﬂ”÷20b
DR-000187-PAY-1È`
DR-000236-5	DR-000236DR-000236-INV-001"CRED-011(ﬁ‚ﬂ”÷20r È"reminder-3-letter%
day-2025-03-06(ò®õÔ÷20≤	
Èg
DR-000003-2	DR-000003DR-000003-INV-001"CRED-012(Äò˘¸÷20Z'
DR-000003-PAY-1	 √EURÈ º
DR-000019-2	DR-000019DR-000019-INV-002"CRED-002(≤ò˘¸÷20R|
INV-000019-002	Ø±EURÈ"È0:Company 000019B19 rue de la R√©publiqueB
69001 LyonJdr-000019@example.com_
DR-000028-3	DR-000028DR-000028-INV-001"CRED-008(‰ò˘¸÷20rÈ"reminder-2-phoneg
DR-000054-2	DR-000054DR-000054-INV-001"CRED-011(ñô˘¸÷20Z'
DR-000054-PAY-1	˚∏EURÈ _
DR-000071-3	DR-000071DR-000071-INV-001"CRED-010(»ô˘¸÷20rÈ"reminder-1-email_
DR-000087-4	DR-000087DR-000087-INV-001"CRED-010(˙ô˘¸÷20rÈ"reminder-2-phoneT
DR-000105-4	DR-000105"CRED-001(¨ö˘¸÷20Z'
DR-000105-PAY-1	è≈	EURÈ æ
DR-000112-5	DR-000112DR-000112-INV-003"CRED-001(ﬁö˘¸÷20R~
INV-000112-003
Ê≤èEURÈ"È0:Company 000112B112 rue de la R√©publiqueB
69004 LyonJdr-000112@example.comΩ
DR-000121-5	DR-000121DR-000121-INV-002"CRED-011(êõ˘¸÷20R}
INV-000121-002	Ω§[EURÈ"È0:Company 000121B121 rue de la R√©publiqueB
69004 LyonJdr-000121@example.comΩ
DR-000131-4	DR-000131DR-000131-INV-002"CRED-011(¬õ˘¸÷20R}
INV-000131-002	…Å+USDÈ"È0:Company 000131B131 rue de la R√©publiqueB
69005 LyonJdr-000131@example.com^
DR-000134-2	DR-000134DR-000134-INV-001"CRED-009(Ùõ˘¸÷20rÈ"courtesy-reminder_
DR-000140-3	DR-000140DR-000140-INV-001"CRED-003(¶ú˘¸÷20rÈ"reminder-2-phoneg
DR-000174-8	DR-000174DR-000174-INV-001"CRED-003(ÿú˘¸÷20Z'
DR-000174-PAY-2	∞õGBPÈ `
DR-000186-4	DR-000186DR-000186-INV-001"CRED-010(äù˘¸÷20r È"reminder-3-letter_
DR-000187-4	DR-000187DR-000187-INV-001"CRED-001(ºù˘¸÷20rÈ"reminder-1-email%
day-2025-03-07(ò‡¥ò◊20≤	
È_
DR-000021-2	DR-000021DR-000021-INV-001"CRED-010(Ä–í¶◊20rÈ"reminder-1-emailg
DR-000025-2	DR-000025DR-000025-INV-001"CRED-008(≤–í¶◊20Z'
DR-000025-PAY-1	˝≥EURÈ ^
DR-000049-2	DR-000049DR-000049-INV-001"CRED-004(‰–í¶◊20rÈ"courtesy-reminder`
DR-000057-4	DR-000057DR-000057-INV-001"CRED-011(ñ—í¶◊20r È"reminder-3-letter_
DR-000062-2	DR-000062DR-000062-INV-001"CRED-009(»—í¶◊20rÈ"reminder-1-email_
DR-000067-3	DR-000067DR-000067-INV-001"CRED-006(˙—í¶◊20rÈ"reminder-1-email_
DR-000138-4	DR-000138DR-000138-INV-001"CRED-007(¨“í¶◊20rÈ"reminder-2-phone^
DR-000156-2	DR-000156DR-000156-INV-001"CRED-007(ﬁ“í¶◊20rÈ"courtesy-reminder_
DR-000164-3	DR-000164DR-000164-INV-001"CRED-011(ê”í¶◊20rÈ"reminder-1-emailΩ
DR-000168-2	DR-000168DR-000168-INV-002"CRED-009(¬”í¶◊20R}
INV-000168-002	π©.EURÈ"È0:Company 000168B168 rue de la R√©publiqueB
69006 LyonJdr-000168@example.comΩ
DR-000172-3	DR-000172DR-000172-INV-002"CRED-010(Ù”í¶◊20R}
INV-000172-002	·EURÈ"È0:Company 000172B172 rue de la R√©publiqueB
69001 LyonJdr-000172@example.com_
DR-000187-5	DR-000187DR-000187-INV-001"CRED-001(¶‘í¶◊20rÈ"reminder-2-phoneÃ
DR-000203-3	DR-000203DR-000203-INV-002"CRED-011(ÿ‘í¶◊20Rã
INV-000203-002
ä»ãEURÈ"È*
È˚¨0:Company 000203B3 rue de la R√©publiqueB
69005 LyonJdr-000203@example.comg
DR-000242-5	DR-000242DR-000242-INV-002"CRED-009(ä’í¶◊20Z'
DR-000242-PAY-1	ŒñEURÈ ^
DR-000246-2	DR-000246DR-000246-INV-001"CRED-003(º’í¶◊20rÈ"courtesy-reminder%
day-2025-03-08(òòŒ¡◊20≤	
È_
DR-000029-2	DR-000029DR-000029-INV-001"CRED-001(Äà¨œ◊20ä
goods not deliveredÈ	^
DR-000055-2	DR-000055DR-000055-INV-001"CRED-002(≤à¨œ◊20rÈ	"courtesy-reminderº
DR-000056-4	DR-000056DR-000056-INV-002"CRED-002(‰à¨œ◊20R|
INV-000056-002	±EURÈ	"È0:Company 000056B56 rue de la R√©publiqueB
69002 LyonJdr-000056@example.comΩ
DR-000077-3	DR-000077DR-000077-INV-002"CRED-004(ñâ¨œ◊20R}
INV-000077-002	„ÆEURÈ	"È0:Customer 000077B77 rue de la R√©publiqueB
69005 LyonJdr-000077@example.com_
DR-000094-3	DR-000094DR-000094-INV-001"CRED-002(»â¨œ◊20rÈ	"reminder-1-emaila
DR-000121-6	DR-000121DR-000121-INV-001"CRED-011(˙â¨œ◊20r!È	"reminder-4-warning¥
DR-000138-5	DR-000138DR-000138-INV-001"CRED-007(¨ä¨œ◊20Çs
DR-000138-PLAN-5È	
È	éœEUR
È	éœEUR
È	éœEUR
È	ëœEURΩ
DR-000155-3	DR-000155DR-000155-INV-002"CRED-006(ﬁä¨œ◊20R}
INV-000155-002	∑ÃeCHFÈ	"È0:Company 000155B155 rue de la R√©publiqueB
69002 LyonJdr-000155@example.com_
DR-000162-2	DR-000162DR-000162-INV-001"CRED-012(êã¨œ◊20rÈ	"reminder-1-email_
DR-000165-4	DR-000165DR-000165-INV-001"CRED-008(¬ã¨œ◊20rÈ	"reminder-2-phone_
DR-000183-2	DR-000183DR-000183-INV-001"CRED-010(Ùã¨œ◊20rÈ	"reminder-1-email_
DR-000195-2	DR-000195DR-000195-INV-001"CRED-002(¶å¨œ◊20rÈ	"reminder-1-email^
DR-000217-2	DR-000217DR-000217-INV-001"CRED-008(ÿå¨œ◊20rÈ	"courtesy-reminderº
DR-000219-2	DR-000219DR-000219-INV-002"CRED-012(äç¨œ◊20R|
INV-000219-002	çÔBEURÈ	"È0:Company 000219B19 rue de la R√©publiqueB
69003 LyonJdr-000219@example.com_
DR-000219-3	DR-000219DR-000219-INV-001"CRED-012(ºç¨œ◊20rÈ	"reminder-1-email_
DR-000247-3	DR-000247DR-000247-INV-001"CRED-012(Óç¨œ◊20rÈ	"reminder-1-email%
day-2025-03-09(ò–ÁÍ◊20≤	
È	º
DR-000021-3	DR-000021DR-000021-INV-002"CRED-010(Ä¿≈¯◊20R|
INV-000021-002	ÑﬁGBPÈ
"È	0:Company 000021B21 rue de la R√©publiqueB
69003 LyonJdr-000021@example.com_
DR-000023-4	DR-000023DR-000023-INV-001"CRED-001(≤¿≈¯◊20rÈ
"reminder-2-phoneI
DR-000026-3	DR-000026"CRED-003(‰¿≈¯◊20b
DR-000026-PAY-1È
Ω
DR-000031-5	DR-000031DR-000031-INV-002"CRED-011(ñ¡≈¯◊20R}
INV-000031-002	¬∫CHFÈ
"È	0:Customer 000031B31 rue de la R√©publiqueB
69004 LyonJdr-000031@example.comg
DR-000069-2	DR-000069DR-000069-INV-001"CRED-009(»¡≈¯◊20Z'
DR-000069-PAY-1	„˝CHFÈ
 T
DR-000094-4	DR-000094"CRED-002(˙¡≈¯◊20Z'
DR-000094-PAY-1	Ë˙VEURÈ
 `
DR-000100-5	DR-000100DR-000100-INV-001"CRED-009(¨¬≈¯◊20r È
"reminder-3-letter_
DR-000147-3	DR-000147DR-000147-INV-001"CRED-006(ﬁ¬≈¯◊20rÈ
"reminder-2-phone_
DR-000153-3	DR-000153DR-000153-INV-001"CRED-012(ê√≈¯◊20rÈ
"reminder-2-phoneΩ
DR-000156-3	DR-000156DR-000156-INV-002"CRED-007(¬√≈¯◊20R}
INV-000156-002	ã”EURÈ
"È0:Company 000156B156 rue de la R√©publiqueB
69003 LyonJdr-000156@example.com¥
DR-000165-5	DR-000165DR-000165-INV-001"CRED-008(Ù√≈¯◊20Çs
DR-000165-PLAN-5È

È	Ú‚/EUR
È	Ú‚/EUR
È	Ú‚/EUR
È	ı‚/EUR^
DR-000198-2	DR-000198DR-000198-INV-001"CRED-004(¶ƒ≈¯◊20rÈ
"courtesy-reminder_
DR-000203-4	DR-000203DR-000203-INV-001"CRED-011(ÿƒ≈¯◊20rÈ
"reminder-1-emailº
DR-000221-3	DR-000221DR-000221-INV-002"CRED-004(ä≈≈¯◊20R|
INV-000221-002	âÆEURÈ
"È	0:Company 000221B21 rue de la R√©publiqueB
69005 LyonJdr-000221@example.com_
DR-000232-3	DR-000232DR-000232-INV-001"CRED-008(º≈≈¯◊20rÈ
"reminder-1-email%
day-2025-03-10(òàÅîÿ20≤	
È
_
DR-000026-4	DR-000026DR-000026-INV-001"CRED-003(Ä¯ﬁ°ÿ20rÈ"reminder-1-email`
DR-000032-5	DR-000032DR-000032-INV-001"CRED-010(≤¯ﬁ°ÿ20r È"reminder-3-letter_
DR-000038-3	DR-000038DR-000038-INV-001"CRED-001(‰¯ﬁ°ÿ20rÈ"reminder-2-phoneº
DR-000044-6	DR-000044DR-000044-INV-002"CRED-002(ñ˘ﬁ°ÿ20R|
INV-000044-002ÛFEURÈ"È
0:Customer 000044B44 rue de la R√©publiqueB
69008 LyonJdr-000044@example.comL
DR-000066-3	DR-000066DR-000066-INV-001"CRED-003(»˘ﬁ°ÿ20íÈg
DR-000100-6	DR-000100DR-000100-INV-001"CRED-009(˙˘ﬁ°ÿ20Z'
DR-000100-PAY-1	’∏EURÈ _
DR-000104-2	DR-000104DR-000104-INV-001"CRED-004(¨˙ﬁ°ÿ20rÈ"reminder-1-email_
DR-000155-4	DR-000155DR-000155-INV-001"CRED-006(ﬁ˙ﬁ°ÿ20rÈ"reminder-2-phone_
DR-000160-2	DR-000160DR-000160-INV-001"CRED-010(ê˚ﬁ°ÿ20rÈ"reminder-1-email_
DR-000179-3	DR-000179DR-000179-INV-001"CRED-003(¬˚ﬁ°ÿ20rÈ"reminder-2-phone]
DR-000179-4	DR-000179DR-000179-INV-001"CRED-003(Ù˚ﬁ°ÿ20z
	¸âEURÈÈ_
DR-000185-2	DR-000185DR-000185-INV-001"CRED-001(¶¸ﬁ°ÿ20rÈ"reminder-1-email_
DR-000190-4	DR-000190DR-000190-INV-001"CRED-004(ÿ¸ﬁ°ÿ20rÈ"reminder-2-phone%
day-2025-03-11(ò¿öΩÿ20≤	
Èº
DR-000001-4	DR-000001DR-000001-INV-002"CRED-005(Ä∞¯ ÿ20R|
INV-000001-002	‘√EURÈ"È0:Customer 000001B1 rue de la R√©publiqueB
69001 LyonJdr-000001@example.com^
DR-000013-3	DR-000013DR-000013-INV-001"CRED-012(≤∞¯ ÿ20rÈ"courtesy-reminderº
DR-000026-5	DR-000026DR-000026-INV-002"CRED-006(‰∞¯ ÿ20R|
INV-000026-002	ïÊEURÈ"È0:Company 000026B26 rue de la R√©publiqueB
69008 LyonJdr-000026@example.comº
DR-000037-8	DR-000037DR-000037-INV-002"CRED-010(ñ±¯ ÿ20R|
INV-000037-002	ÎúEURÈ"È0:Company 000037B37 rue de la R√©publiqueB
69001 LyonJdr-000037@example.comº
DR-000040-4	DR-000040DR-000040-INV-002"CRED-007(»±¯ ÿ20R|
INV-000040-002	≤◊UEURÈ"È0:Company 000040B40 rue de la R√©publiqueB
69004 LyonJdr-000040@example.com`
DR-000058-5	DR-000058DR-000058-INV-001"CRED-007(˙±¯ ÿ20r È"reminder-3-letterº
DR-000065-4	DR-000065DR-000065-INV-002"CRED-003(¨≤¯ ÿ20R|
INV-000065-002¯ZEURÈ"È0:Customer 000065B65 rue de la R√©publiqueB
69002 LyonJdr-000065@example.comΩ
DR-000078-4	DR-000078DR-000078-INV-002"CRED-007(ﬁ≤¯ ÿ20R}
INV-000078-002	±ÛEURÈ"È0:Customer 000078B78 rue de la R√©publiqueB
69006 LyonJdr-000078@example.comÀ
DR-000081-3	DR-000081DR-000081-INV-002"CRED-010(ê≥¯ ÿ20Rä
INV-000081-002	«ÉEURÈ"È*
Èß
0:Company 000081B81 rue de la R√©publiqueB
69009 LyonJdr-000081@example.com_
DR-000082-3	DR-000082DR-000082-INV-001"CRED-010(¬≥¯ ÿ20rÈ"reminder-2-phoneU
DR-000102-3	DR-000102"CRED-006(Ù≥¯ ÿ20Z(
DR-000102-PAY-1
Å´∏EURÈ I
DR-000112-6	DR-000112"CRED-001(¶¥¯ ÿ20b
DR-000112-PAY-2È_
DR-000127-2	DR-000127DR-000127-INV-001"CRED-012(ÿ¥¯ ÿ20rÈ"reminder-1-email_
DR-000158-3	DR-000158DR-000158-INV-001"CRED-010(äµ¯ ÿ20rÈ"reminder-1-email_
DR-000166-4	DR-000166DR-000166-INV-001"CRED-001(ºµ¯ ÿ20rÈ"reminder-2-phone]
DR-000166-5	DR-000166DR-000166-INV-001"CRED-001(Óµ¯ ÿ20z
	æãEURÈÈg
DR-000170-2	DR-000170DR-000170-INV-001"CRED-005(†∂¯ ÿ20Z'
DR-000170-PAY-1	∑†}CHFÈ `
DR-000230-4	DR-000230DR-000230-INV-001"CRED-005(“∂¯ ÿ20r È"reminder-3-letter%
day-2025-03-12(ò¯≥Êÿ20≤	
Èg
DR-000013-4	DR-000013DR-000013-INV-001"CRED-012(ÄËëÙÿ20Z'
DR-000013-PAY-1	öù9EURÈ à
DR-000028-4	DR-000028DR-000028-INV-001"CRED-008(≤ËëÙÿ20ÇG
DR-000028-PLAN-4È
È	º¶
GBP
È	º¶
GBPa
DR-000044-7	DR-000044DR-000044-INV-001"CRED-002(‰ËëÙÿ20r!È"reminder-4-warningº
DR-000090-3	DR-000090DR-000090-INV-002"CRED-010(ñÈëÙÿ20R|
INV-000090-002	‘—EURÈ"È0:Company 000090B90 rue de la R√©publiqueB
69009 LyonJdr-000090@example.comæ
DR-000105-5	DR-000105DR-000105-INV-002"CRED-001(»ÈëÙÿ20R~
INV-000105-002	ÊŸEURÈ"È0:Customer 000105B105 rue de la R√©publiqueB
69006 LyonJdr-000105@example.comL
DR-000110-5	DR-000110DR-000110-INV-001"CRED-001(˙ÈëÙÿ20íÈ_
DR-000112-7	DR-000112DR-000112-INV-002"CRED-001(¨ÍëÙÿ20rÈ"reminder-1-emailg
DR-000127-3	DR-000127DR-000127-INV-001"CRED-012(ﬁÍëÙÿ20Z'
DR-000127-PAY-1	ÄûEURÈ `
DR-000150-5	DR-000150DR-000150-INV-001"CRED-012(êÎëÙÿ20r È"reminder-3-letter`
DR-000187-6	DR-000187DR-000187-INV-001"CRED-001(¬ÎëÙÿ20r È"reminder-3-letterL
DR-000202-3	DR-000202DR-000202-INV-001"CRED-008(ÙÎëÙÿ20íÈ_
DR-000204-2	DR-000204DR-000204-INV-001"CRED-006(¶ÏëÙÿ20rÈ"reminder-1-emailf
DR-000211-2	DR-000211DR-000211-INV-001"CRED-011(ÿÏëÙÿ20Z&
DR-000211-PAY-1ˇ2EURÈ %
day-2025-03-13(ò∞ÕèŸ20≤	
Èa
DR-000009-6	DR-000009DR-000009-INV-001"CRED-011(Ä†´ùŸ20r!È"reminder-4-warning_
DR-000019-3	DR-000019DR-000019-INV-001"CRED-002(≤†´ùŸ20rÈ"reminder-1-email_
DR-000026-6	DR-000026DR-000026-INV-001"CRED-003(‰†´ùŸ20rÈ"reminder-2-phone_
DR-000071-4	DR-000071DR-000071-INV-001"CRED-010(ñ°´ùŸ20rÈ"reminder-2-phoneg
DR-000081-4	DR-000081DR-000081-INV-002"CRED-010(»°´ùŸ20Z'
DR-000081-PAY-2	†˘EURÈ _
DR-000085-3	DR-000085DR-000085-INV-001"CRED-012(˙°´ùŸ20rÈ"reminder-1-email`
DR-000087-5	DR-000087DR-000087-INV-001"CRED-010(¨¢´ùŸ20r È"reminder-3-letterg
DR-000098-2	DR-000098DR-000098-INV-001"CRED-002(ﬁ¢´ùŸ20Z'
DR-000098-PAY-1	§Ô
EURÈ _
DR-000119-3	DR-000119DR-000119-INV-001"CRED-007(ê£´ùŸ20rÈ"reminder-1-emaila
DR-000136-8	DR-000136DR-000136-INV-001"CRED-004(¬£´ùŸ20r!È"reminder-4-warning_
DR-000138-6	DR-000138DR-000138-INV-002"CRED-007(Ù£´ùŸ20rÈ"reminder-1-email`
DR-000140-4	DR-000140DR-000140-INV-001"CRED-003(¶§´ùŸ20r È"reminder-3-letterΩ
DR-000148-4	DR-000148DR-000148-INV-002"CRED-006(ÿ§´ùŸ20R}
INV-000148-002	â®EURÈ"È0:Company 000148B148 rue de la R√©publiqueB
69004 LyonJdr-000148@example.com^
DR-000149-3	DR-000149DR-000149-INV-002"CRED-009(ä•´ùŸ20rÈ"courtesy-reminderΩ
DR-000174-9	DR-000174DR-000174-INV-002"CRED-003(º•´ùŸ20R}
INV-000174-002	ùÕGBPÈ"È0:Company 000174B174 rue de la R√©publiqueB
69003 LyonJdr-000174@example.comΩ
DR-000181-2	DR-000181DR-000181-INV-002"CRED-009(Ó•´ùŸ20R}
INV-000181-002	ØîEURÈ"È0:Company 000181B181 rue de la R√©publiqueB
69001 LyonJdr-000181@example.comf
DR-000183-3	DR-000183DR-000183-INV-001"CRED-010(†¶´ùŸ20Z&
DR-000183-PAY-1≤GEURÈ æ
DR-000187-7	DR-000187DR-000187-INV-002"CRED-001(“¶´ùŸ20R~
INV-000187-002
ÿ»µGBPÈ"È0:Company 000187B187 rue de la R√©publiqueB
69007 LyonJdr-000187@example.com_
DR-000202-4	DR-000202DR-000202-INV-001"CRED-008(Ñß´ùŸ20rÈ"reminder-1-emailg
DR-000203-5	DR-000203DR-000203-INV-001"CRED-011(∂ß´ùŸ20Z'
DR-000203-PAY-1	∂´ EURÈ %
day-2025-03-14(òËÊ∏Ÿ20≤	
È_
DR-000021-4	DR-000021DR-000021-INV-001"CRED-010(Äÿƒ∆Ÿ20rÈ"reminder-2-phoneg
DR-000038-4	DR-000038DR-000038-INV-001"CRED-001(≤ÿƒ∆Ÿ20Z'
DR-000038-PAY-1	∏⁄:EURÈ _
DR-000045-2	DR-000045DR-000045-INV-001"CRED-004(‰ÿƒ∆Ÿ20rÈ"reminder-1-emailg
DR-000048-2	DR-000048DR-000048-INV-001"CRED-005(ñŸƒ∆Ÿ20Z'
DR-000048-PAY-1	ê›EURÈ _
DR-000062-3	DR-000062DR-000062-INV-001"CRED-009(»Ÿƒ∆Ÿ20rÈ"reminder-2-phone_
DR-000067-4	DR-000067DR-000067-INV-001"CRED-006(˙Ÿƒ∆Ÿ20rÈ"reminder-2-phoneg
DR-000106-2	DR-000106DR-000106-INV-001"CRED-004(¨⁄ƒ∆Ÿ20Z'
DR-000106-PAY-1	•©sUSDÈ _
DR-000161-2	DR-000161DR-000161-INV-001"CRED-004(ﬁ⁄ƒ∆Ÿ20rÈ"reminder-1-email_
DR-000164-4	DR-000164DR-000164-INV-001"CRED-011(ê€ƒ∆Ÿ20rÈ"reminder-2-phoneæ
DR-000192-3	DR-000192DR-000192-INV-002"CRED-011(¬€ƒ∆Ÿ20R~
INV-000192-002	ı…EURÈ"È0:Customer 000192B192 rue de la R√©publiqueB
69003 LyonJdr-000192@example.coma
DR-000236-6	DR-000236DR-000236-INV-001"CRED-011(Ù€ƒ∆Ÿ20r!È"reminder-4-warning%
day-2025-03-15(ò†Ä‚Ÿ20≤	
Èg
DR-000019-4	DR-000019DR-000019-INV-001"CRED-002(ÄêﬁÔŸ20Z'
DR-000019-PAY-1	èÁEURÈ g
DR-000057-5	DR-000057DR-000057-INV-001"CRED-011(≤êﬁÔŸ20Z'
DR-000057-PAY-1	ÙõEURÈ U
DR-000067-5	DR-000067"CRED-006(‰êﬁÔŸ20Z(
DR-000067-PAY-1
“¶ØEURÈ g
DR-000095-2	DR-000095DR-000095-INV-001"CRED-008(ñëﬁÔŸ20Z'
DR-000095-PAY-1	œËEURÈ g
DR-000110-6	DR-000110DR-000110-INV-002"CRED-001(»ëﬁÔŸ20Z'
DR-000110-PAY-1	è–EURÈ _
DR-000162-3	DR-000162DR-000162-INV-001"CRED-012(˙ëﬁÔŸ20rÈ"reminder-2-phoneg
DR-000182-2	DR-000182DR-000182-INV-001"CRED-001(¨íﬁÔŸ20Z'
DR-000182-PAY-1	Ü›EURÈ a
DR-000186-5	DR-000186DR-000186-INV-001"CRED-010(ﬁíﬁÔŸ20r!È"reminder-4-warning_
DR-000195-3	DR-000195DR-000195-INV-001"CRED-002(êìﬁÔŸ20rÈ"reminder-2-phone_
DR-000202-5	DR-000202DR-000202-INV-001"CRED-008(¬ìﬁÔŸ20rÈ"reminder-2-phone_
DR-000219-4	DR-000219DR-000219-INV-001"CRED-012(ÙìﬁÔŸ20rÈ"reminder-2-phone_
DR-000247-4	DR-000247DR-000247-INV-001"CRED-012(¶îﬁÔŸ20rÈ"reminder-2-phone%
day-2025-03-16(òÿôã⁄20≤	
Èg
DR-000008-3	DR-000008DR-000008-INV-001"CRED-006(Ä»˜ò⁄20Z'
DR-000008-PAY-1	˚·EURÈ _
DR-000022-2	DR-000022DR-000022-INV-001"CRED-010(≤»˜ò⁄20rÈ"reminder-1-email`
DR-000023-5	DR-000023DR-000023-INV-001"CRED-001(‰»˜ò⁄20r È"reminder-3-lettera
DR-000057-6	DR-000057DR-000057-INV-001"CRED-011(ñ…˜ò⁄20r!È"reminder-4-warning_
DR-000066-4	DR-000066DR-000066-INV-001"CRED-003(»…˜ò⁄20rÈ"reminder-1-emailI
DR-000098-3	DR-000098"CRED-002(˙…˜ò⁄20b
DR-000098-PAY-1È_
DR-000112-8	DR-000112DR-000112-INV-002"CRED-001(¨ ˜ò⁄20rÈ"reminder-2-phone_
DR-000134-3	DR-000134DR-000134-INV-001"CRED-009(ﬁ ˜ò⁄20rÈ"reminder-1-emailæ
DR-000140-5	DR-000140DR-000140-INV-002"CRED-003(êÀ˜ò⁄20R~
INV-000140-002	ﬂÏEURÈ"È0:Customer 000140B140 rue de la R√©publiqueB
69005 LyonJdr-000140@example.com`
DR-000147-4	DR-000147DR-000147-INV-001"CRED-006(¬À˜ò⁄20r È"reminder-3-letter`
DR-000153-4	DR-000153DR-000153-INV-001"CRED-012(ÙÀ˜ò⁄20r È"reminder-3-letter_
DR-000207-2	DR-000207DR-000207-INV-001"CRED-005(¶Ã˜ò⁄20rÈ"reminder-1-email\
DR-000220-8	DR-000220DR-000220-INV-001"CRED-012(ÿÃ˜ò⁄20rÈ"formal-noticef
DR-000230-5	DR-000230DR-000230-INV-001"CRED-005(äÕ˜ò⁄20Z&
DR-000230-PAY-1Ò\EURÈ _
DR-000232-4	DR-000232DR-000232-INV-001"CRED-008(ºÕ˜ò⁄20rÈ"reminder-2-phone]
DR-000232-5	DR-000232DR-000232-INV-001"CRED-008(ÓÕ˜ò⁄20z
	‘¢EURÈÈg
DR-000232-6	DR-000232DR-000232-INV-002"CRED-008(†Œ˜ò⁄20Z'
DR-000232-PAY-1	…·EURÈ %
day-2025-03-17(òê≥¥⁄20≤	
È_
DR-000049-3	DR-000049DR-000049-INV-001"CRED-004(ÄÄë¬⁄20rÈ"reminder-1-emailΩ
DR-000100-7	DR-000100DR-000100-INV-002"CRED-009(≤Äë¬⁄20R}
INV-000100-002	Åø$EURÈ"È0:Company 000100B100 rue de la R√©publiqueB
69001 LyonJdr-000100@example.com_
DR-000104-3	DR-000104DR-000104-INV-001"CRED-004(‰Äë¬⁄20rÈ"reminder-2-phone\
DR-000108-9	DR-000108DR-000108-INV-001"CRED-004(ñÅë¬⁄20rÈ"formal-noticeh
DR-000108-10	DR-000108DR-000108-INV-001"CRED-004(»Åë¬⁄20Z'
DR-000108-PAY-1	òèEURÈ `
DR-000155-5	DR-000155DR-000155-INV-001"CRED-006(˙Åë¬⁄20r È"reminder-3-letter_
DR-000156-4	DR-000156DR-000156-INV-001"CRED-007(¨Çë¬⁄20rÈ"reminder-1-email_
DR-000160-3	DR-000160DR-000160-INV-001"CRED-010(ﬁÇë¬⁄20rÈ"reminder-2-phone_
DR-000185-3	DR-000185DR-000185-INV-001"CRED-001(êÉë¬⁄20rÈ"reminder-2-phone`
DR-000190-5	DR-000190DR-000190-INV-001"CRED-004(¬Éë¬⁄20r È"reminder-3-letterT
DR-000195-4	DR-000195"CRED-002(ÙÉë¬⁄20Z'
DR-000195-PAY-1	Æˇ8GBPÈ \
DR-000228-8	DR-000228DR-000228-INV-001"CRED-012(¶Ñë¬⁄20rÈ"formal-notice_
DR-000246-3	DR-000246DR-000246-INV-001"CRED-003(ÿÑë¬⁄20rÈ"reminder-1-email%
day-2025-03-18(ò»Ã›⁄20≤	
Èg
DR-000005-2	DR-000005DR-000005-INV-001"CRED-004(Ä∏™Î⁄20Z'
DR-000005-PAY-1	˘˘EURÈ g
DR-000026-7	DR-000026DR-000026-INV-001"CRED-003(≤∏™Î⁄20Z'
DR-000026-PAY-2	“≤EURÈ \
DR-000037-9	DR-000037DR-000037-INV-001"CRED-010(‰∏™Î⁄20rÈ"formal-notice_
DR-000055-3	DR-000055DR-000055-INV-001"CRED-002(ñπ™Î⁄20rÈ"reminder-1-email_
DR-000062-4	DR-000062DR-000062-INV-001"CRED-009(»π™Î⁄20ä
goods not deliveredÈg
DR-000073-2	DR-000073DR-000073-INV-001"CRED-002(˙π™Î⁄20Z'
DR-000073-PAY-1	ÄıEURÈ `
DR-000082-4	DR-000082DR-000082-INV-001"CRED-010(¨∫™Î⁄20r È"reminder-3-letter\
DR-000096-7	DR-000096DR-000096-INV-001"CRED-012(ﬁ∫™Î⁄20rÈ"formal-notice_
DR-000158-4	DR-000158DR-000158-INV-001"CRED-010(êª™Î⁄20rÈ"reminder-2-phoneg
DR-000166-6	DR-000166DR-000166-INV-001"CRED-001(¬ª™Î⁄20Z'
DR-000166-PAY-1	æãEURÈ ^
DR-000181-3	DR-000181DR-000181-INV-001"CRED-003(Ùª™Î⁄20rÈ"courtesy-reminder_
DR-000217-3	DR-000217DR-000217-INV-001"CRED-008(¶º™Î⁄20rÈ"reminder-1-email%
day-2025-03-19(òÄÊÜ€20≤	
Èª
DR-000002-2	DR-000002DR-000002-INV-002"CRED-001(Ä√î€20R{
INV-000002-002	—ÅEURÈ"È0:Company 000002B2 rue de la R√©publiqueB
69002 LyonJdr-000002@example.comΩ
DR-000030-6	DR-000030DR-000030-INV-002"CRED-005(≤√î€20R}
INV-000030-002	óÏ	EURÈ"È0:Customer 000030B30 rue de la R√©publiqueB
69003 LyonJdr-000030@example.coma
DR-000032-6	DR-000032DR-000032-INV-001"CRED-010(‰√î€20r!È"reminder-4-warning_
DR-000034-2	DR-000034DR-000034-INV-001"CRED-011(ñÒ√î€20rÈ"reminder-1-emailº
DR-000072-2	DR-000072DR-000072-INV-002"CRED-001(»Ò√î€20R|
INV-000072-002	àÍEURÈ"È0:Company 000072B72 rue de la R√©publiqueB
69009 LyonJdr-000072@example.comg
DR-000087-6	DR-000087DR-000087-INV-001"CRED-010(˙Ò√î€20Z'
DR-000087-PAY-1	¨åEURÈ \
DR-000118-8	DR-000118DR-000118-INV-001"CRED-001(¨Ú√î€20rÈ"formal-noticeI
DR-000127-4	DR-000127"CRED-012(ﬁÚ√î€20b
DR-000127-PAY-1Èh
DR-000137-2	DR-000137DR-000137-INV-001"CRED-005(êÛ√î€20Z(
DR-000137-PAY-1
µ∂ÉEURÈ \
DR-000159-8	DR-000159DR-000159-INV-001"CRED-008(¬Û√î€20rÈ"formal-notice_
DR-000198-3	DR-000198DR-000198-INV-001"CRED-004(ÙÛ√î€20rÈ"reminder-1-email_
DR-000204-3	DR-000204DR-000204-INV-001"CRED-006(¶Ù√î€20rÈ"reminder-2-phone]
DR-000204-4	DR-000204DR-000204-INV-001"CRED-006(ÿÙ√î€20z
	‡‘-EURÈÈ%
day-2025-03-20(ò∏ˇØ€20≤	
È_
DR-000019-5	DR-000019DR-000019-INV-001"CRED-002(Ä®›Ω€20rÈ"reminder-2-phone`
DR-000031-6	DR-000031DR-000031-INV-001"CRED-011(≤®›Ω€20r È"reminder-3-letterº
DR-000039-3	DR-000039DR-000039-INV-002"CRED-008(‰®›Ω€20R|
INV-000039-002	¨·EURÈ"È0:Company 000039B39 rue de la R√©publiqueB
69003 LyonJdr-000039@example.com^
DR-000047-2	DR-000047DR-000047-INV-001"CRED-011(ñ©›Ω€20rÈ"courtesy-remindera
DR-000058-6	DR-000058DR-000058-INV-001"CRED-007(»©›Ω€20r!È"reminder-4-warning`
DR-000071-5	DR-000071DR-000071-INV-001"CRED-010(˙©›Ω€20r È"reminder-3-letter_
DR-000085-4	DR-000085DR-000085-INV-001"CRED-012(¨™›Ω€20rÈ"reminder-2-phoneg
DR-000115-2	DR-000115DR-000115-INV-001"CRED-004(ﬁ™›Ω€20Z'
DR-000115-PAY-1	Á¶EURÈ _
DR-000119-4	DR-000119DR-000119-INV-001"CRED-007(ê´›Ω€20rÈ"reminder-2-phone]
DR-000119-5	DR-000119DR-000119-INV-001"CRED-007(¬´›Ω€20z
	Ù€3EURÈÈ_
DR-000123-2	DR-000123DR-000123-INV-001"CRED-009(Ù´›Ω€20rÈ"reminder-1-email_
DR-000127-5	DR-000127DR-000127-INV-001"CRED-012(¶¨›Ω€20rÈ"reminder-2-phoneh
DR-000132-3	DR-000132DR-000132-INV-002"CRED-012(ÿ¨›Ω€20Z(
DR-000132-PAY-1
Â“îEURÈ _
DR-000138-7	DR-000138DR-000138-INV-002"CRED-007(ä≠›Ω€20rÈ"reminder-2-phone]
DR-000174-10	DR-000174DR-000174-INV-001"CRED-003(º≠›Ω€20rÈ"formal-noticef
DR-000196-2	DR-000196DR-000196-INV-001"CRED-009(Ó≠›Ω€20Z&
DR-000196-PAY-1ì\EURÈ æ
DR-000197-2	DR-000197DR-000197-INV-002"CRED-006(†Æ›Ω€20R~
INV-000197-002
…»ëEURÈ"È0:Company 000197B197 rue de la R√©publiqueB
69008 LyonJdr-000197@example.comI
DR-000203-6	DR-000203"CRED-011(“Æ›Ω€20b
DR-000203-PAY-1È^
DR-000209-2	DR-000209DR-000209-INV-001"CRED-002(ÑØ›Ω€20rÈ"courtesy-reminderg
DR-000222-2	DR-000222DR-000222-INV-001"CRED-001(∂Ø›Ω€20Z'
DR-000222-PAY-1	òûEURÈ _
DR-000225-2	DR-000225DR-000225-INV-001"CRED-001(ËØ›Ω€20rÈ"reminder-1-emailÀ
DR-000237-2	DR-000237DR-000237-INV-002"CRED-007(ö∞›Ω€20Rä
INV-000237-002	é˛	EURÈ"È*
È«0:Company 000237B37 rue de la R√©publiqueB
69003 LyonJdr-000237@example.com%
day-2025-03-21(òòŸ€20≤	
È_
DR-000014-2	DR-000014DR-000014-INV-001"CRED-006(Ä‡ˆÊ€20rÈ"reminder-1-emailg
DR-000014-3	DR-000014DR-000014-INV-001"CRED-006(≤‡ˆÊ€20Z'
DR-000014-PAY-1	∂ÌUSDÈ `
DR-000021-5	DR-000021DR-000021-INV-001"CRED-010(‰‡ˆÊ€20r È"reminder-3-letter€
DR-000021-6	DR-000021DR-000021-INV-001"CRED-010(ñ·ˆÊ€20Çô
DR-000021-PLAN-6È
ÈûKGBP
ÈûKGBP
È
ûKGBP
È
ûKGBP
È	ûKGBP
È	£KGBPa
DR-000031-7	DR-000031DR-000031-INV-001"CRED-011(»·ˆÊ€20r!È"reminder-4-warning^
DR-000041-2	DR-000041DR-000041-INV-001"CRED-008(˙·ˆÊ€20rÈ"courtesy-reminder_
DR-000045-3	DR-000045DR-000045-INV-001"CRED-004(¨‚ˆÊ€20rÈ"reminder-2-phoneg
DR-000049-4	DR-000049DR-000049-INV-001"CRED-004(ﬁ‚ˆÊ€20Z'
DR-000049-PAY-1	Œ…EURÈ _
DR-000080-3	DR-000080DR-000080-INV-001"CRED-012(ê„ˆÊ€20rÈ"reminder-1-email`
DR-000097-6	DR-000097DR-000097-INV-001"CRED-010(¬„ˆÊ€20r È"reminder-3-letterÃ
DR-000147-5	DR-000147DR-000147-INV-002"CRED-006(Ù„ˆÊ€20Rã
INV-000147-002	Ä‚EURÈ"È*
È‹70:Company 000147B147 rue de la R√©publiqueB
69003 LyonJdr-000147@example.coma
DR-000150-6	DR-000150DR-000150-INV-001"CRED-012(¶‰ˆÊ€20r!È"reminder-4-warning_
DR-000154-2	DR-000154DR-000154-INV-001"CRED-001(ÿ‰ˆÊ€20rÈ"reminder-1-emailg
DR-000154-3	DR-000154DR-000154-INV-001"CRED-001(äÂˆÊ€20Z'
DR-000154-PAY-1	´áEURÈ _
DR-000161-3	DR-000161DR-000161-INV-001"CRED-004(ºÂˆÊ€20rÈ"reminder-2-phone`
DR-000164-5	DR-000164DR-000164-INV-001"CRED-011(ÓÂˆÊ€20r È"reminder-3-lettera
DR-000187-8	DR-000187DR-000187-INV-001"CRED-001(†ÊˆÊ€20r!È"reminder-4-warningg
DR-000187-9	DR-000187DR-000187-INV-001"CRED-001(“ÊˆÊ€20Z'
DR-000187-PAY-2	—ô*GBPÈ ^
DR-000200-3	DR-000200DR-000200-INV-001"CRED-012(ÑÁˆÊ€20rÈ"courtesy-reminder_
DR-000203-7	DR-000203DR-000203-INV-001"CRED-011(∂ÁˆÊ€20rÈ"reminder-2-phone^
DR-000210-2	DR-000210DR-000210-INV-001"CRED-007(ËÁˆÊ€20rÈ"courtesy-reminder^
DR-000248-2	DR-000248DR-000248-INV-001"CRED-005(öËˆÊ€20rÈ"courtesy-reminder%
day-2025-03-22(ò®≤Ç‹20≤	
È_
DR-000015-2	DR-000015DR-000015-INV-001"CRED-011(Äòêê‹20rÈ"reminder-1-emailg
DR-000082-5	DR-000082DR-000082-INV-001"CRED-010(≤òêê‹20Z'
DR-000082-PAY-1	‰§EURÈ g
DR-000089-2	DR-000089DR-000089-INV-001"CRED-002(‰òêê‹20Z'
DR-000089-PAY-1	áπ1EURÈ a
DR-000097-7	DR-000097DR-000097-INV-001"CRED-010(ñôêê‹20r!È"reminder-4-warning_
DR-000098-4	DR-000098DR-000098-INV-001"CRED-002(»ôêê‹20rÈ"reminder-1-emailh
DR-000112-9	DR-000112DR-000112-INV-002"CRED-001(˙ôêê‹20Z(
DR-000112-PAY-3
Œ±ïEURÈ Ω
DR-000119-6	DR-000119DR-000119-INV-002"CRED-007(¨öêê‹20R}
INV-000119-002	∞·EURÈ"È0:Company 000119B119 rue de la R√©publiqueB
69002 LyonJdr-000119@example.coma
DR-000140-6	DR-000140DR-000140-INV-001"CRED-003(ﬁöêê‹20r!È"reminder-4-warningg
DR-000152-2	DR-000152DR-000152-INV-001"CRED-004(êõêê‹20Z'
DR-000152-PAY-1	í‰"EURÈ g
DR-000155-6	DR-000155DR-000155-INV-001"CRED-006(¬õêê‹20Z'
DR-000155-PAY-1	”ÔCHFÈ `
DR-000162-4	DR-000162DR-000162-INV-001"CRED-012(Ùõêê‹20r È"reminder-3-letterg
DR-000179-5	DR-000179DR-000179-INV-001"CRED-003(¶úêê‹20Z'
DR-000179-PAY-1	¸âEURÈ ^
DR-000194-2	DR-000194DR-000194-INV-001"CRED-001(ÿúêê‹20rÈ"courtesy-reminder_
DR-000201-2	DR-000201DR-000201-INV-001"CRED-005(äùêê‹20ä
goods not deliveredÈ`
DR-000202-6	DR-000202DR-000202-INV-001"CRED-008(ºùêê‹20r È"reminder-3-letter_
DR-000216-2	DR-000216DR-000216-INV-001"CRED-010(Óùêê‹20rÈ"reminder-1-email`
DR-000219-5	DR-000219DR-000219-INV-001"CRED-012(†ûêê‹20r È"reminder-3-letterf
DR-000225-3	DR-000225DR-000225-INV-001"CRED-001(“ûêê‹20Z&
DR-000225-PAY-1Ô+EURÈ `
DR-000247-5	DR-000247DR-000247-INV-001"CRED-012(Ñüêê‹20r È"reminder-3-letterh
DR-000112-9	DR-000112DR-000112-INV-002"CRED-001(˙ôêê‹20Z(
DR-000112-PAY-3
Œ±ïEURÈ %
day-2025-03-23(ò‡À´‹20≤	
È^
DR-000006-2	DR-000006DR-000006-INV-001"CRED-003(Ä–©π‹20rÈ"courtesy-reminder_
DR-000022-3	DR-000022DR-000022-INV-001"CRED-010(≤–©π‹20rÈ"reminder-2-phoneg
DR-000032-7	DR-000032DR-000032-INV-001"CRED-010(‰–©π‹20Z'
DR-000032-PAY-2	Ã GBPÈ Ω
DR-000062-5	DR-000062DR-000062-INV-002"CRED-006(ñ—©π‹20R}
INV-000062-002
íÉ˙USDÈ"È0:Company 000062B62 rue de la R√©publiqueB
69008 LyonJdr-000062@example.com_
DR-000066-5	DR-000066DR-000066-INV-001"CRED-003(»—©π‹20rÈ"reminder-2-phoneª
DR-000088-3	DR-000088DR-000088-INV-002"CRED-003(˙—©π‹20R{
INV-000088-002’BEURÈ"È0:Company 000088B88 rue de la R√©publiqueB
69007 LyonJdr-000088@example.comf
DR-000118-9	DR-000118DR-000118-INV-001"CRED-001(¨“©π‹20Z&
DR-000118-PAY-2®$EURÈ \
DR-000121-7	DR-000121DR-000121-INV-001"CRED-011(ﬁ“©π‹20rÈ"formal-notice_
DR-000134-4	DR-000134DR-000134-INV-001"CRED-009(ê”©π‹20rÈ"reminder-2-phone_
DR-000149-4	DR-000149DR-000149-INV-002"CRED-009(¬”©π‹20rÈ"reminder-1-emailS
DR-000161-4	DR-000161"CRED-004(Ù”©π‹20Z&
DR-000161-PAY-1ètEURÈ ^
DR-000184-2	DR-000184DR-000184-INV-001"CRED-005(¶‘©π‹20rÈ"courtesy-reminder`
DR-000203-8	DR-000203DR-000203-INV-001"CRED-011(ÿ‘©π‹20r È"reminder-3-letter_
DR-000207-3	DR-000207DR-000207-INV-001"CRED-005(ä’©π‹20rÈ"reminder-2-phonef
DR-000214-2	DR-000214DR-000214-INV-001"CRED-001(º’©π‹20Z&
DR-000214-PAY-1ÑmEURÈ g
DR-000232-7	DR-000232DR-000232-INV-001"CRED-008(Ó’©π‹20Z'
DR-000232-PAY-2	‘¢EURÈ %
day-2025-03-24(òòÂ‘‹20≤	
Èg
DR-000013-5	DR-000013DR-000013-INV-002"CRED-012(Äà√‚‹20Z'
DR-000013-PAY-2	Ã√EURÈ h
DR-000063-2	DR-000063DR-000063-INV-001"CRED-001(≤à√‚‹20Z(
DR-000063-PAY-1
ÑÒ´EURÈ _
DR-000068-2	DR-000068DR-000068-INV-001"CRED-008(‰à√‚‹20rÈ"reminder-1-emailõ
DR-000085-5	DR-000085DR-000085-INV-001"CRED-012(ñâ√‚‹20ÇZ
DR-000085-PLAN-5È
È›>EUR
È›>EUR
Èﬁ>EUR`
DR-000104-4	DR-000104DR-000104-INV-001"CRED-004(»â√‚‹20r È"reminder-3-letter^
DR-000113-2	DR-000113DR-000113-INV-001"CRED-007(˙â√‚‹20rÈ"courtesy-reminder_
DR-000117-2	DR-000117DR-000117-INV-001"CRED-004(¨ä√‚‹20rÈ"reminder-1-emailΩ
DR-000123-3	DR-000123DR-000123-INV-002"CRED-009(ﬁä√‚‹20R}
INV-000123-002	©⁄$EURÈ"È0:Company 000123B123 rue de la R√©publiqueB
69006 LyonJdr-000123@example.com^
DR-000132-4	DR-000132DR-000132-INV-001"CRED-012(êã√‚‹20rÈ"courtesy-reminderΩ
DR-000146-3	DR-000146DR-000146-INV-002"CRED-007(¬ã√‚‹20R}
INV-000146-002	ïÑEURÈ"È0:Company 000146B146 rue de la R√©publiqueB
69002 LyonJdr-000146@example.com_
DR-000156-5	DR-000156DR-000156-INV-001"CRED-007(Ùã√‚‹20rÈ"reminder-2-phone^
DR-000156-6	DR-000156DR-000156-INV-001"CRED-007(¶å√‚‹20z

––≈EURÈÈg
DR-000159-9	DR-000159DR-000159-INV-001"CRED-008(ÿå√‚‹20Z'
DR-000159-PAY-1	ÄõEURÈ `
DR-000160-4	DR-000160DR-000160-INV-001"CRED-010(äç√‚‹20r È"reminder-3-letterg
DR-000163-2	DR-000163DR-000163-INV-001"CRED-005(ºç√‚‹20Z'
DR-000163-PAY-1	ÀﬂCHFÈ _
DR-000177-2	DR-000177DR-000177-INV-001"CRED-008(Óç√‚‹20rÈ"reminder-1-email`
DR-000185-4	DR-000185DR-000185-INV-001"CRED-001(†é√‚‹20r È"reminder-3-letterΩ
DR-000226-3	DR-000226DR-000226-INV-002"CRED-004(“é√‚‹20R}
INV-000226-002	≠√EURÈ"È0:Customer 000226B26 rue de la R√©publiqueB
69001 LyonJdr-000226@example.com_
DR-000246-4	DR-000246DR-000246-INV-001"CRED-003(Ñè√‚‹20rÈ"reminder-2-phoneà
DR-000247-6	DR-000247DR-000247-INV-001"CRED-012(∂è√‚‹20ÇG
DR-000247-PLAN-6È
È	Î˝EUR
È	Ï˝EUR%
day-2025-03-25(ò–˛˝‹20≤	
Èg
DR-000015-3	DR-000015DR-000015-INV-001"CRED-011(Ä¿‹ã›20Z'
DR-000015-PAY-1	ÙèEURÈ g
DR-000019-6	DR-000019DR-000019-INV-001"CRED-002(≤¿‹ã›20Z'
DR-000019-PAY-2	¸—EURÈ a
DR-000023-6	DR-000023DR-000023-INV-001"CRED-001(‰¿‹ã›20r!È"reminder-4-warning_
DR-000024-2	DR-000024DR-000024-INV-001"CRED-008(ñ¡‹ã›20rÈ"reminder-1-emailg
DR-000035-5	DR-000035DR-000035-INV-002"CRED-012(»¡‹ã›20Z'
DR-000035-PAY-2	Â¿EURÈ _
DR-000055-4	DR-000055DR-000055-INV-001"CRED-002(˙¡‹ã›20rÈ"reminder-2-phoneº
DR-000089-3	DR-000089DR-000089-INV-002"CRED-006(¨¬‹ã›20R|
INV-000089-002	π∂EURÈ"È
0:Company 000089B89 rue de la R√©publiqueB
69008 LyonJdr-000089@example.com`
DR-000127-6	DR-000127DR-000127-INV-001"CRED-012(ﬁ¬‹ã›20r È"reminder-3-letter^
DR-000136-9	DR-000136DR-000136-INV-002"CRED-004(ê√‹ã›20rÈ"courtesy-reminderŒ
DR-000138-8	DR-000138DR-000138-INV-003"CRED-007(¬√‹ã›20Rç
INV-000138-003
ß¡°EURÈ"È
*
Èªù0:Company 000138B138 rue de la R√©publiqueB
69003 LyonJdr-000138@example.comÀ
DR-000138-9	DR-000138DR-000138-INV-002"CRED-007(Ù√‹ã›20Çâ
DR-000138-PLAN-9È
È	ÈõEUR
È	ÈõEUR
È	ÈõEUR
È	ÈõEUR
È	ÈõEURa
DR-000147-6	DR-000147DR-000147-INV-001"CRED-006(¶ƒ‹ã›20r!È"reminder-4-warninga
DR-000153-5	DR-000153DR-000153-INV-001"CRED-012(ÿƒ‹ã›20r!È"reminder-4-warning`
DR-000158-5	DR-000158DR-000158-INV-001"CRED-010(ä≈‹ã›20r È"reminder-3-letterΩ
DR-000167-2	DR-000167DR-000167-INV-002"CRED-004(º≈‹ã›20R}
INV-000167-002	˘§CHFÈ"È
0:Company 000167B167 rue de la R√©publiqueB
69005 LyonJdr-000167@example.comΩ
DR-000190-6	DR-000190DR-000190-INV-003"CRED-004(Ó≈‹ã›20R}
INV-000190-003	ñÛEURÈ"È0:Company 000190B190 rue de la R√©publiqueB
69001 LyonJdr-000190@example.com_
DR-000217-4	DR-000217DR-000217-INV-001"CRED-008(†∆‹ã›20rÈ"reminder-2-phone]
DR-000217-5	DR-000217DR-000217-INV-001"CRED-008(“∆‹ã›20z
	–ªEURÈ
ÈT
DR-000219-6	DR-000219"CRED-012(Ñ«‹ã›20Z'
DR-000219-PAY-1	„çEEURÈ º
DR-000243-4	DR-000243DR-000243-INV-002"CRED-006(∂«‹ã›20R|
INV-000243-002	ÖõEURÈ"È
0:Company 000243B43 rue de la R√©publiqueB
69009 LyonJdr-000243@example.com_
DR-000055-4	DR-000055DR-000055-INV-001"CRED-002(˙¡‹ã›20rÈ"reminder-2-phone%
day-2025-03-26(òàòß›20≤	
È^
DR-000016-2	DR-000016DR-000016-INV-001"CRED-001(Ä¯ı¥›20rÈ"courtesy-reminder_
DR-000034-3	DR-000034DR-000034-INV-001"CRED-011(≤¯ı¥›20rÈ"reminder-2-phone_
DR-000099-2	DR-000099DR-000099-INV-001"CRED-010(‰¯ı¥›20rÈ"reminder-1-email_
DR-000175-2	DR-000175DR-000175-INV-001"CRED-003(ñ˘ı¥›20rÈ"reminder-1-emaila
DR-000190-7	DR-000190DR-000190-INV-001"CRED-004(»˘ı¥›20r!È"reminder-4-warning_
DR-000198-4	DR-000198DR-000198-INV-001"CRED-004(˙˘ı¥›20rÈ"reminder-2-phone]
DR-000198-5	DR-000198DR-000198-INV-001"CRED-004(¨˙ı¥›20z
	†€oEURÈÈº
DR-000224-3	DR-000224DR-000224-INV-002"CRED-005(ﬁ˙ı¥›20R|
INV-000224-002õ:EURÈ"È0:Customer 000224B24 rue de la R√©publiqueB
69008 LyonJdr-000224@example.com_
DR-000249-2	DR-000249DR-000249-INV-001"CRED-006(ê˚ı¥›20rÈ"reminder-1-email%
day-2025-03-27(ò¿±–›20≤	
È^
DR-000007-2	DR-000007DR-000007-INV-001"CRED-005(Ä∞èﬁ›20rÈ"courtesy-reminder`
DR-000019-7	DR-000019DR-000019-INV-001"CRED-002(≤∞èﬁ›20r È"reminder-3-letter_
DR-000027-2	DR-000027DR-000027-INV-001"CRED-009(‰∞èﬁ›20ä
goods not deliveredÈL
DR-000029-3	DR-000029DR-000029-INV-001"CRED-001(ñ±èﬁ›20íÈ\
DR-000044-8	DR-000044DR-000044-INV-001"CRED-002(»±èﬁ›20rÈ"formal-notice^
DR-000072-3	DR-000072DR-000072-INV-001"CRED-001(˙±èﬁ›20rÈ"courtesy-reminderh
DR-000083-2	DR-000083DR-000083-INV-001"CRED-009(¨≤èﬁ›20Z(
DR-000083-PAY-1
“»ßGBPÈ _
DR-000123-4	DR-000123DR-000123-INV-001"CRED-009(ﬁ≤èﬁ›20rÈ"reminder-2-phone]
DR-000123-5	DR-000123DR-000123-INV-001"CRED-009(ê≥èﬁ›20z
	®±;EURÈÈ∞
DR-000160-5	DR-000160DR-000160-INV-001"CRED-010(¬≥èﬁ›20Ço
DR-000160-PLAN-5È
Èò0EUR
Èò0EUR
Èò0EUR
Èõ0EURf
DR-000185-5	DR-000185DR-000185-INV-001"CRED-001(Ù≥èﬁ›20Z&
DR-000185-PAY-1îNEURÈ º
DR-000202-7	DR-000202DR-000202-INV-002"CRED-008(¶¥èﬁ›20R|
INV-000202-002	¨´EURÈ"È0:Customer 000202B2 rue de la R√©publiqueB
69004 LyonJdr-000202@example.comΩ
DR-000217-6	DR-000217DR-000217-INV-002"CRED-008(ÿ¥èﬁ›20R}
INV-000217-002	°∞EURÈ"È0:Customer 000217B17 rue de la R√©publiqueB
69001 LyonJdr-000217@example.com_
DR-000225-4	DR-000225DR-000225-INV-001"CRED-001(äµèﬁ›20rÈ"reminder-2-phone^
DR-000227-2	DR-000227DR-000227-INV-001"CRED-010(ºµèﬁ›20rÈ"courtesy-reminderR
DR-000228-9	DR-000228DR-000228-INV-001"CRED-012(Óµèﬁ›20ö
AGY-01È%
day-2025-03-28(ò¯ ˘›20≤	
È\
DR-000009-7	DR-000009DR-000009-INV-001"CRED-011(ÄË®áﬁ20rÈ"formal-noticeõ
DR-000034-4	DR-000034DR-000034-INV-001"CRED-011(≤Ë®áﬁ20ÇZ
DR-000034-PLAN-4È
È	äEUR
È	äEUR
ÈãEURg
DR-000036-2	DR-000036DR-000036-INV-001"CRED-011(‰Ë®áﬁ20Z'
DR-000036-PAY-1	ûï	EURÈ S
DR-000037-10	DR-000037DR-000037-INV-001"CRED-010(ñÈ®áﬁ20ö
AGY-02È`
DR-000045-4	DR-000045DR-000045-INV-001"CRED-004(»È®áﬁ20r È"reminder-3-letterg
DR-000057-7	DR-000057DR-000057-INV-001"CRED-011(˙È®áﬁ20Z'
DR-000057-PAY-2	€˝EURÈ _
DR-000080-4	DR-000080DR-000080-INV-001"CRED-012(¨Í®áﬁ20rÈ"reminder-2-phoneg
DR-000119-7	DR-000119DR-000119-INV-001"CRED-007(ﬁÍ®áﬁ20Z'
DR-000119-PAY-1	Ù€3EURÈ ]
DR-000136-10	DR-000136DR-000136-INV-001"CRED-004(êÎ®áﬁ20rÈ"formal-noticeh
DR-000138-10	DR-000138DR-000138-INV-001"CRED-007(¬Î®áﬁ20Z'
DR-000138-PAY-1	éœEURÈ _
DR-000149-5	DR-000149DR-000149-INV-001"CRED-009(ÙÎ®áﬁ20rÈ"reminder-1-email_
DR-000181-4	DR-000181DR-000181-INV-001"CRED-003(¶Ï®áﬁ20rÈ"reminder-1-emailg
DR-000212-2	DR-000212DR-000212-INV-001"CRED-006(ÿÏ®áﬁ20Z'
DR-000212-PAY-1	”˚"CHFÈ _
DR-000223-2	DR-000223DR-000223-INV-001"CRED-010(äÌ®áﬁ20rÈ"reminder-1-email%
day-2025-03-29(ò∞‰¢ﬁ20≤	
Èª
DR-000004-3	DR-000004DR-000004-INV-002"CRED-003(Ä†¬∞ﬁ20R{
INV-000004-002	∆“EURÈ"È0:Company 000004B4 rue de la R√©publiqueB
69004 LyonJdr-000004@example.com_
DR-000015-4	DR-000015DR-000015-INV-001"CRED-011(≤†¬∞ﬁ20rÈ"reminder-2-phone_
DR-000058-7	DR-000058DR-000058-INV-002"CRED-001(‰†¬∞ﬁ20rÈ"reminder-1-emailÀ
DR-000067-6	DR-000067DR-000067-INV-002"CRED-006(ñ°¬∞ﬁ20Rä
INV-000067-002	Ö‡EURÈ"È*
È	Ö0:Company 000067B67 rue de la R√©publiqueB
69004 LyonJdr-000067@example.coma
DR-000071-6	DR-000071DR-000071-INV-001"CRED-010(»°¬∞ﬁ20r!È"reminder-4-warning_
DR-000098-5	DR-000098DR-000098-INV-001"CRED-002(˙°¬∞ﬁ20rÈ"reminder-2-phone_
DR-000169-2	DR-000169DR-000169-INV-001"CRED-009(¨¢¬∞ﬁ20rÈ"reminder-1-email_
DR-000216-3	DR-000216DR-000216-INV-001"CRED-010(ﬁ¢¬∞ﬁ20rÈ"reminder-2-phonef
DR-000220-9	DR-000220DR-000220-INV-001"CRED-012(ê£¬∞ﬁ20Z&
DR-000220-PAY-3”SEURÈ \
DR-000236-7	DR-000236DR-000236-INV-001"CRED-011(¬£¬∞ﬁ20rÈ"formal-notice%
day-2025-03-30(òË˝Àﬁ20≤	
Èª
DR-000008-4	DR-000008DR-000008-INV-002"CRED-006(Äÿ€Ÿﬁ20R{
INV-000008-002	ÚΩ9EURÈ"È0:Company 000008B8 rue de la R√©publiqueB
69008 LyonJdr-000008@example.comg
DR-000012-2	DR-000012DR-000012-INV-001"CRED-004(≤ÿ€Ÿﬁ20Z'
DR-000012-PAY-1	‘ 	EURÈ `
DR-000022-4	DR-000022DR-000022-INV-001"CRED-010(‰ÿ€Ÿﬁ20r È"reminder-3-letterg
DR-000028-5	DR-000028DR-000028-INV-001"CRED-008(ñŸ€Ÿﬁ20Z'
DR-000028-PAY-1	º¶
GBPÈ º
DR-000032-8	DR-000032DR-000032-INV-002"CRED-010(»Ÿ€Ÿﬁ20R|
INV-000032-002	ˇ’GBPÈ"È0:Company 000032B32 rue de la R√©publiqueB
69005 LyonJdr-000032@example.comΩ
DR-000035-6	DR-000035DR-000035-INV-003"CRED-012(˙Ÿ€Ÿﬁ20R}
INV-000035-003
√‰ÍEURÈ"È0:Company 000035B35 rue de la R√©publiqueB
69008 LyonJdr-000035@example.com_
DR-000047-3	DR-000047DR-000047-INV-001"CRED-011(¨⁄€Ÿﬁ20rÈ"reminder-1-email`
DR-000066-6	DR-000066DR-000066-INV-001"CRED-003(ﬁ⁄€Ÿﬁ20r È"reminder-3-letterg
DR-000077-4	DR-000077DR-000077-INV-002"CRED-004(ê€€Ÿﬁ20Z'
DR-000077-PAY-2	„ÆEURÈ f
DR-000085-6	DR-000085DR-000085-INV-001"CRED-012(¬€€Ÿﬁ20Z&
DR-000085-PAY-1›>EURÈ æ
DR-000126-3	DR-000126DR-000126-INV-002"CRED-009(Ù€€Ÿﬁ20R~
INV-000126-002	πèUSDÈ"È0:Customer 000126B126 rue de la R√©publiqueB
69009 LyonJdr-000126@example.comæ
DR-000130-3	DR-000130DR-000130-INV-002"CRED-011(¶‹€Ÿﬁ20R~
INV-000130-002
µˆ‰EURÈ"È0:Company 000130B130 rue de la R√©publiqueB
69004 LyonJdr-000130@example.com`
DR-000134-5	DR-000134DR-000134-INV-001"CRED-009(ÿ‹€Ÿﬁ20r È"reminder-3-letterg
DR-000139-2	DR-000139DR-000139-INV-001"CRED-001(ä›€Ÿﬁ20Z'
DR-000139-PAY-1	ÒâGBPÈ _
DR-000149-6	DR-000149DR-000149-INV-002"CRED-009(º›€Ÿﬁ20rÈ"reminder-2-phonea
DR-000164-6	DR-000164DR-000164-INV-001"CRED-011(Ó›€Ÿﬁ20r!È"reminder-4-warningæ
DR-000185-6	DR-000185DR-000185-INV-002"CRED-001(†ﬁ€Ÿﬁ20R~
INV-000185-002	‰ÌEURÈ"È0:Customer 000185B185 rue de la R√©publiqueB
69005 LyonJdr-000185@example.com\
DR-000186-6	DR-000186DR-000186-INV-001"CRED-010(“ﬁ€Ÿﬁ20rÈ"formal-notice`
DR-000207-4	DR-000207DR-000207-INV-001"CRED-005(Ñﬂ€Ÿﬁ20r È"reminder-3-letter_
DR-000209-3	DR-000209DR-000209-INV-001"CRED-002(∂ﬂ€Ÿﬁ20rÈ"reminder-1-email`
DR-000228-10	DR-000228DR-000228-INV-002"CRED-012(Ëﬂ€Ÿﬁ20rÈ"reminder-1-emailΩ
DR-000246-5	DR-000246DR-000246-INV-002"CRED-003(ö‡€Ÿﬁ20R}
INV-000246-002	ÛÆEURÈ"È0:Customer 000246B46 rue de la R√©publiqueB
69003 LyonJdr-000246@example.com%
day-2025-03-31(ò†óıﬁ20≤	
È\
DR-000031-8	DR-000031DR-000031-INV-001"CRED-011(ÄêıÇﬂ20rÈ"formal-noticef
DR-000031-9	DR-000031DR-000031-INV-001"CRED-011(≤êıÇﬂ20Z&
DR-000031-PAY-1ÌgCHFÈ _
DR-000041-3	DR-000041DR-000041-INV-001"CRED-008(‰êıÇﬂ20rÈ"reminder-1-emailg
DR-000056-5	DR-000056DR-000056-INV-002"CRED-002(ñëıÇﬂ20Z'
DR-000056-PAY-2	±EURÈ _
DR-000068-3	DR-000068DR-000068-INV-001"CRED-008(»ëıÇﬂ20rÈ"reminder-2-phone^
DR-000075-2	DR-000075DR-000075-INV-001"CRED-005(˙ëıÇﬂ20rÈ"courtesy-reminder^
DR-000085-7	DR-000085DR-000085-INV-002"CRED-012(¨íıÇﬂ20rÈ"courtesy-reminderæ
DR-000111-3	DR-000111DR-000111-INV-002"CRED-008(ﬁíıÇﬂ20R~
INV-000111-002	‰œEURÈ"È0:Customer 000111B111 rue de la R√©publiqueB
69003 LyonJdr-000111@example.com_
DR-000117-3	DR-000117DR-000117-INV-001"CRED-004(êìıÇﬂ20rÈ"reminder-2-phoneº
DR-000142-4	DR-000142DR-000142-INV-002"CRED-005(¬ìıÇﬂ20R|
INV-000142-002ıeEURÈ"È0:Company 000142B142 rue de la R√©publiqueB
69007 LyonJdr-000142@example.comΩ
DR-000145-2	DR-000145DR-000145-INV-002"CRED-009(ÙìıÇﬂ20R}
INV-000145-002	¶⁄EURÈ"È0:Company 000145B145 rue de la R√©publiqueB
69001 LyonJdr-000145@example.com_
DR-000145-3	DR-000145DR-000145-INV-001"CRED-009(¶îıÇﬂ20rÈ"reminder-1-emailg
DR-000150-7	DR-000150DR-000150-INV-001"CRED-012(ÿîıÇﬂ20Z'
DR-000150-PAY-1	ì¥EURÈ a
DR-000162-5	DR-000162DR-000162-INV-001"CRED-012(äïıÇﬂ20r!È"reminder-4-warningæ
DR-000173-4	DR-000173DR-000173-INV-002"CRED-008(ºïıÇﬂ20R~
INV-000173-002	øñEURÈ"È0:Customer 000173B173 rue de la R√©publiqueB
69002 LyonJdr-000173@example.comg
DR-000175-3	DR-000175DR-000175-INV-001"CRED-003(ÓïıÇﬂ20Z'
DR-000175-PAY-1	§‡GBPÈ _
DR-000177-3	DR-000177DR-000177-INV-001"CRED-008(†ñıÇﬂ20rÈ"reminder-2-phone_
DR-000200-4	DR-000200DR-000200-INV-001"CRED-012(“ñıÇﬂ20rÈ"reminder-1-emaila
DR-000202-8	DR-000202DR-000202-INV-001"CRED-008(ÑóıÇﬂ20r!È"reminder-4-warningg
DR-000204-5	DR-000204DR-000204-INV-001"CRED-006(∂óıÇﬂ20Z'
DR-000204-PAY-1	‡‘-EURÈ _
DR-000206-2	DR-000206DR-000206-INV-001"CRED-002(ËóıÇﬂ20rÈ"reminder-1-email_
DR-000210-3	DR-000210DR-000210-INV-001"CRED-007(öòıÇﬂ20rÈ"reminder-1-emailg
DR-000210-4	DR-000210DR-000210-INV-001"CRED-007(ÃòıÇﬂ20Z'
DR-000210-PAY-1	âôEURÈ º
DR-000218-2	DR-000218DR-000218-INV-002"CRED-001(˛òıÇﬂ20R|
INV-000218-002	≈®USDÈ"È0:Company 000218B18 rue de la R√©publiqueB
69002 LyonJdr-000218@example.com^
DR-000229-8	DR-000229DR-000229-INV-002"CRED-009(∞ôıÇﬂ20rÈ"courtesy-reminder_
DR-000240-2	DR-000240DR-000240-INV-001"CRED-012(‚ôıÇﬂ20rÈ"reminder-1-email`
DR-000246-6	DR-000246DR-000246-INV-001"CRED-003(îöıÇﬂ20r È"reminder-3-letter_
DR-000248-3	DR-000248DR-000248-INV-001"CRED-005(∆öıÇﬂ20rÈ"reminder-1-email_
DR-000177-3	DR-000177DR-000177-INV-001"CRED-008(†ñıÇﬂ20rÈ"reminder-2-phone%
day-2025-04-01(òÿ∞ûﬂ20≤	
Èº
DR-000003-3	DR-000003DR-000003-INV-002"CRED-012(Ä»é¨ﬂ20R|
INV-000003-002	ƒÂEURÈ"È0:Customer 000003B3 rue de la R√©publiqueB
69003 LyonJdr-000003@example.comg
DR-000021-7	DR-000021DR-000021-INV-002"CRED-010(≤»é¨ﬂ20Z'
DR-000021-PAY-1	ÑﬁGBPÈ _
DR-000024-3	DR-000024DR-000024-INV-001"CRED-008(‰»é¨ﬂ20rÈ"reminder-2-phonef
DR-000030-7	DR-000030DR-000030-INV-001"CRED-005(ñ…é¨ﬂ20Z&
DR-000030-PAY-2ÔWEURÈ g
DR-000044-9	DR-000044DR-000044-INV-001"CRED-002(»…é¨ﬂ20Z'
DR-000044-PAY-1	≥˙EURÈ º
DR-000049-5	DR-000049DR-000049-INV-002"CRED-004(˙…é¨ﬂ20R|
INV-000049-002	……EURÈ"È0:Company 000049B49 rue de la R√©publiqueB
69004 LyonJdr-000049@example.com_
DR-000050-2	DR-000050DR-000050-INV-001"CRED-011(¨ é¨ﬂ20rÈ"reminder-1-email`
DR-000055-5	DR-000055DR-000055-INV-001"CRED-002(ﬁ é¨ﬂ20r È"reminder-3-letterf
DR-000055-6	DR-000055DR-000055-INV-001"CRED-002(êÀé¨ﬂ20Z&
DR-000055-PAY-1üKEURÈ f
DR-000065-5	DR-000065DR-000065-INV-002"CRED-003(¬Àé¨ﬂ20Z&
DR-000065-PAY-2¯ZEURÈ f
DR-000104-5	DR-000104DR-000104-INV-001"CRED-004(ÙÀé¨ﬂ20Z&
DR-000104-PAY-1éEURÈ T
DR-000158-6	DR-000158"CRED-010(¶Ãé¨ﬂ20Z'
DR-000158-PAY-1	ˇ≠EURÈ _
DR-000194-3	DR-000194DR-000194-INV-001"CRED-001(ÿÃé¨ﬂ20rÈ"reminder-1-emailΩ
DR-000195-5	DR-000195DR-000195-INV-002"CRED-008(äÕé¨ﬂ20R}
INV-000195-002	™´EURÈ"È0:Company 000195B195 rue de la R√©publiqueB
69006 LyonJdr-000195@example.coma
DR-000203-9	DR-000203DR-000203-INV-001"CRED-011(ºÕé¨ﬂ20r!È"reminder-4-warningΩ
DR-000235-3	DR-000235DR-000235-INV-002"CRED-006(ÓÕé¨ﬂ20R}
INV-000235-002	Í€EURÈ"È0:Customer 000235B35 rue de la R√©publiqueB
69001 LyonJdr-000235@example.comg
DR-000044-9	DR-000044DR-000044-INV-001"CRED-002(»…é¨ﬂ20Z'
DR-000044-PAY-1	≥˙EURÈ %
day-2025-04-02(òê «ﬂ20≤	
È_
DR-000006-3	DR-000006DR-000006-INV-001"CRED-003(ÄÄ®’ﬂ20rÈ"reminder-1-emailº
DR-000009-8	DR-000009DR-000009-INV-002"CRED-011(≤Ä®’ﬂ20R|
INV-000009-002	ÁßEURÈ"È0:Customer 000009B9 rue de la R√©publiqueB
69009 LyonJdr-000009@example.comr
DR-000044-10	DR-000044DR-000044-INV-002"CRED-002(‰Ä®’ﬂ20ä0
billing error on some lines≤EURÈg
DR-000066-7	DR-000066DR-000066-INV-001"CRED-003(ñÅ®’ﬂ20Z'
DR-000066-PAY-1	ÄüUSDÈ _
DR-000099-3	DR-000099DR-000099-INV-001"CRED-010(»Å®’ﬂ20rÈ"reminder-2-phonea
DR-000104-6	DR-000104DR-000104-INV-001"CRED-004(˙Å®’ﬂ20r!È"reminder-4-warningh
DR-000174-11	DR-000174DR-000174-INV-001"CRED-003(¨Ç®’ﬂ20Z'
DR-000174-PAY-3	Á‘GBPÈ _
DR-000184-3	DR-000184DR-000184-INV-001"CRED-005(ﬁÇ®’ﬂ20rÈ"reminder-1-email_
DR-000249-3	DR-000249DR-000249-INV-001"CRED-006(êÉ®’ﬂ20rÈ"reminder-2-phone]
DR-000249-4	DR-000249DR-000249-INV-001"CRED-006(¬É®’ﬂ20z
	ä∫CHFÈÈ%
day-2025-04-03(ò»„ﬂ20≤	
Èº
DR-000022-5	DR-000022DR-000022-INV-002"CRED-010(Ä∏¡˛ﬂ20R|
INV-000022-002	Ã˚EURÈ"È0:Company 000022B22 rue de la R√©publiqueB
69004 LyonJdr-000022@example.com\
DR-000032-9	DR-000032DR-000032-INV-001"CRED-010(≤∏¡˛ﬂ20rÈ"formal-noticeg
DR-000058-8	DR-000058DR-000058-INV-002"CRED-001(‰∏¡˛ﬂ20Z'
DR-000058-PAY-1	‰Ω+EURÈ L
DR-000062-6	DR-000062DR-000062-INV-001"CRED-009(ñπ¡˛ﬂ20íÈf
DR-000068-4	DR-000068DR-000068-INV-001"CRED-008(»π¡˛ﬂ20Z&
DR-000068-PAY-1çEURÈ g
DR-000098-6	DR-000098DR-000098-INV-001"CRED-002(˙π¡˛ﬂ20Z'
DR-000098-PAY-2	§Ô
EURÈ _
DR-000113-3	DR-000113DR-000113-INV-001"CRED-007(¨∫¡˛ﬂ20rÈ"reminder-1-emailg
DR-000117-4	DR-000117DR-000117-INV-001"CRED-004(ﬁ∫¡˛ﬂ20Z'
DR-000117-PAY-1	…ùEURÈ _
DR-000122-2	DR-000122DR-000122-INV-001"CRED-002(êª¡˛ﬂ20rÈ"reminder-1-emaila
DR-000127-7	DR-000127DR-000127-INV-001"CRED-012(¬ª¡˛ﬂ20r!È"reminder-4-warningg
DR-000127-8	DR-000127DR-000127-INV-001"CRED-012(Ùª¡˛ﬂ20Z'
DR-000127-PAY-2	ÄûEURÈ Ã
DR-000128-5	DR-000128DR-000128-INV-002"CRED-012(¶º¡˛ﬂ20Rã
INV-000128-002	íÅEURÈ"È*
Èí0:Company 000128B128 rue de la R√©publiqueB
69002 LyonJdr-000128@example.comL
DR-000130-4	DR-000130DR-000130-INV-001"CRED-004(ÿº¡˛ﬂ20íÈ_
DR-000132-5	DR-000132DR-000132-INV-001"CRED-012(äΩ¡˛ﬂ20rÈ"reminder-1-emailΩ
DR-000143-4	DR-000143DR-000143-INV-002"CRED-007(ºΩ¡˛ﬂ20R}
INV-000143-002∂[GBPÈ"È0:Customer 000143B143 rue de la R√©publiqueB
69008 LyonJdr-000143@example.comg
DR-000165-6	DR-000165DR-000165-INV-001"CRED-008(ÓΩ¡˛ﬂ20Z'
DR-000165-PAY-1	Ú‚/EURÈ Ω
DR-000171-2	DR-000171DR-000171-INV-002"CRED-006(†æ¡˛ﬂ20R}
INV-000171-002	ÛÏEURÈ"È0:Company 000171B171 rue de la R√©publiqueB
69009 LyonJdr-000171@example.com^
DR-000172-4	DR-000172DR-000172-INV-002"CRED-010(“æ¡˛ﬂ20rÈ"courtesy-reminderh
DR-000203-10	DR-000203DR-000203-INV-001"CRED-011(Ñø¡˛ﬂ20Z'
DR-000203-PAY-2	∂´ EURÈ `
DR-000225-5	DR-000225DR-000225-INV-001"CRED-001(∂ø¡˛ﬂ20r È"reminder-3-letterr
DR-000229-9	DR-000229DR-000229-INV-002"CRED-009(Ëø¡˛ﬂ20ä1
billing error on some lines	ï»EURÈº
DR-000242-6	DR-000242DR-000242-INV-003"CRED-009(ö¿¡˛ﬂ20R|
INV-000242-003	À‰EURÈ"È0:Company 000242B42 rue de la R√©publiqueB
69008 LyonJdr-000242@example.com%
day-2025-04-04(òÄ˝ô‡20≤	
È_
DR-000042-2	DR-000042DR-000042-INV-001"CRED-006(Ä⁄ß‡20rÈ"reminder-1-email\
DR-000058-9	DR-000058DR-000058-INV-001"CRED-007(≤⁄ß‡20rÈ"formal-noticeº
DR-000061-2	DR-000061DR-000061-INV-002"CRED-007(‰⁄ß‡20R|
INV-000061-002	Ô´-EURÈ"È0:Company 000061B61 rue de la R√©publiqueB
69007 LyonJdr-000061@example.comg
DR-000072-4	DR-000072DR-000072-INV-001"CRED-001(ñÒ⁄ß‡20Z'
DR-000072-PAY-1	à¶%EURÈ `
DR-000080-5	DR-000080DR-000080-INV-001"CRED-012(»Ò⁄ß‡20r È"reminder-3-letter\
DR-000097-8	DR-000097DR-000097-INV-001"CRED-010(˙Ò⁄ß‡20rÈ"formal-notice_
DR-000120-2	DR-000120DR-000120-INV-001"CRED-002(¨Ú⁄ß‡20rÈ"reminder-1-email`
DR-000136-11	DR-000136DR-000136-INV-002"CRED-004(ﬁÚ⁄ß‡20rÈ"reminder-1-email_
DR-000149-7	DR-000149DR-000149-INV-001"CRED-009(êÛ⁄ß‡20rÈ"reminder-2-phoneæ
DR-000158-7	DR-000158DR-000158-INV-002"CRED-010(¬Û⁄ß‡20R~
INV-000158-002	Ö•EURÈ"È0:Customer 000158B158 rue de la R√©publiqueB
69005 LyonJdr-000158@example.comg
DR-000172-5	DR-000172DR-000172-INV-002"CRED-010(ÙÛ⁄ß‡20Z'
DR-000172-PAY-2	·EURÈ _
DR-000181-5	DR-000181DR-000181-INV-001"CRED-003(¶Ù⁄ß‡20rÈ"reminder-2-phone_
DR-000223-3	DR-000223DR-000223-INV-001"CRED-010(ÿÙ⁄ß‡20rÈ"reminder-2-phone]
DR-000223-4	DR-000223DR-000223-INV-001"CRED-010(äı⁄ß‡20z
	éäEURÈÈ^
DR-000244-2	DR-000244DR-000244-INV-001"CRED-002(ºı⁄ß‡20rÈ"courtesy-reminder%
day-2025-04-05(ò∏ñ√‡20≤	
Èr
DR-000007-3	DR-000007DR-000007-INV-001"CRED-005(Ä®Ù–‡20ä1
billing error on some lines	°˛^EURÈ`
DR-000015-5	DR-000015DR-000015-INV-001"CRED-011(≤®Ù–‡20r È"reminder-3-letter_
DR-000016-3	DR-000016DR-000016-INV-001"CRED-001(‰®Ù–‡20rÈ"reminder-1-emaila
DR-000019-8	DR-000019DR-000019-INV-001"CRED-002(ñ©Ù–‡20r!È"reminder-4-warningg
DR-000026-8	DR-000026DR-000026-INV-002"CRED-006(»©Ù–‡20Z'
DR-000026-PAY-3	ïÊEURÈ _
DR-000031-10	DR-000031DR-000031-INV-002"CRED-011(˙©Ù–‡20rÈ"courtesy-reminderh
DR-000032-10	DR-000032DR-000032-INV-001"CRED-010(¨™Ù–‡20Z'
DR-000032-PAY-3	ÚÒGBPÈ f
DR-000034-5	DR-000034DR-000034-INV-001"CRED-011(ﬁ™Ù–‡20Z&
DR-000034-PAY-1äEURÈ º
DR-000063-3	DR-000063DR-000063-INV-002"CRED-012(ê´Ù–‡20R|
INV-000063-002	∫ﬁEURÈ"È0:Company 000063B63 rue de la R√©publiqueB
69009 LyonJdr-000063@example.comg
DR-000078-5	DR-000078DR-000078-INV-002"CRED-007(¬´Ù–‡20Z'
DR-000078-PAY-2	±ÛEURÈ g
DR-000096-8	DR-000096DR-000096-INV-001"CRED-012(Ù´Ù–‡20Z'
DR-000096-PAY-1	Æ∫EURÈ Ω
DR-000127-9	DR-000127DR-000127-INV-002"CRED-012(¶¨Ù–‡20R}
INV-000127-002¿LEURÈ"È0:Customer 000127B127 rue de la R√©publiqueB
69001 LyonJdr-000127@example.comh
DR-000136-12	DR-000136DR-000136-INV-001"CRED-004(ÿ¨Ù–‡20Z'
DR-000136-PAY-1	¸ÂEURÈ g
DR-000148-5	DR-000148DR-000148-INV-002"CRED-006(ä≠Ù–‡20Z'
DR-000148-PAY-2	â®EURÈ ·
DR-000149-8	DR-000149DR-000149-INV-002"CRED-009(º≠Ù–‡20Çü
DR-000149-PLAN-8È
È	œπEUR
È	œπEUR
È	œπEUR
È	œπEUR
È	œπEUR
È		–πEUR_
DR-000169-3	DR-000169DR-000169-INV-001"CRED-009(Ó≠Ù–‡20rÈ"reminder-2-phoneg
DR-000192-4	DR-000192DR-000192-INV-002"CRED-011(†ÆÙ–‡20Z'
DR-000192-PAY-2	ı…EURÈ `
DR-000216-4	DR-000216DR-000216-INV-001"CRED-010(“ÆÙ–‡20r È"reminder-3-letter_
DR-000239-2	DR-000239DR-000239-INV-001"CRED-010(ÑØÙ–‡20rÈ"reminder-1-emailº
DR-000247-7	DR-000247DR-000247-INV-003"CRED-012(∂ØÙ–‡20R|
INV-000247-003	„êBEURÈ"È0:Company 000247B47 rue de la R√©publiqueB
69004 LyonJdr-000247@example.com%
day-2025-04-06(òØÏ‡20≤	
Èg
DR-000015-6	DR-000015DR-000015-INV-001"CRED-011(Ä‡ç˙‡20Z'
DR-000015-PAY-2	ˆøEURÈ ª
DR-000038-5	DR-000038DR-000038-INV-002"CRED-001(≤‡ç˙‡20R{
INV-000038-002ùwEURÈ"È0:Company 000038B38 rue de la R√©publiqueB
69002 LyonJdr-000038@example.coma
DR-000045-5	DR-000045DR-000045-INV-001"CRED-004(‰‡ç˙‡20r!È"reminder-4-warning_
DR-000047-4	DR-000047DR-000047-INV-001"CRED-011(ñ·ç˙‡20rÈ"reminder-2-phoneg
DR-000050-3	DR-000050DR-000050-INV-001"CRED-011(»·ç˙‡20Z'
DR-000050-PAY-1	•ùEURÈ Ω
DR-000059-2	DR-000059DR-000059-INV-002"CRED-006(˙·ç˙‡20R}
INV-000059-002
÷ÿåUSDÈ"È0:Company 000059B59 rue de la R√©publiqueB
69005 LyonJdr-000059@example.comf
DR-000059-3	DR-000059DR-000059-INV-001"CRED-006(¨‚ç˙‡20Z&
DR-000059-PAY-1ú'USDÈ d
DR-000130-5	DR-000130DR-000130-INV-002"CRED-011(ﬁ‚ç˙‡20j$
DR-000130-CN-5	°óEURÈ\
DR-000140-7	DR-000140DR-000140-INV-001"CRED-003(ê„ç˙‡20rÈ"formal-noticeh
DR-000147-7	DR-000147DR-000147-INV-001"CRED-006(¬„ç˙‡20Z(
DR-000147-PAY-1
Ä¿£EURÈ _
DR-000209-4	DR-000209DR-000209-INV-001"CRED-002(Ù„ç˙‡20rÈ"reminder-2-phoneg
DR-000217-7	DR-000217DR-000217-INV-001"CRED-008(¶‰ç˙‡20Z'
DR-000217-PAY-1	–ªEURÈ f
DR-000225-6	DR-000225DR-000225-INV-001"CRED-001(ÿ‰ç˙‡20Z&
DR-000225-PAY-2ı*EURÈ º
DR-000227-3	DR-000227DR-000227-INV-002"CRED-011(äÂç˙‡20R|
INV-000227-002	æ∫EURÈ"È0:Company 000227B27 rue de la R√©publiqueB
69002 LyonJdr-000227@example.com_
DR-000227-4	DR-000227DR-000227-INV-001"CRED-010(ºÂç˙‡20rÈ"reminder-1-email`
DR-000228-11	DR-000228DR-000228-INV-002"CRED-012(ÓÂç˙‡20rÈ"reminder-2-phone_
DR-000237-3	DR-000237DR-000237-INV-001"CRED-007(†Êç˙‡20rÈ"reminder-1-email_
DR-000242-7	DR-000242DR-000242-INV-003"CRED-009(“Êç˙‡20ä
goods not deliveredÈ_
DR-000245-2	DR-000245DR-000245-INV-001"CRED-002(ÑÁç˙‡20rÈ"reminder-1-email%
day-2025-04-07(ò®…ï·20≤	
È_
DR-000002-3	DR-000002DR-000002-INV-001"CRED-001(Äòß£·20rÈ"reminder-1-emailI
DR-000012-3	DR-000012"CRED-004(≤òß£·20b
DR-000012-PAY-1Èº
DR-000018-2	DR-000018DR-000018-INV-002"CRED-006(‰òß£·20R|
INV-000018-002	¥⁄EURÈ"È0:Company 000018B18 rue de la R√©publiqueB
69009 LyonJdr-000018@example.comf
DR-000021-8	DR-000021DR-000021-INV-001"CRED-010(ñôß£·20Z&
DR-000021-PAY-2ûKGBPÈ Ω
DR-000023-7	DR-000023DR-000023-INV-002"CRED-001(»ôß£·20R}
INV-000023-002	≈äEURÈ"È0:Customer 000023B23 rue de la R√©publiqueB
69005 LyonJdr-000023@example.com_
DR-000033-2	DR-000033DR-000033-INV-001"CRED-003(˙ôß£·20rÈ"reminder-1-email_
DR-000041-4	DR-000041DR-000041-INV-001"CRED-008(¨öß£·20rÈ"reminder-2-phone]
DR-000041-5	DR-000041DR-000041-INV-001"CRED-008(ﬁöß£·20z
	ı EURÈÈg
DR-000047-5	DR-000047DR-000047-INV-001"CRED-011(êõß£·20Z'
DR-000047-PAY-1	¬±EURÈ `
DR-000068-5	DR-000068DR-000068-INV-001"CRED-008(¬õß£·20r È"reminder-3-letter€
DR-000113-4	DR-000113DR-000113-INV-001"CRED-007(Ùõß£·20Çô
DR-000113-PLAN-4È
È£EUR
È£EUR
È£EUR
È£EUR
È£EUR
È	¶EUR`
DR-000117-5	DR-000117DR-000117-INV-001"CRED-004(¶úß£·20r È"reminder-3-letterΩ
DR-000139-3	DR-000139DR-000139-INV-002"CRED-001(ÿúß£·20R}
INV-000139-002	ß“SGBPÈ"È0:Company 000139B139 rue de la R√©publiqueB
69004 LyonJdr-000139@example.com_
DR-000145-4	DR-000145DR-000145-INV-001"CRED-009(äùß£·20rÈ"reminder-2-phone_
DR-000150-8	DR-000150DR-000150-INV-002"CRED-012(ºùß£·20rÈ"reminder-1-email^
DR-000167-3	DR-000167DR-000167-INV-001"CRED-004(Óùß£·20rÈ"courtesy-reminder`
DR-000177-4	DR-000177DR-000177-INV-001"CRED-008(†ûß£·20r È"reminder-3-letter_
DR-000200-5	DR-000200DR-000200-INV-001"CRED-012(“ûß£·20rÈ"reminder-2-phone_
DR-000206-3	DR-000206DR-000206-INV-001"CRED-002(Ñüß£·20rÈ"reminder-2-phone_
DR-000240-3	DR-000240DR-000240-INV-001"CRED-012(∂üß£·20rÈ"reminder-2-phone^
DR-000247-8	DR-000247DR-000247-INV-002"CRED-012(Ëüß£·20rÈ"courtesy-reminder_
DR-000248-4	DR-000248DR-000248-INV-001"CRED-005(ö†ß£·20rÈ"reminder-2-phone%
day-2025-04-08(ò‡‚æ·20≤	
È_
DR-000012-4	DR-000012DR-000012-INV-001"CRED-004(Ä–¿Ã·20rÈ	"reminder-1-emaila
DR-000022-6	DR-000022DR-000022-INV-001"CRED-010(≤–¿Ã·20r!È	"reminder-4-warning`
DR-000024-4	DR-000024DR-000024-INV-001"CRED-008(‰–¿Ã·20r È	"reminder-3-letterc
DR-000067-7	DR-000067DR-000067-INV-002"CRED-006(ñ—¿Ã·20j#
DR-000067-CN-7◊EURÈ	Ω
DR-000076-6	DR-000076DR-000076-INV-002"CRED-008(»—¿Ã·20R}
INV-000076-002	ñÜEURÈ	"È	0:Customer 000076B76 rue de la R√©publiqueB
69004 LyonJdr-000076@example.com^
DR-000105-6	DR-000105DR-000105-INV-002"CRED-001(˙—¿Ã·20rÈ	"courtesy-reminderg
DR-000109-2	DR-000109DR-000109-INV-001"CRED-004(¨“¿Ã·20Z'
DR-000109-PAY-1	Ì¿EURÈ	 a
DR-000134-6	DR-000134DR-000134-INV-001"CRED-009(ﬁ“¿Ã·20r!È	"reminder-4-warning`
DR-000156-7	DR-000156DR-000156-INV-001"CRED-007(ê”¿Ã·20r È	"reminder-3-letter_
DR-000194-4	DR-000194DR-000194-INV-001"CRED-001(¬”¿Ã·20rÈ	"reminder-2-phone`
DR-000198-6	DR-000198DR-000198-INV-001"CRED-004(Ù”¿Ã·20r È	"reminder-3-letterg
DR-000202-9	DR-000202DR-000202-INV-001"CRED-008(¶‘¿Ã·20Z'
DR-000202-PAY-1	ÄÃEURÈ	 a
DR-000207-5	DR-000207DR-000207-INV-001"CRED-005(ÿ‘¿Ã·20r!È	"reminder-4-warning%
day-2025-04-09(òò¸Á·20≤	
È	_
DR-000006-4	DR-000006DR-000006-INV-001"CRED-003(Äà⁄ı·20rÈ
"reminder-2-phoneR
DR-000009-9	DR-000009DR-000009-INV-001"CRED-011(≤à⁄ı·20ö
AGY-01È
\
DR-000023-8	DR-000023DR-000023-INV-001"CRED-001(‰à⁄ı·20rÈ
"formal-notice`
DR-000099-4	DR-000099DR-000099-INV-001"CRED-010(ñâ⁄ı·20r È
"reminder-3-letterΩ
DR-000116-4	DR-000116DR-000116-INV-002"CRED-001(»â⁄ı·20R}
INV-000116-002	ï¶1EURÈ
"È	0:Company 000116B116 rue de la R√©publiqueB
69008 LyonJdr-000116@example.coms
DR-000136-13	DR-000136DR-000136-INV-002"CRED-004(˙â⁄ı·20ä1
billing error on some lines	˘ÙEURÈ
·
DR-000149-9	DR-000149DR-000149-INV-001"CRED-009(¨ä⁄ı·20Çü
DR-000149-PLAN-9È

È	⁄•EUR
È	⁄•EUR
È	⁄•EUR
È	⁄•EUR
È		⁄•EUR
È
	ﬂ•EUR\
DR-000153-6	DR-000153DR-000153-INV-001"CRED-012(ﬁä⁄ı·20rÈ
"formal-noticea
DR-000156-8	DR-000156DR-000156-INV-001"CRED-007(êã⁄ı·20r!È
"reminder-4-warningg
DR-000162-6	DR-000162DR-000162-INV-001"CRED-012(¬ã⁄ı·20Z'
DR-000162-PAY-1	∆ÊUSDÈ
 _
DR-000168-3	DR-000168DR-000168-INV-001"CRED-002(Ùã⁄ı·20rÈ
"reminder-1-email_
DR-000184-4	DR-000184DR-000184-INV-001"CRED-005(¶å⁄ı·20rÈ
"reminder-2-phone_
DR-000236-8	DR-000236DR-000236-INV-002"CRED-011(ÿå⁄ı·20rÈ
"reminder-1-emaila
DR-000246-7	DR-000246DR-000246-INV-001"CRED-003(äç⁄ı·20r!È
"reminder-4-warning%
day-2025-04-10(ò–ïë‚20≤	
È
Ω
DR-000010-3	DR-000010DR-000010-INV-002"CRED-004(Ä¿Ûû‚20R}
INV-000010-002	˝ÕEURÈ"È0:Customer 000010B10 rue de la R√©publiqueB
69001 LyonJdr-000010@example.comº
DR-000014-4	DR-000014DR-000014-INV-002"CRED-006(≤¿Ûû‚20R|
INV-000014-002	à˛GUSDÈ"È0:Company 000014B14 rue de la R√©publiqueB
69005 LyonJdr-000014@example.comΩ
DR-000058-10	DR-000058DR-000058-INV-003"CRED-001(‰¿Ûû‚20R|
INV-000058-003	¡Ÿ,EURÈ"È0:Company 000058B58 rue de la R√©publiqueB
69004 LyonJdr-000058@example.com_
DR-000075-3	DR-000075DR-000075-INV-001"CRED-005(ñ¡Ûû‚20rÈ"reminder-1-email_
DR-000085-8	DR-000085DR-000085-INV-002"CRED-012(»¡Ûû‚20rÈ"reminder-1-email_
DR-000086-2	DR-000086DR-000086-INV-001"CRED-002(˙¡Ûû‚20rÈ"reminder-1-email_
DR-000122-3	DR-000122DR-000122-INV-001"CRED-002(¨¬Ûû‚20rÈ"reminder-2-phone]
DR-000122-4	DR-000122DR-000122-INV-001"CRED-002(ﬁ¬Ûû‚20z
	„¿EURÈÈ_
DR-000132-6	DR-000132DR-000132-INV-001"CRED-012(ê√Ûû‚20rÈ"reminder-2-phoneæ
DR-000144-2	DR-000144DR-000144-INV-002"CRED-010(¬√Ûû‚20R~
INV-000144-002	±ñEURÈ"È0:Customer 000144B144 rue de la R√©publiqueB
69009 LyonJdr-000144@example.comº
DR-000014-4	DR-000014DR-000014-INV-002"CRED-006(≤¿Ûû‚20R|
INV-000014-002	à˛GUSDÈ"È0:Company 000014B14 rue de la R√©publiqueB
69005 LyonJdr-000014@example.comæ
DR-000149-10	DR-000149DR-000149-INV-003"CRED-009(¶ƒÛû‚20R}
INV-000149-003	òùEURÈ"È
0:Company 000149B149 rue de la R√©publiqueB
69005 LyonJdr-000149@example.comΩ
DR-000166-7	DR-000166DR-000166-INV-002"CRED-001(ÿƒÛû‚20R}
INV-000166-002	ùÄEURÈ"È
0:Company 000166B166 rue de la R√©publiqueB
69004 LyonJdr-000166@example.comg
DR-000167-4	DR-000167DR-000167-INV-001"CRED-004(ä≈Ûû‚20Z'
DR-000167-PAY-1	·ﬁ4CHFÈ \
DR-000190-8	DR-000190DR-000190-INV-001"CRED-004(º≈Ûû‚20rÈ"formal-noticeg
DR-000190-9	DR-000190DR-000190-INV-001"CRED-004(Ó≈Ûû‚20Z'
DR-000190-PAY-1	ÿèEURÈ _
DR-000190-10	DR-000190DR-000190-INV-002"CRED-004(†∆Ûû‚20rÈ"courtesy-reminderº
DR-000219-7	DR-000219DR-000219-INV-003"CRED-012(“∆Ûû‚20R|
INV-000219-003	ŸÜEURÈ"È0:Company 000219B19 rue de la R√©publiqueB
69003 LyonJdr-000219@example.comg
DR-000233-2	DR-000233DR-000233-INV-001"CRED-001(Ñ«Ûû‚20Z'
DR-000233-PAY-1	ä≈USDÈ %
day-2025-04-11(òàØ∫‚20≤	
Èª
DR-000005-3	DR-000005DR-000005-INV-002"CRED-004(Ä¯å»‚20R{
INV-000005-002	öªEURÈ"È0:Company 000005B5 rue de la R√©publiqueB
69005 LyonJdr-000005@example.com_
DR-000042-3	DR-000042DR-000042-INV-001"CRED-006(≤¯å»‚20rÈ"reminder-2-phoneg
DR-000075-4	DR-000075DR-000075-INV-001"CRED-005(‰¯å»‚20Z'
DR-000075-PAY-1	¢ö,GBPÈ Ω
DR-000082-6	DR-000082DR-000082-INV-002"CRED-009(ñ˘å»‚20R}
INV-000082-002	ÎßEURÈ"È0:Customer 000082B82 rue de la R√©publiqueB
69001 LyonJdr-000082@example.comΩ
DR-000092-3	DR-000092DR-000092-INV-002"CRED-012(»˘å»‚20R}
INV-000092-002	©Ô
CHFÈ"È0:Customer 000092B92 rue de la R√©publiqueB
69002 LyonJdr-000092@example.comg
DR-000114-2	DR-000114DR-000114-INV-001"CRED-002(˙˘å»‚20Z'
DR-000114-PAY-1	ƒìEURÈ Õ
DR-000117-6	DR-000117DR-000117-INV-002"CRED-004(¨˙å»‚20Rå
INV-000117-002	‘ä4EURÈ"È*
È™Ö0:Company 000117B117 rue de la R√©publiqueB
69009 LyonJdr-000117@example.com_
DR-000120-3	DR-000120DR-000120-INV-001"CRED-002(ﬁ˙å»‚20rÈ"reminder-2-phone^
DR-000129-4	DR-000129DR-000129-INV-002"CRED-007(ê˚å»‚20rÈ"courtesy-reminderh
DR-000138-11	DR-000138DR-000138-INV-002"CRED-007(¬˚å»‚20Z'
DR-000138-PAY-2	ÈõEURÈ g
DR-000140-8	DR-000140DR-000140-INV-002"CRED-003(Ù˚å»‚20Z'
DR-000140-PAY-1	ﬂÏEURÈ Ω
DR-000162-7	DR-000162DR-000162-INV-002"CRED-012(¶¸å»‚20R}
INV-000162-002•LUSDÈ"È0:Customer 000162B162 rue de la R√©publiqueB
69009 LyonJdr-000162@example.comΩ
DR-000180-2	DR-000180DR-000180-INV-002"CRED-009(ÿ¸å»‚20R}
INV-000180-002	˝∏'EURÈ"È0:Company 000180B180 rue de la R√©publiqueB
69009 LyonJdr-000180@example.com`
DR-000181-6	DR-000181DR-000181-INV-001"CRED-003(ä˝å»‚20r È"reminder-3-lettera
DR-000198-7	DR-000198DR-000198-INV-001"CRED-004(º˝å»‚20r!È"reminder-4-warningº
DR-000234-4	DR-000234DR-000234-INV-002"CRED-005(Ó˝å»‚20R|
INV-000234-002	ëıGBPÈ"È0:Company 000234B34 rue de la R√©publiqueB
69009 LyonJdr-000234@example.com%
day-2025-04-12(ò¿»„‚20≤	
È_
DR-000012-5	DR-000012DR-000012-INV-001"CRED-004(Ä∞¶Ò‚20rÈ"reminder-2-phone_
DR-000016-4	DR-000016DR-000016-INV-001"CRED-001(≤∞¶Ò‚20rÈ"reminder-2-phoneº
DR-000017-6	DR-000017DR-000017-INV-003"CRED-010(‰∞¶Ò‚20R|
INV-000017-003	∞≤EURÈ"È0:Company 000017B17 rue de la R√©publiqueB
69008 LyonJdr-000017@example.com_
DR-000060-2	DR-000060DR-000060-INV-001"CRED-012(ñ±¶Ò‚20rÈ"reminder-1-emailæ
DR-000102-4	DR-000102DR-000102-INV-002"CRED-006(»±¶Ò‚20R~
INV-000102-002
≠ô‡EURÈ"È0:Company 000102B102 rue de la R√©publiqueB
69003 LyonJdr-000102@example.com_
DR-000121-8	DR-000121DR-000121-INV-002"CRED-011(˙±¶Ò‚20rÈ"reminder-1-email`
DR-000123-6	DR-000123DR-000123-INV-001"CRED-009(¨≤¶Ò‚20r È"reminder-3-letterΩ
DR-000163-3	DR-000163DR-000163-INV-002"CRED-005(ﬁ≤¶Ò‚20R}
INV-000163-002	£ô0CHFÈ"È0:Company 000163B163 rue de la R√©publiqueB
69001 LyonJdr-000163@example.com`
DR-000169-4	DR-000169DR-000169-INV-001"CRED-009(ê≥¶Ò‚20r È"reminder-3-letterf
DR-000169-5	DR-000169DR-000169-INV-001"CRED-009(¬≥¶Ò‚20Z&
DR-000169-PAY-1¸?EURÈ Ω
DR-000174-12	DR-000174DR-000174-INV-003"CRED-003(Ù≥¶Ò‚20R|
INV-000174-003üBGBPÈ"È0:Company 000174B174 rue de la R√©publiqueB
69003 LyonJdr-000174@example.comª
DR-000204-6	DR-000204DR-000204-INV-002"CRED-006(¶¥¶Ò‚20R{
INV-000204-002	Ï’.EURÈ"È0:Company 000204B4 rue de la R√©publiqueB
69006 LyonJdr-000204@example.coma
DR-000225-7	DR-000225DR-000225-INV-001"CRED-001(ÿ¥¶Ò‚20r!È"reminder-4-warning_
DR-000239-3	DR-000239DR-000239-INV-001"CRED-010(äµ¶Ò‚20rÈ"reminder-2-phone%
day-2025-04-13(ò¯·å„20≤	
ÈÀ
DR-000013-6	DR-000013DR-000013-INV-003"CRED-012(ÄËøö„20Rä
INV-000013-003	òäEURÈ"È*
ÈÄ0:Company 000013B13 rue de la R√©publiqueB
69004 LyonJdr-000013@example.com\
DR-000071-7	DR-000071DR-000071-INV-001"CRED-010(≤Ëøö„20rÈ"formal-noticea
DR-000080-6	DR-000080DR-000080-INV-001"CRED-012(‰Ëøö„20r!È"reminder-4-warning_
DR-000080-7	DR-000080DR-000080-INV-002"CRED-012(ñÈøö„20rÈ"reminder-1-email^
DR-000100-8	DR-000100DR-000100-INV-002"CRED-009(»Èøö„20rÈ"courtesy-remindera
DR-000123-7	DR-000123DR-000123-INV-001"CRED-009(˙Èøö„20r!È"reminder-4-warning_
DR-000168-4	DR-000168DR-000168-INV-002"CRED-009(¨Íøö„20rÈ"reminder-1-emailΩ
DR-000198-8	DR-000198DR-000198-INV-002"CRED-004(ﬁÍøö„20R}
INV-000198-002	˘·EURÈ"È0:Company 000198B198 rue de la R√©publiqueB
69009 LyonJdr-000198@example.comg
DR-000199-2	DR-000199DR-000199-INV-001"CRED-007(êÎøö„20Z'
DR-000199-PAY-1	¢áEURÈ `
DR-000203-11	DR-000203DR-000203-INV-002"CRED-011(¬Îøö„20rÈ"reminder-1-email`
DR-000209-5	DR-000209DR-000209-INV-001"CRED-002(ÙÎøö„20r È"reminder-3-letterg
DR-000223-5	DR-000223DR-000223-INV-001"CRED-010(¶Ïøö„20Z'
DR-000223-PAY-1	éäEURÈ g
DR-000226-4	DR-000226DR-000226-INV-002"CRED-004(ÿÏøö„20Z'
DR-000226-PAY-2	≠√EURÈ _
DR-000227-5	DR-000227DR-000227-INV-001"CRED-010(äÌøö„20rÈ"reminder-2-phonea
DR-000228-12	DR-000228DR-000228-INV-002"CRED-012(ºÌøö„20r È"reminder-3-letter_
DR-000237-4	DR-000237DR-000237-INV-001"CRED-007(ÓÌøö„20rÈ"reminder-2-phone_
DR-000245-3	DR-000245DR-000245-INV-001"CRED-002(†Óøö„20rÈ"reminder-2-phone%
day-2025-04-14(ò∞˚µ„20≤	
È_
DR-000002-4	DR-000002DR-000002-INV-001"CRED-001(Ä†Ÿ√„20rÈ"reminder-2-phone]
DR-000002-5	DR-000002DR-000002-INV-001"CRED-001(≤†Ÿ√„20z
	ÅØREURÈÈa
DR-000015-7	DR-000015DR-000015-INV-001"CRED-011(‰†Ÿ√„20r!È"reminder-4-warningº
DR-000028-6	DR-000028DR-000028-INV-002"CRED-008(ñ°Ÿ√„20R|
INV-000028-002	ÁéGBPÈ"È0:Company 000028B28 rue de la R√©publiqueB
69001 LyonJdr-000028@example.com_
DR-000033-3	DR-000033DR-000033-INV-001"CRED-003(»°Ÿ√„20rÈ"reminder-2-phone]
DR-000033-4	DR-000033DR-000033-INV-001"CRED-003(˙°Ÿ√„20z
	¥©CHFÈÈh
DR-000051-2	DR-000051DR-000051-INV-001"CRED-006(¨¢Ÿ√„20Z(
DR-000051-PAY-1
ÊâíEURÈ g
DR-000067-8	DR-000067DR-000067-INV-002"CRED-006(ﬁ¢Ÿ√„20Z'
DR-000067-PAY-2	Æ¿EURÈ V
DR-000092-4	DR-000092DR-000092-INV-001"CRED-012(ê£Ÿ√„20í˘CHFÈR
DR-000097-9	DR-000097DR-000097-INV-001"CRED-010(¬£Ÿ√„20ö
AGY-02Èæ
DR-000107-3	DR-000107DR-000107-INV-002"CRED-011(Ù£Ÿ√„20R~
INV-000107-002	©ìEURÈ"È0:Customer 000107B107 rue de la R√©publiqueB
69008 LyonJdr-000107@example.comg
DR-000117-7	DR-000117DR-000117-INV-001"CRED-004(¶§Ÿ√„20Z'
DR-000117-PAY-2	”ÅEURÈ h
DR-000130-6	DR-000130DR-000130-INV-002"CRED-011(ÿ§Ÿ√„20Z(
DR-000130-PAY-1
îﬂÀEURÈ `
DR-000145-5	DR-000145DR-000145-INV-001"CRED-009(ä•Ÿ√„20r È"reminder-3-letter_
DR-000150-9	DR-000150DR-000150-INV-002"CRED-012(º•Ÿ√„20rÈ"reminder-2-phone_
DR-000155-7	DR-000155DR-000155-INV-002"CRED-006(Ó•Ÿ√„20rÈ"reminder-1-email\
DR-000164-7	DR-000164DR-000164-INV-001"CRED-011(†¶Ÿ√„20rÈ"formal-notice`
DR-000200-6	DR-000200DR-000200-INV-001"CRED-012(“¶Ÿ√„20r È"reminder-3-letter`
DR-000206-4	DR-000206DR-000206-INV-001"CRED-002(ÑßŸ√„20r È"reminder-3-letterf
DR-000215-4	DR-000215DR-000215-INV-002"CRED-011(∂ßŸ√„20Z&
DR-000215-PAY-2ñTEURÈ a
DR-000216-5	DR-000216DR-000216-INV-001"CRED-010(ËßŸ√„20r!È"reminder-4-warning`
DR-000240-4	DR-000240DR-000240-INV-001"CRED-012(ö®Ÿ√„20r È"reminder-3-letterº
DR-000244-3	DR-000244DR-000244-INV-002"CRED-002(Ã®Ÿ√„20R|
INV-000244-002	˙ÏEURÈ"È0:Company 000244B44 rue de la R√©publiqueB
69001 LyonJdr-000244@example.com_
DR-000244-4	DR-000244DR-000244-INV-001"CRED-002(˛®Ÿ√„20rÈ"reminder-1-emailg
DR-000247-9	DR-000247DR-000247-INV-001"CRED-012(∞©Ÿ√„20Z'
DR-000247-PAY-1	Î˝EURÈ `
DR-000248-5	DR-000248DR-000248-INV-001"CRED-005(‚©Ÿ√„20r È"reminder-3-letterg
DR-000249-5	DR-000249DR-000249-INV-001"CRED-006(î™Ÿ√„20Z'
DR-000249-PAY-1	ä∫CHFÈ %
day-2025-04-15(òËîﬂ„20≤	
È`
DR-000031-11	DR-000031DR-000031-INV-002"CRED-011(ÄÿÚÏ„20rÈ"reminder-1-email_
DR-000092-5	DR-000092DR-000092-INV-001"CRED-012(≤ÿÚÏ„20rÈ"reminder-1-email`
DR-000194-5	DR-000194DR-000194-INV-001"CRED-001(‰ÿÚÏ„20r È"reminder-3-letterÀ
DR-000213-3	DR-000213DR-000213-INV-002"CRED-011(ñŸÚÏ„20Rä
INV-000213-002	†áCHFÈ"È*
È°0:Company 000213B13 rue de la R√©publiqueB
69006 LyonJdr-000213@example.com_
DR-000241-2	DR-000241DR-000241-INV-001"CRED-009(»ŸÚÏ„20rÈ"reminder-1-email`
DR-000249-6	DR-000249DR-000249-INV-001"CRED-006(˙ŸÚÏ„20r È"reminder-3-letter%
day-2025-04-16(ò†Æà‰20≤	
Èª
DR-000002-6	DR-000002DR-000002-INV-003"CRED-001(Äêåñ‰20R{
INV-000002-003	∫Ú-EURÈ"È0:Company 000002B2 rue de la R√©publiqueB
69002 LyonJdr-000002@example.com`
DR-000006-5	DR-000006DR-000006-INV-001"CRED-003(≤êåñ‰20r È"reminder-3-letterM
DR-000044-11	DR-000044DR-000044-INV-002"CRED-002(‰êåñ‰20íÈa
DR-000068-6	DR-000068DR-000068-INV-001"CRED-008(ñëåñ‰20r!È"reminder-4-warning_
DR-000092-6	DR-000092DR-000092-INV-001"CRED-012(»ëåñ‰20rÈ"reminder-2-phoneæ
DR-000097-10	DR-000097DR-000097-INV-002"CRED-010(˙ëåñ‰20R}
INV-000097-002	ÜÅEURÈ"È0:Customer 000097B97 rue de la R√©publiqueB
69007 LyonJdr-000097@example.coma
DR-000117-8	DR-000117DR-000117-INV-001"CRED-004(¨íåñ‰20r!È"reminder-4-warning_
DR-000168-5	DR-000168DR-000168-INV-001"CRED-002(ﬁíåñ‰20rÈ"reminder-2-phonea
DR-000177-5	DR-000177DR-000177-INV-001"CRED-008(êìåñ‰20r!È"reminder-4-warning`
DR-000184-5	DR-000184DR-000184-INV-001"CRED-005(¬ìåñ‰20r È"reminder-3-letterg
DR-000205-2	DR-000205DR-000205-INV-001"CRED-008(Ùìåñ‰20Z'
DR-000205-PAY-1	˙ÔUSDÈ º
DR-000232-8	DR-000232DR-000232-INV-003"CRED-008(¶îåñ‰20R|
INV-000232-003	˚áEURÈ"È0:Company 000232B32 rue de la R√©publiqueB
69007 LyonJdr-000232@example.com_
DR-000236-9	DR-000236DR-000236-INV-002"CRED-011(ÿîåñ‰20rÈ"reminder-2-phone%
day-2025-04-17(òÿ«±‰20≤	
È_
DR-000020-2	DR-000020DR-000020-INV-001"CRED-009(Ä»•ø‰20rÈ"reminder-1-emaila
DR-000024-5	DR-000024DR-000024-INV-001"CRED-008(≤»•ø‰20r!È"reminder-4-warningL
DR-000027-3	DR-000027DR-000027-INV-001"CRED-009(‰»•ø‰20íÈ`
DR-000037-11	DR-000037DR-000037-INV-002"CRED-010(ñ…•ø‰20rÈ"reminder-1-email`
DR-000044-12	DR-000044DR-000044-INV-002"CRED-002(»…•ø‰20rÈ"reminder-1-emailº
DR-000062-7	DR-000062DR-000062-INV-003"CRED-006(˙…•ø‰20R|
INV-000062-003	ßŸUSDÈ"È0:Company 000062B62 rue de la R√©publiqueB
69008 LyonJdr-000062@example.com_
DR-000085-9	DR-000085DR-000085-INV-002"CRED-012(¨ •ø‰20rÈ"reminder-2-phone_
DR-000086-3	DR-000086DR-000086-INV-001"CRED-002(ﬁ •ø‰20rÈ"reminder-2-phone`
DR-000092-7	DR-000092DR-000092-INV-001"CRED-012(êÀ•ø‰20r È"reminder-3-letterΩ
DR-000101-2	DR-000101DR-000101-INV-002"CRED-004(¬À•ø‰20R}
INV-000101-002	√Ö%EURÈ"È0:Company 000101B101 rue de la R√©publiqueB
69002 LyonJdr-000101@example.comg
DR-000101-3	DR-000101DR-000101-INV-001"CRED-004(ÙÀ•ø‰20Z'
DR-000101-PAY-1	ÎîEURÈ \
DR-000104-7	DR-000104DR-000104-INV-001"CRED-004(¶Ã•ø‰20rÈ"formal-noticef
DR-000104-8	DR-000104DR-000104-INV-001"CRED-004(ÿÃ•ø‰20Z&
DR-000104-PAY-2™JEURÈ `
DR-000132-7	DR-000132DR-000132-INV-001"CRED-012(äÕ•ø‰20r È"reminder-3-letterf
DR-000134-7	DR-000134DR-000134-INV-001"CRED-009(ºÕ•ø‰20Z&
DR-000134-PAY-1º6EURÈ Ã
DR-000183-4	DR-000183DR-000183-INV-002"CRED-010(ÓÕ•ø‰20Rã
INV-000183-002	ÙÜEURÈ"È*
Èø0:Company 000183B183 rue de la R√©publiqueB
69003 LyonJdr-000183@example.comº
DR-000215-5	DR-000215DR-000215-INV-003"CRED-011(†Œ•ø‰20R|
INV-000215-003	çªEURÈ"È0:Company 000215B15 rue de la R√©publiqueB
69008 LyonJdr-000215@example.comæ
DR-000220-10	DR-000220DR-000220-INV-002"CRED-012(“Œ•ø‰20R}
INV-000220-002	ı„EURÈ"È0:Customer 000220B20 rue de la R√©publiqueB
69004 LyonJdr-000220@example.comÃ
DR-000228-13	DR-000228DR-000228-INV-003"CRED-012(Ñœ•ø‰20Rä
INV-000228-003	÷ÔEURÈ"È*
È≠G0:Company 000228B28 rue de la R√©publiqueB
69003 LyonJdr-000228@example.com`
DR-000247-10	DR-000247DR-000247-INV-002"CRED-012(∂œ•ø‰20rÈ"reminder-1-emailΩ
DR-000250-3	DR-000250DR-000250-INV-002"CRED-007(Ëœ•ø‰20R}
INV-000250-002	«‡EURÈ"È0:Customer 000250B50 rue de la R√©publiqueB
69007 LyonJdr-000250@example.com%
day-2025-04-18(òê·⁄‰20≤	
È_
DR-000027-4	DR-000027DR-000027-INV-001"CRED-009(ÄÄøË‰20rÈ"reminder-1-emailg
DR-000039-4	DR-000039DR-000039-INV-002"CRED-008(≤ÄøË‰20Z'
DR-000039-PAY-2	¨·EURÈ `
DR-000042-4	DR-000042DR-000042-INV-001"CRED-006(‰ÄøË‰20r È"reminder-3-letterº
DR-000060-3	DR-000060DR-000060-INV-002"CRED-012(ñÅøË‰20R|
INV-000060-002	ÓïEURÈ"È0:Company 000060B60 rue de la R√©publiqueB
69006 LyonJdr-000060@example.coma
DR-000099-5	DR-000099DR-000099-INV-001"CRED-010(»ÅøË‰20r!È"reminder-4-warning_
DR-000105-7	DR-000105DR-000105-INV-002"CRED-001(˙ÅøË‰20rÈ"reminder-1-email`
DR-000120-4	DR-000120DR-000120-INV-001"CRED-002(¨ÇøË‰20r È"reminder-3-letteræ
DR-000154-4	DR-000154DR-000154-INV-002"CRED-001(ﬁÇøË‰20R~
INV-000154-002	êìEURÈ"È0:Customer 000154B154 rue de la R√©publiqueB
69001 LyonJdr-000154@example.comg
DR-000156-9	DR-000156DR-000156-INV-002"CRED-007(êÉøË‰20Z'
DR-000156-PAY-1	ã”EURÈ i
DR-000203-12	DR-000203DR-000203-INV-002"CRED-011(¬ÉøË‰20Z(
DR-000203-PAY-3
ä»ãEURÈ º
DR-000216-6	DR-000216DR-000216-INV-002"CRED-010(ÙÉøË‰20R|
INV-000216-002	Ï„%EURÈ"È0:Company 000216B16 rue de la R√©publiqueB
69009 LyonJdr-000216@example.comg
DR-000238-2	DR-000238DR-000238-INV-001"CRED-005(¶ÑøË‰20Z'
DR-000238-PAY-1	î‰EURÈ a
DR-000249-7	DR-000249DR-000249-INV-001"CRED-006(ÿÑøË‰20r!È"reminder-4-warning%
day-2025-04-19(ò»˙ÉÂ20≤	
Èg
DR-000001-5	DR-000001DR-000001-INV-002"CRED-005(Ä∏ÿëÂ20Z'
DR-000001-PAY-2	‘√EURÈ `
DR-000012-6	DR-000012DR-000012-INV-001"CRED-004(≤∏ÿëÂ20r È"reminder-3-letter`
DR-000016-5	DR-000016DR-000016-INV-001"CRED-001(‰∏ÿëÂ20r È"reminder-3-letter_
DR-000018-3	DR-000018DR-000018-INV-001"CRED-006(ñπÿëÂ20rÈ"reminder-1-email·
DR-000020-3	DR-000020DR-000020-INV-001"CRED-009(»πÿëÂ20Çü
DR-000020-PLAN-3È
È	ı∏#EUR
È	ı∏#EUR
È	ı∏#EUR
È	ı∏#EUR
È		ı∏#EUR
È
	ˆ∏#EUR_
DR-000027-5	DR-000027DR-000027-INV-001"CRED-009(˙πÿëÂ20rÈ"reminder-2-phoneº
DR-000042-5	DR-000042DR-000042-INV-002"CRED-006(¨∫ÿëÂ20R|
INV-000042-002	Â≤OEURÈ"È0:Company 000042B42 rue de la R√©publiqueB
69006 LyonJdr-000042@example.com_
DR-000060-4	DR-000060DR-000060-INV-001"CRED-012(ﬁ∫ÿëÂ20rÈ"reminder-2-phone_
DR-000064-2	DR-000064DR-000064-INV-001"CRED-006(êªÿëÂ20rÈ"reminder-1-emailΩ
DR-000069-3	DR-000069DR-000069-INV-002"CRED-009(¬ªÿëÂ20R}
INV-000069-002	Ü“CHFÈ"È0:Customer 000069B69 rue de la R√©publiqueB
69006 LyonJdr-000069@example.comΩ
DR-000074-2	DR-000074DR-000074-INV-002"CRED-011(ÙªÿëÂ20R}
INV-000074-002
’ô®EURÈ"È0:Company 000074B74 rue de la R√©publiqueB
69002 LyonJdr-000074@example.com_
DR-000093-2	DR-000093DR-000093-INV-001"CRED-003(¶ºÿëÂ20rÈ"reminder-1-emaild
DR-000116-5	DR-000116DR-000116-INV-002"CRED-001(ÿºÿëÂ20j$
DR-000116-CN-5	è∂EURÈ_
DR-000121-9	DR-000121DR-000121-INV-002"CRED-011(äΩÿëÂ20rÈ"reminder-2-phoneg
DR-000146-4	DR-000146DR-000146-INV-002"CRED-007(ºΩÿëÂ20Z'
DR-000146-PAY-2	ïÑEURÈ Ω
DR-000152-3	DR-000152DR-000152-INV-002"CRED-005(ÓΩÿëÂ20R}
INV-000152-002	Œ˜vEURÈ"È0:Company 000152B152 rue de la R√©publiqueB
69008 LyonJdr-000152@example.comg
DR-000180-3	DR-000180DR-000180-INV-001"CRED-009(†æÿëÂ20Z'
DR-000180-PAY-1	ÿ⁄EURÈ _
DR-000181-7	DR-000181DR-000181-INV-002"CRED-009(“æÿëÂ20rÈ"reminder-1-emailg
DR-000186-7	DR-000186DR-000186-INV-001"CRED-010(ÑøÿëÂ20Z'
DR-000186-PAY-1	ÖÌEURÈ `
DR-000239-4	DR-000239DR-000239-INV-001"CRED-010(∂øÿëÂ20r È"reminder-3-letterõ
DR-000241-3	DR-000241DR-000241-INV-001"CRED-009(ËøÿëÂ20ÇZ
DR-000241-PLAN-3È
Èµ@EUR
Èµ@EUR
Èµ@EUR%
day-2025-04-20(òÄî≠Â20≤	
Èg
DR-000004-4	DR-000004DR-000004-INV-002"CRED-003(ÄÒ∫Â20Z'
DR-000004-PAY-2	∆“EURÈ \
DR-000019-9	DR-000019DR-000019-INV-001"CRED-002(≤Ò∫Â20rÈ"formal-notice`
DR-000027-6	DR-000027DR-000027-INV-001"CRED-009(‰Ò∫Â20r È"reminder-3-letter`
DR-000041-6	DR-000041DR-000041-INV-001"CRED-008(ñÒÒ∫Â20r È"reminder-3-letter_
DR-000080-8	DR-000080DR-000080-INV-002"CRED-012(»ÒÒ∫Â20rÈ"reminder-2-phoneg
DR-000111-4	DR-000111DR-000111-INV-002"CRED-008(˙ÒÒ∫Â20Z'
DR-000111-PAY-2	‰œEURÈ `
DR-000122-5	DR-000122DR-000122-INV-001"CRED-002(¨ÚÒ∫Â20r È"reminder-3-letter_
DR-000168-6	DR-000168DR-000168-INV-002"CRED-009(ﬁÚÒ∫Â20rÈ"reminder-2-phonea
DR-000181-8	DR-000181DR-000181-INV-001"CRED-003(êÛÒ∫Â20r!È"reminder-4-warningΩ
DR-000186-8	DR-000186DR-000186-INV-002"CRED-010(¬ÛÒ∫Â20R}
INV-000186-002‡,EURÈ"È0:Customer 000186B186 rue de la R√©publiqueB
69006 LyonJdr-000186@example.com`
DR-000190-11	DR-000190DR-000190-INV-002"CRED-004(ÙÛÒ∫Â20rÈ"reminder-1-email_
DR-000197-3	DR-000197DR-000197-INV-001"CRED-006(¶ÙÒ∫Â20rÈ"reminder-1-emailg
DR-000218-3	DR-000218DR-000218-INV-001"CRED-001(ÿÙÒ∫Â20Z'
DR-000218-PAY-1	±Æ,USDÈ `
DR-000227-6	DR-000227DR-000227-INV-001"CRED-010(äıÒ∫Â20r È"reminder-3-letterS
DR-000236-10	DR-000236DR-000236-INV-001"CRED-011(ºıÒ∫Â20ö
AGY-01È`
DR-000237-5	DR-000237DR-000237-INV-001"CRED-007(ÓıÒ∫Â20r È"reminder-3-letter`
DR-000245-4	DR-000245DR-000245-INV-001"CRED-002(†ˆÒ∫Â20r È"reminder-3-letter%
day-2025-04-21(ò∏≠÷Â20≤	
Èg
DR-000013-7	DR-000013DR-000013-INV-003"CRED-012(Ä®ã‰Â20Z'
DR-000013-PAY-3	ò˝EURÈ \
DR-000045-6	DR-000045DR-000045-INV-001"CRED-004(≤®ã‰Â20rÈ"formal-notice_
DR-000074-3	DR-000074DR-000074-INV-001"CRED-011(‰®ã‰Â20rÈ"reminder-1-emailg
DR-000080-9	DR-000080DR-000080-INV-002"CRED-012(ñ©ã‰Â20Z'
DR-000080-PAY-1	œ≈EURÈ º
DR-000081-5	DR-000081DR-000081-INV-003"CRED-010(»©ã‰Â20R|
INV-000081-003	ΩÔ=EURÈ"È0:Company 000081B81 rue de la R√©publiqueB
69009 LyonJdr-000081@example.comf
DR-000088-4	DR-000088DR-000088-INV-002"CRED-003(˙©ã‰Â20Z&
DR-000088-PAY-2’BEURÈ _
DR-000129-5	DR-000129DR-000129-INV-002"CRED-007(¨™ã‰Â20rÈ"reminder-1-emaila
DR-000150-10	DR-000150DR-000150-INV-002"CRED-012(ﬁ™ã‰Â20r È"reminder-3-letter_
DR-000155-8	DR-000155DR-000155-INV-002"CRED-006(ê´ã‰Â20rÈ"reminder-2-phonea
DR-000169-6	DR-000169DR-000169-INV-001"CRED-009(¬´ã‰Â20r!È"reminder-4-warningT
DR-000177-6	DR-000177"CRED-008(Ù´ã‰Â20Z'
DR-000177-PAY-1	òØEURÈ g
DR-000213-4	DR-000213DR-000213-INV-002"CRED-011(¶¨ã‰Â20Z'
DR-000213-PAY-2	ˇÅCHFÈ v
DR-000220-11	DR-000220DR-000220-INV-001"CRED-012(ÿ¨ã‰Â20™4
È)small balance left after partial paymentsf
DR-000225-8	DR-000225DR-000225-INV-001"CRED-001(ä≠ã‰Â20Z&
DR-000225-PAY-3¬4EURÈ _
DR-000244-5	DR-000244DR-000244-INV-001"CRED-002(º≠ã‰Â20rÈ"reminder-2-phone%
day-2025-04-22(ò∆ˇÂ20≤	
Èg
DR-000002-7	DR-000002DR-000002-INV-001"CRED-001(Ä‡§çÊ20Z'
DR-000002-PAY-1	ÅØREURÈ L
DR-000007-4	DR-000007DR-000007-INV-001"CRED-005(≤‡§çÊ20íÈ`
DR-000031-12	DR-000031DR-000031-INV-002"CRED-011(‰‡§çÊ20rÈ"reminder-2-phone^
DR-000031-13	DR-000031DR-000031-INV-002"CRED-011(ñ·§çÊ20z
	¬∫CHFÈÈÕ
DR-000051-3	DR-000051DR-000051-INV-002"CRED-006(»·§çÊ20Rå
INV-000051-002
¸Ù≤EURÈ"È*
ÈÇ 0:Company 000051B51 rue de la R√©publiqueB
69006 LyonJdr-000051@example.comΩ
DR-000057-8	DR-000057DR-000057-INV-002"CRED-011(˙·§çÊ20R}
INV-000057-002
ÖùäEURÈ"È0:Company 000057B57 rue de la R√©publiqueB
69003 LyonJdr-000057@example.comº
DR-000089-4	DR-000089DR-000089-INV-003"CRED-002(¨‚§çÊ20R|
INV-000089-003	Û§EURÈ"È0:Company 000089B89 rue de la R√©publiqueB
69008 LyonJdr-000089@example.comg
DR-000096-9	DR-000096DR-000096-INV-002"CRED-012(ﬁ‚§çÊ20Z'
DR-000096-PAY-2	à©EURÈ g
DR-000116-6	DR-000116DR-000116-INV-002"CRED-001(ê„§çÊ20Z'
DR-000116-PAY-2	Ü+EURÈ Ω
DR-000124-3	DR-000124DR-000124-INV-002"CRED-012(¬„§çÊ20R}
INV-000124-002ñVEURÈ"È0:Customer 000124B124 rue de la R√©publiqueB
69007 LyonJdr-000124@example.comJ
DR-000203-13	DR-000203"CRED-011(Ù„§çÊ20b
DR-000203-PAY-3Èa
DR-000209-6	DR-000209DR-000209-INV-001"CRED-002(¶‰§çÊ20r!È"reminder-4-warningb
DR-000228-14	DR-000228DR-000228-INV-002"CRED-012(ÿ‰§çÊ20r!È"reminder-4-warning%
day-2025-04-23(ò®‡®Ê20≤	
È_
DR-000007-5	DR-000007DR-000007-INV-001"CRED-005(Äòæ∂Ê20rÈ"reminder-1-emailg
DR-000012-7	DR-000012DR-000012-INV-001"CRED-004(≤òæ∂Ê20Z'
DR-000012-PAY-2	‘ 	EURÈ Ω
DR-000020-4	DR-000020DR-000020-INV-002"CRED-009(‰òæ∂Ê20R}
INV-000020-002
„ŸªEURÈ"È0:Company 000020B20 rue de la R√©publiqueB
69002 LyonJdr-000020@example.com\
DR-000022-7	DR-000022DR-000022-INV-001"CRED-010(ñôæ∂Ê20rÈ"formal-noticea
DR-000041-7	DR-000041DR-000041-INV-001"CRED-008(»ôæ∂Ê20r!È"reminder-4-warning`
DR-000044-13	DR-000044DR-000044-INV-002"CRED-002(˙ôæ∂Ê20rÈ"reminder-2-phone›
DR-000085-10	DR-000085DR-000085-INV-002"CRED-012(¨öæ∂Ê20Çö
DR-000085-PLAN-10È
ÈÈ EUR
ÈÈ EUR
ÈÈ EUR
ÈÈ EUR
ÈÈ EUR
È	Ì EUR_
DR-000100-9	DR-000100DR-000100-INV-002"CRED-009(ﬁöæ∂Ê20rÈ"reminder-1-emailΩ
DR-000133-3	DR-000133DR-000133-INV-002"CRED-002(êõæ∂Ê20R}
INV-000133-002	¬øEURÈ"È0:Company 000133B133 rue de la R√©publiqueB
69007 LyonJdr-000133@example.comΩ
DR-000137-3	DR-000137DR-000137-INV-002"CRED-005(¬õæ∂Ê20R}
INV-000137-002	‹´EURÈ"È0:Company 000137B137 rue de la R√©publiqueB
69002 LyonJdr-000137@example.coma
DR-000145-6	DR-000145DR-000145-INV-001"CRED-009(Ùõæ∂Ê20r!È"reminder-4-warning`
DR-000168-7	DR-000168DR-000168-INV-001"CRED-002(¶úæ∂Ê20r È"reminder-3-letteri
DR-000187-10	DR-000187DR-000187-INV-002"CRED-001(ÿúæ∂Ê20Z(
DR-000187-PAY-3
ÿ»µGBPÈ a
DR-000200-7	DR-000200DR-000200-INV-001"CRED-012(äùæ∂Ê20r!È"reminder-4-warning_
DR-000202-10	DR-000202DR-000202-INV-002"CRED-008(ºùæ∂Ê20rÈ"courtesy-reminder`
DR-000203-14	DR-000203DR-000203-INV-002"CRED-011(Óùæ∂Ê20rÈ"reminder-2-phonea
DR-000206-5	DR-000206DR-000206-INV-001"CRED-002(†ûæ∂Ê20r!È"reminder-4-warning\
DR-000207-6	DR-000207DR-000207-INV-001"CRED-005(“ûæ∂Ê20rÈ"formal-notice^
DR-000217-8	DR-000217DR-000217-INV-002"CRED-008(Ñüæ∂Ê20rÈ"courtesy-remindera
DR-000236-11	DR-000236DR-000236-INV-002"CRED-011(∂üæ∂Ê20r È"reminder-3-lettera
DR-000240-5	DR-000240DR-000240-INV-001"CRED-012(Ëüæ∂Ê20r!È"reminder-4-warningh
DR-000247-11	DR-000247DR-000247-INV-002"CRED-012(ö†æ∂Ê20Z'
DR-000247-PAY-2	ﬂ≥EURÈ a
DR-000248-6	DR-000248DR-000248-INV-001"CRED-005(Ã†æ∂Ê20r!È"reminder-4-warning%
day-2025-04-24(ò‡˘—Ê20≤	
È_
DR-000007-6	DR-000007DR-000007-INV-001"CRED-005(Ä–◊ﬂÊ20rÈ"reminder-2-phoneh
DR-000019-10	DR-000019DR-000019-INV-001"CRED-002(≤–◊ﬂÊ20Z'
DR-000019-PAY-3	À¿ EURÈ a
DR-000027-7	DR-000027DR-000027-INV-001"CRED-009(‰–◊ﬂÊ20r!È"reminder-4-warning`
DR-000037-12	DR-000037DR-000037-INV-002"CRED-010(ñ—◊ﬂÊ20rÈ"reminder-2-phone^
DR-000037-13	DR-000037DR-000037-INV-002"CRED-010(»—◊ﬂÊ20z
	ÎúEURÈÈ_
DR-000061-3	DR-000061DR-000061-INV-001"CRED-007(˙—◊ﬂÊ20rÈ"reminder-1-email`
DR-000086-4	DR-000086DR-000086-INV-001"CRED-002(¨“◊ﬂÊ20r È"reminder-3-letterº
DR-000094-5	DR-000094DR-000094-INV-002"CRED-003(ﬁ“◊ﬂÊ20R|
INV-000094-002	ÛÍ2EURÈ"È0:Company 000094B94 rue de la R√©publiqueB
69004 LyonJdr-000094@example.comh
DR-000149-11	DR-000149DR-000149-INV-002"CRED-009(ê”◊ﬂÊ20Z'
DR-000149-PAY-1	œπEURÈ ]
DR-000156-10	DR-000156DR-000156-INV-001"CRED-007(¬”◊ﬂÊ20rÈ"formal-noticeæ
DR-000168-8	DR-000168DR-000168-INV-003"CRED-009(Ù”◊ﬂÊ20R~
INV-000168-003
ˆ„©EURÈ"È0:Company 000168B168 rue de la R√©publiqueB
69006 LyonJdr-000168@example.comh
DR-000174-13	DR-000174DR-000174-INV-001"CRED-003(¶‘◊ﬂÊ20Z'
DR-000174-PAY-4	¥¬GBPÈ Ω
DR-000184-6	DR-000184DR-000184-INV-002"CRED-005(ÿ‘◊ﬂÊ20R}
INV-000184-002∆GEURÈ"È0:Customer 000184B184 rue de la R√©publiqueB
69004 LyonJdr-000184@example.comg
DR-000189-2	DR-000189DR-000189-INV-001"CRED-008(ä’◊ﬂÊ20Z'
DR-000189-PAY-1	ƒîEURÈ a
DR-000194-6	DR-000194DR-000194-INV-001"CRED-001(º’◊ﬂÊ20r!È"reminder-4-warning\
DR-000246-8	DR-000246DR-000246-INV-001"CRED-003(Ó’◊ﬂÊ20rÈ"formal-notice`
DR-000247-12	DR-000247DR-000247-INV-002"CRED-012(†÷◊ﬂÊ20rÈ"reminder-2-phone%
day-2025-04-25(òòì˚Ê20≤	
È_
DR-000002-8	DR-000002DR-000002-INV-002"CRED-001(ÄàÒàÁ20rÈ"reminder-1-emaila
DR-000006-6	DR-000006DR-000006-INV-001"CRED-003(≤àÒàÁ20r!È"reminder-4-warning`
DR-000007-7	DR-000007DR-000007-INV-001"CRED-005(‰àÒàÁ20r È"reminder-3-letterg
DR-000018-4	DR-000018DR-000018-INV-001"CRED-006(ñâÒàÁ20Z'
DR-000018-PAY-1	îì@EURÈ º
DR-000025-3	DR-000025DR-000025-INV-002"CRED-008(»âÒàÁ20R|
INV-000025-002	∞ÁEURÈ"È
0:Company 000025B25 rue de la R√©publiqueB
69007 LyonJdr-000025@example.com`
DR-000033-5	DR-000033DR-000033-INV-001"CRED-003(˙âÒàÁ20r È"reminder-3-letterg
DR-000040-5	DR-000040DR-000040-INV-002"CRED-007(¨äÒàÁ20Z'
DR-000040-PAY-2	≤◊UEURÈ æ
DR-000044-14	DR-000044DR-000044-INV-003"CRED-002(ﬁäÒàÁ20R}
INV-000044-003	ÿŸEURÈ"È0:Customer 000044B44 rue de la R√©publiqueB
69008 LyonJdr-000044@example.comº
DR-000083-3	DR-000083DR-000083-INV-002"CRED-009(êãÒàÁ20R|
INV-000083-002	ƒ≠oGBPÈ"È0:Company 000083B83 rue de la R√©publiqueB
69002 LyonJdr-000083@example.com_
DR-000105-8	DR-000105DR-000105-INV-002"CRED-001(¬ãÒàÁ20rÈ"reminder-2-phoneg
DR-000141-5	DR-000141DR-000141-INV-002"CRED-012(ÙãÒàÁ20Z'
DR-000141-PAY-2	Î€EURÈ a
DR-000184-7	DR-000184DR-000184-INV-001"CRED-005(¶åÒàÁ20r!È"reminder-4-warningΩ
DR-000210-5	DR-000210DR-000210-INV-002"CRED-002(ÿåÒàÁ20R}
INV-000210-002	ßéEURÈ"È0:Customer 000210B10 rue de la R√©publiqueB
69003 LyonJdr-000210@example.comf
DR-000241-4	DR-000241DR-000241-INV-001"CRED-009(äçÒàÁ20Z&
DR-000241-PAY-1µ@EURÈ h
DR-000247-13	DR-000247DR-000247-INV-003"CRED-012(ºçÒàÁ20Z'
DR-000247-PAY-3	„êBEURÈ %
day-2025-04-26(ò–¨§Á20≤	
Èg
DR-000003-4	DR-000003DR-000003-INV-002"CRED-012(Ä¿ä≤Á20Z'
DR-000003-PAY-2	ƒÂEURÈ ª
DR-000007-8	DR-000007DR-000007-INV-002"CRED-005(≤¿ä≤Á20R{
INV-000007-002	¯•4EURÈ"È0:Company 000007B7 rue de la R√©publiqueB
69007 LyonJdr-000007@example.com_
DR-000018-5	DR-000018DR-000018-INV-001"CRED-006(‰¿ä≤Á20rÈ"reminder-2-phone`
DR-000060-5	DR-000060DR-000060-INV-001"CRED-012(ñ¡ä≤Á20r È"reminder-3-letterr
DR-000062-8	DR-000062DR-000062-INV-002"CRED-006(»¡ä≤Á20ä1
billing error on some lines	Ï¿CUSDÈ_
DR-000064-3	DR-000064DR-000064-INV-001"CRED-006(˙¡ä≤Á20rÈ"reminder-2-phonef
DR-000068-7	DR-000068DR-000068-INV-001"CRED-008(¨¬ä≤Á20Z&
DR-000068-PAY-2±EURÈ g
DR-000074-4	DR-000074DR-000074-INV-001"CRED-011(ﬁ¬ä≤Á20Z'
DR-000074-PAY-1	†˘EURÈ a
DR-000092-8	DR-000092DR-000092-INV-001"CRED-012(ê√ä≤Á20r!È"reminder-4-warning_
DR-000093-3	DR-000093DR-000093-INV-001"CRED-003(¬√ä≤Á20rÈ"reminder-2-phone]
DR-000093-4	DR-000093DR-000093-INV-001"CRED-003(Ù√ä≤Á20z
	ï¢EURÈÈÕ
DR-000106-3	DR-000106DR-000106-INV-002"CRED-004(¶ƒä≤Á20Rå
INV-000106-002	ßÓ:USDÈ"È*
È◊ñ0:Company 000106B106 rue de la R√©publiqueB
69007 LyonJdr-000106@example.comæ
DR-000108-11	DR-000108DR-000108-INV-002"CRED-004(ÿƒä≤Á20R}
INV-000108-002∂*EURÈ"È0:Customer 000108B108 rue de la R√©publiqueB
69009 LyonJdr-000108@example.coma
DR-000121-10	DR-000121DR-000121-INV-002"CRED-011(ä≈ä≤Á20r È"reminder-3-lettera
DR-000122-6	DR-000122DR-000122-INV-001"CRED-002(º≈ä≤Á20r!È"reminder-4-warningΩ
DR-000123-8	DR-000123DR-000123-INV-003"CRED-009(Ó≈ä≤Á20R}
INV-000123-003	èù9EURÈ"È0:Company 000123B123 rue de la R√©publiqueB
69006 LyonJdr-000123@example.coma
DR-000132-8	DR-000132DR-000132-INV-001"CRED-012(†∆ä≤Á20r!È"reminder-4-warningΩ
DR-000165-7	DR-000165DR-000165-INV-003"CRED-008(“∆ä≤Á20R}
INV-000165-003	•¨PEURÈ"È0:Company 000165B165 rue de la R√©publiqueB
69003 LyonJdr-000165@example.com_
DR-000171-3	DR-000171DR-000171-INV-001"CRED-006(Ñ«ä≤Á20rÈ"reminder-1-emailg
DR-000171-4	DR-000171DR-000171-INV-001"CRED-006(∂«ä≤Á20Z'
DR-000171-PAY-1	’œlEURÈ _
DR-000181-9	DR-000181DR-000181-INV-002"CRED-009(Ë«ä≤Á20rÈ"reminder-2-phone^
DR-000181-10	DR-000181DR-000181-INV-002"CRED-009(ö»ä≤Á20z
	ØîEURÈ	Èg
DR-000188-2	DR-000188DR-000188-INV-001"CRED-001(Ã»ä≤Á20Z'
DR-000188-PAY-1	˜ÖEURÈ \
DR-000198-9	DR-000198DR-000198-INV-001"CRED-004(˛»ä≤Á20rÈ"formal-noticeW
DR-000201-3	DR-000201DR-000201-INV-001"CRED-005(∞…ä≤Á20í	êﬂEURÈ%
day-2025-04-27(òà∆ÕÁ20≤	
ÈΩ
DR-000032-11	DR-000032DR-000032-INV-003"CRED-010(Ä¯£€Á20R|
INV-000032-003	ÈﬂGBPÈ"È0:Company 000032B32 rue de la R√©publiqueB
69005 LyonJdr-000032@example.coma
DR-000042-6	DR-000042DR-000042-INV-001"CRED-006(≤¯£€Á20r!È"reminder-4-warningg
DR-000071-8	DR-000071DR-000071-INV-001"CRED-010(‰¯£€Á20Z'
DR-000071-PAY-1	≠“EURÈ º
DR-000084-4	DR-000084DR-000084-INV-002"CRED-011(ñ˘£€Á20R|
INV-000084-002	üÁ8EURÈ"È0:Company 000084B84 rue de la R√©publiqueB
69003 LyonJdr-000084@example.comg
DR-000085-11	DR-000085DR-000085-INV-001"CRED-012(»˘£€Á20Z&
DR-000085-PAY-2›>EURÈ a
DR-000120-5	DR-000120DR-000120-INV-001"CRED-002(˙˘£€Á20r!È"reminder-4-warning\
DR-000123-9	DR-000123DR-000123-INV-001"CRED-009(¨˙£€Á20rÈ"formal-notice_
DR-000131-5	DR-000131DR-000131-INV-002"CRED-011(ﬁ˙£€Á20rÈ"reminder-1-emailΩ
DR-000132-9	DR-000132DR-000132-INV-003"CRED-012(ê˚£€Á20R}
INV-000132-003	±£
EURÈ"È0:Company 000132B132 rue de la R√©publiqueB
69006 LyonJdr-000132@example.comæ
DR-000135-4	DR-000135DR-000135-INV-002"CRED-010(¬˚£€Á20R~
INV-000135-002	ü—EURÈ"È0:Customer 000135B135 rue de la R√©publiqueB
69009 LyonJdr-000135@example.com`
DR-000168-9	DR-000168DR-000168-INV-002"CRED-009(Ù˚£€Á20r È"reminder-3-letter`
DR-000190-12	DR-000190DR-000190-INV-002"CRED-004(¶¸£€Á20rÈ"reminder-2-phone_
DR-000197-4	DR-000197DR-000197-INV-001"CRED-006(ÿ¸£€Á20rÈ"reminder-2-phone_
DR-000201-4	DR-000201DR-000201-INV-001"CRED-005(ä˝£€Á20rÈ"reminder-1-emaila
DR-000203-15	DR-000203DR-000203-INV-002"CRED-011(º˝£€Á20r È"reminder-3-letter\
DR-000225-9	DR-000225DR-000225-INV-001"CRED-001(Ó˝£€Á20rÈ"formal-noticeº
DR-000231-3	DR-000231DR-000231-INV-002"CRED-006(†˛£€Á20R|
INV-000231-002√0EURÈ"È0:Customer 000231B31 rue de la R√©publiqueB
69006 LyonJdr-000231@example.com%
day-2025-04-28(ò¿ﬂˆÁ20≤	
Èa
DR-000016-6	DR-000016DR-000016-INV-001"CRED-001(Ä∞ΩÑË20r!È"reminder-4-warning]
DR-000080-10	DR-000080DR-000080-INV-001"CRED-012(≤∞ΩÑË20rÈ"formal-noticeø
DR-000118-10	DR-000118DR-000118-INV-002"CRED-001(‰∞ΩÑË20R~
INV-000118-002	√ËEURÈ"È0:Customer 000118B118 rue de la R√©publiqueB
69001 LyonJdr-000118@example.comæ
DR-000121-11	DR-000121DR-000121-INV-003"CRED-011(ñ±ΩÑË20R}
INV-000121-003	éÎ4EURÈ"È0:Company 000121B121 rue de la R√©publiqueB
69004 LyonJdr-000121@example.com_
DR-000129-6	DR-000129DR-000129-INV-002"CRED-007(»±ΩÑË20rÈ"reminder-2-phone\
DR-000129-7	DR-000129DR-000129-INV-002"CRED-007(˙±ΩÑË20z
ΩEURÈÈh
DR-000138-12	DR-000138DR-000138-INV-001"CRED-007(¨≤ΩÑË20Z'
DR-000138-PAY-3	éœEURÈ `
DR-000155-9	DR-000155DR-000155-INV-002"CRED-006(ﬁ≤ΩÑË20r È"reminder-3-letter_
DR-000201-5	DR-000201DR-000201-INV-001"CRED-005(ê≥ΩÑË20rÈ"reminder-2-phonea
DR-000239-5	DR-000239DR-000239-INV-001"CRED-010(¬≥ΩÑË20r!È"reminder-4-warning`
DR-000244-6	DR-000244DR-000244-INV-001"CRED-002(Ù≥ΩÑË20r È"reminder-3-letter%
day-2025-04-29(ò¯¯üË20≤	
Èa
DR-000007-9	DR-000007DR-000007-INV-001"CRED-005(ÄË÷≠Ë20r!È"reminder-4-warning\
DR-000015-8	DR-000015DR-000015-INV-001"CRED-011(≤Ë÷≠Ë20rÈ"formal-noticef
DR-000030-8	DR-000030DR-000030-INV-001"CRED-005(‰Ë÷≠Ë20Z&
DR-000030-PAY-3ÔWEURÈ º
DR-000035-7	DR-000035DR-000035-INV-004"CRED-012(ñÈ÷≠Ë20R|
INV-000035-004	•æ@EURÈ"È0:Company 000035B35 rue de la R√©publiqueB
69008 LyonJdr-000035@example.comg
DR-000061-4	DR-000061DR-000061-INV-002"CRED-007(»È÷≠Ë20Z'
DR-000061-PAY-1	Ô´-EURÈ º
DR-000064-4	DR-000064DR-000064-INV-002"CRED-011(˙È÷≠Ë20R|
INV-000064-002	ıûEURÈ"È0:Company 000064B64 rue de la R√©publiqueB
69001 LyonJdr-000064@example.comΩ
DR-000086-5	DR-000086DR-000086-INV-002"CRED-002(¨Í÷≠Ë20R}
INV-000086-002	∂ÅEURÈ"È0:Customer 000086B86 rue de la R√©publiqueB
69005 LyonJdr-000086@example.comU
DR-000100-10	DR-000100"CRED-009(ﬁÍ÷≠Ë20Z'
DR-000100-PAY-2	Åø$EURÈ T
DR-000145-7	DR-000145"CRED-009(êÎ÷≠Ë20Z'
DR-000145-PAY-1	Èµ6EURÈ J
DR-000187-11	DR-000187"CRED-001(¬Î÷≠Ë20b
DR-000187-PAY-3È_
DR-000193-2	DR-000193DR-000193-INV-001"CRED-006(ÙÎ÷≠Ë20rÈ"reminder-1-email`
DR-000201-6	DR-000201DR-000201-INV-001"CRED-005(¶Ï÷≠Ë20r È"reminder-3-letter\
DR-000216-7	DR-000216DR-000216-INV-001"CRED-010(ÿÏ÷≠Ë20rÈ"formal-noticea
DR-000227-7	DR-000227DR-000227-INV-001"CRED-010(äÌ÷≠Ë20r!È"reminder-4-warninga
DR-000237-6	DR-000237DR-000237-INV-001"CRED-007(ºÌ÷≠Ë20r!È"reminder-4-warninga
DR-000245-5	DR-000245DR-000245-INV-001"CRED-002(ÓÌ÷≠Ë20r!È"reminder-4-warning%
day-2025-04-30(ò∞í…Ë20≤	
Èa
DR-000033-6	DR-000033DR-000033-INV-001"CRED-003(Ä†÷Ë20r!È"reminder-4-warningh
DR-000037-14	DR-000037DR-000037-INV-002"CRED-010(≤†÷Ë20Z'
DR-000037-PAY-1	ÎúEURÈ g
DR-000043-2	DR-000043DR-000043-INV-001"CRED-007(‰†÷Ë20Z'
DR-000043-PAY-1	È˘EURÈ a
DR-000044-15	DR-000044DR-000044-INV-002"CRED-002(ñ°÷Ë20r È"reminder-3-letter_
DR-000064-5	DR-000064DR-000064-INV-001"CRED-006(»°÷Ë20ä
goods not deliveredÈº
DR-000095-3	DR-000095DR-000095-INV-002"CRED-008(˙°÷Ë20R|
INV-000095-002æKEURÈ"È0:Customer 000095B95 rue de la R√©publiqueB
69005 LyonJdr-000095@example.comΩ
DR-000120-6	DR-000120DR-000120-INV-002"CRED-008(¨¢÷Ë20R}
INV-000120-002	∑–,EURÈ"È0:Company 000120B120 rue de la R√©publiqueB
69003 LyonJdr-000120@example.comæ
DR-000134-8	DR-000134DR-000134-INV-002"CRED-009(ﬁ¢÷Ë20R~
INV-000134-002	ß⁄EURÈ"È0:Customer 000134B134 rue de la R√©publiqueB
69008 LyonJdr-000134@example.comg
DR-000144-3	DR-000144DR-000144-INV-002"CRED-010(ê£÷Ë20Z'
DR-000144-PAY-1	±ñEURÈ b
DR-000150-11	DR-000150DR-000150-INV-002"CRED-012(¬£÷Ë20r!È"reminder-4-warninga
DR-000201-7	DR-000201DR-000201-INV-001"CRED-005(Ù£÷Ë20r!È"reminder-4-warningg
DR-000243-5	DR-000243DR-000243-INV-002"CRED-006(¶§÷Ë20Z'
DR-000243-PAY-2	ÖõEURÈ g
DR-000249-8	DR-000249DR-000249-INV-001"CRED-006(ÿ§÷Ë20Z'
DR-000249-PAY-2	ä∫CHFÈ %
day-2025-05-01(òË´ÚË20≤	
È\
DR-000009-10	DR-000009DR-000009-INV-001"CRED-011(ÄÿâÄÈ20¢ÈRG-000009-001d
DR-000035-8	DR-000035DR-000035-INV-004"CRED-012(≤ÿâÄÈ20j$
DR-000035-CN-8	€úEURÈ_
DR-000061-5	DR-000061DR-000061-INV-001"CRED-007(‰ÿâÄÈ20rÈ"reminder-2-phone\
DR-000068-8	DR-000068DR-000068-INV-001"CRED-008(ñŸâÄÈ20rÈ"formal-noticeI
DR-000074-5	DR-000074"CRED-011(»ŸâÄÈ20b
DR-000074-PAY-1Èg
DR-000085-12	DR-000085DR-000085-INV-002"CRED-012(˙ŸâÄÈ20Z&
DR-000085-PAY-3È EURÈ Ω
DR-000091-3	DR-000091DR-000091-INV-002"CRED-005(¨⁄âÄÈ20R}
INV-000091-002	≈€EURÈ"È0:Customer 000091B91 rue de la R√©publiqueB
69001 LyonJdr-000091@example.com\
DR-000117-9	DR-000117DR-000117-INV-001"CRED-004(ﬁ⁄âÄÈ20rÈ"formal-noticeR
DR-000164-8	DR-000164DR-000164-INV-001"CRED-011(ê€âÄÈ20ö
AGY-01È`
DR-000190-13	DR-000190DR-000190-INV-003"CRED-004(¬€âÄÈ20rÈ"reminder-1-email^
DR-000197-5	DR-000197DR-000197-INV-002"CRED-006(Ù€âÄÈ20rÈ"courtesy-reminderæ
DR-000199-3	DR-000199DR-000199-INV-002"CRED-007(¶‹âÄÈ20R~
INV-000199-002
õ´ÑEURÈ"È0:Company 000199B199 rue de la R√©publiqueB
69001 LyonJdr-000199@example.com^
DR-000237-7	DR-000237DR-000237-INV-002"CRED-007(ÿ‹âÄÈ20rÈ"courtesy-remindera
DR-000247-14	DR-000247DR-000247-INV-002"CRED-012(ä›âÄÈ20r È"reminder-3-letter%
day-2025-05-02(ò†≈õÈ20≤	
È_
DR-000002-9	DR-000002DR-000002-INV-002"CRED-001(Äê£©È20rÈ"reminder-2-phone^
DR-000002-10	DR-000002DR-000002-INV-002"CRED-001(≤ê£©È20z
	—ÅEURÈ	Èg
DR-000010-4	DR-000010DR-000010-INV-002"CRED-004(‰ê£©È20Z'
DR-000010-PAY-2	˝ÕEURÈ f
DR-000022-8	DR-000022DR-000022-INV-001"CRED-010(ñë£©È20Z&
DR-000022-PAY-1 GEURÈ \
DR-000024-6	DR-000024DR-000024-INV-001"CRED-008(»ë£©È20rÈ"formal-noticeh
DR-000031-14	DR-000031DR-000031-INV-002"CRED-011(˙ë£©È20Z'
DR-000031-PAY-2	¬∫CHFÈ h
DR-000035-9	DR-000035DR-000035-INV-003"CRED-012(¨í£©È20Z(
DR-000035-PAY-3
√‰ÍEURÈ ^
DR-000063-4	DR-000063DR-000063-INV-002"CRED-012(ﬁí£©È20rÈ"courtesy-reminderΩ
DR-000073-3	DR-000073DR-000073-INV-002"CRED-002(êì£©È20R}
INV-000073-002	ªÉEURÈ"È0:Customer 000073B73 rue de la R√©publiqueB
69001 LyonJdr-000073@example.com_
DR-000074-6	DR-000074DR-000074-INV-001"CRED-011(¬ì£©È20rÈ"reminder-2-phone`
DR-000105-9	DR-000105DR-000105-INV-002"CRED-001(Ùì£©È20r È"reminder-3-letter_
DR-000127-10	DR-000127DR-000127-INV-002"CRED-012(¶î£©È20rÈ"courtesy-reminder_
DR-000144-4	DR-000144DR-000144-INV-001"CRED-010(ÿî£©È20rÈ"reminder-1-emailÕ
DR-000150-12	DR-000150DR-000150-INV-003"CRED-012(äï£©È20Rã
INV-000150-003	ÎÏEURÈ"È*
È∞50:Company 000150B150 rue de la R√©publiqueB
69006 LyonJdr-000150@example.coma
DR-000160-6	DR-000160DR-000160-INV-001"CRED-010(ºï£©È20r!È"reminder-4-warningR
DR-000160-7	DR-000160DR-000160-INV-001"CRED-010(Óï£©È20ö
AGY-02Èb
DR-000168-10	DR-000168DR-000168-INV-001"CRED-002(†ñ£©È20r!È"reminder-4-warningf
DR-000169-7	DR-000169DR-000169-INV-001"CRED-009(“ñ£©È20Z&
DR-000169-PAY-2ï,EURÈ Ω
DR-000170-3	DR-000170DR-000170-INV-002"CRED-001(Ñó£©È20R}
INV-000170-002	í◊EURÈ"È0:Company 000170B170 rue de la R√©publiqueB
69008 LyonJdr-000170@example.com_
DR-000200-8	DR-000200DR-000200-INV-002"CRED-012(∂ó£©È20rÈ"reminder-1-emailg
DR-000221-4	DR-000221DR-000221-INV-002"CRED-004(Ëó£©È20Z'
DR-000221-PAY-2	âÆEURÈ _
DR-000224-4	DR-000224DR-000224-INV-002"CRED-005(öò£©È20rÈ"reminder-1-emailb
DR-000236-12	DR-000236DR-000236-INV-002"CRED-011(Ãò£©È20r!È"reminder-4-warningº
DR-000239-6	DR-000239DR-000239-INV-002"CRED-010(˛ò£©È20R|
INV-000239-002	Û“:EURÈ"È0:Company 000239B39 rue de la R√©publiqueB
69005 LyonJdr-000239@example.com%
day-2025-05-03(òÿﬁƒÈ20≤	
È`
DR-000018-6	DR-000018DR-000018-INV-001"CRED-006(Ä»º“È20r È"reminder-3-lettera
DR-000086-6	DR-000086DR-000086-INV-001"CRED-002(≤»º“È20r!È"reminder-4-warningΩ
DR-000087-7	DR-000087DR-000087-INV-002"CRED-010(‰»º“È20R}
INV-000087-002	 ºEURÈ"È0:Customer 000087B87 rue de la R√©publiqueB
69006 LyonJdr-000087@example.com\
DR-000099-6	DR-000099DR-000099-INV-001"CRED-010(ñ…º“È20rÈ"formal-noticeÃ
DR-000130-7	DR-000130DR-000130-INV-003"CRED-011(»…º“È20Rã
INV-000130-003	∆œ"EURÈ"È*
È–X0:Company 000130B130 rue de la R√©publiqueB
69004 LyonJdr-000130@example.com\
DR-000160-8	DR-000160DR-000160-INV-001"CRED-010(˙…º“È20rÈ"formal-noticeg
DR-000165-8	DR-000165DR-000165-INV-001"CRED-008(¨ º“È20Z'
DR-000165-PAY-2	Ú‚/EURÈ Ω
DR-000182-3	DR-000182DR-000182-INV-002"CRED-001(ﬁ º“È20R}
INV-000182-002	à˛EURÈ"È0:Company 000182B182 rue de la R√©publiqueB
69002 LyonJdr-000182@example.comg
DR-000184-8	DR-000184DR-000184-INV-001"CRED-005(êÀº“È20Z'
DR-000184-PAY-1	˚ EURÈ `
DR-000202-11	DR-000202DR-000202-INV-002"CRED-008(¬Àº“È20rÈ"reminder-1-email`
DR-000202-12	DR-000202DR-000202-INV-002"CRED-008(ÙÀº“È20ä
goods not deliveredÈ_
DR-000217-9	DR-000217DR-000217-INV-002"CRED-008(¶Ãº“È20rÈ"reminder-1-emailΩ
DR-000240-6	DR-000240DR-000240-INV-002"CRED-012(ÿÃº“È20R}
INV-000240-002
¨¯ŸEURÈ"È0:Company 000240B40 rue de la R√©publiqueB
69006 LyonJdr-000240@example.com%
day-2025-05-04(òê¯ÌÈ20≤	
Èg
DR-000015-9	DR-000015DR-000015-INV-001"CRED-011(ÄÄ÷˚È20Z'
DR-000015-PAY-3	ÉáEURÈ ^
DR-000023-9	DR-000023DR-000023-INV-002"CRED-001(≤Ä÷˚È20rÈ"courtesy-reminderh
DR-000032-12	DR-000032DR-000032-INV-001"CRED-010(‰Ä÷˚È20Z'
DR-000032-PAY-4	≥®GBPÈ h
DR-000035-10	DR-000035DR-000035-INV-004"CRED-012(ñÅ÷˚È20Z'
DR-000035-PAY-4	 °=EURÈ g
DR-000090-4	DR-000090DR-000090-INV-002"CRED-010(»Å÷˚È20Z'
DR-000090-PAY-2	‘—EURÈ g
DR-000093-5	DR-000093DR-000093-INV-001"CRED-003(˙Å÷˚È20Z'
DR-000093-PAY-1	ï¢EURÈ _
DR-000131-6	DR-000131DR-000131-INV-002"CRED-011(¨Ç÷˚È20rÈ"reminder-2-phone^
DR-000139-4	DR-000139DR-000139-INV-002"CRED-001(ﬁÇ÷˚È20rÈ"courtesy-reminder_
DR-000157-2	DR-000157DR-000157-INV-001"CRED-002(êÉ÷˚È20rÈ"reminder-1-email_
DR-000165-9	DR-000165DR-000165-INV-002"CRED-008(¬É÷˚È20rÈ"reminder-1-email`
DR-000187-12	DR-000187DR-000187-INV-002"CRED-001(ÙÉ÷˚È20rÈ"reminder-1-emaila
DR-000190-14	DR-000190DR-000190-INV-002"CRED-004(¶Ñ÷˚È20r È"reminder-3-letter`
DR-000197-6	DR-000197DR-000197-INV-001"CRED-006(ÿÑ÷˚È20r È"reminder-3-letter\
DR-000201-8	DR-000201DR-000201-INV-001"CRED-005(äÖ÷˚È20rÈ"formal-notice%
day-2025-05-05(ò»ëóÍ20≤	
È_
DR-000011-2	DR-000011DR-000011-INV-001"CRED-012(Ä∏Ô§Í20rÈ"reminder-1-emailS
DR-000016-7	DR-000016"CRED-001(≤∏Ô§Í20Z&
DR-000016-PAY-1ÌfEURÈ f
DR-000024-7	DR-000024DR-000024-INV-001"CRED-008(‰∏Ô§Í20Z&
DR-000024-PAY-1¸mEURÈ Ω
DR-000052-3	DR-000052DR-000052-INV-002"CRED-008(ñπÔ§Í20R}
INV-000052-002	¯∆EURÈ"È0:Customer 000052B52 rue de la R√©publiqueB
69007 LyonJdr-000052@example.coma
DR-000060-6	DR-000060DR-000060-INV-001"CRED-012(»πÔ§Í20r!È"reminder-4-warningº
DR-000063-5	DR-000063DR-000063-INV-003"CRED-012(˙πÔ§Í20R|
INV-000063-003	ëìEURÈ"È0:Company 000063B63 rue de la R√©publiqueB
69009 LyonJdr-000063@example.com`
DR-000074-7	DR-000074DR-000074-INV-001"CRED-011(¨∫Ô§Í20r È"reminder-3-letterº
DR-000079-3	DR-000079DR-000079-INV-002"CRED-006(ﬁ∫Ô§Í20R|
INV-000079-002πYEURÈ"È0:Customer 000079B79 rue de la R√©publiqueB
69007 LyonJdr-000079@example.com`
DR-000093-6	DR-000093DR-000093-INV-001"CRED-003(êªÔ§Í20r È"reminder-3-letteræ
DR-000113-5	DR-000113DR-000113-INV-002"CRED-007(¬ªÔ§Í20R~
INV-000113-002	√”EURÈ"È0:Customer 000113B113 rue de la R√©publiqueB
69005 LyonJdr-000113@example.comh
DR-000121-12	DR-000121DR-000121-INV-001"CRED-011(ÙªÔ§Í20Z'
DR-000121-PAY-1	¸Ñ,EURÈ b
DR-000121-13	DR-000121DR-000121-INV-002"CRED-011(¶ºÔ§Í20r!È"reminder-4-warningh
DR-000121-14	DR-000121DR-000121-INV-002"CRED-011(ÿºÔ§Í20Z'
DR-000121-PAY-2	˘Ã#EURÈ g
DR-000128-6	DR-000128DR-000128-INV-002"CRED-012(äΩÔ§Í20Z'
DR-000128-PAY-2	íÅEURÈ ]
DR-000181-11	DR-000181DR-000181-INV-001"CRED-003(ºΩÔ§Í20rÈ"formal-noticeæ
DR-000192-5	DR-000192DR-000192-INV-003"CRED-011(ÓΩÔ§Í20R~
INV-000192-003	¸‡EURÈ"È0:Customer 000192B192 rue de la R√©publiqueB
69003 LyonJdr-000192@example.comº
DR-000212-3	DR-000212DR-000212-INV-002"CRED-006(†æÔ§Í20R|
INV-000212-002	¯ﬂ7CHFÈ"È0:Company 000212B12 rue de la R√©publiqueB
69005 LyonJdr-000212@example.comΩ
DR-000229-10	DR-000229DR-000229-INV-003"CRED-009(“æÔ§Í20R|
INV-000229-003	≤ÄtEURÈ"È0:Company 000229B29 rue de la R√©publiqueB
69004 LyonJdr-000229@example.comg
DR-000244-7	DR-000244DR-000244-INV-001"CRED-002(ÑøÔ§Í20Z'
DR-000244-PAY-1	òˇ EURÈ %
day-2025-05-06(òÄ´¿Í20≤	
Èg
DR-000006-7	DR-000006DR-000006-INV-001"CRED-003(ÄàŒÍ20Z'
DR-000006-PAY-1	∑“EURÈ À
DR-000039-5	DR-000039DR-000039-INV-003"CRED-008(≤àŒÍ20Rä
INV-000039-003	íßEURÈ"È*
Èí0:Company 000039B39 rue de la R√©publiqueB
69003 LyonJdr-000039@example.comº
DR-000043-3	DR-000043DR-000043-INV-002"CRED-007(‰àŒÍ20R|
INV-000043-002	∑ÔEURÈ"È0:Company 000043B43 rue de la R√©publiqueB
69007 LyonJdr-000043@example.com^
DR-000089-5	DR-000089DR-000089-INV-002"CRED-006(ñÒàŒÍ20rÈ"courtesy-reminderh
DR-000097-11	DR-000097DR-000097-INV-001"CRED-010(»ÒàŒÍ20Z'
DR-000097-PAY-1	ËÚEURÈ º
DR-000114-3	DR-000114DR-000114-INV-002"CRED-002(˙ÒàŒÍ20R|
INV-000114-002ºAEURÈ"È0:Company 000114B114 rue de la R√©publiqueB
69006 LyonJdr-000114@example.comæ
DR-000125-3	DR-000125DR-000125-INV-002"CRED-011(¨ÚàŒÍ20R~
INV-000125-002	ø˙EURÈ"È0:Customer 000125B125 rue de la R√©publiqueB
69008 LyonJdr-000125@example.comΩ
DR-000128-7	DR-000128DR-000128-INV-003"CRED-012(ﬁÚàŒÍ20R}
INV-000128-003	Ö¡EURÈ"È0:Company 000128B128 rue de la R√©publiqueB
69002 LyonJdr-000128@example.com_
DR-000138-13	DR-000138DR-000138-INV-003"CRED-007(êÛàŒÍ20rÈ"courtesy-reminderh
DR-000149-12	DR-000149DR-000149-INV-001"CRED-009(¬ÛàŒÍ20Z'
DR-000149-PAY-2	⁄•EURÈ ^
DR-000167-5	DR-000167DR-000167-INV-002"CRED-004(ÙÛàŒÍ20rÈ"courtesy-reminderb
DR-000168-11	DR-000168DR-000168-INV-002"CRED-009(¶ÙàŒÍ20r!È"reminder-4-warning\
DR-000169-8	DR-000169DR-000169-INV-001"CRED-009(ÿÙàŒÍ20rÈ"formal-notice_
DR-000185-7	DR-000185DR-000185-INV-002"CRED-001(äıàŒÍ20rÈ"reminder-1-emailæ
DR-000189-3	DR-000189DR-000189-INV-002"CRED-008(ºıàŒÍ20R~
INV-000189-002
’ŸòEURÈ"È0:Company 000189B189 rue de la R√©publiqueB
69009 LyonJdr-000189@example.com_
DR-000193-3	DR-000193DR-000193-INV-001"CRED-006(ÓıàŒÍ20rÈ"reminder-2-phoneh
DR-000197-7	DR-000197DR-000197-INV-001"CRED-006(†ˆàŒÍ20Z(
DR-000197-PAY-1
ÆŸ◊EURÈ b
DR-000203-16	DR-000203DR-000203-INV-002"CRED-011(“ˆàŒÍ20r!È"reminder-4-warningΩ
DR-000238-3	DR-000238DR-000238-INV-002"CRED-005(Ñ˜àŒÍ20R}
INV-000238-002
õﬁÉEURÈ"È0:Company 000238B38 rue de la R√©publiqueB
69004 LyonJdr-000238@example.com_
DR-000246-9	DR-000246DR-000246-INV-002"CRED-003(∂˜àŒÍ20rÈ"reminder-1-emailr
DR-000250-4	DR-000250DR-000250-INV-002"CRED-007(Ë˜àŒÍ20ä1
billing error on some lines	£EURÈ%
day-2025-05-07(ò∏ƒÈÍ20≤	
Èæ
DR-000015-10	DR-000015DR-000015-INV-002"CRED-011(Ä®¢˜Í20R}
INV-000015-002	ﬂ˜EURÈ"È0:Customer 000015B15 rue de la R√©publiqueB
69006 LyonJdr-000015@example.comº
DR-000026-9	DR-000026DR-000026-INV-003"CRED-003(≤®¢˜Í20R|
INV-000026-003	òºREURÈ"È0:Company 000026B26 rue de la R√©publiqueB
69008 LyonJdr-000026@example.com`
DR-000028-7	DR-000028DR-000028-INV-001"CRED-008(‰®¢˜Í20r È"reminder-3-letter_
DR-000113-6	DR-000113DR-000113-INV-001"CRED-007(ñ©¢˜Í20rÈ"reminder-2-phoneX
DR-000136-14	DR-000136DR-000136-INV-002"CRED-004(»©¢˜Í20í	ûÏEURÈb
DR-000155-10	DR-000155DR-000155-INV-002"CRED-006(˙©¢˜Í20r!È"reminder-4-warningg
DR-000167-6	DR-000167DR-000167-INV-002"CRED-004(¨™¢˜Í20Z'
DR-000167-PAY-2	˘§CHFÈ Ω
DR-000172-6	DR-000172DR-000172-INV-003"CRED-010(ﬁ™¢˜Í20R}
INV-000172-003	£·-EURÈ"È0:Company 000172B172 rue de la R√©publiqueB
69001 LyonJdr-000172@example.com_
DR-000173-5	DR-000173DR-000173-INV-002"CRED-008(ê´¢˜Í20rÈ"reminder-1-emailh
DR-000181-12	DR-000181DR-000181-INV-002"CRED-009(¬´¢˜Í20Z'
DR-000181-PAY-1	ØîEURÈ º
DR-000207-7	DR-000207DR-000207-INV-002"CRED-005(Ù´¢˜Í20R|
INV-000207-002	„◊EURÈ"È0:Customer 000207B7 rue de la R√©publiqueB
69009 LyonJdr-000207@example.com\
DR-000209-7	DR-000209DR-000209-INV-001"CRED-002(¶¨¢˜Í20rÈ"formal-notice^
DR-000219-8	DR-000219DR-000219-INV-003"CRED-012(ÿ¨¢˜Í20rÈ"courtesy-reminder]
DR-000228-15	DR-000228DR-000228-INV-002"CRED-012(ä≠¢˜Í20rÈ"formal-noticeM
DR-000229-11	DR-000229DR-000229-INV-002"CRED-009(º≠¢˜Í20íÈS
DR-000246-10	DR-000246DR-000246-INV-001"CRED-003(Ó≠¢˜Í20ö
AGY-02Èº
DR-000249-9	DR-000249DR-000249-INV-002"CRED-006(†Æ¢˜Í20R|
INV-000249-002	‡˜#CHFÈ"È0:Company 000249B49 rue de la R√©publiqueB
69006 LyonJdr-000249@example.com%
day-2025-05-08(ò›íÎ20≤	
Èh
DR-000002-11	DR-000002DR-000002-INV-002"CRED-001(Ä‡ª†Î20Z'
DR-000002-PAY-2	—ÅEURÈ	 f
DR-000021-9	DR-000021DR-000021-INV-001"CRED-010(≤‡ª†Î20Z&
DR-000021-PAY-3ûKGBPÈ	 a
DR-000028-8	DR-000028DR-000028-INV-001"CRED-008(‰‡ª†Î20r!È	"reminder-4-warningf
DR-000034-6	DR-000034DR-000034-INV-001"CRED-011(ñ·ª†Î20Z&
DR-000034-PAY-2äEURÈ	 \
DR-000041-8	DR-000041DR-000041-INV-001"CRED-008(»·ª†Î20rÈ	"formal-notice`
DR-000061-6	DR-000061DR-000061-INV-001"CRED-007(˙·ª†Î20r È	"reminder-3-letterg
DR-000074-8	DR-000074DR-000074-INV-001"CRED-011(¨‚ª†Î20Z'
DR-000074-PAY-2	†˘EURÈ	 U
DR-000105-10	DR-000105"CRED-001(ﬁ‚ª†Î20Z'
DR-000105-PAY-2	ÊŸEURÈ	 `
DR-000113-7	DR-000113DR-000113-INV-001"CRED-007(ê„ª†Î20r È	"reminder-3-letterg
DR-000122-7	DR-000122DR-000122-INV-001"CRED-002(¬„ª†Î20Z'
DR-000122-PAY-1	Êá5EURÈ	 Ω
DR-000129-8	DR-000129DR-000129-INV-003"CRED-007(Ù„ª†Î20R}
INV-000129-003	±≈EURÈ	"È0:Company 000129B129 rue de la R√©publiqueB
69003 LyonJdr-000129@example.comf
DR-000129-9	DR-000129DR-000129-INV-002"CRED-007(¶‰ª†Î20Z&
DR-000129-PAY-2ΩEURÈ	 `
DR-000136-15	DR-000136DR-000136-INV-002"CRED-004(ÿ‰ª†Î20rÈ	"reminder-2-phoneg
DR-000171-5	DR-000171DR-000171-INV-002"CRED-006(äÂª†Î20Z'
DR-000171-PAY-2	ÛÏEURÈ	 `
DR-000190-15	DR-000190DR-000190-INV-003"CRED-004(ºÂª†Î20rÈ	"reminder-2-phoneh
DR-000198-10	DR-000198DR-000198-INV-001"CRED-004(ÓÂª†Î20Z'
DR-000198-PAY-1	¯ﬂoEURÈ	 Ã
DR-000200-9	DR-000200DR-000200-INV-003"CRED-012(†Êª†Î20Rã
INV-000200-003	Î£EURÈ	"È*
Èî>0:Company 000200B200 rue de la R√©publiqueB
69002 LyonJdr-000200@example.com]
DR-000200-10	DR-000200DR-000200-INV-001"CRED-012(“Êª†Î20rÈ	"formal-noticei
DR-000203-17	DR-000203DR-000203-INV-002"CRED-011(ÑÁª†Î20Z(
DR-000203-PAY-4
ä»ãEURÈ	 \
DR-000206-6	DR-000206DR-000206-INV-001"CRED-002(∂Áª†Î20rÈ	"formal-notice`
DR-000229-12	DR-000229DR-000229-INV-002"CRED-009(ËÁª†Î20rÈ	"reminder-1-email_
DR-000235-4	DR-000235DR-000235-INV-002"CRED-006(öËª†Î20rÈ	"reminder-1-email\
DR-000240-7	DR-000240DR-000240-INV-001"CRED-012(ÃËª†Î20rÈ	"formal-notice\
DR-000248-7	DR-000248DR-000248-INV-001"CRED-005(˛Ëª†Î20rÈ	"formal-notice%
day-2025-05-09(ò®˜ªÎ20≤	
È	`
DR-000009-11	DR-000009DR-000009-INV-002"CRED-011(Äò’…Î20rÈ
"reminder-1-email\
DR-000027-8	DR-000027DR-000027-INV-001"CRED-009(≤ò’…Î20rÈ
"formal-notice\
DR-000028-9	DR-000028DR-000028-INV-001"CRED-008(‰ò’…Î20rÈ
"formal-noticeb
DR-000044-16	DR-000044DR-000044-INV-002"CRED-002(ñô’…Î20r!È
"reminder-4-warningº
DR-000059-4	DR-000059DR-000059-INV-003"CRED-006(»ô’…Î20R|
INV-000059-003	ÑèUSDÈ
"È	0:Company 000059B59 rue de la R√©publiqueB
69005 LyonJdr-000059@example.comº
DR-000075-5	DR-000075DR-000075-INV-002"CRED-005(˙ô’…Î20R|
INV-000075-002	∫õGBPÈ
"È	0:Company 000075B75 rue de la R√©publiqueB
69003 LyonJdr-000075@example.comr
DR-000089-6	DR-000089DR-000089-INV-002"CRED-006(¨ö’…Î20ä1
billing error on some lines	ˇ≤EURÈ
º
DR-000093-7	DR-000093DR-000093-INV-002"CRED-003(ﬁö’…Î20R|
INV-000093-002	«‰EURÈ
"È	0:Company 000093B93 rue de la R√©publiqueB
69003 LyonJdr-000093@example.comg
DR-000101-4	DR-000101DR-000101-INV-002"CRED-004(êõ’…Î20Z'
DR-000101-PAY-2	√Ö%EURÈ
 ^
DR-000102-5	DR-000102DR-000102-INV-002"CRED-006(¬õ’…Î20rÈ
"courtesy-remindera
DR-000113-8	DR-000113DR-000113-INV-001"CRED-007(Ùõ’…Î20r!È
"reminder-4-warninga
DR-000129-10	DR-000129DR-000129-INV-002"CRED-007(¶ú’…Î20r È
"reminder-3-letterΩ
DR-000131-7	DR-000131DR-000131-INV-003"CRED-011(ÿú’…Î20R}
INV-000131-003	÷¸USDÈ
"È	0:Company 000131B131 rue de la R√©publiqueB
69005 LyonJdr-000131@example.coma
DR-000136-16	DR-000136DR-000136-INV-002"CRED-004(äù’…Î20r È
"reminder-3-letter_
DR-000144-5	DR-000144DR-000144-INV-001"CRED-010(ºù’…Î20rÈ
"reminder-2-phone\
DR-000194-7	DR-000194DR-000194-INV-001"CRED-001(Óù’…Î20rÈ
"formal-notice`
DR-000200-11	DR-000200DR-000200-INV-002"CRED-012(†û’…Î20rÈ
"reminder-2-phone^
DR-000204-7	DR-000204DR-000204-INV-002"CRED-006(“û’…Î20rÈ
"courtesy-reminderR
DR-000216-8	DR-000216DR-000216-INV-001"CRED-010(Ñü’…Î20ö
AGY-01È
_
DR-000224-5	DR-000224DR-000224-INV-002"CRED-005(∂ü’…Î20rÈ
"reminder-2-phone`
DR-000229-13	DR-000229DR-000229-INV-002"CRED-009(Ëü’…Î20rÈ
"reminder-2-phone%
day-2025-05-10(ò‡êÂÎ20≤	
È
_
DR-000030-9	DR-000030DR-000030-INV-002"CRED-005(Ä–ÓÚÎ20rÈ"reminder-1-emailg
DR-000039-6	DR-000039DR-000039-INV-003"CRED-008(≤–ÓÚÎ20Z'
DR-000039-PAY-3	ÄóEURÈ _
DR-000072-5	DR-000072DR-000072-INV-002"CRED-001(‰–ÓÚÎ20rÈ"reminder-1-emailb
DR-000136-17	DR-000136DR-000136-INV-002"CRED-004(ñ—ÓÚÎ20r!È"reminder-4-warningh
DR-000138-14	DR-000138DR-000138-INV-002"CRED-007(»—ÓÚÎ20Z'
DR-000138-PAY-4	ÈõEURÈ h
DR-000150-13	DR-000150DR-000150-INV-003"CRED-012(˙—ÓÚÎ20Z'
DR-000150-PAY-2	ª∑EURÈ æ
DR-000161-5	DR-000161DR-000161-INV-002"CRED-007(¨“ÓÚÎ20R~
INV-000161-002	∂ﬂUSDÈ"È
0:Customer 000161B161 rue de la R√©publiqueB
69008 LyonJdr-000161@example.comΩ
DR-000178-3	DR-000178DR-000178-INV-002"CRED-006(ﬁ“ÓÚÎ20R}
INV-000178-002ÒhUSDÈ"È
0:Customer 000178B178 rue de la R√©publiqueB
69007 LyonJdr-000178@example.comº
DR-000206-7	DR-000206DR-000206-INV-002"CRED-002(ê”ÓÚÎ20R|
INV-000206-002	π˝EURÈ"È
0:Customer 000206B6 rue de la R√©publiqueB
69008 LyonJdr-000206@example.com`
DR-000217-10	DR-000217DR-000217-INV-002"CRED-008(¬”ÓÚÎ20rÈ"reminder-2-phone]
DR-000217-11	DR-000217DR-000217-INV-002"CRED-008(Ù”ÓÚÎ20z
êXEURÈÈg
DR-000225-10	DR-000225DR-000225-INV-001"CRED-001(¶‘ÓÚÎ20Z&
DR-000225-PAY-4–EEURÈ Z
DR-000228-16	DR-000228DR-000228-INV-001"CRED-012(ÿ‘ÓÚÎ20™
Èuncollectablea
DR-000229-14	DR-000229DR-000229-INV-002"CRED-009(ä’ÓÚÎ20r È"reminder-3-letter\
DR-000236-13	DR-000236DR-000236-INV-001"CRED-011(º’ÓÚÎ20¢ÈRG-000236-001b
DR-000247-15	DR-000247DR-000247-INV-002"CRED-012(Ó’ÓÚÎ20r!È"reminder-4-warning%
day-2025-05-11(òò™éÏ20≤	
Èg
DR-000014-5	DR-000014DR-000014-INV-002"CRED-006(ÄààúÏ20Z'
DR-000014-PAY-2	à˛GUSDÈ º
DR-000041-9	DR-000041DR-000041-INV-002"CRED-008(≤ààúÏ20R|
INV-000041-002	–ÆEURÈ"È0:Company 000041B41 rue de la R√©publiqueB
69005 LyonJdr-000041@example.comÕ
DR-000056-6	DR-000056DR-000056-INV-003"CRED-002(‰ààúÏ20Rå
INV-000056-003
Ñ±ôEURÈ"È*
È‘à0:Company 000056B56 rue de la R√©publiqueB
69002 LyonJdr-000056@example.com\
DR-000092-9	DR-000092DR-000092-INV-001"CRED-012(ñâàúÏ20rÈ"formal-notice\
DR-000113-9	DR-000113DR-000113-INV-001"CRED-007(»âàúÏ20rÈ"formal-noticeg
DR-000126-4	DR-000126DR-000126-INV-002"CRED-009(˙âàúÏ20Z'
DR-000126-PAY-2	πèUSDÈ `
DR-000131-8	DR-000131DR-000131-INV-002"CRED-011(¨äàúÏ20r È"reminder-3-letter]
DR-000132-10	DR-000132DR-000132-INV-001"CRED-012(ﬁäàúÏ20rÈ"formal-noticeg
DR-000152-4	DR-000152DR-000152-INV-002"CRED-005(êãàúÏ20Z'
DR-000152-PAY-2	Œ˜vEURÈ _
DR-000157-3	DR-000157DR-000157-INV-001"CRED-002(¬ãàúÏ20rÈ"reminder-2-phone_
DR-000158-8	DR-000158DR-000158-INV-002"CRED-010(ÙãàúÏ20rÈ"reminder-1-email`
DR-000165-10	DR-000165DR-000165-INV-002"CRED-008(¶åàúÏ20rÈ"reminder-2-phoneæ
DR-000175-4	DR-000175DR-000175-INV-002"CRED-003(ÿåàúÏ20R~
INV-000175-002	ÖâGBPÈ"È0:Customer 000175B175 rue de la R√©publiqueB
69004 LyonJdr-000175@example.com`
DR-000187-13	DR-000187DR-000187-INV-002"CRED-001(äçàúÏ20rÈ"reminder-2-phonei
DR-000187-14	DR-000187DR-000187-INV-002"CRED-001(ºçàúÏ20Z(
DR-000187-PAY-4
ÿ»µGBPÈ h
DR-000190-16	DR-000190DR-000190-INV-003"CRED-004(ÓçàúÏ20Z'
DR-000190-PAY-2	ñÛEURÈ _
DR-000197-8	DR-000197DR-000197-INV-002"CRED-006(†éàúÏ20rÈ"reminder-1-emailf
DR-000224-6	DR-000224DR-000224-INV-002"CRED-005(“éàúÏ20Z&
DR-000224-PAY-2õ:EURÈ b
DR-000229-15	DR-000229DR-000229-INV-002"CRED-009(ÑèàúÏ20r!È"reminder-4-warning_
DR-000237-8	DR-000237DR-000237-INV-002"CRED-007(∂èàúÏ20rÈ"reminder-1-emailº
DR-000243-6	DR-000243DR-000243-INV-003"CRED-006(ËèàúÏ20R|
INV-000243-003	≥ƒEURÈ"È0:Company 000243B43 rue de la R√©publiqueB
69009 LyonJdr-000243@example.com%
day-2025-05-12(ò–√∑Ï20≤	
È_
DR-000011-3	DR-000011DR-000011-INV-001"CRED-012(Ä¿°≈Ï20rÈ"reminder-2-phonea
DR-000018-7	DR-000018DR-000018-INV-001"CRED-006(≤¿°≈Ï20r!È"reminder-4-warning`
DR-000019-11	DR-000019DR-000019-INV-002"CRED-002(‰¿°≈Ï20rÈ"reminder-1-emailh
DR-000019-12	DR-000019DR-000019-INV-002"CRED-002(ñ¡°≈Ï20Z'
DR-000019-PAY-4	ÿ‹EURÈ \
DR-000042-7	DR-000042DR-000042-INV-001"CRED-006(»¡°≈Ï20rÈ"formal-noticeÀ
DR-000061-7	DR-000061DR-000061-INV-001"CRED-007(˙¡°≈Ï20Çâ
DR-000061-PLAN-7È
È	®‘*EUR
È	®‘*EUR
È	®‘*EUR
È		®‘*EUR
È
	´‘*EUR_
DR-000063-6	DR-000063DR-000063-INV-002"CRED-012(¨¬°≈Ï20rÈ"reminder-1-emailº
DR-000067-9	DR-000067DR-000067-INV-003"CRED-006(ﬁ¬°≈Ï20R|
INV-000067-003	∏‚EURÈ"È0:Company 000067B67 rue de la R√©publiqueB
69004 LyonJdr-000067@example.comΩ
DR-000080-11	DR-000080DR-000080-INV-003"CRED-012(ê√°≈Ï20R|
INV-000080-003	»–EURÈ"È0:Company 000080B80 rue de la R√©publiqueB
69008 LyonJdr-000080@example.coma
DR-000093-8	DR-000093DR-000093-INV-001"CRED-003(¬√°≈Ï20r!È"reminder-4-warning`
DR-000112-10	DR-000112DR-000112-INV-003"CRED-001(Ù√°≈Ï20rÈ"reminder-1-email\
DR-000120-7	DR-000120DR-000120-INV-001"CRED-002(¶ƒ°≈Ï20rÈ"formal-notice`
DR-000127-11	DR-000127DR-000127-INV-002"CRED-012(ÿƒ°≈Ï20rÈ"reminder-1-email]
DR-000136-18	DR-000136DR-000136-INV-002"CRED-004(ä≈°≈Ï20rÈ"formal-noticeΩ
DR-000187-15	DR-000187DR-000187-INV-003"CRED-001(º≈°≈Ï20R|
INV-000187-003‰gGBPÈ"È0:Company 000187B187 rue de la R√©publiqueB
69007 LyonJdr-000187@example.com%
day-2025-05-13(òà›‡Ï20≤	
Èg
DR-000018-8	DR-000018DR-000018-INV-001"CRED-006(Ä¯∫ÓÏ20Z'
DR-000018-PAY-2	‡ﬁ$EURÈ Ω
DR-000045-7	DR-000045DR-000045-INV-002"CRED-002(≤¯∫ÓÏ20R}
INV-000045-002	ìú
EURÈ"È0:Customer 000045B45 rue de la R√©publiqueB
69009 LyonJdr-000045@example.com_
DR-000059-5	DR-000059DR-000059-INV-002"CRED-006(‰¯∫ÓÏ20rÈ"reminder-1-email_
DR-000062-9	DR-000062DR-000062-INV-003"CRED-006(ñ˘∫ÓÏ20ä
goods not deliveredÈM
DR-000062-10	DR-000062DR-000062-INV-002"CRED-006(»˘∫ÓÏ20íÈΩ
DR-000109-3	DR-000109DR-000109-INV-002"CRED-004(˙˘∫ÓÏ20R}
INV-000109-002	ïº8EURÈ"È0:Company 000109B109 rue de la R√©publiqueB
69001 LyonJdr-000109@example.com_
DR-000119-8	DR-000119DR-000119-INV-002"CRED-007(¨˙∫ÓÏ20rÈ"reminder-1-email_
DR-000185-8	DR-000185DR-000185-INV-002"CRED-001(ﬁ˙∫ÓÏ20rÈ"reminder-2-phone]
DR-000185-9	DR-000185DR-000185-INV-002"CRED-001(ê˚∫ÓÏ20z
	Ú∂EURÈÈΩ
DR-000188-3	DR-000188DR-000188-INV-002"CRED-001(¬˚∫ÓÏ20R}
INV-000188-002	ÉŸqEURÈ"È0:Company 000188B188 rue de la R√©publiqueB
69008 LyonJdr-000188@example.comb
DR-000190-17	DR-000190DR-000190-INV-002"CRED-004(Ù˚∫ÓÏ20r!È"reminder-4-warning`
DR-000193-4	DR-000193DR-000193-INV-001"CRED-006(¶¸∫ÓÏ20r È"reminder-3-letterΩ
DR-000194-8	DR-000194DR-000194-INV-002"CRED-001(ÿ¸∫ÓÏ20R}
INV-000194-002	≥µUSDÈ"È0:Company 000194B194 rue de la R√©publiqueB
69005 LyonJdr-000194@example.comº
DR-000201-9	DR-000201DR-000201-INV-002"CRED-005(ä˝∫ÓÏ20R|
INV-000201-002	ÿ†EURÈ"È0:Customer 000201B1 rue de la R√©publiqueB
69003 LyonJdr-000201@example.comh
DR-000201-10	DR-000201DR-000201-INV-001"CRED-005(º˝∫ÓÏ20Z'
DR-000201-PAY-1	êﬂEURÈ Ω
DR-000203-18	DR-000203DR-000203-INV-003"CRED-011(Ó˝∫ÓÏ20R|
INV-000203-003
…√⁄EURÈ"È0:Company 000203B3 rue de la R√©publiqueB
69005 LyonJdr-000203@example.com\
DR-000239-7	DR-000239DR-000239-INV-001"CRED-010(†˛∫ÓÏ20rÈ"formal-notice`
DR-000246-11	DR-000246DR-000246-INV-002"CRED-003(“˛∫ÓÏ20rÈ"reminder-2-phoneg
DR-000247-16	DR-000247DR-000247-INV-002"CRED-012(Ñˇ∫ÓÏ20Z&
DR-000247-PAY-4âXEURÈ %
day-2025-05-14(ò¿ˆâÌ20≤	
Èª
DR-000004-5	DR-000004DR-000004-INV-003"CRED-003(Ä∞‘óÌ20R{
INV-000004-003	ŒÆEURÈ"È0:Company 000004B4 rue de la R√©publiqueB
69004 LyonJdr-000004@example.com]
DR-000007-10	DR-000007DR-000007-INV-001"CRED-005(≤∞‘óÌ20rÈ"formal-notice_
DR-000018-9	DR-000018DR-000018-INV-002"CRED-006(‰∞‘óÌ20rÈ"reminder-1-email`
DR-000023-10	DR-000023DR-000023-INV-002"CRED-001(ñ±‘óÌ20rÈ"reminder-1-emaili
DR-000037-15	DR-000037DR-000037-INV-001"CRED-010(»±‘óÌ20Z(
DR-000037-PAY-2
≤èäEURÈ `
DR-000062-11	DR-000062DR-000062-INV-002"CRED-006(˙±‘óÌ20rÈ"reminder-1-emailh
DR-000117-10	DR-000117DR-000117-INV-001"CRED-004(¨≤‘óÌ20Z'
DR-000117-PAY-3	’ÙEURÈ r
DR-000120-8	DR-000120DR-000120-INV-002"CRED-008(ﬁ≤‘óÌ20ä1
billing error on some lines	Õ¯EURÈb
DR-000129-11	DR-000129DR-000129-INV-002"CRED-007(ê≥‘óÌ20r!È"reminder-4-warningæ
DR-000136-19	DR-000136DR-000136-INV-003"CRED-004(¬≥‘óÌ20R}
INV-000136-003	Ä’EURÈ"È0:Company 000136B136 rue de la R√©publiqueB
69001 LyonJdr-000136@example.com_
DR-000139-5	DR-000139DR-000139-INV-002"CRED-001(Ù≥‘óÌ20rÈ"reminder-1-emailg
DR-000140-9	DR-000140DR-000140-INV-001"CRED-003(¶¥‘óÌ20Z'
DR-000140-PAY-2	≥‡EURÈ g
DR-000157-4	DR-000157DR-000157-INV-001"CRED-002(ÿ¥‘óÌ20Z'
DR-000157-PAY-1	ﬂ»EURÈ _
DR-000173-6	DR-000173DR-000173-INV-002"CRED-008(äµ‘óÌ20rÈ"reminder-2-phone^
DR-000183-5	DR-000183DR-000183-INV-002"CRED-010(ºµ‘óÌ20rÈ"courtesy-reminderæ
DR-000217-12	DR-000217DR-000217-INV-003"CRED-008(Óµ‘óÌ20R}
INV-000217-003	ƒ‹EURÈ"È0:Customer 000217B17 rue de la R√©publiqueB
69001 LyonJdr-000217@example.com\
DR-000227-8	DR-000227DR-000227-INV-001"CRED-010(†∂‘óÌ20rÈ"formal-noticee
DR-000229-16	DR-000229DR-000229-INV-002"CRED-009(“∂‘óÌ20j$
DR-000229-CN-16à%EURÈ\
DR-000237-9	DR-000237DR-000237-INV-001"CRED-007(Ñ∑‘óÌ20rÈ"formal-noticeª
DR-000245-6	DR-000245DR-000245-INV-002"CRED-002(∂∑‘óÌ20R{
INV-000245-002πVEURÈ"È0:Company 000245B45 rue de la R√©publiqueB
69002 LyonJdr-000245@example.com\
DR-000245-7	DR-000245DR-000245-INV-001"CRED-002(Ë∑‘óÌ20rÈ"formal-notice%
day-2025-05-15(ò¯è≥Ì20≤	
Èº
DR-000006-8	DR-000006DR-000006-INV-002"CRED-003(ÄËÌ¿Ì20R|
INV-000006-002	ŒºEURÈ"È0:Customer 000006B6 rue de la R√©publiqueB
69006 LyonJdr-000006@example.comº
DR-000011-4	DR-000011DR-000011-INV-002"CRED-012(≤ËÌ¿Ì20R|
INV-000011-002	õüEURÈ"È0:Company 000011B11 rue de la R√©publiqueB
69002 LyonJdr-000011@example.comg
DR-000020-5	DR-000020DR-000020-INV-001"CRED-009(‰ËÌ¿Ì20Z'
DR-000020-PAY-1	ı∏#EURÈ \
DR-000033-7	DR-000033DR-000033-INV-001"CRED-003(ñÈÌ¿Ì20rÈ"formal-notice`
DR-000062-12	DR-000062DR-000062-INV-002"CRED-006(»ÈÌ¿Ì20rÈ"reminder-2-phone_
DR-000076-7	DR-000076DR-000076-INV-002"CRED-008(˙ÈÌ¿Ì20rÈ"reminder-1-emailg
DR-000092-10	DR-000092DR-000092-INV-001"CRED-012(¨ÍÌ¿Ì20Z&
DR-000092-PAY-1‚CHFÈ Ω
DR-000119-9	DR-000119DR-000119-INV-003"CRED-007(ﬁÍÌ¿Ì20R}
INV-000119-003	° EURÈ"È0:Company 000119B119 rue de la R√©publiqueB
69002 LyonJdr-000119@example.com^
DR-000143-5	DR-000143DR-000143-INV-002"CRED-007(êÎÌ¿Ì20rÈ"courtesy-reminder]
DR-000150-14	DR-000150DR-000150-INV-002"CRED-012(¬ÎÌ¿Ì20rÈ"formal-noticef
DR-000153-7	DR-000153DR-000153-INV-001"CRED-012(ÙÎÌ¿Ì20Z&
DR-000153-PAY-1úJEURÈ h
DR-000168-12	DR-000168DR-000168-INV-002"CRED-009(¶ÏÌ¿Ì20Z'
DR-000168-PAY-1	π©.EURÈ `
DR-000062-12	DR-000062DR-000062-INV-002"CRED-006(»ÈÌ¿Ì20rÈ"reminder-2-phoneg
DR-000210-6	DR-000210DR-000210-INV-002"CRED-002(äÌÌ¿Ì20Z'
DR-000210-PAY-2	ßéEURÈ Ω
DR-000224-7	DR-000224DR-000224-INV-003"CRED-005(ºÌÌ¿Ì20R}
INV-000224-003	ï‰EURÈ"È0:Customer 000224B24 rue de la R√©publiqueB
69008 LyonJdr-000224@example.com_
DR-000235-5	DR-000235DR-000235-INV-002"CRED-006(ÓÌÌ¿Ì20rÈ"reminder-2-phoneh
DR-000247-17	DR-000247DR-000247-INV-001"CRED-012(†ÓÌ¿Ì20Z'
DR-000247-PAY-5	Ï˝EURÈ %
day-2025-05-16(ò∞©‹Ì20≤	
Èg
DR-000005-4	DR-000005DR-000005-INV-002"CRED-004(Ä†áÍÌ20Z'
DR-000005-PAY-2	öªEURÈ `
DR-000009-12	DR-000009DR-000009-INV-002"CRED-011(≤†áÍÌ20rÈ"reminder-2-phone]
DR-000009-13	DR-000009DR-000009-INV-002"CRED-011(‰†áÍÌ20z
ÛSEURÈÈ^
DR-000042-8	DR-000042DR-000042-INV-002"CRED-006(ñ°áÍÌ20rÈ"courtesy-remindera
DR-000062-13	DR-000062DR-000062-INV-002"CRED-006(»°áÍÌ20r È"reminder-3-letter`
DR-000138-15	DR-000138DR-000138-INV-003"CRED-007(˙°áÍÌ20rÈ"reminder-1-email`
DR-000144-6	DR-000144DR-000144-INV-001"CRED-010(¨¢áÍÌ20r È"reminder-3-letteræ
DR-000181-13	DR-000181DR-000181-INV-003"CRED-003(ﬁ¢áÍÌ20R}
INV-000181-003	¡êEURÈ"È0:Company 000181B181 rue de la R√©publiqueB
69001 LyonJdr-000181@example.coma
DR-000200-12	DR-000200DR-000200-INV-002"CRED-012(ê£áÍÌ20r È"reminder-3-letterº
DR-000218-4	DR-000218DR-000218-INV-003"CRED-001(¬£áÍÌ20R|
INV-000218-003	∑–USDÈ"È0:Company 000218B18 rue de la R√©publiqueB
69002 LyonJdr-000218@example.com%
day-2025-05-17(òË¬ÖÓ20≤	
È`
DR-000030-10	DR-000030DR-000030-INV-002"CRED-005(Äÿ†ìÓ20rÈ"reminder-2-phone∂
DR-000030-11	DR-000030DR-000030-INV-002"CRED-005(≤ÿ†ìÓ20Çt
DR-000030-PLAN-11È
È	ÖªEUR
È	ÖªEUR
È	ÖªEUR
È	àªEURg
DR-000044-17	DR-000044DR-000044-INV-002"CRED-002(‰ÿ†ìÓ20Z&
DR-000044-PAY-2ÛFEURÈ Ω
DR-000048-3	DR-000048DR-000048-INV-002"CRED-005(ñŸ†ìÓ20R}
INV-000048-002	Â˜	EURÈ"È0:Customer 000048B48 rue de la R√©publiqueB
69003 LyonJdr-000048@example.com_
DR-000072-6	DR-000072DR-000072-INV-002"CRED-001(»Ÿ†ìÓ20rÈ"reminder-2-phoneS
DR-000080-12	DR-000080DR-000080-INV-001"CRED-012(˙Ÿ†ìÓ20ö
AGY-01ÈÃ
DR-000142-5	DR-000142DR-000142-INV-003"CRED-005(¨⁄†ìÓ20Rã
INV-000142-003	—†-EURÈ"È*
ÈÌs0:Company 000142B142 rue de la R√©publiqueB
69007 LyonJdr-000142@example.comæ
DR-000153-8	DR-000153DR-000153-INV-002"CRED-012(ﬁ⁄†ìÓ20R~
INV-000153-002	ºüEURÈ"È0:Customer 000153B153 rue de la R√©publiqueB
69009 LyonJdr-000153@example.com]
DR-000168-13	DR-000168DR-000168-INV-001"CRED-002(ê€†ìÓ20rÈ"formal-notice_
DR-000219-9	DR-000219DR-000219-INV-003"CRED-012(¬€†ìÓ20rÈ"reminder-1-email]
DR-000236-14	DR-000236DR-000236-INV-002"CRED-011(Ù€†ìÓ20rÈ"formal-noticeh
DR-000236-15	DR-000236DR-000236-INV-002"CRED-011(¶‹†ìÓ20Z'
DR-000236-PAY-1	à◊EURÈ %
day-2025-05-18(ò†‹ÆÓ20≤	
Èh
DR-000058-11	DR-000058DR-000058-INV-001"CRED-007(Äê∫ºÓ20Z'
DR-000058-PAY-2	ä±#EURÈ g
DR-000063-7	DR-000063DR-000063-INV-002"CRED-012(≤ê∫ºÓ20Z'
DR-000063-PAY-2	≠™EURÈ º
DR-000071-9	DR-000071DR-000071-INV-002"CRED-001(‰ê∫ºÓ20R|
INV-000071-002±IEURÈ"È0:Customer 000071B71 rue de la R√©publiqueB
69008 LyonJdr-000071@example.com^
DR-000081-6	DR-000081DR-000081-INV-003"CRED-010(ñë∫ºÓ20rÈ"courtesy-reminder_
DR-000082-7	DR-000082DR-000082-INV-002"CRED-009(»ë∫ºÓ20rÈ"reminder-1-email\
DR-000086-7	DR-000086DR-000086-INV-001"CRED-002(˙ë∫ºÓ20rÈ"formal-notice`
DR-000092-11	DR-000092DR-000092-INV-002"CRED-012(¨í∫ºÓ20rÈ"reminder-1-emailæ
DR-000103-3	DR-000103DR-000103-INV-002"CRED-001(ﬁí∫ºÓ20R~
INV-000103-002	»ÊEURÈ"È0:Customer 000103B103 rue de la R√©publiqueB
69004 LyonJdr-000103@example.comø
DR-000105-11	DR-000105DR-000105-INV-003"CRED-001(êì∫ºÓ20R~
INV-000105-003	˛ÑEURÈ"È0:Customer 000105B105 rue de la R√©publiqueB
69006 LyonJdr-000105@example.comΩ
DR-000110-7	DR-000110DR-000110-INV-003"CRED-001(¬ì∫ºÓ20R}
INV-000110-003	∂ÿ-EURÈ"È0:Company 000110B110 rue de la R√©publiqueB
69002 LyonJdr-000110@example.com`
DR-000117-11	DR-000117DR-000117-INV-002"CRED-004(Ùì∫ºÓ20rÈ"reminder-1-emailÃ
DR-000122-8	DR-000122DR-000122-INV-002"CRED-002(¶î∫ºÓ20Rã
INV-000122-002	ÍÁ.EURÈ"È*
ÈÎw0:Company 000122B122 rue de la R√©publiqueB
69005 LyonJdr-000122@example.comg
DR-000139-6	DR-000139DR-000139-INV-002"CRED-001(ÿî∫ºÓ20Z'
DR-000139-PAY-2	∫œ GBPÈ Ω
DR-000146-5	DR-000146DR-000146-INV-003"CRED-007(äï∫ºÓ20R}
INV-000146-003	Õ¡,EURÈ"È0:Company 000146B146 rue de la R√©publiqueB
69002 LyonJdr-000146@example.comi
DR-000150-15	DR-000150DR-000150-INV-002"CRED-012(ºï∫ºÓ20Z(
DR-000150-PAY-3
”Å£EURÈ _
DR-000158-9	DR-000158DR-000158-INV-002"CRED-010(Óï∫ºÓ20rÈ"reminder-2-phone_
DR-000162-8	DR-000162DR-000162-INV-002"CRED-012(†ñ∫ºÓ20rÈ"reminder-1-emaila
DR-000165-11	DR-000165DR-000165-INV-002"CRED-008(“ñ∫ºÓ20r È"reminder-3-letter_
DR-000188-4	DR-000188DR-000188-INV-002"CRED-001(Ñó∫ºÓ20ä
goods not deliveredÈΩ
DR-000193-5	DR-000193DR-000193-INV-002"CRED-006(∂ó∫ºÓ20R}
INV-000193-002	ﬂÁEURÈ"È0:Company 000193B193 rue de la R√©publiqueB
69004 LyonJdr-000193@example.com_
DR-000197-9	DR-000197DR-000197-INV-002"CRED-006(Ëó∫ºÓ20rÈ"reminder-2-phone]
DR-000229-17	DR-000229DR-000229-INV-002"CRED-009(öò∫ºÓ20rÈ"formal-notice`
DR-000237-10	DR-000237DR-000237-INV-002"CRED-007(Ãò∫ºÓ20rÈ"reminder-2-phone%
day-2025-05-19(òÿı◊Ó20≤	
È`
DR-000011-5	DR-000011DR-000011-INV-001"CRED-012(Ä»”ÂÓ20r È"reminder-3-letter`
DR-000019-13	DR-000019DR-000019-INV-002"CRED-002(≤»”ÂÓ20rÈ"reminder-2-phoneº
DR-000027-9	DR-000027DR-000027-INV-002"CRED-009(‰»”ÂÓ20R|
INV-000027-002	Ëô+EURÈ"È0:Company 000027B27 rue de la R√©publiqueB
69009 LyonJdr-000027@example.comº
DR-000047-6	DR-000047DR-000047-INV-002"CRED-011(ñ…”ÂÓ20R|
INV-000047-002†7EURÈ"È0:Customer 000047B47 rue de la R√©publiqueB
69002 LyonJdr-000047@example.comh
DR-000056-7	DR-000056DR-000056-INV-003"CRED-002(»…”ÂÓ20Z(
DR-000056-PAY-3
∞®ñEURÈ _
DR-000063-8	DR-000063DR-000063-INV-002"CRED-012(˙…”ÂÓ20rÈ"reminder-2-phone_
DR-000102-6	DR-000102DR-000102-INV-002"CRED-006(¨ ”ÂÓ20rÈ"reminder-1-email`
DR-000112-11	DR-000112DR-000112-INV-003"CRED-001(ﬁ ”ÂÓ20rÈ"reminder-2-phone`
DR-000127-12	DR-000127DR-000127-INV-002"CRED-012(êÀ”ÂÓ20rÈ"reminder-2-phoneg
DR-000147-8	DR-000147DR-000147-INV-002"CRED-006(¬À”ÂÓ20Z'
DR-000147-PAY-2	Ä‚EURÈ _
DR-000163-4	DR-000163DR-000163-INV-002"CRED-005(ÙÀ”ÂÓ20rÈ"reminder-1-emailΩ
DR-000167-7	DR-000167DR-000167-INV-003"CRED-004(¶Ã”ÂÓ20R}
INV-000167-003	ƒØ!CHFÈ"È0:Company 000167B167 rue de la R√©publiqueB
69005 LyonJdr-000167@example.com`
DR-000174-14	DR-000174DR-000174-INV-002"CRED-003(ÿÃ”ÂÓ20rÈ"reminder-1-emailg
DR-000194-9	DR-000194DR-000194-INV-001"CRED-001(äÕ”ÂÓ20Z'
DR-000194-PAY-1	¡æUSDÈ _
DR-000204-8	DR-000204DR-000204-INV-002"CRED-006(ºÕ”ÂÓ20rÈ"reminder-1-emailg
DR-000244-8	DR-000244DR-000244-INV-002"CRED-002(ÓÕ”ÂÓ20Z'
DR-000244-PAY-2	˙ÏEURÈ %
day-2025-05-20(òêèÅÔ20≤	
Èg
DR-000023-11	DR-000023DR-000023-INV-001"CRED-001(ÄÄÌéÔ20Z&
DR-000023-PAY-1ß9EURÈ h
DR-000051-4	DR-000051DR-000051-INV-002"CRED-006(≤ÄÌéÔ20Z(
DR-000051-PAY-2
¸Ù≤EURÈ _
DR-000059-6	DR-000059DR-000059-INV-002"CRED-006(‰ÄÌéÔ20rÈ"reminder-2-phone\
DR-000060-7	DR-000060DR-000060-INV-001"CRED-012(ñÅÌéÔ20rÈ"formal-noticei
DR-000112-12	DR-000112DR-000112-INV-003"CRED-001(»ÅÌéÔ20Z(
DR-000112-PAY-4
Ê≤èEURÈ `
DR-000119-10	DR-000119DR-000119-INV-002"CRED-007(˙ÅÌéÔ20rÈ"reminder-2-phone]
DR-000121-15	DR-000121DR-000121-INV-002"CRED-011(¨ÇÌéÔ20rÈ"formal-notice_
DR-000123-10	DR-000123DR-000123-INV-002"CRED-009(ﬁÇÌéÔ20rÈ"courtesy-reminderg
DR-000127-13	DR-000127DR-000127-INV-002"CRED-012(êÉÌéÔ20Z&
DR-000127-PAY-3¿LEURÈ a
DR-000131-9	DR-000131DR-000131-INV-002"CRED-011(¬ÉÌéÔ20r!È"reminder-4-warningf
DR-000142-6	DR-000142DR-000142-INV-002"CRED-005(ÙÉÌéÔ20Z&
DR-000142-PAY-2ıeEURÈ ∂
DR-000165-12	DR-000165DR-000165-INV-002"CRED-008(¶ÑÌéÔ20Çt
DR-000165-PLAN-12È
È	ôºEUR
È	ôºEUR
È	ôºEUR
È		úºEURg
DR-000217-13	DR-000217DR-000217-INV-002"CRED-008(ÿÑÌéÔ20Z&
DR-000217-PAY-2êXEURÈ f
DR-000231-4	DR-000231DR-000231-INV-002"CRED-006(äÖÌéÔ20Z&
DR-000231-PAY-2√0EURÈ a
DR-000246-12	DR-000246DR-000246-INV-002"CRED-003(ºÖÌéÔ20r È"reminder-3-letter%
day-2025-05-21(ò»®™Ô20≤	
È`
DR-000018-10	DR-000018DR-000018-INV-002"CRED-006(Ä∏Ü∏Ô20rÈ"reminder-2-phoneh
DR-000018-11	DR-000018DR-000018-INV-002"CRED-006(≤∏Ü∏Ô20Z'
DR-000018-PAY-3	‹¥EURÈ `
DR-000023-12	DR-000023DR-000023-INV-002"CRED-001(‰∏Ü∏Ô20rÈ"reminder-2-phone`
DR-000028-10	DR-000028DR-000028-INV-002"CRED-008(ñπÜ∏Ô20rÈ"reminder-1-email`
DR-000032-13	DR-000032DR-000032-INV-002"CRED-010(»πÜ∏Ô20rÈ"reminder-1-emailf
DR-000062-14	DR-000062DR-000062-INV-002"CRED-006(˙πÜ∏Ô20j%
DR-000062-CN-14	®ÄUSDÈÕ
DR-000106-4	DR-000106DR-000106-INV-003"CRED-004(¨∫Ü∏Ô20Rå
INV-000106-003	®©3USDÈ"È*
È±É0:Company 000106B106 rue de la R√©publiqueB
69007 LyonJdr-000106@example.com_
DR-000107-4	DR-000107DR-000107-INV-002"CRED-011(ﬁ∫Ü∏Ô20rÈ"reminder-1-emailh
DR-000131-10	DR-000131DR-000131-INV-002"CRED-011(êªÜ∏Ô20Z'
DR-000131-PAY-2	…Å+USDÈ _
DR-000139-7	DR-000139DR-000139-INV-002"CRED-001(¬ªÜ∏Ô20rÈ"reminder-2-phoneø
DR-000158-10	DR-000158DR-000158-INV-003"CRED-010(ÙªÜ∏Ô20R~
INV-000158-003	Òñ
EURÈ"È0:Customer 000158B158 rue de la R√©publiqueB
69005 LyonJdr-000158@example.comΩ
DR-000160-9	DR-000160DR-000160-INV-002"CRED-010(¶ºÜ∏Ô20R}
INV-000160-002›CEURÈ"È0:Customer 000160B160 rue de la R√©publiqueB
69007 LyonJdr-000160@example.com`
DR-000173-7	DR-000173DR-000173-INV-002"CRED-008(ÿºÜ∏Ô20r È"reminder-3-letter^
DR-000184-9	DR-000184DR-000184-INV-002"CRED-005(äΩÜ∏Ô20rÈ"courtesy-remindera
DR-000217-14	DR-000217DR-000217-INV-002"CRED-008(ºΩÜ∏Ô20r È"reminder-3-letterW
DR-000242-8	DR-000242DR-000242-INV-003"CRED-009(ÓΩÜ∏Ô20í	à⁄EURÈ%
day-2025-05-22(òÄ¬”Ô20≤	
Èº
DR-000040-6	DR-000040DR-000040-INV-003"CRED-007(Äü·Ô20R|
INV-000040-003	ë˙EURÈ"È0:Company 000040B40 rue de la R√©publiqueB
69004 LyonJdr-000040@example.comb
DR-000062-15	DR-000062DR-000062-INV-002"CRED-006(≤ü·Ô20r!È"reminder-4-warningL
DR-000064-6	DR-000064DR-000064-INV-001"CRED-006(‰ü·Ô20íÈ_
DR-000076-8	DR-000076DR-000076-INV-002"CRED-008(ñÒü·Ô20rÈ"reminder-2-phoneg
DR-000093-9	DR-000093DR-000093-INV-001"CRED-003(»Òü·Ô20Z'
DR-000093-PAY-2	ï¢EURÈ Ω
DR-000141-6	DR-000141DR-000141-INV-003"CRED-012(˙Òü·Ô20R}
INV-000141-003	åïEURÈ"È0:Company 000141B141 rue de la R√©publiqueB
69006 LyonJdr-000141@example.comº
DR-000147-9	DR-000147DR-000147-INV-003"CRED-006(¨Úü·Ô20R|
INV-000147-003ïDEURÈ"È0:Company 000147B147 rue de la R√©publiqueB
69003 LyonJdr-000147@example.com]
DR-000155-11	DR-000155DR-000155-INV-002"CRED-006(ﬁÚü·Ô20rÈ"formal-noticea
DR-000193-6	DR-000193DR-000193-INV-001"CRED-006(êÛü·Ô20r!È"reminder-4-warningS
DR-000200-13	DR-000200DR-000200-INV-001"CRED-012(¬Ûü·Ô20ö
AGY-01Èg
DR-000215-6	DR-000215DR-000215-INV-003"CRED-011(ÙÛü·Ô20Z'
DR-000215-PAY-3	çªEURÈ `
DR-000235-6	DR-000235DR-000235-INV-002"CRED-006(¶Ùü·Ô20r È"reminder-3-letter%
day-2025-05-23(ò∏€¸Ô20≤	
Èº
DR-000013-8	DR-000013DR-000013-INV-004"CRED-012(Ä®πä20R|
INV-000013-004	∑äEURÈ"È0:Company 000013B13 rue de la R√©publiqueB
69004 LyonJdr-000013@example.comæ
DR-000021-10	DR-000021DR-000021-INV-003"CRED-010(≤®πä20R}
INV-000021-003
—úâGBPÈ"È0:Company 000021B21 rue de la R√©publiqueB
69003 LyonJdr-000021@example.comº
DR-000036-3	DR-000036DR-000036-INV-002"CRED-011(‰®πä20R|
INV-000036-002	»ÇEURÈ"È0:Company 000036B36 rue de la R√©publiqueB
69009 LyonJdr-000036@example.com`
DR-000064-7	DR-000064DR-000064-INV-001"CRED-006(ñ©πä20r È"reminder-3-letter`
DR-000097-12	DR-000097DR-000097-INV-002"CRED-010(»©πä20rÈ"reminder-1-emailº
DR-000099-7	DR-000099DR-000099-INV-002"CRED-010(˙©πä20R|
INV-000099-002	áõUSDÈ"È0:Company 000099B99 rue de la R√©publiqueB
69009 LyonJdr-000099@example.com_
DR-000108-12	DR-000108DR-000108-INV-002"CRED-004(¨™πä20rÈ"courtesy-reminderg
DR-000133-4	DR-000133DR-000133-INV-002"CRED-002(ﬁ™πä20Z'
DR-000133-PAY-2	¬øEURÈ `
DR-000138-16	DR-000138DR-000138-INV-003"CRED-007(ê´πä20rÈ"reminder-2-phoneg
DR-000163-5	DR-000163DR-000163-INV-002"CRED-005(¬´πä20Z'
DR-000163-PAY-2	£ô0CHFÈ [
DR-000164-9	DR-000164DR-000164-INV-001"CRED-011(Ù´πä20¢ÈRG-000164-001^
DR-000180-4	DR-000180DR-000180-INV-002"CRED-009(¶¨πä20rÈ"courtesy-reminder_
DR-000232-9	DR-000232DR-000232-INV-003"CRED-008(ÿ¨πä20rÈ"reminder-1-emailg
DR-000245-8	DR-000245DR-000245-INV-001"CRED-002(ä≠πä20Z'
DR-000245-PAY-1	±áEURÈ %
day-2025-05-24(òÙ•20≤	
Èg
DR-000008-5	DR-000008DR-000008-INV-002"CRED-006(Ä‡“≥20Z'
DR-000008-PAY-2	ÚΩ9EURÈ ^
DR-000017-7	DR-000017DR-000017-INV-003"CRED-010(≤‡“≥20rÈ"courtesy-reminderh
DR-000019-14	DR-000019DR-000019-INV-002"CRED-002(‰‡“≥20Z'
DR-000019-PAY-5	Ø§EURÈ _
DR-000032-14	DR-000032DR-000032-INV-003"CRED-010(ñ·“≥20rÈ"courtesy-reminderg
DR-000059-7	DR-000059DR-000059-INV-002"CRED-006(»·“≥20Z'
DR-000059-PAY-2	∂≤'USDÈ a
DR-000064-8	DR-000064DR-000064-INV-001"CRED-006(˙·“≥20r!È"reminder-4-warning`
DR-000072-7	DR-000072DR-000072-INV-002"CRED-001(¨‚“≥20r È"reminder-3-letterg
DR-000086-8	DR-000086DR-000086-INV-001"CRED-002(ﬁ‚“≥20Z'
DR-000086-PAY-1	›êEURÈ º
DR-000088-5	DR-000088DR-000088-INV-003"CRED-003(ê„“≥20R|
INV-000088-003	∏¯&EURÈ"È	0:Company 000088B88 rue de la R√©publiqueB
69007 LyonJdr-000088@example.comg
DR-000106-5	DR-000106DR-000106-INV-003"CRED-004(¬„“≥20Z'
DR-000106-PAY-2	˜•2USDÈ æ
DR-000115-3	DR-000115DR-000115-INV-002"CRED-004(Ù„“≥20R~
INV-000115-002	–∞EURÈ"È0:Customer 000115B115 rue de la R√©publiqueB
69007 LyonJdr-000115@example.comg
DR-000129-12	DR-000129DR-000129-INV-002"CRED-007(¶‰“≥20Z&
DR-000129-PAY-3ΩEURÈ ^
DR-000135-5	DR-000135DR-000135-INV-002"CRED-010(ÿ‰“≥20rÈ"courtesy-reminderJ
DR-000147-10	DR-000147"CRED-006(äÂ“≥20b
DR-000147-PAY-2Èh
DR-000149-13	DR-000149DR-000149-INV-002"CRED-009(ºÂ“≥20Z'
DR-000149-PAY-3	œπEURÈ _
DR-000183-6	DR-000183DR-000183-INV-002"CRED-010(ÓÂ“≥20rÈ"reminder-1-email`
DR-000219-10	DR-000219DR-000219-INV-003"CRED-012(†Ê“≥20rÈ"reminder-2-phone`
DR-000220-12	DR-000220DR-000220-INV-002"CRED-012(“Ê“≥20rÈ"reminder-1-email%
day-2025-05-25(ò®éœ20≤	
Èh
DR-000018-12	DR-000018DR-000018-INV-001"CRED-006(ÄòÏ‹20Z'
DR-000018-PAY-4	ÈÛ,EURÈ Õ
DR-000025-4	DR-000025DR-000025-INV-003"CRED-008(≤òÏ‹20Rå
INV-000025-003
«¸áEURÈ"È*
È‚£0:Company 000025B25 rue de la R√©publiqueB
69007 LyonJdr-000025@example.comg
DR-000049-6	DR-000049DR-000049-INV-002"CRED-004(‰òÏ‹20Z'
DR-000049-PAY-2	……EURÈ f
DR-000079-4	DR-000079DR-000079-INV-002"CRED-006(ñôÏ‹20Z&
DR-000079-PAY-2πYEURÈ _
DR-000082-8	DR-000082DR-000082-INV-002"CRED-009(»ôÏ‹20rÈ"reminder-2-phoneg
DR-000089-7	DR-000089DR-000089-INV-003"CRED-002(˙ôÏ‹20Z'
DR-000089-PAY-2	áØEURÈ `
DR-000092-12	DR-000092DR-000092-INV-002"CRED-012(¨öÏ‹20rÈ"reminder-2-phone`
DR-000117-12	DR-000117DR-000117-INV-002"CRED-004(ﬁöÏ‹20rÈ"reminder-2-phoneg
DR-000120-9	DR-000120DR-000120-INV-001"CRED-002(êõÏ‹20Z'
DR-000120-PAY-1	…íEURÈ æ
DR-000126-5	DR-000126DR-000126-INV-003"CRED-009(¬õÏ‹20R~
INV-000126-003	ÉÃUSDÈ"È0:Customer 000126B126 rue de la R√©publiqueB
69009 LyonJdr-000126@example.com_
DR-000143-6	DR-000143DR-000143-INV-002"CRED-007(ÙõÏ‹20rÈ"reminder-1-emaila
DR-000144-7	DR-000144DR-000144-INV-001"CRED-010(¶úÏ‹20r!È"reminder-4-warningf
DR-000144-8	DR-000144DR-000144-INV-001"CRED-010(ÿúÏ‹20Z&
DR-000144-PAY-2øsEURÈ _
DR-000154-5	DR-000154DR-000154-INV-002"CRED-001(äùÏ‹20rÈ"reminder-1-emaila
DR-000158-11	DR-000158DR-000158-INV-002"CRED-010(ºùÏ‹20r È"reminder-3-letter_
DR-000162-9	DR-000162DR-000162-INV-002"CRED-012(ÓùÏ‹20rÈ"reminder-2-phone]
DR-000162-10	DR-000162DR-000162-INV-002"CRED-012(†ûÏ‹20z
í&USDÈ
Èa
DR-000197-10	DR-000197DR-000197-INV-002"CRED-006(“ûÏ‹20r È"reminder-3-letter_
DR-000198-11	DR-000198DR-000198-INV-002"CRED-004(ÑüÏ‹20rÈ"courtesy-reminderb
DR-000200-14	DR-000200DR-000200-INV-002"CRED-012(∂üÏ‹20r!È"reminder-4-warningM
DR-000202-13	DR-000202DR-000202-INV-002"CRED-008(ËüÏ‹20íÈΩ
DR-000225-11	DR-000225DR-000225-INV-002"CRED-001(ö†Ï‹20R|
INV-000225-002«>EURÈ"È0:Customer 000225B25 rue de la R√©publiqueB
69009 LyonJdr-000225@example.coma
DR-000237-11	DR-000237DR-000237-INV-002"CRED-007(Ã†Ï‹20r È"reminder-3-letterb
DR-000200-14	DR-000200DR-000200-INV-002"CRED-012(∂üÏ‹20r!È"reminder-4-warningg
DR-000239-8	DR-000239DR-000239-INV-001"CRED-010(∞°Ï‹20Z'
DR-000239-PAY-1	á¿EURÈ ]
DR-000247-18	DR-000247DR-000247-INV-002"CRED-012(‚°Ï‹20rÈ"formal-notice%
day-2025-05-26(ò‡ß¯20≤	
ÈΩ
DR-000014-6	DR-000014DR-000014-INV-003"CRED-006(Ä–ÖÜÒ20R}
INV-000014-003
Ò≥ÊUSDÈ"È0:Company 000014B14 rue de la R√©publiqueB
69005 LyonJdr-000014@example.comg
DR-000017-8	DR-000017DR-000017-INV-003"CRED-010(≤–ÖÜÒ20Z'
DR-000017-PAY-3	∞≤EURÈ a
DR-000019-15	DR-000019DR-000019-INV-002"CRED-002(‰–ÖÜÒ20r È"reminder-3-letter†
DR-000023-13	DR-000023DR-000023-INV-002"CRED-001(ñ—ÖÜÒ20Ç^
DR-000023-PLAN-13È
È	¡ÉEUR
È	¡ÉEUR
È	√ÉEUR_
DR-000042-9	DR-000042DR-000042-INV-002"CRED-006(»—ÖÜÒ20rÈ"reminder-1-emailg
DR-000043-4	DR-000043DR-000043-INV-002"CRED-007(˙—ÖÜÒ20Z'
DR-000043-PAY-2	∑ÔEURÈ `
DR-000063-9	DR-000063DR-000063-INV-002"CRED-012(¨“ÖÜÒ20r È"reminder-3-letterf
DR-000068-9	DR-000068DR-000068-INV-001"CRED-008(ﬁ“ÖÜÒ20Z&
DR-000068-PAY-3„EURÈ f
DR-000095-4	DR-000095DR-000095-INV-002"CRED-008(ê”ÖÜÒ20Z&
DR-000095-PAY-2æKEURÈ Ω
DR-000102-7	DR-000102DR-000102-INV-003"CRED-006(¬”ÖÜÒ20R}
INV-000102-003	®í7EURÈ"È0:Company 000102B102 rue de la R√©publiqueB
69003 LyonJdr-000102@example.com_
DR-000102-8	DR-000102DR-000102-INV-002"CRED-006(Ù”ÖÜÒ20rÈ"reminder-2-phoneJ
DR-000127-14	DR-000127"CRED-012(¶‘ÖÜÒ20b
DR-000127-PAY-3ÈΩ
DR-000166-8	DR-000166DR-000166-INV-003"CRED-001(ÿ‘ÖÜÒ20R}
INV-000166-003	∞˘fEURÈ"È0:Company 000166B166 rue de la R√©publiqueB
69004 LyonJdr-000166@example.com`
DR-000174-15	DR-000174DR-000174-INV-002"CRED-003(ä’ÖÜÒ20rÈ"reminder-2-phoneg
DR-000182-4	DR-000182DR-000182-INV-002"CRED-001(º’ÖÜÒ20Z'
DR-000182-PAY-2	à˛EURÈ `
DR-000202-14	DR-000202DR-000202-INV-002"CRED-008(Ó’ÖÜÒ20rÈ"reminder-2-phone_
DR-000204-9	DR-000204DR-000204-INV-002"CRED-006(†÷ÖÜÒ20rÈ"reminder-2-phone^
DR-000204-10	DR-000204DR-000204-INV-002"CRED-006(“÷ÖÜÒ20z
	Ï’.EURÈÈª
DR-000205-3	DR-000205DR-000205-INV-002"CRED-008(Ñ◊ÖÜÒ20R{
INV-000205-002	ÍáUSDÈ"È0:Company 000205B5 rue de la R√©publiqueB
69007 LyonJdr-000205@example.comb
DR-000217-15	DR-000217DR-000217-INV-002"CRED-008(∂◊ÖÜÒ20r!È"reminder-4-warning%
day-2025-05-27(òò¡°Ò20≤	
Èi
DR-000007-11	DR-000007DR-000007-INV-001"CRED-005(ÄàüØÒ20Z(
DR-000007-PAY-1
¸Ï¿EURÈ h
DR-000027-10	DR-000027DR-000027-INV-001"CRED-009(≤àüØÒ20Z'
DR-000027-PAY-1	Ö˜EURÈ `
DR-000059-8	DR-000059DR-000059-INV-002"CRED-006(‰àüØÒ20r È"reminder-3-letter\
DR-000064-9	DR-000064DR-000064-INV-001"CRED-006(ñâüØÒ20rÈ"formal-noticee
DR-000071-10	DR-000071DR-000071-INV-002"CRED-001(»âüØÒ20j$
DR-000071-CN-10ÔEURÈT
DR-000094-6	DR-000094"CRED-003(˙âüØÒ20Z'
DR-000094-PAY-2	ÛÍ2EURÈ a
DR-000119-11	DR-000119DR-000119-INV-002"CRED-007(¨äüØÒ20r È"reminder-3-letterh
DR-000121-16	DR-000121DR-000121-INV-002"CRED-011(ﬁäüØÒ20Z'
DR-000121-PAY-3	îΩEURÈ a
DR-000127-15	DR-000127DR-000127-INV-002"CRED-012(êãüØÒ20r È"reminder-3-letter^
DR-000134-9	DR-000134DR-000134-INV-002"CRED-009(¬ãüØÒ20rÈ"courtesy-reminder`
DR-000147-11	DR-000147DR-000147-INV-002"CRED-006(ÙãüØÒ20rÈ"reminder-1-email_
DR-000186-9	DR-000186DR-000186-INV-002"CRED-010(¶åüØÒ20rÈ"reminder-1-emaili
DR-000190-18	DR-000190DR-000190-INV-002"CRED-004(ÿåüØÒ20Z(
DR-000190-PAY-3
ÕÈ•EURÈ a
DR-000202-15	DR-000202DR-000202-INV-002"CRED-008(äçüØÒ20r È"reminder-3-letteræ
DR-000220-13	DR-000220DR-000220-INV-003"CRED-012(ºçüØÒ20R}
INV-000220-003	¬∏EURÈ"È0:Customer 000220B20 rue de la R√©publiqueB
69004 LyonJdr-000220@example.com%
day-2025-05-28(ò–⁄ Ò20≤	
Èa
DR-000011-6	DR-000011DR-000011-INV-001"CRED-012(Ä¿∏ÿÒ20r!È"reminder-4-warninga
DR-000018-13	DR-000018DR-000018-INV-002"CRED-006(≤¿∏ÿÒ20r È"reminder-3-letterh
DR-000025-5	DR-000025DR-000025-INV-003"CRED-008(‰¿∏ÿÒ20Z(
DR-000025-PAY-2
ÂÿÇEURÈ `
DR-000028-11	DR-000028DR-000028-INV-002"CRED-008(ñ¡∏ÿÒ20rÈ"reminder-2-phone`
DR-000032-15	DR-000032DR-000032-INV-002"CRED-010(»¡∏ÿÒ20rÈ"reminder-2-phone_
DR-000038-6	DR-000038DR-000038-INV-002"CRED-001(˙¡∏ÿÒ20rÈ"reminder-1-email_
DR-000081-7	DR-000081DR-000081-INV-003"CRED-010(¨¬∏ÿÒ20rÈ"reminder-1-email_
DR-000107-5	DR-000107DR-000107-INV-002"CRED-011(ﬁ¬∏ÿÒ20rÈ"reminder-2-phone_
DR-000107-6	DR-000107DR-000107-INV-002"CRED-011(ê√∏ÿÒ20ä
goods not deliveredÈΩ
DR-000111-5	DR-000111DR-000111-INV-003"CRED-008(¬√∏ÿÒ20R}
INV-000111-003´;EURÈ"È0:Customer 000111B111 rue de la R√©publiqueB
69003 LyonJdr-000111@example.comæ
DR-000112-13	DR-000112DR-000112-INV-004"CRED-001(Ù√∏ÿÒ20R}
INV-000112-004	Ã˚`EURÈ"È0:Company 000112B112 rue de la R√©publiqueB
69004 LyonJdr-000112@example.com`
DR-000139-8	DR-000139DR-000139-INV-002"CRED-001(¶ƒ∏ÿÒ20r È"reminder-3-letterø
DR-000159-10	DR-000159DR-000159-INV-002"CRED-008(ÿƒ∏ÿÒ20R~
INV-000159-002	ÓôEURÈ"È0:Customer 000159B159 rue de la R√©publiqueB
69006 LyonJdr-000159@example.comh
DR-000185-10	DR-000185DR-000185-INV-002"CRED-001(ä≈∏ÿÒ20Z'
DR-000185-PAY-2	Ú∂EURÈ h
DR-000198-12	DR-000198DR-000198-INV-002"CRED-004(º≈∏ÿÒ20Z'
DR-000198-PAY-2	˘·EURÈ b
DR-000202-16	DR-000202DR-000202-INV-002"CRED-008(Ó≈∏ÿÒ20r!È"reminder-4-warningg
DR-000207-8	DR-000207DR-000207-INV-002"CRED-005(†∆∏ÿÒ20Z'
DR-000207-PAY-1	„◊EURÈ º
DR-000221-5	DR-000221DR-000221-INV-003"CRED-004(“∆∏ÿÒ20R|
INV-000221-003	ÒÛ8EURÈ"È0:Company 000221B21 rue de la R√©publiqueB
69005 LyonJdr-000221@example.com_
DR-000227-9	DR-000227DR-000227-INV-002"CRED-011(Ñ«∏ÿÒ20rÈ"reminder-1-emaili
DR-000228-17	DR-000228DR-000228-INV-002"CRED-012(∂«∏ÿÒ20Z(
DR-000228-PAY-1
◊îÆEURÈ %
day-2025-05-29(òàÙÛÒ20≤	
Èh
DR-000030-12	DR-000030DR-000030-INV-002"CRED-005(Ä¯—ÅÚ20Z'
DR-000030-PAY-4	ÖªEURÈ g
DR-000045-8	DR-000045DR-000045-INV-001"CRED-004(≤¯—ÅÚ20Z'
DR-000045-PAY-1	·åEURÈ Ω
DR-000046-3	DR-000046DR-000046-INV-002"CRED-005(‰¯—ÅÚ20R}
INV-000046-002	˚“EURÈ"È0:Customer 000046B46 rue de la R√©publiqueB
69001 LyonJdr-000046@example.com_
DR-000057-9	DR-000057DR-000057-INV-002"CRED-011(ñ˘—ÅÚ20rÈ"reminder-1-emailh
DR-000058-12	DR-000058DR-000058-INV-003"CRED-001(»˘—ÅÚ20Z'
DR-000058-PAY-3	¡Ÿ,EURÈ `
DR-000076-9	DR-000076DR-000076-INV-002"CRED-008(˙˘—ÅÚ20r È"reminder-3-letterº
DR-000084-5	DR-000084DR-000084-INV-003"CRED-011(¨˙—ÅÚ20R|
INV-000084-003	√ÆlEURÈ"È0:Company 000084B84 rue de la R√©publiqueB
69003 LyonJdr-000084@example.comg
DR-000085-13	DR-000085DR-000085-INV-001"CRED-012(ﬁ˙—ÅÚ20Z&
DR-000085-PAY-4ﬁ>EURÈ i
DR-000132-11	DR-000132DR-000132-INV-001"CRED-012(ê˚—ÅÚ20Z(
DR-000132-PAY-2
˝¥ëEURÈ f
DR-000143-7	DR-000143DR-000143-INV-002"CRED-007(¬˚—ÅÚ20Z&
DR-000143-PAY-2∂[GBPÈ Ã
DR-000155-12	DR-000155DR-000155-INV-003"CRED-006(Ù˚—ÅÚ20Rä
INV-000155-003®wCHFÈ"È*
È	±0:Company 000155B155 rue de la R√©publiqueB
69002 LyonJdr-000155@example.comg
DR-000180-5	DR-000180DR-000180-INV-002"CRED-009(¶¸—ÅÚ20Z'
DR-000180-PAY-2	˝∏'EURÈ a
DR-000185-11	DR-000185DR-000185-INV-002"CRED-001(ÿ¸—ÅÚ20r È"reminder-3-letterR
DR-000206-8	DR-000206DR-000206-INV-001"CRED-002(ä˝—ÅÚ20ö
AGY-02Èº
DR-000216-9	DR-000216DR-000216-INV-003"CRED-010(º˝—ÅÚ20R|
INV-000216-003	Á’EURÈ"È0:Company 000216B16 rue de la R√©publiqueB
69009 LyonJdr-000216@example.comU
DR-000219-11	DR-000219"CRED-012(Ó˝—ÅÚ20Z'
DR-000219-PAY-2	ŸÜEURÈ b
DR-000246-13	DR-000246DR-000246-INV-002"CRED-003(†˛—ÅÚ20r!È"reminder-4-warning%
day-2025-05-30(ò¿çùÚ20≤	
È_
DR-000020-6	DR-000020DR-000020-INV-002"CRED-009(Ä∞Î™Ú20rÈ"reminder-1-email^
DR-000022-9	DR-000022DR-000022-INV-002"CRED-010(≤∞Î™Ú20rÈ"courtesy-reminderg
DR-000030-13	DR-000030DR-000030-INV-001"CRED-005(‰∞Î™Ú20Z&
DR-000030-PAY-5ÔWEURÈ g
DR-000061-8	DR-000061DR-000061-INV-001"CRED-007(ñ±Î™Ú20Z'
DR-000061-PAY-2	®‘*EURÈ `
DR-000097-13	DR-000097DR-000097-INV-002"CRED-010(»±Î™Ú20rÈ"reminder-2-phone^
DR-000097-14	DR-000097DR-000097-INV-002"CRED-010(˙±Î™Ú20z
	ÜÅEURÈÈæ
DR-000104-9	DR-000104DR-000104-INV-002"CRED-004(¨≤Î™Ú20R~
INV-000104-002	ò•EURÈ"È0:Customer 000104B104 rue de la R√©publiqueB
69005 LyonJdr-000104@example.com`
DR-000123-11	DR-000123DR-000123-INV-002"CRED-009(ﬁ≤Î™Ú20rÈ"reminder-1-emailf
DR-000124-4	DR-000124DR-000124-INV-002"CRED-012(ê≥Î™Ú20Z&
DR-000124-PAY-2ñVEURÈ a
DR-000138-17	DR-000138DR-000138-INV-003"CRED-007(¬≥Î™Ú20r È"reminder-3-letterÕ
DR-000138-18	DR-000138DR-000138-INV-003"CRED-007(Ù≥Î™Ú20Çä
DR-000138-PLAN-18È
È	‘¶ EUR
È	‘¶ EUR
È	‘¶ EUR
È		‘¶ EUR
È
	◊¶ EURæ
DR-000150-16	DR-000150DR-000150-INV-004"CRED-012(¶¥Î™Ú20R}
INV-000150-004	é¡EURÈ"È0:Company 000150B150 rue de la R√©publiqueB
69006 LyonJdr-000150@example.comf
DR-000169-9	DR-000169DR-000169-INV-001"CRED-009(ÿ¥Î™Ú20Z&
DR-000169-PAY-3…EURÈ æ
DR-000170-4	DR-000170DR-000170-INV-003"CRED-001(äµÎ™Ú20R~
INV-000170-003
ï´†EURÈ"È0:Company 000170B170 rue de la R√©publiqueB
69008 LyonJdr-000170@example.coma
DR-000173-8	DR-000173DR-000173-INV-002"CRED-008(ºµÎ™Ú20r!È"reminder-4-warningb
DR-000185-12	DR-000185DR-000185-INV-002"CRED-001(ÓµÎ™Ú20r!È"reminder-4-warningº
DR-000214-3	DR-000214DR-000214-INV-002"CRED-001(†∂Î™Ú20R|
INV-000214-002äcEURÈ"È0:Customer 000214B14 rue de la R√©publiqueB
69007 LyonJdr-000214@example.com`
DR-000232-10	DR-000232DR-000232-INV-003"CRED-008(“∂Î™Ú20rÈ"reminder-2-phone^
DR-000232-11	DR-000232DR-000232-INV-003"CRED-008(Ñ∑Î™Ú20z
	˚áEURÈÈR
DR-000248-8	DR-000248DR-000248-INV-001"CRED-005(∂∑Î™Ú20ö
AGY-01È%
day-2025-05-31(ò¯¶∆Ú20≤	
Èh
DR-000009-14	DR-000009DR-000009-INV-001"CRED-011(ÄËÑ‘Ú20Z'
DR-000009-PAY-1	øÀEURÈ à
DR-000020-7	DR-000020DR-000020-INV-002"CRED-009(≤ËÑ‘Ú20ÇG
DR-000020-PLAN-7È
È	ÒÏ]EUR
È	ÚÏ]EURº
DR-000066-8	DR-000066DR-000066-INV-002"CRED-003(‰ËÑ‘Ú20R|
INV-000066-002¥]USDÈ"È0:Customer 000066B66 rue de la R√©publiqueB
69003 LyonJdr-000066@example.com^
DR-000069-4	DR-000069DR-000069-INV-002"CRED-009(ñÈÑ‘Ú20rÈ"courtesy-reminderg
DR-000071-11	DR-000071DR-000071-INV-002"CRED-001(»ÈÑ‘Ú20Z&
DR-000071-PAY-2¬CEURÈ g
DR-000085-14	DR-000085DR-000085-INV-002"CRED-012(˙ÈÑ‘Ú20Z&
DR-000085-PAY-5È EURÈ Ω
DR-000139-9	DR-000139DR-000139-INV-003"CRED-001(¨ÍÑ‘Ú20R}
INV-000139-003	¡ÍGBPÈ"È0:Company 000139B139 rue de la R√©publiqueB
69004 LyonJdr-000139@example.comΩ
DR-000148-6	DR-000148DR-000148-INV-003"CRED-001(ﬁÍÑ‘Ú20R}
INV-000148-003	Ùü'EURÈ"È0:Company 000148B148 rue de la R√©publiqueB
69004 LyonJdr-000148@example.com`
DR-000168-14	DR-000168DR-000168-INV-003"CRED-009(êÎÑ‘Ú20rÈ"reminder-1-email_
DR-000183-7	DR-000183DR-000183-INV-002"CRED-010(¬ÎÑ‘Ú20rÈ"reminder-2-phone`
DR-000184-10	DR-000184DR-000184-INV-002"CRED-005(ÙÎÑ‘Ú20rÈ"reminder-1-emailæ
DR-000191-4	DR-000191DR-000191-INV-002"CRED-005(¶ÏÑ‘Ú20R~
INV-000191-002	üâEURÈ"È0:Customer 000191B191 rue de la R√©publiqueB
69002 LyonJdr-000191@example.com`
DR-000220-14	DR-000220DR-000220-INV-002"CRED-012(ÿÏÑ‘Ú20rÈ"reminder-2-phoneÃ
DR-000234-5	DR-000234DR-000234-INV-003"CRED-005(äÌÑ‘Ú20Rã
INV-000234-003	ˇ¶?GBPÈ"È*
Èá¢0:Company 000234B34 rue de la R√©publiqueB
69009 LyonJdr-000234@example.coma
DR-000235-7	DR-000235DR-000235-INV-002"CRED-006(ºÌÑ‘Ú20r!È"reminder-4-warningº
DR-000244-9	DR-000244DR-000244-INV-003"CRED-002(ÓÌÑ‘Ú20R|
INV-000244-003	Ò∏EURÈ"È0:Company 000244B44 rue de la R√©publiqueB
69001 LyonJdr-000244@example.comW
DR-000250-5	DR-000250DR-000250-INV-002"CRED-007(†ÓÑ‘Ú20í	ñúEURÈ%
day-2025-06-01(ò∞¿ÔÚ20≤	
È›
DR-000028-12	DR-000028DR-000028-INV-002"CRED-008(Ä†û˝Ú20Çö
DR-000028-PLAN-12È
ÈëmGBP
ÈëmGBP
ÈëmGBP
È	ëmGBP
È
ëmGBP
ÈímGBP`
DR-000044-18	DR-000044DR-000044-INV-003"CRED-002(≤†û˝Ú20rÈ"reminder-1-emaili
DR-000062-16	DR-000062DR-000062-INV-002"CRED-006(‰†û˝Ú20Z(
DR-000062-PAY-1
ÍÇ·USDÈ _
DR-000063-10	DR-000063DR-000063-INV-003"CRED-012(ñ°û˝Ú20rÈ"courtesy-remindere
DR-000064-10	DR-000064DR-000064-INV-001"CRED-006(»°û˝Ú20j$
DR-000064-CN-10ÄEURÈ`
DR-000082-9	DR-000082DR-000082-INV-002"CRED-009(˙°û˝Ú20r È"reminder-3-letter_
DR-000083-4	DR-000083DR-000083-INV-002"CRED-009(¨¢û˝Ú20rÈ"reminder-1-emaila
DR-000092-13	DR-000092DR-000092-INV-002"CRED-012(ﬁ¢û˝Ú20r È"reminder-3-letterº
DR-000094-7	DR-000094DR-000094-INV-003"CRED-002(ê£û˝Ú20R|
INV-000094-003	˘ñEURÈ"È0:Company 000094B94 rue de la R√©publiqueB
69004 LyonJdr-000094@example.coma
DR-000117-13	DR-000117DR-000117-INV-002"CRED-004(¬£û˝Ú20r È"reminder-3-letter_
DR-000154-6	DR-000154DR-000154-INV-002"CRED-001(Ù£û˝Ú20rÈ"reminder-2-phone]
DR-000154-7	DR-000154DR-000154-INV-002"CRED-001(¶§û˝Ú20z
	»âEURÈ
Èæ
DR-000163-6	DR-000163DR-000163-INV-003"CRED-005(ÿ§û˝Ú20R~
INV-000163-003
Ë‹°CHFÈ"È0:Company 000163B163 rue de la R√©publiqueB
69001 LyonJdr-000163@example.comh
DR-000165-13	DR-000165DR-000165-INV-001"CRED-008(ä•û˝Ú20Z'
DR-000165-PAY-3	Ú‚/EURÈ h
DR-000181-14	DR-000181DR-000181-INV-001"CRED-003(º•û˝Ú20Z'
DR-000181-PAY-2	©√5EURÈ h
DR-000227-10	DR-000227DR-000227-INV-002"CRED-011(Ó•û˝Ú20Z'
DR-000227-PAY-1	æ∫EURÈ _
DR-000250-6	DR-000250DR-000250-INV-002"CRED-007(†¶û˝Ú20rÈ"reminder-1-email%
day-2025-06-02(òËŸòÛ20≤	
Èa
DR-000009-15	DR-000009DR-000009-INV-002"CRED-011(Äÿ∑¶Û20r È"reminder-3-letter`
DR-000042-10	DR-000042DR-000042-INV-002"CRED-006(≤ÿ∑¶Û20rÈ"reminder-2-phoneΩ
DR-000054-3	DR-000054DR-000054-INV-002"CRED-011(‰ÿ∑¶Û20R}
INV-000054-002	 ıEURÈ"È0:Customer 000054B54 rue de la R√©publiqueB
69009 LyonJdr-000054@example.comΩ
DR-000055-7	DR-000055DR-000055-INV-002"CRED-002(ñŸ∑¶Û20R}
INV-000055-002	ò‡EURÈ"È0:Customer 000055B55 rue de la R√©publiqueB
69001 LyonJdr-000055@example.coma
DR-000072-8	DR-000072DR-000072-INV-002"CRED-001(»Ÿ∑¶Û20r!È"reminder-4-warning_
DR-000099-8	DR-000099DR-000099-INV-002"CRED-010(˙Ÿ∑¶Û20ä
goods not deliveredÈ`
DR-000102-9	DR-000102DR-000102-INV-002"CRED-006(¨⁄∑¶Û20r È"reminder-3-letter`
DR-000108-13	DR-000108DR-000108-INV-002"CRED-004(ﬁ⁄∑¶Û20rÈ"reminder-1-email^
DR-000125-4	DR-000125DR-000125-INV-002"CRED-011(ê€∑¶Û20rÈ"courtesy-reminder^
DR-000128-8	DR-000128DR-000128-INV-003"CRED-012(¬€∑¶Û20rÈ"courtesy-reminder`
DR-000165-14	DR-000165DR-000165-INV-003"CRED-008(Ù€∑¶Û20rÈ"reminder-1-emaila
DR-000174-16	DR-000174DR-000174-INV-002"CRED-003(¶‹∑¶Û20r È"reminder-3-letterg
DR-000192-6	DR-000192DR-000192-INV-003"CRED-011(ÿ‹∑¶Û20Z'
DR-000192-PAY-3	¸‡EURÈ º
DR-000208-3	DR-000208DR-000208-INV-002"CRED-008(ä›∑¶Û20R|
INV-000208-002	È¥EURÈ"È0:Customer 000208B8 rue de la R√©publiqueB
69001 LyonJdr-000208@example.comº
DR-000209-8	DR-000209DR-000209-INV-002"CRED-002(º›∑¶Û20R|
INV-000209-002	èüEURÈ"È0:Customer 000209B9 rue de la R√©publiqueB
69002 LyonJdr-000209@example.comh
DR-000232-12	DR-000232DR-000232-INV-003"CRED-008(Ó›∑¶Û20Z'
DR-000232-PAY-3	˚áEURÈ Ω
DR-000237-12	DR-000237DR-000237-INV-003"CRED-007(†ﬁ∑¶Û20R|
INV-000237-003	–Â%EURÈ"È0:Company 000237B37 rue de la R√©publiqueB
69003 LyonJdr-000237@example.comi
DR-000237-13	DR-000237DR-000237-INV-001"CRED-007(“ﬁ∑¶Û20Z(
DR-000237-PAY-1
ûëßEURÈ _
DR-000250-7	DR-000250DR-000250-INV-002"CRED-007(Ñﬂ∑¶Û20rÈ"reminder-2-phone%
day-2025-06-03(ò†Û¡Û20≤	
Èb
DR-000009-16	DR-000009DR-000009-INV-002"CRED-011(Äê—œÛ20r!È"reminder-4-warningg
DR-000011-7	DR-000011DR-000011-INV-001"CRED-012(≤ê—œÛ20Z'
DR-000011-PAY-1	ÍﬂEURÈ æ
DR-000023-14	DR-000023DR-000023-INV-003"CRED-001(‰ê—œÛ20R}
INV-000023-003	¿Ï
EURÈ"È0:Customer 000023B23 rue de la R√©publiqueB
69005 LyonJdr-000023@example.comΩ
DR-000024-8	DR-000024DR-000024-INV-002"CRED-008(ñë—œÛ20R}
INV-000024-002	µáEURÈ"È0:Customer 000024B24 rue de la R√©publiqueB
69006 LyonJdr-000024@example.com`
DR-000032-16	DR-000032DR-000032-INV-003"CRED-010(»ë—œÛ20rÈ"reminder-1-emailv
DR-000063-11	DR-000063DR-000063-INV-002"CRED-012(˙ë—œÛ20™4
È)small balance left after partial payments_
DR-000135-6	DR-000135DR-000135-INV-002"CRED-010(¨í—œÛ20rÈ"reminder-1-email`
DR-000147-12	DR-000147DR-000147-INV-002"CRED-006(ﬁí—œÛ20rÈ"reminder-2-phoneb
DR-000158-12	DR-000158DR-000158-INV-002"CRED-010(êì—œÛ20r!È"reminder-4-warningr
DR-000159-11	DR-000159DR-000159-INV-002"CRED-008(¬ì—œÛ20ä0
billing error on some lines≈QEURÈ`
DR-000186-10	DR-000186DR-000186-INV-002"CRED-010(Ùì—œÛ20rÈ"reminder-2-phone]
DR-000186-11	DR-000186DR-000186-INV-002"CRED-010(¶î—œÛ20z
‡,EURÈÈh
DR-000189-4	DR-000189DR-000189-INV-002"CRED-008(ÿî—œÛ20Z(
DR-000189-PAY-2
’ŸòEURÈ b
DR-000197-11	DR-000197DR-000197-INV-002"CRED-006(äï—œÛ20r!È"reminder-4-warningh
DR-000229-18	DR-000229DR-000229-INV-002"CRED-009(ºï—œÛ20Z'
DR-000229-PAY-2	¶¿EURÈ b
DR-000237-14	DR-000237DR-000237-INV-002"CRED-007(Óï—œÛ20r!È"reminder-4-warning_
DR-000249-10	DR-000249DR-000249-INV-002"CRED-006(†ñ—œÛ20rÈ"courtesy-reminder%
day-2025-06-04(òÿåÎÛ20≤	
ÈΩ
DR-000010-5	DR-000010DR-000010-INV-003"CRED-004(Ä»Í¯Û20R}
INV-000010-003	¯µEURÈ"È0:Customer 000010B10 rue de la R√©publiqueB
69001 LyonJdr-000010@example.comb
DR-000019-16	DR-000019DR-000019-INV-002"CRED-002(≤»Í¯Û20r!È"reminder-4-warninga
DR-000032-17	DR-000032DR-000032-INV-002"CRED-010(‰»Í¯Û20r È"reminder-3-letterº
DR-000034-7	DR-000034DR-000034-INV-002"CRED-011(ñ…Í¯Û20R|
INV-000034-002£zEURÈ"È0:Customer 000034B34 rue de la R√©publiqueB
69007 LyonJdr-000034@example.comf
DR-000034-8	DR-000034DR-000034-INV-001"CRED-011(»…Í¯Û20Z&
DR-000034-PAY-3ãEURÈ _
DR-000038-7	DR-000038DR-000038-INV-002"CRED-001(˙…Í¯Û20rÈ"reminder-2-phone\
DR-000038-8	DR-000038DR-000038-INV-002"CRED-001(¨ Í¯Û20z
ùwEURÈÈæ
DR-000058-13	DR-000058DR-000058-INV-004"CRED-007(ﬁ Í¯Û20R}
INV-000058-004
ËíEURÈ"È0:Company 000058B58 rue de la R√©publiqueB
69004 LyonJdr-000058@example.comº
DR-000072-9	DR-000072DR-000072-INV-003"CRED-001(êÀÍ¯Û20R|
INV-000072-003	≠ø,EURÈ"È0:Company 000072B72 rue de la R√©publiqueB
69009 LyonJdr-000072@example.com_
DR-000081-8	DR-000081DR-000081-INV-003"CRED-010(¬ÀÍ¯Û20rÈ"reminder-2-phoneg
DR-000084-6	DR-000084DR-000084-INV-002"CRED-011(ÙÀÍ¯Û20Z'
DR-000084-PAY-2	ÀÇ9EURÈ æ
DR-000100-11	DR-000100DR-000100-INV-003"CRED-007(¶ÃÍ¯Û20R}
INV-000100-003	í®EURÈ"È0:Company 000100B100 rue de la R√©publiqueB
69001 LyonJdr-000100@example.com`
DR-000118-11	DR-000118DR-000118-INV-002"CRED-001(ÿÃÍ¯Û20rÈ"reminder-1-emailb
DR-000127-16	DR-000127DR-000127-INV-002"CRED-012(äÕÍ¯Û20r!È"reminder-4-warningg
DR-000127-17	DR-000127DR-000127-INV-002"CRED-012(ºÕÍ¯Û20Z&
DR-000127-PAY-4¿LEURÈ æ
DR-000128-9	DR-000128DR-000128-INV-004"CRED-012(ÓÕÍ¯Û20R~
INV-000128-004
ÜÑéEURÈ"È0:Company 000128B128 rue de la R√©publiqueB
69002 LyonJdr-000128@example.coma
DR-000138-19	DR-000138DR-000138-INV-001"CRED-007(†ŒÍ¯Û20r È"reminder-3-letterS
DR-000138-20	DR-000138DR-000138-INV-001"CRED-007(“ŒÍ¯Û20ö
AGY-02Èh
DR-000139-10	DR-000139DR-000139-INV-002"CRED-001(ÑœÍ¯Û20Z'
DR-000139-PAY-3	ÊÌGBPÈ g
DR-000175-5	DR-000175DR-000175-INV-002"CRED-003(∂œÍ¯Û20Z'
DR-000175-PAY-2	ÖâGBPÈ h
DR-000202-17	DR-000202DR-000202-INV-002"CRED-008(ËœÍ¯Û20Z'
DR-000202-PAY-2	¨´EURÈ h
DR-000204-11	DR-000204DR-000204-INV-002"CRED-006(ö–Í¯Û20Z'
DR-000204-PAY-2	Ï’.EURÈ Ω
DR-000223-6	DR-000223DR-000223-INV-002"CRED-010(Ã–Í¯Û20R}
INV-000223-002	ãöEURÈ"È0:Customer 000223B23 rue de la R√©publiqueB
69007 LyonJdr-000223@example.comæ
DR-000236-16	DR-000236DR-000236-INV-003"CRED-011(˛–Í¯Û20R}
INV-000236-003	éΩEURÈ"È0:Customer 000236B36 rue de la R√©publiqueB
69002 LyonJdr-000236@example.com_
DR-000241-5	DR-000241DR-000241-INV-001"CRED-009(∞—Í¯Û20rÈ"reminder-2-phoneΩ
DR-000247-19	DR-000247DR-000247-INV-004"CRED-012(‚—Í¯Û20R|
INV-000247-004	Ë“EURÈ"È0:Company 000247B47 rue de la R√©publiqueB
69004 LyonJdr-000247@example.com%
day-2025-06-05(òê¶îÙ20≤	
È`
DR-000057-10	DR-000057DR-000057-INV-002"CRED-011(ÄÄÑ¢Ù20rÈ"reminder-2-phonea
DR-000059-9	DR-000059DR-000059-INV-002"CRED-006(≤ÄÑ¢Ù20r!È"reminder-4-warning`
DR-000064-11	DR-000064DR-000064-INV-002"CRED-011(‰ÄÑ¢Ù20rÈ"reminder-1-email_
DR-000086-9	DR-000086DR-000086-INV-002"CRED-002(ñÅÑ¢Ù20rÈ"reminder-1-emailc
DR-000111-6	DR-000111DR-000111-INV-003"CRED-008(»ÅÑ¢Ù20j#
DR-000111-CN-6€EURÈb
DR-000119-12	DR-000119DR-000119-INV-002"CRED-007(˙ÅÑ¢Ù20r!È"reminder-4-warningb
DR-000138-21	DR-000138DR-000138-INV-001"CRED-007(¨ÇÑ¢Ù20r!È"reminder-4-warningh
DR-000149-14	DR-000149DR-000149-INV-001"CRED-009(ﬁÇÑ¢Ù20Z'
DR-000149-PAY-4	⁄•EURÈ L
DR-000188-5	DR-000188DR-000188-INV-002"CRED-001(êÉÑ¢Ù20íÈΩ
DR-000229-19	DR-000229DR-000229-INV-004"CRED-009(¬ÉÑ¢Ù20R|
INV-000229-004	óCEURÈ"È0:Company 000229B29 rue de la R√©publiqueB
69004 LyonJdr-000229@example.com`
DR-000241-6	DR-000241DR-000241-INV-001"CRED-009(ÙÉÑ¢Ù20r È"reminder-3-letter%
day-2025-06-06(ò»øΩÙ20≤	
Èb
DR-000018-14	DR-000018DR-000018-INV-002"CRED-006(Ä∏ùÀÙ20r!È"reminder-4-warningg
DR-000021-11	DR-000021DR-000021-INV-001"CRED-010(≤∏ùÀÙ20Z&
DR-000021-PAY-4ûKGBPÈ ^
DR-000025-6	DR-000025DR-000025-INV-002"CRED-008(‰∏ùÀÙ20rÈ"courtesy-reminderg
DR-000025-7	DR-000025DR-000025-INV-002"CRED-008(ñπùÀÙ20Z'
DR-000025-PAY-3	∞ÁEURÈ `
DR-000044-19	DR-000044DR-000044-INV-003"CRED-002(»πùÀÙ20ä
goods not deliveredÈ`
DR-000123-12	DR-000123DR-000123-INV-002"CRED-009(˙πùÀÙ20rÈ"reminder-2-phone^
DR-000123-13	DR-000123DR-000123-INV-002"CRED-009(¨∫ùÀÙ20z
	©⁄$EURÈÈΩ
DR-000124-5	DR-000124DR-000124-INV-003"CRED-012(ﬁ∫ùÀÙ20R}
INV-000124-003øVEURÈ"È0:Customer 000124B124 rue de la R√©publiqueB
69007 LyonJdr-000124@example.com`
DR-000134-10	DR-000134DR-000134-INV-002"CRED-009(êªùÀÙ20rÈ"reminder-1-email]
DR-000138-22	DR-000138DR-000138-INV-001"CRED-007(¬ªùÀÙ20rÈ"formal-noticeb
DR-000139-11	DR-000139DR-000139-INV-002"CRED-001(ÙªùÀÙ20r!È"reminder-4-warningh
DR-000147-13	DR-000147DR-000147-INV-002"CRED-006(¶ºùÀÙ20Z'
DR-000147-PAY-3	Ä‚EURÈ U
DR-000158-13	DR-000158"CRED-010(ÿºùÀÙ20Z'
DR-000158-PAY-2	˝ØEURÈ ^
DR-000166-9	DR-000166DR-000166-INV-002"CRED-001(äΩùÀÙ20rÈ"courtesy-reminderΩ
DR-000171-6	DR-000171DR-000171-INV-003"CRED-006(ºΩùÀÙ20R}
INV-000171-003	ÂæEURÈ"È0:Company 000171B171 rue de la R√©publiqueB
69009 LyonJdr-000171@example.com†
DR-000174-17	DR-000174DR-000174-INV-002"CRED-003(ÓΩùÀÙ20Ç^
DR-000174-PLAN-17È
È	¥ƒGBP
È	¥ƒGBP
È	µƒGBP\
DR-000193-7	DR-000193DR-000193-INV-001"CRED-006(†æùÀÙ20rÈ"formal-noticeΩ
DR-000196-3	DR-000196DR-000196-INV-002"CRED-009(“æùÀÙ20R}
INV-000196-002ıAEURÈ"È0:Customer 000196B196 rue de la R√©publiqueB
69007 LyonJdr-000196@example.comg
DR-000207-9	DR-000207DR-000207-INV-001"CRED-005(ÑøùÀÙ20Z'
DR-000207-PAY-2	ÇæEURÈ g
DR-000218-5	DR-000218DR-000218-INV-003"CRED-001(∂øùÀÙ20Z'
DR-000218-PAY-2	∑–USDÈ _
DR-000218-6	DR-000218DR-000218-INV-002"CRED-001(ËøùÀÙ20rÈ"reminder-1-emaila
DR-000241-7	DR-000241DR-000241-INV-001"CRED-009(ö¿ùÀÙ20r!È"reminder-4-warningh
DR-000147-13	DR-000147DR-000147-INV-002"CRED-006(¶ºùÀÙ20Z'
DR-000147-PAY-3	Ä‚EURÈ %
day-2025-06-07(òÄŸÊÙ20≤	
È`
DR-000002-12	DR-000002DR-000002-INV-003"CRED-001(Ä∂ÙÙ20rÈ"reminder-1-emailº
DR-000020-8	DR-000020DR-000020-INV-003"CRED-009(≤∂ÙÙ20R|
INV-000020-003	¶˘EURÈ"È0:Company 000020B20 rue de la R√©publiqueB
69002 LyonJdr-000020@example.comg
DR-000069-5	DR-000069DR-000069-INV-002"CRED-009(‰∂ÙÙ20Z'
DR-000069-PAY-2	Ü“CHFÈ g
DR-000073-4	DR-000073DR-000073-INV-002"CRED-002(ñÒ∂ÙÙ20Z'
DR-000073-PAY-2	ªÉEURÈ b
DR-000076-10	DR-000076DR-000076-INV-002"CRED-008(»Ò∂ÙÙ20r!È"reminder-4-warning_
DR-000091-4	DR-000091DR-000091-INV-002"CRED-005(˙Ò∂ÙÙ20rÈ"reminder-1-email`
DR-000168-15	DR-000168DR-000168-INV-003"CRED-009(¨Ú∂ÙÙ20rÈ"reminder-2-phone`
DR-000183-8	DR-000183DR-000183-INV-002"CRED-010(ﬁÚ∂ÙÙ20r È"reminder-3-letter`
DR-000184-11	DR-000184DR-000184-INV-002"CRED-005(êÛ∂ÙÙ20rÈ"reminder-2-phone_
DR-000195-6	DR-000195DR-000195-INV-002"CRED-008(¬Û∂ÙÙ20rÈ"reminder-1-emailæ
DR-000197-12	DR-000197DR-000197-INV-003"CRED-006(ÙÛ∂ÙÙ20R}
INV-000197-003	»EURÈ"È0:Company 000197B197 rue de la R√©publiqueB
69008 LyonJdr-000197@example.comg
DR-000218-7	DR-000218DR-000218-INV-002"CRED-001(¶Ù∂ÙÙ20Z'
DR-000218-PAY-3	≈®USDÈ a
DR-000220-15	DR-000220DR-000220-INV-002"CRED-012(ÿÙ∂ÙÙ20r È"reminder-3-letterg
DR-000220-16	DR-000220DR-000220-INV-002"CRED-012(äı∂ÙÙ20Z&
DR-000220-PAY-4ï[EURÈ º
DR-000232-13	DR-000232DR-000232-INV-004"CRED-008(ºı∂ÙÙ20R{
INV-000232-004ÅYEURÈ"È0:Company 000232B32 rue de la R√©publiqueB
69007 LyonJdr-000232@example.comh
DR-000240-8	DR-000240DR-000240-INV-001"CRED-012(Óı∂ÙÙ20Z(
DR-000240-PAY-1
¯çöEURÈ \
DR-000241-8	DR-000241DR-000241-INV-001"CRED-009(†ˆ∂ÙÙ20rÈ"formal-notice`
DR-000250-8	DR-000250DR-000250-INV-002"CRED-007(“ˆ∂ÙÙ20r È"reminder-3-letter%
day-2025-06-08(ò∏Úèı20≤	
Èh
DR-000018-15	DR-000018DR-000018-INV-002"CRED-006(Ä®–ùı20Z'
DR-000018-PAY-5	ÀìEURÈ	 Ω
DR-000019-17	DR-000019DR-000019-INV-003"CRED-002(≤®–ùı20R|
INV-000019-003	˙î)EURÈ	"È0:Company 000019B19 rue de la R√©publiqueB
69001 LyonJdr-000019@example.comÃ
DR-000037-16	DR-000037DR-000037-INV-003"CRED-009(‰®–ùı20Rä
INV-000037-003	ÅµEURÈ	"È*
Èó0:Company 000037B37 rue de la R√©publiqueB
69001 LyonJdr-000037@example.comh
DR-000076-11	DR-000076DR-000076-INV-002"CRED-008(ñ©–ùı20Z'
DR-000076-PAY-2	ñÜEURÈ	 _
DR-000083-5	DR-000083DR-000083-INV-002"CRED-009(»©–ùı20rÈ	"reminder-2-phonef
DR-000111-7	DR-000111DR-000111-INV-003"CRED-008(˙©–ùı20Z&
DR-000111-PAY-3–3EURÈ	 Ω
DR-000114-4	DR-000114DR-000114-INV-003"CRED-002(¨™–ùı20R}
INV-000114-003	ûØEURÈ	"È0:Company 000114B114 rue de la R√©publiqueB
69006 LyonJdr-000114@example.comæ
DR-000129-13	DR-000129DR-000129-INV-004"CRED-007(ﬁ™–ùı20R}
INV-000129-004	ÂbEURÈ	"È0:Company 000129B129 rue de la R√©publiqueB
69003 LyonJdr-000129@example.comh
DR-000131-11	DR-000131DR-000131-INV-003"CRED-011(ê´–ùı20Z'
DR-000131-PAY-3	÷¸USDÈ	 h
DR-000136-20	DR-000136DR-000136-INV-002"CRED-004(¬´–ùı20Z'
DR-000136-PAY-2	≈–/EURÈ	 º
DR-000145-8	DR-000145DR-000145-INV-003"CRED-009(Ù´–ùı20R|
INV-000145-003•nEURÈ	"È	0:Company 000145B145 rue de la R√©publiqueB
69001 LyonJdr-000145@example.comh
DR-000160-10	DR-000160DR-000160-INV-001"CRED-010(¶¨–ùı20Z'
DR-000160-PAY-1	„¿EURÈ	 g
DR-000162-11	DR-000162DR-000162-INV-002"CRED-012(ÿ¨–ùı20Z&
DR-000162-PAY-2í&USDÈ	 Ω
DR-000179-6	DR-000179DR-000179-INV-002"CRED-006(ä≠–ùı20R}
INV-000179-002≠{EURÈ	"È	0:Customer 000179B179 rue de la R√©publiqueB
69008 LyonJdr-000179@example.comg
DR-000186-12	DR-000186DR-000186-INV-002"CRED-010(º≠–ùı20Z&
DR-000186-PAY-2‡,EURÈ	 g
DR-000234-6	DR-000234DR-000234-INV-002"CRED-005(Ó≠–ùı20Z'
DR-000234-PAY-2	ëıGBPÈ	 g
DR-000243-7	DR-000243DR-000243-INV-003"CRED-006(†Æ–ùı20Z'
DR-000243-PAY-3	≥ƒEURÈ	 g
DR-000247-20	DR-000247DR-000247-INV-002"CRED-012(“Æ–ùı20Z&
DR-000247-PAY-6÷$EURÈ	 %
day-2025-06-09(òãπı20≤	
È	h
DR-000007-12	DR-000007DR-000007-INV-002"CRED-005(Ä‡È∆ı20Z'
DR-000007-PAY-2	¯•4EURÈ
 º
DR-000017-9	DR-000017DR-000017-INV-004"CRED-010(≤‡È∆ı20R|
INV-000017-004	ÀÉEURÈ
"È
0:Company 000017B17 rue de la R√©publiqueB
69008 LyonJdr-000017@example.com`
DR-000022-10	DR-000022DR-000022-INV-002"CRED-010(‰‡È∆ı20rÈ
"reminder-1-emailæ
DR-000030-14	DR-000030DR-000030-INV-003"CRED-005(ñ·È∆ı20R}
INV-000030-003	úÜEURÈ
"È
0:Customer 000030B30 rue de la R√©publiqueB
69003 LyonJdr-000030@example.coma
DR-000042-11	DR-000042DR-000042-INV-002"CRED-006(»·È∆ı20r È
"reminder-3-letter_
DR-000087-8	DR-000087DR-000087-INV-002"CRED-010(˙·È∆ı20rÈ
"reminder-1-email 
DR-000090-5	DR-000090DR-000090-INV-003"CRED-010(¨‚È∆ı20Râ
INV-000090-003ÿ|EURÈ
"È	*
Èø0:Company 000090B90 rue de la R√©publiqueB
69009 LyonJdr-000090@example.com`
DR-000108-14	DR-000108DR-000108-INV-002"CRED-004(ﬁ‚È∆ı20rÈ
"reminder-2-phone_
DR-000121-17	DR-000121DR-000121-INV-003"CRED-011(ê„È∆ı20rÈ
"courtesy-reminderg
DR-000153-9	DR-000153DR-000153-INV-002"CRED-012(¬„È∆ı20Z'
DR-000153-PAY-2	ºüEURÈ
 a
DR-000162-12	DR-000162DR-000162-INV-002"CRED-012(Ù„È∆ı20r È
"reminder-3-letter`
DR-000165-15	DR-000165DR-000165-INV-003"CRED-008(¶‰È∆ı20rÈ
"reminder-2-phone]
DR-000200-15	DR-000200DR-000200-INV-002"CRED-012(ÿ‰È∆ı20rÈ
"formal-notice_
DR-000201-11	DR-000201DR-000201-INV-002"CRED-005(äÂÈ∆ı20rÈ
"courtesy-reminder`
DR-000216-10	DR-000216DR-000216-INV-002"CRED-010(ºÂÈ∆ı20rÈ
"reminder-1-email_
DR-000240-9	DR-000240DR-000240-INV-002"CRED-012(ÓÂÈ∆ı20rÈ
"reminder-1-email_
DR-000242-9	DR-000242DR-000242-INV-003"CRED-009(†ÊÈ∆ı20rÈ
"reminder-1-email%
day-2025-06-10(ò®•‚ı20≤	
È
h
DR-000032-18	DR-000032DR-000032-INV-002"CRED-010(ÄòÉı20Z'
DR-000032-PAY-5	≤¢GBPÈ `
DR-000032-19	DR-000032DR-000032-INV-003"CRED-010(≤òÉı20rÈ"reminder-2-phoneb
DR-000082-10	DR-000082DR-000082-INV-002"CRED-009(‰òÉı20r!È"reminder-4-warningb
DR-000092-14	DR-000092DR-000092-INV-002"CRED-012(ñôÉı20r!È"reminder-4-warningh
DR-000097-15	DR-000097DR-000097-INV-002"CRED-010(»ôÉı20Z'
DR-000097-PAY-2	ÜÅEURÈ b
DR-000117-14	DR-000117DR-000117-INV-002"CRED-004(˙ôÉı20r!È"reminder-4-warningX
DR-000120-10	DR-000120DR-000120-INV-002"CRED-008(¨öÉı20í	∑›EURÈ_
DR-000135-7	DR-000135DR-000135-INV-002"CRED-010(ﬁöÉı20rÈ"reminder-2-phoneb
DR-000162-13	DR-000162DR-000162-INV-002"CRED-012(êõÉı20r!È"reminder-4-warning†
DR-000165-16	DR-000165DR-000165-INV-003"CRED-008(¬õÉı20Ç^
DR-000165-PLAN-16È
È	å‰EUR
È	å‰EUR
È	ç‰EUR]
DR-000217-16	DR-000217DR-000217-INV-002"CRED-008(ÙõÉı20rÈ"formal-notice%
day-2025-06-11(ò‡æãˆ20≤	
È_
DR-000052-4	DR-000052DR-000052-INV-002"CRED-008(Ä–úôˆ20rÈ"reminder-1-email`
DR-000063-12	DR-000063DR-000063-INV-003"CRED-012(≤–úôˆ20rÈ"reminder-1-emailh
DR-000067-10	DR-000067DR-000067-INV-003"CRED-006(‰–úôˆ20Z'
DR-000067-PAY-3	∏‚EURÈ `
DR-000081-9	DR-000081DR-000081-INV-003"CRED-010(ñ—úôˆ20r È"reminder-3-letterg
DR-000099-9	DR-000099DR-000099-INV-001"CRED-010(»—úôˆ20Z'
DR-000099-PAY-1	à¥<USDÈ b
DR-000102-10	DR-000102DR-000102-INV-002"CRED-006(˙—úôˆ20r!È"reminder-4-warning`
DR-000118-12	DR-000118DR-000118-INV-002"CRED-001(¨“úôˆ20rÈ"reminder-2-phoneæ
DR-000156-11	DR-000156DR-000156-INV-003"CRED-007(ﬁ“úôˆ20R}
INV-000156-003	˚πEURÈ"È0:Company 000156B156 rue de la R√©publiqueB
69003 LyonJdr-000156@example.comi
DR-000156-12	DR-000156DR-000156-INV-001"CRED-007(ê”úôˆ20Z(
DR-000156-PAY-2
––≈EURÈ g
DR-000173-9	DR-000173DR-000173-INV-002"CRED-008(¬”úôˆ20Z'
DR-000173-PAY-2	øñEURÈ h
DR-000194-10	DR-000194DR-000194-INV-002"CRED-001(Ù”úôˆ20Z'
DR-000194-PAY-2	≥µUSDÈ %
day-2025-06-12(òòÿ¥ˆ20≤	
Èa
DR-000057-11	DR-000057DR-000057-INV-002"CRED-011(Äà∂¬ˆ20r È"reminder-3-letter`
DR-000064-12	DR-000064DR-000064-INV-002"CRED-011(≤à∂¬ˆ20rÈ"reminder-2-phone`
DR-000086-10	DR-000086DR-000086-INV-002"CRED-002(‰à∂¬ˆ20rÈ"reminder-2-phoneW
DR-000089-8	DR-000089DR-000089-INV-002"CRED-006(ñâ∂¬ˆ20í	Ãû	EURÈ_
DR-000125-5	DR-000125DR-000125-INV-002"CRED-011(»â∂¬ˆ20rÈ"reminder-1-email`
DR-000128-10	DR-000128DR-000128-INV-003"CRED-012(˙â∂¬ˆ20rÈ"reminder-1-emailg
DR-000137-4	DR-000137DR-000137-INV-002"CRED-005(¨ä∂¬ˆ20Z'
DR-000137-PAY-2	‹´EURÈ æ
DR-000195-7	DR-000195DR-000195-INV-003"CRED-008(ﬁä∂¬ˆ20R~
INV-000195-003
ª€ÖEURÈ"È0:Company 000195B195 rue de la R√©publiqueB
69006 LyonJdr-000195@example.comΩ
DR-000230-6	DR-000230DR-000230-INV-002"CRED-005(êã∂¬ˆ20R}
INV-000230-002	¿ßEURÈ"È0:Customer 000230B30 rue de la R√©publiqueB
69005 LyonJdr-000230@example.com%
day-2025-06-13(ò–Ò›ˆ20≤	
Èb
DR-000032-20	DR-000032DR-000032-INV-002"CRED-010(Ä¿œÎˆ20r!È"reminder-4-warningæ
DR-000057-12	DR-000057DR-000057-INV-003"CRED-011(≤¿œÎˆ20R}
INV-000057-003
”√èEURÈ"È0:Company 000057B57 rue de la R√©publiqueB
69003 LyonJdr-000057@example.comº
DR-000073-5	DR-000073DR-000073-INV-003"CRED-002(‰¿œÎˆ20R|
INV-000073-003´jEURÈ"È0:Customer 000073B73 rue de la R√©publiqueB
69001 LyonJdr-000073@example.comh
DR-000074-9	DR-000074DR-000074-INV-002"CRED-011(ñ¡œÎˆ20Z(
DR-000074-PAY-3
’ô®EURÈ Ω
DR-000081-10	DR-000081DR-000081-INV-004"CRED-010(»¡œÎˆ20R|
INV-000081-004	ÂÉ(EURÈ"È0:Company 000081B81 rue de la R√©publiqueB
69009 LyonJdr-000081@example.com_
DR-000089-9	DR-000089DR-000089-INV-002"CRED-006(˙¡œÎˆ20rÈ"reminder-1-emailæ
DR-000101-5	DR-000101DR-000101-INV-003"CRED-004(¨¬œÎˆ20R~
INV-000101-003
∏‡ºEURÈ"È0:Company 000101B101 rue de la R√©publiqueB
69002 LyonJdr-000101@example.comg
DR-000108-15	DR-000108DR-000108-INV-002"CRED-004(ﬁ¬œÎˆ20Z&
DR-000108-PAY-2∂*EURÈ h
DR-000121-18	DR-000121DR-000121-INV-002"CRED-011(ê√œÎˆ20Z'
DR-000121-PAY-4	∞ö)EURÈ `
DR-000134-11	DR-000134DR-000134-INV-002"CRED-009(¬√œÎˆ20rÈ"reminder-2-phone]
DR-000185-13	DR-000185DR-000185-INV-002"CRED-001(Ù√œÎˆ20rÈ"formal-notice_
DR-000228-18	DR-000228DR-000228-INV-003"CRED-012(¶ƒœÎˆ20rÈ"courtesy-reminderΩ
DR-000242-10	DR-000242DR-000242-INV-004"CRED-009(ÿƒœÎˆ20R|
INV-000242-004	ÈÁ#EURÈ"È0:Company 000242B42 rue de la R√©publiqueB
69008 LyonJdr-000242@example.com]
DR-000246-14	DR-000246DR-000246-INV-002"CRED-003(ä≈œÎˆ20rÈ"formal-notice`
DR-000249-11	DR-000249DR-000249-INV-002"CRED-006(º≈œÎˆ20rÈ"reminder-1-email%
day-2025-06-14(òàãá˜20≤	
È`
DR-000002-13	DR-000002DR-000002-INV-003"CRED-001(Ä¯Ëî˜20rÈ"reminder-2-phone^
DR-000002-14	DR-000002DR-000002-INV-003"CRED-001(≤¯Ëî˜20z
	ù˘EURÈÈg
DR-000020-9	DR-000020DR-000020-INV-001"CRED-009(‰¯Ëî˜20Z'
DR-000020-PAY-2	ı∏#EURÈ R
DR-000060-8	DR-000060DR-000060-INV-001"CRED-012(ñ˘Ëî˜20ö
AGY-01È`
DR-000089-10	DR-000089DR-000089-INV-002"CRED-006(»˘Ëî˜20rÈ"reminder-2-phone_
DR-000091-5	DR-000091DR-000091-INV-002"CRED-005(˙˘Ëî˜20rÈ"reminder-2-phone^
DR-000103-4	DR-000103DR-000103-INV-002"CRED-001(¨˙Ëî˜20rÈ"courtesy-reminderø
DR-000108-16	DR-000108DR-000108-INV-003"CRED-004(ﬁ˙Ëî˜20R~
INV-000108-003	±◊EURÈ"È0:Customer 000108B108 rue de la R√©publiqueB
69009 LyonJdr-000108@example.com`
DR-000129-14	DR-000129DR-000129-INV-003"CRED-007(ê˚Ëî˜20rÈ"reminder-1-email`
DR-000154-8	DR-000154DR-000154-INV-002"CRED-001(¬˚Ëî˜20r È"reminder-3-lettera
DR-000168-16	DR-000168DR-000168-INV-003"CRED-009(Ù˚Ëî˜20r È"reminder-3-lettera
DR-000184-12	DR-000184DR-000184-INV-002"CRED-005(¶¸Ëî˜20r È"reminder-3-letteræ
DR-000193-8	DR-000193DR-000193-INV-003"CRED-006(ÿ¸Ëî˜20R~
INV-000193-003
”ØìEURÈ"È0:Company 000193B193 rue de la R√©publiqueB
69004 LyonJdr-000193@example.com_
DR-000195-8	DR-000195DR-000195-INV-002"CRED-008(ä˝Ëî˜20rÈ"reminder-2-phone%
day-2025-06-15(ò¿§∞˜20≤	
Èg
DR-000040-7	DR-000040DR-000040-INV-003"CRED-007(Ä∞Çæ˜20Z'
DR-000040-PAY-3	ë˙EURÈ h
DR-000057-13	DR-000057DR-000057-INV-002"CRED-011(≤∞Çæ˜20Z'
DR-000057-PAY-3	—ˇ.EURÈ `
DR-000083-6	DR-000083DR-000083-INV-002"CRED-009(‰∞Çæ˜20r È"reminder-3-letterû
DR-000083-7	DR-000083DR-000083-INV-002"CRED-009(ñ±Çæ˜20Ç]
DR-000083-PLAN-7È
È	ñè%GBP
È	ñè%GBP
È	òè%GBPa
DR-000089-11	DR-000089DR-000089-INV-002"CRED-006(»±Çæ˜20r È"reminder-3-letter`
DR-000093-10	DR-000093DR-000093-INV-002"CRED-003(˙±Çæ˜20rÈ"reminder-1-emailh
DR-000123-14	DR-000123DR-000123-INV-002"CRED-009(¨≤Çæ˜20Z'
DR-000123-PAY-1	©⁄$EURÈ h
DR-000155-13	DR-000155DR-000155-INV-002"CRED-006(ﬁ≤Çæ˜20Z'
DR-000155-PAY-2	∑ÃeCHFÈ h
DR-000165-17	DR-000165DR-000165-INV-002"CRED-008(ê≥Çæ˜20Z'
DR-000165-PAY-4	ôºEURÈ Õ
DR-000172-7	DR-000172DR-000172-INV-004"CRED-010(¬≥Çæ˜20Rå
INV-000172-004	∞§5EURÈ"È*
È¥à0:Company 000172B172 rue de la R√©publiqueB
69001 LyonJdr-000172@example.com\
DR-000235-8	DR-000235DR-000235-INV-002"CRED-006(Ù≥Çæ˜20rÈ"formal-noticeg
DR-000250-9	DR-000250DR-000250-INV-002"CRED-007(¶¥Çæ˜20Z'
DR-000250-PAY-2	±ƒEURÈ %
day-2025-06-16(ò¯ΩŸ˜20≤	
È]
DR-000009-17	DR-000009DR-000009-INV-002"CRED-011(ÄËõÁ˜20rÈ"formal-notice`
DR-000022-11	DR-000022DR-000022-INV-002"CRED-010(≤ËõÁ˜20rÈ"reminder-2-phonef
DR-000038-9	DR-000038DR-000038-INV-002"CRED-001(‰ËõÁ˜20Z&
DR-000038-PAY-2ùwEURÈ h
DR-000059-10	DR-000059DR-000059-INV-002"CRED-006(ñÈõÁ˜20Z'
DR-000059-PAY-3	†¶eUSDÈ _
DR-000087-9	DR-000087DR-000087-INV-002"CRED-010(»ÈõÁ˜20rÈ"reminder-2-phoneb
DR-000089-12	DR-000089DR-000089-INV-002"CRED-006(˙ÈõÁ˜20r!È"reminder-4-warningh
DR-000138-23	DR-000138DR-000138-INV-003"CRED-007(¨ÍõÁ˜20Z'
DR-000138-PAY-5	‘¶ EURÈ v
DR-000139-12	DR-000139DR-000139-INV-002"CRED-001(ﬁÍõÁ˜20™4
È)small balance left after partial payments`
DR-000149-15	DR-000149DR-000149-INV-003"CRED-009(êÎõÁ˜20rÈ"reminder-1-email_
DR-000161-6	DR-000161DR-000161-INV-002"CRED-007(¬ÎõÁ˜20rÈ"reminder-1-emailh
DR-000165-18	DR-000165DR-000165-INV-003"CRED-008(ÙÎõÁ˜20Z'
DR-000165-PAY-5	å‰EURÈ `
DR-000166-10	DR-000166DR-000166-INV-002"CRED-001(¶ÏõÁ˜20rÈ"reminder-1-emailg
DR-000172-8	DR-000172DR-000172-INV-003"CRED-010(ÿÏõÁ˜20Z'
DR-000172-PAY-3	£·-EURÈ a
DR-000183-9	DR-000183DR-000183-INV-002"CRED-010(äÌõÁ˜20r!È"reminder-4-warningΩ
DR-000199-4	DR-000199DR-000199-INV-003"CRED-007(ºÌõÁ˜20R}
INV-000199-003	’ØEURÈ"È0:Company 000199B199 rue de la R√©publiqueB
69001 LyonJdr-000199@example.comΩ
DR-000210-7	DR-000210DR-000210-INV-003"CRED-007(ÓÌõÁ˜20R}
INV-000210-003	˛ÑEURÈ"È0:Customer 000210B10 rue de la R√©publiqueB
69003 LyonJdr-000210@example.com\
DR-000216-11	DR-000216DR-000216-INV-001"CRED-010(†ÓõÁ˜20¢ÈRG-000216-001`
DR-000216-12	DR-000216DR-000216-INV-002"CRED-010(“ÓõÁ˜20rÈ"reminder-2-phoneb
DR-000220-17	DR-000220DR-000220-INV-002"CRED-012(ÑÔõÁ˜20r!È"reminder-4-warning_
DR-000229-20	DR-000229DR-000229-INV-003"CRED-009(∂ÔõÁ˜20rÈ"courtesy-reminder`
DR-000240-10	DR-000240DR-000240-INV-002"CRED-012(ËÔõÁ˜20rÈ"reminder-2-phone`
DR-000242-11	DR-000242DR-000242-INV-003"CRED-009(öõÁ˜20rÈ"reminder-2-phone%
day-2025-06-17(ò∞◊Ç¯20≤	
Èh
DR-000023-15	DR-000023DR-000023-INV-002"CRED-001(Ä†µê¯20Z'
DR-000023-PAY-2	¡ÉEURÈ a
DR-000032-21	DR-000032DR-000032-INV-003"CRED-010(≤†µê¯20r È"reminder-3-letterg
DR-000052-5	DR-000052DR-000052-INV-002"CRED-008(‰†µê¯20Z'
DR-000052-PAY-2	¯∆EURÈ ]
DR-000072-10	DR-000072DR-000072-INV-002"CRED-001(ñ°µê¯20rÈ"formal-noticeh
DR-000087-10	DR-000087DR-000087-INV-002"CRED-010(»°µê¯20Z'
DR-000087-PAY-2	 ºEURÈ g
DR-000115-4	DR-000115DR-000115-INV-002"CRED-004(˙°µê¯20Z'
DR-000115-PAY-2	–∞EURÈ h
DR-000120-11	DR-000120DR-000120-INV-002"CRED-008(¨¢µê¯20Z'
DR-000120-PAY-2	ÄÛ%EURÈ æ
DR-000123-15	DR-000123DR-000123-INV-004"CRED-009(ﬁ¢µê¯20R}
INV-000123-004	á§EURÈ"È0:Company 000123B123 rue de la R√©publiqueB
69006 LyonJdr-000123@example.comg
DR-000126-6	DR-000126DR-000126-INV-003"CRED-009(ê£µê¯20Z'
DR-000126-PAY-3	ÉÃUSDÈ `
DR-000135-8	DR-000135DR-000135-INV-002"CRED-010(¬£µê¯20r È"reminder-3-lettera
DR-000154-9	DR-000154DR-000154-INV-002"CRED-001(Ù£µê¯20r!È"reminder-4-warning_
DR-000158-14	DR-000158DR-000158-INV-003"CRED-010(¶§µê¯20rÈ"courtesy-reminderv
DR-000169-10	DR-000169DR-000169-INV-001"CRED-009(ÿ§µê¯20™4
È)small balance left after partial paymentsg
DR-000217-17	DR-000217DR-000217-INV-002"CRED-008(ä•µê¯20Z&
DR-000217-PAY-3ëXEURÈ º
DR-000228-19	DR-000228DR-000228-INV-004"CRED-012(º•µê¯20R{
INV-000228-004∂IEURÈ"È0:Company 000228B28 rue de la R√©publiqueB
69003 LyonJdr-000228@example.com%
day-2025-06-18(òË´¯20≤	
Èv
DR-000018-16	DR-000018DR-000018-INV-002"CRED-006(ÄÿŒπ¯20™4
È)small balance left after partial paymentsg
DR-000028-13	DR-000028DR-000028-INV-002"CRED-008(≤ÿŒπ¯20Z&
DR-000028-PAY-2ëmGBPÈ b
DR-000042-12	DR-000042DR-000042-INV-002"CRED-006(‰ÿŒπ¯20r!È"reminder-4-warningM
DR-000062-17	DR-000062DR-000062-INV-003"CRED-006(ñŸŒπ¯20íÈ`
DR-000063-13	DR-000063DR-000063-INV-003"CRED-012(»ŸŒπ¯20rÈ"reminder-2-phonef
DR-000090-6	DR-000090DR-000090-INV-003"CRED-010(˙ŸŒπ¯20Z&
DR-000090-PAY-3ôzEURÈ W
DR-000107-7	DR-000107DR-000107-INV-002"CRED-011(¨⁄Œπ¯20í	á≥EURÈa
DR-000118-13	DR-000118DR-000118-INV-002"CRED-001(ﬁ⁄Œπ¯20r È"reminder-3-letter`
DR-000132-12	DR-000132DR-000132-INV-003"CRED-012(ê€Œπ¯20rÈ"reminder-1-emailø
DR-000134-12	DR-000134DR-000134-INV-003"CRED-009(¬€Œπ¯20R~
INV-000134-003	‚ïEURÈ"È0:Customer 000134B134 rue de la R√©publiqueB
69008 LyonJdr-000134@example.com`
DR-000174-18	DR-000174DR-000174-INV-003"CRED-003(Ù€Œπ¯20rÈ"reminder-1-email]
DR-000197-13	DR-000197DR-000197-INV-002"CRED-006(¶‹Œπ¯20rÈ"formal-notice]
DR-000237-15	DR-000237DR-000237-INV-002"CRED-007(ÿ‹Œπ¯20rÈ"formal-notice%
day-2025-06-19(ò†ä’¯20≤	
È]
DR-000019-18	DR-000019DR-000019-INV-002"CRED-002(ÄêË‚¯20rÈ"formal-notice_
DR-000045-9	DR-000045DR-000045-INV-002"CRED-002(≤êË‚¯20rÈ"reminder-1-email`
DR-000062-18	DR-000062DR-000062-INV-003"CRED-006(‰êË‚¯20rÈ"reminder-1-emaila
DR-000064-13	DR-000064DR-000064-INV-002"CRED-011(ñëË‚¯20r È"reminder-3-lettera
DR-000086-11	DR-000086DR-000086-INV-002"CRED-002(»ëË‚¯20r È"reminder-3-letterg
DR-000106-6	DR-000106DR-000106-INV-002"CRED-004(˙ëË‚¯20Z'
DR-000106-PAY-3	ßÓ:USDÈ `
DR-000107-8	DR-000107DR-000107-INV-002"CRED-011(¨íË‚¯20r È"reminder-3-letter`
DR-000121-19	DR-000121DR-000121-INV-003"CRED-011(ﬁíË‚¯20rÈ"reminder-1-email_
DR-000125-6	DR-000125DR-000125-INV-002"CRED-011(êìË‚¯20rÈ"reminder-2-phone`
DR-000128-11	DR-000128DR-000128-INV-003"CRED-012(¬ìË‚¯20rÈ"reminder-2-phonea
DR-000138-24	DR-000138DR-000138-INV-002"CRED-007(ÙìË‚¯20r È"reminder-3-letter`
DR-000201-12	DR-000201DR-000201-INV-002"CRED-005(¶îË‚¯20rÈ"reminder-1-emailh
DR-000201-13	DR-000201DR-000201-INV-002"CRED-005(ÿîË‚¯20Z'
DR-000201-PAY-2	ÿ†EURÈ ]
DR-000019-18	DR-000019DR-000019-INV-002"CRED-002(ÄêË‚¯20rÈ"formal-notice%
day-2025-06-20(òÿ£˛¯20≤	
È`
DR-000062-19	DR-000062DR-000062-INV-003"CRED-006(Ä»Åå˘20rÈ"reminder-2-phoneb
DR-000081-11	DR-000081DR-000081-INV-003"CRED-010(≤»Åå˘20r!È"reminder-4-warninga
DR-000107-9	DR-000107DR-000107-INV-002"CRED-011(‰»Åå˘20r!È"reminder-4-warning]
DR-000119-13	DR-000119DR-000119-INV-002"CRED-007(ñ…Åå˘20rÈ"formal-noticea
DR-000134-13	DR-000134DR-000134-INV-002"CRED-009(»…Åå˘20r È"reminder-3-letterb
DR-000138-25	DR-000138DR-000138-INV-002"CRED-007(˙…Åå˘20r!È"reminder-4-warningg
DR-000170-5	DR-000170DR-000170-INV-002"CRED-001(¨ Åå˘20Z'
DR-000170-PAY-2	í◊EURÈ g
DR-000209-9	DR-000209DR-000209-INV-001"CRED-002(ﬁ Åå˘20Z'
DR-000209-PAY-1	çÂEURÈ º
DR-000211-3	DR-000211DR-000211-INV-002"CRED-011(êÀÅå˘20R|
INV-000211-002Å4EURÈ"È0:Customer 000211B11 rue de la R√©publiqueB
69004 LyonJdr-000211@example.comº
DR-000213-5	DR-000213DR-000213-INV-003"CRED-011(¬ÀÅå˘20R|
INV-000213-003	—∆CHFÈ"È0:Company 000213B13 rue de la R√©publiqueB
69006 LyonJdr-000213@example.com`
DR-000217-18	DR-000217DR-000217-INV-003"CRED-008(ÙÀÅå˘20rÈ"reminder-1-email`
DR-000249-12	DR-000249DR-000249-INV-002"CRED-006(¶ÃÅå˘20rÈ"reminder-2-phone^
DR-000249-13	DR-000249DR-000249-INV-002"CRED-006(ÿÃÅå˘20z
	‡˜#CHFÈÈ%
day-2025-06-21(òêΩß˘20≤	
È_
DR-000006-9	DR-000006DR-000006-INV-002"CRED-003(ÄÄõµ˘20rÈ"reminder-1-emails
DR-000027-11	DR-000027DR-000027-INV-002"CRED-009(≤Äõµ˘20ä1
billing error on some lines	ÊÚEURÈb
DR-000057-14	DR-000057DR-000057-INV-002"CRED-011(‰Äõµ˘20r!È"reminder-4-warninga
DR-000062-20	DR-000062DR-000062-INV-003"CRED-006(ñÅõµ˘20r È"reminder-3-letterº
DR-000089-13	DR-000089DR-000089-INV-004"CRED-006(»Åõµ˘20R{
INV-000089-004†WEURÈ"È0:Company 000089B89 rue de la R√©publiqueB
69008 LyonJdr-000089@example.com`
DR-000091-6	DR-000091DR-000091-INV-002"CRED-005(˙Åõµ˘20r È"reminder-3-letterM
DR-000099-10	DR-000099DR-000099-INV-002"CRED-010(¨Çõµ˘20íÈh
DR-000118-14	DR-000118DR-000118-INV-002"CRED-001(ﬁÇõµ˘20Z'
DR-000118-PAY-3	”ÎEURÈ `
DR-000129-15	DR-000129DR-000129-INV-003"CRED-007(êÉõµ˘20rÈ"reminder-2-phone^
DR-000129-16	DR-000129DR-000129-INV-003"CRED-007(¬Éõµ˘20z
	±≈EURÈÈ]
DR-000138-26	DR-000138DR-000138-INV-002"CRED-007(ÙÉõµ˘20rÈ"formal-noticeΩ
DR-000142-7	DR-000142DR-000142-INV-004"CRED-005(¶Ñõµ˘20R}
INV-000142-004	–ıEURÈ"È0:Company 000142B142 rue de la R√©publiqueB
69007 LyonJdr-000142@example.comæ
DR-000151-4	DR-000151DR-000151-INV-002"CRED-012(ÿÑõµ˘20R~
INV-000151-002	√ùEURÈ"È0:Customer 000151B151 rue de la R√©publiqueB
69007 LyonJdr-000151@example.comh
DR-000166-11	DR-000166DR-000166-INV-002"CRED-001(äÖõµ˘20Z'
DR-000166-PAY-2	ùÄEURÈ g
DR-000191-5	DR-000191DR-000191-INV-002"CRED-005(ºÖõµ˘20Z'
DR-000191-PAY-2	üâEURÈ `
DR-000195-9	DR-000195DR-000195-INV-002"CRED-008(ÓÖõµ˘20r È"reminder-3-letter_
DR-000224-8	DR-000224DR-000224-INV-003"CRED-005(†Üõµ˘20rÈ"reminder-1-emailh
DR-000242-12	DR-000242DR-000242-INV-003"CRED-009(“Üõµ˘20Z'
DR-000242-PAY-2	√äEURÈ %
day-2025-06-22(ò»÷–˘20≤	
Èg
DR-000019-19	DR-000019DR-000019-INV-002"CRED-002(Ä∏¥ﬁ˘20Z&
DR-000019-PAY-6‚|EURÈ M
DR-000044-20	DR-000044DR-000044-INV-003"CRED-002(≤∏¥ﬁ˘20íÈb
DR-000062-21	DR-000062DR-000062-INV-003"CRED-006(‰∏¥ﬁ˘20r!È"reminder-4-warningg
DR-000064-14	DR-000064DR-000064-INV-001"CRED-006(ñπ¥ﬁ˘20Z&
DR-000064-PAY-1√~EURÈ g
DR-000080-13	DR-000080DR-000080-INV-001"CRED-012(»π¥ﬁ˘20Z&
DR-000080-PAY-2®hEURÈ `
DR-000093-11	DR-000093DR-000093-INV-002"CRED-003(˙π¥ﬁ˘20rÈ"reminder-2-phone^
DR-000093-12	DR-000093DR-000093-INV-002"CRED-003(¨∫¥ﬁ˘20z
	«‰EURÈÈg
DR-000103-5	DR-000103DR-000103-INV-002"CRED-001(ﬁ∫¥ﬁ˘20Z'
DR-000103-PAY-2	»ÊEURÈ _
DR-000123-16	DR-000123DR-000123-INV-003"CRED-009(êª¥ﬁ˘20rÈ"courtesy-reminder_
DR-000166-12	DR-000166DR-000166-INV-003"CRED-001(¬ª¥ﬁ˘20rÈ"courtesy-reminderº
DR-000204-12	DR-000204DR-000204-INV-003"CRED-006(Ùª¥ﬁ˘20R{
INV-000204-003	ÊåEURÈ"È0:Company 000204B4 rue de la R√©publiqueB
69006 LyonJdr-000204@example.comæ
DR-000219-12	DR-000219DR-000219-INV-004"CRED-012(¶º¥ﬁ˘20R}
INV-000219-004
Ã–áEURÈ"È0:Company 000219B19 rue de la R√©publiqueB
69003 LyonJdr-000219@example.comæ
DR-000227-11	DR-000227DR-000227-INV-003"CRED-011(ÿº¥ﬁ˘20R}
INV-000227-003
¸˝µEURÈ"È0:Company 000227B27 rue de la R√©publiqueB
69002 LyonJdr-000227@example.com%
day-2025-06-23(òÄ˘˘20≤	
Èº
DR-000007-13	DR-000007DR-000007-INV-003"CRED-005(ÄÕá˙20R{
INV-000007-003	’—EURÈ"È0:Company 000007B7 rue de la R√©publiqueB
69007 LyonJdr-000007@example.comh
DR-000020-10	DR-000020DR-000020-INV-002"CRED-009(≤Õá˙20Z'
DR-000020-PAY-3	ÒÏ]EURÈ a
DR-000022-12	DR-000022DR-000022-INV-002"CRED-010(‰Õá˙20r È"reminder-3-letterh
DR-000063-14	DR-000063DR-000063-INV-003"CRED-012(ñÒÕá˙20Z'
DR-000063-PAY-3	∫‘EURÈ ]
DR-000089-14	DR-000089DR-000089-INV-002"CRED-006(»ÒÕá˙20rÈ"formal-notice_
DR-000142-8	DR-000142DR-000142-INV-003"CRED-005(˙ÒÕá˙20rÈ"reminder-1-email`
DR-000149-16	DR-000149DR-000149-INV-003"CRED-009(¨ÚÕá˙20rÈ"reminder-2-phone_
DR-000161-7	DR-000161DR-000161-INV-002"CRED-007(ﬁÚÕá˙20rÈ"reminder-2-phoneb
DR-000168-17	DR-000168DR-000168-INV-003"CRED-009(êÛÕá˙20r!È"reminder-4-warningæ
DR-000176-3	DR-000176DR-000176-INV-002"CRED-008(¬ÛÕá˙20R~
INV-000176-002	èÜEURÈ"È0:Customer 000176B176 rue de la R√©publiqueB
69005 LyonJdr-000176@example.comb
DR-000184-13	DR-000184DR-000184-INV-002"CRED-005(ÙÛÕá˙20r!È"reminder-4-warningg
DR-000193-9	DR-000193DR-000193-INV-002"CRED-006(¶ÙÕá˙20Z'
DR-000193-PAY-1	ﬂÁEURÈ f
DR-000214-4	DR-000214DR-000214-INV-002"CRED-001(ÿÙÕá˙20Z&
DR-000214-PAY-2äcEURÈ a
DR-000216-13	DR-000216DR-000216-INV-002"CRED-010(äıÕá˙20r È"reminder-3-letter`
DR-000228-20	DR-000228DR-000228-INV-003"CRED-012(ºıÕá˙20rÈ"reminder-1-emaila
DR-000240-11	DR-000240DR-000240-INV-002"CRED-012(ÓıÕá˙20r È"reminder-3-letter%
day-2025-06-24(ò∏â£˙20≤	
È 
DR-000008-6	DR-000008DR-000008-INV-003"CRED-006(Ä®Á∞˙20Râ
INV-000008-003	˛⁄)EURÈ"È*
È„j0:Company 000008B8 rue de la R√©publiqueB
69008 LyonJdr-000008@example.comΩ
DR-000028-14	DR-000028DR-000028-INV-003"CRED-008(≤®Á∞˙20R|
INV-000028-003	¸úGBPÈ"È	0:Company 000028B28 rue de la R√©publiqueB
69001 LyonJdr-000028@example.comΩ
DR-000032-22	DR-000032DR-000032-INV-004"CRED-010(‰®Á∞˙20R|
INV-000032-004	ãª/GBPÈ"È	0:Company 000032B32 rue de la R√©publiqueB
69005 LyonJdr-000032@example.comh
DR-000042-13	DR-000042DR-000042-INV-001"CRED-006(ñ©Á∞˙20Z'
DR-000042-PAY-1	∫zEURÈ _
DR-000060-9	DR-000060DR-000060-INV-002"CRED-012(»©Á∞˙20rÈ"reminder-1-emailΩ
DR-000098-7	DR-000098DR-000098-INV-002"CRED-002(˙©Á∞˙20R}
INV-000098-002	û EURÈ"È0:Customer 000098B98 rue de la R√©publiqueB
69008 LyonJdr-000098@example.comæ
DR-000157-5	DR-000157DR-000157-INV-002"CRED-002(¨™Á∞˙20R~
INV-000157-002	¥≥EURÈ"È0:Customer 000157B157 rue de la R√©publiqueB
69004 LyonJdr-000157@example.comæ
DR-000168-18	DR-000168DR-000168-INV-004"CRED-002(ﬁ™Á∞˙20R}
INV-000168-004	ê÷GBPÈ"È0:Company 000168B168 rue de la R√©publiqueB
69006 LyonJdr-000168@example.comæ
DR-000198-13	DR-000198DR-000198-INV-003"CRED-004(ê´Á∞˙20R}
INV-000198-003	≥—eEURÈ"È0:Company 000198B198 rue de la R√©publiqueB
69009 LyonJdr-000198@example.comh
DR-000227-12	DR-000227DR-000227-INV-001"CRED-010(¬´Á∞˙20Z'
DR-000227-PAY-2	™èEURÈ %
day-2025-06-25(ò¢Ã˙20≤	
Èr
DR-000014-7	DR-000014DR-000014-INV-003"CRED-006(Ä‡Ä⁄˙20ä1
billing error on some lines	∂∞eUSDÈº
DR-000016-8	DR-000016DR-000016-INV-002"CRED-001(≤‡Ä⁄˙20R|
INV-000016-002ÔvEURÈ"È0:Customer 000016B16 rue de la R√©publiqueB
69007 LyonJdr-000016@example.comΩ
DR-000026-10	DR-000026DR-000026-INV-004"CRED-006(‰‡Ä⁄˙20R|
INV-000026-004	Ôë+EURÈ"È0:Company 000026B26 rue de la R√©publiqueB
69008 LyonJdr-000026@example.com_
DR-000047-7	DR-000047DR-000047-INV-002"CRED-011(ñ·Ä⁄˙20rÈ"reminder-1-emailº
DR-000049-7	DR-000049DR-000049-INV-003"CRED-004(»·Ä⁄˙20R|
INV-000049-003	Ω€!EURÈ"È
0:Company 000049B49 rue de la R√©publiqueB
69004 LyonJdr-000049@example.coma
DR-000063-15	DR-000063DR-000063-INV-003"CRED-012(˙·Ä⁄˙20r È"reminder-3-letter]
DR-000082-11	DR-000082DR-000082-INV-002"CRED-009(¨‚Ä⁄˙20rÈ"formal-notice]
DR-000092-15	DR-000092DR-000092-INV-002"CRED-012(ﬁ‚Ä⁄˙20rÈ"formal-notice]
DR-000117-15	DR-000117DR-000117-INV-002"CRED-004(ê„Ä⁄˙20rÈ"formal-notice`
DR-000132-13	DR-000132DR-000132-INV-003"CRED-012(¬„Ä⁄˙20rÈ"reminder-2-phoneU
DR-000158-15	DR-000158"CRED-010(Ù„Ä⁄˙20Z'
DR-000158-PAY-3	˘ã
EURÈ ]
DR-000162-14	DR-000162DR-000162-INV-002"CRED-012(¶‰Ä⁄˙20rÈ"formal-notice`
DR-000174-19	DR-000174DR-000174-INV-003"CRED-003(ÿ‰Ä⁄˙20rÈ"reminder-2-phoneg
DR-000212-4	DR-000212DR-000212-INV-002"CRED-006(äÂÄ⁄˙20Z'
DR-000212-PAY-2	¯ﬂ7CHFÈ h
DR-000238-4	DR-000238DR-000238-INV-002"CRED-005(ºÂÄ⁄˙20Z(
DR-000238-PAY-2
õﬁÉEURÈ i
DR-000240-12	DR-000240DR-000240-INV-002"CRED-012(ÓÂÄ⁄˙20Z(
DR-000240-PAY-2
¨¯ŸEURÈ S
DR-000246-15	DR-000246DR-000246-INV-002"CRED-003(†ÊÄ⁄˙20ö
AGY-02Èº
DR-000248-9	DR-000248DR-000248-INV-002"CRED-005(“ÊÄ⁄˙20R|
INV-000248-002 dEURÈ"È0:Customer 000248B48 rue de la R√©publiqueB
69005 LyonJdr-000248@example.com%
day-2025-06-26(ò®ºı˙20≤	
Èº
DR-000001-6	DR-000001DR-000001-INV-003"CRED-005(ÄòöÉ˚20R|
INV-000001-003	ñ’EURÈ"È0:Customer 000001B1 rue de la R√©publiqueB
69001 LyonJdr-000001@example.comS
DR-000009-18	DR-000009DR-000009-INV-002"CRED-011(≤òöÉ˚20ö
AGY-02Èb
DR-000032-23	DR-000032DR-000032-INV-003"CRED-010(‰òöÉ˚20r!È"reminder-4-warning`
DR-000045-10	DR-000045DR-000045-INV-002"CRED-002(ñôöÉ˚20rÈ"reminder-2-phoneh
DR-000060-10	DR-000060DR-000060-INV-002"CRED-012(»ôöÉ˚20Z'
DR-000060-PAY-1	ÓïEURÈ g
DR-000083-8	DR-000083DR-000083-INV-002"CRED-009(˙ôöÉ˚20Z'
DR-000083-PAY-2	ñè%GBPÈ ]
DR-000102-11	DR-000102DR-000102-INV-002"CRED-006(¨ööÉ˚20rÈ"formal-notice`
DR-000121-20	DR-000121DR-000121-INV-003"CRED-011(ﬁööÉ˚20rÈ"reminder-2-phoneh
DR-000123-17	DR-000123DR-000123-INV-001"CRED-009(êõöÉ˚20Z'
DR-000123-PAY-2	®±;EURÈ `
DR-000125-7	DR-000125DR-000125-INV-002"CRED-011(¬õöÉ˚20r È"reminder-3-letter€
DR-000125-8	DR-000125DR-000125-INV-002"CRED-011(ÙõöÉ˚20Çô
DR-000125-PLAN-8È
Èﬂ)EUR
Èﬂ)EUR
È	ﬂ)EUR
È
ﬂ)EUR
Èﬂ)EUR
È‰)EURa
DR-000128-12	DR-000128DR-000128-INV-003"CRED-012(¶úöÉ˚20r È"reminder-3-lettera
DR-000135-9	DR-000135DR-000135-INV-002"CRED-010(ÿúöÉ˚20r!È"reminder-4-warningæ
DR-000190-19	DR-000190DR-000190-INV-004"CRED-004(äùöÉ˚20R}
INV-000190-004	»µEURÈ"È0:Company 000190B190 rue de la R√©publiqueB
69001 LyonJdr-000190@example.comS
DR-000200-16	DR-000200DR-000200-INV-002"CRED-012(ºùöÉ˚20ö
AGY-01È`
DR-000229-21	DR-000229DR-000229-INV-003"CRED-009(ÓùöÉ˚20rÈ"reminder-1-email%
day-2025-06-27(ò‡’û˚20≤	
Èh
DR-000002-15	DR-000002DR-000002-INV-003"CRED-001(Ä–≥¨˚20Z'
DR-000002-PAY-3	ù˘EURÈ g
DR-000046-4	DR-000046DR-000046-INV-002"CRED-005(≤–≥¨˚20Z'
DR-000046-PAY-2	˚“EURÈ æ
DR-000085-15	DR-000085DR-000085-INV-003"CRED-012(‰–≥¨˚20R}
INV-000085-003	ÓﬁEURÈ"È0:Customer 000085B85 rue de la R√©publiqueB
69004 LyonJdr-000085@example.com_
DR-000114-5	DR-000114DR-000114-INV-002"CRED-002(ñ—≥¨˚20rÈ"reminder-1-email`
DR-000160-11	DR-000160DR-000160-INV-002"CRED-010(»—≥¨˚20rÈ"reminder-1-emailh
DR-000185-14	DR-000185DR-000185-INV-002"CRED-001(˙—≥¨˚20Z'
DR-000185-PAY-3	Ú∂EURÈ `
DR-000217-19	DR-000217DR-000217-INV-003"CRED-008(¨“≥¨˚20rÈ"reminder-2-phone^
DR-000217-20	DR-000217DR-000217-INV-003"CRED-008(ﬁ“≥¨˚20z
	ƒ‹EURÈÈg
DR-000224-9	DR-000224DR-000224-INV-003"CRED-005(ê”≥¨˚20Z'
DR-000224-PAY-3	ï‰EURÈ %
day-2025-06-28(òòÔ«˚20≤	
Èa
DR-000002-16	DR-000002DR-000002-INV-003"CRED-001(ÄàÕ’˚20r È"reminder-3-letter`
DR-000006-10	DR-000006DR-000006-INV-002"CRED-003(≤àÕ’˚20rÈ"reminder-2-phone`
DR-000015-11	DR-000015DR-000015-INV-002"CRED-011(‰àÕ’˚20rÈ"reminder-1-email]
DR-000032-24	DR-000032DR-000032-INV-002"CRED-010(ñâÕ’˚20rÈ"formal-noticeg
DR-000054-4	DR-000054DR-000054-INV-002"CRED-011(»âÕ’˚20Z'
DR-000054-PAY-2	 ıEURÈ b
DR-000064-15	DR-000064DR-000064-INV-002"CRED-011(˙âÕ’˚20r!È"reminder-4-warningb
DR-000086-12	DR-000086DR-000086-INV-002"CRED-002(¨äÕ’˚20r!È"reminder-4-warning]
DR-000107-10	DR-000107DR-000107-INV-002"CRED-011(ﬁäÕ’˚20rÈ"formal-noticeU
DR-000135-10	DR-000135"CRED-010(êãÕ’˚20Z'
DR-000135-PAY-2	ü—EURÈ `
DR-000136-21	DR-000136DR-000136-INV-003"CRED-004(¬ãÕ’˚20ä
goods not deliveredÈ`
DR-000147-14	DR-000147DR-000147-INV-003"CRED-006(ÙãÕ’˚20rÈ"reminder-1-emailf
DR-000196-4	DR-000196DR-000196-INV-002"CRED-009(¶åÕ’˚20Z&
DR-000196-PAY-2ıAEURÈ h
DR-000199-5	DR-000199DR-000199-INV-002"CRED-007(ÿåÕ’˚20Z(
DR-000199-PAY-2
õ´ÑEURÈ ^
DR-000239-9	DR-000239DR-000239-INV-002"CRED-010(äçÕ’˚20rÈ"courtesy-reminderg
DR-000247-21	DR-000247DR-000247-INV-002"CRED-012(ºçÕ’˚20Z&
DR-000247-PAY-7Å7EURÈ %
day-2025-06-29(ò–àÒ˚20≤	
Èª
DR-000004-6	DR-000004DR-000004-INV-004"CRED-003(Ä¿Ê˛˚20R{
INV-000004-004	≈¶EURÈ"È0:Company 000004B4 rue de la R√©publiqueB
69004 LyonJdr-000004@example.comº
DR-000051-5	DR-000051DR-000051-INV-003"CRED-006(≤¿Ê˛˚20R|
INV-000051-003	ÿ´%EURÈ"È0:Company 000051B51 rue de la R√©publiqueB
69006 LyonJdr-000051@example.comΩ
DR-000059-11	DR-000059DR-000059-INV-004"CRED-006(‰¿Ê˛˚20R|
INV-000059-004	ËûUSDÈ"È0:Company 000059B59 rue de la R√©publiqueB
69005 LyonJdr-000059@example.com_
DR-000105-12	DR-000105DR-000105-INV-003"CRED-001(ñ¡Ê˛˚20rÈ"courtesy-reminderh
DR-000107-11	DR-000107DR-000107-INV-002"CRED-011(»¡Ê˛˚20Z'
DR-000107-PAY-2	¢‡EURÈ Ω
DR-000116-7	DR-000116DR-000116-INV-003"CRED-001(˙¡Ê˛˚20R}
INV-000116-003	¥üEURÈ"È0:Company 000116B116 rue de la R√©publiqueB
69008 LyonJdr-000116@example.comΩ
DR-000133-5	DR-000133DR-000133-INV-003"CRED-002(¨¬Ê˛˚20R}
INV-000133-003	÷ñEURÈ"È0:Company 000133B133 rue de la R√©publiqueB
69007 LyonJdr-000133@example.comb
DR-000134-14	DR-000134DR-000134-INV-002"CRED-009(ﬁ¬Ê˛˚20r!È"reminder-4-warningh
DR-000138-27	DR-000138DR-000138-INV-002"CRED-007(ê√Ê˛˚20Z'
DR-000138-PAY-6	ª”EURÈ ^
DR-000146-6	DR-000146DR-000146-INV-003"CRED-007(¬√Ê˛˚20rÈ"courtesy-reminderø
DR-000153-10	DR-000153DR-000153-INV-003"CRED-012(Ù√Ê˛˚20R~
INV-000153-003	¡∞EURÈ"È0:Customer 000153B153 rue de la R√©publiqueB
69009 LyonJdr-000153@example.comf
DR-000178-4	DR-000178DR-000178-INV-002"CRED-006(¶ƒÊ˛˚20Z&
DR-000178-PAY-2ÒhUSDÈ ^
DR-000208-4	DR-000208DR-000208-INV-002"CRED-008(ÿƒÊ˛˚20rÈ"courtesy-reminder_
DR-000209-10	DR-000209DR-000209-INV-002"CRED-002(ä≈Ê˛˚20rÈ"courtesy-reminder%
day-2025-06-30(òà¢ö¸20≤	
Èb
DR-000002-17	DR-000002DR-000002-INV-003"CRED-001(Ä¯ˇß¸20r!È"reminder-4-warningº
DR-000013-9	DR-000013DR-000013-INV-005"CRED-012(≤¯ˇß¸20R|
INV-000013-005	üÚ EURÈ"È0:Company 000013B13 rue de la R√©publiqueB
69004 LyonJdr-000013@example.comΩ
DR-000053-3	DR-000053DR-000053-INV-002"CRED-009(‰¯ˇß¸20R}
INV-000053-002	µÖEURÈ"È0:Customer 000053B53 rue de la R√©publiqueB
69008 LyonJdr-000053@example.comg
DR-000061-9	DR-000061DR-000061-INV-001"CRED-007(ñ˘ˇß¸20Z'
DR-000061-PAY-3	®‘*EURÈ h
DR-000062-22	DR-000062DR-000062-INV-003"CRED-006(»˘ˇß¸20Z'
DR-000062-PAY-2	ßŸUSDÈ a
DR-000091-7	DR-000091DR-000091-INV-002"CRED-005(˙˘ˇß¸20r!È"reminder-4-warningi
DR-000128-13	DR-000128DR-000128-INV-004"CRED-012(¨˙ˇß¸20Z(
DR-000128-PAY-3
ÜÑéEURÈ h
DR-000129-17	DR-000129DR-000129-INV-003"CRED-007(ﬁ˙ˇß¸20Z'
DR-000129-PAY-4	±≈EURÈ _
DR-000142-9	DR-000142DR-000142-INV-003"CRED-005(ê˚ˇß¸20rÈ"reminder-2-phonea
DR-000149-17	DR-000149DR-000149-INV-002"CRED-009(¬˚ˇß¸20r È"reminder-3-lettera
DR-000149-18	DR-000149DR-000149-INV-003"CRED-009(Ù˚ˇß¸20r È"reminder-3-letteræ
DR-000161-8	DR-000161DR-000161-INV-003"CRED-004(¶¸ˇß¸20R~
INV-000161-003	ºØEURÈ"È0:Customer 000161B161 rue de la R√©publiqueB
69008 LyonJdr-000161@example.com`
DR-000161-9	DR-000161DR-000161-INV-002"CRED-007(ÿ¸ˇß¸20r È"reminder-3-letterø
DR-000164-10	DR-000164DR-000164-INV-002"CRED-011(ä˝ˇß¸20R~
INV-000164-002	π©EURÈ"È0:Customer 000164B164 rue de la R√©publiqueB
69002 LyonJdr-000164@example.comg
DR-000167-8	DR-000167DR-000167-INV-003"CRED-004(º˝ˇß¸20Z'
DR-000167-PAY-3	ƒØ!CHFÈ h
DR-000168-19	DR-000168DR-000168-INV-001"CRED-002(Ó˝ˇß¸20Z'
DR-000168-PAY-2	π…GBPÈ Ω
DR-000180-6	DR-000180DR-000180-INV-003"CRED-009(†˛ˇß¸20R}
INV-000180-003	ΩÔEURÈ"È0:Company 000180B180 rue de la R√©publiqueB
69009 LyonJdr-000180@example.comΩ
DR-000188-6	DR-000188DR-000188-INV-003"CRED-001(“˛ˇß¸20R}
INV-000188-003	úœ)EURÈ"È0:Company 000188B188 rue de la R√©publiqueB
69008 LyonJdr-000188@example.comb
DR-000195-10	DR-000195DR-000195-INV-002"CRED-008(Ñˇˇß¸20r!È"reminder-4-warningU
DR-000195-11	DR-000195"CRED-008(∂ˇˇß¸20Z'
DR-000195-PAY-2	™´EURÈ `
DR-000228-21	DR-000228DR-000228-INV-003"CRED-012(Ëˇˇß¸20rÈ"reminder-2-phone^
DR-000228-22	DR-000228DR-000228-INV-003"CRED-012(öÄÄ®¸20z
	÷ÔEURÈÈ`
DR-000161-9	DR-000161DR-000161-INV-002"CRED-007(ÿ¸ˇß¸20r È"reminder-3-letter%
day-2025-07-01(ò¿ª√¸20≤	
ÈM
DR-000027-12	DR-000027DR-000027-INV-002"CRED-009(Ä∞ô—¸20íÈh
DR-000030-15	DR-000030DR-000030-INV-002"CRED-005(≤∞ô—¸20Z'
DR-000030-PAY-6	ÖªEURÈ g
DR-000036-4	DR-000036DR-000036-INV-002"CRED-011(‰∞ô—¸20Z'
DR-000036-PAY-2	»ÇEURÈ h
DR-000057-15	DR-000057DR-000057-INV-002"CRED-011(ñ±ô—¸20Z'
DR-000057-PAY-4	¥ù[EURÈ Ω
DR-000060-11	DR-000060DR-000060-INV-003"CRED-012(»±ô—¸20R|
INV-000060-003	í¥ EURÈ"È0:Company 000060B60 rue de la R√©publiqueB
69006 LyonJdr-000060@example.comg
DR-000075-6	DR-000075DR-000075-INV-002"CRED-005(˙±ô—¸20Z'
DR-000075-PAY-2	∫õGBPÈ Ω
DR-000103-6	DR-000103DR-000103-INV-003"CRED-001(¨≤ô—¸20R}
INV-000103-003Æ0EURÈ"È0:Customer 000103B103 rue de la R√©publiqueB
69004 LyonJdr-000103@example.comæ
DR-000112-14	DR-000112DR-000112-INV-005"CRED-001(ﬁ≤ô—¸20R}
INV-000112-005	ÿóEURÈ"È0:Company 000112B112 rue de la R√©publiqueB
69004 LyonJdr-000112@example.comÕ
DR-000117-16	DR-000117DR-000117-INV-003"CRED-004(ê≥ô—¸20Rã
INV-000117-003	£¸EURÈ"È*
ÈÕ0:Company 000117B117 rue de la R√©publiqueB
69009 LyonJdr-000117@example.comf
DR-000124-6	DR-000124DR-000124-INV-003"CRED-012(¬≥ô—¸20Z&
DR-000124-PAY-3øVEURÈ æ
DR-000128-14	DR-000128DR-000128-INV-005"CRED-012(Ù≥ô—¸20R}
INV-000128-005	Íﬂ$EURÈ"È0:Company 000128B128 rue de la R√©publiqueB
69002 LyonJdr-000128@example.comb
DR-000149-19	DR-000149DR-000149-INV-002"CRED-009(¶¥ô—¸20r!È"reminder-4-warningb
DR-000174-20	DR-000174DR-000174-INV-002"CRED-003(ÿ¥ô—¸20r!È"reminder-4-warning]
DR-000183-10	DR-000183DR-000183-INV-002"CRED-010(äµô—¸20rÈ"formal-notice]
DR-000220-18	DR-000220DR-000220-INV-002"CRED-012(ºµô—¸20rÈ"formal-noticev
DR-000220-19	DR-000220DR-000220-INV-002"CRED-012(Óµô—¸20™4
È)small balance left after partial payments`
DR-000225-12	DR-000225DR-000225-INV-002"CRED-001(†∂ô—¸20rÈ"reminder-1-emailΩ
DR-000246-16	DR-000246DR-000246-INV-003"CRED-003(“∂ô—¸20R|
INV-000246-003ˆfEURÈ"È0:Customer 000246B46 rue de la R√©publiqueB
69003 LyonJdr-000246@example.comZ
DR-000246-17	DR-000246DR-000246-INV-001"CRED-003(Ñ∑ô—¸20™
Èuncollectableh
DR-000249-14	DR-000249DR-000249-INV-002"CRED-006(∂∑ô—¸20Z'
DR-000249-PAY-3	‡˜#CHFÈ %
day-2025-07-02(ò¯‘Ï¸20≤	
Èª
DR-000005-5	DR-000005DR-000005-INV-003"CRED-004(ÄË≤˙¸20R{
INV-000005-003	Í—<EURÈ"È0:Company 000005B5 rue de la R√©publiqueB
69005 LyonJdr-000005@example.comΩ
DR-000009-19	DR-000009DR-000009-INV-003"CRED-011(≤Ë≤˙¸20R|
INV-000009-003	‡£EURÈ"È	0:Customer 000009B9 rue de la R√©publiqueB
69009 LyonJdr-000009@example.comb
DR-000022-13	DR-000022DR-000022-INV-002"CRED-010(‰Ë≤˙¸20r!È"reminder-4-warningΩ
DR-000041-10	DR-000041DR-000041-INV-003"CRED-008(ñÈ≤˙¸20R|
INV-000041-003	†éEURÈ"È0:Company 000041B41 rue de la R√©publiqueB
69005 LyonJdr-000041@example.com`
DR-000041-11	DR-000041DR-000041-INV-002"CRED-008(»È≤˙¸20rÈ"reminder-1-email_
DR-000047-8	DR-000047DR-000047-INV-002"CRED-011(˙È≤˙¸20rÈ"reminder-2-phone\
DR-000047-9	DR-000047DR-000047-INV-002"CRED-011(¨Í≤˙¸20z
†7EURÈÈÀ
DR-000075-7	DR-000075DR-000075-INV-003"CRED-005(ﬁÍ≤˙¸20Rä
INV-000075-003	ÂÊGBPÈ"È*
È∞:0:Company 000075B75 rue de la R√©publiqueB
69003 LyonJdr-000075@example.comh
DR-000093-13	DR-000093DR-000093-INV-002"CRED-003(êÎ≤˙¸20Z'
DR-000093-PAY-3	«‰EURÈ `
DR-000102-12	DR-000102DR-000102-INV-003"CRED-006(¬Î≤˙¸20rÈ"reminder-1-emailg
DR-000110-8	DR-000110DR-000110-INV-003"CRED-001(ÙÎ≤˙¸20Z'
DR-000110-PAY-2	∂ÿ-EURÈ `
DR-000123-18	DR-000123DR-000123-INV-003"CRED-009(¶Ï≤˙¸20rÈ"reminder-1-emaila
DR-000132-14	DR-000132DR-000132-INV-003"CRED-012(ÿÏ≤˙¸20r È"reminder-3-letterh
DR-000149-20	DR-000149DR-000149-INV-001"CRED-009(äÌ≤˙¸20Z'
DR-000149-PAY-5	⁄•EURÈ ]
DR-000149-21	DR-000149DR-000149-INV-002"CRED-009(ºÌ≤˙¸20rÈ"formal-notice†
DR-000149-22	DR-000149DR-000149-INV-003"CRED-009(ÓÌ≤˙¸20Ç^
DR-000149-PLAN-22È
È	≤¥EUR
È	≤¥EUR
È		¥¥EUR]
DR-000154-10	DR-000154DR-000154-INV-002"CRED-001(†Ó≤˙¸20rÈ"formal-notice`
DR-000166-13	DR-000166DR-000166-INV-003"CRED-001(“Ó≤˙¸20rÈ"reminder-1-emaili
DR-000168-20	DR-000168DR-000168-INV-003"CRED-009(ÑÔ≤˙¸20Z(
DR-000168-PAY-3
ˆ„©EURÈ ]
DR-000174-21	DR-000174DR-000174-INV-002"CRED-003(∂Ô≤˙¸20rÈ"formal-noticea
DR-000174-22	DR-000174DR-000174-INV-003"CRED-003(ËÔ≤˙¸20r È"reminder-3-letterg
DR-000208-5	DR-000208DR-000208-INV-002"CRED-008(ö≤˙¸20Z'
DR-000208-PAY-2	È¥EURÈ b
DR-000216-14	DR-000216DR-000216-INV-002"CRED-010(Ã≤˙¸20r!È"reminder-4-warningÃ
DR-000240-13	DR-000240DR-000240-INV-003"CRED-012(˛≤˙¸20Rä
INV-000240-003	í˘EURÈ"È	*
È‰Q0:Company 000240B40 rue de la R√©publiqueB
69006 LyonJdr-000240@example.com\
DR-000248-10	DR-000248DR-000248-INV-001"CRED-005(∞Ò≤˙¸20¢ÈRG-000248-001%
day-2025-07-03(ò∞Óï˝20≤	
ÈΩ
DR-000029-4	DR-000029DR-000029-INV-002"CRED-001(Ä†Ã£˝20R}
INV-000029-002	”éEURÈ"È0:Customer 000029B29 rue de la R√©publiqueB
69002 LyonJdr-000029@example.comh
DR-000030-16	DR-000030DR-000030-INV-003"CRED-005(≤†Ã£˝20Z'
DR-000030-PAY-7	úÜEURÈ ]
DR-000042-14	DR-000042DR-000042-INV-002"CRED-006(‰†Ã£˝20rÈ"formal-noticea
DR-000045-11	DR-000045DR-000045-INV-002"CRED-002(ñ°Ã£˝20r È"reminder-3-letterg
DR-000063-16	DR-000063DR-000063-INV-003"CRED-012(»°Ã£˝20Z&
DR-000063-PAY-4•IEURÈ æ
DR-000067-11	DR-000067DR-000067-INV-004"CRED-006(˙°Ã£˝20R}
INV-000067-004
Ú©ëEURÈ"È0:Company 000067B67 rue de la R√©publiqueB
69004 LyonJdr-000067@example.comg
DR-000084-7	DR-000084DR-000084-INV-003"CRED-011(¨¢Ã£˝20Z'
DR-000084-PAY-3	√ÆlEURÈ h
DR-000099-11	DR-000099DR-000099-INV-002"CRED-010(ﬁ¢Ã£˝20Z'
DR-000099-PAY-2	áõUSDÈ a
DR-000121-21	DR-000121DR-000121-INV-003"CRED-011(ê£Ã£˝20r È"reminder-3-letterM
DR-000159-12	DR-000159DR-000159-INV-002"CRED-008(¬£Ã£˝20íÈh
DR-000165-19	DR-000165DR-000165-INV-001"CRED-008(Ù£Ã£˝20Z'
DR-000165-PAY-6	ı‚/EURÈ `
DR-000220-20	DR-000220DR-000220-INV-003"CRED-012(¶§Ã£˝20rÈ"reminder-1-email`
DR-000229-22	DR-000229DR-000229-INV-003"CRED-009(ÿ§Ã£˝20rÈ"reminder-2-phone%
day-2025-07-04(òËáø˝20≤	
Èf
DR-000034-9	DR-000034DR-000034-INV-002"CRED-011(ÄÿÂÃ˝20Z&
DR-000034-PAY-4£zEURÈ b
DR-000063-17	DR-000063DR-000063-INV-003"CRED-012(≤ÿÂÃ˝20r!È"reminder-4-warningΩ
DR-000074-10	DR-000074DR-000074-INV-003"CRED-011(‰ÿÂÃ˝20R|
INV-000074-003	çÙEURÈ"È0:Company 000074B74 rue de la R√©publiqueB
69002 LyonJdr-000074@example.comh
DR-000089-15	DR-000089DR-000089-INV-002"CRED-006(ñŸÂÃ˝20Z'
DR-000089-PAY-3	ÌóEURÈ _
DR-000114-6	DR-000114DR-000114-INV-002"CRED-002(»ŸÂÃ˝20rÈ"reminder-2-phonec
DR-000133-6	DR-000133DR-000133-INV-003"CRED-002(˙ŸÂÃ˝20j#
DR-000133-CN-6˜jEURÈæ
DR-000138-28	DR-000138DR-000138-INV-004"CRED-007(¨⁄ÂÃ˝20R}
INV-000138-004	ÙÍEURÈ"È0:Company 000138B138 rue de la R√©publiqueB
69003 LyonJdr-000138@example.comΩ
DR-000146-7	DR-000146DR-000146-INV-004"CRED-007(ﬁ⁄ÂÃ˝20R}
INV-000146-004	ø÷ EURÈ"È0:Company 000146B146 rue de la R√©publiqueB
69002 LyonJdr-000146@example.com`
DR-000159-13	DR-000159DR-000159-INV-002"CRED-008(ê€ÂÃ˝20rÈ"reminder-1-email`
DR-000160-12	DR-000160DR-000160-INV-002"CRED-010(¬€ÂÃ˝20rÈ"reminder-2-phoneh
DR-000229-23	DR-000229DR-000229-INV-003"CRED-009(Ù€ÂÃ˝20Z'
DR-000229-PAY-3	≤ÄtEURÈ g
DR-000234-7	DR-000234DR-000234-INV-003"CRED-005(¶‹ÂÃ˝20Z'
DR-000234-PAY-3	ˇ¶?GBPÈ Ω
DR-000235-9	DR-000235DR-000235-INV-003"CRED-006(ÿ‹ÂÃ˝20R}
INV-000235-003	®√EURÈ"È	0:Customer 000235B35 rue de la R√©publiqueB
69001 LyonJdr-000235@example.comh
DR-000237-16	DR-000237DR-000237-INV-002"CRED-007(ä›ÂÃ˝20Z'
DR-000237-PAY-2	é˛	EURÈ Ω
DR-000241-9	DR-000241DR-000241-INV-002"CRED-009(º›ÂÃ˝20R}
INV-000241-002	ÓÒEURÈ"È0:Customer 000241B41 rue de la R√©publiqueB
69007 LyonJdr-000241@example.com%
day-2025-07-05(ò†°Ë˝20≤	
Èa
DR-000006-11	DR-000006DR-000006-INV-002"CRED-003(Äêˇı˝20r È"reminder-3-letter`
DR-000015-12	DR-000015DR-000015-INV-002"CRED-011(≤êˇı˝20rÈ"reminder-2-phoneæ
DR-000061-10	DR-000061DR-000061-INV-003"CRED-007(‰êˇı˝20R}
INV-000061-003
ï´¢EURÈ"È	0:Company 000061B61 rue de la R√©publiqueB
69007 LyonJdr-000061@example.com]
DR-000081-12	DR-000081DR-000081-INV-003"CRED-010(ñëˇı˝20rÈ"formal-notice^
DR-000088-6	DR-000088DR-000088-INV-003"CRED-003(»ëˇı˝20rÈ"courtesy-reminderb
DR-000128-15	DR-000128DR-000128-INV-003"CRED-012(˙ëˇı˝20r!È"reminder-4-warningU
DR-000128-16	DR-000128"CRED-012(¨íˇı˝20Z'
DR-000128-PAY-4	Ô†,EURÈ `
DR-000147-15	DR-000147DR-000147-INV-003"CRED-006(ﬁíˇı˝20rÈ"reminder-2-phoneø
DR-000169-11	DR-000169DR-000169-INV-002"CRED-009(êìˇı˝20R~
INV-000169-002	ú›EURÈ"È0:Customer 000169B169 rue de la R√©publiqueB
69007 LyonJdr-000169@example.com^
DR-000179-7	DR-000179DR-000179-INV-002"CRED-006(¬ìˇı˝20rÈ"courtesy-reminder`
DR-000216-15	DR-000216DR-000216-INV-003"CRED-010(Ùìˇı˝20rÈ"reminder-1-emailh
DR-000228-23	DR-000228DR-000228-INV-003"CRED-012(¶îˇı˝20Z'
DR-000228-PAY-2	÷ÔEURÈ %
day-2025-07-06(òÿ∫ë˛20≤	
Èg
DR-000010-6	DR-000010DR-000010-INV-003"CRED-004(Ä»òü˛20Z'
DR-000010-PAY-3	¯µEURÈ g
DR-000021-12	DR-000021DR-000021-INV-001"CRED-010(≤»òü˛20Z&
DR-000021-PAY-5ûKGBPÈ g
DR-000047-10	DR-000047DR-000047-INV-002"CRED-011(‰»òü˛20Z&
DR-000047-PAY-2†7EURÈ `
DR-000104-10	DR-000104DR-000104-INV-002"CRED-004(ñ…òü˛20rÈ"reminder-1-emailΩ
DR-000109-4	DR-000109DR-000109-INV-003"CRED-004(»…òü˛20R}
INV-000109-003	∞ãEURÈ"È0:Company 000109B109 rue de la R√©publiqueB
69001 LyonJdr-000109@example.com\
DR-000138-29	DR-000138DR-000138-INV-001"CRED-007(˙…òü˛20¢ÈRG-000138-001g
DR-000162-15	DR-000162DR-000162-INV-002"CRED-012(¨ òü˛20Z&
DR-000162-PAY-3ì&USDÈ S
DR-000174-23	DR-000174DR-000174-INV-002"CRED-003(ﬁ òü˛20ö
AGY-02Èæ
DR-000192-7	DR-000192DR-000192-INV-004"CRED-011(êÀòü˛20R~
INV-000192-004	¨∂EURÈ"È0:Customer 000192B192 rue de la R√©publiqueB
69003 LyonJdr-000192@example.com^
DR-000206-9	DR-000206DR-000206-INV-002"CRED-002(¬Àòü˛20rÈ"courtesy-reminderf
DR-000245-9	DR-000245DR-000245-INV-002"CRED-002(ÙÀòü˛20Z&
DR-000245-PAY-2πVEURÈ %
day-2025-07-07(òê‘∫˛20≤	
Èh
DR-000002-18	DR-000002DR-000002-INV-003"CRED-001(ÄÄ≤»˛20Z'
DR-000002-PAY-4	ù˘EURÈ W
DR-000014-8	DR-000014DR-000014-INV-003"CRED-006(≤Ä≤»˛20í	å *USDÈÀ
DR-000025-8	DR-000025DR-000025-INV-004"CRED-008(‰Ä≤»˛20Rä
INV-000025-004	∂ÎEURÈ"È*
È¢0:Company 000025B25 rue de la R√©publiqueB
69007 LyonJdr-000025@example.comh
DR-000032-25	DR-000032DR-000032-INV-002"CRED-010(ñÅ≤»˛20Z'
DR-000032-PAY-6	Ã≤GBPÈ º
DR-000062-23	DR-000062DR-000062-INV-004"CRED-009(»Å≤»˛20R{
INV-000062-004∆=EURÈ"È0:Company 000062B62 rue de la R√©publiqueB
69008 LyonJdr-000062@example.com_
DR-000066-9	DR-000066DR-000066-INV-002"CRED-003(˙Å≤»˛20rÈ"reminder-1-emaila
DR-000085-16	DR-000085DR-000085-INV-002"CRED-012(¨Ç≤»˛20r È"reminder-3-letterh
DR-000134-15	DR-000134DR-000134-INV-002"CRED-009(ﬁÇ≤»˛20Z'
DR-000134-PAY-2	ß⁄EURÈ a
DR-000142-10	DR-000142DR-000142-INV-003"CRED-005(êÉ≤»˛20r È"reminder-3-letter`
DR-000244-10	DR-000244DR-000244-INV-003"CRED-002(¬É≤»˛20rÈ"reminder-1-email%
day-2025-07-08(ò»Ì„˛20≤	
È_
DR-000014-9	DR-000014DR-000014-INV-003"CRED-006(Ä∏ÀÒ˛20rÈ	"reminder-1-emailh
DR-000017-10	DR-000017DR-000017-INV-004"CRED-010(≤∏ÀÒ˛20Z'
DR-000017-PAY-4	ÀÉEURÈ	 Ω
DR-000033-8	DR-000033DR-000033-INV-002"CRED-003(‰∏ÀÒ˛20R}
INV-000033-002	€ÇCHFÈ	"È0:Customer 000033B33 rue de la R√©publiqueB
69006 LyonJdr-000033@example.comf
DR-000073-6	DR-000073DR-000073-INV-003"CRED-002(ñπÀÒ˛20Z&
DR-000073-PAY-3´jEURÈ	 b
DR-000085-17	DR-000085DR-000085-INV-002"CRED-012(»πÀÒ˛20r!È	"reminder-4-warningg
DR-000088-7	DR-000088DR-000088-INV-003"CRED-003(˙πÀÒ˛20Z'
DR-000088-PAY-3	∏¯&EURÈ	 Ω
DR-000122-9	DR-000122DR-000122-INV-003"CRED-002(¨∫ÀÒ˛20R}
INV-000122-003	ïÀEURÈ	"È0:Company 000122B122 rue de la R√©publiqueB
69005 LyonJdr-000122@example.comΩ
DR-000125-9	DR-000125DR-000125-INV-003"CRED-011(ﬁ∫ÀÒ˛20R}
INV-000125-003§_EURÈ	"È0:Customer 000125B125 rue de la R√©publiqueB
69008 LyonJdr-000125@example.comg
DR-000133-7	DR-000133DR-000133-INV-003"CRED-002(êªÀÒ˛20Z'
DR-000133-PAY-3	ﬂ´EURÈ	 g
DR-000160-13	DR-000160DR-000160-INV-002"CRED-010(¬ªÀÒ˛20Z&
DR-000160-PAY-2›CEURÈ	 h
DR-000163-7	DR-000163DR-000163-INV-003"CRED-005(ÙªÀÒ˛20Z(
DR-000163-PAY-3
Ë‹°CHFÈ	 ]
DR-000184-14	DR-000184DR-000184-INV-002"CRED-005(¶ºÀÒ˛20rÈ	"formal-noticeΩ
DR-000222-3	DR-000222DR-000222-INV-002"CRED-001(ÿºÀÒ˛20R}
INV-000222-002	úÈ	EURÈ	"È	0:Customer 000222B22 rue de la R√©publiqueB
69006 LyonJdr-000222@example.com`
DR-000225-13	DR-000225DR-000225-INV-002"CRED-001(äΩÀÒ˛20rÈ	"reminder-2-phoneΩ
DR-000238-5	DR-000238DR-000238-INV-003"CRED-005(ºΩÀÒ˛20R}
INV-000238-003
›¿ÖEURÈ	"È	0:Company 000238B38 rue de la R√©publiqueB
69004 LyonJdr-000238@example.com`
DR-000239-10	DR-000239DR-000239-INV-002"CRED-010(ÓΩÀÒ˛20rÈ	"reminder-1-email%
day-2025-07-09(òÄáçˇ20≤	
È	`
DR-000014-10	DR-000014DR-000014-INV-003"CRED-006(Ä‰öˇ20rÈ
"reminder-2-phoneæ
DR-000015-13	DR-000015DR-000015-INV-003"CRED-011(≤‰öˇ20R}
INV-000015-003	Ë°EURÈ
"È	0:Customer 000015B15 rue de la R√©publiqueB
69006 LyonJdr-000015@example.com`
DR-000041-12	DR-000041DR-000041-INV-002"CRED-008(‰‰öˇ20rÈ
"reminder-2-phone^
DR-000041-13	DR-000041DR-000041-INV-002"CRED-008(ñÒ‰öˇ20z
	–ÆEURÈÈ
_
DR-000055-8	DR-000055DR-000055-INV-002"CRED-002(»Ò‰öˇ20rÈ
"reminder-1-emailΩ
DR-000070-4	DR-000070DR-000070-INV-002"CRED-003(˙Ò‰öˇ20R}
INV-000070-002	…ÕEURÈ
"È0:Customer 000070B70 rue de la R√©publiqueB
69007 LyonJdr-000070@example.com]
DR-000085-18	DR-000085DR-000085-INV-002"CRED-012(¨Ú‰öˇ20rÈ
"formal-noticeh
DR-000101-6	DR-000101DR-000101-INV-003"CRED-004(ﬁÚ‰öˇ20Z(
DR-000101-PAY-3
∏‡ºEURÈ
 `
DR-000102-13	DR-000102DR-000102-INV-003"CRED-006(êÛ‰öˇ20rÈ
"reminder-2-phone`
DR-000105-13	DR-000105DR-000105-INV-003"CRED-001(¬Û‰öˇ20rÈ
"reminder-1-email]
DR-000085-18	DR-000085DR-000085-INV-002"CRED-012(¨Ú‰öˇ20rÈ
"formal-notice`
DR-000123-19	DR-000123DR-000123-INV-003"CRED-009(¶Ù‰öˇ20rÈ
"reminder-2-phone^
DR-000123-20	DR-000123DR-000123-INV-003"CRED-009(ÿÙ‰öˇ20z
	èù9EURÈÈ
_
DR-000130-8	DR-000130DR-000130-INV-003"CRED-011(äı‰öˇ20rÈ
"reminder-1-emailh
DR-000142-11	DR-000142DR-000142-INV-003"CRED-005(ºı‰öˇ20Z'
DR-000142-PAY-3	—†-EURÈ
 _
DR-000146-8	DR-000146DR-000146-INV-003"CRED-007(Óı‰öˇ20rÈ
"reminder-1-emailb
DR-000161-10	DR-000161DR-000161-INV-002"CRED-007(†ˆ‰öˇ20r!È
"reminder-4-warning`
DR-000166-14	DR-000166DR-000166-INV-003"CRED-001(“ˆ‰öˇ20rÈ
"reminder-2-phoneÕ
DR-000182-5	DR-000182DR-000182-INV-003"CRED-001(Ñ˜‰öˇ20Rå
INV-000182-003	”®WEURÈ
"È	*
Èƒﬂ0:Company 000182B182 rue de la R√©publiqueB
69002 LyonJdr-000182@example.com`
DR-000209-11	DR-000209DR-000209-INV-002"CRED-002(∂˜‰öˇ20rÈ
"reminder-1-emaila
DR-000217-21	DR-000217DR-000217-INV-003"CRED-008(Ë˜‰öˇ20r È
"reminder-3-letter%
day-2025-07-10(ò∏†∂ˇ20≤	
È
^
DR-000004-7	DR-000004DR-000004-INV-003"CRED-003(Ä®˛√ˇ20rÈ"courtesy-reminderÃ
DR-000018-17	DR-000018DR-000018-INV-003"CRED-006(≤®˛√ˇ20Rä
INV-000018-003	âÆEURÈ"È
*
ÈΩC0:Company 000018B18 rue de la R√©publiqueB
69009 LyonJdr-000018@example.comh
DR-000019-20	DR-000019DR-000019-INV-002"CRED-002(‰®˛√ˇ20Z'
DR-000019-PAY-7	∆≥EURÈ `
DR-000023-16	DR-000023DR-000023-INV-003"CRED-001(ñ©˛√ˇ20rÈ"reminder-1-email_
DR-000024-9	DR-000024DR-000024-INV-002"CRED-008(»©˛√ˇ20rÈ"reminder-1-emailg
DR-000025-9	DR-000025DR-000025-INV-004"CRED-008(˙©˛√ˇ20Z'
DR-000025-PAY-4	î‰EURÈ `
DR-000027-13	DR-000027DR-000027-INV-002"CRED-009(¨™˛√ˇ20rÈ"reminder-1-emailc
DR-000103-7	DR-000103DR-000103-INV-003"CRED-001(ﬁ™˛√ˇ20j#
DR-000103-CN-7ÎEURÈf
DR-000114-7	DR-000114DR-000114-INV-002"CRED-002(ê´˛√ˇ20Z&
DR-000114-PAY-2ºAEURÈ h
DR-000150-17	DR-000150DR-000150-INV-004"CRED-012(¬´˛√ˇ20Z'
DR-000150-PAY-4	é¡EURÈ `
DR-000220-21	DR-000220DR-000220-INV-003"CRED-012(Ù´˛√ˇ20rÈ"reminder-2-phone`
DR-000220-21	DR-000220DR-000220-INV-003"CRED-012(Ù´˛√ˇ20rÈ"reminder-2-phone%
day-2025-07-11(òπﬂˇ20≤	
Èg
DR-000004-8	DR-000004DR-000004-INV-003"CRED-003(Ä‡óÌˇ20Z'
DR-000004-PAY-3	ŒÆEURÈ h
DR-000026-11	DR-000026DR-000026-INV-003"CRED-003(≤‡óÌˇ20Z'
DR-000026-PAY-4	òºREURÈ ]
DR-000032-26	DR-000032DR-000032-INV-003"CRED-010(‰‡óÌˇ20rÈ"formal-noticeæ
DR-000042-15	DR-000042DR-000042-INV-003"CRED-006(ñ·óÌˇ20R}
INV-000042-003
€ì´EURÈ"È0:Company 000042B42 rue de la R√©publiqueB
69006 LyonJdr-000042@example.com`
DR-000058-14	DR-000058DR-000058-INV-004"CRED-007(»·óÌˇ20rÈ"reminder-1-email`
DR-000062-24	DR-000062DR-000062-INV-004"CRED-009(˙·óÌˇ20ä
goods not deliveredÈ`
DR-000113-10	DR-000113DR-000113-INV-002"CRED-007(¨‚óÌˇ20rÈ"reminder-1-email_
DR-000119-14	DR-000119DR-000119-INV-003"CRED-007(ﬁ‚óÌˇ20rÈ"courtesy-reminderb
DR-000132-15	DR-000132DR-000132-INV-003"CRED-012(ê„óÌˇ20r!È"reminder-4-warning`
DR-000159-14	DR-000159DR-000159-INV-002"CRED-008(¬„óÌˇ20rÈ"reminder-2-phoneb
DR-000174-24	DR-000174DR-000174-INV-003"CRED-003(Ù„óÌˇ20r!È"reminder-4-warningf
DR-000211-4	DR-000211DR-000211-INV-002"CRED-011(¶‰óÌˇ20Z&
DR-000211-PAY-2Å4EURÈ h
DR-000235-10	DR-000235DR-000235-INV-002"CRED-006(ÿ‰óÌˇ20Z'
DR-000235-PAY-2	Í€EURÈ `
DR-000236-17	DR-000236DR-000236-INV-003"CRED-011(äÂóÌˇ20rÈ"reminder-1-emailb
DR-000132-15	DR-000132DR-000132-INV-003"CRED-012(ê„óÌˇ20r!È"reminder-4-warning%
day-2025-07-12(ò®”àÄ30≤	
Èa
DR-000015-14	DR-000015DR-000015-INV-002"CRED-011(Äò±ñÄ30r È"reminder-3-letterÃ
DR-000022-14	DR-000022DR-000022-INV-003"CRED-010(≤ò±ñÄ30Rä
INV-000022-003	≠¸EURÈ"È*
ÈÜ0:Company 000022B22 rue de la R√©publiqueB
69004 LyonJdr-000022@example.comb
DR-000045-12	DR-000045DR-000045-INV-002"CRED-002(‰ò±ñÄ30r!È"reminder-4-warningœ
DR-000120-12	DR-000120DR-000120-INV-003"CRED-008(ñô±ñÄ30Rç
INV-000120-003
ÍπÉEURÈ"È*
È¬–0:Company 000120B120 rue de la R√©publiqueB
69003 LyonJdr-000120@example.comb
DR-000121-22	DR-000121DR-000121-INV-003"CRED-011(»ô±ñÄ30r!È"reminder-4-warninga
DR-000147-16	DR-000147DR-000147-INV-003"CRED-006(˙ô±ñÄ30r È"reminder-3-letterh
DR-000149-23	DR-000149DR-000149-INV-003"CRED-009(¨ö±ñÄ30Z'
DR-000149-PAY-6	≤¥EURÈ S
DR-000154-11	DR-000154DR-000154-INV-002"CRED-001(ﬁö±ñÄ30ö
AGY-03ÈU
DR-000161-11	DR-000161"CRED-007(êõ±ñÄ30Z'
DR-000161-PAY-2	∂ﬂUSDÈ Ã
DR-000172-9	DR-000172DR-000172-INV-005"CRED-010(¬õ±ñÄ30Rã
INV-000172-005	≠ΩEURÈ"È*
È‰0:Company 000172B172 rue de la R√©publiqueB
69001 LyonJdr-000172@example.com`
DR-000216-16	DR-000216DR-000216-INV-003"CRED-010(Ùõ±ñÄ30rÈ"reminder-2-phone`
DR-000229-24	DR-000229DR-000229-INV-004"CRED-009(¶ú±ñÄ30rÈ"reminder-1-emailg
DR-000236-18	DR-000236DR-000236-INV-001"CRED-011(ÿú±ñÄ30Z&
DR-000236-PAY-2ñeEURÈ %
day-2025-07-13(ò‡Ï±Ä30≤	
Èh
DR-000006-12	DR-000006DR-000006-INV-002"CRED-003(Ä– øÄ30Z'
DR-000006-PAY-2	“˛EURÈ i
DR-000014-11	DR-000014DR-000014-INV-003"CRED-006(≤– øÄ30Z(
DR-000014-PAY-3
ÈªUSDÈ h
DR-000020-11	DR-000020DR-000020-INV-001"CRED-009(‰– øÄ30Z'
DR-000020-PAY-4	ı∏#EURÈ h
DR-000032-27	DR-000032DR-000032-INV-003"CRED-010(ñ— øÄ30Z'
DR-000032-PAY-7	ÈﬂGBPÈ º
DR-000036-5	DR-000036DR-000036-INV-003"CRED-011(»— øÄ30R|
INV-000036-003	Ô˜/EURÈ"È0:Company 000036B36 rue de la R√©publiqueB
69009 LyonJdr-000036@example.comh
DR-000041-14	DR-000041DR-000041-INV-001"CRED-008(˙— øÄ30Z'
DR-000041-PAY-1	ı EURÈ ^
DR-000048-4	DR-000048DR-000048-INV-002"CRED-005(¨“ øÄ30rÈ"courtesy-reminder]
DR-000064-16	DR-000064DR-000064-INV-002"CRED-011(ﬁ“ øÄ30rÈ"formal-noticeæ
DR-000068-10	DR-000068DR-000068-INV-002"CRED-008(ê” øÄ30R}
INV-000068-002	ØÏEURÈ"È0:Customer 000068B68 rue de la R√©publiqueB
69005 LyonJdr-000068@example.comΩ
DR-000086-13	DR-000086DR-000086-INV-003"CRED-010(¬” øÄ30R|
INV-000086-003ÓJEURÈ"È0:Customer 000086B86 rue de la R√©publiqueB
69005 LyonJdr-000086@example.com]
DR-000086-14	DR-000086DR-000086-INV-002"CRED-002(Ù” øÄ30rÈ"formal-notice`
DR-000104-11	DR-000104DR-000104-INV-002"CRED-004(¶‘ øÄ30rÈ"reminder-2-phone≤
DR-000113-11	DR-000113DR-000113-INV-002"CRED-007(ÿ‘ øÄ30Çp
DR-000113-PLAN-11È
ÈTEUR
È	TEUR
È
TEUR
ÈÛTEURΩ
DR-000163-8	DR-000163DR-000163-INV-004"CRED-005(ä’ øÄ30R}
INV-000163-004	Öÿ>CHFÈ"È	0:Company 000163B163 rue de la R√©publiqueB
69001 LyonJdr-000163@example.comb
DR-000217-22	DR-000217DR-000217-INV-003"CRED-008(º’ øÄ30r!È"reminder-4-warning%
day-2025-07-14(òòÜ€Ä30≤	
ÈÃ
DR-000002-19	DR-000002DR-000002-INV-004"CRED-001(Äà‰ËÄ30Rä
INV-000002-004	º™{EURÈ"È*
È›ª0:Company 000002B2 rue de la R√©publiqueB
69002 LyonJdr-000002@example.comb
DR-000006-13	DR-000006DR-000006-INV-002"CRED-003(≤à‰ËÄ30r!È"reminder-4-warning`
DR-000021-13	DR-000021DR-000021-INV-003"CRED-010(‰à‰ËÄ30rÈ"reminder-1-emailg
DR-000048-5	DR-000048DR-000048-INV-002"CRED-005(ñâ‰ËÄ30Z'
DR-000048-PAY-2	Â˜	EURÈ h
DR-000059-12	DR-000059DR-000059-INV-003"CRED-006(»â‰ËÄ30Z'
DR-000059-PAY-4	¬“USDÈ `
DR-000066-10	DR-000066DR-000066-INV-002"CRED-003(˙â‰ËÄ30rÈ"reminder-2-phoneæ
DR-000082-12	DR-000082DR-000082-INV-003"CRED-009(¨ä‰ËÄ30R}
INV-000082-003	†¨EURÈ"È0:Customer 000082B82 rue de la R√©publiqueB
69001 LyonJdr-000082@example.comh
DR-000123-21	DR-000123DR-000123-INV-003"CRED-009(ﬁä‰ËÄ30Z'
DR-000123-PAY-3	èù9EURÈ h
DR-000165-20	DR-000165DR-000165-INV-002"CRED-008(êã‰ËÄ30Z'
DR-000165-PAY-7	ôºEURÈ `
DR-000197-14	DR-000197DR-000197-INV-003"CRED-006(¬ã‰ËÄ30rÈ"reminder-1-emailS
DR-000197-15	DR-000197DR-000197-INV-002"CRED-006(Ùã‰ËÄ30ö
AGY-02È`
DR-000200-17	DR-000200DR-000200-INV-003"CRED-012(¶å‰ËÄ30rÈ"reminder-1-emailΩ
DR-000229-25	DR-000229DR-000229-INV-005"CRED-009(ÿå‰ËÄ30R|
INV-000229-005	¯ë4EURÈ"È	0:Company 000229B29 rue de la R√©publiqueB
69004 LyonJdr-000229@example.comΩ
DR-000233-3	DR-000233DR-000233-INV-002"CRED-001(äç‰ËÄ30R}
INV-000233-002	ÌÔUSDÈ"È0:Customer 000233B33 rue de la R√©publiqueB
69008 LyonJdr-000233@example.com`
DR-000244-11	DR-000244DR-000244-INV-003"CRED-002(ºç‰ËÄ30rÈ"reminder-2-phone%
day-2025-07-15(ò–üÑÅ30≤	
È„
DR-000021-14	DR-000021DR-000021-INV-003"CRED-010(Ä¿˝ëÅ30Ç†
DR-000021-PLAN-14È
È	∏ÔGBP
È	∏ÔGBP
È		∏ÔGBP
È
	∏ÔGBP
È	∏ÔGBP
È	πÔGBPæ
DR-000038-10	DR-000038DR-000038-INV-003"CRED-001(≤¿˝ëÅ30R}
INV-000038-003
ÊÉçEURÈ"È	0:Company 000038B38 rue de la R√©publiqueB
69002 LyonJdr-000038@example.comæ
DR-000045-13	DR-000045DR-000045-INV-003"CRED-002(‰¿˝ëÅ30R}
INV-000045-003	ﬁÎEURÈ"È0:Customer 000045B45 rue de la R√©publiqueB
69009 LyonJdr-000045@example.comÃ
DR-000057-16	DR-000057DR-000057-INV-004"CRED-011(ñ¡˝ëÅ30Rä
INV-000057-004	ØÜEURÈ"È*
ÈˆL0:Company 000057B57 rue de la R√©publiqueB
69003 LyonJdr-000057@example.com`
DR-000059-13	DR-000059DR-000059-INV-003"CRED-006(»¡˝ëÅ30rÈ"reminder-1-emailr
DR-000066-11	DR-000066DR-000066-INV-002"CRED-003(˙¡˝ëÅ30ä0
billing error on some linesÈUSDÈ\
DR-000091-8	DR-000091DR-000091-INV-002"CRED-005(¨¬˝ëÅ30rÈ"formal-noticeg
DR-000109-5	DR-000109DR-000109-INV-002"CRED-004(ﬁ¬˝ëÅ30Z'
DR-000109-PAY-2	ïº8EURÈ _
DR-000145-9	DR-000145DR-000145-INV-003"CRED-009(ê√˝ëÅ30rÈ"reminder-1-email_
DR-000179-8	DR-000179DR-000179-INV-002"CRED-006(¬√˝ëÅ30rÈ"reminder-1-emailæ
DR-000186-13	DR-000186DR-000186-INV-003"CRED-010(Ù√˝ëÅ30R}
INV-000186-003ÿpEURÈ"È0:Customer 000186B186 rue de la R√©publiqueB
69006 LyonJdr-000186@example.comø
DR-000197-16	DR-000197DR-000197-INV-004"CRED-006(¶ƒ˝ëÅ30R~
INV-000197-004
⁄◊õEURÈ"È0:Company 000197B197 rue de la R√©publiqueB
69008 LyonJdr-000197@example.coma
DR-000225-14	DR-000225DR-000225-INV-002"CRED-001(ÿƒ˝ëÅ30r È"reminder-3-letters
DR-000229-26	DR-000229DR-000229-INV-004"CRED-009(ä≈˝ëÅ30ä1
billing error on some lines	»úEURÈ`
DR-000239-11	DR-000239DR-000239-INV-002"CRED-010(º≈˝ëÅ30rÈ"reminder-2-phone%
day-2025-07-16(òàπ≠Å30≤	
ÈΩ
DR-000010-7	DR-000010DR-000010-INV-004"CRED-004(Ä¯ñªÅ30R}
INV-000010-004	ó⁄EURÈ"È0:Customer 000010B10 rue de la R√©publiqueB
69001 LyonJdr-000010@example.comΩ
DR-000014-12	DR-000014DR-000014-INV-004"CRED-006(≤¯ñªÅ30R|
INV-000014-004	Ó≤WUSDÈ"È	0:Company 000014B14 rue de la R√©publiqueB
69005 LyonJdr-000014@example.com_
DR-000055-9	DR-000055DR-000055-INV-002"CRED-002(‰¯ñªÅ30rÈ"reminder-2-phone_
DR-000072-11	DR-000072DR-000072-INV-003"CRED-001(ñ˘ñªÅ30rÈ"courtesy-remindera
DR-000102-14	DR-000102DR-000102-INV-003"CRED-006(»˘ñªÅ30r È"reminder-3-letter`
DR-000105-14	DR-000105DR-000105-INV-003"CRED-001(˙˘ñªÅ30rÈ"reminder-2-phone_
DR-000130-9	DR-000130DR-000130-INV-003"CRED-011(¨˙ñªÅ30rÈ"reminder-2-phone_
DR-000146-9	DR-000146DR-000146-INV-003"CRED-007(ﬁ˙ñªÅ30rÈ"reminder-2-phoneg
DR-000147-17	DR-000147DR-000147-INV-003"CRED-006(ê˚ñªÅ30Z&
DR-000147-PAY-4ïDEURÈ h
DR-000159-15	DR-000159DR-000159-INV-002"CRED-008(¬˚ñªÅ30Z'
DR-000159-PAY-2	ÓôEURÈ a
DR-000166-15	DR-000166DR-000166-INV-003"CRED-001(Ù˚ñªÅ30r È"reminder-3-letterh
DR-000172-10	DR-000172DR-000172-INV-005"CRED-010(¶¸ñªÅ30Z'
DR-000172-PAY-4	…πEURÈ `
DR-000206-10	DR-000206DR-000206-INV-002"CRED-002(ÿ¸ñªÅ30rÈ"reminder-1-email`
DR-000209-12	DR-000209DR-000209-INV-002"CRED-002(ä˝ñªÅ30rÈ"reminder-2-phoneg
DR-000225-15	DR-000225DR-000225-INV-002"CRED-001(º˝ñªÅ30Z&
DR-000225-PAY-5ÇEURÈ %
day-2025-07-17(ò¿“÷Å30≤	
È]
DR-000022-15	DR-000022DR-000022-INV-002"CRED-010(Ä∞∞‰Å30rÈ"formal-notice`
DR-000023-17	DR-000023DR-000023-INV-003"CRED-001(≤∞∞‰Å30rÈ"reminder-2-phone`
DR-000024-10	DR-000024DR-000024-INV-002"CRED-008(‰∞∞‰Å30rÈ"reminder-2-phone`
DR-000027-14	DR-000027DR-000027-INV-002"CRED-009(ñ±∞‰Å30rÈ"reminder-2-phoneh
DR-000028-15	DR-000028DR-000028-INV-001"CRED-008(»±∞‰Å30Z'
DR-000028-PAY-3	º¶
GBPÈ Ω
DR-000050-4	DR-000050DR-000050-INV-002"CRED-011(˙±∞‰Å30R}
INV-000050-002	˘ÀEURÈ"È0:Customer 000050B50 rue de la R√©publiqueB
69005 LyonJdr-000050@example.comg
DR-000089-16	DR-000089DR-000089-INV-004"CRED-006(¨≤∞‰Å30Z&
DR-000089-PAY-4‡|EURÈ º
DR-000095-5	DR-000095DR-000095-INV-003"CRED-011(ﬁ≤∞‰Å30R|
INV-000095-003ØdEURÈ"È0:Customer 000095B95 rue de la R√©publiqueB
69005 LyonJdr-000095@example.comº
DR-000215-7	DR-000215DR-000215-INV-004"CRED-011(ê≥∞‰Å30R|
INV-000215-004	‰¯EURÈ"È	0:Company 000215B15 rue de la R√©publiqueB
69008 LyonJdr-000215@example.com]
DR-000216-17	DR-000216DR-000216-INV-002"CRED-010(¬≥∞‰Å30rÈ"formal-noticea
DR-000220-22	DR-000220DR-000220-INV-003"CRED-012(Ù≥∞‰Å30r È"reminder-3-letter%
day-2025-07-18(ò¯ÎˇÅ30≤	
Èh
DR-000013-10	DR-000013DR-000013-INV-004"CRED-012(ÄË…çÇ30Z'
DR-000013-PAY-4	∑äEURÈ J
DR-000026-12	DR-000026"CRED-003(≤Ë…çÇ30b
DR-000026-PAY-4Èg
DR-000028-16	DR-000028DR-000028-INV-002"CRED-008(‰Ë…çÇ30Z&
DR-000028-PAY-4ëmGBPÈ º
DR-000056-8	DR-000056DR-000056-INV-004"CRED-002(ñÈ…çÇ30R|
INV-000056-004	…øtEURÈ"È	0:Company 000056B56 rue de la R√©publiqueB
69002 LyonJdr-000056@example.com`
DR-000058-15	DR-000058DR-000058-INV-004"CRED-007(»È…çÇ30rÈ"reminder-2-phoneΩ
DR-000063-18	DR-000063DR-000063-INV-004"CRED-001(˙È…çÇ30R|
INV-000063-004	ùÊ&EURÈ"È0:Company 000063B63 rue de la R√©publiqueB
69009 LyonJdr-000063@example.comΩ
DR-000072-12	DR-000072DR-000072-INV-004"CRED-001(¨Í…çÇ30R|
INV-000072-004	£≤EURÈ"È	0:Company 000072B72 rue de la R√©publiqueB
69009 LyonJdr-000072@example.com`
DR-000080-14	DR-000080DR-000080-INV-003"CRED-012(ﬁÍ…çÇ30rÈ"reminder-1-email^
DR-000151-5	DR-000151DR-000151-INV-002"CRED-012(êÎ…çÇ30rÈ"courtesy-reminderæ
DR-000165-21	DR-000165DR-000165-INV-004"CRED-008(¬Î…çÇ30R}
INV-000165-004	 í4EURÈ"È	0:Company 000165B165 rue de la R√©publiqueB
69003 LyonJdr-000165@example.comh
DR-000165-22	DR-000165DR-000165-INV-003"CRED-008(ÙÎ…çÇ30Z'
DR-000165-PAY-8	å‰EURÈ `
DR-000187-16	DR-000187DR-000187-INV-003"CRED-001(¶Ï…çÇ30rÈ"reminder-1-emailæ
DR-000225-16	DR-000225DR-000225-INV-003"CRED-001(ÿÏ…çÇ30R}
INV-000225-003	äï
EURÈ"È0:Customer 000225B25 rue de la R√©publiqueB
69009 LyonJdr-000225@example.com`
DR-000236-19	DR-000236DR-000236-INV-003"CRED-011(äÌ…çÇ30rÈ"reminder-2-phone%
day-2025-07-19(ò∞Ö©Ç30≤	
È`
DR-000026-13	DR-000026DR-000026-INV-003"CRED-003(Ä†„∂Ç30rÈ"reminder-1-emailΩ
DR-000048-6	DR-000048DR-000048-INV-003"CRED-005(≤†„∂Ç30R}
INV-000048-003	è¢EURÈ"È0:Customer 000048B48 rue de la R√©publiqueB
69003 LyonJdr-000048@example.com]
DR-000063-19	DR-000063DR-000063-INV-003"CRED-012(‰†„∂Ç30rÈ"formal-noticeh
DR-000138-30	DR-000138DR-000138-INV-003"CRED-007(ñ°„∂Ç30Z'
DR-000138-PAY-7	‘¶ EURÈ Ã
DR-000141-7	DR-000141DR-000141-INV-004"CRED-012(»°„∂Ç30Rã
INV-000141-004	Û‰EURÈ"È	*
È…0:Company 000141B141 rue de la R√©publiqueB
69006 LyonJdr-000141@example.comh
DR-000193-10	DR-000193DR-000193-INV-001"CRED-006(˙°„∂Ç30Z'
DR-000193-PAY-2	œ‡EURÈ `
DR-000203-19	DR-000203DR-000203-INV-003"CRED-011(¨¢„∂Ç30rÈ"reminder-1-emailg
DR-000205-4	DR-000205DR-000205-INV-002"CRED-008(ﬁ¢„∂Ç30Z'
DR-000205-PAY-2	ÍáUSDÈ Ω
DR-000207-10	DR-000207DR-000207-INV-003"CRED-005(ê£„∂Ç30R|
INV-000207-003	πóEURÈ"È0:Customer 000207B7 rue de la R√©publiqueB
69009 LyonJdr-000207@example.coma
DR-000216-18	DR-000216DR-000216-INV-003"CRED-010(¬£„∂Ç30r È"reminder-3-letteri
DR-000227-13	DR-000227DR-000227-INV-003"CRED-011(Ù£„∂Ç30Z(
DR-000227-PAY-3
¸˝µEURÈ _
DR-000232-14	DR-000232DR-000232-INV-004"CRED-008(¶§„∂Ç30rÈ"courtesy-reminder%
day-2025-07-20(òËû“Ç30≤	
È`
DR-000026-14	DR-000026DR-000026-INV-003"CRED-003(Äÿ¸ﬂÇ30rÈ"reminder-2-phone`
DR-000057-17	DR-000057DR-000057-INV-003"CRED-011(≤ÿ¸ﬂÇ30rÈ"reminder-1-emailg
DR-000063-20	DR-000063DR-000063-INV-003"CRED-012(‰ÿ¸ﬂÇ30Z&
DR-000063-PAY-5∑SEURÈ h
DR-000072-13	DR-000072DR-000072-INV-002"CRED-001(ñŸ¸ﬂÇ30Z'
DR-000072-PAY-2	àÍEURÈ `
DR-000081-13	DR-000081DR-000081-INV-004"CRED-010(»Ÿ¸ﬂÇ30rÈ"reminder-1-emaila
DR-000104-12	DR-000104DR-000104-INV-002"CRED-004(˙Ÿ¸ﬂÇ30r È"reminder-3-letterΩ
DR-000110-9	DR-000110DR-000110-INV-004"CRED-001(¨⁄¸ﬂÇ30R}
INV-000110-004	ˇEURÈ"È0:Company 000110B110 rue de la R√©publiqueB
69002 LyonJdr-000110@example.comh
DR-000117-17	DR-000117DR-000117-INV-002"CRED-004(ﬁ⁄¸ﬂÇ30Z'
DR-000117-PAY-4	‘ä4EURÈ æ
DR-000126-7	DR-000126DR-000126-INV-004"CRED-009(ê€¸ﬂÇ30R~
INV-000126-004	≠˘USDÈ"È0:Customer 000126B126 rue de la R√©publiqueB
69009 LyonJdr-000126@example.comæ
DR-000136-22	DR-000136DR-000136-INV-004"CRED-004(¬€¸ﬂÇ30R}
INV-000136-004	ò¯EURÈ"È0:Company 000136B136 rue de la R√©publiqueB
69001 LyonJdr-000136@example.comg
DR-000141-8	DR-000141DR-000141-INV-003"CRED-012(Ù€¸ﬂÇ30Z'
DR-000141-PAY-3	åïEURÈ ^
DR-000176-4	DR-000176DR-000176-INV-002"CRED-008(¶‹¸ﬂÇ30rÈ"courtesy-reminderg
DR-000176-5	DR-000176DR-000176-INV-002"CRED-008(ÿ‹¸ﬂÇ30Z'
DR-000176-PAY-2	èÜEURÈ h
DR-000204-13	DR-000204DR-000204-INV-003"CRED-006(ä›¸ﬂÇ30Z'
DR-000204-PAY-3	ÊåEURÈ Ω
DR-000232-15	DR-000232DR-000232-INV-005"CRED-008(º›¸ﬂÇ30R|
INV-000232-005	˘éXEURÈ"È0:Company 000232B32 rue de la R√©publiqueB
69007 LyonJdr-000232@example.com`
DR-000057-17	DR-000057DR-000057-INV-003"CRED-011(≤ÿ¸ﬂÇ30rÈ"reminder-1-email%
day-2025-07-21(ò†∏˚Ç30≤	
È_
DR-000011-8	DR-000011DR-000011-INV-002"CRED-012(ÄêñâÉ30rÈ"reminder-1-emailb
DR-000015-15	DR-000015DR-000015-INV-002"CRED-011(≤êñâÉ30r!È"reminder-4-warningh
DR-000026-15	DR-000026DR-000026-INV-003"CRED-003(‰êñâÉ30Z'
DR-000026-PAY-5	òºREURÈ g
DR-000033-9	DR-000033DR-000033-INV-001"CRED-003(ñëñâÉ30Z'
DR-000033-PAY-1	¥©CHFÈ h
DR-000041-15	DR-000041DR-000041-INV-002"CRED-008(»ëñâÉ30Z'
DR-000041-PAY-2	–ÆEURÈ c
DR-000048-7	DR-000048DR-000048-INV-003"CRED-005(˙ëñâÉ30j#
DR-000048-CN-7ÚPEURÈM
DR-000062-25	DR-000062DR-000062-INV-004"CRED-009(¨íñâÉ30íÈ`
DR-000119-15	DR-000119DR-000119-INV-003"CRED-007(ﬁíñâÉ30rÈ"reminder-1-email_
DR-000170-6	DR-000170DR-000170-INV-003"CRED-001(êìñâÉ30rÈ"reminder-1-emailæ
DR-000174-25	DR-000174DR-000174-INV-004"CRED-003(¬ìñâÉ30R}
INV-000174-004	¡ãGBPÈ"È0:Company 000174B174 rue de la R√©publiqueB
69003 LyonJdr-000174@example.comæ
DR-000194-11	DR-000194DR-000194-INV-003"CRED-001(ÙìñâÉ30R}
INV-000194-003	Å∑uUSDÈ"È0:Company 000194B194 rue de la R√©publiqueB
69005 LyonJdr-000194@example.com`
DR-000197-17	DR-000197DR-000197-INV-003"CRED-006(¶îñâÉ30rÈ"reminder-2-phone`
DR-000200-18	DR-000200DR-000200-INV-003"CRED-012(ÿîñâÉ30rÈ"reminder-2-phoneΩ
DR-000239-12	DR-000239DR-000239-INV-003"CRED-010(äïñâÉ30R|
INV-000239-003	È›$EURÈ"È0:Company 000239B39 rue de la R√©publiqueB
69005 LyonJdr-000239@example.coma
DR-000244-12	DR-000244DR-000244-INV-003"CRED-002(ºïñâÉ30r È"reminder-3-letterh
DR-000246-18	DR-000246DR-000246-INV-002"CRED-003(ÓïñâÉ30Z'
DR-000246-PAY-1	ÛÆEURÈ Ω
DR-000249-15	DR-000249DR-000249-INV-003"CRED-006(†ññâÉ30R|
INV-000249-003	¥¡CHFÈ"È	0:Company 000249B49 rue de la R√©publiqueB
69006 LyonJdr-000249@example.com%
day-2025-07-22(òÿ—§É30≤	
ÈΩ
DR-000012-8	DR-000012DR-000012-INV-002"CRED-004(Ä»Ø≤É30R}
INV-000012-002	¥πEURÈ"È0:Customer 000012B12 rue de la R√©publiqueB
69003 LyonJdr-000012@example.comh
DR-000020-12	DR-000020DR-000020-INV-002"CRED-009(≤»Ø≤É30Z'
DR-000020-PAY-5	ÚÏ]EURÈ „
DR-000057-18	DR-000057DR-000057-INV-003"CRED-011(‰»Ø≤É30Ç†
DR-000057-PLAN-18È
È	¯ıEUR
È		¯ıEUR
È
	¯ıEUR
È	¯ıEUR
È	¯ıEUR
Í	˚ıEURi
DR-000058-16	DR-000058DR-000058-INV-004"CRED-007(ñ…Ø≤É30Z(
DR-000058-PAY-4
ËíEURÈ `
DR-000059-14	DR-000059DR-000059-INV-003"CRED-006(»…Ø≤É30rÈ"reminder-2-phoneÕ
DR-000130-10	DR-000130DR-000130-INV-004"CRED-004(˙…Ø≤É30Rã
INV-000130-004	æ∑EURÈ"È*
Èß40:Company 000130B130 rue de la R√©publiqueB
69004 LyonJdr-000130@example.com`
DR-000139-13	DR-000139DR-000139-INV-003"CRED-001(¨ Ø≤É30rÈ"reminder-1-email`
DR-000145-10	DR-000145DR-000145-INV-003"CRED-009(ﬁ Ø≤É30rÈ"reminder-2-phoneæ
DR-000177-7	DR-000177DR-000177-INV-002"CRED-008(êÀØ≤É30R~
INV-000177-002	®£EURÈ"È0:Customer 000177B177 rue de la R√©publiqueB
69006 LyonJdr-000177@example.com_
DR-000179-9	DR-000179DR-000179-INV-002"CRED-006(¬ÀØ≤É30rÈ"reminder-2-phone]
DR-000179-10	DR-000179DR-000179-INV-002"CRED-006(ÙÀØ≤É30z
÷=EURÈÈ`
DR-000181-15	DR-000181DR-000181-INV-003"CRED-003(¶ÃØ≤É30rÈ"reminder-1-emailh
DR-000183-11	DR-000183DR-000183-INV-002"CRED-010(ÿÃØ≤É30Z'
DR-000183-PAY-2	ÙÜEURÈ r
DR-000188-7	DR-000188DR-000188-INV-003"CRED-001(äÕØ≤É30ä1
billing error on some lines	ŒùEURÈa
DR-000239-13	DR-000239DR-000239-INV-002"CRED-010(ºÕØ≤É30r È"reminder-3-letter%
day-2025-07-23(òêÎÕÉ30≤	
Èa
DR-000055-10	DR-000055DR-000055-INV-002"CRED-002(ÄÄ…€É30r È"reminder-3-letterh
DR-000081-14	DR-000081DR-000081-INV-003"CRED-010(≤Ä…€É30Z'
DR-000081-PAY-3	ΩÔ=EURÈ h
DR-000082-13	DR-000082DR-000082-INV-002"CRED-009(‰Ä…€É30Z'
DR-000082-PAY-2	ÎßEURÈ a
DR-000105-15	DR-000105DR-000105-INV-003"CRED-001(ñÅ…€É30r È"reminder-3-lettera
DR-000130-11	DR-000130DR-000130-INV-003"CRED-011(»Å…€É30r È"reminder-3-lettera
DR-000146-10	DR-000146DR-000146-INV-003"CRED-007(˙Å…€É30r È"reminder-3-letterΩ
DR-000170-7	DR-000170DR-000170-INV-004"CRED-005(¨Ç…€É30R}
INV-000170-004	§ß/CHFÈ"È	0:Company 000170B170 rue de la R√©publiqueB
69008 LyonJdr-000170@example.comæ
DR-000185-15	DR-000185DR-000185-INV-003"CRED-001(ﬁÇ…€É30R}
INV-000185-003¥,EURÈ"È0:Customer 000185B185 rue de la R√©publiqueB
69005 LyonJdr-000185@example.com_
DR-000190-20	DR-000190DR-000190-INV-004"CRED-004(êÉ…€É30rÈ"courtesy-reminder`
DR-000206-11	DR-000206DR-000206-INV-002"CRED-002(¬É…€É30rÈ"reminder-2-phone^
DR-000206-12	DR-000206DR-000206-INV-002"CRED-002(ÙÉ…€É30z
	‹˛EURÈÈa
DR-000209-13	DR-000209DR-000209-INV-002"CRED-002(¶Ñ…€É30r È"reminder-3-letter_
DR-000210-8	DR-000210DR-000210-INV-003"CRED-007(ÿÑ…€É30rÈ"reminder-1-emailæ
DR-000217-23	DR-000217DR-000217-INV-004"CRED-008(äÖ…€É30R}
INV-000217-004	≠˚EURÈ"È0:Customer 000217B17 rue de la R√©publiqueB
69001 LyonJdr-000217@example.comg
DR-000221-6	DR-000221DR-000221-INV-003"CRED-004(ºÖ…€É30Z'
DR-000221-PAY-3	ÒÛ8EURÈ %
day-2025-07-24(ò»Ñ˜É30≤	
Èh
DR-000015-16	DR-000015DR-000015-INV-002"CRED-011(Ä∏‚ÑÑ30Z'
DR-000015-PAY-4	ﬂ˜EURÈ a
DR-000023-18	DR-000023DR-000023-INV-003"CRED-001(≤∏‚ÑÑ30r È"reminder-3-lettera
DR-000024-11	DR-000024DR-000024-INV-002"CRED-008(‰∏‚ÑÑ30r È"reminder-3-lettera
DR-000027-15	DR-000027DR-000027-INV-002"CRED-009(ñπ‚ÑÑ30r È"reminder-3-letteræ
DR-000035-11	DR-000035DR-000035-INV-005"CRED-012(»π‚ÑÑ30R}
INV-000035-005
º“µEURÈ"È	0:Company 000035B35 rue de la R√©publiqueB
69008 LyonJdr-000035@example.comÃ
DR-000064-17	DR-000064DR-000064-INV-003"CRED-011(˙π‚ÑÑ30Rä
INV-000064-003	»‘EURÈ"È*
È™20:Company 000064B64 rue de la R√©publiqueB
69001 LyonJdr-000064@example.comi
DR-000102-15	DR-000102DR-000102-INV-002"CRED-006(¨∫‚ÑÑ30Z(
DR-000102-PAY-2
≠ô‡EURÈ f
DR-000103-8	DR-000103DR-000103-INV-003"CRED-001(ﬁ∫‚ÑÑ30Z&
DR-000103-PAY-3√+EURÈ _
DR-000112-15	DR-000112DR-000112-INV-004"CRED-001(êª‚ÑÑ30rÈ"courtesy-reminder`
DR-000122-10	DR-000122DR-000122-INV-002"CRED-002(¬ª‚ÑÑ30rÈ"reminder-1-emailæ
DR-000132-16	DR-000132DR-000132-INV-004"CRED-012(Ùª‚ÑÑ30R}
INV-000132-004	úáEURÈ"È	0:Company 000132B132 rue de la R√©publiqueB
69006 LyonJdr-000132@example.comh
DR-000166-16	DR-000166DR-000166-INV-003"CRED-001(¶º‚ÑÑ30Z'
DR-000166-PAY-3	∞˘fEURÈ _
DR-000195-12	DR-000195DR-000195-INV-003"CRED-008(ÿº‚ÑÑ30rÈ"courtesy-reminderb
DR-000225-17	DR-000225DR-000225-INV-002"CRED-001(äΩ‚ÑÑ30r!È"reminder-4-warningΩ
DR-000226-5	DR-000226DR-000226-INV-003"CRED-004(ºΩ‚ÑÑ30R}
INV-000226-003	∂≤EURÈ"È0:Customer 000226B26 rue de la R√©publiqueB
69001 LyonJdr-000226@example.com%
day-2025-07-25(òÄû†Ñ30≤	
Èh
DR-000006-14	DR-000006DR-000006-INV-002"CRED-003(Ä˚≠Ñ30Z'
DR-000006-PAY-3	π¶EURÈ h
DR-000021-15	DR-000021DR-000021-INV-003"CRED-010(≤˚≠Ñ30Z'
DR-000021-PAY-6	∏ÔGBPÈ S
DR-000042-16	DR-000042DR-000042-INV-002"CRED-006(‰˚≠Ñ30ö
AGY-03Èº
DR-000043-5	DR-000043DR-000043-INV-003"CRED-007(ñÒ˚≠Ñ30R|
INV-000043-003	á‹EURÈ"È0:Company 000043B43 rue de la R√©publiqueB
69007 LyonJdr-000043@example.comΩ
DR-000080-15	DR-000080DR-000080-INV-004"CRED-012(»Ò˚≠Ñ30R|
INV-000080-004	≥À&EURÈ"È0:Company 000080B80 rue de la R√©publiqueB
69008 LyonJdr-000080@example.com`
DR-000080-16	DR-000080DR-000080-INV-003"CRED-012(˙Ò˚≠Ñ30rÈ"reminder-2-phoneb
DR-000102-16	DR-000102DR-000102-INV-003"CRED-006(¨Ú˚≠Ñ30r!È"reminder-4-warningh
DR-000112-16	DR-000112DR-000112-INV-004"CRED-001(ﬁÚ˚≠Ñ30Z'
DR-000112-PAY-5	Ã˚`EURÈ X
DR-000136-23	DR-000136DR-000136-INV-003"CRED-004(êÛ˚≠Ñ30í	ßËEURÈΩ
DR-000152-5	DR-000152DR-000152-INV-003"CRED-005(¬Û˚≠Ñ30R}
INV-000152-003	®úEURÈ"È0:Company 000152B152 rue de la R√©publiqueB
69008 LyonJdr-000152@example.com_
DR-000155-14	DR-000155DR-000155-INV-003"CRED-006(ÙÛ˚≠Ñ30rÈ"courtesy-reminder`
DR-000187-17	DR-000187DR-000187-INV-003"CRED-001(¶Ù˚≠Ñ30rÈ"reminder-2-phoneΩ
DR-000199-6	DR-000199DR-000199-INV-004"CRED-007(ÿÙ˚≠Ñ30R}
INV-000199-004	µﬁEURÈ"È		0:Company 000199B199 rue de la R√©publiqueB
69001 LyonJdr-000199@example.comi
DR-000203-20	DR-000203DR-000203-INV-003"CRED-011(äı˚≠Ñ30Z(
DR-000203-PAY-5
…√⁄EURÈ a
DR-000236-20	DR-000236DR-000236-INV-003"CRED-011(ºı˚≠Ñ30r È"reminder-3-letter_
DR-000242-13	DR-000242DR-000242-INV-004"CRED-009(Óı˚≠Ñ30rÈ"courtesy-reminder%
day-2025-07-26(ò∏∑…Ñ30≤	
ÈS
DR-000016-9	DR-000016"CRED-001(Ä®ï◊Ñ30Z&
DR-000016-PAY-2ÔvEURÈ a
DR-000023-19	DR-000023DR-000023-INV-002"CRED-001(≤®ï◊Ñ30r È"reminder-3-letter_
DR-000050-5	DR-000050DR-000050-INV-002"CRED-011(‰®ï◊Ñ30ä
goods not deliveredÈi
DR-000067-12	DR-000067DR-000067-INV-004"CRED-006(ñ©ï◊Ñ30Z(
DR-000067-PAY-4
Ú©ëEURÈ `
DR-000072-14	DR-000072DR-000072-INV-003"CRED-001(»©ï◊Ñ30rÈ"reminder-1-emailΩ
DR-000077-5	DR-000077DR-000077-INV-003"CRED-004(˙©ï◊Ñ30R}
INV-000077-003	à”EURÈ"È0:Customer 000077B77 rue de la R√©publiqueB
69005 LyonJdr-000077@example.com`
DR-000100-12	DR-000100DR-000100-INV-003"CRED-007(¨™ï◊Ñ30rÈ"reminder-1-emailh
DR-000121-23	DR-000121DR-000121-INV-003"CRED-011(ﬁ™ï◊Ñ30Z'
DR-000121-PAY-5	éÎ4EURÈ b
DR-000125-10	DR-000125DR-000125-INV-002"CRED-011(ê´ï◊Ñ30r!È"reminder-4-warning]
DR-000132-17	DR-000132DR-000132-INV-003"CRED-012(¬´ï◊Ñ30rÈ"formal-notice`
DR-000136-24	DR-000136DR-000136-INV-003"CRED-004(Ù´ï◊Ñ30rÈ"reminder-1-email]
DR-000174-26	DR-000174DR-000174-INV-003"CRED-003(¶¨ï◊Ñ30rÈ"formal-noticeæ
DR-000183-12	DR-000183DR-000183-INV-003"CRED-010(ÿ¨ï◊Ñ30R}
INV-000183-003	¨≥EURÈ"È	0:Company 000183B183 rue de la R√©publiqueB
69003 LyonJdr-000183@example.comø
DR-000184-15	DR-000184DR-000184-INV-003"CRED-005(ä≠ï◊Ñ30R~
INV-000184-003	´‘	EURÈ"È0:Customer 000184B184 rue de la R√©publiqueB
69004 LyonJdr-000184@example.comb
DR-000220-23	DR-000220DR-000220-INV-003"CRED-012(º≠ï◊Ñ30r!È"reminder-4-warning%
day-2025-07-27(ò–ÚÑ30≤	
ÈΩ
DR-000021-16	DR-000021DR-000021-INV-004"CRED-010(Ä‡ÆÄÖ30R|
INV-000021-004	˚ñ+GBPÈ"È	0:Company 000021B21 rue de la R√©publiqueB
69003 LyonJdr-000021@example.comb
DR-000023-20	DR-000023DR-000023-INV-002"CRED-001(≤‡ÆÄÖ30r!È"reminder-4-warningh
DR-000027-16	DR-000027DR-000027-INV-002"CRED-009(‰‡ÆÄÖ30Z'
DR-000027-PAY-2	Ëô+EURÈ h
DR-000032-28	DR-000032DR-000032-INV-002"CRED-010(ñ·ÆÄÖ30Z'
DR-000032-PAY-8	ÅÅGBPÈ ]
DR-000045-14	DR-000045DR-000045-INV-002"CRED-002(»·ÆÄÖ30rÈ"formal-noticev
DR-000059-15	DR-000059DR-000059-INV-003"CRED-006(˙·ÆÄÖ30™4
È)small balance left after partial paymentsΩ
DR-000078-6	DR-000078DR-000078-INV-003"CRED-007(¨‚ÆÄÖ30R}
INV-000078-003	™—EURÈ"È0:Customer 000078B78 rue de la R√©publiqueB
69006 LyonJdr-000078@example.com`
DR-000081-15	DR-000081DR-000081-INV-004"CRED-010(ﬁ‚ÆÄÖ30rÈ"reminder-2-phoneg
DR-000083-9	DR-000083DR-000083-INV-002"CRED-009(ê„ÆÄÖ30Z'
DR-000083-PAY-3	ñè%GBPÈ æ
DR-000096-10	DR-000096DR-000096-INV-003"CRED-012(¬„ÆÄÖ30R}
INV-000096-003	˘ıEURÈ"È	0:Customer 000096B96 rue de la R√©publiqueB
69006 LyonJdr-000096@example.comg
DR-000113-12	DR-000113DR-000113-INV-001"CRED-007(Ù„ÆÄÖ30Z&
DR-000113-PAY-1’OEURÈ g
DR-000116-8	DR-000116DR-000116-INV-003"CRED-001(¶‰ÆÄÖ30Z'
DR-000116-PAY-3	¥üEURÈ ]
DR-000125-11	DR-000125DR-000125-INV-002"CRED-011(ÿ‰ÆÄÖ30rÈ"formal-notice`
DR-000136-25	DR-000136DR-000136-INV-003"CRED-004(äÂÆÄÖ30rÈ"reminder-2-phone^
DR-000148-7	DR-000148DR-000148-INV-003"CRED-001(ºÂÆÄÖ30rÈ"courtesy-reminderg
DR-000206-13	DR-000206DR-000206-INV-001"CRED-002(ÓÂÆÄÖ30Z&
DR-000206-PAY-1ı7EURÈ Ω
DR-000210-9	DR-000210DR-000210-INV-004"CRED-007(†ÊÆÄÖ30R}
INV-000210-004	ÌÀEURÈ"È0:Customer 000210B10 rue de la R√©publiqueB
69003 LyonJdr-000210@example.comS
DR-000216-19	DR-000216DR-000216-INV-002"CRED-010(“ÊÆÄÖ30ö
AGY-03Èº
DR-000218-8	DR-000218DR-000218-INV-004"CRED-001(ÑÁÆÄÖ30R|
INV-000218-004	®ÇUSDÈ"È0:Company 000218B18 rue de la R√©publiqueB
69002 LyonJdr-000218@example.com%
day-2025-07-28(ò®ÍõÖ30≤	
È_
DR-000011-9	DR-000011DR-000011-INV-002"CRED-012(Äò»©Ö30rÈ"reminder-2-phone^
DR-000011-10	DR-000011DR-000011-INV-002"CRED-012(≤ò»©Ö30z
	õüEURÈÈ]
DR-000023-21	DR-000023DR-000023-INV-002"CRED-001(‰ò»©Ö30rÈ"formal-notice_
DR-000060-12	DR-000060DR-000060-INV-003"CRED-012(ñô»©Ö30rÈ"courtesy-reminderh
DR-000086-15	DR-000086DR-000086-INV-002"CRED-002(»ô»©Ö30Z'
DR-000086-PAY-2	∂ÅEURÈ h
DR-000092-16	DR-000092DR-000092-INV-002"CRED-012(˙ô»©Ö30Z'
DR-000092-PAY-2	©Ô
CHFÈ `
DR-000119-16	DR-000119DR-000119-INV-003"CRED-007(¨ö»©Ö30rÈ"reminder-2-phone^
DR-000119-17	DR-000119DR-000119-INV-003"CRED-007(ﬁö»©Ö30z
	° EURÈÈæ
DR-000131-12	DR-000131DR-000131-INV-004"CRED-011(êõ»©Ö30R}
INV-000131-004	ÅËUSDÈ"È	0:Company 000131B131 rue de la R√©publiqueB
69005 LyonJdr-000131@example.coma
DR-000136-26	DR-000136DR-000136-INV-003"CRED-004(¬õ»©Ö30r È"reminder-3-letterg
DR-000141-9	DR-000141DR-000141-INV-004"CRED-012(Ùõ»©Ö30Z'
DR-000141-PAY-4	™‡EURÈ _
DR-000151-6	DR-000151DR-000151-INV-002"CRED-012(¶ú»©Ö30rÈ"reminder-1-emailg
DR-000151-7	DR-000151DR-000151-INV-002"CRED-012(ÿú»©Ö30Z'
DR-000151-PAY-2	√ùEURÈ Õ
DR-000168-21	DR-000168DR-000168-INV-005"CRED-009(äù»©Ö30Rã
INV-000168-005	”õ'EURÈ"È*
È≤d0:Company 000168B168 rue de la R√©publiqueB
69006 LyonJdr-000168@example.com_
DR-000170-8	DR-000170DR-000170-INV-003"CRED-001(ºù»©Ö30rÈ"reminder-2-phone_
DR-000171-7	DR-000171DR-000171-INV-003"CRED-006(Óù»©Ö30rÈ"reminder-1-emailæ
DR-000181-16	DR-000181DR-000181-INV-004"CRED-009(†û»©Ö30R}
INV-000181-004	ÀºEURÈ"È	0:Company 000181B181 rue de la R√©publiqueB
69001 LyonJdr-000181@example.coma
DR-000197-18	DR-000197DR-000197-INV-003"CRED-006(“û»©Ö30r È"reminder-3-lettera
DR-000200-19	DR-000200DR-000200-INV-003"CRED-012(Ñü»©Ö30r È"reminder-3-letterb
DR-000216-20	DR-000216DR-000216-INV-003"CRED-010(∂ü»©Ö30r!È"reminder-4-warning]
DR-000217-24	DR-000217DR-000217-INV-003"CRED-008(Ëü»©Ö30rÈ"formal-noticea
DR-000200-19	DR-000200DR-000200-INV-003"CRED-012(Ñü»©Ö30r È"reminder-3-letter%
day-2025-07-29(ò‡É≈Ö30≤	
È]
DR-000006-15	DR-000006DR-000006-INV-002"CRED-003(Ä–·“Ö30rÈ"formal-noticeh
DR-000030-17	DR-000030DR-000030-INV-002"CRED-005(≤–·“Ö30Z'
DR-000030-PAY-8	ÖªEURÈ Ω
DR-000032-29	DR-000032DR-000032-INV-005"CRED-010(‰–·“Ö30R|
INV-000032-005	á¬ GBPÈ"È	0:Company 000032B32 rue de la R√©publiqueB
69005 LyonJdr-000032@example.comh
DR-000061-11	DR-000061DR-000061-INV-001"CRED-007(ñ—·“Ö30Z'
DR-000061-PAY-4	®‘*EURÈ g
DR-000075-8	DR-000075DR-000075-INV-003"CRED-005(»—·“Ö30Z'
DR-000075-PAY-3	ÂÊGBPÈ Õ
DR-000083-10	DR-000083DR-000083-INV-003"CRED-009(˙—·“Ö30Rã
INV-000083-003	ﬁü6GBPÈ"È*
È	Ôä0:Company 000083B83 rue de la R√©publiqueB
69002 LyonJdr-000083@example.comæ
DR-000097-16	DR-000097DR-000097-INV-003"CRED-010(¨“·“Ö30R}
INV-000097-003	ı≥EURÈ"È0:Customer 000097B97 rue de la R√©publiqueB
69007 LyonJdr-000097@example.comb
DR-000104-13	DR-000104DR-000104-INV-002"CRED-004(ﬁ“·“Ö30r!È"reminder-4-warningÕ
DR-000123-22	DR-000123DR-000123-INV-005"CRED-009(ê”·“Ö30Rã
INV-000123-005	˘∑EURÈ"È	*
È	û0:Company 000123B123 rue de la R√©publiqueB
69006 LyonJdr-000123@example.comb
DR-000136-27	DR-000136DR-000136-INV-003"CRED-004(¬”·“Ö30r!È"reminder-4-warningæ
DR-000137-5	DR-000137DR-000137-INV-003"CRED-005(Ù”·“Ö30R~
INV-000137-003
œ˚üEURÈ"È0:Company 000137B137 rue de la R√©publiqueB
69002 LyonJdr-000137@example.com`
DR-000139-14	DR-000139DR-000139-INV-003"CRED-001(¶‘·“Ö30rÈ"reminder-2-phone^
DR-000139-15	DR-000139DR-000139-INV-003"CRED-001(ÿ‘·“Ö30z
	¡ÍGBPÈ	Èa
DR-000145-11	DR-000145DR-000145-INV-003"CRED-009(ä’·“Ö30r È"reminder-3-letter`
DR-000181-17	DR-000181DR-000181-INV-003"CRED-003(º’·“Ö30rÈ"reminder-2-phone^
DR-000181-18	DR-000181DR-000181-INV-003"CRED-003(Ó’·“Ö30z
	¡êEURÈÈg
DR-000184-16	DR-000184DR-000184-INV-002"CRED-005(†÷·“Ö30Z&
DR-000184-PAY-2∆GEURÈ r
DR-000207-11	DR-000207DR-000207-INV-003"CRED-005(“÷·“Ö30ä0
billing error on some lines≠YEURÈ`
DR-000219-13	DR-000219DR-000219-INV-004"CRED-012(Ñ◊·“Ö30rÈ"reminder-1-email`
DR-000232-16	DR-000232DR-000232-INV-004"CRED-008(∂◊·“Ö30rÈ"reminder-1-emailΩ
DR-000032-29	DR-000032DR-000032-INV-005"CRED-010(‰–·“Ö30R|
INV-000032-005	á¬ GBPÈ"È	0:Company 000032B32 rue de la R√©publiqueB
69005 LyonJdr-000032@example.com%
day-2025-07-30(òòùÓÖ30≤	
Èg
DR-000005-6	DR-000005DR-000005-INV-003"CRED-004(Äà˚˚Ö30Z'
DR-000005-PAY-3	Í—<EURÈ ^
DR-000029-5	DR-000029DR-000029-INV-002"CRED-001(≤à˚˚Ö30rÈ"courtesy-reminderh
DR-000041-16	DR-000041DR-000041-INV-003"CRED-008(‰à˚˚Ö30Z'
DR-000041-PAY-3	†éEURÈ æ
DR-000156-13	DR-000156DR-000156-INV-004"CRED-007(ñâ˚˚Ö30R}
INV-000156-004	·éEURÈ"È	0:Company 000156B156 rue de la R√©publiqueB
69003 LyonJdr-000156@example.comU
DR-000161-12	DR-000161"CRED-004(»â˚˚Ö30Z'
DR-000161-PAY-3	ºØEURÈ `
DR-000210-10	DR-000210DR-000210-INV-003"CRED-007(˙â˚˚Ö30rÈ"reminder-2-phoneb
DR-000244-13	DR-000244DR-000244-INV-003"CRED-002(¨ä˚˚Ö30r!È"reminder-4-warning%
day-2025-07-31(ò–∂óÜ30≤	
Èg
DR-000001-7	DR-000001DR-000001-INV-003"CRED-005(Ä¿î•Ü30Z'
DR-000001-PAY-3	ñ’EURÈ Ω
DR-000020-13	DR-000020DR-000020-INV-004"CRED-009(≤¿î•Ü30R|
INV-000020-004	›Æ3EURÈ"È0:Company 000020B20 rue de la R√©publiqueB
69002 LyonJdr-000020@example.comh
DR-000072-15	DR-000072DR-000072-INV-003"CRED-001(‰¿î•Ü30Z'
DR-000072-PAY-3	≠ø,EURÈ _
DR-000074-11	DR-000074DR-000074-INV-003"CRED-011(ñ¡î•Ü30rÈ"courtesy-reminderΩ
DR-000094-8	DR-000094DR-000094-INV-004"CRED-003(»¡î•Ü30R}
INV-000094-004
≈◊ÅEURÈ"È0:Company 000094B94 rue de la R√©publiqueB
69004 LyonJdr-000094@example.com_
DR-000098-8	DR-000098DR-000098-INV-002"CRED-002(˙¡î•Ü30rÈ"reminder-1-email`
DR-000122-11	DR-000122DR-000122-INV-002"CRED-002(¨¬î•Ü30rÈ"reminder-2-phoneg
DR-000125-12	DR-000125DR-000125-INV-003"CRED-011(ﬁ¬î•Ü30Z&
DR-000125-PAY-2îuEURÈ _
DR-000157-6	DR-000157DR-000157-INV-002"CRED-002(ê√î•Ü30rÈ"reminder-1-emailø
DR-000198-14	DR-000198DR-000198-INV-004"CRED-004(¬√î•Ü30R~
INV-000198-004
µ€èEURÈ"È	0:Company 000198B198 rue de la R√©publiqueB
69009 LyonJdr-000198@example.comT
DR-000199-7	DR-000199"CRED-007(Ù√î•Ü30Z'
DR-000199-PAY-3	’ØEURÈ J
DR-000203-21	DR-000203"CRED-011(¶ƒî•Ü30b
DR-000203-PAY-5È^
DR-000223-7	DR-000223DR-000223-INV-002"CRED-010(ÿƒî•Ü30rÈ"courtesy-reminderb
DR-000239-14	DR-000239DR-000239-INV-002"CRED-010(ä≈î•Ü30r!È"reminder-4-warning%
day-2025-08-01(òà–¿Ü30≤	
Èg
DR-000048-8	DR-000048DR-000048-INV-003"CRED-005(Ä¯≠ŒÜ30Z'
DR-000048-PAY-3	ù—EURÈ g
DR-000049-8	DR-000049DR-000049-INV-003"CRED-004(≤¯≠ŒÜ30Z'
DR-000049-PAY-3	Ω€!EURÈ b
DR-000055-11	DR-000055DR-000055-INV-002"CRED-002(‰¯≠ŒÜ30r!È"reminder-4-warningh
DR-000060-13	DR-000060DR-000060-INV-003"CRED-012(ñ˘≠ŒÜ30Z'
DR-000060-PAY-2	í¥ EURÈ g
DR-000062-26	DR-000062DR-000062-INV-004"CRED-009(»˘≠ŒÜ30Z&
DR-000062-PAY-3∆=EURÈ a
DR-000080-17	DR-000080DR-000080-INV-003"CRED-012(˙˘≠ŒÜ30r È"reminder-3-letterg
DR-000098-9	DR-000098DR-000098-INV-002"CRED-002(¨˙≠ŒÜ30Z'
DR-000098-PAY-3	û EURÈ œ
DR-000100-13	DR-000100DR-000100-INV-004"CRED-007(ﬁ˙≠ŒÜ30Rç
INV-000100-004
êßÆEURÈ"È	*
Èúæ0:Company 000100B100 rue de la R√©publiqueB
69001 LyonJdr-000100@example.comb
DR-000105-16	DR-000105DR-000105-INV-003"CRED-001(ê˚≠ŒÜ30r!È"reminder-4-warningæ
DR-000112-17	DR-000112DR-000112-INV-006"CRED-001(¬˚≠ŒÜ30R}
INV-000112-006	”ÀEURÈ"È
0:Company 000112B112 rue de la R√©publiqueB
69004 LyonJdr-000112@example.comh
DR-000119-18	DR-000119DR-000119-INV-002"CRED-007(Ù˚≠ŒÜ30Z'
DR-000119-PAY-2	∞·EURÈ æ
DR-000121-24	DR-000121DR-000121-INV-004"CRED-011(¶¸≠ŒÜ30R}
INV-000121-004	⁄˝6EURÈ"È	0:Company 000121B121 rue de la R√©publiqueB
69004 LyonJdr-000121@example.comb
DR-000130-12	DR-000130DR-000130-INV-003"CRED-011(ÿ¸≠ŒÜ30r!È"reminder-4-warningΩ
DR-000143-8	DR-000143DR-000143-INV-003"CRED-007(ä˝≠ŒÜ30R}
INV-000143-003ÖCGBPÈ"È	0:Customer 000143B143 rue de la R√©publiqueB
69008 LyonJdr-000143@example.comb
DR-000146-11	DR-000146DR-000146-INV-003"CRED-007(º˝≠ŒÜ30r!È"reminder-4-warningæ
DR-000162-16	DR-000162DR-000162-INV-003"CRED-006(Ó˝≠ŒÜ30R}
INV-000162-003ÛpEURÈ"È	0:Customer 000162B162 rue de la R√©publiqueB
69009 LyonJdr-000162@example.comæ
DR-000173-10	DR-000173DR-000173-INV-003"CRED-008(†˛≠ŒÜ30R}
INV-000173-003‚6EURÈ"È	0:Customer 000173B173 rue de la R√©publiqueB
69002 LyonJdr-000173@example.coma
DR-000187-18	DR-000187DR-000187-INV-003"CRED-001(“˛≠ŒÜ30r È"reminder-3-letter`
DR-000203-22	DR-000203DR-000203-INV-003"CRED-011(Ñˇ≠ŒÜ30rÈ"reminder-2-phoneb
DR-000209-14	DR-000209DR-000209-INV-002"CRED-002(∂ˇ≠ŒÜ30r!È"reminder-4-warningΩ
DR-000228-24	DR-000228DR-000228-INV-005"CRED-012(Ëˇ≠ŒÜ30R|
INV-000228-005	óã.EURÈ"È	0:Company 000228B28 rue de la R√©publiqueB
69003 LyonJdr-000228@example.com`
DR-000248-11	DR-000248DR-000248-INV-002"CRED-005(öÄÆŒÜ30rÈ"reminder-1-email%
day-2025-08-02(ò¿ÈÈÜ30≤	
Èb
DR-000023-22	DR-000023DR-000023-INV-003"CRED-001(Ä∞«˜Ü30r!È"reminder-4-warningb
DR-000024-12	DR-000024DR-000024-INV-002"CRED-008(≤∞«˜Ü30r!È"reminder-4-warningh
DR-000080-18	DR-000080DR-000080-INV-003"CRED-012(‰∞«˜Ü30Z'
DR-000080-PAY-3	»–EURÈ `
DR-000100-14	DR-000100DR-000100-INV-003"CRED-007(ñ±«˜Ü30rÈ"reminder-2-phone_
DR-000142-12	DR-000142DR-000142-INV-004"CRED-005(»±«˜Ü30rÈ"courtesy-reminderæ
DR-000146-12	DR-000146DR-000146-INV-005"CRED-007(˙±«˜Ü30R}
INV-000146-005	ƒÓEURÈ"È	0:Company 000146B146 rue de la R√©publiqueB
69002 LyonJdr-000146@example.com`
DR-000190-21	DR-000190DR-000190-INV-004"CRED-004(¨≤«˜Ü30rÈ"reminder-1-emailÕ
DR-000193-11	DR-000193DR-000193-INV-004"CRED-006(ﬁ≤«˜Ü30Rã
INV-000193-004	Ã¸!EURÈ"È
*
È¸V0:Company 000193B193 rue de la R√©publiqueB
69004 LyonJdr-000193@example.comZ
DR-000200-20	DR-000200DR-000200-INV-001"CRED-012(ê≥«˜Ü30™
Èuncollectablea
DR-000203-23	DR-000203DR-000203-INV-003"CRED-011(¬≥«˜Ü30r È"reminder-3-letterg
DR-000213-6	DR-000213DR-000213-INV-003"CRED-011(Ù≥«˜Ü30Z'
DR-000213-PAY-3	—∆CHFÈ g
DR-000225-18	DR-000225DR-000225-INV-002"CRED-001(¶¥«˜Ü30Z&
DR-000225-PAY-6≈%EURÈ %
day-2025-08-03(ò¯Çìá30≤	
Èæ
DR-000028-17	DR-000028DR-000028-INV-004"CRED-008(ÄË‡†á30R}
INV-000028-004
íﬂàGBPÈ"È	0:Company 000028B28 rue de la R√©publiqueB
69001 LyonJdr-000028@example.coma
DR-000081-16	DR-000081DR-000081-INV-004"CRED-010(≤Ë‡†á30r È"reminder-3-letter`
DR-000085-19	DR-000085DR-000085-INV-003"CRED-012(‰Ë‡†á30rÈ"reminder-1-emailU
DR-000102-17	DR-000102"CRED-006(ñÈ‡†á30Z'
DR-000102-PAY-3	®í7EURÈ h
DR-000149-24	DR-000149DR-000149-INV-001"CRED-009(»È‡†á30Z'
DR-000149-PAY-7	⁄•EURÈ g
DR-000192-8	DR-000192DR-000192-INV-004"CRED-011(˙È‡†á30Z'
DR-000192-PAY-4	¨∂EURÈ `
DR-000195-13	DR-000195DR-000195-INV-003"CRED-008(¨Í‡†á30rÈ"reminder-1-emaila
DR-000206-14	DR-000206DR-000206-INV-002"CRED-002(ﬁÍ‡†á30r È"reminder-3-letter_
DR-000230-7	DR-000230DR-000230-INV-002"CRED-005(êÎ‡†á30rÈ"reminder-1-emailb
DR-000236-21	DR-000236DR-000236-INV-003"CRED-011(¬Î‡†á30r!È"reminder-4-warningg
DR-000248-12	DR-000248DR-000248-INV-001"CRED-005(ÙÎ‡†á30Z&
DR-000248-PAY-1˙xEURÈ %
day-2025-08-04(ò∞úºá30≤	
Èh
DR-000024-13	DR-000024DR-000024-INV-002"CRED-008(Ä†˙…á30Z'
DR-000024-PAY-2	µáEURÈ _
DR-000037-17	DR-000037DR-000037-INV-003"CRED-009(≤†˙…á30rÈ"courtesy-reminder^
DR-000114-8	DR-000114DR-000114-INV-003"CRED-002(‰†˙…á30rÈ"courtesy-reminder`
DR-000155-15	DR-000155DR-000155-INV-003"CRED-006(ñ°˙…á30rÈ"reminder-1-emailø
DR-000158-16	DR-000158DR-000158-INV-004"CRED-004(»°˙…á30R~
INV-000158-004	ÜØEURÈ"È	0:Customer 000158B158 rue de la R√©publiqueB
69005 LyonJdr-000158@example.com`
DR-000170-9	DR-000170DR-000170-INV-003"CRED-001(˙°˙…á30r È"reminder-3-letter_
DR-000171-8	DR-000171DR-000171-INV-003"CRED-006(¨¢˙…á30rÈ"reminder-2-phone`
DR-000242-14	DR-000242DR-000242-INV-004"CRED-009(ﬁ¢˙…á30rÈ"reminder-1-email`
DR-000170-9	DR-000170DR-000170-INV-003"CRED-001(˙°˙…á30r È"reminder-3-letter%
day-2025-08-05(òËµÂá30≤	
ÈΩ
DR-000011-11	DR-000011DR-000011-INV-003"CRED-012(ÄÿìÛá30R|
INV-000011-003	∑∆EURÈ"È	0:Company 000011B11 rue de la R√©publiqueB
69002 LyonJdr-000011@example.comg
DR-000021-17	DR-000021DR-000021-INV-001"CRED-010(≤ÿìÛá30Z&
DR-000021-PAY-7ûKGBPÈ g
DR-000036-6	DR-000036DR-000036-INV-003"CRED-011(‰ÿìÛá30Z'
DR-000036-PAY-3	Ô˜/EURÈ h
DR-000074-12	DR-000074DR-000074-INV-003"CRED-011(ñŸìÛá30Z'
DR-000074-PAY-4	çÙEURÈ \
DR-000154-12	DR-000154DR-000154-INV-002"CRED-001(»ŸìÛá30¢ÈRG-000154-002g
DR-000179-11	DR-000179DR-000179-INV-002"CRED-006(˙ŸìÛá30Z&
DR-000179-PAY-2÷=EURÈ ^
DR-000182-6	DR-000182DR-000182-INV-003"CRED-001(¨⁄ìÛá30rÈ"courtesy-reminder`
DR-000193-12	DR-000193DR-000193-INV-003"CRED-006(ﬁ⁄ìÛá30rÈ"reminder-1-emailœ
DR-000195-14	DR-000195DR-000195-INV-004"CRED-002(ê€ìÛá30Rç
INV-000195-004
€≠àGBPÈ"È	*
Èâ›0:Company 000195B195 rue de la R√©publiqueB
69006 LyonJdr-000195@example.com`
DR-000219-14	DR-000219DR-000219-INV-004"CRED-012(¬€ìÛá30rÈ"reminder-2-phone`
DR-000232-17	DR-000232DR-000232-INV-004"CRED-008(Ù€ìÛá30rÈ"reminder-2-phone%
day-2025-08-06(ò†œéà30≤	
Èh
DR-000006-16	DR-000006DR-000006-INV-002"CRED-003(Äê≠úà30Z'
DR-000006-PAY-4	√óEURÈ æ
DR-000047-11	DR-000047DR-000047-INV-003"CRED-011(≤ê≠úà30R}
INV-000047-003	„œEURÈ"È	0:Customer 000047B47 rue de la R√©publiqueB
69002 LyonJdr-000047@example.com_
DR-000053-4	DR-000053DR-000053-INV-002"CRED-009(‰ê≠úà30rÈ"reminder-1-email_
DR-000148-8	DR-000148DR-000148-INV-003"CRED-001(ñë≠úà30rÈ"reminder-1-email`
DR-000164-11	DR-000164DR-000164-INV-002"CRED-011(»ë≠úà30rÈ"reminder-1-emailh
DR-000172-11	DR-000172DR-000172-INV-004"CRED-010(˙ë≠úà30Z'
DR-000172-PAY-5	∞§5EURÈ a
DR-000179-12	DR-000179DR-000179-INV-002"CRED-006(¨í≠úà30r È"reminder-3-letterg
DR-000180-7	DR-000180DR-000180-INV-003"CRED-009(ﬁí≠úà30Z'
DR-000180-PAY-3	ΩÔEURÈ Ω
DR-000189-5	DR-000189DR-000189-INV-003"CRED-008(êì≠úà30R}
INV-000189-003	€„*EURÈ"È	0:Company 000189B189 rue de la R√©publiqueB
69009 LyonJdr-000189@example.comb
DR-000197-19	DR-000197DR-000197-INV-003"CRED-006(¬ì≠úà30r!È"reminder-4-warningb
DR-000200-21	DR-000200DR-000200-INV-003"CRED-012(Ùì≠úà30r!È"reminder-4-warninga
DR-000210-11	DR-000210DR-000210-INV-003"CRED-007(¶î≠úà30r È"reminder-3-letter%
day-2025-08-07(òÿË∑à30≤	
Èª
DR-000004-9	DR-000004DR-000004-INV-005"CRED-003(Ä»∆≈à30R{
INV-000004-005	¢˝EURÈ"È	0:Company 000004B4 rue de la R√©publiqueB
69004 LyonJdr-000004@example.com_
DR-000094-9	DR-000094DR-000094-INV-003"CRED-002(≤»∆≈à30rÈ"reminder-1-emaila
DR-000122-12	DR-000122DR-000122-INV-002"CRED-002(‰»∆≈à30r È"reminder-3-letterb
DR-000145-12	DR-000145DR-000145-INV-003"CRED-009(ñ…∆≈à30r!È"reminder-4-warning_
DR-000157-7	DR-000157DR-000157-INV-002"CRED-002(»…∆≈à30rÈ"reminder-2-phone]
DR-000157-8	DR-000157DR-000157-INV-002"CRED-002(˙…∆≈à30z
	¥≥EURÈÈb
DR-000179-13	DR-000179DR-000179-INV-002"CRED-006(¨ ∆≈à30r!È"reminder-4-warning%
day-2025-08-08(òêÇ·à30≤	
Èº
DR-000003-5	DR-000003DR-000003-INV-003"CRED-012(ÄÄ‡Óà30R|
INV-000003-003	¸«EURÈ	"È	0:Customer 000003B3 rue de la R√©publiqueB
69003 LyonJdr-000003@example.comª
DR-000005-7	DR-000005DR-000005-INV-004"CRED-004(≤Ä‡Óà30R{
INV-000005-004	˚¢EURÈ	"È	0:Company 000005B5 rue de la R√©publiqueB
69005 LyonJdr-000005@example.com_
DR-000022-16	DR-000022DR-000022-INV-003"CRED-010(‰Ä‡Óà30rÈ	"courtesy-reminderh
DR-000028-18	DR-000028DR-000028-INV-003"CRED-008(ñÅ‡Óà30Z'
DR-000028-PAY-5	¸úGBPÈ	 Ω
DR-000060-14	DR-000060DR-000060-INV-004"CRED-012(»Å‡Óà30R|
INV-000060-004	ä◊EURÈ	"È	0:Company 000060B60 rue de la R√©publiqueB
69006 LyonJdr-000060@example.comh
DR-000064-18	DR-000064DR-000064-INV-002"CRED-011(˙Å‡Óà30Z'
DR-000064-PAY-2	ıûEURÈ	 U
DR-000105-17	DR-000105"CRED-001(¨Ç‡Óà30Z'
DR-000105-PAY-3	˛ÑEURÈ	 æ
DR-000200-22	DR-000200DR-000200-INV-004"CRED-012(ﬁÇ‡Óà30R}
INV-000200-004	«‡'EURÈ	"È	0:Company 000200B200 rue de la R√©publiqueB
69002 LyonJdr-000200@example.comb
DR-000206-15	DR-000206DR-000206-INV-002"CRED-002(êÉ‡Óà30r!È	"reminder-4-warningh
DR-000220-24	DR-000220DR-000220-INV-003"CRED-012(¬É‡Óà30Z'
DR-000220-PAY-5	¬∏EURÈ	 `
DR-000228-25	DR-000228DR-000228-INV-004"CRED-012(ÙÉ‡Óà30rÈ	"reminder-1-email`
DR-000237-17	DR-000237DR-000237-INV-003"CRED-007(¶Ñ‡Óà30rÈ	"reminder-1-email`
DR-000248-13	DR-000248DR-000248-INV-002"CRED-005(ÿÑ‡Óà30rÈ	"reminder-2-phone%
day-2025-08-09(ò»õäâ30≤	
È	h
DR-000004-10	DR-000004DR-000004-INV-004"CRED-003(Ä∏˘óâ30Z'
DR-000004-PAY-4	≈¶EURÈ
 _
DR-000029-6	DR-000029DR-000029-INV-002"CRED-001(≤∏˘óâ30rÈ
"reminder-1-email_
DR-000086-16	DR-000086DR-000086-INV-003"CRED-010(‰∏˘óâ30rÈ
"courtesy-reminderU
DR-000094-10	DR-000094"CRED-002(ñπ˘óâ30Z'
DR-000094-PAY-3	˘ñEURÈ
 a
DR-000100-15	DR-000100DR-000100-INV-003"CRED-007(»π˘óâ30r È
"reminder-3-letterg
DR-000126-8	DR-000126DR-000126-INV-004"CRED-009(˙π˘óâ30Z'
DR-000126-PAY-4	≠˘USDÈ
 `
DR-000134-16	DR-000134DR-000134-INV-003"CRED-009(¨∫˘óâ30rÈ
"reminder-1-emailø
DR-000160-14	DR-000160DR-000160-INV-003"CRED-010(ﬁ∫˘óâ30R~
INV-000160-003	Û‘EURÈ
"È		0:Customer 000160B160 rue de la R√©publiqueB
69007 LyonJdr-000160@example.coma
DR-000181-19	DR-000181DR-000181-INV-003"CRED-003(êª˘óâ30r È
"reminder-3-letterΩ
DR-000182-7	DR-000182DR-000182-INV-004"CRED-001(¬ª˘óâ30R}
INV-000182-004	∂ú+EURÈ
"È
	0:Company 000182B182 rue de la R√©publiqueB
69002 LyonJdr-000182@example.com`
DR-000190-22	DR-000190DR-000190-INV-004"CRED-004(Ùª˘óâ30rÈ
"reminder-2-phone^
DR-000190-23	DR-000190DR-000190-INV-004"CRED-004(¶º˘óâ30z
	‰⁄EURÈÈ
i
DR-000197-20	DR-000197DR-000197-INV-002"CRED-006(ÿº˘óâ30Z(
DR-000197-PAY-2
…»ëEURÈ
 º
DR-000221-7	DR-000221DR-000221-INV-004"CRED-004(äΩ˘óâ30R|
INV-000221-004	£ÛEURÈ
"È
	0:Company 000221B21 rue de la R√©publiqueB
69005 LyonJdr-000221@example.com∆
DR-000230-8	DR-000230DR-000230-INV-002"CRED-005(ºΩ˘óâ30ÇÑ
DR-000230-PLAN-8È

È¿!EUR
È	¿!EUR
È
¿!EUR
È¿!EUR
È¿!EURæ
DR-000250-10	DR-000250DR-000250-INV-003"CRED-007(ÓΩ˘óâ30R}
INV-000250-003	÷ŒEURÈ
"È		0:Customer 000250B50 rue de la R√©publiqueB
69007 LyonJdr-000250@example.com%
day-2025-08-10(òÄµ≥â30≤	
È
g
DR-000051-6	DR-000051DR-000051-INV-003"CRED-006(Äí¡â30Z'
DR-000051-PAY-3	ÿ´%EURÈ `
DR-000085-20	DR-000085DR-000085-INV-003"CRED-012(≤í¡â30rÈ"reminder-2-phoneÃ
DR-000089-17	DR-000089DR-000089-INV-005"CRED-002(‰í¡â30Rä
INV-000089-005	ë˚EURÈ"È	
*
È°0:Company 000089B89 rue de la R√©publiqueB
69008 LyonJdr-000089@example.comΩ
DR-000106-7	DR-000106DR-000106-INV-004"CRED-004(ñÒí¡â30R}
INV-000106-004	ÄâUSDÈ"È	
0:Company 000106B106 rue de la R√©publiqueB
69007 LyonJdr-000106@example.comø
DR-000118-15	DR-000118DR-000118-INV-003"CRED-001(»Òí¡â30R~
INV-000118-003	Ô≠EURÈ"È	
0:Customer 000118B118 rue de la R√©publiqueB
69001 LyonJdr-000118@example.come
DR-000173-11	DR-000173DR-000173-INV-003"CRED-008(˙Òí¡â30j$
DR-000173-CN-11§EURÈb
DR-000187-19	DR-000187DR-000187-INV-003"CRED-001(¨Úí¡â30r!È"reminder-4-warning`
DR-000195-15	DR-000195DR-000195-INV-003"CRED-008(ﬁÚí¡â30rÈ"reminder-2-phoneΩ
DR-000203-24	DR-000203DR-000203-INV-004"CRED-011(êÛí¡â30R|
INV-000203-004
÷˝§EURÈ"È	
0:Company 000203B3 rue de la R√©publiqueB
69005 LyonJdr-000203@example.com_
DR-000223-8	DR-000223DR-000223-INV-002"CRED-010(¬Ûí¡â30rÈ"reminder-1-emailM
DR-000229-27	DR-000229DR-000229-INV-004"CRED-009(ÙÛí¡â30íÈ`
DR-000241-10	DR-000241DR-000241-INV-002"CRED-009(¶Ùí¡â30rÈ"reminder-1-email`
DR-000247-22	DR-000247DR-000247-INV-004"CRED-012(ÿÙí¡â30rÈ"reminder-1-email%
day-2025-08-11(ò∏Œ‹â30≤	
Èh
DR-000007-14	DR-000007DR-000007-INV-003"CRED-005(Ä®¨Íâ30Z'
DR-000007-PAY-3	’—EURÈ a
DR-000011-12	DR-000011DR-000011-INV-002"CRED-012(≤®¨Íâ30r È"reminder-3-letterS
DR-000022-17	DR-000022DR-000022-INV-002"CRED-010(‰®¨Íâ30ö
AGY-03Èº
DR-000039-7	DR-000039DR-000039-INV-004"CRED-008(ñ©¨Íâ30R|
INV-000039-004	≈ÓSEURÈ"È	0:Company 000039B39 rue de la R√©publiqueB
69003 LyonJdr-000039@example.comh
DR-000060-15	DR-000060DR-000060-INV-001"CRED-012(»©¨Íâ30Z'
DR-000060-PAY-3	ÄæbEURÈ h
DR-000063-21	DR-000063DR-000063-INV-003"CRED-012(˙©¨Íâ30Z'
DR-000063-PAY-6	˚°EURÈ h
DR-000085-21	DR-000085DR-000085-INV-003"CRED-012(¨™¨Íâ30Z'
DR-000085-PAY-6	ÓﬁEURÈ Õ
DR-000088-8	DR-000088DR-000088-INV-004"CRED-003(ﬁ™¨Íâ30Rå
INV-000088-004
Ω·éEURÈ"È
*
ÈºÌ0:Company 000088B88 rue de la R√©publiqueB
69007 LyonJdr-000088@example.comÕ
DR-000102-18	DR-000102DR-000102-INV-004"CRED-006(ê´¨Íâ30Rã
INV-000102-004	ç‘1EURÈ"È
*
Èè0:Company 000102B102 rue de la R√©publiqueB
69003 LyonJdr-000102@example.comg
DR-000113-13	DR-000113DR-000113-INV-002"CRED-007(¬´¨Íâ30Z&
DR-000113-PAY-2TEURÈ æ
DR-000119-19	DR-000119DR-000119-INV-004"CRED-007(Ù´¨Íâ30R}
INV-000119-004	Ì≥+EURÈ"È
0:Company 000119B119 rue de la R√©publiqueB
69002 LyonJdr-000119@example.coma
DR-000119-20	DR-000119DR-000119-INV-003"CRED-007(¶¨¨Íâ30r È"reminder-3-letterΩ
DR-000148-9	DR-000148DR-000148-INV-004"CRED-006(ÿ¨¨Íâ30R}
INV-000148-004	≠ÎEURÈ"È	0:Company 000148B148 rue de la R√©publiqueB
69004 LyonJdr-000148@example.comh
DR-000148-10	DR-000148DR-000148-INV-003"CRED-001(ä≠¨Íâ30Z'
DR-000148-PAY-3	Ùü'EURÈ `
DR-000155-16	DR-000155DR-000155-INV-003"CRED-006(º≠¨Íâ30rÈ"reminder-2-phone`
DR-000171-9	DR-000171DR-000171-INV-003"CRED-006(Ó≠¨Íâ30r È"reminder-3-letterb
DR-000203-25	DR-000203DR-000203-INV-003"CRED-011(†Æ¨Íâ30r!È"reminder-4-warningº
DR-000212-5	DR-000212DR-000212-INV-003"CRED-006(“Æ¨Íâ30R|
INV-000212-003	‘¿'CHFÈ"È
0:Company 000212B12 rue de la R√©publiqueB
69005 LyonJdr-000212@example.com`
DR-000229-28	DR-000229DR-000229-INV-004"CRED-009(ÑØ¨Íâ30rÈ"reminder-2-phone`
DR-000242-15	DR-000242DR-000242-INV-004"CRED-009(∂Ø¨Íâ30rÈ"reminder-2-phoneg
DR-000247-23	DR-000247DR-000247-INV-004"CRED-012(ËØ¨Íâ30Z&
DR-000247-PAY-8ë=EURÈ %
day-2025-08-12(òÁÖä30≤	
Èh
DR-000019-21	DR-000019DR-000019-INV-003"CRED-002(Ä‡≈ìä30Z'
DR-000019-PAY-8	å·EURÈ h
DR-000020-14	DR-000020DR-000020-INV-001"CRED-009(≤‡≈ìä30Z'
DR-000020-PAY-6	ı∏#EURÈ W
DR-000050-6	DR-000050DR-000050-INV-002"CRED-011(‰‡≈ìä30í	Ì´EURÈb
DR-000081-17	DR-000081DR-000081-INV-004"CRED-010(ñ·≈ìä30r!È"reminder-4-warningæ
DR-000092-17	DR-000092DR-000092-INV-003"CRED-012(»·≈ìä30R}
INV-000092-003	‘πCHFÈ"È	0:Customer 000092B92 rue de la R√©publiqueB
69002 LyonJdr-000092@example.comæ
DR-000105-18	DR-000105DR-000105-INV-004"CRED-001(˙·≈ìä30R}
INV-000105-004ÿzEURÈ"È	0:Customer 000105B105 rue de la R√©publiqueB
69006 LyonJdr-000105@example.comh
DR-000130-13	DR-000130DR-000130-INV-003"CRED-011(¨‚≈ìä30Z'
DR-000130-PAY-2	∆œ"EURÈ ]
DR-000136-28	DR-000136DR-000136-INV-003"CRED-004(ﬁ‚≈ìä30rÈ"formal-notice`
DR-000142-13	DR-000142DR-000142-INV-004"CRED-005(ê„≈ìä30rÈ"reminder-1-emailL
DR-000188-8	DR-000188DR-000188-INV-003"CRED-001(¬„≈ìä30íÈ`
DR-000193-13	DR-000193DR-000193-INV-003"CRED-006(Ù„≈ìä30rÈ"reminder-2-phone]
DR-000216-21	DR-000216DR-000216-INV-003"CRED-010(¶‰≈ìä30rÈ"formal-noticea
DR-000219-15	DR-000219DR-000219-INV-004"CRED-012(ÿ‰≈ìä30r È"reminder-3-lettera
DR-000229-29	DR-000229DR-000229-INV-004"CRED-009(äÂ≈ìä30r È"reminder-3-lettera
DR-000232-18	DR-000232DR-000232-INV-004"CRED-008(ºÂ≈ìä30r È"reminder-3-letterh
DR-000242-16	DR-000242DR-000242-INV-004"CRED-009(ÓÂ≈ìä30Z'
DR-000242-PAY-3	ÈÁ#EURÈ %
day-2025-08-13(ò®ÅØä30≤	
Èb
DR-000011-13	DR-000011DR-000011-INV-002"CRED-012(Äòﬂºä30r!È"reminder-4-warning`
DR-000020-15	DR-000020DR-000020-INV-003"CRED-009(≤òﬂºä30rÈ"reminder-1-emailΩ
DR-000036-7	DR-000036DR-000036-INV-004"CRED-011(‰òﬂºä30R}
INV-000036-004
ÃßôEURÈ"È	0:Company 000036B36 rue de la R√©publiqueB
69009 LyonJdr-000036@example.com_
DR-000053-5	DR-000053DR-000053-INV-002"CRED-009(ñôﬂºä30rÈ"reminder-2-phoneº
DR-000065-6	DR-000065DR-000065-INV-003"CRED-003(»ôﬂºä30R|
INV-000065-003 kEURÈ"È	0:Customer 000065B65 rue de la R√©publiqueB
69002 LyonJdr-000065@example.comΩ
DR-000069-6	DR-000069DR-000069-INV-003"CRED-009(˙ôﬂºä30R}
INV-000069-003	‘†CHFÈ"È	0:Customer 000069B69 rue de la R√©publiqueB
69006 LyonJdr-000069@example.comJ
DR-000074-13	DR-000074"CRED-011(¨öﬂºä30b
DR-000074-PAY-4ÈΩ
DR-000081-18	DR-000081DR-000081-INV-005"CRED-010(ﬁöﬂºä30R|
INV-000081-005	¯º1EURÈ"È	0:Company 000081B81 rue de la R√©publiqueB
69009 LyonJdr-000081@example.com^
DR-000095-6	DR-000095DR-000095-INV-003"CRED-011(êõﬂºä30rÈ"courtesy-reminder]
DR-000104-14	DR-000104DR-000104-INV-002"CRED-004(¬õﬂºä30rÈ"formal-noticeb
DR-000119-21	DR-000119DR-000119-INV-003"CRED-007(Ùõﬂºä30r!È"reminder-4-warninga
DR-000139-16	DR-000139DR-000139-INV-003"CRED-001(¶úﬂºä30r È"reminder-3-letterh
DR-000149-25	DR-000149DR-000149-INV-003"CRED-009(ÿúﬂºä30Z'
DR-000149-PAY-8	≤¥EURÈ `
DR-000164-12	DR-000164DR-000164-INV-002"CRED-011(äùﬂºä30rÈ"reminder-2-phoneh
DR-000165-23	DR-000165DR-000165-INV-002"CRED-008(ºùﬂºä30Z'
DR-000165-PAY-9	ôºEURÈ b
DR-000170-10	DR-000170DR-000170-INV-003"CRED-001(Óùﬂºä30r!È"reminder-4-warningø
DR-000187-20	DR-000187DR-000187-INV-004"CRED-001(†ûﬂºä30R~
INV-000187-004
πÿüGBPÈ"È	0:Company 000187B187 rue de la R√©publiqueB
69007 LyonJdr-000187@example.com_
DR-000188-9	DR-000188DR-000188-INV-003"CRED-001(“ûﬂºä30rÈ"reminder-1-emaili
DR-000203-26	DR-000203DR-000203-INV-003"CRED-011(Ñüﬂºä30Z(
DR-000203-PAY-6
…√⁄EURÈ M
DR-000207-12	DR-000207DR-000207-INV-003"CRED-005(∂üﬂºä30íÈΩ
DR-000219-16	DR-000219DR-000219-INV-005"CRED-012(Ëüﬂºä30R|
INV-000219-005	˛õEURÈ"È	0:Company 000219B19 rue de la R√©publiqueB
69003 LyonJdr-000219@example.comb
DR-000229-30	DR-000229DR-000229-INV-004"CRED-009(ö†ﬂºä30r!È"reminder-4-warningΩ
DR-000237-18	DR-000237DR-000237-INV-004"CRED-007(Ã†ﬂºä30R|
INV-000237-004	ÑÃmEURÈ"È
0:Company 000237B37 rue de la R√©publiqueB
69003 LyonJdr-000237@example.comº
DR-000243-8	DR-000243DR-000243-INV-004"CRED-006(˛†ﬂºä30R|
INV-000243-004	ÊÈEURÈ"È	0:Company 000243B43 rue de la R√©publiqueB
69009 LyonJdr-000243@example.comæ
DR-000245-10	DR-000245DR-000245-INV-003"CRED-002(∞°ﬂºä30R}
INV-000245-003
®¸èEURÈ"È
0:Company 000245B45 rue de la R√©publiqueB
69002 LyonJdr-000245@example.com%
day-2025-08-14(ò‡öÿä30≤	
Èæ
DR-000016-10	DR-000016DR-000016-INV-003"CRED-001(Ä–¯Âä30R}
INV-000016-003	ó–EURÈ"È	0:Customer 000016B16 rue de la R√©publiqueB
69007 LyonJdr-000016@example.com`
DR-000019-22	DR-000019DR-000019-INV-003"CRED-002(≤–¯Âä30rÈ"reminder-1-emailæ
DR-000031-15	DR-000031DR-000031-INV-003"CRED-011(‰–¯Âä30R}
INV-000031-003	áäCHFÈ"È	0:Customer 000031B31 rue de la R√©publiqueB
69004 LyonJdr-000031@example.com`
DR-000033-10	DR-000033DR-000033-INV-002"CRED-003(ñ—¯Âä30rÈ"reminder-1-email`
DR-000037-18	DR-000037DR-000037-INV-003"CRED-009(»—¯Âä30rÈ"reminder-1-emailº
DR-000051-7	DR-000051DR-000051-INV-004"CRED-006(˙—¯Âä30R|
INV-000051-004	˜ÛEURÈ"È	0:Company 000051B51 rue de la R√©publiqueB
69006 LyonJdr-000051@example.coms
DR-000064-19	DR-000064DR-000064-INV-003"CRED-011(¨“¯Âä30ä1
billing error on some lines	ÊŸEURÈ`
DR-000074-14	DR-000074DR-000074-INV-003"CRED-011(ﬁ“¯Âä30rÈ"reminder-1-emailº
DR-000084-8	DR-000084DR-000084-INV-004"CRED-011(ê”¯Âä30R|
INV-000084-004	¬ìEURÈ"È
0:Company 000084B84 rue de la R√©publiqueB
69003 LyonJdr-000084@example.comf
DR-000095-7	DR-000095DR-000095-INV-003"CRED-011(¬”¯Âä30Z&
DR-000095-PAY-3ØdEURÈ _
DR-000114-9	DR-000114DR-000114-INV-003"CRED-002(Ù”¯Âä30rÈ"reminder-1-email`
DR-000122-13	DR-000122DR-000122-INV-003"CRED-002(¶‘¯Âä30rÈ"reminder-1-email`
DR-000129-18	DR-000129DR-000129-INV-004"CRED-007(ÿ‘¯Âä30rÈ"reminder-1-emailb
DR-000139-17	DR-000139DR-000139-INV-003"CRED-001(ä’¯Âä30r!È"reminder-4-warningø
DR-000155-17	DR-000155DR-000155-INV-004"CRED-006(º’¯Âä30R~
INV-000155-004
êëãCHFÈ"È
0:Company 000155B155 rue de la R√©publiqueB
69002 LyonJdr-000155@example.comi
DR-000165-24	DR-000165DR-000165-INV-003"CRED-008(Ó’¯Âä30Z(
DR-000165-PAY-10	ç‰EURÈ b
DR-000181-20	DR-000181DR-000181-INV-003"CRED-003(†÷¯Âä30r!È"reminder-4-warning`
DR-000188-10	DR-000188DR-000188-INV-003"CRED-001(“÷¯Âä30rÈ"reminder-2-phone_
DR-000225-19	DR-000225DR-000225-INV-003"CRED-001(Ñ◊¯Âä30rÈ"courtesy-reminder]
DR-000244-14	DR-000244DR-000244-INV-003"CRED-002(∂◊¯Âä30rÈ"formal-notice%
day-2025-08-15(òò¥Åã30≤	
Èg
DR-000008-7	DR-000008DR-000008-INV-003"CRED-006(Äàíèã30Z'
DR-000008-PAY-3	˛⁄)EURÈ `
DR-000015-17	DR-000015DR-000015-INV-003"CRED-011(≤àíèã30rÈ"reminder-1-email≤
DR-000020-16	DR-000020DR-000020-INV-003"CRED-009(‰àíèã30Çp
DR-000020-PLAN-16È
È	©~EUR
È
©~EUR
È©~EUR
È´~EUR`
DR-000032-30	DR-000032DR-000032-INV-004"CRED-010(ñâíèã30rÈ"reminder-1-emailh
DR-000057-19	DR-000057DR-000057-INV-003"CRED-011(»âíèã30Z'
DR-000057-PAY-5	¯ıEURÈ h
DR-000088-9	DR-000088DR-000088-INV-004"CRED-003(˙âíèã30Z(
DR-000088-PAY-4
ÅÙãEURÈ g
DR-000109-6	DR-000109DR-000109-INV-003"CRED-004(¨äíèã30Z'
DR-000109-PAY-3	∞ãEURÈ Ω
DR-000133-8	DR-000133DR-000133-INV-004"CRED-002(ﬁäíèã30R}
INV-000133-004	ËÊEURÈ"È	0:Company 000133B133 rue de la R√©publiqueB
69007 LyonJdr-000133@example.com_
DR-000146-13	DR-000146DR-000146-INV-004"CRED-007(êãíèã30rÈ"courtesy-reminder_
DR-000182-8	DR-000182DR-000182-INV-003"CRED-001(¬ãíèã30rÈ"reminder-1-emailb
DR-000210-12	DR-000210DR-000210-INV-003"CRED-007(Ùãíèã30r!È"reminder-4-warning`
DR-000228-26	DR-000228DR-000228-INV-004"CRED-012(¶åíèã30rÈ"reminder-2-phone]
DR-000228-27	DR-000228DR-000228-INV-004"CRED-012(ÿåíèã30z
∂IEURÈÈ`
DR-000237-19	DR-000237DR-000237-INV-003"CRED-007(äçíèã30rÈ"reminder-2-phoneh
DR-000237-20	DR-000237DR-000237-INV-003"CRED-007(ºçíèã30Z'
DR-000237-PAY-3	–Â%EURÈ ]
DR-000239-15	DR-000239DR-000239-INV-002"CRED-010(Óçíèã30rÈ"formal-noticea
DR-000248-14	DR-000248DR-000248-INV-002"CRED-005(†éíèã30r È"reminder-3-letter%
day-2025-08-16(ò–Õ™ã30≤	
ÈΩ
DR-000018-18	DR-000018DR-000018-INV-004"CRED-006(Ä¿´∏ã30R|
INV-000018-004	≈¢EURÈ"È
0:Company 000018B18 rue de la R√©publiqueB
69009 LyonJdr-000018@example.com`
DR-000018-19	DR-000018DR-000018-INV-003"CRED-006(≤¿´∏ã30rÈ"reminder-1-emailh
DR-000018-20	DR-000018DR-000018-INV-003"CRED-006(‰¿´∏ã30Z'
DR-000018-PAY-6	ˆú	EURÈ _
DR-000029-7	DR-000029DR-000029-INV-002"CRED-001(ñ¡´∏ã30rÈ"reminder-2-phone]
DR-000055-12	DR-000055DR-000055-INV-002"CRED-002(»¡´∏ã30rÈ"formal-noticeh
DR-000089-18	DR-000089DR-000089-INV-005"CRED-002(˙¡´∏ã30Z'
DR-000089-PAY-5	ÎEURÈ h
DR-000110-10	DR-000110DR-000110-INV-004"CRED-001(¨¬´∏ã30Z'
DR-000110-PAY-3	ˇEURÈ b
DR-000122-14	DR-000122DR-000122-INV-002"CRED-002(ﬁ¬´∏ã30r!È"reminder-4-warning`
DR-000134-17	DR-000134DR-000134-INV-003"CRED-009(ê√´∏ã30rÈ"reminder-2-phone]
DR-000146-14	DR-000146DR-000146-INV-003"CRED-007(¬√´∏ã30rÈ"formal-noticeÕ
DR-000197-21	DR-000197DR-000197-INV-005"CRED-006(Ù√´∏ã30Rã
INV-000197-005	êäEURÈ"È
*
È0:Company 000197B197 rue de la R√©publiqueB
69008 LyonJdr-000197@example.com]
DR-000209-15	DR-000209DR-000209-INV-002"CRED-002(¶ƒ´∏ã30rÈ"formal-noticeº
DR-000211-5	DR-000211DR-000211-INV-003"CRED-011(ÿƒ´∏ã30R|
INV-000211-003ÕLEURÈ"È	0:Customer 000211B11 rue de la R√©publiqueB
69004 LyonJdr-000211@example.comg
DR-000218-9	DR-000218DR-000218-INV-004"CRED-001(ä≈´∏ã30Z'
DR-000218-PAY-4	®ÇUSDÈ Ω
DR-000230-9	DR-000230DR-000230-INV-003"CRED-005(º≈´∏ã30R}
INV-000230-003	Óˆ
EURÈ"È	0:Customer 000230B30 rue de la R√©publiqueB
69005 LyonJdr-000230@example.comΩ
DR-000242-17	DR-000242DR-000242-INV-005"CRED-009(Ó≈´∏ã30R|
INV-000242-005	Çç'EURÈ"È
0:Company 000242B42 rue de la R√©publiqueB
69008 LyonJdr-000242@example.com%
day-2025-08-17(òàÁ”ã30≤	
È]
DR-000023-23	DR-000023DR-000023-INV-003"CRED-001(Ä¯ƒ·ã30rÈ"formal-notice`
DR-000074-15	DR-000074DR-000074-INV-003"CRED-011(≤¯ƒ·ã30rÈ"reminder-2-phoneΩ
DR-000093-14	DR-000093DR-000093-INV-003"CRED-003(‰¯ƒ·ã30R|
INV-000093-003	Á≈EURÈ"È
0:Company 000093B93 rue de la R√©publiqueB
69003 LyonJdr-000093@example.comh
DR-000138-31	DR-000138DR-000138-INV-003"CRED-007(ñ˘ƒ·ã30Z'
DR-000138-PAY-8	‘¶ EURÈ æ
DR-000150-18	DR-000150DR-000150-INV-005"CRED-012(»˘ƒ·ã30R}
INV-000150-005	ëπEURÈ"È
0:Company 000150B150 rue de la R√©publiqueB
69006 LyonJdr-000150@example.com`
DR-000156-14	DR-000156DR-000156-INV-003"CRED-007(˙˘ƒ·ã30rÈ"reminder-1-emailg
DR-000179-14	DR-000179DR-000179-INV-002"CRED-006(¨˙ƒ·ã30Z&
DR-000179-PAY-3◊=EURÈ _
DR-000194-12	DR-000194DR-000194-INV-003"CRED-001(ﬁ˙ƒ·ã30rÈ"courtesy-remindera
DR-000195-16	DR-000195DR-000195-INV-003"CRED-008(ê˚ƒ·ã30r È"reminder-3-letter_
DR-000223-9	DR-000223DR-000223-INV-002"CRED-010(¬˚ƒ·ã30rÈ"reminder-2-phone^
DR-000223-10	DR-000223DR-000223-INV-002"CRED-010(Ù˚ƒ·ã30z
	ãöEURÈÈ_
DR-000239-16	DR-000239DR-000239-INV-003"CRED-010(¶¸ƒ·ã30rÈ"courtesy-reminder`
DR-000241-11	DR-000241DR-000241-INV-002"CRED-009(ÿ¸ƒ·ã30rÈ"reminder-2-phone`
DR-000247-24	DR-000247DR-000247-INV-004"CRED-012(ä˝ƒ·ã30rÈ"reminder-2-phone%
day-2025-08-18(ò¿Ä˝ã30≤	
È`
DR-000022-18	DR-000022DR-000022-INV-003"CRED-010(Ä∞ﬁäå30rÈ"reminder-1-emailg
DR-000028-19	DR-000028DR-000028-INV-002"CRED-008(≤∞ﬁäå30Z&
DR-000028-PAY-6ëmGBPÈ g
DR-000043-6	DR-000043DR-000043-INV-003"CRED-007(‰∞ﬁäå30Z'
DR-000043-PAY-3	á‹EURÈ Ω
DR-000062-27	DR-000062DR-000062-INV-005"CRED-009(ñ±ﬁäå30R|
INV-000062-005	æ†EURÈ"È	0:Company 000062B62 rue de la R√©publiqueB
69008 LyonJdr-000062@example.comb
DR-000100-16	DR-000100DR-000100-INV-003"CRED-007(»±ﬁäå30r!È"reminder-4-warningh
DR-000122-15	DR-000122DR-000122-INV-002"CRED-002(˙±ﬁäå30Z'
DR-000122-PAY-2	ÍÁ.EURÈ æ
DR-000130-14	DR-000130DR-000130-INV-005"CRED-004(¨≤ﬁäå30R}
INV-000130-005	íû.EURÈ"È	0:Company 000130B130 rue de la R√©publiqueB
69004 LyonJdr-000130@example.comæ
DR-000147-18	DR-000147DR-000147-INV-004"CRED-006(ﬁ≤ﬁäå30R}
INV-000147-004	÷¢5EURÈ"È
0:Company 000147B147 rue de la R√©publiqueB
69003 LyonJdr-000147@example.comg
DR-000152-6	DR-000152DR-000152-INV-003"CRED-005(ê≥ﬁäå30Z'
DR-000152-PAY-3	®úEURÈ a
DR-000155-18	DR-000155DR-000155-INV-003"CRED-006(¬≥ﬁäå30r È"reminder-3-letterg
DR-000173-12	DR-000173DR-000173-INV-003"CRED-008(Ù≥ﬁäå30Z&
DR-000173-PAY-3æ3EURÈ V
DR-000219-17	DR-000219"CRED-012(¶¥ﬁäå30Z(
DR-000219-PAY-3
Ã–áEURÈ ]
DR-000236-22	DR-000236DR-000236-INV-003"CRED-011(ÿ¥ﬁäå30rÈ"formal-noticeJ
DR-000237-21	DR-000237"CRED-007(äµﬁäå30b
DR-000237-PAY-3È%
day-2025-08-19(ò¯ô¶å30≤	
È`
DR-000068-11	DR-000068DR-000068-INV-002"CRED-008(ÄË˜≥å30rÈ"reminder-1-emailh
DR-000080-19	DR-000080DR-000080-INV-004"CRED-012(≤Ë˜≥å30Z'
DR-000080-PAY-4	≥À&EURÈ h
DR-000081-19	DR-000081DR-000081-INV-004"CRED-010(‰Ë˜≥å30Z'
DR-000081-PAY-4	ÂÉ(EURÈ `
DR-000086-17	DR-000086DR-000086-INV-003"CRED-010(ñÈ˜≥å30rÈ"reminder-1-emailU
DR-000100-17	DR-000100"CRED-007(»È˜≥å30Z'
DR-000100-PAY-3	í®EURÈ æ
DR-000122-16	DR-000122DR-000122-INV-004"CRED-002(˙È˜≥å30R}
INV-000122-004	èÉ:EURÈ"È
0:Company 000122B122 rue de la R√©publiqueB
69005 LyonJdr-000122@example.com`
DR-000142-14	DR-000142DR-000142-INV-004"CRED-005(¨Í˜≥å30rÈ"reminder-2-phoneg
DR-000157-9	DR-000157DR-000157-INV-002"CRED-002(ﬁÍ˜≥å30Z'
DR-000157-PAY-2	¥≥EURÈ ø
DR-000170-11	DR-000170DR-000170-INV-005"CRED-001(êÎ˜≥å30R~
INV-000170-005
‚Ÿ¯EURÈ"È	0:Company 000170B170 rue de la R√©publiqueB
69008 LyonJdr-000170@example.coma
DR-000193-14	DR-000193DR-000193-INV-003"CRED-006(¬Î˜≥å30r È"reminder-3-letterΩ
DR-000206-16	DR-000206DR-000206-INV-003"CRED-002(ÙÎ˜≥å30R|
INV-000206-003	√òEURÈ"È	0:Customer 000206B6 rue de la R√©publiqueB
69008 LyonJdr-000206@example.com]
DR-000229-31	DR-000229DR-000229-INV-004"CRED-009(¶Ï˜≥å30rÈ"formal-notice%
day-2025-08-20(ò∞≥œå30≤	
È`
DR-000002-20	DR-000002DR-000002-INV-004"CRED-001(Ä†ë›å30rÈ"reminder-1-emailΩ
DR-000037-19	DR-000037DR-000037-INV-004"CRED-010(≤†ë›å30R|
INV-000037-004	”üEURÈ"È	0:Company 000037B37 rue de la R√©publiqueB
69001 LyonJdr-000037@example.comh
DR-000042-17	DR-000042DR-000042-INV-002"CRED-006(‰†ë›å30Z'
DR-000042-PAY-2	≠¥OEURÈ `
DR-000053-6	DR-000053DR-000053-INV-002"CRED-009(ñ°ë›å30r È"reminder-3-letter`
DR-000059-16	DR-000059DR-000059-INV-004"CRED-006(»°ë›å30rÈ"reminder-1-email`
DR-000082-14	DR-000082DR-000082-INV-003"CRED-009(˙°ë›å30rÈ"reminder-1-email`
DR-000108-17	DR-000108DR-000108-INV-003"CRED-004(¨¢ë›å30rÈ"reminder-1-emails
DR-000120-13	DR-000120DR-000120-INV-003"CRED-008(ﬁ¢ë›å30ä1
billing error on some lines	∑≠DEURÈh
DR-000137-6	DR-000137DR-000137-INV-003"CRED-005(ê£ë›å30Z(
DR-000137-PAY-3
œ˚üEURÈ `
DR-000153-11	DR-000153DR-000153-INV-003"CRED-012(¬£ë›å30rÈ"reminder-1-emailø
DR-000154-13	DR-000154DR-000154-INV-003"CRED-001(Ù£ë›å30R~
INV-000154-003	§‰EURÈ"È	0:Customer 000154B154 rue de la R√©publiqueB
69001 LyonJdr-000154@example.coma
DR-000164-13	DR-000164DR-000164-INV-002"CRED-011(¶§ë›å30r È"reminder-3-letterh
DR-000168-22	DR-000168DR-000168-INV-004"CRED-002(ÿ§ë›å30Z'
DR-000168-PAY-4	ê÷GBPÈ b
DR-000171-10	DR-000171DR-000171-INV-003"CRED-006(ä•ë›å30r!È"reminder-4-warninga
DR-000188-11	DR-000188DR-000188-INV-003"CRED-001(º•ë›å30r È"reminder-3-letterh
DR-000190-24	DR-000190DR-000190-INV-004"CRED-004(Ó•ë›å30Z'
DR-000190-PAY-4	‰⁄EURÈ _
DR-000198-15	DR-000198DR-000198-INV-003"CRED-004(†¶ë›å30rÈ"courtesy-reminderg
DR-000226-6	DR-000226DR-000226-INV-003"CRED-004(“¶ë›å30Z'
DR-000226-PAY-3	∂≤EURÈ _
DR-000233-4	DR-000233DR-000233-INV-002"CRED-001(Ñßë›å30rÈ"reminder-1-email%
day-2025-08-21(òËÃ¯å30≤	
È`
DR-000019-23	DR-000019DR-000019-INV-003"CRED-002(Äÿ™Üç30rÈ"reminder-2-phone`
DR-000033-11	DR-000033DR-000033-INV-002"CRED-003(≤ÿ™Üç30rÈ"reminder-2-phone`
DR-000037-20	DR-000037DR-000037-INV-003"CRED-009(‰ÿ™Üç30rÈ"reminder-2-phone^
DR-000037-21	DR-000037DR-000037-INV-003"CRED-009(ñŸ™Üç30z
	ÅµEURÈ	Èº
DR-000040-8	DR-000040DR-000040-INV-004"CRED-007(»Ÿ™Üç30R|
INV-000040-004	ìÖEURÈ"È	0:Company 000040B40 rue de la R√©publiqueB
69004 LyonJdr-000040@example.com`
DR-000045-15	DR-000045DR-000045-INV-003"CRED-002(˙Ÿ™Üç30rÈ"reminder-1-email`
DR-000057-20	DR-000057DR-000057-INV-004"CRED-011(¨⁄™Üç30rÈ"reminder-1-emailΩ
DR-000058-17	DR-000058DR-000058-INV-005"CRED-007(ﬁ⁄™Üç30R|
INV-000058-005	¿ EURÈ"È	0:Company 000058B58 rue de la R√©publiqueB
69004 LyonJdr-000058@example.comh
DR-000074-16	DR-000074DR-000074-INV-003"CRED-011(ê€™Üç30Z'
DR-000074-PAY-5	çÙEURÈ h
DR-000082-15	DR-000082DR-000082-INV-003"CRED-009(¬€™Üç30Z'
DR-000082-PAY-3	†¨EURÈ æ
DR-000113-14	DR-000113DR-000113-INV-003"CRED-007(Ù€™Üç30R}
INV-000113-003Ì(EURÈ"È	0:Customer 000113B113 rue de la R√©publiqueB
69005 LyonJdr-000113@example.com`
DR-000114-10	DR-000114DR-000114-INV-003"CRED-002(¶‹™Üç30rÈ"reminder-2-phone`
DR-000122-17	DR-000122DR-000122-INV-003"CRED-002(ÿ‹™Üç30rÈ"reminder-2-phone`
DR-000129-19	DR-000129DR-000129-INV-004"CRED-007(ä›™Üç30rÈ"reminder-2-phone^
DR-000129-20	DR-000129DR-000129-INV-004"CRED-007(º›™Üç30z
	ÂbEURÈ	È`
DR-000186-14	DR-000186DR-000186-INV-003"CRED-010(Ó›™Üç30rÈ"reminder-1-emaila
DR-000190-25	DR-000190DR-000190-INV-004"CRED-004(†ﬁ™Üç30r È"reminder-3-letter]
DR-000197-22	DR-000197DR-000197-INV-003"CRED-006(“ﬁ™Üç30rÈ"formal-notice`
DR-000197-23	DR-000197DR-000197-INV-004"CRED-006(Ñﬂ™Üç30rÈ"reminder-1-email]
DR-000200-23	DR-000200DR-000200-INV-003"CRED-012(∂ﬂ™Üç30rÈ"formal-noticeΩ
DR-000201-14	DR-000201DR-000201-INV-003"CRED-005(Ëﬂ™Üç30R|
INV-000201-003	ÜΩEURÈ"È	0:Customer 000201B1 rue de la R√©publiqueB
69003 LyonJdr-000201@example.comb
DR-000232-19	DR-000232DR-000232-INV-004"CRED-008(ö‡™Üç30r!È"reminder-4-warning%
day-2025-08-22(ò†Ê°ç30≤	
Èh
DR-000009-20	DR-000009DR-000009-INV-002"CRED-011(ÄêƒØç30Z'
DR-000009-PAY-2	ÁßEURÈ _
DR-000010-8	DR-000010DR-000010-INV-004"CRED-004(≤êƒØç30rÈ"reminder-1-emailÕ
DR-000013-11	DR-000013DR-000013-INV-006"CRED-012(‰êƒØç30Rã
INV-000013-006	≥†7EURÈ"È
*
È	πç0:Company 000013B13 rue de la R√©publiqueB
69004 LyonJdr-000013@example.com`
DR-000015-18	DR-000015DR-000015-INV-003"CRED-011(ñëƒØç30rÈ"reminder-2-phoner
DR-000029-8	DR-000029DR-000029-INV-002"CRED-001(»ëƒØç30ä1
billing error on some lines	‡∞EURÈ`
DR-000032-31	DR-000032DR-000032-INV-004"CRED-010(˙ëƒØç30rÈ"reminder-2-phoneg
DR-000033-12	DR-000033DR-000033-INV-002"CRED-003(¨íƒØç30Z&
DR-000033-PAY-2àCHFÈ g
DR-000077-6	DR-000077DR-000077-INV-003"CRED-004(ﬁíƒØç30Z'
DR-000077-PAY-3	à”EURÈ g
DR-000078-7	DR-000078DR-000078-INV-003"CRED-007(êìƒØç30Z'
DR-000078-PAY-3	æÙEURÈ g
DR-000091-9	DR-000091DR-000091-INV-002"CRED-005(¬ìƒØç30Z'
DR-000091-PAY-2	≈€EURÈ `
DR-000112-18	DR-000112DR-000112-INV-005"CRED-001(ÙìƒØç30rÈ"reminder-1-emailæ
DR-000139-18	DR-000139DR-000139-INV-004"CRED-001(¶îƒØç30R}
INV-000139-004	öë4GBPÈ"È
0:Company 000139B139 rue de la R√©publiqueB
69004 LyonJdr-000139@example.com]
DR-000145-13	DR-000145DR-000145-INV-003"CRED-009(ÿîƒØç30rÈ"formal-noticeø
DR-000172-12	DR-000172DR-000172-INV-006"CRED-010(äïƒØç30R~
INV-000172-006
àó¨EURÈ"È	0:Company 000172B172 rue de la R√©publiqueB
69001 LyonJdr-000172@example.com_
DR-000182-9	DR-000182DR-000182-INV-003"CRED-001(ºïƒØç30rÈ"reminder-2-phone^
DR-000182-10	DR-000182DR-000182-INV-003"CRED-001(ÓïƒØç30z
	”®WEURÈÈæ
DR-000192-9	DR-000192DR-000192-INV-005"CRED-011(†ñƒØç30R~
INV-000192-005	ô£EURÈ"È	0:Customer 000192B192 rue de la R√©publiqueB
69003 LyonJdr-000192@example.comΩ
DR-000202-18	DR-000202DR-000202-INV-003"CRED-011(“ñƒØç30R|
INV-000202-003	Œ’CHFÈ"È	0:Customer 000202B2 rue de la R√©publiqueB
69004 LyonJdr-000202@example.comZ
DR-000216-22	DR-000216DR-000216-INV-001"CRED-010(ÑóƒØç30™
Èuncollectableh
DR-000225-20	DR-000225DR-000225-INV-003"CRED-001(∂óƒØç30Z'
DR-000225-PAY-7	≥·EURÈ g
DR-000228-28	DR-000228DR-000228-INV-004"CRED-012(ËóƒØç30Z&
DR-000228-PAY-3∂IEURÈ Ω
DR-000234-8	DR-000234DR-000234-INV-004"CRED-005(öòƒØç30R}
INV-000234-004
áÛîGBPÈ"È	0:Company 000234B34 rue de la R√©publiqueB
69009 LyonJdr-000234@example.coma
DR-000237-22	DR-000237DR-000237-INV-003"CRED-007(ÃòƒØç30r È"reminder-3-letterh
DR-000239-17	DR-000239DR-000239-INV-002"CRED-010(˛òƒØç30Z'
DR-000239-PAY-2	Û“:EURÈ `
DR-000246-19	DR-000246DR-000246-INV-003"CRED-003(∞ôƒØç30rÈ"reminder-1-emailΩ
DR-000247-25	DR-000247DR-000247-INV-005"CRED-012(‚ôƒØç30R|
INV-000247-005	™„%EURÈ"È
0:Company 000247B47 rue de la R√©publiqueB
69004 LyonJdr-000247@example.com%
day-2025-08-23(òÿˇ ç30≤	
È`
DR-000018-21	DR-000018DR-000018-INV-003"CRED-006(Ä»›ÿç30rÈ"reminder-2-phoneæ
DR-000027-17	DR-000027DR-000027-INV-003"CRED-009(≤»›ÿç30R}
INV-000027-003
í©üEURÈ"È
0:Company 000027B27 rue de la R√©publiqueB
69009 LyonJdr-000027@example.com_
DR-000050-7	DR-000050DR-000050-INV-002"CRED-011(‰»›ÿç30rÈ"reminder-1-emailW
DR-000066-12	DR-000066DR-000066-INV-002"CRED-003(ñ…›ÿç30í€USDÈg
DR-000070-5	DR-000070DR-000070-INV-002"CRED-003(»…›ÿç30Z'
DR-000070-PAY-2	…ÕEURÈ `
DR-000123-23	DR-000123DR-000123-INV-004"CRED-009(˙…›ÿç30rÈ"reminder-1-emailÕ
DR-000129-21	DR-000129DR-000129-INV-005"CRED-007(¨ ›ÿç30Rã
INV-000129-005	Ç‚EURÈ"È
*
È	î50:Company 000129B129 rue de la R√©publiqueB
69003 LyonJdr-000129@example.coma
DR-000134-18	DR-000134DR-000134-INV-003"CRED-009(ﬁ ›ÿç30r È"reminder-3-letterr
DR-000136-29	DR-000136DR-000136-INV-004"CRED-004(êÀ›ÿç30ä0
billing error on some lines∞xEURÈæ
DR-000140-10	DR-000140DR-000140-INV-003"CRED-012(¬À›ÿç30R}
INV-000140-003˛rEURÈ"È	0:Customer 000140B140 rue de la R√©publiqueB
69005 LyonJdr-000140@example.comg
DR-000174-27	DR-000174DR-000174-INV-003"CRED-003(ÙÀ›ÿç30Z&
DR-000174-PAY-5üBGBPÈ V
DR-000195-17	DR-000195"CRED-008(¶Ã›ÿç30Z(
DR-000195-PAY-3
ª€ÖEURÈ ]
DR-000206-17	DR-000206DR-000206-INV-002"CRED-002(ÿÃ›ÿç30rÈ"formal-notice_
DR-000210-13	DR-000210DR-000210-INV-004"CRED-007(äÕ›ÿç30rÈ"courtesy-reminderg
DR-000230-10	DR-000230DR-000230-INV-002"CRED-005(ºÕ›ÿç30Z&
DR-000230-PAY-2¿!EURÈ %
day-2025-08-24(òêôÙç30≤	
Èh
DR-000045-16	DR-000045DR-000045-INV-002"CRED-002(ÄÄ˜Åé30Z'
DR-000045-PAY-2	ìú
EURÈ `
DR-000063-22	DR-000063DR-000063-INV-004"CRED-001(≤Ä˜Åé30rÈ"reminder-1-emaila
DR-000066-13	DR-000066DR-000066-INV-002"CRED-003(‰Ä˜Åé30r È"reminder-3-letterΩ
DR-000073-7	DR-000073DR-000073-INV-004"CRED-002(ñÅ˜Åé30R}
INV-000073-004	ªîEURÈ"È	0:Customer 000073B73 rue de la R√©publiqueB
69001 LyonJdr-000073@example.comø
DR-000127-18	DR-000127DR-000127-INV-003"CRED-012(»Å˜Åé30R~
INV-000127-003	¡EURÈ"È	0:Customer 000127B127 rue de la R√©publiqueB
69001 LyonJdr-000127@example.com`
DR-000156-15	DR-000156DR-000156-INV-003"CRED-007(˙Å˜Åé30rÈ"reminder-2-phone_
DR-000168-23	DR-000168DR-000168-INV-005"CRED-009(¨Ç˜Åé30rÈ"courtesy-reminder`
DR-000225-21	DR-000225DR-000225-INV-003"CRED-001(ﬁÇ˜Åé30rÈ"reminder-1-emaild
DR-000234-9	DR-000234DR-000234-INV-004"CRED-005(êÉ˜Åé30j$
DR-000234-CN-9	®≥GBPÈa
DR-000241-12	DR-000241DR-000241-INV-002"CRED-009(¬É˜Åé30r È"reminder-3-letterh
DR-000244-15	DR-000244DR-000244-INV-003"CRED-002(ÙÉ˜Åé30Z'
DR-000244-PAY-3	Ò∏EURÈ a
DR-000247-26	DR-000247DR-000247-INV-004"CRED-012(¶Ñ˜Åé30r È"reminder-3-letterb
DR-000248-15	DR-000248DR-000248-INV-002"CRED-005(ÿÑ˜Åé30r!È"reminder-4-warning%
day-2025-08-25(ò»≤ùé30≤	
Èh
DR-000021-18	DR-000021DR-000021-INV-003"CRED-010(Ä∏ê´é30Z'
DR-000021-PAY-8	∏ÔGBPÈ `
DR-000022-19	DR-000022DR-000022-INV-003"CRED-010(≤∏ê´é30rÈ"reminder-2-phoneh
DR-000057-21	DR-000057DR-000057-INV-004"CRED-011(‰∏ê´é30Z'
DR-000057-PAY-6	ÂèEURÈ M
DR-000064-20	DR-000064DR-000064-INV-003"CRED-011(ñπê´é30íÈb
DR-000066-14	DR-000066DR-000066-INV-002"CRED-003(»πê´é30r!È"reminder-4-warningh
DR-000083-11	DR-000083DR-000083-INV-002"CRED-009(˙πê´é30Z'
DR-000083-PAY-4	òè%GBPÈ _
DR-000097-17	DR-000097DR-000097-INV-003"CRED-010(¨∫ê´é30rÈ"courtesy-reminder`
DR-000138-32	DR-000138DR-000138-INV-004"CRED-007(ﬁ∫ê´é30rÈ"reminder-1-email`
DR-000146-15	DR-000146DR-000146-INV-004"CRED-007(êªê´é30rÈ"reminder-1-email]
DR-000187-21	DR-000187DR-000187-INV-003"CRED-001(¬ªê´é30rÈ"formal-noticeb
DR-000190-26	DR-000190DR-000190-INV-004"CRED-004(Ùªê´é30r!È"reminder-4-warning`
DR-000207-13	DR-000207DR-000207-INV-003"CRED-005(¶ºê´é30rÈ"reminder-1-emailh
DR-000216-23	DR-000216DR-000216-INV-002"CRED-010(ÿºê´é30Z'
DR-000216-PAY-1	Ï„%EURÈ º
DR-000238-6	DR-000238DR-000238-INV-004"CRED-005(äΩê´é30R|
INV-000238-004	˚ EURÈ"È	0:Company 000238B38 rue de la R√©publiqueB
69004 LyonJdr-000238@example.com∂
DR-000241-13	DR-000241DR-000241-INV-002"CRED-009(ºΩê´é30Çt
DR-000241-PLAN-13È
È		ªºEUR
È
	ªºEUR
È	ªºEUR
È	ΩºEURg
DR-000247-27	DR-000247DR-000247-INV-004"CRED-012(ÓΩê´é30Z&
DR-000247-PAY-9±4EURÈ %
day-2025-08-26(òÄÃ∆é30≤	
Èh
DR-000019-24	DR-000019DR-000019-INV-003"CRED-002(Ä©‘é30Z'
DR-000019-PAY-9	´„EURÈ h
DR-000032-32	DR-000032DR-000032-INV-004"CRED-010(≤©‘é30Z'
DR-000032-PAY-9	£ŒGBPÈ g
DR-000050-8	DR-000050DR-000050-INV-002"CRED-011(‰©‘é30Z'
DR-000050-PAY-2	å†EURÈ ]
DR-000066-15	DR-000066DR-000066-INV-002"CRED-003(ñÒ©‘é30rÈ"formal-notice`
DR-000068-12	DR-000068DR-000068-INV-002"CRED-008(»Ò©‘é30rÈ"reminder-2-phone`
DR-000086-18	DR-000086DR-000086-INV-003"CRED-010(˙Ò©‘é30rÈ"reminder-2-phoneh
DR-000112-19	DR-000112DR-000112-INV-005"CRED-001(¨Ú©‘é30Z'
DR-000112-PAY-6	ÿóEURÈ a
DR-000142-15	DR-000142DR-000142-INV-004"CRED-005(ﬁÚ©‘é30r È"reminder-3-letterΩ
DR-000167-9	DR-000167DR-000167-INV-004"CRED-004(êÛ©‘é30R}
INV-000167-004	Åõ&CHFÈ"È
0:Company 000167B167 rue de la R√©publiqueB
69005 LyonJdr-000167@example.com`
DR-000169-12	DR-000169DR-000169-INV-002"CRED-009(¬Û©‘é30rÈ"reminder-1-emailf
DR-000172-13	DR-000172DR-000172-INV-006"CRED-010(ÙÛ©‘é30j%
DR-000172-CN-13	ê„EURÈ`
DR-000232-20	DR-000232DR-000232-INV-005"CRED-008(¶Ù©‘é30rÈ"reminder-1-email%
day-2025-08-27(ò∏ÂÔé30≤	
È`
DR-000002-21	DR-000002DR-000002-INV-004"CRED-001(Ä®√˝é30rÈ"reminder-2-phone^
DR-000002-22	DR-000002DR-000002-INV-004"CRED-001(≤®√˝é30z
	º™{EURÈ	Èh
DR-000013-12	DR-000013DR-000013-INV-005"CRED-012(‰®√˝é30Z'
DR-000013-PAY-5	üÚ EURÈ Ã
DR-000019-25	DR-000019DR-000019-INV-004"CRED-002(ñ©√˝é30Rä
INV-000019-004	◊¸EURÈ"È	*
È	ñ
0:Company 000019B19 rue de la R√©publiqueB
69001 LyonJdr-000019@example.comg
DR-000056-9	DR-000056DR-000056-INV-004"CRED-002(»©√˝é30Z'
DR-000056-PAY-4	…øtEURÈ `
DR-000059-17	DR-000059DR-000059-INV-004"CRED-006(˙©√˝é30rÈ"reminder-2-phone`
DR-000062-28	DR-000062DR-000062-INV-005"CRED-009(¨™√˝é30ä
goods not deliveredÈ_
DR-000094-11	DR-000094DR-000094-INV-004"CRED-003(ﬁ™√˝é30rÈ"courtesy-reminder`
DR-000108-18	DR-000108DR-000108-INV-003"CRED-004(ê´√˝é30rÈ"reminder-2-phone_
DR-000117-18	DR-000117DR-000117-INV-003"CRED-004(¬´√˝é30rÈ"courtesy-reminder`
DR-000130-15	DR-000130DR-000130-INV-005"CRED-004(Ù´√˝é30ä
goods not deliveredÈ`
DR-000153-12	DR-000153DR-000153-INV-003"CRED-012(¶¨√˝é30rÈ"reminder-2-phoneb
DR-000155-19	DR-000155DR-000155-INV-003"CRED-006(ÿ¨√˝é30r!È"reminder-4-warning`
DR-000174-28	DR-000174DR-000174-INV-004"CRED-003(ä≠√˝é30rÈ"reminder-1-email`
DR-000194-13	DR-000194DR-000194-INV-003"CRED-001(º≠√˝é30rÈ"reminder-1-emailº
DR-000199-8	DR-000199DR-000199-INV-005"CRED-007(Ó≠√˝é30R|
INV-000199-005˙?EURÈ"È
0:Company 000199B199 rue de la R√©publiqueB
69001 LyonJdr-000199@example.comg
DR-000215-8	DR-000215DR-000215-INV-004"CRED-011(†Æ√˝é30Z'
DR-000215-PAY-4	‰¯EURÈ a
DR-000223-11	DR-000223DR-000223-INV-002"CRED-010(“Æ√˝é30r È"reminder-3-letterΩ
DR-000227-14	DR-000227DR-000227-INV-004"CRED-010(ÑØ√˝é30R|
INV-000227-004	ˇ’EURÈ"È
0:Company 000227B27 rue de la R√©publiqueB
69002 LyonJdr-000227@example.com_
DR-000233-5	DR-000233DR-000233-INV-002"CRED-001(∂Ø√˝é30rÈ"reminder-2-phone]
DR-000233-6	DR-000233DR-000233-INV-002"CRED-001(ËØ√˝é30z
	ÌÔUSDÈ	
È`
DR-000239-18	DR-000239DR-000239-INV-003"CRED-010(ö∞√˝é30rÈ"reminder-1-emailæ
DR-000241-14	DR-000241DR-000241-INV-003"CRED-007(Ã∞√˝é30R}
INV-000241-003	¶ÑEURÈ"È	0:Customer 000241B41 rue de la R√©publiqueB
69007 LyonJdr-000241@example.com%
day-2025-08-28(ò˛òè30≤	
È_
DR-000009-21	DR-000009DR-000009-INV-003"CRED-011(Ä‡‹¶è30rÈ"courtesy-reminder]
DR-000011-14	DR-000011DR-000011-INV-002"CRED-012(≤‡‹¶è30rÈ"formal-notice_
DR-000012-9	DR-000012DR-000012-INV-002"CRED-004(‰‡‹¶è30rÈ"reminder-1-emaila
DR-000019-26	DR-000019DR-000019-INV-003"CRED-002(ñ·‹¶è30r È"reminder-3-letterh
DR-000026-16	DR-000026DR-000026-INV-004"CRED-006(»·‹¶è30Z'
DR-000026-PAY-6	Ôë+EURÈ a
DR-000033-13	DR-000033DR-000033-INV-002"CRED-003(˙·‹¶è30r È"reminder-3-letter`
DR-000045-17	DR-000045DR-000045-INV-003"CRED-002(¨‚‹¶è30rÈ"reminder-2-phone`
DR-000057-22	DR-000057DR-000057-INV-004"CRED-011(ﬁ‚‹¶è30rÈ"reminder-2-phoneÀ
DR-000090-7	DR-000090DR-000090-INV-004"CRED-010(ê„‹¶è30Rä
INV-000090-004	è˘EURÈ"È
*
È	ú0:Company 000090B90 rue de la R√©publiqueB
69009 LyonJdr-000090@example.comæ
DR-000114-11	DR-000114DR-000114-INV-004"CRED-002(¬„‹¶è30R}
INV-000114-004	€´+EURÈ"È	0:Company 000114B114 rue de la R√©publiqueB
69006 LyonJdr-000114@example.coma
DR-000114-12	DR-000114DR-000114-INV-003"CRED-002(Ù„‹¶è30r È"reminder-3-letter]
DR-000119-22	DR-000119DR-000119-INV-003"CRED-007(¶‰‹¶è30rÈ"formal-noticea
DR-000122-18	DR-000122DR-000122-INV-003"CRED-002(ÿ‰‹¶è30r È"reminder-3-letter`
DR-000130-16	DR-000130DR-000130-INV-004"CRED-004(äÂ‹¶è30rÈ"reminder-1-emailh
DR-000136-30	DR-000136DR-000136-INV-003"CRED-004(ºÂ‹¶è30Z'
DR-000136-PAY-3	ŸÏEURÈ f
DR-000167-10	DR-000167DR-000167-INV-004"CRED-004(ÓÂ‹¶è30j%
DR-000167-CN-10	«éCHFÈ]
DR-000170-12	DR-000170DR-000170-INV-003"CRED-001(†Ê‹¶è30rÈ"formal-notice_
DR-000177-8	DR-000177DR-000177-INV-002"CRED-008(“Ê‹¶è30rÈ"reminder-1-emailh
DR-000182-11	DR-000182DR-000182-INV-003"CRED-001(ÑÁ‹¶è30Z'
DR-000182-PAY-3	”®WEURÈ `
DR-000186-15	DR-000186DR-000186-INV-003"CRED-010(∂Á‹¶è30rÈ"reminder-2-phoneg
DR-000187-22	DR-000187DR-000187-INV-003"CRED-001(ËÁ‹¶è30Z&
DR-000187-PAY-5‰gGBPÈ b
DR-000193-15	DR-000193DR-000193-INV-003"CRED-006(öË‹¶è30r!È"reminder-4-warning`
DR-000197-24	DR-000197DR-000197-INV-004"CRED-006(ÃË‹¶è30rÈ"reminder-2-phone%
day-2025-08-29(ò®ò¬è30≤	
È_
DR-000010-9	DR-000010DR-000010-INV-004"CRED-004(Äòˆœè30rÈ"reminder-2-phoneh
DR-000013-13	DR-000013DR-000013-INV-006"CRED-012(≤òˆœè30Z'
DR-000013-PAY-6	˙í6EURÈ a
DR-000015-19	DR-000015DR-000015-INV-003"CRED-011(‰òˆœè30r È"reminder-3-lettera
DR-000032-33	DR-000032DR-000032-INV-004"CRED-010(ñôˆœè30r È"reminder-3-lettera
DR-000053-7	DR-000053DR-000053-INV-002"CRED-009(»ôˆœè30r!È"reminder-4-warningr
DR-000106-8	DR-000106DR-000106-INV-004"CRED-004(˙ôˆœè30ä1
billing error on some lines	ØÔ
USDÈ]
DR-000139-19	DR-000139DR-000139-INV-003"CRED-001(¨öˆœè30rÈ"formal-noticeb
DR-000164-14	DR-000164DR-000164-INV-002"CRED-011(ﬁöˆœè30r!È"reminder-4-warningZ
DR-000174-29	DR-000174DR-000174-INV-002"CRED-003(êõˆœè30™
ÈuncollectableT
DR-000177-9	DR-000177"CRED-008(¬õˆœè30Z'
DR-000177-PAY-2	®£EURÈ ]
DR-000181-21	DR-000181DR-000181-INV-003"CRED-003(Ùõˆœè30rÈ"formal-notice`
DR-000185-16	DR-000185DR-000185-INV-003"CRED-001(¶úˆœè30rÈ"reminder-1-emailb
DR-000188-12	DR-000188DR-000188-INV-003"CRED-001(ÿúˆœè30r!È"reminder-4-warning`
DR-000217-25	DR-000217DR-000217-INV-004"CRED-008(äùˆœè30rÈ"reminder-1-emailº
DR-000222-4	DR-000222DR-000222-INV-003"CRED-001(ºùˆœè30R|
INV-000222-003êPEURÈ"È	0:Customer 000222B22 rue de la R√©publiqueB
69006 LyonJdr-000222@example.comh
DR-000241-15	DR-000241DR-000241-INV-001"CRED-009(Óùˆœè30Z'
DR-000241-PAY-2	ÍÄEURÈ `
DR-000246-20	DR-000246DR-000246-INV-003"CRED-003(†ûˆœè30rÈ"reminder-2-phone]
DR-000246-21	DR-000246DR-000246-INV-003"CRED-003(“ûˆœè30z
ˆfEURÈ	È%
day-2025-08-30(ò‡±Îè30≤	
Èa
DR-000018-22	DR-000018DR-000018-INV-003"CRED-006(Ä–è˘è30r È"reminder-3-letterh
DR-000030-18	DR-000030DR-000030-INV-002"CRED-005(≤–è˘è30Z'
DR-000030-PAY-9	àªEURÈ æ
DR-000035-12	DR-000035DR-000035-INV-006"CRED-012(‰–è˘è30R}
INV-000035-006
«éµEURÈ"È	0:Company 000035B35 rue de la R√©publiqueB
69008 LyonJdr-000035@example.com`
DR-000064-21	DR-000064DR-000064-INV-003"CRED-011(ñ—è˘è30rÈ"reminder-1-emailæ
DR-000076-12	DR-000076DR-000076-INV-003"CRED-008(»—è˘è30R}
INV-000076-003	§§EURÈ"È	0:Customer 000076B76 rue de la R√©publiqueB
69004 LyonJdr-000076@example.com`
DR-000123-24	DR-000123DR-000123-INV-004"CRED-009(˙—è˘è30rÈ"reminder-2-phone^
DR-000123-25	DR-000123DR-000123-INV-004"CRED-009(¨“è˘è30z
	á§EURÈ	Èæ
DR-000145-14	DR-000145DR-000145-INV-004"CRED-009(ﬁ“è˘è30R}
INV-000145-004	á™lEURÈ"È	0:Company 000145B145 rue de la R√©publiqueB
69001 LyonJdr-000145@example.comÃ
DR-000163-9	DR-000163DR-000163-INV-005"CRED-005(ê”è˘è30Rã
INV-000163-005	ê…CHFÈ"È	*
È	
Û>0:Company 000163B163 rue de la R√©publiqueB
69001 LyonJdr-000163@example.com`
DR-000198-16	DR-000198DR-000198-INV-003"CRED-004(¬”è˘è30rÈ"reminder-1-email]
DR-000210-14	DR-000210DR-000210-INV-003"CRED-007(Ù”è˘è30rÈ"formal-notice%
day-2025-08-31(òòÀîê30≤	
Èg
DR-000015-20	DR-000015DR-000015-INV-003"CRED-011(Äà©¢ê30Z&
DR-000015-PAY-5≤5EURÈ	 h
DR-000061-12	DR-000061DR-000061-INV-001"CRED-007(≤à©¢ê30Z'
DR-000061-PAY-5	®‘*EURÈ	 `
DR-000063-23	DR-000063DR-000063-INV-004"CRED-001(‰à©¢ê30rÈ	"reminder-2-phoneΩ
DR-000099-12	DR-000099DR-000099-INV-003"CRED-010(ñâ©¢ê30R|
INV-000099-003	Á”'USDÈ	"È
0:Company 000099B99 rue de la R√©publiqueB
69009 LyonJdr-000099@example.coma
DR-000156-16	DR-000156DR-000156-INV-003"CRED-007(»â©¢ê30r È	"reminder-3-letter_
DR-000158-17	DR-000158DR-000158-INV-004"CRED-004(˙â©¢ê30rÈ	"courtesy-reminder`
DR-000225-22	DR-000225DR-000225-INV-003"CRED-001(¨ä©¢ê30rÈ	"reminder-2-phoneb
DR-000237-23	DR-000237DR-000237-INV-003"CRED-007(ﬁä©¢ê30r!È	"reminder-4-warningh
DR-000238-7	DR-000238DR-000238-INV-003"CRED-005(êã©¢ê30Z(
DR-000238-PAY-3
›¿ÖEURÈ	 %
day-2025-09-01(ò–‰Ωê30≤	
È	a
DR-000022-20	DR-000022DR-000022-INV-003"CRED-010(Ä¿¬Àê30r È	"reminder-3-letter`
DR-000042-18	DR-000042DR-000042-INV-003"CRED-006(≤¿¬Àê30rÈ	"reminder-1-emailæ
DR-000101-7	DR-000101DR-000101-INV-004"CRED-004(‰¿¬Àê30R~
INV-000101-004
∫À∞EURÈ	"È
0:Company 000101B101 rue de la R√©publiqueB
69002 LyonJdr-000101@example.comh
DR-000132-18	DR-000132DR-000132-INV-003"CRED-012(ñ¡¬Àê30Z'
DR-000132-PAY-3	±£
EURÈ	 b
DR-000134-19	DR-000134DR-000134-INV-003"CRED-009(»¡¬Àê30r!È	"reminder-4-warning`
DR-000138-33	DR-000138DR-000138-INV-004"CRED-007(˙¡¬Àê30rÈ	"reminder-2-phone`
DR-000146-16	DR-000146DR-000146-INV-004"CRED-007(¨¬¬Àê30rÈ	"reminder-2-phoneh
DR-000146-17	DR-000146DR-000146-INV-004"CRED-007(ﬁ¬¬Àê30Z'
DR-000146-PAY-3	ø÷ EURÈ	 h
DR-000149-26	DR-000149DR-000149-INV-001"CRED-009(ê√¬Àê30Z'
DR-000149-PAY-9	⁄•EURÈ	 g
DR-000169-13	DR-000169DR-000169-INV-002"CRED-009(¬√¬Àê30Z&
DR-000169-PAY-4è_EURÈ	 h
DR-000170-13	DR-000170DR-000170-INV-004"CRED-005(Ù√¬Àê30Z'
DR-000170-PAY-3	§ß/CHFÈ	 `
DR-000184-17	DR-000184DR-000184-INV-003"CRED-005(¶ƒ¬Àê30rÈ	"reminder-1-emailg
DR-000199-9	DR-000199DR-000199-INV-004"CRED-007(ÿƒ¬Àê30Z'
DR-000199-PAY-4	µﬁEURÈ	 `
DR-000207-14	DR-000207DR-000207-INV-003"CRED-005(ä≈¬Àê30rÈ	"reminder-2-phonei
DR-000234-10	DR-000234DR-000234-INV-004"CRED-005(º≈¬Àê30Z(
DR-000234-PAY-4
ﬂøáGBPÈ	 %
day-2025-09-02(òà˛Êê30≤	
È	h
DR-000004-11	DR-000004DR-000004-INV-005"CRED-003(Ä¯€Ùê30Z'
DR-000004-PAY-5	¢˝EURÈ	 º
DR-000007-15	DR-000007DR-000007-INV-004"CRED-005(≤¯€Ùê30R{
INV-000007-004	åéEURÈ	"È
0:Company 000007B7 rue de la R√©publiqueB
69007 LyonJdr-000007@example.comg
DR-000066-16	DR-000066DR-000066-INV-002"CRED-003(‰¯€Ùê30Z&
DR-000066-PAY-2ŸMUSDÈ	 a
DR-000068-13	DR-000068DR-000068-INV-002"CRED-008(ñ˘€Ùê30r È	"reminder-3-lettera
DR-000086-19	DR-000086DR-000086-INV-003"CRED-010(»˘€Ùê30r È	"reminder-3-letterJ
DR-000112-20	DR-000112"CRED-001(˙˘€Ùê30b
DR-000112-PAY-6È	`
DR-000169-14	DR-000169DR-000169-INV-002"CRED-009(¨˙€Ùê30rÈ	"reminder-2-phonei
DR-000172-14	DR-000172DR-000172-INV-006"CRED-010(ﬁ˙€Ùê30Z(
DR-000172-PAY-6
¯≥ûEURÈ	 i
DR-000193-16	DR-000193DR-000193-INV-003"CRED-006(ê˚€Ùê30Z(
DR-000193-PAY-3
”ØìEURÈ	 ª
DR-000205-5	DR-000205DR-000205-INV-003"CRED-008(¬˚€Ùê30R{
INV-000205-003	‡„!USDÈ	"È0:Company 000205B5 rue de la R√©publiqueB
69007 LyonJdr-000205@example.comS
DR-000206-18	DR-000206DR-000206-INV-002"CRED-002(Ù˚€Ùê30ö
AGY-02È	h
DR-000207-15	DR-000207DR-000207-INV-003"CRED-005(¶¸€Ùê30Z'
DR-000207-PAY-3	πóEURÈ	 `
DR-000210-15	DR-000210DR-000210-INV-004"CRED-007(ÿ¸€Ùê30rÈ	"reminder-1-emailb
DR-000223-12	DR-000223DR-000223-INV-002"CRED-010(ä˝€Ùê30r!È	"reminder-4-warningh
DR-000229-32	DR-000229DR-000229-INV-004"CRED-009(º˝€Ùê30Z'
DR-000229-PAY-4	óCEURÈ	 `
DR-000232-21	DR-000232DR-000232-INV-005"CRED-008(Ó˝€Ùê30rÈ	"reminder-2-phone^
DR-000232-22	DR-000232DR-000232-INV-005"CRED-008(†˛€Ùê30z
	˘éXEURÈ		È	h
DR-000237-24	DR-000237DR-000237-INV-003"CRED-007(“˛€Ùê30Z'
DR-000237-PAY-4	–Â%EURÈ	 Ω
DR-000244-16	DR-000244DR-000244-INV-004"CRED-002(Ñˇ€Ùê30R|
INV-000244-004	¯„	EURÈ	"È0:Company 000244B44 rue de la R√©publiqueB
69001 LyonJdr-000244@example.comb
DR-000247-28	DR-000247DR-000247-INV-004"CRED-012(∂ˇ€Ùê30r!È	"reminder-4-warning%
day-2025-09-03(ò¿óêë30≤	
È	g
DR-000005-8	DR-000005DR-000005-INV-004"CRED-004(Ä∞ıùë30Z'
DR-000005-PAY-4	˚¢EURÈ	 a
DR-000059-18	DR-000059DR-000059-INV-004"CRED-006(≤∞ıùë30r È	"reminder-3-lettera
DR-000108-19	DR-000108DR-000108-INV-003"CRED-004(‰∞ıùë30r È	"reminder-3-letterΩ
DR-000109-7	DR-000109DR-000109-INV-004"CRED-004(ñ±ıùë30R}
INV-000109-004	∞ê<EURÈ	"È
0:Company 000109B109 rue de la R√©publiqueB
69001 LyonJdr-000109@example.com`
DR-000112-21	DR-000112DR-000112-INV-005"CRED-001(»±ıùë30rÈ	"reminder-2-phoneæ
DR-000142-16	DR-000142DR-000142-INV-005"CRED-005(˙±ıùë30R}
INV-000142-005	‰Ö6EURÈ	"È
0:Company 000142B142 rue de la R√©publiqueB
69007 LyonJdr-000142@example.coma
DR-000153-13	DR-000153DR-000153-INV-003"CRED-012(¨≤ıùë30r È	"reminder-3-letterø
DR-000166-17	DR-000166DR-000166-INV-004"CRED-007(ﬁ≤ıùë30R~
INV-000166-004
ô“⁄USDÈ	"È
0:Company 000166B166 rue de la R√©publiqueB
69004 LyonJdr-000166@example.com`
DR-000168-24	DR-000168DR-000168-INV-005"CRED-009(ê≥ıùë30rÈ	"reminder-1-email`
DR-000174-30	DR-000174DR-000174-INV-004"CRED-003(¬≥ıùë30rÈ	"reminder-2-phoneæ
DR-000178-5	DR-000178DR-000178-INV-003"CRED-006(Ù≥ıùë30R~
INV-000178-003	ÿœUSDÈ	"È
0:Customer 000178B178 rue de la R√©publiqueB
69007 LyonJdr-000178@example.com`
DR-000194-14	DR-000194DR-000194-INV-003"CRED-001(¶¥ıùë30rÈ	"reminder-2-phoneg
DR-000222-5	DR-000222DR-000222-INV-002"CRED-001(ÿ¥ıùë30Z'
DR-000222-PAY-2	úÈ	EURÈ	 h
DR-000225-23	DR-000225DR-000225-INV-003"CRED-001(äµıùë30Z'
DR-000225-PAY-8	ÒûEURÈ	 `
DR-000239-19	DR-000239DR-000239-INV-003"CRED-010(ºµıùë30rÈ	"reminder-2-phone%
day-2025-09-04(ò¯∞πë30≤	
È	º
DR-000009-22	DR-000009DR-000009-INV-004"CRED-011(ÄËé«ë30R{
INV-000009-004’dEURÈ	"È
0:Customer 000009B9 rue de la R√©publiqueB
69009 LyonJdr-000009@example.com`
DR-000012-10	DR-000012DR-000012-INV-002"CRED-004(≤Ëé«ë30rÈ	"reminder-2-phoneΩ
DR-000042-19	DR-000042DR-000042-INV-004"CRED-006(‰Ëé«ë30R|
INV-000042-004	ß…EURÈ	"È
0:Company 000042B42 rue de la R√©publiqueB
69006 LyonJdr-000042@example.coma
DR-000045-18	DR-000045DR-000045-INV-003"CRED-002(ñÈé«ë30r È	"reminder-3-lettera
DR-000057-23	DR-000057DR-000057-INV-004"CRED-011(»Èé«ë30r È	"reminder-3-letterΩ
DR-000059-19	DR-000059DR-000059-INV-005"CRED-006(˙Èé«ë30R|
INV-000059-005	˚ÕUSDÈ	"È
0:Company 000059B59 rue de la R√©publiqueB
69005 LyonJdr-000059@example.comg
DR-000068-14	DR-000068DR-000068-INV-002"CRED-008(¨Íé«ë30Z&
DR-000068-PAY-4›lEURÈ	 `
DR-000083-12	DR-000083DR-000083-INV-003"CRED-009(ﬁÍé«ë30rÈ	"reminder-1-email`
DR-000097-18	DR-000097DR-000097-INV-003"CRED-010(êÎé«ë30rÈ	"reminder-1-email`
DR-000130-17	DR-000130DR-000130-INV-004"CRED-004(¬Îé«ë30rÈ	"reminder-2-phoneb
DR-000142-17	DR-000142DR-000142-INV-004"CRED-005(ÙÎé«ë30r!È	"reminder-4-warningh
DR-000142-18	DR-000142DR-000142-INV-004"CRED-005(¶Ïé«ë30Z'
DR-000142-PAY-4	–ıEURÈ	 Õ
DR-000146-18	DR-000146DR-000146-INV-006"CRED-007(ÿÏé«ë30Rã
INV-000146-006	≈æ+EURÈ	"È
*
È	™o0:Company 000146B146 rue de la R√©publiqueB
69002 LyonJdr-000146@example.comh
DR-000163-10	DR-000163DR-000163-INV-005"CRED-005(äÌé«ë30Z'
DR-000163-PAY-4	ùäCHFÈ	 ]
DR-000171-11	DR-000171DR-000171-INV-003"CRED-006(ºÌé«ë30rÈ	"formal-noticea
DR-000186-16	DR-000186DR-000186-INV-003"CRED-010(ÓÌé«ë30r È	"reminder-3-letteræ
DR-000190-27	DR-000190DR-000190-INV-005"CRED-004(†Óé«ë30R}
INV-000190-005	ö÷xEURÈ	"È
0:Company 000190B190 rue de la R√©publiqueB
69001 LyonJdr-000190@example.coma
DR-000197-25	DR-000197DR-000197-INV-004"CRED-006(“Óé«ë30r È	"reminder-3-letteræ
DR-000225-24	DR-000225DR-000225-INV-004"CRED-001(ÑÔé«ë30R}
INV-000225-004	ã£EURÈ	"È
0:Customer 000225B25 rue de la R√©publiqueB
69009 LyonJdr-000225@example.com%
day-2025-09-05(ò∞ ‚ë30≤	
È	a
DR-000010-10	DR-000010DR-000010-INV-004"CRED-004(Ä†®ë30r È	"reminder-3-letterΩ
DR-000017-11	DR-000017DR-000017-INV-005"CRED-010(≤†®ë30R|
INV-000017-005	«ﬁ&EURÈ	"È0:Company 000017B17 rue de la R√©publiqueB
69008 LyonJdr-000017@example.comΩ
DR-000022-21	DR-000022DR-000022-INV-004"CRED-010(‰†®ë30R|
INV-000022-004	˚æ,EURÈ	"È
0:Company 000022B22 rue de la R√©publiqueB
69004 LyonJdr-000022@example.comΩ
DR-000041-17	DR-000041DR-000041-INV-004"CRED-008(ñ°®ë30R|
INV-000041-004	äæ#EURÈ	"È0:Company 000041B41 rue de la R√©publiqueB
69005 LyonJdr-000041@example.coma
DR-000112-22	DR-000112DR-000112-INV-005"CRED-001(»°®ë30r È	"reminder-3-letteræ
DR-000115-5	DR-000115DR-000115-INV-003"CRED-004(˙°®ë30R~
INV-000115-003	ºµEURÈ	"È
0:Customer 000115B115 rue de la R√©publiqueB
69007 LyonJdr-000115@example.com`
DR-000185-17	DR-000185DR-000185-INV-003"CRED-001(¨¢®ë30rÈ	"reminder-2-phonef
DR-000211-6	DR-000211DR-000211-INV-003"CRED-011(ﬁ¢®ë30Z&
DR-000211-PAY-3ÕLEURÈ	 `
DR-000217-26	DR-000217DR-000217-INV-004"CRED-008(ê£®ë30rÈ	"reminder-2-phone^
DR-000217-27	DR-000217DR-000217-INV-004"CRED-008(¬£®ë30z
	≠˚EURÈ	È	]
DR-000232-23	DR-000232DR-000232-INV-004"CRED-008(Ù£®ë30rÈ	"formal-noticeg
DR-000232-24	DR-000232DR-000232-INV-004"CRED-008(¶§®ë30Z&
DR-000232-PAY-4ÅYEURÈ	 h
DR-000232-25	DR-000232DR-000232-INV-005"CRED-008(ÿ§®ë30Z'
DR-000232-PAY-5	˘éXEURÈ	 %
day-2025-09-06(òË„ãí30≤	
È	º
DR-000004-12	DR-000004DR-000004-INV-006"CRED-003(Äÿ¡ôí30R{
INV-000004-006	¿EURÈ	"È0:Company 000004B4 rue de la R√©publiqueB
69004 LyonJdr-000004@example.comh
DR-000012-11	DR-000012DR-000012-INV-002"CRED-004(≤ÿ¡ôí30Z'
DR-000012-PAY-3	¥πEURÈ	 b
DR-000019-27	DR-000019DR-000019-INV-003"CRED-002(‰ÿ¡ôí30r!È	"reminder-4-warning`
DR-000020-17	DR-000020DR-000020-INV-004"CRED-009(ñŸ¡ôí30rÈ	"reminder-1-emailL
DR-000029-9	DR-000029DR-000029-INV-002"CRED-001(»Ÿ¡ôí30íÈ	b
DR-000033-14	DR-000033DR-000033-INV-002"CRED-003(˙Ÿ¡ôí30r!È	"reminder-4-warning`
DR-000064-22	DR-000064DR-000064-INV-003"CRED-011(¨⁄¡ôí30rÈ	"reminder-2-phoneæ
DR-000071-12	DR-000071DR-000071-INV-003"CRED-010(ﬁ⁄¡ôí30R}
INV-000071-003	ºãEURÈ	"È
0:Customer 000071B71 rue de la R√©publiqueB
69008 LyonJdr-000071@example.com`
DR-000094-12	DR-000094DR-000094-INV-004"CRED-003(ê€¡ôí30rÈ	"reminder-1-emailæ
DR-000110-11	DR-000110DR-000110-INV-005"CRED-001(¬€¡ôí30R}
INV-000110-005	√≠1EURÈ	"È
0:Company 000110B110 rue de la R√©publiqueB
69002 LyonJdr-000110@example.comb
DR-000114-13	DR-000114DR-000114-INV-003"CRED-002(Ù€¡ôí30r!È	"reminder-4-warning`
DR-000117-19	DR-000117DR-000117-INV-003"CRED-004(¶‹¡ôí30rÈ	"reminder-1-emailh
DR-000117-20	DR-000117DR-000117-INV-003"CRED-004(ÿ‹¡ôí30Z'
DR-000117-PAY-5	•ÅEURÈ	 b
DR-000122-19	DR-000122DR-000122-INV-003"CRED-002(ä›¡ôí30r!È	"reminder-4-warningæ
DR-000151-8	DR-000151DR-000151-INV-003"CRED-012(º›¡ôí30R~
INV-000151-003	ÊæEURÈ	"È
0:Customer 000151B151 rue de la R√©publiqueB
69007 LyonJdr-000151@example.comh
DR-000154-14	DR-000154DR-000154-INV-002"CRED-001(Ó›¡ôí30Z'
DR-000154-PAY-2	êìEURÈ	 `
DR-000198-17	DR-000198DR-000198-INV-003"CRED-004(†ﬁ¡ôí30rÈ	"reminder-2-phoneS
DR-000200-24	DR-000200DR-000200-INV-003"CRED-012(“ﬁ¡ôí30ö
AGY-03È	h
DR-000240-14	DR-000240DR-000240-INV-003"CRED-012(Ñﬂ¡ôí30Z'
DR-000240-PAY-3	í˘EURÈ	 `
DR-000094-12	DR-000094DR-000094-INV-004"CRED-003(ê€¡ôí30rÈ	"reminder-1-email%
day-2025-09-07(ò†˝¥í30≤	
È	`
DR-000009-23	DR-000009DR-000009-INV-003"CRED-011(Äê€¬í30rÈ	"reminder-1-emailb
DR-000015-21	DR-000015DR-000015-INV-003"CRED-011(≤ê€¬í30r!È	"reminder-4-warningg
DR-000021-19	DR-000021DR-000021-INV-001"CRED-010(‰ê€¬í30Z&
DR-000021-PAY-9£KGBPÈ	 J
DR-000026-17	DR-000026"CRED-006(ñë€¬í30b
DR-000026-PAY-6È	æ
DR-000029-10	DR-000029DR-000029-INV-003"CRED-001(»ë€¬í30R}
INV-000029-003	∫äEURÈ	"È0:Customer 000029B29 rue de la R√©publiqueB
69002 LyonJdr-000029@example.coma
DR-000029-11	DR-000029DR-000029-INV-002"CRED-001(˙ë€¬í30r È	"reminder-3-letterb
DR-000032-34	DR-000032DR-000032-INV-004"CRED-010(¨í€¬í30r!È	"reminder-4-warningv
DR-000032-35	DR-000032DR-000032-INV-004"CRED-010(ﬁí€¬í30™4
È	)small balance left after partial payments^
DR-000039-8	DR-000039DR-000039-INV-004"CRED-008(êì€¬í30rÈ	"courtesy-remindera
DR-000063-24	DR-000063DR-000063-INV-004"CRED-001(¬ì€¬í30r È	"reminder-3-letterg
DR-000069-7	DR-000069DR-000069-INV-003"CRED-009(Ùì€¬í30Z'
DR-000069-PAY-3	î∆CHFÈ	 º
DR-000079-5	DR-000079DR-000079-INV-003"CRED-006(¶î€¬í30R|
INV-000079-003˝aEURÈ	"È
0:Customer 000079B79 rue de la R√©publiqueB
69007 LyonJdr-000079@example.com_
DR-000096-11	DR-000096DR-000096-INV-003"CRED-012(ÿî€¬í30rÈ	"courtesy-reminder`
DR-000100-18	DR-000100DR-000100-INV-004"CRED-007(äï€¬í30rÈ	"reminder-1-emailh
DR-000114-14	DR-000114DR-000114-INV-003"CRED-002(ºï€¬í30Z'
DR-000114-PAY-3	ûØEURÈ	 `
DR-000121-25	DR-000121DR-000121-INV-004"CRED-011(Óï€¬í30rÈ	"reminder-1-emaila
DR-000129-22	DR-000129DR-000129-INV-004"CRED-007(†ñ€¬í30r È	"reminder-3-letter_
DR-000143-9	DR-000143DR-000143-INV-003"CRED-007(“ñ€¬í30rÈ	"reminder-1-emailg
DR-000145-15	DR-000145DR-000145-INV-003"CRED-009(Ñó€¬í30Z&
DR-000145-PAY-2•nEURÈ	 Z
DR-000164-15	DR-000164DR-000164-INV-001"CRED-011(∂ó€¬í30™
È	uncollectableS
DR-000216-24	DR-000216DR-000216-INV-003"CRED-010(Ëó€¬í30ö
AGY-03È	a
DR-000225-25	DR-000225DR-000225-INV-003"CRED-001(öò€¬í30r È	"reminder-3-letter%
day-2025-09-08(òÿñﬁí30≤	
È	b
DR-000018-23	DR-000018DR-000018-INV-003"CRED-006(Ä»ÙÎí30r!È		"reminder-4-warning`
DR-000026-18	DR-000026DR-000026-INV-004"CRED-006(≤»ÙÎí30rÈ		"reminder-1-emailb
DR-000029-12	DR-000029DR-000029-INV-002"CRED-001(‰»ÙÎí30r!È		"reminder-4-warningg
DR-000039-9	DR-000039DR-000039-INV-004"CRED-008(ñ…ÙÎí30Z'
DR-000039-PAY-4	≈ÓSEURÈ		 `
DR-000042-20	DR-000042DR-000042-INV-003"CRED-006(»…ÙÎí30rÈ		"reminder-2-phoneh
DR-000063-25	DR-000063DR-000063-INV-004"CRED-001(˙…ÙÎí30Z'
DR-000063-PAY-7	ùÊ&EURÈ		 s
DR-000092-18	DR-000092DR-000092-INV-003"CRED-012(¨ ÙÎí30ä1
billing error on some lines	Í‹CHFÈ		h
DR-000118-16	DR-000118DR-000118-INV-003"CRED-001(ﬁ ÙÎí30Z'
DR-000118-PAY-4	Ô≠EURÈ		 æ
DR-000120-14	DR-000120DR-000120-INV-004"CRED-008(êÀÙÎí30R}
INV-000120-004	ª˝EURÈ		"È
	0:Company 000120B120 rue de la R√©publiqueB
69003 LyonJdr-000120@example.comb
DR-000129-23	DR-000129DR-000129-INV-004"CRED-007(¬ÀÙÎí30r!È		"reminder-4-warninga
DR-000138-34	DR-000138DR-000138-INV-004"CRED-007(ÙÀÙÎí30r È		"reminder-3-letter`
DR-000165-25	DR-000165DR-000165-INV-004"CRED-008(¶ÃÙÎí30rÈ		"reminder-1-emailS
DR-000181-22	DR-000181DR-000181-INV-003"CRED-003(ÿÃÙÎí30ö
AGY-02È		`
DR-000184-18	DR-000184DR-000184-INV-003"CRED-005(äÕÙÎí30rÈ		"reminder-2-phoneh
DR-000198-18	DR-000198DR-000198-INV-003"CRED-004(ºÕÙÎí30Z'
DR-000198-PAY-3	≥—eEURÈ		 Ω
DR-000229-33	DR-000229DR-000229-INV-006"CRED-009(ÓÕÙÎí30R|
INV-000229-006	ãÁ(EURÈ		"È
	0:Company 000229B29 rue de la R√©publiqueB
69004 LyonJdr-000229@example.comg
DR-000233-7	DR-000233DR-000233-INV-002"CRED-001(†ŒÙÎí30Z'
DR-000233-PAY-2	ÌÔUSDÈ		 ]
DR-000248-16	DR-000248DR-000248-INV-002"CRED-005(“ŒÙÎí30rÈ		"formal-notice%
day-2025-09-09(òê∞áì30≤	
È		`
DR-000026-19	DR-000026DR-000026-INV-004"CRED-006(ÄÄéïì30rÈ	
"reminder-2-phonea
DR-000037-22	DR-000037DR-000037-INV-003"CRED-009(≤Äéïì30r È	
"reminder-3-letter^
DR-000065-7	DR-000065DR-000065-INV-003"CRED-003(‰Äéïì30rÈ	
"courtesy-reminder_
DR-000081-20	DR-000081DR-000081-INV-005"CRED-010(ñÅéïì30rÈ	
"courtesy-reminderh
DR-000083-13	DR-000083DR-000083-INV-003"CRED-009(»Åéïì30Z'
DR-000083-PAY-5	ﬁü6GBPÈ	
 _
DR-000123-26	DR-000123DR-000123-INV-005"CRED-009(˙Åéïì30rÈ	
"courtesy-reminderi
DR-000149-27	DR-000149DR-000149-INV-003"CRED-009(¨Çéïì30Z(
DR-000149-PAY-10	¥¥EURÈ	
 c
DR-000151-9	DR-000151DR-000151-INV-003"CRED-012(ﬁÇéïì30j#
DR-000151-CN-9ﬁEURÈ	
b
DR-000156-17	DR-000156DR-000156-INV-003"CRED-007(êÉéïì30r!È	
"reminder-4-warninga
DR-000169-15	DR-000169DR-000169-INV-002"CRED-009(¬Ééïì30r È	
"reminder-3-letterø
DR-000171-12	DR-000171DR-000171-INV-004"CRED-006(ÙÉéïì30R~
INV-000171-004
°·áEURÈ	
"È	0:Company 000171B171 rue de la R√©publiqueB
69009 LyonJdr-000171@example.com]
DR-000190-28	DR-000190DR-000190-INV-004"CRED-004(¶Ñéïì30rÈ	
"formal-noticeh
DR-000190-29	DR-000190DR-000190-INV-004"CRED-004(ÿÑéïì30Z'
DR-000190-PAY-5	‰⁄EURÈ	
 `
DR-000210-16	DR-000210DR-000210-INV-004"CRED-007(äÖéïì30rÈ	
"reminder-2-phoneÃ
DR-000216-25	DR-000216DR-000216-INV-004"CRED-010(ºÖéïì30Rä
INV-000216-004	ƒèEURÈ	
"È

*
È	é0:Company 000216B16 rue de la R√©publiqueB
69009 LyonJdr-000216@example.com`
DR-000235-11	DR-000235DR-000235-INV-003"CRED-006(ÓÖéïì30rÈ	
"reminder-1-emaila
DR-000246-22	DR-000246DR-000246-INV-003"CRED-003(†Üéïì30r È	
"reminder-3-letter%
day-2025-09-10(ò»…∞ì30≤	
È	
h
DR-000014-13	DR-000014DR-000014-INV-004"CRED-006(Ä∏ßæì30Z'
DR-000014-PAY-4	Ó≤WUSDÈ	 b
DR-000022-22	DR-000022DR-000022-INV-003"CRED-010(≤∏ßæì30r!È	"reminder-4-warning_
DR-000031-16	DR-000031DR-000031-INV-003"CRED-011(‰∏ßæì30rÈ	"courtesy-reminderb
DR-000037-23	DR-000037DR-000037-INV-003"CRED-009(ñπßæì30r!È	"reminder-4-warning`
DR-000061-13	DR-000061DR-000061-INV-003"CRED-007(»πßæì30rÈ	"reminder-1-emailM
DR-000130-18	DR-000130DR-000130-INV-005"CRED-004(˙πßæì30íÈ	h
DR-000138-35	DR-000138DR-000138-INV-001"CRED-007(¨∫ßæì30Z'
DR-000138-PAY-9	üûEURÈ	 g
DR-000143-10	DR-000143DR-000143-INV-003"CRED-007(ﬁ∫ßæì30Z&
DR-000143-PAY-3ÌJGBPÈ	 `
DR-000158-18	DR-000158DR-000158-INV-004"CRED-004(êªßæì30rÈ	"reminder-1-email`
DR-000168-25	DR-000168DR-000168-INV-005"CRED-009(¬ªßæì30rÈ	"reminder-2-phonea
DR-000174-31	DR-000174DR-000174-INV-004"CRED-003(Ùªßæì30r È	"reminder-3-letteræ
DR-000175-6	DR-000175DR-000175-INV-003"CRED-003(¶ºßæì30R~
INV-000175-003	≤ø	GBPÈ	"È
0:Customer 000175B175 rue de la R√©publiqueB
69004 LyonJdr-000175@example.comΩ
DR-000189-6	DR-000189DR-000189-INV-004"CRED-008(ÿºßæì30R}
INV-000189-004	çÎdEURÈ	"È
0:Company 000189B189 rue de la R√©publiqueB
69009 LyonJdr-000189@example.coma
DR-000194-15	DR-000194DR-000194-INV-003"CRED-001(äΩßæì30r È	"reminder-3-letterh
DR-000201-15	DR-000201DR-000201-INV-003"CRED-005(ºΩßæì30Z'
DR-000201-PAY-3	ÜΩEURÈ	 h
DR-000230-11	DR-000230DR-000230-INV-003"CRED-005(ÓΩßæì30Z'
DR-000230-PAY-3	Óˆ
EURÈ	 h
DR-000236-23	DR-000236DR-000236-INV-003"CRED-011(†æßæì30Z'
DR-000236-PAY-3	éΩEURÈ	 a
DR-000239-20	DR-000239DR-000239-INV-003"CRED-010(“æßæì30r È	"reminder-3-letter%
day-2025-09-11(òÄ„Ÿì30≤	
È	a
DR-000002-23	DR-000002DR-000002-INV-004"CRED-001(Ä¿Áì30r È	"reminder-3-letterh
DR-000026-20	DR-000026DR-000026-INV-004"CRED-006(≤¿Áì30Z'
DR-000026-PAY-7	Ôë+EURÈ	 Ω
DR-000044-21	DR-000044DR-000044-INV-004"CRED-002(‰¿Áì30R|
INV-000044-004ô0EURÈ	"È
0:Customer 000044B44 rue de la R√©publiqueB
69008 LyonJdr-000044@example.comS
DR-000055-13	DR-000055DR-000055-INV-002"CRED-002(ñÒ¿Áì30ö
AGY-02È	b
DR-000068-15	DR-000068DR-000068-INV-002"CRED-008(»Ò¿Áì30r!È	"reminder-4-warningb
DR-000086-20	DR-000086DR-000086-INV-003"CRED-010(˙Ò¿Áì30r!È	"reminder-4-warning`
DR-000097-19	DR-000097DR-000097-INV-003"CRED-010(¨Ú¿Áì30rÈ	"reminder-2-phone^
DR-000097-20	DR-000097DR-000097-INV-003"CRED-010(ﬁÚ¿Áì30z
	ı≥EURÈ	È	g
DR-000113-15	DR-000113DR-000113-INV-002"CRED-007(êÛ¿Áì30Z&
DR-000113-PAY-3TEURÈ	 æ
DR-000116-9	DR-000116DR-000116-INV-004"CRED-001(¬Û¿Áì30R~
INV-000116-004
òÑ¢EURÈ	"È
0:Company 000116B116 rue de la R√©publiqueB
69008 LyonJdr-000116@example.comh
DR-000123-27	DR-000123DR-000123-INV-004"CRED-009(ÙÛ¿Áì30Z'
DR-000123-PAY-4	á§EURÈ	 a
DR-000130-19	DR-000130DR-000130-INV-004"CRED-004(¶Ù¿Áì30r È	"reminder-3-letterg
DR-000133-9	DR-000133DR-000133-INV-004"CRED-002(ÿÙ¿Áì30Z'
DR-000133-PAY-4	ËÊEURÈ	 æ
DR-000138-36	DR-000138DR-000138-INV-005"CRED-007(äı¿Áì30R}
INV-000138-005	≤ıEURÈ	"È0:Company 000138B138 rue de la R√©publiqueB
69003 LyonJdr-000138@example.comΩ
DR-000152-7	DR-000152DR-000152-INV-004"CRED-005(ºı¿Áì30R}
INV-000152-004	ˇåEURÈ	"È0:Company 000152B152 rue de la R√©publiqueB
69008 LyonJdr-000152@example.com]
DR-000155-20	DR-000155DR-000155-INV-003"CRED-006(Óı¿Áì30rÈ	"formal-noticeø
DR-000157-10	DR-000157DR-000157-INV-003"CRED-002(†ˆ¿Áì30R~
INV-000157-003	ÅÖEURÈ	"È
0:Customer 000157B157 rue de la R√©publiqueB
69004 LyonJdr-000157@example.comh
DR-000174-32	DR-000174DR-000174-INV-004"CRED-003(“ˆ¿Áì30Z'
DR-000174-PAY-6	¡ãGBPÈ	 h
DR-000217-28	DR-000217DR-000217-INV-004"CRED-008(Ñ˜¿Áì30Z'
DR-000217-PAY-4	≠˚EURÈ	 h
DR-000247-29	DR-000247DR-000247-INV-004"CRED-012(∂˜¿Áì30Z'
DR-000247-PAY-10¶aEURÈ	 `
DR-000249-16	DR-000249DR-000249-INV-003"CRED-006(Ë˜¿Áì30rÈ	"reminder-1-email%
day-2025-09-12(ò∏¸Çî30≤	
È	b
DR-000002-24	DR-000002DR-000002-INV-004"CRED-001(Ä®⁄êî30r!È	"reminder-4-warningh
DR-000020-18	DR-000020DR-000020-INV-001"CRED-009(≤®⁄êî30Z'
DR-000020-PAY-7	ı∏#EURÈ	 h
DR-000029-13	DR-000029DR-000029-INV-002"CRED-001(‰®⁄êî30Z'
DR-000029-PAY-1	”éEURÈ	 `
DR-000047-12	DR-000047DR-000047-INV-003"CRED-011(ñ©⁄êî30rÈ	"reminder-1-emailb
DR-000059-20	DR-000059DR-000059-INV-004"CRED-006(»©⁄êî30r!È	"reminder-4-warningh
DR-000059-21	DR-000059DR-000059-INV-004"CRED-006(˙©⁄êî30Z'
DR-000059-PAY-5	ÒàUSDÈ	 b
DR-000108-20	DR-000108DR-000108-INV-003"CRED-004(¨™⁄êî30r!È	"reminder-4-warningh
DR-000108-21	DR-000108DR-000108-INV-003"CRED-004(ﬁ™⁄êî30Z'
DR-000108-PAY-3	±◊EURÈ	 b
DR-000153-14	DR-000153DR-000153-INV-003"CRED-012(ê´⁄êî30r!È	"reminder-4-warningh
DR-000167-11	DR-000167DR-000167-INV-004"CRED-004(¬´⁄êî30Z'
DR-000167-PAY-4	∫å CHFÈ	 a
DR-000185-18	DR-000185DR-000185-INV-003"CRED-001(Ù´⁄êî30r È	"reminder-3-letter`
DR-000229-34	DR-000229DR-000229-INV-006"CRED-009(¶¨⁄êî30ä
goods not deliveredÈ	Ω
DR-000239-21	DR-000239DR-000239-INV-004"CRED-010(ÿ¨⁄êî30R|
INV-000239-004	“—EURÈ	"È
0:Company 000239B39 rue de la R√©publiqueB
69005 LyonJdr-000239@example.com%
day-2025-09-13(òï¨î30≤	
È	`
DR-000020-19	DR-000020DR-000020-INV-004"CRED-009(Ä‡Ûπî30rÈ	"reminder-2-phoneΩ
DR-000039-10	DR-000039DR-000039-INV-005"CRED-008(≤‡Ûπî30R|
INV-000039-005	ÿˇEURÈ	"È0:Company 000039B39 rue de la R√©publiqueB
69003 LyonJdr-000039@example.comi
DR-000042-21	DR-000042DR-000042-INV-003"CRED-006(‰‡Ûπî30Z(
DR-000042-PAY-3
€ì´EURÈ	 b
DR-000045-19	DR-000045DR-000045-INV-003"CRED-002(ñ·Ûπî30r!È	"reminder-4-warning\
DR-000053-8	DR-000053DR-000053-INV-002"CRED-009(»·Ûπî30rÈ	"formal-noticeb
DR-000057-24	DR-000057DR-000057-INV-004"CRED-011(˙·Ûπî30r!È	"reminder-4-warningh
DR-000057-25	DR-000057DR-000057-INV-003"CRED-011(¨‚Ûπî30Z'
DR-000057-PAY-7	¯ıEURÈ	 a
DR-000064-23	DR-000064DR-000064-INV-003"CRED-011(ﬁ‚Ûπî30r È	"reminder-3-letterΩ
DR-000067-13	DR-000067DR-000067-INV-005"CRED-006(ê„Ûπî30R|
INV-000067-005	‘’EURÈ	"È
0:Company 000067B67 rue de la R√©publiqueB
69004 LyonJdr-000067@example.com`
DR-000094-13	DR-000094DR-000094-INV-004"CRED-003(¬„Ûπî30rÈ	"reminder-2-phone`
DR-000099-13	DR-000099DR-000099-INV-003"CRED-010(Ù„Ûπî30ä
goods not deliveredÈ	V
DR-000100-19	DR-000100"CRED-007(¶‰Ûπî30Z(
DR-000100-PAY-4
êßÆEURÈ	 `
DR-000117-21	DR-000117DR-000117-INV-003"CRED-004(ÿ‰Ûπî30rÈ	"reminder-2-phoneM
DR-000136-31	DR-000136DR-000136-INV-004"CRED-004(äÂÛπî30íÈ	h
DR-000146-19	DR-000146DR-000146-INV-003"CRED-007(ºÂÛπî30Z'
DR-000146-PAY-4	ë’,EURÈ	 _
DR-000146-20	DR-000146DR-000146-INV-005"CRED-007(ÓÂÛπî30rÈ	"courtesy-reminderh
DR-000151-10	DR-000151DR-000151-INV-003"CRED-012(†ÊÛπî30Z'
DR-000151-PAY-3	à¢EURÈ	 ]
DR-000164-16	DR-000164DR-000164-INV-002"CRED-011(“ÊÛπî30rÈ	"formal-noticeb
DR-000186-17	DR-000186DR-000186-INV-003"CRED-010(ÑÁÛπî30r!È	"reminder-4-warning]
DR-000188-13	DR-000188DR-000188-INV-003"CRED-001(∂ÁÛπî30rÈ	"formal-noticeh
DR-000197-26	DR-000197DR-000197-INV-003"CRED-006(ËÁÛπî30Z'
DR-000197-PAY-3	»EURÈ	 b
DR-000197-27	DR-000197DR-000197-INV-004"CRED-006(öËÛπî30r!È	"reminder-4-warningΩ
DR-000243-9	DR-000243DR-000243-INV-005"CRED-006(ÃËÛπî30R}
INV-000243-005
≥˜†EURÈ	"È
0:Company 000243B43 rue de la R√©publiqueB
69009 LyonJdr-000243@example.com%
day-2025-09-14(ò®Ø’î30≤	
È	_
DR-000003-6	DR-000003DR-000003-INV-003"CRED-012(Äòç„î30rÈ	"reminder-1-email`
DR-000009-24	DR-000009DR-000009-INV-003"CRED-011(≤òç„î30rÈ	"reminder-2-phoneb
DR-000010-11	DR-000010DR-000010-INV-004"CRED-004(‰òç„î30r!È	"reminder-4-warningU
DR-000010-12	DR-000010"CRED-004(ñôç„î30Z'
DR-000010-PAY-4	€ÌEURÈ	 h
DR-000018-24	DR-000018DR-000018-INV-003"CRED-006(»ôç„î30Z'
DR-000018-PAY-7	ı⁄EURÈ	 r
DR-000029-14	DR-000029DR-000029-INV-003"CRED-001(˙ôç„î30ä0
billing error on some linesˇGEURÈ	À
DR-000049-9	DR-000049DR-000049-INV-004"CRED-004(¨öç„î30Rä
INV-000049-004	ãÿ-EURÈ	"È*
È	˚t0:Company 000049B49 rue de la R√©publiqueB
69004 LyonJdr-000049@example.comΩ
DR-000050-9	DR-000050DR-000050-INV-003"CRED-011(ﬁöç„î30R}
INV-000050-003	—”EURÈ	"È
0:Customer 000050B50 rue de la R√©publiqueB
69005 LyonJdr-000050@example.com`
DR-000060-16	DR-000060DR-000060-INV-004"CRED-012(êõç„î30rÈ	"reminder-1-emailf
DR-000065-8	DR-000065DR-000065-INV-003"CRED-003(¬õç„î30Z&
DR-000065-PAY-3 kEURÈ	 Ω
DR-000072-16	DR-000072DR-000072-INV-005"CRED-001(Ùõç„î30R|
INV-000072-005	¢ÑEURÈ	"È
0:Company 000072B72 rue de la R√©publiqueB
69009 LyonJdr-000072@example.comg
DR-000073-8	DR-000073DR-000073-INV-004"CRED-002(¶úç„î30Z'
DR-000073-PAY-4	ªîEURÈ	 L
DR-000106-9	DR-000106DR-000106-INV-004"CRED-004(ÿúç„î30íÈ	b
DR-000112-23	DR-000112DR-000112-INV-005"CRED-001(äùç„î30r!È	"reminder-4-warning`
DR-000121-26	DR-000121DR-000121-INV-004"CRED-011(ºùç„î30rÈ	"reminder-2-phone`
DR-000132-19	DR-000132DR-000132-INV-004"CRED-012(Óùç„î30rÈ	"reminder-1-email`
DR-000136-32	DR-000136DR-000136-INV-004"CRED-004(†ûç„î30rÈ	"reminder-1-emailh
DR-000183-13	DR-000183DR-000183-INV-003"CRED-010(“ûç„î30Z'
DR-000183-PAY-3	¨≥EURÈ	 æ
DR-000188-14	DR-000188DR-000188-INV-004"CRED-001(Ñüç„î30R}
INV-000188-004	ÉﬂEURÈ	"È
0:Company 000188B188 rue de la R√©publiqueB
69008 LyonJdr-000188@example.comg
DR-000189-7	DR-000189DR-000189-INV-003"CRED-008(∂üç„î30Z'
DR-000189-PAY-3	€„*EURÈ	 `
DR-000200-25	DR-000200DR-000200-INV-004"CRED-012(Ëüç„î30rÈ	"reminder-1-emailh
DR-000217-29	DR-000217DR-000217-INV-003"CRED-008(ö†ç„î30Z'
DR-000217-PAY-5	ƒ‹EURÈ	 h
DR-000241-16	DR-000241DR-000241-INV-002"CRED-009(Ã†ç„î30Z'
DR-000241-PAY-3	ªºEURÈ	 b
DR-000246-23	DR-000246DR-000246-INV-003"CRED-003(˛†ç„î30r!È	"reminder-4-warning%
day-2025-09-15(ò‡»˛î30≤	
È	g
DR-000003-7	DR-000003DR-000003-INV-003"CRED-012(Ä–¶åï30Z'
DR-000003-PAY-3	¸«EURÈ	 º
DR-000005-9	DR-000005DR-000005-INV-005"CRED-004(≤–¶åï30R|
INV-000005-005
¿≥éEURÈ	"È0:Company 000005B5 rue de la R√©publiqueB
69005 LyonJdr-000005@example.comU
DR-000016-11	DR-000016"CRED-001(‰–¶åï30Z'
DR-000016-PAY-3	ó–EURÈ	 i
DR-000019-28	DR-000019DR-000019-INV-003"CRED-002(ñ—¶åï30Z(
DR-000019-PAY-10	ÊÛEURÈ	 g
DR-000033-15	DR-000033DR-000033-INV-002"CRED-003(»—¶åï30Z&
DR-000033-PAY-3òCHFÈ	 ∂
DR-000061-14	DR-000061DR-000061-INV-003"CRED-007(˙—¶åï30Çt
DR-000061-PLAN-14È	
È
	Â (EUR
È
	Â (EUR
È	Â (EUR
È	Ê (EURh
DR-000064-24	DR-000064DR-000064-INV-003"CRED-011(¨“¶åï30Z'
DR-000064-PAY-3	»‘EURÈ	 æ
DR-000111-8	DR-000111DR-000111-INV-004"CRED-006(ﬁ“¶åï30R~
INV-000111-004	√©GBPÈ	"È
0:Customer 000111B111 rue de la R√©publiqueB
69003 LyonJdr-000111@example.comæ
DR-000117-22	DR-000117DR-000117-INV-004"CRED-004(ê”¶åï30R}
INV-000117-004	ÑÌEURÈ	"È0:Company 000117B117 rue de la R√©publiqueB
69009 LyonJdr-000117@example.com`
DR-000136-33	DR-000136DR-000136-INV-004"CRED-004(¬”¶åï30rÈ	"reminder-2-phoneæ
DR-000144-9	DR-000144DR-000144-INV-003"CRED-010(Ù”¶åï30R~
INV-000144-003	˙¡	EURÈ	"È
0:Customer 000144B144 rue de la R√©publiqueB
69009 LyonJdr-000144@example.com`
DR-000160-15	DR-000160DR-000160-INV-003"CRED-010(¶‘¶åï30rÈ	"reminder-1-email`
DR-000165-26	DR-000165DR-000165-INV-004"CRED-008(ÿ‘¶åï30rÈ	"reminder-2-phonei
DR-000165-27	DR-000165DR-000165-INV-002"CRED-008(ä’¶åï30Z(
DR-000165-PAY-11	úºEURÈ	 _
DR-000170-14	DR-000170DR-000170-INV-005"CRED-001(º’¶åï30rÈ	"courtesy-remindera
DR-000184-19	DR-000184DR-000184-INV-003"CRED-005(Ó’¶åï30r È	"reminder-3-letterh
DR-000188-15	DR-000188DR-000188-INV-003"CRED-001(†÷¶åï30Z'
DR-000188-PAY-2	Œ±EURÈ	 h
DR-000192-10	DR-000192DR-000192-INV-005"CRED-011(“÷¶åï30Z'
DR-000192-PAY-5	ô£EURÈ	 h
DR-000223-13	DR-000223DR-000223-INV-002"CRED-010(Ñ◊¶åï30Z'
DR-000223-PAY-2	ãöEURÈ	 `
DR-000250-11	DR-000250DR-000250-INV-003"CRED-007(∂◊¶åï30rÈ	"reminder-1-email%
day-2025-09-16(òò‚ßï30≤	
È	g
DR-000028-20	DR-000028DR-000028-INV-002"CRED-008(Äà¿µï30Z&
DR-000028-PAY-7ëmGBPÈ	 _
DR-000037-24	DR-000037DR-000037-INV-004"CRED-010(≤à¿µï30rÈ	"courtesy-reminderΩ
DR-000055-14	DR-000055DR-000055-INV-003"CRED-002(‰à¿µï30R|
INV-000055-003◊EEURÈ	"È
0:Customer 000055B55 rue de la R√©publiqueB
69001 LyonJdr-000055@example.comΩ
DR-000080-20	DR-000080DR-000080-INV-005"CRED-012(ñâ¿µï30R|
INV-000080-005	íˆEURÈ	"È0:Company 000080B80 rue de la R√©publiqueB
69008 LyonJdr-000080@example.comh
DR-000097-21	DR-000097DR-000097-INV-003"CRED-010(»â¿µï30Z'
DR-000097-PAY-3	ı≥EURÈ	 `
DR-000106-10	DR-000106DR-000106-INV-004"CRED-004(˙â¿µï30rÈ	"reminder-1-email]
DR-000134-20	DR-000134DR-000134-INV-003"CRED-009(¨ä¿µï30rÈ	"formal-noticea
DR-000136-34	DR-000136DR-000136-INV-004"CRED-004(ﬁä¿µï30r È	"reminder-3-letteri
DR-000138-37	DR-000138DR-000138-INV-003"CRED-007(êã¿µï30Z(
DR-000138-PAY-10	‘¶ EURÈ	 æ
DR-000156-18	DR-000156DR-000156-INV-005"CRED-007(¬ã¿µï30R}
INV-000156-005	ñÎEURÈ	"È0:Company 000156B156 rue de la R√©publiqueB
69003 LyonJdr-000156@example.comø
DR-000159-16	DR-000159DR-000159-INV-003"CRED-008(Ùã¿µï30R~
INV-000159-003	î¶EURÈ	"È
0:Customer 000159B159 rue de la R√©publiqueB
69006 LyonJdr-000159@example.com`
DR-000203-27	DR-000203DR-000203-INV-004"CRED-011(¶å¿µï30rÈ	"reminder-1-emailº
DR-000204-14	DR-000204DR-000204-INV-004"CRED-006(ÿå¿µï30R{
INV-000204-004	ﬁÇ:EURÈ	"È0:Company 000204B4 rue de la R√©publiqueB
69006 LyonJdr-000204@example.coma
DR-000210-17	DR-000210DR-000210-INV-004"CRED-007(äç¿µï30r È	"reminder-3-letterb
DR-000225-26	DR-000225DR-000225-INV-003"CRED-001(ºç¿µï30r!È	"reminder-4-warning`
DR-000235-12	DR-000235DR-000235-INV-003"CRED-006(Óç¿µï30rÈ	"reminder-2-phoneJ
DR-000240-15	DR-000240"CRED-012(†é¿µï30b
DR-000240-PAY-3È	h
DR-000243-10	DR-000243DR-000243-INV-004"CRED-006(“é¿µï30Z'
DR-000243-PAY-4	ÊÈEURÈ	 %
day-2025-09-17(ò–˚–ï30≤	
È	h
DR-000057-26	DR-000057DR-000057-INV-004"CRED-011(Ä¿Ÿﬁï30Z'
DR-000057-PAY-8	…„EURÈ	 _
DR-000058-18	DR-000058DR-000058-INV-005"CRED-007(≤¿Ÿﬁï30rÈ	"courtesy-reminderæ
DR-000063-26	DR-000063DR-000063-INV-005"CRED-001(‰¿Ÿﬁï30R}
INV-000063-005
‡¥‘EURÈ	"È
0:Company 000063B63 rue de la R√©publiqueB
69009 LyonJdr-000063@example.com`
DR-000096-12	DR-000096DR-000096-INV-003"CRED-012(ñ¡Ÿﬁï30rÈ	"reminder-1-emailb
DR-000138-38	DR-000138DR-000138-INV-004"CRED-007(»¡Ÿﬁï30r!È	"reminder-4-warning`
DR-000158-19	DR-000158DR-000158-INV-004"CRED-004(˙¡Ÿﬁï30rÈ	"reminder-2-phoneh
DR-000163-11	DR-000163DR-000163-INV-004"CRED-005(¨¬Ÿﬁï30Z'
DR-000163-PAY-5	Öÿ>CHFÈ	 a
DR-000168-26	DR-000168DR-000168-INV-005"CRED-009(ﬁ¬Ÿﬁï30r È	"reminder-3-letterø
DR-000182-12	DR-000182DR-000182-INV-005"CRED-001(ê√Ÿﬁï30R~
INV-000182-005
íœ§EURÈ	"È
0:Company 000182B182 rue de la R√©publiqueB
69002 LyonJdr-000182@example.com`
DR-000240-16	DR-000240DR-000240-INV-003"CRED-012(¬√Ÿﬁï30rÈ	"reminder-1-email%
day-2025-09-18(òàï˙ï30≤	
È	`
DR-000020-20	DR-000020DR-000020-INV-003"CRED-009(Ä¯Úáñ30rÈ	"reminder-2-phoneΩ
DR-000057-27	DR-000057DR-000057-INV-005"CRED-011(≤¯Úáñ30R|
INV-000057-005	äéqEURÈ	"È0:Company 000057B57 rue de la R√©publiqueB
69003 LyonJdr-000057@example.comh
DR-000058-19	DR-000058DR-000058-INV-005"CRED-007(‰¯Úáñ30Z'
DR-000058-PAY-5	¿ EURÈ	 Ω
DR-000062-29	DR-000062DR-000062-INV-006"CRED-006(ñ˘Úáñ30R|
INV-000062-006	≤æ0USDÈ	"È0:Company 000062B62 rue de la R√©publiqueB
69008 LyonJdr-000062@example.comh
DR-000081-21	DR-000081DR-000081-INV-005"CRED-010(»˘Úáñ30Z'
DR-000081-PAY-5	Ï•EURÈ	 ø
DR-000104-15	DR-000104DR-000104-INV-003"CRED-004(˙˘Úáñ30R~
INV-000104-003	˛¯EURÈ	"È
0:Customer 000104B104 rue de la R√©publiqueB
69005 LyonJdr-000104@example.com`
DR-000105-19	DR-000105DR-000105-INV-004"CRED-001(¨˙Úáñ30rÈ	"reminder-1-emailæ
DR-000112-24	DR-000112DR-000112-INV-007"CRED-001(ﬁ˙Úáñ30R}
INV-000112-007	´ü&EURÈ	"È0:Company 000112B112 rue de la R√©publiqueB
69004 LyonJdr-000112@example.comh
DR-000121-27	DR-000121DR-000121-INV-004"CRED-011(ê˚Úáñ30Z'
DR-000121-PAY-6	’“EURÈ	 h
DR-000131-13	DR-000131DR-000131-INV-004"CRED-011(¬˚Úáñ30Z'
DR-000131-PAY-4	ÅËUSDÈ	 b
DR-000136-35	DR-000136DR-000136-INV-004"CRED-004(Ù˚Úáñ30r!È	"reminder-4-warningh
DR-000154-15	DR-000154DR-000154-INV-003"CRED-001(¶¸Úáñ30Z'
DR-000154-PAY-3	§‰EURÈ	 b
DR-000169-16	DR-000169DR-000169-INV-002"CRED-009(ÿ¸Úáñ30r!È	"reminder-4-warningg
DR-000169-17	DR-000169DR-000169-INV-002"CRED-009(ä˝Úáñ30Z&
DR-000169-PAY-5ñ1EURÈ	 `
DR-000181-23	DR-000181DR-000181-INV-004"CRED-009(º˝Úáñ30rÈ	"reminder-1-emailh
DR-000209-16	DR-000209DR-000209-INV-002"CRED-002(Ó˝Úáñ30Z'
DR-000209-PAY-2	èüEURÈ	 æ
DR-000235-13	DR-000235DR-000235-INV-004"CRED-006(†˛Úáñ30R}
INV-000235-004	´‰EURÈ	"È
0:Customer 000235B35 rue de la R√©publiqueB
69001 LyonJdr-000235@example.com`
DR-000240-17	DR-000240DR-000240-INV-003"CRED-012(“˛Úáñ30rÈ	"reminder-2-phone`
DR-000249-17	DR-000249DR-000249-INV-003"CRED-006(ÑˇÚáñ30rÈ	"reminder-2-phone^
DR-000249-18	DR-000249DR-000249-INV-003"CRED-006(∂ˇÚáñ30z
	¥¡CHFÈ	È	%
day-2025-09-19(ò¿Æ£ñ30≤	
È	a
DR-000020-21	DR-000020DR-000020-INV-003"CRED-009(Ä∞å±ñ30r È	"reminder-3-letter`
DR-000047-13	DR-000047DR-000047-INV-003"CRED-011(≤∞å±ñ30rÈ	"reminder-2-phone^
DR-000047-14	DR-000047DR-000047-INV-003"CRED-011(‰∞å±ñ30z
	„œEURÈ	È	`
DR-000081-22	DR-000081DR-000081-INV-005"CRED-010(ñ±å±ñ30rÈ	"reminder-1-email`
DR-000123-28	DR-000123DR-000123-INV-005"CRED-009(»±å±ñ30rÈ	"reminder-1-emailœ
DR-000133-10	DR-000133DR-000133-INV-005"CRED-002(˙±å±ñ30Rç
INV-000133-005
Îç¥EURÈ	"È*
È	âÕ0:Company 000133B133 rue de la R√©publiqueB
69007 LyonJdr-000133@example.com_
DR-000140-11	DR-000140DR-000140-INV-003"CRED-012(¨≤å±ñ30rÈ	"courtesy-reminderø
DR-000187-23	DR-000187DR-000187-INV-005"CRED-001(ﬁ≤å±ñ30R~
INV-000187-005
√ÀêGBPÈ	"È0:Company 000187B187 rue de la R√©publiqueB
69007 LyonJdr-000187@example.comb
DR-000194-16	DR-000194DR-000194-INV-003"CRED-001(ê≥å±ñ30r!È	"reminder-4-warning`
DR-000219-18	DR-000219DR-000219-INV-005"CRED-012(¬≥å±ñ30rÈ	"reminder-1-email`
DR-000229-35	DR-000229DR-000229-INV-005"CRED-009(Ù≥å±ñ30rÈ	"reminder-1-emailb
DR-000239-22	DR-000239DR-000239-INV-003"CRED-010(¶¥å±ñ30r!È	"reminder-4-warning%
day-2025-09-20(ò¯«Ãñ30≤	
È	h
DR-000018-25	DR-000018DR-000018-INV-004"CRED-006(ÄË•⁄ñ30Z'
DR-000018-PAY-8	≈¢EURÈ	 a
DR-000020-22	DR-000020DR-000020-INV-004"CRED-009(≤Ë•⁄ñ30r È	"reminder-3-letterb
DR-000020-23	DR-000020DR-000020-INV-003"CRED-009(‰Ë•⁄ñ30r!È	"reminder-4-warning`
DR-000031-17	DR-000031DR-000031-INV-003"CRED-011(ñÈ•⁄ñ30rÈ	"reminder-1-email`
DR-000038-11	DR-000038DR-000038-INV-003"CRED-001(»È•⁄ñ30rÈ	"reminder-1-emailΩ
DR-000052-6	DR-000052DR-000052-INV-003"CRED-008(˙È•⁄ñ30R}
INV-000052-003	˝îEURÈ	"È0:Customer 000052B52 rue de la R√©publiqueB
69007 LyonJdr-000052@example.comM
DR-000062-30	DR-000062DR-000062-INV-005"CRED-009(¨Í•⁄ñ30íÈ	a
DR-000094-14	DR-000094DR-000094-INV-004"CRED-003(ﬁÍ•⁄ñ30r È	"reminder-3-letterh
DR-000104-16	DR-000104DR-000104-INV-002"CRED-004(êÎ•⁄ñ30Z'
DR-000104-PAY-3	ò•EURÈ	 ø
DR-000107-12	DR-000107DR-000107-INV-003"CRED-011(¬Î•⁄ñ30R~
INV-000107-003	⁄êEURÈ	"È
0:Customer 000107B107 rue de la R√©publiqueB
69008 LyonJdr-000107@example.coma
DR-000117-23	DR-000117DR-000117-INV-003"CRED-004(ÙÎ•⁄ñ30r È	"reminder-3-letterh
DR-000117-24	DR-000117DR-000117-INV-003"CRED-004(¶Ï•⁄ñ30Z'
DR-000117-PAY-6	˛˙EURÈ	 _
DR-000127-19	DR-000127DR-000127-INV-003"CRED-012(ÿÏ•⁄ñ30rÈ	"courtesy-reminderb
DR-000130-20	DR-000130DR-000130-INV-004"CRED-004(äÌ•⁄ñ30r!È	"reminder-4-warninge
DR-000136-36	DR-000136DR-000136-INV-004"CRED-004(ºÌ•⁄ñ30j$
DR-000136-CN-36∞)EURÈ	h
DR-000148-11	DR-000148DR-000148-INV-004"CRED-006(ÓÌ•⁄ñ30Z'
DR-000148-PAY-4	≠ÎEURÈ	 `
DR-000156-19	DR-000156DR-000156-INV-004"CRED-007(†Ó•⁄ñ30rÈ	"reminder-1-emailh
DR-000171-13	DR-000171DR-000171-INV-003"CRED-006(“Ó•⁄ñ30Z'
DR-000171-PAY-3	ÂæEURÈ	 º
DR-000213-7	DR-000213DR-000213-INV-004"CRED-011(ÑÔ•⁄ñ30R|
INV-000213-004	êûpCHFÈ	"È
0:Company 000213B13 rue de la R√©publiqueB
69006 LyonJdr-000213@example.comh
DR-000242-18	DR-000242DR-000242-INV-005"CRED-009(∂Ô•⁄ñ30Z'
DR-000242-PAY-4	Çç'EURÈ	 %
day-2025-09-21(ò∞·ıñ30≤	
È	a
DR-000009-25	DR-000009DR-000009-INV-003"CRED-011(Ä†øÉó30r È	"reminder-3-letter]
DR-000019-29	DR-000019DR-000019-INV-003"CRED-002(≤†øÉó30rÈ	"formal-notice]
DR-000020-24	DR-000020DR-000020-INV-003"CRED-009(‰†øÉó30rÈ	"formal-noticeh
DR-000023-24	DR-000023DR-000023-INV-003"CRED-001(ñ°øÉó30Z'
DR-000023-PAY-3	¿Ï
EURÈ	 ]
DR-000033-16	DR-000033DR-000033-INV-002"CRED-003(»°øÉó30rÈ	"formal-notice]
DR-000037-25	DR-000037DR-000037-INV-003"CRED-009(˙°øÉó30rÈ	"formal-noticeΩ
DR-000048-9	DR-000048DR-000048-INV-004"CRED-005(¨¢øÉó30R}
INV-000048-004	Ø∑EURÈ	"È
0:Customer 000048B48 rue de la R√©publiqueB
69003 LyonJdr-000048@example.com`
DR-000060-17	DR-000060DR-000060-INV-004"CRED-012(ﬁ¢øÉó30rÈ	"reminder-2-phone^
DR-000060-18	DR-000060DR-000060-INV-004"CRED-012(ê£øÉó30z
	ä◊EURÈ
È	h
DR-000112-25	DR-000112DR-000112-INV-005"CRED-001(¬£øÉó30Z'
DR-000112-PAY-7	ÿóEURÈ	 a
DR-000121-28	DR-000121DR-000121-INV-004"CRED-011(Ù£øÉó30r È	"reminder-3-letter]
DR-000122-20	DR-000122DR-000122-INV-003"CRED-002(¶§øÉó30rÈ	"formal-notice]
DR-000129-24	DR-000129DR-000129-INV-004"CRED-007(ÿ§øÉó30rÈ	"formal-notice`
DR-000132-20	DR-000132DR-000132-INV-004"CRED-012(ä•øÉó30rÈ	"reminder-2-phoneø
DR-000135-11	DR-000135DR-000135-INV-003"CRED-010(º•øÉó30R~
INV-000135-003	Ü¸EURÈ	"È0:Customer 000135B135 rue de la R√©publiqueB
69009 LyonJdr-000135@example.comæ
DR-000136-37	DR-000136DR-000136-INV-005"CRED-004(Ó•øÉó30R}
INV-000136-005	ÆƒEURÈ	"È0:Company 000136B136 rue de la R√©publiqueB
69001 LyonJdr-000136@example.comi
DR-000149-28	DR-000149DR-000149-INV-002"CRED-009(†¶øÉó30Z(
DR-000149-PAY-11	ΩÊ!EURÈ	 ∂
DR-000165-28	DR-000165DR-000165-INV-004"CRED-008(“¶øÉó30Çt
DR-000165-PLAN-28È	
È

	“ÑEUR
È		“ÑEUR
È		“ÑEUR
Í	‘ÑEURb
DR-000185-19	DR-000185DR-000185-INV-003"CRED-001(ÑßøÉó30r!È	"reminder-4-warning`
DR-000200-26	DR-000200DR-000200-INV-004"CRED-012(∂ßøÉó30rÈ	"reminder-2-phoneΩ
DR-000232-26	DR-000232DR-000232-INV-006"CRED-008(ËßøÉó30R|
INV-000232-006	û—EURÈ	"È0:Company 000232B32 rue de la R√©publiqueB
69007 LyonJdr-000232@example.comΩ
DR-000240-18	DR-000240DR-000240-INV-004"CRED-012(ö®øÉó30R|
INV-000240-004	ƒ¿"EURÈ	"È0:Company 000240B40 rue de la R√©publiqueB
69006 LyonJdr-000240@example.coma
DR-000240-19	DR-000240DR-000240-INV-003"CRED-012(Ã®øÉó30r È	"reminder-3-letter%
day-2025-09-22(òË˙ûó30≤	
È	]
DR-000015-22	DR-000015DR-000015-INV-003"CRED-011(Äÿÿ¨ó30rÈ	"formal-noticeæ
DR-000030-19	DR-000030DR-000030-INV-004"CRED-005(≤ÿÿ¨ó30R}
INV-000030-004	§„EURÈ	"È
0:Customer 000030B30 rue de la R√©publiqueB
69003 LyonJdr-000030@example.comΩ
DR-000074-17	DR-000074DR-000074-INV-004"CRED-011(‰ÿÿ¨ó30R|
INV-000074-004	⁄“"EURÈ	"È0:Company 000074B74 rue de la R√©publiqueB
69002 LyonJdr-000074@example.comæ
DR-000123-29	DR-000123DR-000123-INV-006"CRED-009(ñŸÿ¨ó30R}
INV-000123-006	Òü(EURÈ	"È0:Company 000123B123 rue de la R√©publiqueB
69006 LyonJdr-000123@example.comÕ
DR-000149-29	DR-000149DR-000149-INV-004"CRED-009(»Ÿÿ¨ó30Rã
INV-000149-004	…√0EURÈ	"È*
È
ù|0:Company 000149B149 rue de la R√©publiqueB
69005 LyonJdr-000149@example.com`
DR-000160-16	DR-000160DR-000160-INV-003"CRED-010(˙Ÿÿ¨ó30rÈ	"reminder-2-phone`
DR-000162-17	DR-000162DR-000162-INV-003"CRED-006(¨⁄ÿ¨ó30rÈ	"reminder-1-email`
DR-000228-29	DR-000228DR-000228-INV-005"CRED-012(ﬁ⁄ÿ¨ó30rÈ	"reminder-1-emailº
DR-000231-5	DR-000231DR-000231-INV-003"CRED-006(ê€ÿ¨ó30R|
INV-000231-003˘zEURÈ	"È
0:Customer 000231B31 rue de la R√©publiqueB
69006 LyonJdr-000231@example.comg
DR-000238-8	DR-000238DR-000238-INV-004"CRED-005(¬€ÿ¨ó30Z'
DR-000238-PAY-4	˚ EURÈ	 h
DR-000240-20	DR-000240DR-000240-INV-003"CRED-012(Ù€ÿ¨ó30Z'
DR-000240-PAY-4	í˘EURÈ	 S
DR-000248-17	DR-000248DR-000248-INV-002"CRED-005(¶‹ÿ¨ó30ö
AGY-02È	`
DR-000250-12	DR-000250DR-000250-INV-003"CRED-007(ÿ‹ÿ¨ó30rÈ	"reminder-2-phone%
day-2025-09-23(ò†î»ó30≤	
È	]
DR-000018-26	DR-000018DR-000018-INV-003"CRED-006(ÄêÚ’ó30rÈ	"formal-notice∂
DR-000020-25	DR-000020DR-000020-INV-004"CRED-009(≤êÚ’ó30Çt
DR-000020-PLAN-25È	
È
	◊ÎEUR
È	◊ÎEUR
È	◊ÎEUR
Í	ÿÎEURh
DR-000036-8	DR-000036DR-000036-INV-004"CRED-011(‰êÚ’ó30Z(
DR-000036-PAY-4
ÃßôEURÈ	 `
DR-000072-17	DR-000072DR-000072-INV-004"CRED-001(ñëÚ’ó30rÈ	"reminder-1-emailæ
DR-000082-16	DR-000082DR-000082-INV-004"CRED-010(»ëÚ’ó30R}
INV-000082-004	ÕòEURÈ	"È
0:Customer 000082B82 rue de la R√©publiqueB
69001 LyonJdr-000082@example.comæ
DR-000087-11	DR-000087DR-000087-INV-003"CRED-010(˙ëÚ’ó30R}
INV-000087-003	úñEURÈ	"È
0:Customer 000087B87 rue de la R√©publiqueB
69006 LyonJdr-000087@example.comV
DR-000094-15	DR-000094"CRED-003(¨íÚ’ó30Z(
DR-000094-PAY-4
≈◊ÅEURÈ	 `
DR-000106-11	DR-000106DR-000106-INV-004"CRED-004(ﬁíÚ’ó30rÈ	"reminder-2-phoneh
DR-000142-19	DR-000142DR-000142-INV-005"CRED-005(êìÚ’ó30Z'
DR-000142-PAY-5	‰Ö6EURÈ	 `
DR-000146-21	DR-000146DR-000146-INV-005"CRED-007(¬ìÚ’ó30rÈ	"reminder-1-emailZ
DR-000200-27	DR-000200DR-000200-INV-002"CRED-012(ÙìÚ’ó30™
È	uncollectable`
DR-000203-28	DR-000203DR-000203-INV-004"CRED-011(¶îÚ’ó30rÈ	"reminder-2-phonef
DR-000222-6	DR-000222DR-000222-INV-003"CRED-001(ÿîÚ’ó30Z&
DR-000222-PAY-3êPEURÈ	 a
DR-000235-14	DR-000235DR-000235-INV-003"CRED-006(äïÚ’ó30r È	"reminder-3-letterh
DR-000239-23	DR-000239DR-000239-INV-003"CRED-010(ºïÚ’ó30Z'
DR-000239-PAY-3	È›$EURÈ	 %
day-2025-09-24(òÿ≠Òó30≤	
È	Ω
DR-000013-14	DR-000013DR-000013-INV-007"CRED-012(Ä»ãˇó30R|
INV-000013-007	‹Ñ%EURÈ	"È
0:Company 000013B13 rue de la R√©publiqueB
69004 LyonJdr-000013@example.comg
DR-000015-23	DR-000015DR-000015-INV-003"CRED-011(≤»ãˇó30Z&
DR-000015-PAY-6∂lEURÈ	 æ
DR-000021-20	DR-000021DR-000021-INV-005"CRED-010(‰»ãˇó30R}
INV-000021-005
í¶“GBPÈ	"È	0:Company 000021B21 rue de la R√©publiqueB
69003 LyonJdr-000021@example.comi
DR-000021-21	DR-000021DR-000021-INV-003"CRED-010(ñ…ãˇó30Z(
DR-000021-PAY-10	∏ÔGBPÈ	 `
DR-000028-21	DR-000028DR-000028-INV-004"CRED-008(»…ãˇó30rÈ	"reminder-1-email_
DR-000032-36	DR-000032DR-000032-INV-005"CRED-010(˙…ãˇó30rÈ	"courtesy-reminderæ
DR-000034-10	DR-000034DR-000034-INV-003"CRED-011(¨ ãˇó30R}
INV-000034-003	è‘	EURÈ	"È
0:Customer 000034B34 rue de la R√©publiqueB
69007 LyonJdr-000034@example.com`
DR-000044-22	DR-000044DR-000044-INV-004"CRED-002(ﬁ ãˇó30ä
goods not deliveredÈ	`
DR-000062-31	DR-000062DR-000062-INV-005"CRED-009(êÀãˇó30rÈ	"reminder-1-emailg
DR-000086-21	DR-000086DR-000086-INV-003"CRED-010(¬Àãˇó30Z&
DR-000086-PAY-3ÓJEURÈ	 `
DR-000096-13	DR-000096DR-000096-INV-003"CRED-012(ÙÀãˇó30rÈ	"reminder-2-phone_
DR-000114-15	DR-000114DR-000114-INV-004"CRED-002(¶Ããˇó30rÈ	"courtesy-reminder]
DR-000156-20	DR-000156DR-000156-INV-003"CRED-007(ÿÃãˇó30rÈ	"formal-noticea
DR-000158-20	DR-000158DR-000158-INV-004"CRED-004(äÕãˇó30r È	"reminder-3-letteræ
DR-000165-29	DR-000165DR-000165-INV-005"CRED-008(ºÕãˇó30R}
INV-000165-005	ª¶EURÈ	"È0:Company 000165B165 rue de la R√©publiqueB
69003 LyonJdr-000165@example.comb
DR-000184-20	DR-000184DR-000184-INV-003"CRED-005(ÓÕãˇó30r!È	"reminder-4-warningh
DR-000210-18	DR-000210DR-000210-INV-003"CRED-007(†Œãˇó30Z'
DR-000210-PAY-3	˛ÑEURÈ	 %
day-2025-09-25(òê«öò30≤	
È	]
DR-000022-23	DR-000022DR-000022-INV-003"CRED-010(ÄÄ•®ò30rÈ	"formal-noticeæ
DR-000035-13	DR-000035DR-000035-INV-007"CRED-012(≤Ä•®ò30R}
INV-000035-007
°™•EURÈ	"È
0:Company 000035B35 rue de la R√©publiqueB
69008 LyonJdr-000035@example.comº
DR-000043-7	DR-000043DR-000043-INV-004"CRED-007(‰Ä•®ò30R|
INV-000043-004	∆É-EURÈ	"È0:Company 000043B43 rue de la R√©publiqueB
69007 LyonJdr-000043@example.comg
DR-000068-16	DR-000068DR-000068-INV-002"CRED-008(ñÅ•®ò30Z&
DR-000068-PAY-5“EURÈ	 h
DR-000072-18	DR-000072DR-000072-INV-004"CRED-001(»Å•®ò30Z'
DR-000072-PAY-4	ÂƒEURÈ	 Ω
DR-000093-15	DR-000093DR-000093-INV-004"CRED-003(˙Å•®ò30R|
INV-000093-004	Ô¿&EURÈ	"È0:Company 000093B93 rue de la R√©publiqueB
69003 LyonJdr-000093@example.com`
DR-000105-20	DR-000105DR-000105-INV-004"CRED-001(¨Ç•®ò30rÈ	"reminder-2-phone`
DR-000136-38	DR-000136DR-000136-INV-005"CRED-004(ﬁÇ•®ò30ä
goods not deliveredÈ	Õ
DR-000141-10	DR-000141DR-000141-INV-005"CRED-012(êÉ•®ò30Rã
INV-000141-005	â∏EURÈ	"È
*
È
◊0:Company 000141B141 rue de la R√©publiqueB
69006 LyonJdr-000141@example.com`
DR-000170-15	DR-000170DR-000170-INV-005"CRED-001(¬É•®ò30rÈ	"reminder-1-email`
DR-000181-24	DR-000181DR-000181-INV-004"CRED-009(ÙÉ•®ò30rÈ	"reminder-2-phone^
DR-000181-25	DR-000181DR-000181-INV-004"CRED-009(¶Ñ•®ò30z
	ÀºEURÈ
È	`
DR-000206-19	DR-000206DR-000206-INV-003"CRED-002(ÿÑ•®ò30rÈ	"reminder-1-emailb
DR-000210-19	DR-000210DR-000210-INV-004"CRED-007(äÖ•®ò30r!È	"reminder-4-warningæ
DR-000220-25	DR-000220DR-000220-INV-004"CRED-012(ºÖ•®ò30R}
INV-000220-004	éìEURÈ	"È
0:Customer 000220B20 rue de la R√©publiqueB
69004 LyonJdr-000220@example.comM
DR-000229-36	DR-000229DR-000229-INV-006"CRED-009(ÓÖ•®ò30íÈ	g
DR-000230-12	DR-000230DR-000230-INV-002"CRED-005(†Ü•®ò30Z&
DR-000230-PAY-4¿!EURÈ	 M
DR-000229-36	DR-000229DR-000229-INV-006"CRED-009(ÓÖ•®ò30íÈ	%
day-2025-09-26(ò»‡√ò30≤	
È	`
DR-000011-15	DR-000011DR-000011-INV-003"CRED-012(Ä∏æ—ò30rÈ	"reminder-1-emaili
DR-000035-14	DR-000035DR-000035-INV-006"CRED-012(≤∏æ—ò30Z(
DR-000035-PAY-5
«éµEURÈ	 `
DR-000037-26	DR-000037DR-000037-INV-004"CRED-010(‰∏æ—ò30rÈ	"reminder-1-emailh
DR-000071-13	DR-000071DR-000071-INV-003"CRED-010(ñπæ—ò30Z'
DR-000071-PAY-3	‹ëEURÈ	 `
DR-000081-23	DR-000081DR-000081-INV-005"CRED-010(»πæ—ò30rÈ	"reminder-2-phoneæ
DR-000098-10	DR-000098DR-000098-INV-003"CRED-002(˙πæ—ò30R}
INV-000098-003	ÄÀEURÈ	"È
0:Customer 000098B98 rue de la R√©publiqueB
69008 LyonJdr-000098@example.com`
DR-000123-30	DR-000123DR-000123-INV-005"CRED-009(¨∫æ—ò30rÈ	"reminder-2-phone^
DR-000123-31	DR-000123DR-000123-INV-005"CRED-009(ﬁ∫æ—ò30z
	˘∑EURÈ
È	h
DR-000141-11	DR-000141DR-000141-INV-005"CRED-012(êªæ—ò30Z'
DR-000141-PAY-5	≤¥EURÈ	 b
DR-000168-27	DR-000168DR-000168-INV-005"CRED-009(¬ªæ—ò30r!È	"reminder-4-warning`
DR-000195-18	DR-000195DR-000195-INV-004"CRED-002(Ùªæ—ò30rÈ	"reminder-1-emailh
DR-000200-28	DR-000200DR-000200-INV-003"CRED-012(¶ºæ—ò30Z'
DR-000200-PAY-1	Î£EURÈ	 Ω
DR-000219-19	DR-000219DR-000219-INV-006"CRED-012(ÿºæ—ò30R|
INV-000219-006	ãŸEURÈ	"È
0:Company 000219B19 rue de la R√©publiqueB
69003 LyonJdr-000219@example.com`
DR-000219-20	DR-000219DR-000219-INV-005"CRED-012(äΩæ—ò30rÈ	"reminder-2-phone`
DR-000229-37	DR-000229DR-000229-INV-005"CRED-009(ºΩæ—ò30rÈ	"reminder-2-phone%
day-2025-09-27(òÄ˙Ïò30≤	
È	]
DR-000002-25	DR-000002DR-000002-INV-004"CRED-001(Ä◊˙ò30rÈ	"formal-notice`
DR-000031-18	DR-000031DR-000031-INV-003"CRED-011(≤◊˙ò30rÈ	"reminder-2-phone^
DR-000031-19	DR-000031DR-000031-INV-003"CRED-011(‰◊˙ò30z
	ÉÖCHFÈ
È	`
DR-000038-12	DR-000038DR-000038-INV-003"CRED-001(ñÒ◊˙ò30rÈ	"reminder-2-phone_
DR-000038-13	DR-000038DR-000038-INV-003"CRED-001(»Ò◊˙ò30z

ÊÉçEURÈ
	È	_
DR-000040-9	DR-000040DR-000040-INV-004"CRED-007(˙Ò◊˙ò30rÈ	"reminder-1-email]
DR-000059-22	DR-000059DR-000059-INV-004"CRED-006(¨Ú◊˙ò30rÈ	"formal-noticeh
DR-000059-23	DR-000059DR-000059-INV-004"CRED-006(ﬁÚ◊˙ò30Z'
DR-000059-PAY-6	˜ïUSDÈ	 Ω
DR-000081-24	DR-000081DR-000081-INV-006"CRED-010(êÛ◊˙ò30R|
INV-000081-006	«ûEURÈ	"È0:Company 000081B81 rue de la R√©publiqueB
69009 LyonJdr-000081@example.com`
DR-000113-16	DR-000113DR-000113-INV-003"CRED-007(¬Û◊˙ò30rÈ	"reminder-1-emailh
DR-000125-13	DR-000125DR-000125-INV-002"CRED-011(ÙÛ◊˙ò30Z'
DR-000125-PAY-3	ø˙EURÈ	 ]
DR-000153-15	DR-000153DR-000153-INV-003"CRED-012(¶Ù◊˙ò30rÈ	"formal-notice`
DR-000156-21	DR-000156DR-000156-INV-004"CRED-007(ÿÙ◊˙ò30rÈ	"reminder-2-phoneg
DR-000178-6	DR-000178DR-000178-INV-003"CRED-006(äı◊˙ò30Z'
DR-000178-PAY-3	ÿœUSDÈ	 Ω
DR-000207-16	DR-000207DR-000207-INV-004"CRED-005(ºı◊˙ò30R|
INV-000207-004	Ëõ	EURÈ	"È
0:Customer 000207B7 rue de la R√©publiqueB
69009 LyonJdr-000207@example.com%
day-2025-09-28(ò∏ìñô30≤	
È	i
DR-000035-15	DR-000035DR-000035-INV-005"CRED-012(Ä®Ò£ô30Z(
DR-000035-PAY-6
º“µEURÈ	 h
DR-000040-10	DR-000040DR-000040-INV-004"CRED-007(≤®Ò£ô30Z'
DR-000040-PAY-4	ìÖEURÈ	 ]
DR-000045-20	DR-000045DR-000045-INV-003"CRED-002(‰®Ò£ô30rÈ	"formal-noticeæ
DR-000056-10	DR-000056DR-000056-INV-005"CRED-002(ñ©Ò£ô30R}
INV-000056-005
˙Ÿ´EURÈ	"È
0:Company 000056B56 rue de la R√©publiqueB
69002 LyonJdr-000056@example.com]
DR-000057-28	DR-000057DR-000057-INV-004"CRED-011(»©Ò£ô30rÈ	"formal-noticeº
DR-000064-25	DR-000064DR-000064-INV-004"CRED-006(˙©Ò£ô30R{
INV-000064-004Ñ0EURÈ	"È0:Company 000064B64 rue de la R√©publiqueB
69001 LyonJdr-000064@example.comΩ
DR-000094-16	DR-000094DR-000094-INV-005"CRED-002(¨™Ò£ô30R|
INV-000094-005	àûEURÈ	"È
0:Company 000094B94 rue de la R√©publiqueB
69004 LyonJdr-000094@example.comg
DR-000109-8	DR-000109DR-000109-INV-004"CRED-004(ﬁ™Ò£ô30Z'
DR-000109-PAY-4	∞ê<EURÈ	 a
DR-000132-21	DR-000132DR-000132-INV-004"CRED-012(ê´Ò£ô30r È	"reminder-3-letter]
DR-000186-18	DR-000186DR-000186-INV-003"CRED-010(¬´Ò£ô30rÈ	"formal-noticeV
DR-000195-19	DR-000195"CRED-002(Ù´Ò£ô30Z(
DR-000195-PAY-4
€≠àGBPÈ	 ]
DR-000197-28	DR-000197DR-000197-INV-004"CRED-006(¶¨Ò£ô30rÈ	"formal-noticea
DR-000200-29	DR-000200DR-000200-INV-004"CRED-012(ÿ¨Ò£ô30r È	"reminder-3-letter`
DR-000202-19	DR-000202DR-000202-INV-003"CRED-011(ä≠Ò£ô30rÈ	"reminder-1-emailæ
DR-000223-14	DR-000223DR-000223-INV-003"CRED-010(º≠Ò£ô30R}
INV-000223-003	¡ÅEURÈ	"È
0:Customer 000223B23 rue de la R√©publiqueB
69007 LyonJdr-000223@example.comæ
DR-000247-30	DR-000247DR-000247-INV-006"CRED-012(Ó≠Ò£ô30R}
INV-000247-006
≈ÔáEURÈ	"È0:Company 000247B47 rue de la R√©publiqueB
69004 LyonJdr-000247@example.comh
DR-000249-19	DR-000249DR-000249-INV-003"CRED-006(†ÆÒ£ô30Z'
DR-000249-PAY-4	¥¡CHFÈ	 %
day-2025-09-29(ò¨øô30≤	
È	º
DR-000008-8	DR-000008DR-000008-INV-004"CRED-006(Ä‡äÕô30R|
INV-000008-004
ΩÌåEURÈ	"È0:Company 000008B8 rue de la R√©publiqueB
69008 LyonJdr-000008@example.comh
DR-000020-26	DR-000020DR-000020-INV-004"CRED-009(≤‡äÕô30Z'
DR-000020-PAY-8	◊ÎEURÈ	 º
DR-000046-5	DR-000046DR-000046-INV-003"CRED-005(‰‡äÕô30R|
INV-000046-003ànEURÈ	"È
0:Customer 000046B46 rue de la R√©publiqueB
69001 LyonJdr-000046@example.comæ
DR-000068-17	DR-000068DR-000068-INV-003"CRED-008(ñ·äÕô30R}
INV-000068-003	ÄàEURÈ	"È
0:Customer 000068B68 rue de la R√©publiqueB
69005 LyonJdr-000068@example.comº
DR-000069-8	DR-000069DR-000069-INV-004"CRED-009(»·äÕô30R|
INV-000069-004ÈjCHFÈ	"È0:Customer 000069B69 rue de la R√©publiqueB
69006 LyonJdr-000069@example.comΩ
DR-000088-10	DR-000088DR-000088-INV-005"CRED-003(˙·äÕô30R|
INV-000088-005	©ª'EURÈ	"È0:Company 000088B88 rue de la R√©publiqueB
69007 LyonJdr-000088@example.comM
DR-000099-14	DR-000099DR-000099-INV-003"CRED-010(¨‚äÕô30íÈ	`
DR-000140-12	DR-000140DR-000140-INV-003"CRED-012(ﬁ‚äÕô30rÈ	"reminder-1-email_
DR-000147-19	DR-000147DR-000147-INV-004"CRED-006(ê„äÕô30rÈ	"courtesy-reminderæ
DR-000150-19	DR-000150DR-000150-INV-006"CRED-012(¬„äÕô30R}
INV-000150-006	≈ÏEURÈ	"È0:Company 000150B150 rue de la R√©publiqueB
69006 LyonJdr-000150@example.coma
DR-000160-17	DR-000160DR-000160-INV-003"CRED-010(Ù„äÕô30r È	"reminder-3-letter`
DR-000162-18	DR-000162DR-000162-INV-003"CRED-006(¶‰äÕô30rÈ	"reminder-2-phonei
DR-000197-29	DR-000197DR-000197-INV-004"CRED-006(ÿ‰äÕô30Z(
DR-000197-PAY-4
⁄◊õEURÈ	 æ
DR-000198-19	DR-000198DR-000198-INV-005"CRED-004(äÂäÕô30R}
INV-000198-005	∑˛mEURÈ	"È0:Company 000198B198 rue de la R√©publiqueB
69009 LyonJdr-000198@example.comh
DR-000225-27	DR-000225DR-000225-INV-003"CRED-001(ºÂäÕô30Z'
DR-000225-PAY-9	ÊîEURÈ	 `
DR-000228-30	DR-000228DR-000228-INV-005"CRED-012(ÓÂäÕô30rÈ	"reminder-2-phone]
DR-000246-24	DR-000246DR-000246-INV-003"CRED-003(†ÊäÕô30rÈ	"formal-noticea
DR-000250-13	DR-000250DR-000250-INV-003"CRED-007(“ÊäÕô30r È	"reminder-3-letter%
day-2025-09-30(ò®∆Ëô30≤	
È	b
DR-000009-26	DR-000009DR-000009-INV-003"CRED-011(Äò§ˆô30r!È
"reminder-4-warningh
DR-000018-27	DR-000018DR-000018-INV-003"CRED-006(≤ò§ˆô30Z'
DR-000018-PAY-9	Ô™EURÈ
 „
DR-000028-22	DR-000028DR-000028-INV-004"CRED-008(‰ò§ˆô30Ç†
DR-000028-PLAN-22È

È
	Ìè,GBP
È	Ìè,GBP
È	Ìè,GBP
Í	Ìè,GBP
Í	Ìè,GBP
Í	Òè,GBPh
DR-000061-15	DR-000061DR-000061-INV-001"CRED-007(ñô§ˆô30Z'
DR-000061-PAY-6	´‘*EURÈ
 h
DR-000061-16	DR-000061DR-000061-INV-003"CRED-007(»ô§ˆô30Z'
DR-000061-PAY-7	Â (EURÈ
 h
DR-000062-32	DR-000062DR-000062-INV-005"CRED-009(˙ô§ˆô30Z'
DR-000062-PAY-4	æ†EURÈ
 `
DR-000072-19	DR-000072DR-000072-INV-004"CRED-001(¨ö§ˆô30rÈ
"reminder-2-phonea
DR-000106-12	DR-000106DR-000106-INV-004"CRED-004(ﬁö§ˆô30r È
"reminder-3-letterb
DR-000121-29	DR-000121DR-000121-INV-004"CRED-011(êõ§ˆô30r!È
"reminder-4-warning`
DR-000127-20	DR-000127DR-000127-INV-003"CRED-012(¬õ§ˆô30rÈ
"reminder-1-email`
DR-000146-22	DR-000146DR-000146-INV-005"CRED-007(Ùõ§ˆô30rÈ
"reminder-2-phoneΩ
DR-000196-5	DR-000196DR-000196-INV-003"CRED-009(¶ú§ˆô30R}
INV-000196-003ª4EURÈ
"È
0:Customer 000196B196 rue de la R√©publiqueB
69007 LyonJdr-000196@example.comæ
DR-000197-30	DR-000197DR-000197-INV-006"CRED-006(ÿú§ˆô30R}
INV-000197-006	√˚.EURÈ
"È
0:Company 000197B197 rue de la R√©publiqueB
69008 LyonJdr-000197@example.coma
DR-000203-29	DR-000203DR-000203-INV-004"CRED-011(äù§ˆô30r È
"reminder-3-letterΩ
DR-000214-5	DR-000214DR-000214-INV-003"CRED-001(ºù§ˆô30R}
INV-000214-003	∂ EURÈ
"È
0:Customer 000214B14 rue de la R√©publiqueB
69007 LyonJdr-000214@example.com%
day-2025-10-01(ò‡ﬂëö30≤	
È
Ω
DR-000026-21	DR-000026DR-000026-INV-005"CRED-006(Ä–Ωüö30R|
INV-000026-005	Å€!EURÈ
"È0:Company 000026B26 rue de la R√©publiqueB
69008 LyonJdr-000026@example.comº
DR-000084-9	DR-000084DR-000084-INV-005"CRED-011(≤–Ωüö30R|
INV-000084-005	ÇøEURÈ
"È0:Company 000084B84 rue de la R√©publiqueB
69003 LyonJdr-000084@example.coma
DR-000096-14	DR-000096DR-000096-INV-003"CRED-012(‰–Ωüö30r È
"reminder-3-letterg
DR-000115-6	DR-000115DR-000115-INV-003"CRED-004(ñ—Ωüö30Z'
DR-000115-PAY-3	ºµEURÈ
 S
DR-000129-25	DR-000129DR-000129-INV-004"CRED-007(»—Ωüö30ö
AGY-01È
æ
DR-000147-20	DR-000147DR-000147-INV-005"CRED-006(˙—Ωüö30R}
INV-000147-005	”…EURÈ
"È0:Company 000147B147 rue de la R√©publiqueB
69003 LyonJdr-000147@example.comh
DR-000147-21	DR-000147DR-000147-INV-004"CRED-006(¨“Ωüö30Z'
DR-000147-PAY-5	÷¢5EURÈ
 %
day-2025-10-02(òò˘∫ö30≤	
È
h
DR-000011-16	DR-000011DR-000011-INV-002"CRED-012(Äà◊»ö30Z'
DR-000011-PAY-2	õüEURÈ
 i
DR-000019-30	DR-000019DR-000019-INV-003"CRED-002(≤à◊»ö30Z(
DR-000019-PAY-11	›‹	EURÈ
 `
DR-000021-22	DR-000021DR-000021-INV-004"CRED-010(‰à◊»ö30rÈ
"reminder-1-emaila
DR-000047-15	DR-000047DR-000047-INV-003"CRED-011(ñâ◊»ö30r È
"reminder-3-letteræ
DR-000091-10	DR-000091DR-000091-INV-003"CRED-005(»â◊»ö30R}
INV-000091-003	ñ·EURÈ
"È0:Customer 000091B91 rue de la R√©publiqueB
69001 LyonJdr-000091@example.coma
DR-000105-21	DR-000105DR-000105-INV-004"CRED-001(˙â◊»ö30r È
"reminder-3-letter]
DR-000138-39	DR-000138DR-000138-INV-004"CRED-007(¨ä◊»ö30rÈ
"formal-noticei
DR-000149-30	DR-000149DR-000149-INV-001"CRED-009(ﬁä◊»ö30Z(
DR-000149-PAY-12	ﬂ•EURÈ
 æ
DR-000170-16	DR-000170DR-000170-INV-006"CRED-005(êã◊»ö30R}
INV-000170-006	œÆ&CHFÈ
"È0:Company 000170B170 rue de la R√©publiqueB
69008 LyonJdr-000170@example.com`
DR-000170-17	DR-000170DR-000170-INV-005"CRED-001(¬ã◊»ö30rÈ
"reminder-2-phone_
DR-000170-18	DR-000170DR-000170-INV-005"CRED-001(Ùã◊»ö30z

‚Ÿ¯EURÈ
È
`
DR-000206-20	DR-000206DR-000206-INV-003"CRED-002(¶å◊»ö30rÈ
"reminder-2-phone^
DR-000206-21	DR-000206DR-000206-INV-003"CRED-002(ÿå◊»ö30z
	√òEURÈ
È
h
DR-000216-26	DR-000216DR-000216-INV-003"CRED-010(äç◊»ö30Z'
DR-000216-PAY-2	Á’EURÈ
 b
DR-000235-15	DR-000235DR-000235-INV-003"CRED-006(ºç◊»ö30r!È
"reminder-4-warning%
day-2025-10-03(ò–í‰ö30≤	
È
Ω
DR-000006-17	DR-000006DR-000006-INV-003"CRED-003(Ä¿Òö30R|
INV-000006-003	ì…EURÈ
"È0:Customer 000006B6 rue de la R√©publiqueB
69006 LyonJdr-000006@example.com`
DR-000011-17	DR-000011DR-000011-INV-003"CRED-012(≤¿Òö30rÈ
"reminder-2-phone^
DR-000011-18	DR-000011DR-000011-INV-003"CRED-012(‰¿Òö30z
	∑∆EURÈ
È
`
DR-000019-31	DR-000019DR-000019-INV-004"CRED-002(ñ¡Òö30rÈ
"reminder-1-emailZ
DR-000022-24	DR-000022DR-000022-INV-002"CRED-010(»¡Òö30™
È
uncollectableæ
DR-000032-37	DR-000032DR-000032-INV-006"CRED-010(˙¡Òö30R}
INV-000032-006
úÓØGBPÈ
"È0:Company 000032B32 rue de la R√©publiqueB
69005 LyonJdr-000032@example.com`
DR-000037-27	DR-000037DR-000037-INV-004"CRED-010(¨¬Òö30rÈ
"reminder-2-phone^
DR-000037-28	DR-000037DR-000037-INV-004"CRED-010(ﬁ¬Òö30z
	”üEURÈ
È
a
DR-000081-25	DR-000081DR-000081-INV-005"CRED-010(ê√Òö30r È
"reminder-3-letterh
DR-000085-22	DR-000085DR-000085-INV-002"CRED-012(¬√Òö30Z'
DR-000085-PAY-7	®ÉEURÈ
 æ
DR-000092-19	DR-000092DR-000092-INV-004"CRED-012(Ù√Òö30R}
INV-000092-004	˚⁄CHFÈ
"È0:Customer 000092B92 rue de la R√©publiqueB
69002 LyonJdr-000092@example.comh
DR-000119-23	DR-000119DR-000119-INV-003"CRED-007(¶ƒÒö30Z'
DR-000119-PAY-3	° EURÈ
 S
DR-000122-21	DR-000122DR-000122-INV-003"CRED-002(ÿƒÒö30ö
AGY-03È
]
DR-000136-39	DR-000136DR-000136-INV-004"CRED-004(ä≈Òö30rÈ
"formal-noticei
DR-000155-21	DR-000155DR-000155-INV-004"CRED-006(º≈Òö30Z(
DR-000155-PAY-3
êëãCHFÈ
 b
DR-000158-21	DR-000158DR-000158-INV-004"CRED-004(Ó≈Òö30r!È
"reminder-4-warning]
DR-000169-18	DR-000169DR-000169-INV-002"CRED-009(†∆Òö30rÈ
"formal-noticeø
DR-000177-10	DR-000177DR-000177-INV-003"CRED-008(“∆Òö30R~
INV-000177-003	ﬂ±EURÈ
"È0:Customer 000177B177 rue de la R√©publiqueB
69006 LyonJdr-000177@example.comø
DR-000185-20	DR-000185DR-000185-INV-004"CRED-001(Ñ«Òö30R~
INV-000185-004	”èEURÈ
"È0:Customer 000185B185 rue de la R√©publiqueB
69005 LyonJdr-000185@example.coma
DR-000219-21	DR-000219DR-000219-INV-005"CRED-012(∂«Òö30r È
"reminder-3-lettera
DR-000229-38	DR-000229DR-000229-INV-005"CRED-009(Ë«Òö30r È
"reminder-3-letter`
DR-000241-17	DR-000241DR-000241-INV-003"CRED-007(ö»Òö30rÈ
"reminder-1-emailS
DR-000122-21	DR-000122DR-000122-INV-003"CRED-002(ÿƒÒö30ö
AGY-03È
%
day-2025-10-04(òà¨çõ30≤	
È
`
DR-000032-38	DR-000032DR-000032-INV-005"CRED-010(Ä¯âõõ30rÈ
"reminder-1-emailΩ
DR-000036-9	DR-000036DR-000036-INV-005"CRED-011(≤¯âõõ30R}
INV-000036-005
˝¨êEURÈ
"È0:Company 000036B36 rue de la R√©publiqueB
69009 LyonJdr-000036@example.comº
DR-000075-9	DR-000075DR-000075-INV-004"CRED-005(‰¯âõõ30R|
INV-000075-004	‰ÜGBPÈ
"È0:Company 000075B75 rue de la R√©publiqueB
69003 LyonJdr-000075@example.comf
DR-000079-6	DR-000079DR-000079-INV-003"CRED-006(ñ˘âõõ30Z&
DR-000079-PAY-3˝aEURÈ
 `
DR-000113-17	DR-000113DR-000113-INV-003"CRED-007(»˘âõõ30rÈ
"reminder-2-phone`
DR-000114-16	DR-000114DR-000114-INV-004"CRED-002(˙˘âõõ30rÈ
"reminder-1-emailM
DR-000120-15	DR-000120DR-000120-INV-003"CRED-008(¨˙âõõ30íÈ
ø
DR-000128-17	DR-000128DR-000128-INV-006"CRED-012(ﬁ˙âõõ30R~
INV-000128-006
ó»‘EURÈ
"È0:Company 000128B128 rue de la R√©publiqueB
69002 LyonJdr-000128@example.com_
DR-000129-26	DR-000129DR-000129-INV-005"CRED-007(ê˚âõõ30rÈ
"courtesy-remindere
DR-000147-22	DR-000147DR-000147-INV-005"CRED-006(¬˚âõõ30j$
DR-000147-CN-22—UEURÈ
a
DR-000156-22	DR-000156DR-000156-INV-004"CRED-007(Ù˚âõõ30r È
"reminder-3-letterΩ
DR-000180-8	DR-000180DR-000180-INV-004"CRED-009(¶¸âõõ30R}
INV-000180-004	˙ñhEURÈ
"È0:Company 000180B180 rue de la R√©publiqueB
69009 LyonJdr-000180@example.comæ
DR-000181-26	DR-000181DR-000181-INV-005"CRED-009(ÿ¸âõõ30R}
INV-000181-005	ˇ∑EURÈ
"È0:Company 000181B181 rue de la R√©publiqueB
69001 LyonJdr-000181@example.com`
DR-000187-24	DR-000187DR-000187-INV-004"CRED-001(ä˝âõõ30rÈ
"reminder-1-emailh
DR-000190-30	DR-000190DR-000190-INV-005"CRED-004(º˝âõõ30Z'
DR-000190-PAY-6	ö÷xEURÈ
 ]
DR-000194-17	DR-000194DR-000194-INV-003"CRED-001(Ó˝âõõ30rÈ
"formal-noticeº
DR-000212-6	DR-000212DR-000212-INV-004"CRED-006(†˛âõõ30R|
INV-000212-004	™Ë:CHFÈ
"È0:Company 000212B12 rue de la R√©publiqueB
69005 LyonJdr-000212@example.comΩ
DR-000249-20	DR-000249DR-000249-INV-004"CRED-006(“˛âõõ30R|
INV-000249-004	Õâ[CHFÈ
"È0:Company 000249B49 rue de la R√©publiqueB
69006 LyonJdr-000249@example.com%
day-2025-10-05(ò¿≈∂õ30≤	
È
b
DR-000047-16	DR-000047DR-000047-INV-003"CRED-011(Ä∞£ƒõ30r!È
"reminder-4-warning_
DR-000051-8	DR-000051DR-000051-INV-004"CRED-006(≤∞£ƒõ30rÈ
"reminder-1-emailÀ
DR-000061-17	DR-000061DR-000061-INV-004"CRED-007(‰∞£ƒõ30Râ
INV-000061-004î}EURÈ
"È*
È
¿0:Company 000061B61 rue de la R√©publiqueB
69007 LyonJdr-000061@example.comf
DR-000088-11	DR-000088DR-000088-INV-005"CRED-003(ñ±£ƒõ30j%
DR-000088-CN-11	À·EURÈ
æ
DR-000100-20	DR-000100DR-000100-INV-005"CRED-009(»±£ƒõ30R}
INV-000100-005	˚¨oEURÈ
"È0:Company 000100B100 rue de la R√©publiqueB
69001 LyonJdr-000100@example.com`
DR-000120-16	DR-000120DR-000120-INV-003"CRED-008(˙±£ƒõ30rÈ
"reminder-1-email_
DR-000120-17	DR-000120DR-000120-INV-004"CRED-008(¨≤£ƒõ30rÈ
"courtesy-reminder`
DR-000120-18	DR-000120DR-000120-INV-004"CRED-008(ﬁ≤£ƒõ30ä
goods not deliveredÈ
]
DR-000130-21	DR-000130DR-000130-INV-004"CRED-004(ê≥£ƒõ30rÈ
"formal-noticeh
DR-000181-27	DR-000181DR-000181-INV-004"CRED-009(¬≥£ƒõ30Z'
DR-000181-PAY-3	ÀºEURÈ
 `
DR-000202-20	DR-000202DR-000202-INV-003"CRED-011(Ù≥£ƒõ30rÈ
"reminder-2-phone%
day-2025-10-06(ò¯ﬁﬂõ30≤	
È
Ω
DR-000025-10	DR-000025DR-000025-INV-005"CRED-008(ÄËºÌõ30R|
INV-000025-005	„ÇEURÈ
"È0:Company 000025B25 rue de la R√©publiqueB
69007 LyonJdr-000025@example.comi
DR-000038-14	DR-000038DR-000038-INV-003"CRED-001(≤ËºÌõ30Z(
DR-000038-PAY-3
ÊÉçEURÈ
 `
DR-000076-13	DR-000076DR-000076-INV-003"CRED-008(‰ËºÌõ30rÈ
"reminder-1-email`
DR-000120-19	DR-000120DR-000120-INV-003"CRED-008(ñÈºÌõ30rÈ
"reminder-2-phone`
DR-000140-13	DR-000140DR-000140-INV-003"CRED-012(»ÈºÌõ30rÈ
"reminder-2-phone`
DR-000145-16	DR-000145DR-000145-INV-004"CRED-009(˙ÈºÌõ30rÈ
"reminder-1-emaila
DR-000162-19	DR-000162DR-000162-INV-003"CRED-006(¨ÍºÌõ30r È
"reminder-3-letter]
DR-000185-21	DR-000185DR-000185-INV-003"CRED-001(ﬁÍºÌõ30rÈ
"formal-noticeh
DR-000193-17	DR-000193DR-000193-INV-004"CRED-006(êÎºÌõ30Z'
DR-000193-PAY-4	§Å"EURÈ
 `
DR-000198-20	DR-000198DR-000198-INV-004"CRED-004(¬ÎºÌõ30rÈ
"reminder-1-emailg
DR-000199-10	DR-000199DR-000199-INV-005"CRED-007(ÙÎºÌõ30Z&
DR-000199-PAY-5˙?EURÈ
 Ω
DR-000209-17	DR-000209DR-000209-INV-003"CRED-002(¶ÏºÌõ30R|
INV-000209-003	˙‡EURÈ
"È0:Customer 000209B9 rue de la R√©publiqueB
69002 LyonJdr-000209@example.com_
DR-000216-27	DR-000216DR-000216-INV-004"CRED-010(ÿÏºÌõ30rÈ
"courtesy-remindera
DR-000228-31	DR-000228DR-000228-INV-005"CRED-012(äÌºÌõ30r È
"reminder-3-letter%
day-2025-10-07(ò∞¯àú30≤	
È
g
DR-000051-9	DR-000051DR-000051-INV-004"CRED-006(Ä†÷ñú30Z'
DR-000051-PAY-4	˜ÛEURÈ
 a
DR-000072-20	DR-000072DR-000072-INV-004"CRED-001(≤†÷ñú30r È
"reminder-3-letter`
DR-000099-15	DR-000099DR-000099-INV-003"CRED-010(‰†÷ñú30rÈ
"reminder-1-email`
DR-000112-26	DR-000112DR-000112-INV-006"CRED-001(ñ°÷ñú30rÈ
"reminder-1-emailh
DR-000112-27	DR-000112DR-000112-INV-006"CRED-001(»°÷ñú30Z'
DR-000112-PAY-8	”ÀEURÈ
 à
DR-000113-18	DR-000113DR-000113-INV-003"CRED-007(˙°÷ñú30ÇF
DR-000113-PLAN-18È

È∂EUR
È∑EURa
DR-000120-20	DR-000120DR-000120-INV-003"CRED-008(¨¢÷ñú30r È
"reminder-3-letter`
DR-000127-21	DR-000127DR-000127-INV-003"CRED-012(ﬁ¢÷ñú30rÈ
"reminder-2-phoneb
DR-000132-22	DR-000132DR-000132-INV-004"CRED-012(ê£÷ñú30r!È
"reminder-4-warninga
DR-000146-23	DR-000146DR-000146-INV-005"CRED-007(¬£÷ñú30r È
"reminder-3-letterh
DR-000150-20	DR-000150DR-000150-INV-005"CRED-012(Ù£÷ñú30Z'
DR-000150-PAY-5	ëπEURÈ
 Ω
DR-000152-8	DR-000152DR-000152-INV-005"CRED-005(¶§÷ñú30R}
INV-000152-005	¬° EURÈ
"È0:Company 000152B152 rue de la R√©publiqueB
69008 LyonJdr-000152@example.comi
DR-000165-30	DR-000165DR-000165-INV-004"CRED-008(ÿ§÷ñú30Z(
DR-000165-PAY-12	“ÑEURÈ
 ^
DR-000175-7	DR-000175DR-000175-INV-003"CRED-003(ä•÷ñú30rÈ
"courtesy-reminder`
DR-000197-31	DR-000197DR-000197-INV-005"CRED-006(º•÷ñú30rÈ
"reminder-1-emailb
DR-000200-30	DR-000200DR-000200-INV-004"CRED-012(Ó•÷ñú30r!È
"reminder-4-warningº
DR-000203-30	DR-000203DR-000203-INV-005"CRED-011(†¶÷ñú30R{
INV-000203-005	ßÈ)EURÈ
"È0:Company 000203B3 rue de la R√©publiqueB
69005 LyonJdr-000203@example.comg
DR-000212-7	DR-000212DR-000212-INV-003"CRED-006(“¶÷ñú30Z'
DR-000212-PAY-3	‘¿'CHFÈ
 %
day-2025-10-08(òËë≤ú30≤	
È
h
DR-000007-16	DR-000007DR-000007-INV-004"CRED-005(ÄÿÔøú30Z'
DR-000007-PAY-4	åéEURÈ
	 †
DR-000021-23	DR-000021DR-000021-INV-004"CRED-010(≤ÿÔøú30Ç^
DR-000021-PLAN-23È
	
È
	©≤GBP
È	©≤GBP
È	©≤GBPa
DR-000060-19	DR-000060DR-000060-INV-004"CRED-012(‰ÿÔøú30r È
	"reminder-3-letterg
DR-000113-19	DR-000113DR-000113-INV-002"CRED-007(ñŸÔøú30Z&
DR-000113-PAY-4TEURÈ
	 b
DR-000120-21	DR-000120DR-000120-INV-003"CRED-008(»ŸÔøú30r!È
	"reminder-4-warningh
DR-000121-30	DR-000121DR-000121-INV-004"CRED-011(˙ŸÔøú30Z'
DR-000121-PAY-7	∞–EURÈ
	 h
DR-000123-32	DR-000123DR-000123-INV-005"CRED-009(¨⁄Ôøú30Z'
DR-000123-PAY-5	˘∑EURÈ
	 _
DR-000157-11	DR-000157DR-000157-INV-003"CRED-002(ﬁ⁄Ôøú30rÈ
	"courtesy-reminderb
DR-000160-18	DR-000160DR-000160-INV-003"CRED-010(ê€Ôøú30r!È
	"reminder-4-warningi
DR-000170-19	DR-000170DR-000170-INV-003"CRED-001(¬€Ôøú30Z(
DR-000170-PAY-4
ï´†EURÈ
	 ø
DR-000174-33	DR-000174DR-000174-INV-005"CRED-003(Ù€Ôøú30R~
INV-000174-005
‹Ì GBPÈ
	"È0:Company 000174B174 rue de la R√©publiqueB
69003 LyonJdr-000174@example.comæ
DR-000218-10	DR-000218DR-000218-INV-005"CRED-001(¶‹Ôøú30R}
INV-000218-005
ÀÿÇUSDÈ
	"È0:Company 000218B18 rue de la R√©publiqueB
69002 LyonJdr-000218@example.com_
DR-000227-15	DR-000227DR-000227-INV-004"CRED-010(ÿ‹Ôøú30rÈ
	"courtesy-reminderb
DR-000250-14	DR-000250DR-000250-INV-003"CRED-007(ä›Ôøú30r!È
	"reminder-4-warning%
day-2025-10-09(ò†´€ú30≤	
È
	Ω
DR-000019-32	DR-000019DR-000019-INV-005"CRED-002(ÄêâÈú30R|
INV-000019-005	ÜıEURÈ

"È	0:Company 000019B19 rue de la R√©publiqueB
69001 LyonJdr-000019@example.comæ
DR-000027-18	DR-000027DR-000027-INV-004"CRED-009(≤êâÈú30R}
INV-000027-004
Ü±§EURÈ

"È0:Company 000027B27 rue de la R√©publiqueB
69009 LyonJdr-000027@example.comc
DR-000046-6	DR-000046DR-000046-INV-003"CRED-005(‰êâÈú30j#
DR-000046-CN-6⁄EURÈ

b
DR-000060-20	DR-000060DR-000060-INV-004"CRED-012(ñëâÈú30r!È

"reminder-4-warningΩ
DR-000066-17	DR-000066DR-000066-INV-003"CRED-003(»ëâÈú30R|
INV-000066-003÷4USDÈ

"È	0:Customer 000066B66 rue de la R√©publiqueB
69003 LyonJdr-000066@example.comº
DR-000083-14	DR-000083DR-000083-INV-004"CRED-009(˙ëâÈú30R{
INV-000083-004√dGBPÈ

"È0:Company 000083B83 rue de la R√©publiqueB
69002 LyonJdr-000083@example.comΩ
DR-000101-8	DR-000101DR-000101-INV-005"CRED-004(¨íâÈú30R}
INV-000101-005	‰íEURÈ

"È	0:Company 000101B101 rue de la R√©publiqueB
69002 LyonJdr-000101@example.comh
DR-000104-17	DR-000104DR-000104-INV-003"CRED-004(ﬁíâÈú30Z'
DR-000104-PAY-4	˛¯EURÈ

 b
DR-000106-13	DR-000106DR-000106-INV-004"CRED-004(êìâÈú30r!È

"reminder-4-warningh
DR-000156-23	DR-000156DR-000156-INV-004"CRED-007(¬ìâÈú30Z'
DR-000156-PAY-3	·éEURÈ

 ]
DR-000184-21	DR-000184DR-000184-INV-003"CRED-005(ÙìâÈú30rÈ

"formal-noticei
DR-000187-25	DR-000187DR-000187-INV-004"CRED-001(¶îâÈú30Z(
DR-000187-PAY-6
πÿüGBPÈ

 æ
DR-000193-18	DR-000193DR-000193-INV-005"CRED-006(ÿîâÈú30R}
INV-000193-005	å˝,EURÈ

"È	0:Company 000193B193 rue de la R√©publiqueB
69004 LyonJdr-000193@example.comb
DR-000203-31	DR-000203DR-000203-INV-004"CRED-011(äïâÈú30r!È

"reminder-4-warningS
DR-000246-25	DR-000246DR-000246-INV-003"CRED-003(ºïâÈú30ö
AGY-01È

%
day-2025-10-10(òÿƒÑù30≤	
È

`
DR-000019-33	DR-000019DR-000019-INV-004"CRED-002(Ä»¢íù30rÈ
"reminder-2-phones
DR-000027-19	DR-000027DR-000027-INV-003"CRED-009(≤»¢íù30ä1
billing error on some lines	∫Ë^EURÈ
M
DR-000029-15	DR-000029DR-000029-INV-003"CRED-001(‰»¢íù30íÈ
Ω
DR-000041-18	DR-000041DR-000041-INV-005"CRED-008(ñ…¢íù30R|
INV-000041-005	ìﬂtEURÈ
"È
0:Company 000041B41 rue de la R√©publiqueB
69005 LyonJdr-000041@example.comg
DR-000053-9	DR-000053DR-000053-INV-002"CRED-009(»…¢íù30Z'
DR-000053-PAY-2	µÖEURÈ
 Ω
DR-000065-9	DR-000065DR-000065-INV-004"CRED-003(˙…¢íù30R}
INV-000065-004	¢ËEURÈ
"È
0:Customer 000065B65 rue de la R√©publiqueB
69002 LyonJdr-000065@example.comb
DR-000096-15	DR-000096DR-000096-INV-003"CRED-012(¨ ¢íù30r!È
"reminder-4-warningæ
DR-000116-10	DR-000116DR-000116-INV-005"CRED-001(ﬁ ¢íù30R}
INV-000116-005	µ˙EURÈ
"È
0:Company 000116B116 rue de la R√©publiqueB
69008 LyonJdr-000116@example.com]
DR-000120-22	DR-000120DR-000120-INV-003"CRED-008(êÀ¢íù30rÈ
"formal-noticef
DR-000120-23	DR-000120DR-000120-INV-003"CRED-008(¬À¢íù30j%
DR-000120-CN-23	≠ãEURÈ
`
DR-000122-22	DR-000122DR-000122-INV-004"CRED-002(ÙÀ¢íù30rÈ
"reminder-1-emailJ
DR-000147-23	DR-000147"CRED-006(¶Ã¢íù30b
DR-000147-PAY-5È
g
DR-000155-22	DR-000155DR-000155-INV-003"CRED-006(ÿÃ¢íù30Z&
DR-000155-PAY-4∏zCHFÈ
 h
DR-000157-12	DR-000157DR-000157-INV-003"CRED-002(äÕ¢íù30Z'
DR-000157-PAY-3	ÅÖEURÈ
 `
DR-000166-18	DR-000166DR-000166-INV-004"CRED-007(ºÕ¢íù30rÈ
"reminder-1-emailΩ
DR-000176-6	DR-000176DR-000176-INV-003"CRED-008(ÓÕ¢íù30R}
INV-000176-003¬9EURÈ
"È
0:Customer 000176B176 rue de la R√©publiqueB
69005 LyonJdr-000176@example.comh
DR-000197-32	DR-000197DR-000197-INV-005"CRED-006(†Œ¢íù30Z'
DR-000197-PAY-5	êäEURÈ
 ]
DR-000210-20	DR-000210DR-000210-INV-004"CRED-007(“Œ¢íù30rÈ
"formal-noticeΩ
DR-000216-28	DR-000216DR-000216-INV-005"CRED-010(Ñœ¢íù30R|
INV-000216-005	ÿ√EURÈ
"È0:Company 000216B16 rue de la R√©publiqueB
69009 LyonJdr-000216@example.com`
DR-000241-18	DR-000241DR-000241-INV-003"CRED-007(∂œ¢íù30rÈ
"reminder-2-phoneΩ
DR-000245-11	DR-000245DR-000245-INV-004"CRED-002(Ëœ¢íù30R|
INV-000245-004	ôßEURÈ
"È
0:Company 000245B45 rue de la R√©publiqueB
69002 LyonJdr-000245@example.com%
day-2025-10-11(òêﬁ≠ù30≤	
È
`
DR-000009-27	DR-000009DR-000009-INV-004"CRED-011(ÄÄºªù30rÈ
"reminder-1-emailh
DR-000020-27	DR-000020DR-000020-INV-001"CRED-009(≤Äºªù30Z'
DR-000020-PAY-9	ˆ∏#EURÈ
 `
DR-000032-39	DR-000032DR-000032-INV-005"CRED-010(‰Äºªù30rÈ
"reminder-2-phoneÃ
DR-000038-15	DR-000038DR-000038-INV-004"CRED-001(ñÅºªù30Rä
INV-000038-004	ŸÔEURÈ
"È*
È
ò+0:Company 000038B38 rue de la R√©publiqueB
69002 LyonJdr-000038@example.com`
DR-000042-22	DR-000042DR-000042-INV-004"CRED-006(»Åºªù30rÈ
"reminder-1-email`
DR-000059-24	DR-000059DR-000059-INV-005"CRED-006(˙Åºªù30rÈ
"reminder-1-email_
DR-000072-21	DR-000072DR-000072-INV-005"CRED-001(¨Çºªù30rÈ
"courtesy-remindere
DR-000075-10	DR-000075DR-000075-INV-004"CRED-005(ﬁÇºªù30j$
DR-000075-CN-10≈GBPÈ
b
DR-000105-22	DR-000105DR-000105-INV-004"CRED-001(êÉºªù30r!È
"reminder-4-warning`
DR-000114-17	DR-000114DR-000114-INV-004"CRED-002(¬Éºªù30rÈ
"reminder-2-phone`
DR-000146-24	DR-000146DR-000146-INV-006"CRED-007(ÙÉºªù30rÈ
"reminder-1-email`
DR-000147-24	DR-000147DR-000147-INV-004"CRED-006(¶Ñºªù30rÈ
"reminder-1-emailS
DR-000164-17	DR-000164DR-000164-INV-002"CRED-011(ÿÑºªù30ö
AGY-03È
]
DR-000168-28	DR-000168DR-000168-INV-005"CRED-009(äÖºªù30rÈ
"formal-noticeg
DR-000221-8	DR-000221DR-000221-INV-004"CRED-004(ºÖºªù30Z'
DR-000221-PAY-4	£ÛEURÈ
 `
DR-000225-28	DR-000225DR-000225-INV-004"CRED-001(ÓÖºªù30rÈ
"reminder-1-email%
day-2025-10-12(ò»˜÷ù30≤	
È
i
DR-000018-28	DR-000018DR-000018-INV-003"CRED-006(Ä∏’‰ù30Z(
DR-000018-PAY-10	ØãEURÈ
 `
DR-000022-25	DR-000022DR-000022-INV-004"CRED-010(≤∏’‰ù30rÈ
"reminder-1-emaila
DR-000031-20	DR-000031DR-000031-INV-003"CRED-011(‰∏’‰ù30r È
"reminder-3-letteræ
DR-000033-17	DR-000033DR-000033-INV-003"CRED-003(ñπ’‰ù30R}
INV-000033-003	©ìCHFÈ
"È0:Customer 000033B33 rue de la R√©publiqueB
69006 LyonJdr-000033@example.comΩ
DR-000078-8	DR-000078DR-000078-INV-004"CRED-007(»π’‰ù30R}
INV-000078-004	¬‹EURÈ
"È0:Customer 000078B78 rue de la R√©publiqueB
69006 LyonJdr-000078@example.comb
DR-000081-26	DR-000081DR-000081-INV-005"CRED-010(˙π’‰ù30r!È
"reminder-4-warningh
DR-000081-27	DR-000081DR-000081-INV-005"CRED-010(¨∫’‰ù30Z'
DR-000081-PAY-6	ø÷EURÈ
 g
DR-000111-9	DR-000111DR-000111-INV-004"CRED-006(ﬁ∫’‰ù30Z'
DR-000111-PAY-4	√©GBPÈ
 æ
DR-000142-20	DR-000142DR-000142-INV-006"CRED-005(êª’‰ù30R}
INV-000142-006	Ÿ◊3EURÈ
"È0:Company 000142B142 rue de la R√©publiqueB
69007 LyonJdr-000142@example.comg
DR-000169-19	DR-000169DR-000169-INV-002"CRED-009(¬ª’‰ù30Z&
DR-000169-PAY-6˜LEURÈ
 a
DR-000202-21	DR-000202DR-000202-INV-003"CRED-011(Ùª’‰ù30r È
"reminder-3-letterb
DR-000219-22	DR-000219DR-000219-INV-005"CRED-012(¶º’‰ù30r!È
"reminder-4-warningb
DR-000229-39	DR-000229DR-000229-INV-005"CRED-009(ÿº’‰ù30r!È
"reminder-4-warning%
day-2025-10-13(òÄëÄû30≤	
È
i
DR-000021-24	DR-000021DR-000021-INV-004"CRED-010(ÄÓçû30Z(
DR-000021-PAY-11	©≤GBPÈ
 b
DR-000031-21	DR-000031DR-000031-INV-003"CRED-011(≤Óçû30r!È
"reminder-4-warningh
DR-000037-29	DR-000037DR-000037-INV-004"CRED-010(‰Óçû30Z'
DR-000037-PAY-3	”üEURÈ
 f
DR-000046-7	DR-000046DR-000046-INV-003"CRED-005(ñÒÓçû30Z&
DR-000046-PAY-3ÆfEURÈ
 h
DR-000057-29	DR-000057DR-000057-INV-004"CRED-011(»ÒÓçû30Z'
DR-000057-PAY-9	ÅìEURÈ
 Ω
DR-000058-20	DR-000058DR-000058-INV-006"CRED-007(˙ÒÓçû30R|
INV-000058-006	ÉêEURÈ
"È0:Company 000058B58 rue de la R√©publiqueB
69004 LyonJdr-000058@example.comh
DR-000067-14	DR-000067DR-000067-INV-005"CRED-006(¨ÚÓçû30Z'
DR-000067-PAY-5	‘’EURÈ
 `
DR-000076-14	DR-000076DR-000076-INV-003"CRED-008(ﬁÚÓçû30rÈ
"reminder-2-phone^
DR-000076-15	DR-000076DR-000076-INV-003"CRED-008(êÛÓçû30z
	§§EURÈ
È
h
DR-000084-10	DR-000084DR-000084-INV-004"CRED-011(¬ÛÓçû30Z'
DR-000084-PAY-4	¬ìEURÈ
 ø
DR-000139-20	DR-000139DR-000139-INV-005"CRED-001(ÙÛÓçû30R~
INV-000139-005
’’ÄGBPÈ
"È0:Company 000139B139 rue de la R√©publiqueB
69004 LyonJdr-000139@example.coma
DR-000140-14	DR-000140DR-000140-INV-003"CRED-012(¶ÙÓçû30r È
"reminder-3-letter`
DR-000145-17	DR-000145DR-000145-INV-004"CRED-009(ÿÙÓçû30rÈ
"reminder-2-phoneh
DR-000147-25	DR-000147DR-000147-INV-005"CRED-006(äıÓçû30Z'
DR-000147-PAY-6	ÇÙEURÈ
 _
DR-000159-17	DR-000159DR-000159-INV-003"CRED-008(ºıÓçû30rÈ
"courtesy-reminderæ
DR-000166-19	DR-000166DR-000166-INV-005"CRED-001(ÓıÓçû30R}
INV-000166-005	âíEURÈ
"È0:Company 000166B166 rue de la R√©publiqueB
69004 LyonJdr-000166@example.comΩ
DR-000189-8	DR-000189DR-000189-INV-005"CRED-008(†ˆÓçû30R}
INV-000189-005	Œ±
EURÈ
"È0:Company 000189B189 rue de la R√©publiqueB
69009 LyonJdr-000189@example.com`
DR-000198-21	DR-000198DR-000198-INV-004"CRED-004(“ˆÓçû30rÈ
"reminder-2-phoneº
DR-000226-7	DR-000226DR-000226-INV-004"CRED-004(Ñ˜Óçû30R|
INV-000226-004™OEURÈ
"È0:Customer 000226B26 rue de la R√©publiqueB
69001 LyonJdr-000226@example.comæ
DR-000230-13	DR-000230DR-000230-INV-004"CRED-005(∂˜Óçû30R}
INV-000230-004	ÂŸEURÈ
"È0:Customer 000230B30 rue de la R√©publiqueB
69005 LyonJdr-000230@example.comº
DR-000233-8	DR-000233DR-000233-INV-003"CRED-001(Ë˜Óçû30R|
INV-000233-003‰[USDÈ
"È0:Customer 000233B33 rue de la R√©publiqueB
69008 LyonJdr-000233@example.comà
DR-000241-19	DR-000241DR-000241-INV-003"CRED-007(ö¯Óçû30ÇF
DR-000241-PLAN-19È

È
ìBEUR
ÈìBEUR%
day-2025-10-14(ò∏™©û30≤	
È
i
DR-000057-30	DR-000057DR-000057-INV-003"CRED-011(Ä®à∑û30Z(
DR-000057-PAY-10	¯ıEURÈ
 _
DR-000063-27	DR-000063DR-000063-INV-005"CRED-001(≤®à∑û30rÈ
"courtesy-reminderæ
DR-000085-23	DR-000085DR-000085-INV-004"CRED-012(‰®à∑û30R}
INV-000085-004	ÂõEURÈ
"È0:Customer 000085B85 rue de la R√©publiqueB
69004 LyonJdr-000085@example.com`
DR-000099-16	DR-000099DR-000099-INV-003"CRED-010(ñ©à∑û30rÈ
"reminder-2-phonea
DR-000127-22	DR-000127DR-000127-INV-003"CRED-012(»©à∑û30r È
"reminder-3-letter`
DR-000129-27	DR-000129DR-000129-INV-005"CRED-007(˙©à∑û30rÈ
"reminder-1-emailæ
DR-000134-21	DR-000134DR-000134-INV-004"CRED-009(¨™à∑û30R}
INV-000134-004öJEURÈ
"È0:Customer 000134B134 rue de la R√©publiqueB
69008 LyonJdr-000134@example.comø
DR-000140-15	DR-000140DR-000140-INV-004"CRED-003(ﬁ™à∑û30R~
INV-000140-004	ﬁÏEURÈ
"È0:Customer 000140B140 rue de la R√©publiqueB
69005 LyonJdr-000140@example.comh
DR-000153-16	DR-000153DR-000153-INV-003"CRED-012(ê´à∑û30Z'
DR-000153-PAY-3	¡∞EURÈ
 æ
DR-000163-12	DR-000163DR-000163-INV-006"CRED-005(¬´à∑û30R}
INV-000163-006	ˆíCHFÈ
"È0:Company 000163B163 rue de la R√©publiqueB
69001 LyonJdr-000163@example.comœ
DR-000194-18	DR-000194DR-000194-INV-004"CRED-001(Ù´à∑û30Rç
INV-000194-004
í˙ÉUSDÈ
"È*
È
Ê—0:Company 000194B194 rue de la R√©publiqueB
69005 LyonJdr-000194@example.comh
DR-000210-21	DR-000210DR-000210-INV-004"CRED-007(¶¨à∑û30Z'
DR-000210-PAY-4	ÌÀEURÈ
 º
DR-000228-32	DR-000228DR-000228-INV-006"CRED-012(ÿ¨à∑û30R{
INV-000228-006¡YEURÈ
"È0:Company 000228B28 rue de la R√©publiqueB
69003 LyonJdr-000228@example.comÃ
DR-000238-9	DR-000238DR-000238-INV-005"CRED-005(ä≠à∑û30Rã
INV-000238-005	äÌ?EURÈ
"È*
È
ª£0:Company 000238B38 rue de la R√©publiqueB
69004 LyonJdr-000238@example.com%
day-2025-10-15(ò√“û30≤	
È
º
DR-000002-26	DR-000002DR-000002-INV-005"CRED-001(Ä‡°‡û30R{
INV-000002-005	¶Õ EURÈ
"È0:Company 000002B2 rue de la R√©publiqueB
69002 LyonJdr-000002@example.com]
DR-000009-28	DR-000009DR-000009-INV-003"CRED-011(≤‡°‡û30rÈ
"formal-noticeΩ
DR-000020-28	DR-000020DR-000020-INV-005"CRED-009(‰‡°‡û30R|
INV-000020-005	±ı0EURÈ
"È0:Company 000020B20 rue de la R√©publiqueB
69002 LyonJdr-000020@example.comg
DR-000033-18	DR-000033DR-000033-INV-002"CRED-003(ñ·°‡û30Z&
DR-000033-PAY-4ÅCHFÈ
 Ω
DR-000049-10	DR-000049DR-000049-INV-005"CRED-004(»·°‡û30R|
INV-000049-005	ƒµEURÈ
"È0:Company 000049B49 rue de la R√©publiqueB
69004 LyonJdr-000049@example.comh
DR-000072-22	DR-000072DR-000072-INV-004"CRED-001(˙·°‡û30Z'
DR-000072-PAY-5	„´EURÈ
 h
DR-000101-9	DR-000101DR-000101-INV-004"CRED-004(¨‚°‡û30Z(
DR-000101-PAY-4
∫À∞EURÈ
 ]
DR-000121-31	DR-000121DR-000121-INV-004"CRED-011(ﬁ‚°‡û30rÈ
"formal-noticeh
DR-000127-23	DR-000127DR-000127-INV-003"CRED-012(ê„°‡û30Z'
DR-000127-PAY-5	¡EURÈ
 M
DR-000136-40	DR-000136DR-000136-INV-005"CRED-004(¬„°‡û30íÈ
h
DR-000147-26	DR-000147DR-000147-INV-004"CRED-006(Ù„°‡û30Z'
DR-000147-PAY-7	÷¢5EURÈ
 h
DR-000156-24	DR-000156DR-000156-INV-003"CRED-007(¶‰°‡û30Z'
DR-000156-PAY-4	˚πEURÈ
 b
DR-000162-20	DR-000162DR-000162-INV-003"CRED-006(ÿ‰°‡û30r!È
"reminder-4-warning`
DR-000182-13	DR-000182DR-000182-INV-004"CRED-001(äÂ°‡û30rÈ
"reminder-1-emailb
DR-000228-33	DR-000228DR-000228-INV-005"CRED-012(ºÂ°‡û30r!È
"reminder-4-warning`
DR-000229-40	DR-000229DR-000229-INV-006"CRED-009(ÓÂ°‡û30rÈ
"reminder-1-email_
DR-000235-16	DR-000235DR-000235-INV-004"CRED-006(†Ê°‡û30rÈ
"courtesy-reminder%
day-2025-10-16(ò®›˚û30≤	
È
h
DR-000013-15	DR-000013DR-000013-INV-007"CRED-012(Äòªâü30Z'
DR-000013-PAY-7	‹Ñ%EURÈ
 æ
DR-000047-17	DR-000047DR-000047-INV-004"CRED-011(≤òªâü30R}
INV-000047-004	€∑EURÈ
"È0:Customer 000047B47 rue de la R√©publiqueB
69002 LyonJdr-000047@example.comb
DR-000072-23	DR-000072DR-000072-INV-004"CRED-001(‰òªâü30r!È
"reminder-4-warningh
DR-000110-12	DR-000110DR-000110-INV-005"CRED-001(ñôªâü30Z'
DR-000110-PAY-4	√≠1EURÈ
 J
DR-000112-28	DR-000112"CRED-001(»ôªâü30b
DR-000112-PAY-8È
h
DR-000130-22	DR-000130DR-000130-INV-004"CRED-004(˙ôªâü30Z'
DR-000130-PAY-3	æ∑EURÈ
 b
DR-000146-25	DR-000146DR-000146-INV-005"CRED-007(¨öªâü30r!È
"reminder-4-warningJ
DR-000187-26	DR-000187"CRED-001(ﬁöªâü30b
DR-000187-PAY-6È
g
DR-000213-8	DR-000213DR-000213-INV-004"CRED-011(êõªâü30Z'
DR-000213-PAY-4	êûpCHFÈ
 `
DR-000216-29	DR-000216DR-000216-INV-004"CRED-010(¬õªâü30rÈ
"reminder-1-email%
day-2025-10-17(ò‡ˆ§ü30≤	
È
a
DR-000019-34	DR-000019DR-000019-INV-004"CRED-002(Ä–‘≤ü30r È
"reminder-3-letterΩ
DR-000022-26	DR-000022DR-000022-INV-005"CRED-010(≤–‘≤ü30R|
INV-000022-005	ƒ˘EURÈ
"È0:Company 000022B22 rue de la R√©publiqueB
69004 LyonJdr-000022@example.comh
DR-000028-23	DR-000028DR-000028-INV-004"CRED-008(‰–‘≤ü30Z'
DR-000028-PAY-8	Ìè,GBPÈ
 S
DR-000045-21	DR-000045DR-000045-INV-003"CRED-002(ñ—‘≤ü30ö
AGY-01È
`
DR-000102-19	DR-000102DR-000102-INV-004"CRED-006(»—‘≤ü30rÈ
"reminder-1-email_
DR-000107-13	DR-000107DR-000107-INV-003"CRED-011(˙—‘≤ü30rÈ
"courtesy-reminder`
DR-000112-29	DR-000112DR-000112-INV-006"CRED-001(¨“‘≤ü30rÈ
"reminder-2-phone`
DR-000119-24	DR-000119DR-000119-INV-004"CRED-007(ﬁ“‘≤ü30rÈ
"reminder-1-email`
DR-000122-23	DR-000122DR-000122-INV-004"CRED-002(ê”‘≤ü30rÈ
"reminder-2-phoneø
DR-000132-23	DR-000132DR-000132-INV-005"CRED-012(¬”‘≤ü30R~
INV-000132-005
÷®ÓEURÈ
"È0:Company 000132B132 rue de la R√©publiqueB
69006 LyonJdr-000132@example.comæ
DR-000133-11	DR-000133DR-000133-INV-006"CRED-002(Ù”‘≤ü30R}
INV-000133-006	—Ì:EURÈ
"È0:Company 000133B133 rue de la R√©publiqueB
69007 LyonJdr-000133@example.com`
DR-000166-20	DR-000166DR-000166-INV-004"CRED-007(¶‘‘≤ü30rÈ
"reminder-2-phone_
DR-000175-8	DR-000175DR-000175-INV-003"CRED-003(ÿ‘‘≤ü30rÈ
"reminder-1-email`
DR-000187-27	DR-000187DR-000187-INV-004"CRED-001(ä’‘≤ü30rÈ
"reminder-2-phoneh
DR-000194-19	DR-000194DR-000194-INV-003"CRED-001(º’‘≤ü30Z'
DR-000194-PAY-3	Å∑uUSDÈ
 f
DR-000218-11	DR-000218DR-000218-INV-005"CRED-001(Ó’‘≤ü30j%
DR-000218-CN-11	§ÕUSDÈ
f
DR-000231-6	DR-000231DR-000231-INV-003"CRED-006(†÷‘≤ü30Z&
DR-000231-PAY-3˘zEURÈ
 ]
DR-000235-17	DR-000235DR-000235-INV-003"CRED-006(“÷‘≤ü30rÈ
"formal-noticeh
DR-000241-20	DR-000241DR-000241-INV-002"CRED-009(Ñ◊‘≤ü30Z'
DR-000241-PAY-4	ªºEURÈ
 %
day-2025-10-18(òòêŒü30≤	
È
`
DR-000009-29	DR-000009DR-000009-INV-004"CRED-011(ÄàÓ€ü30rÈ
"reminder-2-phonea
DR-000011-19	DR-000011DR-000011-INV-003"CRED-012(≤àÓ€ü30r È
"reminder-3-lettera
DR-000032-40	DR-000032DR-000032-INV-005"CRED-010(‰àÓ€ü30r È
"reminder-3-letter`
DR-000042-23	DR-000042DR-000042-INV-004"CRED-006(ñâÓ€ü30rÈ
"reminder-2-phone^
DR-000042-24	DR-000042DR-000042-INV-004"CRED-006(»âÓ€ü30z
	”§EURÈ
È
_
DR-000048-10	DR-000048DR-000048-INV-004"CRED-005(˙âÓ€ü30rÈ
"courtesy-reminder\
DR-000055-15	DR-000055DR-000055-INV-002"CRED-002(¨äÓ€ü30¢È
RG-000055-002`
DR-000059-25	DR-000059DR-000059-INV-005"CRED-006(ﬁäÓ€ü30rÈ
"reminder-2-phonea
DR-000114-18	DR-000114DR-000114-INV-004"CRED-002(êãÓ€ü30r È
"reminder-3-letteræ
DR-000117-25	DR-000117DR-000117-INV-005"CRED-004(¬ãÓ€ü30R}
INV-000117-005	Ã⁄EURÈ
"È0:Company 000117B117 rue de la R√©publiqueB
69009 LyonJdr-000117@example.comh
DR-000136-41	DR-000136DR-000136-INV-004"CRED-004(ÙãÓ€ü30Z'
DR-000136-PAY-4	ËŒEURÈ
 `
DR-000146-26	DR-000146DR-000146-INV-006"CRED-007(¶åÓ€ü30rÈ
"reminder-2-phone]
DR-000158-22	DR-000158DR-000158-INV-004"CRED-004(ÿåÓ€ü30rÈ
"formal-notice\
DR-000181-28	DR-000181DR-000181-INV-003"CRED-003(äçÓ€ü30¢È
RG-000181-003a
DR-000187-28	DR-000187DR-000187-INV-004"CRED-001(ºçÓ€ü30r È
"reminder-3-letteræ
DR-000195-20	DR-000195DR-000195-INV-005"CRED-002(ÓçÓ€ü30R}
INV-000195-005	ô¿GBPÈ
"È0:Company 000195B195 rue de la R√©publiqueB
69006 LyonJdr-000195@example.com`
DR-000225-29	DR-000225DR-000225-INV-004"CRED-001(†éÓ€ü30rÈ
"reminder-2-phone`
DR-000227-16	DR-000227DR-000227-INV-004"CRED-010(“éÓ€ü30rÈ
"reminder-1-email_
DR-000247-31	DR-000247DR-000247-INV-005"CRED-012(ÑèÓ€ü30rÈ
"courtesy-reminder%
day-2025-10-19(ò–©˜ü30≤	
È
Ω
DR-000011-20	DR-000011DR-000011-INV-004"CRED-012(Ä¿áÖ†30R|
INV-000011-004	‰àEURÈ
"È0:Company 000011B11 rue de la R√©publiqueB
69002 LyonJdr-000011@example.comb
DR-000011-21	DR-000011DR-000011-INV-003"CRED-012(≤¿áÖ†30r!È
"reminder-4-warning`
DR-000022-27	DR-000022DR-000022-INV-004"CRED-010(‰¿áÖ†30rÈ
"reminder-2-phonee
DR-000029-16	DR-000029DR-000029-INV-003"CRED-001(ñ¡áÖ†30j$
DR-000029-CN-16âEURÈ
Ω
DR-000040-11	DR-000040DR-000040-INV-005"CRED-007(»¡áÖ†30R|
INV-000040-005	∂™9EURÈ
"È0:Company 000040B40 rue de la R√©publiqueB
69004 LyonJdr-000040@example.comΩ
DR-000059-26	DR-000059DR-000059-INV-006"CRED-006(˙¡áÖ†30R|
INV-000059-006	ö®USDÈ
"È0:Company 000059B59 rue de la R√©publiqueB
69005 LyonJdr-000059@example.com_
DR-000090-8	DR-000090DR-000090-INV-004"CRED-010(¨¬áÖ†30rÈ
"reminder-1-emailæ
DR-000110-13	DR-000110DR-000110-INV-006"CRED-001(ﬁ¬áÖ†30R}
INV-000110-006	Ô≥vEURÈ
"È0:Company 000110B110 rue de la R√©publiqueB
69002 LyonJdr-000110@example.comø
DR-000121-32	DR-000121DR-000121-INV-005"CRED-011(ê√áÖ†30R~
INV-000121-005
÷öÑEURÈ
"È0:Company 000121B121 rue de la R√©publiqueB
69004 LyonJdr-000121@example.comh
DR-000139-21	DR-000139DR-000139-INV-003"CRED-001(¬√áÖ†30Z'
DR-000139-PAY-4	¡ÍGBPÈ
 Ω
DR-000167-12	DR-000167DR-000167-INV-005"CRED-004(Ù√áÖ†30R|
INV-000167-005‹WCHFÈ
"È0:Company 000167B167 rue de la R√©publiqueB
69005 LyonJdr-000167@example.coma
DR-000170-20	DR-000170DR-000170-INV-005"CRED-001(¶ƒáÖ†30r È
"reminder-3-letterS
DR-000184-22	DR-000184DR-000184-INV-003"CRED-005(ÿƒáÖ†30ö
AGY-01È
g
DR-000185-22	DR-000185DR-000185-INV-003"CRED-001(ä≈áÖ†30Z&
DR-000185-PAY-4†;EURÈ
 Ω
DR-000191-6	DR-000191DR-000191-INV-003"CRED-005(º≈áÖ†30R}
INV-000191-003’gEURÈ
"È0:Customer 000191B191 rue de la R√©publiqueB
69002 LyonJdr-000191@example.comæ
DR-000224-10	DR-000224DR-000224-INV-004"CRED-005(Ó≈áÖ†30R}
INV-000224-004	çÕEURÈ
"È0:Customer 000224B24 rue de la R√©publiqueB
69008 LyonJdr-000224@example.comi
DR-000225-30	DR-000225DR-000225-INV-004"CRED-001(†∆áÖ†30Z(
DR-000225-PAY-10	âåEURÈ
 `
DR-000237-25	DR-000237DR-000237-INV-004"CRED-007(“∆áÖ†30rÈ
"reminder-1-email`
DR-000245-12	DR-000245DR-000245-INV-003"CRED-002(Ñ«áÖ†30rÈ
"reminder-1-email%
day-2025-10-20(òà√††30≤	
È
Ω
DR-000024-14	DR-000024DR-000024-INV-003"CRED-008(Ä¯†Æ†30R|
INV-000024-003ú9EURÈ
"È0:Customer 000024B24 rue de la R√©publiqueB
69006 LyonJdr-000024@example.com]
DR-000047-18	DR-000047DR-000047-INV-003"CRED-011(≤¯†Æ†30rÈ
"formal-noticer
DR-000066-18	DR-000066DR-000066-INV-003"CRED-003(‰¯†Æ†30ä0
billing error on some linesÓUSDÈ
_
DR-000082-17	DR-000082DR-000082-INV-004"CRED-010(ñ˘†Æ†30rÈ
"courtesy-reminder_
DR-000087-12	DR-000087DR-000087-INV-003"CRED-010(»˘†Æ†30rÈ
"courtesy-reminderh
DR-000088-12	DR-000088DR-000088-INV-005"CRED-003(˙˘†Æ†30Z'
DR-000088-PAY-5	ﬁŸ$EURÈ
 h
DR-000106-14	DR-000106DR-000106-INV-004"CRED-004(¨˙†Æ†30Z'
DR-000106-PAY-4	—ôUSDÈ
 a
DR-000145-18	DR-000145DR-000145-INV-004"CRED-009(ﬁ˙†Æ†30r È
"reminder-3-letterb
DR-000170-21	DR-000170DR-000170-INV-005"CRED-001(ê˚†Æ†30r!È
"reminder-4-warninga
DR-000198-22	DR-000198DR-000198-INV-004"CRED-004(¬˚†Æ†30r È
"reminder-3-letterΩ
DR-000202-22	DR-000202DR-000202-INV-004"CRED-008(Ù˚†Æ†30R|
INV-000202-004	ıâEURÈ
"È0:Customer 000202B2 rue de la R√©publiqueB
69004 LyonJdr-000202@example.comi
DR-000203-32	DR-000203DR-000203-INV-004"CRED-011(¶¸†Æ†30Z(
DR-000203-PAY-7
÷˝§EURÈ
 a
DR-000206-22	DR-000206DR-000206-INV-003"CRED-002(ÿ¸†Æ†30r È
"reminder-3-letterh
DR-000216-30	DR-000216DR-000216-INV-004"CRED-010(ä˝†Æ†30Z'
DR-000216-PAY-3	ƒèEURÈ
 %
day-2025-10-21(ò¿‹…†30≤	
È
_
DR-000034-11	DR-000034DR-000034-INV-003"CRED-011(Ä∞∫◊†30rÈ
"courtesy-reminderh
DR-000048-11	DR-000048DR-000048-INV-004"CRED-005(≤∞∫◊†30Z'
DR-000048-PAY-4	Ø∑EURÈ
 `
DR-000050-10	DR-000050DR-000050-INV-003"CRED-011(‰∞∫◊†30rÈ
"reminder-1-email`
DR-000072-24	DR-000072DR-000072-INV-005"CRED-001(ñ±∫◊†30rÈ
"reminder-1-emaila
DR-000099-17	DR-000099DR-000099-INV-003"CRED-010(»±∫◊†30r È
"reminder-3-letterg
DR-000105-23	DR-000105DR-000105-INV-004"CRED-001(˙±∫◊†30Z&
DR-000105-PAY-4ÿzEURÈ
 `
DR-000050-10	DR-000050DR-000050-INV-003"CRED-011(‰∞∫◊†30rÈ
"reminder-1-emailh
DR-000107-14	DR-000107DR-000107-INV-003"CRED-011(ﬁ≤∫◊†30Z'
DR-000107-PAY-3	⁄êEURÈ
 a
DR-000112-30	DR-000112DR-000112-INV-006"CRED-001(ê≥∫◊†30r È
"reminder-3-letter`
DR-000129-28	DR-000129DR-000129-INV-005"CRED-007(¬≥∫◊†30rÈ
"reminder-2-phone^
DR-000129-29	DR-000129DR-000129-INV-005"CRED-007(Ù≥∫◊†30z
	Å±
EURÈ
È
Õ
DR-000168-29	DR-000168DR-000168-INV-006"CRED-002(¶¥∫◊†30Rã
INV-000168-006	ãÃ/GBPÈ
"È*
ÈÎy0:Company 000168B168 rue de la R√©publiqueB
69006 LyonJdr-000168@example.com`
DR-000188-16	DR-000188DR-000188-INV-004"CRED-001(ÿ¥∫◊†30rÈ
"reminder-1-emailø
DR-000192-11	DR-000192DR-000192-INV-006"CRED-011(äµ∫◊†30R~
INV-000192-006	ÑÁEURÈ
"È0:Customer 000192B192 rue de la R√©publiqueB
69003 LyonJdr-000192@example.comb
DR-000202-23	DR-000202DR-000202-INV-003"CRED-011(ºµ∫◊†30r!È
"reminder-4-warningb
DR-000206-23	DR-000206DR-000206-INV-003"CRED-002(Óµ∫◊†30r!È
"reminder-4-warningU
DR-000219-23	DR-000219"CRED-012(†∂∫◊†30Z'
DR-000219-PAY-4	âıEURÈ
 Ω
DR-000236-24	DR-000236DR-000236-INV-004"CRED-011(“∂∫◊†30R|
INV-000236-004÷BEURÈ
"È0:Customer 000236B36 rue de la R√©publiqueB
69002 LyonJdr-000236@example.com%
day-2025-10-22(ò¯ıÚ†30≤	
È
Ω
DR-000014-14	DR-000014DR-000014-INV-005"CRED-006(ÄË”Ä°30R|
INV-000014-005	ãáUSDÈ
"È0:Company 000014B14 rue de la R√©publiqueB
69005 LyonJdr-000014@example.comΩ
DR-000018-29	DR-000018DR-000018-INV-005"CRED-006(≤Ë”Ä°30R|
INV-000018-005	ı¢AEURÈ
"È0:Company 000018B18 rue de la R√©publiqueB
69009 LyonJdr-000018@example.comi
DR-000021-25	DR-000021DR-000021-INV-003"CRED-010(‰Ë”Ä°30Z(
DR-000021-PAY-12	∏ÔGBPÈ
 h
DR-000023-25	DR-000023DR-000023-INV-002"CRED-001(ñÈ”Ä°30Z'
DR-000023-PAY-4	ÑáEURÈ
 ]
DR-000060-21	DR-000060DR-000060-INV-004"CRED-012(»È”Ä°30rÈ
"formal-noticeM
DR-000120-24	DR-000120DR-000120-INV-004"CRED-008(˙È”Ä°30íÈ
]
DR-000132-24	DR-000132DR-000132-INV-004"CRED-012(¨Í”Ä°30rÈ
"formal-noticeb
DR-000140-16	DR-000140DR-000140-INV-003"CRED-012(ﬁÍ”Ä°30r!È
"reminder-4-warningU
DR-000145-19	DR-000145"CRED-009(êÎ”Ä°30Z'
DR-000145-PAY-3	á™lEURÈ
 ø
DR-000179-15	DR-000179DR-000179-INV-003"CRED-006(¬Î”Ä°30R~
INV-000179-003	¥≈EURÈ
"È0:Customer 000179B179 rue de la R√©publiqueB
69008 LyonJdr-000179@example.comÕ
DR-000182-14	DR-000182DR-000182-INV-006"CRED-001(ÙÎ”Ä°30Rã
INV-000182-006	ÂÂEURÈ
"È*
Èˇ*0:Company 000182B182 rue de la R√©publiqueB
69002 LyonJdr-000182@example.com`
DR-000182-15	DR-000182DR-000182-INV-004"CRED-001(¶Ï”Ä°30rÈ
"reminder-2-phoneg
DR-000189-9	DR-000189DR-000189-INV-004"CRED-008(ÿÏ”Ä°30Z'
DR-000189-PAY-4	çÎdEURÈ
 ]
DR-000200-31	DR-000200DR-000200-INV-004"CRED-012(äÌ”Ä°30rÈ
"formal-noticeæ
DR-000217-30	DR-000217DR-000217-INV-005"CRED-008(ºÌ”Ä°30R}
INV-000217-005	√◊EURÈ
"È0:Customer 000217B17 rue de la R√©publiqueB
69001 LyonJdr-000217@example.comh
DR-000218-12	DR-000218DR-000218-INV-005"CRED-001(ÓÌ”Ä°30Z'
DR-000218-PAY-5	ßãoUSDÈ
 `
DR-000229-41	DR-000229DR-000229-INV-006"CRED-009(†Ó”Ä°30rÈ
"reminder-2-phone%
day-2025-10-23(ò∞èú°30≤	
È
`
DR-000050-11	DR-000050DR-000050-INV-003"CRED-011(Ä†Ì©°30ä
goods not deliveredÈ
`
DR-000055-16	DR-000055DR-000055-INV-003"CRED-002(≤†Ì©°30rÈ
"reminder-1-emailΩ
DR-000064-26	DR-000064DR-000064-INV-005"CRED-011(‰†Ì©°30R|
INV-000064-005	ç¨%EURÈ
"È0:Company 000064B64 rue de la R√©publiqueB
69001 LyonJdr-000064@example.comg
DR-000090-9	DR-000090DR-000090-INV-004"CRED-010(ñ°Ì©°30Z'
DR-000090-PAY-4	è˘EURÈ
 M
DR-000092-20	DR-000092DR-000092-INV-003"CRED-012(»°Ì©°30íÈ
`
DR-000092-21	DR-000092DR-000092-INV-004"CRED-012(˙°Ì©°30ä
goods not deliveredÈ
`
DR-000093-16	DR-000093DR-000093-INV-003"CRED-003(¨¢Ì©°30rÈ
"reminder-1-emailh
DR-000098-11	DR-000098DR-000098-INV-003"CRED-002(ﬁ¢Ì©°30Z'
DR-000098-PAY-4	ÄÀEURÈ
 `
DR-000159-18	DR-000159DR-000159-INV-003"CRED-008(ê£Ì©°30rÈ
"reminder-1-email]
DR-000160-19	DR-000160DR-000160-INV-003"CRED-010(¬£Ì©°30rÈ
"formal-noticei
DR-000187-29	DR-000187DR-000187-INV-004"CRED-001(Ù£Ì©°30Z(
DR-000187-PAY-7
πÿüGBPÈ
 e
DR-000192-12	DR-000192DR-000192-INV-006"CRED-011(¶§Ì©°30j$
DR-000192-CN-12ö.EURÈ
]
DR-000250-15	DR-000250DR-000250-INV-003"CRED-007(ÿ§Ì©°30rÈ
"formal-notice%
day-2025-10-24(òË®≈°30≤	
È
æ
DR-000023-26	DR-000023DR-000023-INV-004"CRED-001(ÄÿÜ”°30R}
INV-000023-004	ØÓEURÈ
"È0:Customer 000023B23 rue de la R√©publiqueB
69005 LyonJdr-000023@example.coma
DR-000028-24	DR-000028DR-000028-INV-002"CRED-008(≤ÿÜ”°30r È
"reminder-3-letterh
DR-000034-12	DR-000034DR-000034-INV-003"CRED-011(‰ÿÜ”°30Z'
DR-000034-PAY-5	è‘	EURÈ
 `
DR-000063-28	DR-000063DR-000063-INV-005"CRED-001(ñŸÜ”°30rÈ
"reminder-1-email`
DR-000092-22	DR-000092DR-000092-INV-003"CRED-012(»ŸÜ”°30rÈ
"reminder-1-emailº
DR-000095-8	DR-000095DR-000095-INV-004"CRED-008(˙ŸÜ”°30R|
INV-000095-004ÔcEURÈ
"È	0:Customer 000095B95 rue de la R√©publiqueB
69005 LyonJdr-000095@example.com`
DR-000102-20	DR-000102DR-000102-INV-004"CRED-006(¨⁄Ü”°30rÈ
"reminder-2-phoneU
DR-000102-21	DR-000102"CRED-006(ﬁ⁄Ü”°30Z'
DR-000102-PAY-4	ç‘1EURÈ
 i
DR-000116-11	DR-000116DR-000116-INV-004"CRED-001(ê€Ü”°30Z(
DR-000116-PAY-4
òÑ¢EURÈ
 `
DR-000119-25	DR-000119DR-000119-INV-004"CRED-007(¬€Ü”°30rÈ
"reminder-2-phone^
DR-000119-26	DR-000119DR-000119-INV-004"CRED-007(Ù€Ü”°30z
	Ì≥+EURÈ
È
h
DR-000120-25	DR-000120DR-000120-INV-003"CRED-008(¶‹Ü”°30Z'
DR-000120-PAY-3	ΩÆrEURÈ
 a
DR-000122-24	DR-000122DR-000122-INV-004"CRED-002(ÿ‹Ü”°30r È
"reminder-3-letteræ
DR-000129-30	DR-000129DR-000129-INV-006"CRED-007(ä›Ü”°30R}
INV-000129-006	ùÚ EURÈ
"È0:Company 000129B129 rue de la R√©publiqueB
69003 LyonJdr-000129@example.comb
DR-000138-40	DR-000138DR-000138-INV-003"CRED-007(º›Ü”°30r!È
"reminder-4-warningS
DR-000138-41	DR-000138DR-000138-INV-003"CRED-007(Ó›Ü”°30ö
AGY-03È
a
DR-000166-21	DR-000166DR-000166-INV-004"CRED-007(†ﬁÜ”°30r È
"reminder-3-letter_
DR-000175-9	DR-000175DR-000175-INV-003"CRED-003(“ﬁÜ”°30rÈ
"reminder-2-phone`
DR-000182-16	DR-000182DR-000182-INV-005"CRED-001(ÑﬂÜ”°30rÈ
"reminder-1-emailº
DR-000215-9	DR-000215DR-000215-INV-005"CRED-011(∂ﬂÜ”°30R|
INV-000215-005	”ƒEURÈ
"È0:Company 000215B15 rue de la R√©publiqueB
69008 LyonJdr-000215@example.comh
DR-000229-42	DR-000229DR-000229-INV-006"CRED-009(ËﬂÜ”°30Z'
DR-000229-PAY-5	ãÁ(EURÈ
 g
DR-000230-14	DR-000230DR-000230-INV-002"CRED-005(ö‡Ü”°30Z&
DR-000230-PAY-5¿!EURÈ
 %
day-2025-10-25(ò†¬Ó°30≤	
È
a
DR-000009-30	DR-000009DR-000009-INV-004"CRED-011(Äê†¸°30r È
"reminder-3-letterb
DR-000028-25	DR-000028DR-000028-INV-002"CRED-008(≤ê†¸°30r!È
"reminder-4-warningh
DR-000042-25	DR-000042DR-000042-INV-004"CRED-006(‰ê†¸°30Z'
DR-000042-PAY-4	”§EURÈ
 a
DR-000059-27	DR-000059DR-000059-INV-005"CRED-006(ñë†¸°30r È
"reminder-3-letterh
DR-000075-11	DR-000075DR-000075-INV-004"CRED-005(»ë†¸°30Z'
DR-000075-PAY-4	üÛGBPÈ
 Ω
DR-000090-10	DR-000090DR-000090-INV-005"CRED-010(˙ë†¸°30R|
INV-000090-005	øÍEURÈ
"È0:Company 000090B90 rue de la R√©publiqueB
69009 LyonJdr-000090@example.com`
DR-000092-23	DR-000092DR-000092-INV-003"CRED-012(¨í†¸°30rÈ
"reminder-2-phone_
DR-000094-17	DR-000094DR-000094-INV-005"CRED-002(ﬁí†¸°30rÈ
"courtesy-reminder]
DR-000096-16	DR-000096DR-000096-INV-003"CRED-012(êì†¸°30rÈ
"formal-notice]
DR-000138-42	DR-000138DR-000138-INV-003"CRED-007(¬ì†¸°30rÈ
"formal-noticea
DR-000146-27	DR-000146DR-000146-INV-006"CRED-007(Ùì†¸°30r È
"reminder-3-letterø
DR-000154-16	DR-000154DR-000154-INV-004"CRED-001(¶î†¸°30R~
INV-000154-004	êóEURÈ
"È0:Customer 000154B154 rue de la R√©publiqueB
69001 LyonJdr-000154@example.comg
DR-000214-6	DR-000214DR-000214-INV-003"CRED-001(ÿî†¸°30Z'
DR-000214-PAY-3	∂ EURÈ
 a
DR-000225-31	DR-000225DR-000225-INV-004"CRED-001(äï†¸°30r È
"reminder-3-letter`
DR-000227-17	DR-000227DR-000227-INV-004"CRED-010(ºï†¸°30rÈ
"reminder-2-phone`
DR-000235-18	DR-000235DR-000235-INV-004"CRED-006(Óï†¸°30rÈ
"reminder-1-emailg
DR-000241-21	DR-000241DR-000241-INV-003"CRED-007(†ñ†¸°30Z&
DR-000241-PAY-5ìBEURÈ
 %
day-2025-10-26(òÿ€ó¢30≤	
È
À
DR-000005-10	DR-000005DR-000005-INV-006"CRED-004(Ä»π•¢30Râ
INV-000005-006	å∂EURÈ
"È*
ÈôF0:Company 000005B5 rue de la R√©publiqueB
69005 LyonJdr-000005@example.comb
DR-000019-35	DR-000019DR-000019-INV-004"CRED-002(≤»π•¢30r!È
"reminder-4-warninga
DR-000022-28	DR-000022DR-000022-INV-004"CRED-010(‰»π•¢30r È
"reminder-3-letterŒ
DR-000028-26	DR-000028DR-000028-INV-005"CRED-008(ñ…π•¢30Rå
INV-000028-005
Û„åGBPÈ
"È*
Èâ∞0:Company 000028B28 rue de la R√©publiqueB
69001 LyonJdr-000028@example.com]
DR-000028-27	DR-000028DR-000028-INV-002"CRED-008(»…π•¢30rÈ
"formal-noticea
DR-000042-26	DR-000042DR-000042-INV-004"CRED-006(˙…π•¢30r È
"reminder-3-letterh
DR-000076-16	DR-000076DR-000076-INV-003"CRED-008(¨ π•¢30Z'
DR-000076-PAY-3	§§EURÈ
 q
DR-000078-9	DR-000078DR-000078-INV-004"CRED-007(ﬁ π•¢30ä0
billing error on some lines“gEURÈ
a
DR-000092-24	DR-000092DR-000092-INV-003"CRED-012(êÀπ•¢30r È
"reminder-3-letteræ
DR-000105-24	DR-000105DR-000105-INV-005"CRED-001(¬Àπ•¢30R}
INV-000105-005É8EURÈ
"È0:Customer 000105B105 rue de la R√©publiqueB
69006 LyonJdr-000105@example.comæ
DR-000112-31	DR-000112DR-000112-INV-008"CRED-001(ÙÀπ•¢30R}
INV-000112-008	Ô◊EURÈ
"È0:Company 000112B112 rue de la R√©publiqueB
69004 LyonJdr-000112@example.comÕ
DR-000183-14	DR-000183DR-000183-INV-004"CRED-010(¶Ãπ•¢30Rã
INV-000183-004	ﬂú&EURÈ
"È*
ÈÌa0:Company 000183B183 rue de la R√©publiqueB
69003 LyonJdr-000183@example.comh
DR-000227-18	DR-000227DR-000227-INV-004"CRED-010(ÿÃπ•¢30Z'
DR-000227-PAY-4	ˇ’EURÈ
 `
DR-000237-26	DR-000237DR-000237-INV-004"CRED-007(äÕπ•¢30rÈ
"reminder-2-phonei
DR-000243-11	DR-000243DR-000243-INV-005"CRED-006(ºÕπ•¢30Z(
DR-000243-PAY-5
≥˜†EURÈ
 `
DR-000245-13	DR-000245DR-000245-INV-003"CRED-002(ÓÕπ•¢30rÈ
"reminder-2-phone%
day-2025-10-27(òêı¿¢30≤	
È
h
DR-000005-11	DR-000005DR-000005-INV-006"CRED-004(ÄÄ”Œ¢30Z'
DR-000005-PAY-5	ÛÔEURÈ
 h
DR-000025-11	DR-000025DR-000025-INV-005"CRED-008(≤Ä”Œ¢30Z'
DR-000025-PAY-5	„ÇEURÈ
 b
DR-000032-41	DR-000032DR-000032-INV-005"CRED-010(‰Ä”Œ¢30r!È
"reminder-4-warning]
DR-000081-28	DR-000081DR-000081-INV-005"CRED-010(ñÅ”Œ¢30rÈ
"formal-noticeb
DR-000092-25	DR-000092DR-000092-INV-003"CRED-012(»Å”Œ¢30r!È
"reminder-4-warningb
DR-000114-19	DR-000114DR-000114-INV-004"CRED-002(˙Å”Œ¢30r!È
"reminder-4-warningh
DR-000129-31	DR-000129DR-000129-INV-005"CRED-007(¨Ç”Œ¢30Z'
DR-000129-PAY-5	Å±
EURÈ
 ø
DR-000164-18	DR-000164DR-000164-INV-003"CRED-011(ﬁÇ”Œ¢30R~
INV-000164-003	‹—EURÈ
"È0:Customer 000164B164 rue de la R√©publiqueB
69002 LyonJdr-000164@example.comh
DR-000182-17	DR-000182DR-000182-INV-006"CRED-001(êÉ”Œ¢30Z'
DR-000182-PAY-4	Ê∫EURÈ
 º
DR-000208-6	DR-000208DR-000208-INV-003"CRED-008(¬É”Œ¢30R|
INV-000208-003	äÙEURÈ
"È0:Customer 000208B8 rue de la R√©publiqueB
69001 LyonJdr-000208@example.comæ
DR-000225-32	DR-000225DR-000225-INV-005"CRED-001(ÙÉ”Œ¢30R}
INV-000225-005	äﬁEURÈ
"È0:Customer 000225B25 rue de la R√©publiqueB
69009 LyonJdr-000225@example.com]
DR-000229-43	DR-000229DR-000229-INV-005"CRED-009(¶Ñ”Œ¢30rÈ
"formal-noticeh
DR-000250-16	DR-000250DR-000250-INV-003"CRED-007(ÿÑ”Œ¢30Z'
DR-000250-PAY-3	÷ŒEURÈ
 %
day-2025-10-28(ò»éÍ¢30≤	
È
]
DR-000031-22	DR-000031DR-000031-INV-003"CRED-011(Ä∏Ï˜¢30rÈ
"formal-noticeΩ
DR-000063-29	DR-000063DR-000063-INV-006"CRED-012(≤∏Ï˜¢30R|
INV-000063-006	∑”EURÈ
"È0:Company 000063B63 rue de la R√©publiqueB
69009 LyonJdr-000063@example.com`
DR-000072-25	DR-000072DR-000072-INV-005"CRED-001(‰∏Ï˜¢30rÈ
"reminder-2-phoneh
DR-000081-29	DR-000081DR-000081-INV-005"CRED-010(ñπÏ˜¢30Z'
DR-000081-PAY-7	Õ¿EURÈ
 ]
DR-000092-26	DR-000092DR-000092-INV-003"CRED-012(»πÏ˜¢30rÈ
"formal-noticeh
DR-000099-18	DR-000099DR-000099-INV-003"CRED-010(˙πÏ˜¢30Z'
DR-000099-PAY-3	Á”'USDÈ
 h
DR-000119-27	DR-000119DR-000119-INV-004"CRED-007(¨∫Ï˜¢30Z'
DR-000119-PAY-4	Ì≥+EURÈ
 a
DR-000129-32	DR-000129DR-000129-INV-005"CRED-007(ﬁ∫Ï˜¢30r È
"reminder-3-letteri
DR-000138-43	DR-000138DR-000138-INV-004"CRED-007(êªÏ˜¢30Z(
DR-000138-PAY-11	ÙÍEURÈ
 `
DR-000139-22	DR-000139DR-000139-INV-004"CRED-001(¬ªÏ˜¢30rÈ
"reminder-1-emailæ
DR-000149-31	DR-000149DR-000149-INV-005"CRED-009(ÙªÏ˜¢30R}
INV-000149-005	«çEURÈ
"È0:Company 000149B149 rue de la R√©publiqueB
69005 LyonJdr-000149@example.comi
DR-000182-18	DR-000182DR-000182-INV-005"CRED-001(¶ºÏ˜¢30Z(
DR-000182-PAY-5
íœ§EURÈ
 `
DR-000188-17	DR-000188DR-000188-INV-004"CRED-001(ÿºÏ˜¢30rÈ
"reminder-2-phone`
DR-000247-32	DR-000247DR-000247-INV-005"CRED-012(äΩÏ˜¢30rÈ
"reminder-1-email%
day-2025-10-29(òÄ®ì£30≤	
È
º
DR-000001-8	DR-000001DR-000001-INV-004"CRED-005(ÄÖ°£30R|
INV-000001-004	ÓìEURÈ
"È0:Customer 000001B1 rue de la R√©publiqueB
69001 LyonJdr-000001@example.comh
DR-000009-31	DR-000009DR-000009-INV-003"CRED-011(≤Ö°£30Z'
DR-000009-PAY-3	‡£EURÈ
 h
DR-000022-29	DR-000022DR-000022-INV-003"CRED-010(‰Ö°£30Z'
DR-000022-PAY-2	≠¸EURÈ
 `
DR-000030-20	DR-000030DR-000030-INV-004"CRED-005(ñÒÖ°£30rÈ
"reminder-1-emailW
DR-000044-23	DR-000044DR-000044-INV-004"CRED-002(»ÒÖ°£30í”EURÈ
h
DR-000061-18	DR-000061DR-000061-INV-003"CRED-007(˙ÒÖ°£30Z'
DR-000061-PAY-8	Â (EURÈ
 `
DR-000062-33	DR-000062DR-000062-INV-006"CRED-006(¨ÚÖ°£30ä
goods not deliveredÈ
æ
DR-000122-25	DR-000122DR-000122-INV-005"CRED-002(ﬁÚÖ°£30R}
INV-000122-005	Ò¶EURÈ
"È0:Company 000122B122 rue de la R√©publiqueB
69005 LyonJdr-000122@example.coma
DR-000182-19	DR-000182DR-000182-INV-004"CRED-001(êÛÖ°£30r È
"reminder-3-letterg
DR-000186-19	DR-000186DR-000186-INV-003"CRED-010(¬ÛÖ°£30Z&
DR-000186-PAY-3ÿpEURÈ
 b
DR-000198-23	DR-000198DR-000198-INV-004"CRED-004(ÙÛÖ°£30r!È
"reminder-4-warningh
DR-000244-17	DR-000244DR-000244-INV-004"CRED-002(¶ÙÖ°£30Z'
DR-000244-PAY-4	¯„	EURÈ
 %
day-2025-10-30(ò∏¡º£30≤	
È
_
DR-000006-18	DR-000006DR-000006-INV-003"CRED-003(Ä®ü £30rÈ
"courtesy-reminderh
DR-000017-12	DR-000017DR-000017-INV-005"CRED-010(≤®ü £30Z'
DR-000017-PAY-5	«ﬁ&EURÈ
 `
DR-000044-24	DR-000044DR-000044-INV-004"CRED-002(‰®ü £30rÈ
"reminder-1-email`
DR-000055-17	DR-000055DR-000055-INV-003"CRED-002(ñ©ü £30rÈ
"reminder-2-phone`
DR-000082-18	DR-000082DR-000082-INV-004"CRED-010(»©ü £30rÈ
"reminder-1-email`
DR-000087-13	DR-000087DR-000087-INV-003"CRED-010(˙©ü £30rÈ
"reminder-1-email`
DR-000093-17	DR-000093DR-000093-INV-003"CRED-003(¨™ü £30rÈ
"reminder-2-phone^
DR-000093-18	DR-000093DR-000093-INV-003"CRED-003(ﬁ™ü £30z
	Û¢EURÈÈ
ø
DR-000107-15	DR-000107DR-000107-INV-004"CRED-011(ê´ü £30R~
INV-000107-004	íƒEURÈ
"È0:Customer 000107B107 rue de la R√©publiqueB
69008 LyonJdr-000107@example.comÃ
DR-000109-9	DR-000109DR-000109-INV-005"CRED-009(¬´ü £30Rã
INV-000109-005	§ÀEURÈ
"È*
È
ﬂ0:Company 000109B109 rue de la R√©publiqueB
69001 LyonJdr-000109@example.comb
DR-000112-32	DR-000112DR-000112-INV-006"CRED-001(Ù´ü £30r!È
"reminder-4-warningæ
DR-000126-9	DR-000126DR-000126-INV-005"CRED-009(¶¨ü £30R~
INV-000126-005	≥≤USDÈ
"È0:Customer 000126B126 rue de la R√©publiqueB
69009 LyonJdr-000126@example.comi
DR-000133-12	DR-000133DR-000133-INV-005"CRED-002(ÿ¨ü £30Z(
DR-000133-PAY-5
Îç¥EURÈ
 h
DR-000134-22	DR-000134DR-000134-INV-003"CRED-009(ä≠ü £30Z'
DR-000134-PAY-3	‚ïEURÈ
 æ
DR-000155-23	DR-000155DR-000155-INV-005"CRED-006(º≠ü £30R}
INV-000155-005	ﬁ£CHFÈ
"È0:Company 000155B155 rue de la R√©publiqueB
69002 LyonJdr-000155@example.com`
DR-000159-19	DR-000159DR-000159-INV-003"CRED-008(Ó≠ü £30rÈ
"reminder-2-phone]
DR-000162-21	DR-000162DR-000162-INV-003"CRED-006(†Æü £30rÈ
"formal-noticeø
DR-000169-20	DR-000169DR-000169-INV-003"CRED-009(“Æü £30R~
INV-000169-003	å»EURÈ
"È0:Customer 000169B169 rue de la R√©publiqueB
69007 LyonJdr-000169@example.com]
DR-000228-34	DR-000228DR-000228-INV-005"CRED-012(ÑØü £30rÈ
"formal-notice%
day-2025-10-31(ò⁄Â£30≤	
È
æ
DR-000016-12	DR-000016DR-000016-INV-004"CRED-001(Ä‡∏Û£30R}
INV-000016-004	üêEURÈ"È0:Customer 000016B16 rue de la R√©publiqueB
69007 LyonJdr-000016@example.com`
DR-000044-25	DR-000044DR-000044-INV-004"CRED-002(≤‡∏Û£30rÈ"reminder-2-phoneΩ
DR-000060-22	DR-000060DR-000060-INV-005"CRED-012(‰‡∏Û£30R|
INV-000060-005	÷˛EURÈ"È0:Company 000060B60 rue de la R√©publiqueB
69006 LyonJdr-000060@example.com`
DR-000063-30	DR-000063DR-000063-INV-005"CRED-001(ñ·∏Û£30rÈ"reminder-2-phone]
DR-000072-26	DR-000072DR-000072-INV-004"CRED-001(»·∏Û£30rÈ"formal-noticeΩ
DR-000088-13	DR-000088DR-000088-INV-006"CRED-003(˙·∏Û£30R|
INV-000088-006	ß∂'EURÈ"È0:Company 000088B88 rue de la R√©publiqueB
69007 LyonJdr-000088@example.comh
DR-000092-27	DR-000092DR-000092-INV-003"CRED-012(¨‚∏Û£30Z'
DR-000092-PAY-3	‘πCHFÈ æ
DR-000097-22	DR-000097DR-000097-INV-004"CRED-010(ﬁ‚∏Û£30R}
INV-000097-004	Ü’EURÈ"È0:Customer 000097B97 rue de la R√©publiqueB
69007 LyonJdr-000097@example.com\
DR-000129-33	DR-000129DR-000129-INV-004"CRED-007(ê„∏Û£30¢ÈRG-000129-004æ
DR-000130-23	DR-000130DR-000130-INV-006"CRED-004(¬„∏Û£30R}
INV-000130-006	ˆõEURÈ"È0:Company 000130B130 rue de la R√©publiqueB
69004 LyonJdr-000130@example.comΩ
DR-000137-7	DR-000137DR-000137-INV-004"CRED-005(Ù„∏Û£30R}
INV-000137-004	˜‘8EURÈ"È0:Company 000137B137 rue de la R√©publiqueB
69002 LyonJdr-000137@example.com]
DR-000146-28	DR-000146DR-000146-INV-005"CRED-007(¶‰∏Û£30rÈ"formal-noticeæ
DR-000148-12	DR-000148DR-000148-INV-005"CRED-001(ÿ‰∏Û£30R}
INV-000148-005	∏ÅEURÈ"È0:Company 000148B148 rue de la R√©publiqueB
69004 LyonJdr-000148@example.comg
DR-000152-9	DR-000152DR-000152-INV-004"CRED-005(äÂ∏Û£30Z'
DR-000152-PAY-4	ˇåEURÈ a
DR-000175-10	DR-000175DR-000175-INV-003"CRED-003(ºÂ∏Û£30r È"reminder-3-letterh
DR-000192-13	DR-000192DR-000192-INV-006"CRED-011(ÓÂ∏Û£30Z'
DR-000192-PAY-6	Í∏EURÈ f
DR-000196-6	DR-000196DR-000196-INV-003"CRED-009(†Ê∏Û£30Z&
DR-000196-PAY-3ª4EURÈ h
DR-000206-24	DR-000206DR-000206-INV-003"CRED-002(“Ê∏Û£30Z'
DR-000206-PAY-2	√òEURÈ %
day-2025-11-01(ò®Ùé§30≤	
Èi
DR-000020-29	DR-000020DR-000020-INV-004"CRED-009(Äò“ú§30Z(
DR-000020-PAY-10	◊ÎEURÈ a
DR-000044-26	DR-000044DR-000044-INV-004"CRED-002(≤ò“ú§30r È"reminder-3-letterS
DR-000060-23	DR-000060DR-000060-INV-004"CRED-012(‰ò“ú§30ö
AGY-02Èh
DR-000065-10	DR-000065DR-000065-INV-004"CRED-003(ñô“ú§30Z'
DR-000065-PAY-4	¢ËEURÈ ø
DR-000157-13	DR-000157DR-000157-INV-004"CRED-002(»ô“ú§30R~
INV-000157-004	ØŸEURÈ"È0:Customer 000157B157 rue de la R√©publiqueB
69004 LyonJdr-000157@example.com`
DR-000220-26	DR-000220DR-000220-INV-004"CRED-012(˙ô“ú§30rÈ"reminder-1-emailΩ
DR-000234-11	DR-000234DR-000234-INV-005"CRED-005(¨ö“ú§30R|
INV-000234-005	åﬂ-GBPÈ"Í0:Company 000234B34 rue de la R√©publiqueB
69009 LyonJdr-000234@example.com`
DR-000235-19	DR-000235DR-000235-INV-004"CRED-006(ﬁö“ú§30rÈ"reminder-2-phoneΩ
DR-000246-26	DR-000246DR-000246-INV-004"CRED-003(êõ“ú§30R|
INV-000246-004ˆlEURÈ"È0:Customer 000246B46 rue de la R√©publiqueB
69003 LyonJdr-000246@example.com%
day-2025-11-02(ò‡ç∏§30≤	
È_
DR-000004-13	DR-000004DR-000004-INV-006"CRED-003(Ä–Î≈§30rÈ"courtesy-reminderi
DR-000019-36	DR-000019DR-000019-INV-004"CRED-002(≤–Î≈§30Z(
DR-000019-PAY-12	◊¸EURÈ Ω
DR-000042-27	DR-000042DR-000042-INV-005"CRED-006(‰–Î≈§30R|
INV-000042-005	í‰eEURÈ"È0:Company 000042B42 rue de la R√©publiqueB
69006 LyonJdr-000042@example.comæ
DR-000100-21	DR-000100DR-000100-INV-006"CRED-007(ñ—Î≈§30R}
INV-000100-006	æ…EURÈ"È0:Company 000100B100 rue de la R√©publiqueB
69001 LyonJdr-000100@example.comh
DR-000121-33	DR-000121DR-000121-INV-004"CRED-011(»—Î≈§30Z'
DR-000121-PAY-8	Å›EURÈ b
DR-000122-26	DR-000122DR-000122-INV-004"CRED-002(˙—Î≈§30r!È"reminder-4-warning`
DR-000159-20	DR-000159DR-000159-INV-003"CRED-008(¨“Î≈§30ä
goods not deliveredÈb
DR-000166-22	DR-000166DR-000166-INV-004"CRED-007(ﬁ“Î≈§30r!È"reminder-4-warning]
DR-000170-22	DR-000170DR-000170-INV-005"CRED-001(ê”Î≈§30rÈ"formal-noticef
DR-000226-8	DR-000226DR-000226-INV-004"CRED-004(¬”Î≈§30Z&
DR-000226-PAY-4™OEURÈ a
DR-000237-27	DR-000237DR-000237-INV-004"CRED-007(Ù”Î≈§30r È"reminder-3-lettera
DR-000245-14	DR-000245DR-000245-INV-003"CRED-002(¶‘Î≈§30r È"reminder-3-letteri
DR-000247-33	DR-000247DR-000247-INV-005"CRED-012(ÿ‘Î≈§30Z(
DR-000247-PAY-11	†∞EURÈ Z
DR-000248-18	DR-000248DR-000248-INV-002"CRED-005(ä’Î≈§30™
Èuncollectable%
day-2025-11-03(òòß·§30≤	
Èb
DR-000009-32	DR-000009DR-000009-INV-004"CRED-011(ÄàÖÔ§30r!È"reminder-4-warning]
DR-000011-22	DR-000011DR-000011-INV-003"CRED-012(≤àÖÔ§30rÈ"formal-noticeb
DR-000042-28	DR-000042DR-000042-INV-004"CRED-006(‰àÖÔ§30r!È"reminder-4-warningΩ
DR-000054-5	DR-000054DR-000054-INV-003"CRED-011(ñâÖÔ§30R}
INV-000054-003	éçEURÈ"Í0:Customer 000054B54 rue de la R√©publiqueB
69009 LyonJdr-000054@example.comb
DR-000059-28	DR-000059DR-000059-INV-005"CRED-006(»âÖÔ§30r!È"reminder-4-warningh
DR-000059-29	DR-000059DR-000059-INV-005"CRED-006(˙âÖÔ§30Z'
DR-000059-PAY-7	ÂæUSDÈ h
DR-000063-31	DR-000063DR-000063-INV-005"CRED-001(¨äÖÔ§30Z'
DR-000063-PAY-8	¯ _EURÈ h
DR-000093-19	DR-000093DR-000093-INV-003"CRED-003(ﬁäÖÔ§30Z'
DR-000093-PAY-4	Û¢EURÈ æ
DR-000131-14	DR-000131DR-000131-INV-005"CRED-011(êãÖÔ§30R}
INV-000131-005	≠ÔUSDÈ"È0:Company 000131B131 rue de la R√©publiqueB
69005 LyonJdr-000131@example.comU
DR-000135-12	DR-000135"CRED-010(¬ãÖÔ§30Z'
DR-000135-PAY-3	Ü¸EURÈ b
DR-000146-29	DR-000146DR-000146-INV-006"CRED-007(ÙãÖÔ§30r!È"reminder-4-warning_
DR-000149-32	DR-000149DR-000149-INV-004"CRED-009(¶åÖÔ§30rÈ"courtesy-reminder_
DR-000152-10	DR-000152DR-000152-INV-005"CRED-005(ÿåÖÔ§30rÈ"courtesy-reminder`
DR-000188-18	DR-000188DR-000188-INV-004"CRED-001(äçÖÔ§30ä
goods not deliveredÈÕ
DR-000197-33	DR-000197DR-000197-INV-007"CRED-006(ºçÖÔ§30Rã
INV-000197-007	ó⁄*EURÈ"Í*
È©m0:Company 000197B197 rue de la R√©publiqueB
69008 LyonJdr-000197@example.comS
DR-000200-32	DR-000200DR-000200-INV-004"CRED-012(ÓçÖÔ§30ö
AGY-03Èº
DR-000203-33	DR-000203DR-000203-INV-006"CRED-011(†éÖÔ§30R{
INV-000203-006	°‹EURÈ"È0:Company 000203B3 rue de la R√©publiqueB
69005 LyonJdr-000203@example.com`
DR-000207-17	DR-000207DR-000207-INV-004"CRED-005(“éÖÔ§30rÈ"reminder-1-emailb
DR-000225-33	DR-000225DR-000225-INV-004"CRED-001(ÑèÖÔ§30r!È"reminder-4-warning`
DR-000239-24	DR-000239DR-000239-INV-004"CRED-010(∂èÖÔ§30rÈ"reminder-1-email%
day-2025-11-04(ò–¿ä•30≤	
Èb
DR-000022-30	DR-000022DR-000022-INV-004"CRED-010(Ä¿ûò•30r!È"reminder-4-warningh
DR-000031-23	DR-000031DR-000031-INV-003"CRED-011(≤¿ûò•30Z'
DR-000031-PAY-3	áäCHFÈ `
DR-000056-11	DR-000056DR-000056-INV-005"CRED-002(‰¿ûò•30rÈ"reminder-1-emailM
DR-000066-19	DR-000066DR-000066-INV-003"CRED-003(ñ¡ûò•30íÈf
DR-000069-9	DR-000069DR-000069-INV-004"CRED-009(»¡ûò•30Z&
DR-000069-PAY-4ÈjCHFÈ a
DR-000072-27	DR-000072DR-000072-INV-005"CRED-001(˙¡ûò•30r È"reminder-3-letterv
DR-000072-28	DR-000072DR-000072-INV-004"CRED-001(¨¬ûò•30™4
È)small balance left after partial payments`
DR-000094-18	DR-000094DR-000094-INV-005"CRED-002(ﬁ¬ûò•30rÈ"reminder-1-emailh
DR-000116-12	DR-000116DR-000116-INV-005"CRED-001(ê√ûò•30Z'
DR-000116-PAY-5	µ˙EURÈ ø
DR-000125-14	DR-000125DR-000125-INV-004"CRED-011(¬√ûò•30R~
INV-000125-004	ãºEURÈ"È0:Customer 000125B125 rue de la R√©publiqueB
69008 LyonJdr-000125@example.com`
DR-000139-23	DR-000139DR-000139-INV-004"CRED-001(Ù√ûò•30rÈ"reminder-2-phoneø
DR-000151-11	DR-000151DR-000151-INV-004"CRED-012(¶ƒûò•30R~
INV-000151-004	ÍëEURÈ"È0:Customer 000151B151 rue de la R√©publiqueB
69007 LyonJdr-000151@example.comh
DR-000197-34	DR-000197DR-000197-INV-007"CRED-006(ÿƒûò•30Z'
DR-000197-PAY-6	ÓÏ)EURÈ g
DR-000205-6	DR-000205DR-000205-INV-003"CRED-008(ä≈ûò•30Z'
DR-000205-PAY-3	‡„!USDÈ `
DR-000223-15	DR-000223DR-000223-INV-003"CRED-010(º≈ûò•30rÈ"reminder-1-email`
DR-000247-34	DR-000247DR-000247-INV-005"CRED-012(Ó≈ûò•30rÈ"reminder-2-phoneæ
DR-000248-19	DR-000248DR-000248-INV-003"CRED-005(†∆ûò•30R}
INV-000248-003	‰»EURÈ"È0:Customer 000248B48 rue de la R√©publiqueB
69005 LyonJdr-000248@example.com%
day-2025-11-05(òà⁄≥•30≤	
È_
DR-000021-26	DR-000021DR-000021-INV-005"CRED-010(Ä¯∑¡•30rÈ"courtesy-reminder`
DR-000030-21	DR-000030DR-000030-INV-004"CRED-005(≤¯∑¡•30rÈ"reminder-2-phone`
DR-000068-18	DR-000068DR-000068-INV-003"CRED-008(‰¯∑¡•30rÈ"reminder-1-emailh
DR-000112-33	DR-000112DR-000112-INV-006"CRED-001(ñ˘∑¡•30Z'
DR-000112-PAY-9	”ÀEURÈ ]
DR-000202-24	DR-000202DR-000202-INV-003"CRED-011(»˘∑¡•30rÈ"formal-notice%
day-2025-11-06(ò¿Û‹•30≤	
Èi
DR-000032-42	DR-000032DR-000032-INV-005"CRED-010(Ä∞—Í•30Z(
DR-000032-PAY-10	á¬ GBPÈ a
DR-000055-18	DR-000055DR-000055-INV-003"CRED-002(≤∞—Í•30r È"reminder-3-letter`
DR-000082-19	DR-000082DR-000082-INV-004"CRED-010(‰∞—Í•30rÈ"reminder-2-phone^
DR-000082-20	DR-000082DR-000082-INV-004"CRED-010(ñ±—Í•30z
	ÕòEURÈÈ`
DR-000087-14	DR-000087DR-000087-INV-003"CRED-010(»±—Í•30rÈ"reminder-2-phonea
DR-000093-20	DR-000093DR-000093-INV-003"CRED-003(˙±—Í•30r È"reminder-3-letteræ
DR-000102-22	DR-000102DR-000102-INV-005"CRED-006(¨≤—Í•30R}
INV-000102-005	·à,EURÈ"È0:Company 000102B102 rue de la R√©publiqueB
69003 LyonJdr-000102@example.comø
DR-000114-20	DR-000114DR-000114-INV-005"CRED-002(ﬁ≤—Í•30R~
INV-000114-005
∑˚ùEURÈ"È0:Company 000114B114 rue de la R√©publiqueB
69006 LyonJdr-000114@example.comæ
DR-000124-7	DR-000124DR-000124-INV-004"CRED-012(ê≥—Í•30R~
INV-000124-004	À»EURÈ"È0:Customer 000124B124 rue de la R√©publiqueB
69007 LyonJdr-000124@example.comb
DR-000129-34	DR-000129DR-000129-INV-005"CRED-007(¬≥—Í•30r!È"reminder-4-warning]
DR-000140-17	DR-000140DR-000140-INV-003"CRED-012(Ù≥—Í•30rÈ"formal-notice`
DR-000144-10	DR-000144DR-000144-INV-003"CRED-010(¶¥—Í•30rÈ"reminder-1-emaili
DR-000170-23	DR-000170DR-000170-INV-005"CRED-001(ÿ¥—Í•30Z(
DR-000170-PAY-5
‚Ÿ¯EURÈ h
DR-000185-23	DR-000185DR-000185-INV-004"CRED-001(äµ—Í•30Z'
DR-000185-PAY-5	”èEURÈ `
DR-000197-35	DR-000197DR-000197-INV-006"CRED-006(ºµ—Í•30rÈ"reminder-1-email%
day-2025-11-07(ò¯åÜ¶30≤	
È`
DR-000026-22	DR-000026DR-000026-INV-005"CRED-006(ÄËÍì¶30rÈ"reminder-1-emailΩ
DR-000057-31	DR-000057DR-000057-INV-006"CRED-011(≤ËÍì¶30R|
INV-000057-006	¿ªEURÈ"È0:Company 000057B57 rue de la R√©publiqueB
69003 LyonJdr-000057@example.coma
DR-000063-32	DR-000063DR-000063-INV-005"CRED-001(‰ËÍì¶30r È"reminder-3-letter_
DR-000138-44	DR-000138DR-000138-INV-005"CRED-007(ñÈÍì¶30rÈ"courtesy-reminder`
DR-000156-25	DR-000156DR-000156-INV-005"CRED-007(»ÈÍì¶30rÈ"reminder-1-emailb
DR-000182-20	DR-000182DR-000182-INV-004"CRED-001(˙ÈÍì¶30r!È"reminder-4-warning`
DR-000207-18	DR-000207DR-000207-INV-004"CRED-005(¨ÍÍì¶30ä
goods not deliveredÈh
DR-000220-27	DR-000220DR-000220-INV-004"CRED-012(ﬁÍÍì¶30Z'
DR-000220-PAY-6	ª˙EURÈ h
DR-000240-21	DR-000240DR-000240-INV-004"CRED-012(êÎÍì¶30Z'
DR-000240-PAY-5	ƒ¿"EURÈ %
day-2025-11-08(ò∞¶Ø¶30≤	
Èi
DR-000035-16	DR-000035DR-000035-INV-007"CRED-012(Ä†ÑΩ¶30Z(
DR-000035-PAY-7
°™•EURÈ	 Ω
DR-000073-9	DR-000073DR-000073-INV-005"CRED-002(≤†ÑΩ¶30R}
INV-000073-005	æ™EURÈ	"È	0:Customer 000073B73 rue de la R√©publiqueB
69001 LyonJdr-000073@example.com`
DR-000220-28	DR-000220DR-000220-INV-004"CRED-012(‰†ÑΩ¶30rÈ	"reminder-2-phonea
DR-000235-20	DR-000235DR-000235-INV-004"CRED-006(ñ°ÑΩ¶30r È	"reminder-3-letter%
day-2025-11-09(òËøÿ¶30≤	
È	`
DR-000006-19	DR-000006DR-000006-INV-003"CRED-003(ÄÿùÊ¶30rÈ
"reminder-1-email_
DR-000039-11	DR-000039DR-000039-INV-005"CRED-008(≤ÿùÊ¶30rÈ
"courtesy-reminder_
DR-000058-21	DR-000058DR-000058-INV-006"CRED-007(‰ÿùÊ¶30rÈ
"courtesy-reminderh
DR-000109-10	DR-000109DR-000109-INV-005"CRED-009(ñŸùÊ¶30Z'
DR-000109-PAY-5	≈øEURÈ
 a
DR-000113-20	DR-000113DR-000113-INV-003"CRED-007(»ŸùÊ¶30r È
"reminder-3-letterg
DR-000113-21	DR-000113DR-000113-INV-002"CRED-007(˙ŸùÊ¶30Z&
DR-000113-PAY-5ÛTEURÈ
 h
DR-000114-21	DR-000114DR-000114-INV-004"CRED-002(¨⁄ùÊ¶30Z'
DR-000114-PAY-4	€´+EURÈ
 `
DR-000130-24	DR-000130DR-000130-INV-006"CRED-004(ﬁ⁄ùÊ¶30ä
goods not deliveredÈ
Õ
DR-000138-45	DR-000138DR-000138-INV-006"CRED-007(ê€ùÊ¶30Rã
INV-000138-006	¡âEURÈ
"È*
Èß0:Company 000138B138 rue de la R√©publiqueB
69003 LyonJdr-000138@example.comæ
DR-000172-15	DR-000172DR-000172-INV-007"CRED-010(¬€ùÊ¶30R}
INV-000172-007	§±/EURÈ
"È0:Company 000172B172 rue de la R√©publiqueB
69001 LyonJdr-000172@example.comb
DR-000175-11	DR-000175DR-000175-INV-003"CRED-003(Ù€ùÊ¶30r!È
"reminder-4-warning`
DR-000177-11	DR-000177DR-000177-INV-003"CRED-008(¶‹ùÊ¶30rÈ
"reminder-1-emailæ
DR-000194-20	DR-000194DR-000194-INV-005"CRED-001(ÿ‹ùÊ¶30R}
INV-000194-005	¬óUSDÈ
"È
0:Company 000194B194 rue de la R√©publiqueB
69005 LyonJdr-000194@example.comº
DR-000221-9	DR-000221DR-000221-INV-005"CRED-004(ä›ùÊ¶30R|
INV-000221-005	·¢EURÈ
"È0:Company 000221B21 rue de la R√©publiqueB
69005 LyonJdr-000221@example.comΩ
DR-000232-27	DR-000232DR-000232-INV-007"CRED-008(º›ùÊ¶30R|
INV-000232-007	ΩÉEURÈ
"È
0:Company 000232B32 rue de la R√©publiqueB
69007 LyonJdr-000232@example.comh
DR-000238-10	DR-000238DR-000238-INV-005"CRED-005(Ó›ùÊ¶30Z'
DR-000238-PAY-5	äÌ?EURÈ
 %
day-2025-11-10(ò†ŸÅß30≤	
È
X
DR-000027-20	DR-000027DR-000027-INV-003"CRED-009(Äê∑èß30í	É•EURÈæ
DR-000037-30	DR-000037DR-000037-INV-005"CRED-010(≤ê∑èß30R}
INV-000037-005
¬‘óEURÈ"È0:Company 000037B37 rue de la R√©publiqueB
69001 LyonJdr-000037@example.comb
DR-000044-27	DR-000044DR-000044-INV-004"CRED-002(‰ê∑èß30r!È"reminder-4-warningæ
DR-000098-12	DR-000098DR-000098-INV-004"CRED-002(ñë∑èß30R}
INV-000098-004	·íEURÈ"È0:Customer 000098B98 rue de la R√©publiqueB
69008 LyonJdr-000098@example.comb
DR-000113-22	DR-000113DR-000113-INV-003"CRED-007(»ë∑èß30r!È"reminder-4-warning_
DR-000150-21	DR-000150DR-000150-INV-006"CRED-012(˙ë∑èß30rÈ"courtesy-reminderh
DR-000164-19	DR-000164DR-000164-INV-002"CRED-011(¨í∑èß30Z'
DR-000164-PAY-1	π©EURÈ Õ
DR-000187-30	DR-000187DR-000187-INV-006"CRED-001(ﬁí∑èß30Rã
INV-000187-006	¿*GBPÈ"Í
*
È‚m0:Company 000187B187 rue de la R√©publiqueB
69007 LyonJdr-000187@example.comæ
DR-000189-10	DR-000189DR-000189-INV-006"CRED-008(êì∑èß30R}
INV-000189-006	≠íEURÈ"È0:Company 000189B189 rue de la R√©publiqueB
69009 LyonJdr-000189@example.comh
DR-000189-11	DR-000189DR-000189-INV-005"CRED-008(¬ì∑èß30Z'
DR-000189-PAY-5	Œ±
EURÈ æ
DR-000198-24	DR-000198DR-000198-INV-006"CRED-004(Ùì∑èß30R}
INV-000198-006	áÖ.EURÈ"È0:Company 000198B198 rue de la R√©publiqueB
69009 LyonJdr-000198@example.comÀ
DR-000213-9	DR-000213DR-000213-INV-005"CRED-011(¶î∑èß30Rä
INV-000213-005	ÀãCHFÈ"È*
ÈÀ0:Company 000213B13 rue de la R√©publiqueB
69006 LyonJdr-000213@example.com`
DR-000239-25	DR-000239DR-000239-INV-004"CRED-010(ÿî∑èß30rÈ"reminder-2-phone`
DR-000249-21	DR-000249DR-000249-INV-004"CRED-006(äï∑èß30rÈ"reminder-1-email%
day-2025-11-11(òÿÚ™ß30≤	
È_
DR-000005-12	DR-000005DR-000005-INV-005"CRED-004(Ä»–∏ß30rÈ"courtesy-reminderi
DR-000005-13	DR-000005DR-000005-INV-005"CRED-004(≤»–∏ß30Z(
DR-000005-PAY-6
¿≥éEURÈ g
DR-000006-20	DR-000006DR-000006-INV-003"CRED-003(‰»–∏ß30Z&
DR-000006-PAY-5∑LEURÈ `
DR-000027-21	DR-000027DR-000027-INV-003"CRED-009(ñ…–∏ß30rÈ"reminder-1-email`
DR-000041-19	DR-000041DR-000041-INV-004"CRED-008(»…–∏ß30rÈ"reminder-1-email`
DR-000056-12	DR-000056DR-000056-INV-005"CRED-002(˙…–∏ß30rÈ"reminder-2-phoneΩ
DR-000079-7	DR-000079DR-000079-INV-004"CRED-006(¨ –∏ß30R}
INV-000079-004	÷⁄EURÈ"È0:Customer 000079B79 rue de la R√©publiqueB
69007 LyonJdr-000079@example.com`
DR-000094-19	DR-000094DR-000094-INV-005"CRED-002(ﬁ –∏ß30rÈ"reminder-2-phone]
DR-000113-23	DR-000113DR-000113-INV-003"CRED-007(êÀ–∏ß30rÈ"formal-noticeæ
DR-000119-28	DR-000119DR-000119-INV-005"CRED-007(¬À–∏ß30R}
INV-000119-005	ÒƒEURÈ"Í0:Company 000119B119 rue de la R√©publiqueB
69002 LyonJdr-000119@example.coma
DR-000139-24	DR-000139DR-000139-INV-004"CRED-001(ÙÀ–∏ß30r È"reminder-3-letteræ
DR-000145-20	DR-000145DR-000145-INV-005"CRED-009(¶Ã–∏ß30R}
INV-000145-005	Û–5EURÈ"È0:Company 000145B145 rue de la R√©publiqueB
69001 LyonJdr-000145@example.comh
DR-000158-23	DR-000158DR-000158-INV-004"CRED-004(ÿÃ–∏ß30Z'
DR-000158-PAY-4	ÜØEURÈ ø
DR-000161-13	DR-000161DR-000161-INV-004"CRED-007(äÕ–∏ß30R~
INV-000161-004	ÂßUSDÈ"È0:Customer 000161B161 rue de la R√©publiqueB
69008 LyonJdr-000161@example.comh
DR-000163-13	DR-000163DR-000163-INV-006"CRED-005(ºÕ–∏ß30Z'
DR-000163-PAY-6	ˆíCHFÈ `
DR-000223-16	DR-000223DR-000223-INV-003"CRED-010(ÓÕ–∏ß30rÈ"reminder-2-phone]
DR-000223-17	DR-000223DR-000223-INV-003"CRED-010(†Œ–∏ß30z
‡@EURÈÈb
DR-000237-28	DR-000237DR-000237-INV-004"CRED-007(“Œ–∏ß30r!È"reminder-4-warningb
DR-000245-15	DR-000245DR-000245-INV-003"CRED-002(Ñœ–∏ß30r!È"reminder-4-warninga
DR-000247-35	DR-000247DR-000247-INV-005"CRED-012(∂œ–∏ß30r È"reminder-3-letter%
day-2025-11-12(òêå‘ß30≤	
È`
DR-000004-14	DR-000004DR-000004-INV-006"CRED-003(ÄÄÍ·ß30rÈ"reminder-1-emailΩ
DR-000017-13	DR-000017DR-000017-INV-006"CRED-010(≤ÄÍ·ß30R|
INV-000017-006	É≈EURÈ"Í0:Company 000017B17 rue de la R√©publiqueB
69008 LyonJdr-000017@example.com`
DR-000027-22	DR-000027DR-000027-INV-003"CRED-009(‰ÄÍ·ß30rÈ"reminder-2-phonea
DR-000030-22	DR-000030DR-000030-INV-004"CRED-005(ñÅÍ·ß30r È"reminder-3-letter†
DR-000030-23	DR-000030DR-000030-INV-004"CRED-005(»ÅÍ·ß30Ç^
DR-000030-PLAN-23È
È	å°EUR
È	å°EUR
Í	å°EURi
DR-000057-32	DR-000057DR-000057-INV-003"CRED-011(˙ÅÍ·ß30Z(
DR-000057-PAY-11	¯ıEURÈ `
DR-000068-19	DR-000068DR-000068-INV-003"CRED-008(¨ÇÍ·ß30rÈ"reminder-2-phoneh
DR-000091-11	DR-000091DR-000091-INV-003"CRED-005(ﬁÇÍ·ß30Z'
DR-000091-PAY-3	ñ·EURÈ ø
DR-000108-22	DR-000108DR-000108-INV-004"CRED-004(êÉÍ·ß30R~
INV-000108-004	¥˙EURÈ"È0:Customer 000108B108 rue de la R√©publiqueB
69009 LyonJdr-000108@example.comø
DR-000160-20	DR-000160DR-000160-INV-004"CRED-010(¬ÉÍ·ß30R~
INV-000160-004	âêEURÈ"È0:Customer 000160B160 rue de la R√©publiqueB
69007 LyonJdr-000160@example.com`
DR-000209-18	DR-000209DR-000209-INV-003"CRED-002(ÙÉÍ·ß30rÈ"reminder-1-email%
day-2025-11-13(ò»•˝ß30≤	
Èh
DR-000004-15	DR-000004DR-000004-INV-006"CRED-003(Ä∏Éã®30Z'
DR-000004-PAY-6	¿EURÈ a
DR-000027-23	DR-000027DR-000027-INV-003"CRED-009(≤∏Éã®30r È"reminder-3-letter`
DR-000029-17	DR-000029DR-000029-INV-003"CRED-001(‰∏Éã®30rÈ"reminder-1-emailM
DR-000062-34	DR-000062DR-000062-INV-006"CRED-006(ñπÉã®30íÈb
DR-000072-29	DR-000072DR-000072-INV-005"CRED-001(»πÉã®30r!È"reminder-4-warninga
DR-000087-15	DR-000087DR-000087-INV-003"CRED-010(˙πÉã®30r È"reminder-3-letterø
DR-000104-18	DR-000104DR-000104-INV-004"CRED-004(¨∫Éã®30R~
INV-000104-004	Ù≥EURÈ"È0:Customer 000104B104 rue de la R√©publiqueB
69005 LyonJdr-000104@example.com`
DR-000144-11	DR-000144DR-000144-INV-003"CRED-010(ﬁ∫Éã®30rÈ"reminder-2-phone`
DR-000149-33	DR-000149DR-000149-INV-004"CRED-009(êªÉã®30rÈ"reminder-1-email`
DR-000152-11	DR-000152DR-000152-INV-005"CRED-005(¬ªÉã®30rÈ"reminder-1-emailæ
DR-000170-24	DR-000170DR-000170-INV-007"CRED-005(ÙªÉã®30R}
INV-000170-007	êÙCHFÈ"È0:Company 000170B170 rue de la R√©publiqueB
69008 LyonJdr-000170@example.comæ
DR-000185-24	DR-000185DR-000185-INV-005"CRED-001(¶ºÉã®30R}
INV-000185-005€-EURÈ"Í0:Customer 000185B185 rue de la R√©publiqueB
69005 LyonJdr-000185@example.com`
DR-000197-36	DR-000197DR-000197-INV-006"CRED-006(ÿºÉã®30rÈ"reminder-2-phone]
DR-000198-25	DR-000198DR-000198-INV-004"CRED-004(äΩÉã®30rÈ"formal-noticeæ
DR-000200-33	DR-000200DR-000200-INV-005"CRED-012(ºΩÉã®30R}
INV-000200-005	¥ EURÈ"È0:Company 000200B200 rue de la R√©publiqueB
69002 LyonJdr-000200@example.com%
day-2025-11-14(òÄø¶®30≤	
Èi
DR-000021-27	DR-000021DR-000021-INV-004"CRED-010(Äú¥®30Z(
DR-000021-PAY-13	©≤GBPÈ `
DR-000026-23	DR-000026DR-000026-INV-005"CRED-006(≤ú¥®30rÈ"reminder-2-phoneg
DR-000033-19	DR-000033DR-000033-INV-002"CRED-003(‰ú¥®30Z&
DR-000033-PAY-5∫3CHFÈ _
DR-000057-33	DR-000057DR-000057-INV-005"CRED-011(ñÒú¥®30rÈ"courtesy-reminder_
DR-000112-34	DR-000112DR-000112-INV-007"CRED-001(»Òú¥®30rÈ"courtesy-reminderø
DR-000143-11	DR-000143DR-000143-INV-004"CRED-007(˙Òú¥®30R~
INV-000143-004	Î≤GBPÈ"È0:Customer 000143B143 rue de la R√©publiqueB
69008 LyonJdr-000143@example.comh
DR-000152-12	DR-000152DR-000152-INV-005"CRED-005(¨Úú¥®30Z'
DR-000152-PAY-5	¬° EURÈ `
DR-000156-26	DR-000156DR-000156-INV-005"CRED-007(ﬁÚú¥®30rÈ"reminder-2-phoneh
DR-000168-30	DR-000168DR-000168-INV-005"CRED-009(êÛú¥®30Z'
DR-000168-PAY-5	”õ'EURÈ Ω
DR-000244-18	DR-000244DR-000244-INV-005"CRED-002(¬Ûú¥®30R|
INV-000244-005	∑ÿ;EURÈ"È0:Company 000244B44 rue de la R√©publiqueB
69001 LyonJdr-000244@example.com%
day-2025-11-15(ò∏ÿœ®30≤	
È`
DR-000021-28	DR-000021DR-000021-INV-005"CRED-010(Ä®∂›®30rÈ"reminder-1-emaili
DR-000027-24	DR-000027DR-000027-INV-004"CRED-009(≤®∂›®30Z(
DR-000027-PAY-3
Ü±§EURÈ h
DR-000040-12	DR-000040DR-000040-INV-005"CRED-007(‰®∂›®30Z'
DR-000040-PAY-5	∂™9EURÈ h
DR-000042-29	DR-000042DR-000042-INV-004"CRED-006(ñ©∂›®30Z'
DR-000042-PAY-5	‘§EURÈ g
DR-000043-8	DR-000043DR-000043-INV-004"CRED-007(»©∂›®30Z'
DR-000043-PAY-4	∆É-EURÈ b
DR-000055-19	DR-000055DR-000055-INV-003"CRED-002(˙©∂›®30r!È"reminder-4-warning`
DR-000066-20	DR-000066DR-000066-INV-003"CRED-003(¨™∂›®30rÈ"reminder-1-emailΩ
DR-000089-19	DR-000089DR-000089-INV-006"CRED-006(ﬁ™∂›®30R|
INV-000089-006	‰ˆ	EURÈ"È0:Company 000089B89 rue de la R√©publiqueB
69008 LyonJdr-000089@example.comb
DR-000093-21	DR-000093DR-000093-INV-003"CRED-003(ê´∂›®30r!È"reminder-4-warningi
DR-000132-25	DR-000132DR-000132-INV-005"CRED-012(¬´∂›®30Z(
DR-000132-PAY-4
÷®ÓEURÈ a
DR-000165-31	DR-000165DR-000165-INV-004"CRED-008(Ù´∂›®30r È"reminder-3-letter`
DR-000171-14	DR-000171DR-000171-INV-004"CRED-006(¶¨∂›®30rÈ"reminder-1-email^
DR-000180-9	DR-000180DR-000180-INV-004"CRED-009(ÿ¨∂›®30rÈ"courtesy-reminderÕ
DR-000188-19	DR-000188DR-000188-INV-005"CRED-001(ä≠∂›®30Rã
INV-000188-005	ŸÇ$EURÈ"È*
Èõ\0:Company 000188B188 rue de la R√©publiqueB
69008 LyonJdr-000188@example.com`
DR-000193-19	DR-000193DR-000193-INV-005"CRED-006(º≠∂›®30rÈ"reminder-1-emaila
DR-000220-29	DR-000220DR-000220-INV-004"CRED-012(Ó≠∂›®30r È"reminder-3-lettera
DR-000220-29	DR-000220DR-000220-INV-004"CRED-012(Ó≠∂›®30r È"reminder-3-letter%
day-2025-11-16(òÒ¯®30≤	
È`
DR-000006-21	DR-000006DR-000006-INV-003"CRED-003(Ä‡œÜ©30rÈ"reminder-2-phoneæ
DR-000010-13	DR-000010DR-000010-INV-005"CRED-004(≤‡œÜ©30R}
INV-000010-005	≠°EURÈ"È0:Customer 000010B10 rue de la R√©publiqueB
69001 LyonJdr-000010@example.comæ
DR-000029-18	DR-000029DR-000029-INV-004"CRED-001(‰‡œÜ©30R}
INV-000029-004	ˇ›EURÈ"È0:Customer 000029B29 rue de la R√©publiqueB
69002 LyonJdr-000029@example.comg
DR-000029-19	DR-000029DR-000029-INV-003"CRED-001(ñ·œÜ©30Z&
DR-000029-PAY-2±EURÈ `
DR-000041-20	DR-000041DR-000041-INV-005"CRED-008(»·œÜ©30rÈ"reminder-1-emailb
DR-000063-33	DR-000063DR-000063-INV-005"CRED-001(˙·œÜ©30r!È"reminder-4-warningh
DR-000082-21	DR-000082DR-000082-INV-004"CRED-010(¨‚œÜ©30Z'
DR-000082-PAY-4	ÕòEURÈ b
DR-000165-32	DR-000165DR-000165-INV-004"CRED-008(ﬁ‚œÜ©30r!È"reminder-4-warning_
DR-000176-7	DR-000176DR-000176-INV-003"CRED-008(ê„œÜ©30rÈ"reminder-1-email`
DR-000177-12	DR-000177DR-000177-INV-003"CRED-008(¬„œÜ©30rÈ"reminder-2-phoneJ
DR-000240-22	DR-000240"CRED-012(Ù„œÜ©30b
DR-000240-PAY-5È`
DR-000245-16	DR-000245DR-000245-INV-004"CRED-002(¶‰œÜ©30rÈ"reminder-1-email%
day-2025-11-17(ò®ã¢©30≤	
Èh
DR-000028-28	DR-000028DR-000028-INV-004"CRED-008(ÄòÈØ©30Z'
DR-000028-PAY-9	Ìè,GBPÈ Ã
DR-000067-15	DR-000067DR-000067-INV-006"CRED-006(≤òÈØ©30Rä
INV-000067-006	¯ïEURÈ"È*
ÈÊ0:Company 000067B67 rue de la R√©publiqueB
69004 LyonJdr-000067@example.comΩ
DR-000084-11	DR-000084DR-000084-INV-006"CRED-011(‰òÈØ©30R|
INV-000084-006	ﬂ∑EURÈ"Í0:Company 000084B84 rue de la R√©publiqueB
69003 LyonJdr-000084@example.comæ
DR-000103-9	DR-000103DR-000103-INV-004"CRED-001(ñôÈØ©30R~
INV-000103-004	ùÕEURÈ"È0:Customer 000103B103 rue de la R√©publiqueB
69004 LyonJdr-000103@example.com]
DR-000122-27	DR-000122DR-000122-INV-004"CRED-002(»ôÈØ©30rÈ"formal-notice`
DR-000138-46	DR-000138DR-000138-INV-005"CRED-007(˙ôÈØ©30rÈ"reminder-1-email]
DR-000165-33	DR-000165DR-000165-INV-004"CRED-008(¨öÈØ©30rÈ"formal-notice]
DR-000166-23	DR-000166DR-000166-INV-004"CRED-007(ﬁöÈØ©30rÈ"formal-noticeh
DR-000202-25	DR-000202DR-000202-INV-004"CRED-008(êõÈØ©30Z'
DR-000202-PAY-3	ıâEURÈ h
DR-000224-11	DR-000224DR-000224-INV-004"CRED-005(¬õÈØ©30Z'
DR-000224-PAY-4	çÕEURÈ b
DR-000235-21	DR-000235DR-000235-INV-004"CRED-006(ÙõÈØ©30r!È"reminder-4-warninga
DR-000239-26	DR-000239DR-000239-INV-004"CRED-010(¶úÈØ©30r È"reminder-3-letter`
DR-000240-23	DR-000240DR-000240-INV-004"CRED-012(ÿúÈØ©30rÈ"reminder-1-email`
DR-000249-22	DR-000249DR-000249-INV-004"CRED-006(äùÈØ©30rÈ"reminder-2-phone%
day-2025-11-18(ò‡§À©30≤	
È]
DR-000009-33	DR-000009DR-000009-INV-004"CRED-011(Ä–ÇŸ©30rÈ"formal-noticeæ
DR-000015-24	DR-000015DR-000015-INV-004"CRED-011(≤–ÇŸ©30R}
INV-000015-004	÷¨
EURÈ"È0:Customer 000015B15 rue de la R√©publiqueB
69006 LyonJdr-000015@example.com`
DR-000033-20	DR-000033DR-000033-INV-003"CRED-003(‰–ÇŸ©30rÈ"reminder-1-email`
DR-000041-21	DR-000041DR-000041-INV-004"CRED-008(ñ—ÇŸ©30rÈ"reminder-2-phone^
DR-000041-22	DR-000041DR-000041-INV-004"CRED-008(»—ÇŸ©30z
	ÖﬂEURÈÈº
DR-000043-9	DR-000043DR-000043-INV-005"CRED-007(˙—ÇŸ©30R|
INV-000043-005	˛Ù#EURÈ"Í0:Company 000043B43 rue de la R√©publiqueB
69007 LyonJdr-000043@example.comΩ
DR-000056-13	DR-000056DR-000056-INV-006"CRED-002(¨“ÇŸ©30R|
INV-000056-006	ˇì;EURÈ"È0:Company 000056B56 rue de la R√©publiqueB
69002 LyonJdr-000056@example.coma
DR-000056-14	DR-000056DR-000056-INV-005"CRED-002(ﬁ“ÇŸ©30r È"reminder-3-letter]
DR-000059-30	DR-000059DR-000059-INV-005"CRED-006(ê”ÇŸ©30rÈ"formal-notice`
DR-000081-30	DR-000081DR-000081-INV-006"CRED-010(¬”ÇŸ©30rÈ"reminder-1-emailh
DR-000093-22	DR-000093DR-000093-INV-003"CRED-003(Ù”ÇŸ©30Z'
DR-000093-PAY-5	Ù¢EURÈ a
DR-000094-20	DR-000094DR-000094-INV-005"CRED-002(¶‘ÇŸ©30r È"reminder-3-letteræ
DR-000106-15	DR-000106DR-000106-INV-005"CRED-004(ÿ‘ÇŸ©30R}
INV-000106-005	Ò»USDÈ"È0:Company 000106B106 rue de la R√©publiqueB
69007 LyonJdr-000106@example.comJ
DR-000132-26	DR-000132"CRED-012(ä’ÇŸ©30b
DR-000132-PAY-4È]
DR-000146-30	DR-000146DR-000146-INV-006"CRED-007(º’ÇŸ©30rÈ"formal-noticeæ
DR-000166-24	DR-000166DR-000166-INV-006"CRED-001(Ó’ÇŸ©30R}
INV-000166-006	ÃÄEURÈ"Í0:Company 000166B166 rue de la R√©publiqueB
69004 LyonJdr-000166@example.comh
DR-000180-10	DR-000180DR-000180-INV-004"CRED-009(†÷ÇŸ©30Z'
DR-000180-PAY-4	˙ñhEURÈ Z
DR-000206-25	DR-000206DR-000206-INV-002"CRED-002(“÷ÇŸ©30™
Èuncollectable]
DR-000225-34	DR-000225DR-000225-INV-004"CRED-001(Ñ◊ÇŸ©30rÈ"formal-noticev
DR-000225-35	DR-000225DR-000225-INV-004"CRED-001(∂◊ÇŸ©30™4
È)small balance left after partial payments%
day-2025-11-19(òòæÙ©30≤	
ÈΩ
DR-000019-37	DR-000019DR-000019-INV-006"CRED-002(ÄàúÇ™30R|
INV-000019-006	ºà#EURÈ"È0:Company 000019B19 rue de la R√©publiqueB
69001 LyonJdr-000019@example.com]
DR-000022-31	DR-000022DR-000022-INV-004"CRED-010(≤àúÇ™30rÈ"formal-notice`
DR-000039-12	DR-000039DR-000039-INV-005"CRED-008(‰àúÇ™30rÈ"reminder-1-email`
DR-000058-22	DR-000058DR-000058-INV-006"CRED-007(ñâúÇ™30rÈ"reminder-1-emaila
DR-000068-20	DR-000068DR-000068-INV-003"CRED-008(»âúÇ™30r È"reminder-3-letterÕ
DR-000081-31	DR-000081DR-000081-INV-007"CRED-010(˙âúÇ™30Rã
INV-000081-007	Â£]EURÈ"Í*
ÈÂÓ0:Company 000081B81 rue de la R√©publiqueB
69009 LyonJdr-000081@example.comø
DR-000110-14	DR-000110DR-000110-INV-007"CRED-001(¨äúÇ™30R~
INV-000110-007
Ú≥âEURÈ"Í0:Company 000110B110 rue de la R√©publiqueB
69002 LyonJdr-000110@example.comh
DR-000132-27	DR-000132DR-000132-INV-004"CRED-012(ﬁäúÇ™30Z'
DR-000132-PAY-5	úáEURÈ i
DR-000187-31	DR-000187DR-000187-INV-005"CRED-001(êãúÇ™30Z(
DR-000187-PAY-8
√ÀêGBPÈ `
DR-000209-19	DR-000209DR-000209-INV-003"CRED-002(¬ãúÇ™30rÈ"reminder-2-phone`
DR-000230-15	DR-000230DR-000230-INV-004"CRED-005(ÙãúÇ™30rÈ"reminder-1-email_
DR-000233-9	DR-000233DR-000233-INV-003"CRED-001(¶åúÇ™30rÈ"reminder-1-emailΩ
DR-000237-29	DR-000237DR-000237-INV-005"CRED-007(ÿåúÇ™30R|
INV-000237-005	ÜŒEURÈ"È0:Company 000237B37 rue de la R√©publiqueB
69003 LyonJdr-000237@example.com`
DR-000240-24	DR-000240DR-000240-INV-004"CRED-012(äçúÇ™30rÈ"reminder-2-phone%
day-2025-11-20(ò–◊ù™30≤	
Èæ
DR-000048-12	DR-000048DR-000048-INV-005"CRED-005(Ä¿µ´™30R}
INV-000048-005	‡ëEURÈ"È0:Customer 000048B48 rue de la R√©publiqueB
69003 LyonJdr-000048@example.com`
DR-000049-11	DR-000049DR-000049-INV-004"CRED-004(≤¿µ´™30rÈ"reminder-1-emailΩ
DR-000051-10	DR-000051DR-000051-INV-005"CRED-006(‰¿µ´™30R|
INV-000051-005	ãÿEURÈ"È0:Company 000051B51 rue de la R√©publiqueB
69006 LyonJdr-000051@example.comΩ
DR-000064-27	DR-000064DR-000064-INV-006"CRED-006(ñ¡µ´™30R|
INV-000064-006	ÚÔ7EURÈ"È0:Company 000064B64 rue de la R√©publiqueB
69001 LyonJdr-000064@example.come
DR-000067-16	DR-000067DR-000067-INV-006"CRED-006(»¡µ´™30j$
DR-000067-CN-16•7EURÈ_
DR-000083-15	DR-000083DR-000083-INV-004"CRED-009(˙¡µ´™30rÈ"courtesy-reminder`
DR-000085-24	DR-000085DR-000085-INV-004"CRED-012(¨¬µ´™30rÈ"reminder-1-emailh
DR-000107-16	DR-000107DR-000107-INV-004"CRED-011(ﬁ¬µ´™30Z'
DR-000107-PAY-4	íƒEURÈ Ω
DR-000120-26	DR-000120DR-000120-INV-005"CRED-008(ê√µ´™30R|
INV-000120-005¡yEURÈ"È0:Company 000120B120 rue de la R√©publiqueB
69003 LyonJdr-000120@example.com`
DR-000134-23	DR-000134DR-000134-INV-004"CRED-009(¬√µ´™30rÈ"reminder-1-emailb
DR-000139-25	DR-000139DR-000139-INV-004"CRED-001(Ù√µ´™30r!È"reminder-4-warning`
DR-000140-18	DR-000140DR-000140-INV-004"CRED-003(¶ƒµ´™30rÈ"reminder-1-emaila
DR-000144-12	DR-000144DR-000144-INV-003"CRED-010(ÿƒµ´™30r È"reminder-3-letter`
DR-000149-34	DR-000149DR-000149-INV-004"CRED-009(ä≈µ´™30rÈ"reminder-2-phone`
DR-000150-22	DR-000150DR-000150-INV-006"CRED-012(º≈µ´™30rÈ"reminder-1-emailS
DR-000162-22	DR-000162DR-000162-INV-003"CRED-006(Ó≈µ´™30ö
AGY-03È_
DR-000165-34	DR-000165DR-000165-INV-005"CRED-008(†∆µ´™30rÈ"courtesy-reminderf
DR-000176-8	DR-000176DR-000176-INV-003"CRED-008(“∆µ´™30Z&
DR-000176-PAY-3¬9EURÈ æ
DR-000178-7	DR-000178DR-000178-INV-004"CRED-006(Ñ«µ´™30R~
INV-000178-004	ü≠USDÈ"È0:Customer 000178B178 rue de la R√©publiqueB
69007 LyonJdr-000178@example.com`
DR-000194-21	DR-000194DR-000194-INV-004"CRED-001(∂«µ´™30rÈ"reminder-1-emaila
DR-000197-37	DR-000197DR-000197-INV-006"CRED-006(Ë«µ´™30r È"reminder-3-letterh
DR-000235-22	DR-000235DR-000235-INV-003"CRED-006(ö»µ´™30Z'
DR-000235-PAY-3	®√EURÈ b
DR-000247-36	DR-000247DR-000247-INV-005"CRED-012(Ã»µ´™30r!È"reminder-4-warning%
day-2025-11-21(òàÒ∆™30≤	
ÈΩ
DR-000011-23	DR-000011DR-000011-INV-005"CRED-012(Ä¯Œ‘™30R|
INV-000011-005	ÅìEURÈ"È0:Company 000011B11 rue de la R√©publiqueB
69002 LyonJdr-000011@example.coma
DR-000026-24	DR-000026DR-000026-INV-005"CRED-006(≤¯Œ‘™30r È"reminder-3-letterb
DR-000027-25	DR-000027DR-000027-INV-003"CRED-009(‰¯Œ‘™30r!È"reminder-4-warningg
DR-000066-21	DR-000066DR-000066-INV-003"CRED-003(ñ˘Œ‘™30Z&
DR-000066-PAY-3÷4USDÈ æ
DR-000112-35	DR-000112DR-000112-INV-009"CRED-001(»˘Œ‘™30R}
INV-000112-009	±ﬂEURÈ"È0:Company 000112B112 rue de la R√©publiqueB
69004 LyonJdr-000112@example.com`
DR-000117-26	DR-000117DR-000117-INV-004"CRED-004(˙˘Œ‘™30rÈ"reminder-1-email]
DR-000129-35	DR-000129DR-000129-INV-005"CRED-007(¨˙Œ‘™30rÈ"formal-noticea
DR-000156-27	DR-000156DR-000156-INV-005"CRED-007(ﬁ˙Œ‘™30r È"reminder-3-letterh
DR-000215-10	DR-000215DR-000215-INV-005"CRED-011(ê˚Œ‘™30Z'
DR-000215-PAY-5	”ƒEURÈ g
DR-000241-22	DR-000241DR-000241-INV-003"CRED-007(¬˚Œ‘™30Z&
DR-000241-PAY-6ìBEURÈ %
day-2025-11-22(ò¿ä™30≤	
Èh
DR-000011-24	DR-000011DR-000011-INV-003"CRED-012(Ä∞Ë˝™30Z'
DR-000011-PAY-3	∑∆EURÈ `
DR-000021-29	DR-000021DR-000021-INV-005"CRED-010(≤∞Ë˝™30rÈ"reminder-2-phone`
DR-000047-19	DR-000047DR-000047-INV-004"CRED-011(‰∞Ë˝™30rÈ"reminder-1-emailh
DR-000059-31	DR-000059DR-000059-INV-005"CRED-006(ñ±Ë˝™30Z'
DR-000059-PAY-8	Ô“USDÈ `
DR-000064-28	DR-000064DR-000064-INV-004"CRED-006(»±Ë˝™30ä
goods not deliveredÈ`
DR-000080-21	DR-000080DR-000080-INV-005"CRED-012(˙±Ë˝™30rÈ"reminder-1-emailh
DR-000081-32	DR-000081DR-000081-INV-006"CRED-010(¨≤Ë˝™30Z'
DR-000081-PAY-8	¡ÏEURÈ b
DR-000087-16	DR-000087DR-000087-INV-003"CRED-010(ﬁ≤Ë˝™30r!È"reminder-4-warningΩ
DR-000093-23	DR-000093DR-000093-INV-005"CRED-003(ê≥Ë˝™30R|
INV-000093-005	ªŒEURÈ"Í0:Company 000093B93 rue de la R√©publiqueB
69003 LyonJdr-000093@example.comh
DR-000117-27	DR-000117DR-000117-INV-004"CRED-004(¬≥Ë˝™30Z'
DR-000117-PAY-7	Ω≥EURÈ h
DR-000129-36	DR-000129DR-000129-INV-005"CRED-007(Ù≥Ë˝™30Z'
DR-000129-PAY-6	Å±
EURÈ h
DR-000156-28	DR-000156DR-000156-INV-005"CRED-007(¶¥Ë˝™30Z'
DR-000156-PAY-5	ñÎEURÈ `
DR-000171-15	DR-000171DR-000171-INV-004"CRED-006(ÿ¥Ë˝™30rÈ"reminder-2-phone]
DR-000182-21	DR-000182DR-000182-INV-004"CRED-001(äµË˝™30rÈ"formal-notice`
DR-000193-20	DR-000193DR-000193-INV-005"CRED-006(ºµË˝™30rÈ"reminder-2-phone`
DR-000204-15	DR-000204DR-000204-INV-004"CRED-006(ÓµË˝™30rÈ"reminder-1-emailΩ
DR-000250-17	DR-000250DR-000250-INV-004"CRED-007(†∂Ë˝™30R|
INV-000250-004∫2EURÈ"È0:Customer 000250B50 rue de la R√©publiqueB
69007 LyonJdr-000250@example.com%
day-2025-11-23(ò¯£ô´30≤	
Èa
DR-000006-22	DR-000006DR-000006-INV-003"CRED-003(ÄËÅß´30r È"reminder-3-letteræ
DR-000012-12	DR-000012DR-000012-INV-003"CRED-004(≤ËÅß´30R}
INV-000012-003	ÅòEURÈ"È0:Customer 000012B12 rue de la R√©publiqueB
69003 LyonJdr-000012@example.comi
DR-000021-30	DR-000021DR-000021-INV-003"CRED-010(‰ËÅß´30Z(
DR-000021-PAY-14	∏ÔGBPÈ h
DR-000039-13	DR-000039DR-000039-INV-005"CRED-008(ñÈÅß´30Z'
DR-000039-PAY-5	ÿˇEURÈ `
DR-000041-23	DR-000041DR-000041-INV-005"CRED-008(»ÈÅß´30rÈ"reminder-2-phone^
DR-000041-24	DR-000041DR-000041-INV-005"CRED-008(˙ÈÅß´30z
	ìﬂtEURÈÈV
DR-000056-15	DR-000056"CRED-002(¨ÍÅß´30Z(
DR-000056-PAY-5
˙Ÿ´EURÈ h
DR-000094-21	DR-000094DR-000094-INV-005"CRED-002(ﬁÍÅß´30Z'
DR-000094-PAY-5	àûEURÈ h
DR-000096-17	DR-000096DR-000096-INV-003"CRED-012(êÎÅß´30Z'
DR-000096-PAY-3	˘ıEURÈ `
DR-000132-28	DR-000132DR-000132-INV-005"CRED-012(¬ÎÅß´30rÈ"reminder-1-emailh
DR-000133-13	DR-000133DR-000133-INV-006"CRED-002(ÙÎÅß´30Z'
DR-000133-PAY-6	—Ì:EURÈ _
DR-000142-21	DR-000142DR-000142-INV-006"CRED-005(¶ÏÅß´30rÈ"courtesy-reminderÕ
DR-000146-31	DR-000146DR-000146-INV-007"CRED-007(ÿÏÅß´30Rã
INV-000146-007	ûóEURÈ"È*
È≈.0:Company 000146B146 rue de la R√©publiqueB
69002 LyonJdr-000146@example.coma
DR-000177-13	DR-000177DR-000177-INV-003"CRED-008(äÌÅß´30r È"reminder-3-letterh
DR-000197-38	DR-000197DR-000197-INV-006"CRED-006(ºÌÅß´30Z'
DR-000197-PAY-7	ı˚EURÈ i
DR-000198-26	DR-000198DR-000198-INV-004"CRED-004(ÓÌÅß´30Z(
DR-000198-PAY-4
µ€èEURÈ ^
DR-000208-7	DR-000208DR-000208-INV-003"CRED-008(†ÓÅß´30rÈ"courtesy-reminderb
DR-000241-23	DR-000241DR-000241-INV-002"CRED-009(“ÓÅß´30r!È"reminder-4-warningΩ
DR-000242-19	DR-000242DR-000242-INV-006"CRED-009(ÑÔÅß´30R|
INV-000242-006	Û—EURÈ"Í0:Company 000242B42 rue de la R√©publiqueB
69008 LyonJdr-000242@example.com`
DR-000245-17	DR-000245DR-000245-INV-004"CRED-002(∂ÔÅß´30rÈ"reminder-2-phone^
DR-000245-18	DR-000245DR-000245-INV-004"CRED-002(ËÔÅß´30z
	ôßEURÈÈi
DR-000247-37	DR-000247DR-000247-INV-005"CRED-012(öÅß´30Z(
DR-000247-PAY-12	å±	EURÈ %
day-2025-11-24(ò∞Ω¬´30≤	
Èi
DR-000030-24	DR-000030DR-000030-INV-004"CRED-005(Ä†õ–´30Z(
DR-000030-PAY-10	å°EURÈ `
DR-000032-43	DR-000032DR-000032-INV-006"CRED-010(≤†õ–´30rÈ"reminder-1-emailh
DR-000049-12	DR-000049DR-000049-INV-004"CRED-004(‰†õ–´30Z'
DR-000049-PAY-4	ãÿ-EURÈ `
DR-000057-34	DR-000057DR-000057-INV-005"CRED-011(ñ°õ–´30rÈ"reminder-1-emailh
DR-000063-34	DR-000063DR-000063-INV-005"CRED-001(»°õ–´30Z'
DR-000063-PAY-9	ËÈtEURÈ `
DR-000112-36	DR-000112DR-000112-INV-007"CRED-001(˙°õ–´30rÈ"reminder-1-email`
DR-000117-28	DR-000117DR-000117-INV-005"CRED-004(¨¢õ–´30rÈ"reminder-1-emaili
DR-000132-29	DR-000132DR-000132-INV-005"CRED-012(ﬁ¢õ–´30Z(
DR-000132-PAY-6
÷®ÓEURÈ `
DR-000138-47	DR-000138DR-000138-INV-005"CRED-007(ê£õ–´30rÈ"reminder-2-phoneæ
DR-000152-13	DR-000152DR-000152-INV-006"CRED-004(¬£õ–´30R}
INV-000152-006	Ï‹,EURÈ"È0:Company 000152B152 rue de la R√©publiqueB
69008 LyonJdr-000152@example.com_
DR-000166-25	DR-000166DR-000166-INV-005"CRED-001(Ù£õ–´30rÈ"courtesy-reminderg
DR-000167-13	DR-000167DR-000167-INV-005"CRED-004(¶§õ–´30Z&
DR-000167-PAY-5‹WCHFÈ ]
DR-000175-12	DR-000175DR-000175-INV-003"CRED-003(ÿ§õ–´30rÈ"formal-notice`
DR-000195-21	DR-000195DR-000195-INV-005"CRED-002(ä•õ–´30rÈ"reminder-1-emailb
DR-000220-30	DR-000220DR-000220-INV-004"CRED-012(º•õ–´30r!È"reminder-4-warningg
DR-000230-16	DR-000230DR-000230-INV-002"CRED-005(Ó•õ–´30Z&
DR-000230-PAY-6¿!EURÈ h
DR-000240-25	DR-000240DR-000240-INV-004"CRED-012(†¶õ–´30Z'
DR-000240-PAY-6	ƒ¿"EURÈ ]
DR-000241-24	DR-000241DR-000241-INV-002"CRED-009(“¶õ–´30rÈ"formal-notice_
DR-000247-38	DR-000247DR-000247-INV-006"CRED-012(Ñßõ–´30rÈ"courtesy-remindera
DR-000249-23	DR-000249DR-000249-INV-004"CRED-006(∂ßõ–´30r È"reminder-3-letter%
day-2025-11-25(òË÷Î´30≤	
È^
DR-000001-9	DR-000001DR-000001-INV-004"CRED-005(Äÿ¥˘´30rÈ"courtesy-reminder`
DR-000011-25	DR-000011DR-000011-INV-004"CRED-012(≤ÿ¥˘´30rÈ"reminder-1-email`
DR-000033-21	DR-000033DR-000033-INV-003"CRED-003(‰ÿ¥˘´30rÈ"reminder-2-phone]
DR-000044-28	DR-000044DR-000044-INV-004"CRED-002(ñŸ¥˘´30rÈ"formal-noticeæ
DR-000053-10	DR-000053DR-000053-INV-003"CRED-009(»Ÿ¥˘´30R}
INV-000053-003	¢ŒEURÈ"È0:Customer 000053B53 rue de la R√©publiqueB
69008 LyonJdr-000053@example.comΩ
DR-000072-30	DR-000072DR-000072-INV-006"CRED-001(˙Ÿ¥˘´30R|
INV-000072-006	éÖ(EURÈ"Í0:Company 000072B72 rue de la R√©publiqueB
69009 LyonJdr-000072@example.com`
DR-000081-33	DR-000081DR-000081-INV-006"CRED-010(¨⁄¥˘´30rÈ"reminder-2-phoneh
DR-000126-10	DR-000126DR-000126-INV-005"CRED-009(ﬁ⁄¥˘´30Z'
DR-000126-PAY-5	≥≤USDÈ h
DR-000140-19	DR-000140DR-000140-INV-004"CRED-003(ê€¥˘´30Z'
DR-000140-PAY-3	ﬁÏEURÈ ∂
DR-000149-35	DR-000149DR-000149-INV-004"CRED-009(¬€¥˘´30Çt
DR-000149-PLAN-35È
È	ÚêEUR
Í	ÚêEUR
Í	ÚêEUR
Í	ÛêEUR`
DR-000181-29	DR-000181DR-000181-INV-005"CRED-009(Ù€¥˘´30rÈ"reminder-1-emailh
DR-000229-44	DR-000229DR-000229-INV-005"CRED-009(¶‹¥˘´30Z'
DR-000229-PAY-6	¯ë4EURÈ Õ
DR-000238-11	DR-000238DR-000238-INV-006"CRED-005(ÿ‹¥˘´30Rã
INV-000238-006	¨;EURÈ"Í*
È§ô0:Company 000238B38 rue de la R√©publiqueB
69004 LyonJdr-000238@example.comΩ
DR-000240-26	DR-000240DR-000240-INV-005"CRED-012(ä›¥˘´30R|
INV-000240-005	öÚEURÈ"È0:Company 000240B40 rue de la R√©publiqueB
69006 LyonJdr-000240@example.come
DR-000250-18	DR-000250DR-000250-INV-004"CRED-007(º›¥˘´30j$
DR-000250-CN-18≈EURÈ%
day-2025-11-26(ò†î¨30≤	
Èg
DR-000009-34	DR-000009DR-000009-INV-004"CRED-011(ÄêŒ¢¨30Z&
DR-000009-PAY-4’dEURÈ `
DR-000024-15	DR-000024DR-000024-INV-003"CRED-008(≤êŒ¢¨30rÈ"reminder-1-emailh
DR-000041-25	DR-000041DR-000041-INV-004"CRED-008(‰êŒ¢¨30Z'
DR-000041-PAY-4	ÖﬂEURÈ _
DR-000052-7	DR-000052DR-000052-INV-003"CRED-008(ñëŒ¢¨30rÈ"reminder-1-email`
DR-000058-23	DR-000058DR-000058-INV-006"CRED-007(»ëŒ¢¨30rÈ"reminder-2-phone^
DR-000058-24	DR-000058DR-000058-INV-006"CRED-007(˙ëŒ¢¨30z
	ÅàEURÈÈi
DR-000112-37	DR-000112DR-000112-INV-007"CRED-001(¨íŒ¢¨30Z(
DR-000112-PAY-10	´ü&EURÈ a
DR-000209-20	DR-000209DR-000209-INV-003"CRED-002(ﬁíŒ¢¨30r È"reminder-3-letterg
DR-000212-8	DR-000212DR-000212-INV-004"CRED-006(êìŒ¢¨30Z'
DR-000212-PAY-4	™Ë:CHFÈ a
DR-000223-18	DR-000223DR-000223-INV-003"CRED-010(¬ìŒ¢¨30r È"reminder-3-letter`
DR-000230-17	DR-000230DR-000230-INV-004"CRED-005(ÙìŒ¢¨30rÈ"reminder-2-phone`
DR-000233-10	DR-000233DR-000233-INV-003"CRED-001(¶îŒ¢¨30rÈ"reminder-2-phone]
DR-000237-30	DR-000237DR-000237-INV-004"CRED-007(ÿîŒ¢¨30rÈ"formal-noticeb
DR-000239-27	DR-000239DR-000239-INV-004"CRED-010(äïŒ¢¨30r!È"reminder-4-warning]
DR-000245-19	DR-000245DR-000245-INV-003"CRED-002(ºïŒ¢¨30rÈ"formal-notice%
day-2025-11-27(òÿâæ¨30≤	
Èª
DR-000003-8	DR-000003DR-000003-INV-004"CRED-012(Ä»ÁÀ¨30R{
INV-000003-004√wEURÈ"È0:Customer 000003B3 rue de la R√©publiqueB
69003 LyonJdr-000003@example.coma
DR-000041-26	DR-000041DR-000041-INV-004"CRED-008(≤»ÁÀ¨30r È"reminder-3-letter\
DR-000060-24	DR-000060DR-000060-INV-004"CRED-012(‰»ÁÀ¨30¢ÈRG-000060-004h
DR-000080-22	DR-000080DR-000080-INV-005"CRED-012(ñ…ÁÀ¨30Z'
DR-000080-PAY-5	íˆEURÈ `
DR-000085-25	DR-000085DR-000085-INV-004"CRED-012(»…ÁÀ¨30rÈ"reminder-2-phone`
DR-000134-24	DR-000134DR-000134-INV-004"CRED-009(˙…ÁÀ¨30rÈ"reminder-2-phone`
DR-000150-23	DR-000150DR-000150-INV-006"CRED-012(¨ ÁÀ¨30rÈ"reminder-2-phoneæ
DR-000153-17	DR-000153DR-000153-INV-004"CRED-012(ﬁ ÁÀ¨30R}
INV-000153-004Ÿ{EURÈ"È0:Customer 000153B153 rue de la R√©publiqueB
69009 LyonJdr-000153@example.com`
DR-000168-31	DR-000168DR-000168-INV-006"CRED-002(êÀÁÀ¨30rÈ"reminder-1-emailJ
DR-000187-32	DR-000187"CRED-001(¬ÀÁÀ¨30b
DR-000187-PAY-8È`
DR-000194-22	DR-000194DR-000194-INV-004"CRED-001(ÙÀÁÀ¨30rÈ"reminder-2-phone_
DR-000194-23	DR-000194DR-000194-INV-004"CRED-001(¶ÃÁÀ¨30z

í˙ÉUSDÈÈ\
DR-000200-34	DR-000200DR-000200-INV-004"CRED-012(ÿÃÁÀ¨30¢ÈRG-000200-004b
DR-000223-19	DR-000223DR-000223-INV-003"CRED-010(äÕÁÀ¨30r!È"reminder-4-warning`
DR-000232-28	DR-000232DR-000232-INV-006"CRED-008(ºÕÁÀ¨30rÈ"reminder-1-email`
DR-000236-25	DR-000236DR-000236-INV-004"CRED-011(ÓÕÁÀ¨30rÈ"reminder-1-email%
day-2025-11-28(òê£Á¨30≤	
È`
DR-000018-30	DR-000018DR-000018-INV-005"CRED-006(ÄÄÅı¨30rÈ"reminder-1-emailb
DR-000068-21	DR-000068DR-000068-INV-003"CRED-008(≤ÄÅı¨30r!È"reminder-4-warning]
DR-000072-31	DR-000072DR-000072-INV-005"CRED-001(‰ÄÅı¨30rÈ"formal-notice`
DR-000074-18	DR-000074DR-000074-INV-004"CRED-011(ñÅÅı¨30rÈ"reminder-1-emailh
DR-000084-12	DR-000084DR-000084-INV-005"CRED-011(»ÅÅı¨30Z'
DR-000084-PAY-5	ÇøEURÈ `
DR-000117-29	DR-000117DR-000117-INV-004"CRED-004(˙ÅÅı¨30rÈ"reminder-2-phone`
DR-000123-33	DR-000123DR-000123-INV-006"CRED-009(¨ÇÅı¨30rÈ"reminder-1-email`
DR-000179-16	DR-000179DR-000179-INV-003"CRED-006(ﬁÇÅı¨30rÈ"reminder-1-email`
DR-000187-33	DR-000187DR-000187-INV-005"CRED-001(êÉÅı¨30rÈ"reminder-1-email`
DR-000217-31	DR-000217DR-000217-INV-005"CRED-008(¬ÉÅı¨30rÈ"reminder-1-emailh
DR-000233-11	DR-000233DR-000233-INV-003"CRED-001(ÙÉÅı¨30Z'
DR-000233-PAY-3	¿ÄUSDÈ _
DR-000246-27	DR-000246DR-000246-INV-004"CRED-003(¶ÑÅı¨30rÈ"courtesy-reminder%
day-2025-11-29(ò»ºê≠30≤	
Èa
DR-000021-31	DR-000021DR-000021-INV-005"CRED-010(Ä∏öû≠30r È"reminder-3-letteri
DR-000036-10	DR-000036DR-000036-INV-005"CRED-011(≤∏öû≠30Z(
DR-000036-PAY-5
˝¨êEURÈ `
DR-000047-20	DR-000047DR-000047-INV-004"CRED-011(‰∏öû≠30rÈ"reminder-2-phone^
DR-000047-21	DR-000047DR-000047-INV-004"CRED-011(ñπöû≠30z
	Ì€EURÈÈh
DR-000058-25	DR-000058DR-000058-INV-006"CRED-007(»πöû≠30Z'
DR-000058-PAY-6	ÅàEURÈ s
DR-000110-15	DR-000110DR-000110-INV-006"CRED-001(˙πöû≠30ä1
billing error on some lines	†”7EURÈb
DR-000144-13	DR-000144DR-000144-INV-003"CRED-010(¨∫öû≠30r!È"reminder-4-warninga
DR-000171-16	DR-000171DR-000171-INV-004"CRED-006(ﬁ∫öû≠30r È"reminder-3-letter`
DR-000174-34	DR-000174DR-000174-INV-005"CRED-003(êªöû≠30rÈ"reminder-1-emaila
DR-000193-21	DR-000193DR-000193-INV-005"CRED-006(¬ªöû≠30r È"reminder-3-letterb
DR-000197-39	DR-000197DR-000197-INV-006"CRED-006(Ùªöû≠30r!È"reminder-4-warning`
DR-000204-16	DR-000204DR-000204-INV-004"CRED-006(¶ºöû≠30rÈ"reminder-2-phone^
DR-000204-17	DR-000204DR-000204-INV-004"CRED-006(ÿºöû≠30z
	ﬁÇ:EURÈÈh
DR-000216-31	DR-000216DR-000216-INV-005"CRED-010(äΩöû≠30Z'
DR-000216-PAY-4	ÿ√EURÈ %
day-2025-11-30(òÄ÷π≠30≤	
Èi
DR-000020-30	DR-000020DR-000020-INV-004"CRED-009(Ä≥«≠30Z(
DR-000020-PAY-11	◊ÎEURÈ `
DR-000023-27	DR-000023DR-000023-INV-004"CRED-001(≤≥«≠30rÈ"reminder-1-emailb
DR-000026-25	DR-000026DR-000026-INV-005"CRED-006(‰≥«≠30r!È"reminder-4-warningŒ
DR-000038-16	DR-000038DR-000038-INV-005"CRED-001(ñÒ≥«≠30Rå
INV-000038-005
’üEURÈ"Í*
È¸‡0:Company 000038B38 rue de la R√©publiqueB
69002 LyonJdr-000038@example.comæ
DR-000055-20	DR-000055DR-000055-INV-004"CRED-002(»Ò≥«≠30R}
INV-000055-004	§ÇEURÈ"Í0:Customer 000055B55 rue de la R√©publiqueB
69001 LyonJdr-000055@example.com]
DR-000055-21	DR-000055DR-000055-INV-003"CRED-002(˙Ò≥«≠30rÈ"formal-notice`
DR-000083-16	DR-000083DR-000083-INV-004"CRED-009(¨Ú≥«≠30rÈ"reminder-1-emailh
DR-000146-32	DR-000146DR-000146-INV-005"CRED-007(ﬁÚ≥«≠30Z'
DR-000146-PAY-5	ƒÓEURÈ `
DR-000165-35	DR-000165DR-000165-INV-005"CRED-008(êÛ≥«≠30rÈ"reminder-1-emailæ
DR-000199-11	DR-000199DR-000199-INV-006"CRED-007(¬Û≥«≠30R}
INV-000199-006	¯πgEURÈ"Í0:Company 000199B199 rue de la R√©publiqueB
69001 LyonJdr-000199@example.comh
DR-000146-32	DR-000146DR-000146-INV-005"CRED-007(ﬁÚ≥«≠30Z'
DR-000146-PAY-5	ƒÓEURÈ %
day-2025-12-01(ò∏Ô‚≠30≤	
È`
DR-000032-44	DR-000032DR-000032-INV-006"CRED-010(Ä®Õ≠30rÈ"reminder-2-phone`
DR-000057-35	DR-000057DR-000057-INV-005"CRED-011(≤®Õ≠30rÈ"reminder-2-phone_
DR-000061-19	DR-000061DR-000061-INV-004"CRED-007(‰®Õ≠30rÈ"courtesy-reminderΩ
DR-000062-35	DR-000062DR-000062-INV-007"CRED-006(ñ©Õ≠30R|
INV-000062-007	ññBUSDÈ"Í0:Company 000062B62 rue de la R√©publiqueB
69008 LyonJdr-000062@example.comh
DR-000074-19	DR-000074DR-000074-INV-004"CRED-011(»©Õ≠30Z'
DR-000074-PAY-6	⁄“"EURÈ `
DR-000093-24	DR-000093DR-000093-INV-004"CRED-003(˙©Õ≠30rÈ"reminder-1-emailf
DR-000095-9	DR-000095DR-000095-INV-004"CRED-008(¨™Õ≠30Z&
DR-000095-PAY-4ÔcEURÈ Ω
DR-000099-19	DR-000099DR-000099-INV-004"CRED-010(ﬁ™Õ≠30R|
INV-000099-004	∂∑USDÈ"Í0:Company 000099B99 rue de la R√©publiqueB
69009 LyonJdr-000099@example.comh
DR-000101-10	DR-000101DR-000101-INV-005"CRED-004(ê´Õ≠30Z'
DR-000101-PAY-5	‰íEURÈ `
DR-000117-30	DR-000117DR-000117-INV-005"CRED-004(¬´Õ≠30rÈ"reminder-2-phonea
DR-000138-48	DR-000138DR-000138-INV-005"CRED-007(Ù´Õ≠30r È"reminder-3-letter`
DR-000154-17	DR-000154DR-000154-INV-004"CRED-001(¶¨Õ≠30rÈ"reminder-1-email`
DR-000195-22	DR-000195DR-000195-INV-005"CRED-002(ÿ¨Õ≠30rÈ"reminder-2-phoneU
DR-000195-23	DR-000195"CRED-002(ä≠Õ≠30Z'
DR-000195-PAY-5	ô¿GBPÈ M
DR-000207-19	DR-000207DR-000207-INV-004"CRED-005(º≠Õ≠30íÈ%
day-2025-12-02(òàåÆ30≤	
Èb
DR-000006-23	DR-000006DR-000006-INV-003"CRED-003(Ä‡ÊôÆ30r!È"reminder-4-warningh
DR-000008-9	DR-000008DR-000008-INV-004"CRED-006(≤‡ÊôÆ30Z(
DR-000008-PAY-4
ΩÌåEURÈ `
DR-000011-26	DR-000011DR-000011-INV-004"CRED-012(‰‡ÊôÆ30rÈ"reminder-2-phone^
DR-000011-27	DR-000011DR-000011-INV-004"CRED-012(ñ·ÊôÆ30z
	‰àEURÈÈi
DR-000020-31	DR-000020DR-000020-INV-003"CRED-009(»·ÊôÆ30Z(
DR-000020-PAY-12	¶˘EURÈ Ω
DR-000027-26	DR-000027DR-000027-INV-005"CRED-009(˙·ÊôÆ30R|
INV-000027-005	∂±,EURÈ"Í0:Company 000027B27 rue de la R√©publiqueB
69009 LyonJdr-000027@example.coma
DR-000033-22	DR-000033DR-000033-INV-003"CRED-003(¨‚ÊôÆ30r È"reminder-3-letterg
DR-000044-29	DR-000044DR-000044-INV-004"CRED-002(ﬁ‚ÊôÆ30Z&
DR-000044-PAY-3∆EURÈ M
DR-000050-12	DR-000050DR-000050-INV-003"CRED-011(ê„ÊôÆ30íÈΩ
DR-000071-14	DR-000071DR-000071-INV-004"CRED-010(¬„ÊôÆ30R|
INV-000071-004ÀNEURÈ"Í0:Customer 000071B71 rue de la R√©publiqueB
69008 LyonJdr-000071@example.coma
DR-000081-34	DR-000081DR-000081-INV-006"CRED-010(Ù„ÊôÆ30r È"reminder-3-letter`
DR-000105-25	DR-000105DR-000105-INV-005"CRED-001(¶‰ÊôÆ30rÈ"reminder-1-email`
DR-000112-38	DR-000112DR-000112-INV-008"CRED-001(ÿ‰ÊôÆ30rÈ"reminder-1-emailK
DR-000112-39	DR-000112"CRED-001(äÂÊôÆ30b
DR-000112-PAY-10Èi
DR-000128-18	DR-000128DR-000128-INV-006"CRED-012(ºÂÊôÆ30Z(
DR-000128-PAY-5
ó»‘EURÈ i
DR-000138-49	DR-000138DR-000138-INV-003"CRED-007(ÓÂÊôÆ30Z(
DR-000138-PAY-12	◊¶ EURÈ h
DR-000154-18	DR-000154DR-000154-INV-004"CRED-001(†ÊÊôÆ30Z'
DR-000154-PAY-4	‹ÓEURÈ æ
DR-000167-14	DR-000167DR-000167-INV-006"CRED-004(“ÊÊôÆ30R}
INV-000167-006	›ÎCHFÈ"Í0:Company 000167B167 rue de la R√©publiqueB
69005 LyonJdr-000167@example.comh
DR-000175-13	DR-000175DR-000175-INV-003"CRED-003(ÑÁÊôÆ30Z'
DR-000175-PAY-3	≤ø	GBPÈ b
DR-000177-14	DR-000177DR-000177-INV-003"CRED-008(∂ÁÊôÆ30r!È"reminder-4-warning`
DR-000181-30	DR-000181DR-000181-INV-005"CRED-009(ËÁÊôÆ30rÈ"reminder-2-phone^
DR-000181-31	DR-000181DR-000181-INV-005"CRED-009(öËÊôÆ30z
	ˇ∑EURÈÈ`
DR-000187-34	DR-000187DR-000187-INV-005"CRED-001(ÃËÊôÆ30rÈ"reminder-2-phoneh
DR-000189-12	DR-000189DR-000189-INV-006"CRED-008(˛ËÊôÆ30Z'
DR-000189-PAY-6	≠íEURÈ æ
DR-000195-24	DR-000195DR-000195-INV-006"CRED-002(∞ÈÊôÆ30R}
INV-000195-006	»™*GBPÈ"Í0:Company 000195B195 rue de la R√©publiqueB
69006 LyonJdr-000195@example.com`
DR-000207-20	DR-000207DR-000207-INV-004"CRED-005(‚ÈÊôÆ30rÈ"reminder-2-phoneh
DR-000217-32	DR-000217DR-000217-INV-005"CRED-008(îÍÊôÆ30Z'
DR-000217-PAY-6	√◊EURÈ g
DR-000220-31	DR-000220DR-000220-INV-004"CRED-012(∆ÍÊôÆ30Z&
DR-000220-PAY-7ÛYEURÈ ]
DR-000235-23	DR-000235DR-000235-INV-004"CRED-006(¯ÍÊôÆ30rÈ"formal-noticei
DR-000245-20	DR-000245DR-000245-INV-003"CRED-002(™ÎÊôÆ30Z(
DR-000245-PAY-3
®¸èEURÈ %
day-2025-12-03(ò®¢µÆ30≤	
È_
DR-000014-15	DR-000014DR-000014-INV-005"CRED-006(ÄòÄ√Æ30rÈ"courtesy-reminder`
DR-000024-16	DR-000024DR-000024-INV-003"CRED-008(≤òÄ√Æ30rÈ"reminder-2-phoneh
DR-000037-31	DR-000037DR-000037-INV-003"CRED-009(‰òÄ√Æ30Z'
DR-000037-PAY-4	ÅµEURÈ _
DR-000052-8	DR-000052DR-000052-INV-003"CRED-008(ñôÄ√Æ30rÈ"reminder-2-phone]
DR-000052-9	DR-000052DR-000052-INV-003"CRED-008(»ôÄ√Æ30z
	æäEURÈÈa
DR-000058-26	DR-000058DR-000058-INV-006"CRED-007(˙ôÄ√Æ30r È"reminder-3-letter»
DR-000085-26	DR-000085DR-000085-INV-004"CRED-012(¨öÄ√Æ30ÇÖ
DR-000085-PLAN-26È
ÈîEUR
ÍîEUR
ÍîEUR
ÍîEUR
ÍïEURΩ
DR-000088-14	DR-000088DR-000088-INV-007"CRED-003(ﬁöÄ√Æ30R|
INV-000088-007	ÒùEURÈ"Í0:Company 000088B88 rue de la R√©publiqueB
69007 LyonJdr-000088@example.com`
DR-000112-40	DR-000112DR-000112-INV-007"CRED-001(êõÄ√Æ30rÈ"reminder-2-phone_
DR-000114-22	DR-000114DR-000114-INV-005"CRED-002(¬õÄ√Æ30rÈ"courtesy-reminderæ
DR-000116-13	DR-000116DR-000116-INV-006"CRED-001(ÙõÄ√Æ30R}
INV-000116-006	†≈,EURÈ"Í0:Company 000116B116 rue de la R√©publiqueB
69008 LyonJdr-000116@example.comæ
DR-000117-31	DR-000117DR-000117-INV-006"CRED-004(¶úÄ√Æ30R}
INV-000117-006	 ç5EURÈ"Í0:Company 000117B117 rue de la R√©publiqueB
69009 LyonJdr-000117@example.com^
DR-000124-8	DR-000124DR-000124-INV-004"CRED-012(ÿúÄ√Æ30rÈ"courtesy-reminder`
DR-000142-22	DR-000142DR-000142-INV-006"CRED-005(äùÄ√Æ30rÈ"reminder-1-emailæ
DR-000148-13	DR-000148DR-000148-INV-006"CRED-006(ºùÄ√Æ30R}
INV-000148-006	˙å/EURÈ"Í0:Company 000148B148 rue de la R√©publiqueB
69004 LyonJdr-000148@example.com`
DR-000164-20	DR-000164DR-000164-INV-003"CRED-011(ÓùÄ√Æ30rÈ"reminder-1-email_
DR-000203-34	DR-000203DR-000203-INV-005"CRED-011(†ûÄ√Æ30rÈ"courtesy-remindera
DR-000207-21	DR-000207DR-000207-INV-004"CRED-005(“ûÄ√Æ30r È"reminder-3-letter_
DR-000208-8	DR-000208DR-000208-INV-003"CRED-008(ÑüÄ√Æ30rÈ"reminder-1-emailΩ
DR-000219-24	DR-000219DR-000219-INV-007"CRED-012(∂üÄ√Æ30R|
INV-000219-007	§Ÿ0EURÈ"Í0:Company 000219B19 rue de la R√©publiqueB
69003 LyonJdr-000219@example.comΩ
DR-000223-20	DR-000223DR-000223-INV-004"CRED-010(ËüÄ√Æ30R|
INV-000223-004êHEURÈ"Í0:Customer 000223B23 rue de la R√©publiqueB
69007 LyonJdr-000223@example.com`
DR-000225-36	DR-000225DR-000225-INV-005"CRED-001(ö†Ä√Æ30rÈ"reminder-1-emaila
DR-000230-18	DR-000230DR-000230-INV-004"CRED-005(Ã†Ä√Æ30r È"reminder-3-letterb
DR-000249-24	DR-000249DR-000249-INV-004"CRED-006(˛†Ä√Æ30r!È"reminder-4-warning%
day-2025-12-04(ò‡ªﬁÆ30≤	
Èi
DR-000018-31	DR-000018DR-000018-INV-005"CRED-006(Ä–ôÏÆ30Z(
DR-000018-PAY-11	∞£EURÈ ≤
DR-000023-28	DR-000023DR-000023-INV-004"CRED-001(≤–ôÏÆ30Çp
DR-000023-PLAN-28È
ÈÀ;EUR
ÍÀ;EUR
ÍÀ;EUR
ÍŒ;EURi
DR-000028-29	DR-000028DR-000028-INV-002"CRED-008(‰–ôÏÆ30Z(
DR-000028-PAY-10	£⁄GBPÈ h
DR-000038-17	DR-000038DR-000038-INV-004"CRED-001(ñ—ôÏÆ30Z'
DR-000038-PAY-4	ŸÔEURÈ b
DR-000041-27	DR-000041DR-000041-INV-004"CRED-008(»—ôÏÆ30r!È"reminder-4-warningh
DR-000047-22	DR-000047DR-000047-INV-003"CRED-011(˙—ôÏÆ30Z'
DR-000047-PAY-3	„œEURÈ _
DR-000057-36	DR-000057DR-000057-INV-006"CRED-011(¨“ôÏÆ30rÈ"courtesy-reminderh
DR-000067-17	DR-000067DR-000067-INV-006"CRED-006(ﬁ“ôÏÆ30Z'
DR-000067-PAY-6	”ﬁEURÈ J
DR-000074-20	DR-000074"CRED-011(ê”ôÏÆ30b
DR-000074-PAY-6Èg
DR-000079-8	DR-000079DR-000079-INV-004"CRED-006(¬”ôÏÆ30Z'
DR-000079-PAY-4	÷⁄EURÈ Ω
DR-000115-7	DR-000115DR-000115-INV-004"CRED-004(Ù”ôÏÆ30R}
INV-000115-004ÃJEURÈ"Í0:Customer 000115B115 rue de la R√©publiqueB
69007 LyonJdr-000115@example.coma
DR-000134-25	DR-000134DR-000134-INV-004"CRED-009(¶‘ôÏÆ30r È"reminder-3-letter`
DR-000139-26	DR-000139DR-000139-INV-005"CRED-001(ÿ‘ôÏÆ30rÈ"reminder-1-emailg
DR-000140-20	DR-000140DR-000140-INV-003"CRED-012(ä’ôÏÆ30Z&
DR-000140-PAY-4˛rEURÈ `
DR-000149-36	DR-000149DR-000149-INV-005"CRED-009(º’ôÏÆ30rÈ"reminder-1-emaila
DR-000150-24	DR-000150DR-000150-INV-006"CRED-012(Ó’ôÏÆ30r È"reminder-3-letterh
DR-000151-12	DR-000151DR-000151-INV-004"CRED-012(†÷ôÏÆ30Z'
DR-000151-PAY-4	ÍëEURÈ h
DR-000160-21	DR-000160DR-000160-INV-003"CRED-010(“÷ôÏÆ30Z'
DR-000160-PAY-3	Û‘EURÈ `
DR-000166-26	DR-000166DR-000166-INV-005"CRED-001(Ñ◊ôÏÆ30rÈ"reminder-1-email`
DR-000168-32	DR-000168DR-000168-INV-006"CRED-002(∂◊ôÏÆ30rÈ"reminder-2-phoneX
DR-000188-20	DR-000188DR-000188-INV-004"CRED-001(Ë◊ôÏÆ30í	£ EURÈh
DR-000198-27	DR-000198DR-000198-INV-005"CRED-004(öÿôÏÆ30Z'
DR-000198-PAY-5	∑˛mEURÈ h
DR-000202-26	DR-000202DR-000202-INV-003"CRED-011(ÃÿôÏÆ30Z'
DR-000202-PAY-4	Œ’CHFÈ ª
DR-000205-7	DR-000205DR-000205-INV-004"CRED-008(˛ÿôÏÆ30R{
INV-000205-004	√ÖUSDÈ"Í0:Company 000205B5 rue de la R√©publiqueB
69007 LyonJdr-000205@example.comb
DR-000207-22	DR-000207DR-000207-INV-004"CRED-005(∞ŸôÏÆ30r!È"reminder-4-warningΩ
DR-000227-19	DR-000227DR-000227-INV-005"CRED-011(‚ŸôÏÆ30R|
INV-000227-005	ù›EURÈ"Í0:Company 000227B27 rue de la R√©publiqueB
69002 LyonJdr-000227@example.comh
DR-000228-35	DR-000228DR-000228-INV-005"CRED-012(î⁄ôÏÆ30Z'
DR-000228-PAY-4	óã.EURÈ `
DR-000232-29	DR-000232DR-000232-INV-006"CRED-008(∆⁄ôÏÆ30rÈ"reminder-2-phone^
DR-000232-30	DR-000232DR-000232-INV-006"CRED-008(¯⁄ôÏÆ30z
	œ®EURÈÈ`
DR-000236-26	DR-000236DR-000236-INV-004"CRED-011(™€ôÏÆ30rÈ"reminder-2-phone`
DR-000247-39	DR-000247DR-000247-INV-006"CRED-012(‹€ôÏÆ30rÈ"reminder-1-email%
day-2025-12-05(òò’áØ30≤	
È`
DR-000001-10	DR-000001DR-000001-INV-004"CRED-005(Äà≥ïØ30rÈ"reminder-1-email`
DR-000018-32	DR-000018DR-000018-INV-005"CRED-006(≤à≥ïØ30rÈ"reminder-2-phoneΩ
DR-000025-12	DR-000025DR-000025-INV-006"CRED-008(‰à≥ïØ30R|
INV-000025-006	ß…XEURÈ"Í0:Company 000025B25 rue de la R√©publiqueB
69007 LyonJdr-000025@example.comΩ
DR-000042-30	DR-000042DR-000042-INV-006"CRED-006(ñâ≥ïØ30R|
INV-000042-006	˜ìEURÈ"Í0:Company 000042B42 rue de la R√©publiqueB
69006 LyonJdr-000042@example.com`
DR-000074-21	DR-000074DR-000074-INV-004"CRED-011(»â≥ïØ30rÈ"reminder-2-phoneM
DR-000092-28	DR-000092DR-000092-INV-004"CRED-012(˙â≥ïØ30íÈT
DR-000105-26	DR-000105"CRED-001(¨ä≥ïØ30Z&
DR-000105-PAY-5É8EURÈ a
DR-000117-32	DR-000117DR-000117-INV-004"CRED-004(ﬁä≥ïØ30r È"reminder-3-letter`
DR-000122-28	DR-000122DR-000122-INV-005"CRED-002(êã≥ïØ30rÈ"reminder-1-emailæ
DR-000123-34	DR-000123DR-000123-INV-007"CRED-009(¬ã≥ïØ30R}
INV-000123-007	◊üEURÈ"Í0:Company 000123B123 rue de la R√©publiqueB
69006 LyonJdr-000123@example.com`
DR-000123-35	DR-000123DR-000123-INV-006"CRED-009(Ùã≥ïØ30rÈ"reminder-2-phone^
DR-000123-36	DR-000123DR-000123-INV-006"CRED-009(¶å≥ïØ30z
	¯èEURÈÈæ
DR-000133-14	DR-000133DR-000133-INV-007"CRED-002(ÿå≥ïØ30R}
INV-000133-007	∆å@EURÈ"Í0:Company 000133B133 rue de la R√©publiqueB
69007 LyonJdr-000133@example.com]
DR-000139-27	DR-000139DR-000139-INV-004"CRED-001(äç≥ïØ30rÈ"formal-noticeø
DR-000149-37	DR-000149DR-000149-INV-006"CRED-009(ºç≥ïØ30R~
INV-000149-006
¶ñÖEURÈ"Í0:Company 000149B149 rue de la R√©publiqueB
69005 LyonJdr-000149@example.comΩ
DR-000156-29	DR-000156DR-000156-INV-006"CRED-007(Óç≥ïØ30R|
INV-000156-006“DEURÈ"Í0:Company 000156B156 rue de la R√©publiqueB
69003 LyonJdr-000156@example.com`
DR-000179-17	DR-000179DR-000179-INV-003"CRED-006(†é≥ïØ30rÈ"reminder-2-phone^
DR-000179-18	DR-000179DR-000179-INV-003"CRED-006(“é≥ïØ30z
	¥≈EURÈÈa
DR-000188-21	DR-000188DR-000188-INV-004"CRED-001(Ñè≥ïØ30r È"reminder-3-letterb
DR-000209-21	DR-000209DR-000209-INV-003"CRED-002(∂è≥ïØ30r!È"reminder-4-warning`
DR-000228-36	DR-000228DR-000228-INV-006"CRED-012(Ëè≥ïØ30rÈ"reminder-1-emailh
DR-000232-31	DR-000232DR-000232-INV-007"CRED-008(öê≥ïØ30Z'
DR-000232-PAY-6	ΩÉEURÈ æ
DR-000239-28	DR-000239DR-000239-INV-005"CRED-010(Ãê≥ïØ30R}
INV-000239-005
™™ïEURÈ"Í0:Company 000239B39 rue de la R√©publiqueB
69005 LyonJdr-000239@example.com]
DR-000247-40	DR-000247DR-000247-INV-005"CRED-012(˛ê≥ïØ30rÈ"formal-noticeg
DR-000250-19	DR-000250DR-000250-INV-004"CRED-007(∞ë≥ïØ30Z&
DR-000250-PAY-4ı-EURÈ %
day-2025-12-06(ò–Ó∞Ø30≤	
Èº
DR-000004-16	DR-000004DR-000004-INV-007"CRED-003(Ä¿ÃæØ30R{
INV-000004-007	…á)EURÈ"Í0:Company 000004B4 rue de la R√©publiqueB
69004 LyonJdr-000004@example.comº
DR-000007-17	DR-000007DR-000007-INV-005"CRED-005(≤¿ÃæØ30R{
INV-000007-005	∑ 9EURÈ"Í0:Company 000007B7 rue de la R√©publiqueB
69007 LyonJdr-000007@example.com`
DR-000020-32	DR-000020DR-000020-INV-005"CRED-009(‰¿ÃæØ30rÈ"reminder-1-email]
DR-000027-27	DR-000027DR-000027-INV-003"CRED-009(ñ¡ÃæØ30rÈ"formal-noticeæ
DR-000036-11	DR-000036DR-000036-INV-006"CRED-011(»¡ÃæØ30R}
INV-000036-006
ˆÏèEURÈ"Í0:Company 000036B36 rue de la R√©publiqueB
69009 LyonJdr-000036@example.coma
DR-000041-28	DR-000041DR-000041-INV-005"CRED-008(˙¡ÃæØ30r È"reminder-3-letterh
DR-000049-13	DR-000049DR-000049-INV-005"CRED-004(¨¬ÃæØ30Z'
DR-000049-PAY-5	ƒµEURÈ `
DR-000061-20	DR-000061DR-000061-INV-003"CRED-007(ﬁ¬ÃæØ30rÈ"reminder-2-phoneS
DR-000061-21	DR-000061DR-000061-INV-003"CRED-007(ê√ÃæØ30ö
AGY-02Èh
DR-000088-15	DR-000088DR-000088-INV-006"CRED-003(¬√ÃæØ30Z'
DR-000088-PAY-6	ß∂'EURÈ g
DR-000124-9	DR-000124DR-000124-INV-004"CRED-012(Ù√ÃæØ30Z'
DR-000124-PAY-4	À»EURÈ g
DR-000137-8	DR-000137DR-000137-INV-004"CRED-005(¶ƒÃæØ30Z'
DR-000137-PAY-4	˜‘8EURÈ æ
DR-000162-23	DR-000162DR-000162-INV-004"CRED-006(ÿƒÃæØ30R}
INV-000162-004≠YEURÈ"Í0:Customer 000162B162 rue de la R√©publiqueB
69009 LyonJdr-000162@example.com`
DR-000169-21	DR-000169DR-000169-INV-003"CRED-009(ä≈ÃæØ30rÈ"reminder-1-email`
DR-000174-35	DR-000174DR-000174-INV-005"CRED-003(º≈ÃæØ30rÈ"reminder-2-phoneh
DR-000182-22	DR-000182DR-000182-INV-004"CRED-001(Ó≈ÃæØ30Z'
DR-000182-PAY-6	∂ú+EURÈ ø
DR-000184-23	DR-000184DR-000184-INV-004"CRED-005(†∆ÃæØ30R~
INV-000184-004	»˛EURÈ"Í0:Customer 000184B184 rue de la R√©publiqueB
69004 LyonJdr-000184@example.comi
DR-000187-35	DR-000187DR-000187-INV-005"CRED-001(“∆ÃæØ30Z(
DR-000187-PAY-9
√ÀêGBPÈ b
DR-000188-22	DR-000188DR-000188-INV-004"CRED-001(Ñ«ÃæØ30r!È"reminder-4-warningΩ
DR-000216-32	DR-000216DR-000216-INV-006"CRED-010(∂«ÃæØ30R|
INV-000216-006	ñÓEURÈ"Í0:Company 000216B16 rue de la R√©publiqueB
69009 LyonJdr-000216@example.comh
DR-000245-21	DR-000245DR-000245-INV-004"CRED-002(Ë«ÃæØ30Z'
DR-000245-PAY-4	ôßEURÈ h
DR-000088-15	DR-000088DR-000088-INV-006"CRED-003(¬√ÃæØ30Z'
DR-000088-PAY-6	ß∂'EURÈ Ω
DR-000216-32	DR-000216DR-000216-INV-006"CRED-010(∂«ÃæØ30R|
INV-000216-006	ñÓEURÈ"Í0:Company 000216B16 rue de la R√©publiqueB
69009 LyonJdr-000216@example.com%
day-2025-12-07(òàà⁄Ø30≤	
Èh
DR-000001-11	DR-000001DR-000001-INV-004"CRED-005(Ä¯ÂÁØ30Z'
DR-000001-PAY-4	ÓìEURÈ h
DR-000002-27	DR-000002DR-000002-INV-004"CRED-001(≤¯ÂÁØ30Z'
DR-000002-PAY-5	º™{EURÈ `
DR-000016-13	DR-000016DR-000016-INV-004"CRED-001(‰¯ÂÁØ30rÈ"reminder-1-emailS
DR-000022-32	DR-000022DR-000022-INV-004"CRED-010(ñ˘ÂÁØ30ö
AGY-03Èa
DR-000061-22	DR-000061DR-000061-INV-003"CRED-007(»˘ÂÁØ30r È"reminder-3-letterM
DR-000078-10	DR-000078DR-000078-INV-004"CRED-007(˙˘ÂÁØ30íÈ`
DR-000083-17	DR-000083DR-000083-INV-004"CRED-009(¨˙ÂÁØ30rÈ"reminder-2-phone]
DR-000087-17	DR-000087DR-000087-INV-003"CRED-010(ﬁ˙ÂÁØ30rÈ"formal-notice`
DR-000097-23	DR-000097DR-000097-INV-004"CRED-010(ê˚ÂÁØ30rÈ"reminder-1-emailg
DR-000117-33	DR-000117DR-000117-INV-005"CRED-004(¬˚ÂÁØ30Z&
DR-000117-PAY-8≈~EURÈ Õ
DR-000155-24	DR-000155DR-000155-INV-006"CRED-006(Ù˚ÂÁØ30Rã
INV-000155-006	È·CHFÈ"Í*
Èâ0:Company 000155B155 rue de la R√©publiqueB
69002 LyonJdr-000155@example.com`
DR-000165-36	DR-000165DR-000165-INV-005"CRED-008(¶¸ÂÁØ30rÈ"reminder-2-phone]
DR-000188-23	DR-000188DR-000188-INV-004"CRED-001(ÿ¸ÂÁØ30rÈ"formal-noticeg
DR-000208-9	DR-000208DR-000208-INV-003"CRED-008(ä˝ÂÁØ30Z'
DR-000208-PAY-3	¿õEURÈ æ
DR-000236-27	DR-000236DR-000236-INV-005"CRED-011(º˝ÂÁØ30R}
INV-000236-005	âÔEURÈ"Í0:Customer 000236B36 rue de la R√©publiqueB
69002 LyonJdr-000236@example.com%
day-2025-12-08(ò¿°É∞30≤	
Èb
DR-000021-32	DR-000021DR-000021-INV-005"CRED-010(Ä∞ˇê∞30r!È	"reminder-4-warning`
DR-000022-33	DR-000022DR-000022-INV-005"CRED-010(≤∞ˇê∞30rÈ	"reminder-1-emailΩ
DR-000032-45	DR-000032DR-000032-INV-007"CRED-010(‰∞ˇê∞30R|
INV-000032-007	÷ôGBPÈ	"Í0:Company 000032B32 rue de la R√©publiqueB
69005 LyonJdr-000032@example.coma
DR-000032-46	DR-000032DR-000032-INV-006"CRED-010(ñ±ˇê∞30r È	"reminder-3-lettera
DR-000057-37	DR-000057DR-000057-INV-005"CRED-011(»±ˇê∞30r È	"reminder-3-letterb
DR-000061-23	DR-000061DR-000061-INV-003"CRED-007(˙±ˇê∞30r!È	"reminder-4-warningh
DR-000068-22	DR-000068DR-000068-INV-003"CRED-008(¨≤ˇê∞30Z'
DR-000068-PAY-6	ÄàEURÈ	 `
DR-000078-11	DR-000078DR-000078-INV-004"CRED-007(ﬁ≤ˇê∞30rÈ	"reminder-1-email`
DR-000093-25	DR-000093DR-000093-INV-004"CRED-003(ê≥ˇê∞30rÈ	"reminder-2-phone^
DR-000093-26	DR-000093DR-000093-INV-004"CRED-003(¬≥ˇê∞30z
	Ô¿&EURÈÈ	h
DR-000108-23	DR-000108DR-000108-INV-004"CRED-004(Ù≥ˇê∞30Z'
DR-000108-PAY-4	¥˙EURÈ	 a
DR-000112-41	DR-000112DR-000112-INV-007"CRED-001(¶¥ˇê∞30r È	"reminder-3-lettera
DR-000117-34	DR-000117DR-000117-INV-005"CRED-004(ÿ¥ˇê∞30r È	"reminder-3-letteræ
DR-000130-25	DR-000130DR-000130-INV-007"CRED-011(äµˇê∞30R}
INV-000130-007	”‹EURÈ	"Í0:Company 000130B130 rue de la R√©publiqueB
69004 LyonJdr-000130@example.com`
DR-000154-19	DR-000154DR-000154-INV-004"CRED-001(ºµˇê∞30rÈ	"reminder-2-phoneW
DR-000159-21	DR-000159DR-000159-INV-003"CRED-008(Óµˇê∞30í≥VEURÈ	U
DR-000161-14	DR-000161"CRED-007(†∂ˇê∞30Z'
DR-000161-PAY-4	ÌµUSDÈ	 æ
DR-000164-21	DR-000164DR-000164-INV-004"CRED-011(“∂ˇê∞30R}
INV-000164-004Ñ,EURÈ	"Í0:Customer 000164B164 rue de la R√©publiqueB
69002 LyonJdr-000164@example.com`
DR-000170-25	DR-000170DR-000170-INV-006"CRED-005(Ñ∑ˇê∞30rÈ	"reminder-1-emailb
DR-000171-17	DR-000171DR-000171-INV-004"CRED-006(∂∑ˇê∞30r!È	"reminder-4-warningb
DR-000193-22	DR-000193DR-000193-INV-005"CRED-006(Ë∑ˇê∞30r!È	"reminder-4-warningh
DR-000207-23	DR-000207DR-000207-INV-004"CRED-005(ö∏ˇê∞30Z'
DR-000207-PAY-4	Ëõ	EURÈ	 Ω
DR-000243-12	DR-000243DR-000243-INV-006"CRED-006(Ã∏ˇê∞30R|
INV-000243-006	ûî+EURÈ	"Í0:Company 000243B43 rue de la R√©publiqueB
69009 LyonJdr-000243@example.com`
DR-000246-28	DR-000246DR-000246-INV-004"CRED-003(˛∏ˇê∞30rÈ	"reminder-1-email%
day-2025-12-09(ò¯∫¨∞30≤	
È	i
DR-000027-28	DR-000027DR-000027-INV-003"CRED-009(ÄËò∫∞30Z(
DR-000027-PAY-4
èÑÄEURÈ
 h
DR-000033-23	DR-000033DR-000033-INV-003"CRED-003(≤Ëò∫∞30Z'
DR-000033-PAY-6	ÿãCHFÈ
 b
DR-000041-29	DR-000041DR-000041-INV-005"CRED-008(‰Ëò∫∞30r!È
"reminder-4-warningi
DR-000057-38	DR-000057DR-000057-INV-005"CRED-011(ñÈò∫∞30Z(
DR-000057-PAY-12	“Ê EURÈ
 ]
DR-000061-24	DR-000061DR-000061-INV-003"CRED-007(»Èò∫∞30rÈ
"formal-notice`
DR-000078-12	DR-000078DR-000078-INV-004"CRED-007(˙Èò∫∞30rÈ
"reminder-2-phone`
DR-000100-22	DR-000100DR-000100-INV-006"CRED-007(¨Íò∫∞30rÈ
"reminder-1-emailø
DR-000107-17	DR-000107DR-000107-INV-005"CRED-011(ﬁÍò∫∞30R~
INV-000107-005	ΩéEURÈ
"Í	0:Customer 000107B107 rue de la R√©publiqueB
69008 LyonJdr-000107@example.com`
DR-000112-42	DR-000112DR-000112-INV-008"CRED-001(êÎò∫∞30rÈ
"reminder-2-phoneΩ
DR-000137-9	DR-000137DR-000137-INV-005"CRED-005(¬Îò∫∞30R}
INV-000137-005	»£dEURÈ
"Í	0:Company 000137B137 rue de la R√©publiqueB
69002 LyonJdr-000137@example.coma
DR-000159-22	DR-000159DR-000159-INV-003"CRED-008(ÙÎò∫∞30r È
"reminder-3-letterg
DR-000169-22	DR-000169DR-000169-INV-003"CRED-009(¶Ïò∫∞30Z&
DR-000169-PAY-7ÖbEURÈ
 ]
DR-000220-32	DR-000220DR-000220-INV-004"CRED-012(ÿÏò∫∞30rÈ
"formal-noticeΩ
DR-000247-41	DR-000247DR-000247-INV-007"CRED-012(äÌò∫∞30R|
INV-000247-007	Ã≥ EURÈ
"Í0:Company 000247B47 rue de la R√©publiqueB
69004 LyonJdr-000247@example.com%
day-2025-12-10(ò∞‘’∞30≤	
È
a
DR-000024-17	DR-000024DR-000024-INV-003"CRED-008(Ä†≤„∞30r È"reminder-3-letterh
DR-000052-10	DR-000052DR-000052-INV-003"CRED-008(≤†≤„∞30Z'
DR-000052-PAY-3	æäEURÈ h
DR-000056-16	DR-000056DR-000056-INV-006"CRED-002(‰†≤„∞30Z'
DR-000056-PAY-6	ˇì;EURÈ a
DR-000078-13	DR-000078DR-000078-INV-004"CRED-007(ñ°≤„∞30r È"reminder-3-letter_
DR-000104-19	DR-000104DR-000104-INV-004"CRED-004(»°≤„∞30rÈ"courtesy-reminderM
DR-000110-16	DR-000110DR-000110-INV-006"CRED-001(˙°≤„∞30íÈ`
DR-000131-15	DR-000131DR-000131-INV-005"CRED-011(¨¢≤„∞30rÈ"reminder-1-emailb
DR-000138-50	DR-000138DR-000138-INV-005"CRED-007(ﬁ¢≤„∞30r!È"reminder-4-warning`
DR-000142-23	DR-000142DR-000142-INV-006"CRED-005(ê£≤„∞30rÈ"reminder-2-phone^
DR-000142-24	DR-000142DR-000142-INV-006"CRED-005(¬£≤„∞30z
	Ÿ◊3EURÈÈi
DR-000149-38	DR-000149DR-000149-INV-004"CRED-009(Ù£≤„∞30Z(
DR-000149-PAY-13	ÚêEURÈ b
DR-000159-23	DR-000159DR-000159-INV-003"CRED-008(¶§≤„∞30r!È"reminder-4-warning`
DR-000164-22	DR-000164DR-000164-INV-003"CRED-011(ÿ§≤„∞30rÈ"reminder-2-phonei
DR-000194-24	DR-000194DR-000194-INV-004"CRED-001(ä•≤„∞30Z(
DR-000194-PAY-4
í˙ÉUSDÈ `
DR-000208-10	DR-000208DR-000208-INV-003"CRED-008(º•≤„∞30rÈ"reminder-2-phoneæ
DR-000224-12	DR-000224DR-000224-INV-005"CRED-005(Ó•≤„∞30R}
INV-000224-005	÷∆EURÈ"Í	0:Customer 000224B24 rue de la R√©publiqueB
69008 LyonJdr-000224@example.com`
DR-000225-37	DR-000225DR-000225-INV-005"CRED-001(†¶≤„∞30rÈ"reminder-2-phonej
DR-000247-42	DR-000247DR-000247-INV-006"CRED-012(“¶≤„∞30Z)
DR-000247-PAY-13
Å¶ÅEURÈ %
day-2025-12-11(òËÌ˛∞30≤	
È_
DR-000002-28	DR-000002DR-000002-INV-005"CRED-001(ÄÿÀå±30rÈ"courtesy-reminderv
DR-000006-24	DR-000006DR-000006-INV-003"CRED-003(≤ÿÀå±30™4
È)small balance left after partial paymentsb
DR-000033-24	DR-000033DR-000033-INV-003"CRED-003(‰ÿÀå±30r!È"reminder-4-warninga
DR-000052-11	DR-000052DR-000052-INV-003"CRED-008(ñŸÀå±30r È"reminder-3-letter`
DR-000061-25	DR-000061DR-000061-INV-004"CRED-007(»ŸÀå±30rÈ"reminder-1-emailΩ
DR-000075-12	DR-000075DR-000075-INV-005"CRED-005(˙ŸÀå±30R|
INV-000075-005	™◊#GBPÈ"Í0:Company 000075B75 rue de la R√©publiqueB
69003 LyonJdr-000075@example.comæ
DR-000076-17	DR-000076DR-000076-INV-004"CRED-008(¨⁄Àå±30R}
INV-000076-004	§¡EURÈ"Í0:Customer 000076B76 rue de la R√©publiqueB
69004 LyonJdr-000076@example.comb
DR-000078-14	DR-000078DR-000078-INV-004"CRED-007(ﬁ⁄Àå±30r!È"reminder-4-warningb
DR-000081-35	DR-000081DR-000081-INV-006"CRED-010(ê€Àå±30r!È"reminder-4-warningh
DR-000089-20	DR-000089DR-000089-INV-006"CRED-006(¬€Àå±30Z'
DR-000089-PAY-6	‰ˆ	EURÈ `
DR-000100-23	DR-000100DR-000100-INV-005"CRED-009(Ù€Àå±30rÈ"reminder-1-emailh
DR-000117-35	DR-000117DR-000117-INV-004"CRED-004(¶‹Àå±30Z'
DR-000117-PAY-9	¡ÒEURÈ `
DR-000125-15	DR-000125DR-000125-INV-004"CRED-011(ÿ‹Àå±30rÈ"reminder-1-emailM
DR-000130-26	DR-000130DR-000130-INV-006"CRED-004(ä›Àå±30íÈ`
DR-000139-28	DR-000139DR-000139-INV-005"CRED-001(º›Àå±30rÈ"reminder-2-phone`
DR-000149-39	DR-000149DR-000149-INV-005"CRED-009(Ó›Àå±30rÈ"reminder-2-phone]
DR-000159-24	DR-000159DR-000159-INV-003"CRED-008(†ﬁÀå±30rÈ"formal-notice`
DR-000166-27	DR-000166DR-000166-INV-005"CRED-001(“ﬁÀå±30rÈ"reminder-2-phonea
DR-000168-33	DR-000168DR-000168-INV-006"CRED-002(ÑﬂÀå±30r È"reminder-3-letterh
DR-000181-32	DR-000181DR-000181-INV-005"CRED-009(∂ﬂÀå±30Z'
DR-000181-PAY-4	ˇ∑EURÈ ù
DR-000225-38	DR-000225DR-000225-INV-005"CRED-001(ËﬂÀå±30Ç[
DR-000225-PLAN-38È
ÈÉJEUR
ÍÉJEUR
ÍÑJEURΩ
DR-000229-45	DR-000229DR-000229-INV-007"CRED-009(ö‡Àå±30R|
INV-000229-007	€ÖEURÈ"Í0:Company 000229B29 rue de la R√©publiqueB
69004 LyonJdr-000229@example.coma
DR-000236-28	DR-000236DR-000236-INV-004"CRED-011(Ã‡Àå±30r È"reminder-3-letter]
DR-000239-29	DR-000239DR-000239-INV-004"CRED-010(˛‡Àå±30rÈ"formal-notice`
DR-000247-43	DR-000247DR-000247-INV-006"CRED-012(∞·Àå±30rÈ"reminder-2-phone`
DR-000248-20	DR-000248DR-000248-INV-003"CRED-005(‚·Àå±30rÈ"reminder-1-email%
day-2025-12-12(ò†á®±30≤	
ÈÕ
DR-000013-16	DR-000013DR-000013-INV-008"CRED-012(ÄêÂµ±30Rã
INV-000013-008	ú¬dEURÈ"Í*
È©Å0:Company 000013B13 rue de la R√©publiqueB
69004 LyonJdr-000013@example.comh
DR-000014-16	DR-000014DR-000014-INV-005"CRED-006(≤êÂµ±30Z'
DR-000014-PAY-5	ãáUSDÈ a
DR-000018-33	DR-000018DR-000018-INV-005"CRED-006(‰êÂµ±30r È"reminder-3-letterh
DR-000051-11	DR-000051DR-000051-INV-005"CRED-006(ñëÂµ±30Z'
DR-000051-PAY-5	ãÿEURÈ Ω
DR-000052-12	DR-000052DR-000052-INV-004"CRED-008(»ëÂµ±30R|
INV-000052-004∏GEURÈ"Í0:Customer 000052B52 rue de la R√©publiqueB
69007 LyonJdr-000052@example.comb
DR-000058-27	DR-000058DR-000058-INV-006"CRED-007(˙ëÂµ±30r!È"reminder-4-warninga
DR-000074-22	DR-000074DR-000074-INV-004"CRED-011(¨íÂµ±30r È"reminder-3-letterΩ
DR-000080-23	DR-000080DR-000080-INV-006"CRED-012(ﬁíÂµ±30R|
INV-000080-006	ê≈EURÈ"Í0:Company 000080B80 rue de la R√©publiqueB
69008 LyonJdr-000080@example.com`
DR-000122-29	DR-000122DR-000122-INV-005"CRED-002(êìÂµ±30rÈ"reminder-2-phoneæ
DR-000139-29	DR-000139DR-000139-INV-006"CRED-001(¬ìÂµ±30R}
INV-000139-006	Ï±GBPÈ"Í0:Company 000139B139 rue de la R√©publiqueB
69004 LyonJdr-000139@example.comf
DR-000191-7	DR-000191DR-000191-INV-003"CRED-005(ÙìÂµ±30Z&
DR-000191-PAY-3’gEURÈ Ω
DR-000210-22	DR-000210DR-000210-INV-005"CRED-007(¶îÂµ±30R|
INV-000210-005´eEURÈ"Í0:Customer 000210B10 rue de la R√©publiqueB
69003 LyonJdr-000210@example.com]
DR-000223-21	DR-000223DR-000223-INV-003"CRED-010(ÿîÂµ±30rÈ"formal-notice`
DR-000228-37	DR-000228DR-000228-INV-006"CRED-012(äïÂµ±30rÈ"reminder-2-phone]
DR-000228-38	DR-000228DR-000228-INV-006"CRED-012(ºïÂµ±30z
¡YEURÈÈb
DR-000230-19	DR-000230DR-000230-INV-004"CRED-005(ÓïÂµ±30r!È"reminder-4-warningh
DR-000249-25	DR-000249DR-000249-INV-004"CRED-006(†ñÂµ±30Z'
DR-000249-PAY-5	Õâ[CHFÈ %
day-2025-12-13(òÿ†—±30≤	
È_
DR-000010-14	DR-000010DR-000010-INV-005"CRED-004(Ä»˛ﬁ±30rÈ"courtesy-reminderh
DR-000011-28	DR-000011DR-000011-INV-004"CRED-012(≤»˛ﬁ±30Z'
DR-000011-PAY-4	‰àEURÈ `
DR-000020-33	DR-000020DR-000020-INV-005"CRED-009(‰»˛ﬁ±30rÈ"reminder-2-phone_
DR-000029-20	DR-000029DR-000029-INV-004"CRED-001(ñ…˛ﬁ±30rÈ"courtesy-reminderh
DR-000048-13	DR-000048DR-000048-INV-005"CRED-005(»…˛ﬁ±30Z'
DR-000048-PAY-5	‡ëEURÈ h
DR-000055-22	DR-000055DR-000055-INV-002"CRED-002(˙…˛ﬁ±30Z'
DR-000055-PAY-2	ò‡EURÈ Ω
DR-000086-22	DR-000086DR-000086-INV-004"CRED-002(¨ ˛ﬁ±30R|
INV-000086-004∞qEURÈ"Í0:Customer 000086B86 rue de la R√©publiqueB
69005 LyonJdr-000086@example.comæ
DR-000097-24	DR-000097DR-000097-INV-005"CRED-010(ﬁ ˛ﬁ±30R}
INV-000097-005	¨¢EURÈ"Í0:Customer 000097B97 rue de la R√©publiqueB
69007 LyonJdr-000097@example.com`
DR-000102-23	DR-000102DR-000102-INV-005"CRED-006(êÀ˛ﬁ±30rÈ"reminder-1-email`
DR-000114-23	DR-000114DR-000114-INV-005"CRED-002(¬À˛ﬁ±30rÈ"reminder-1-emailä
DR-000125-16	DR-000125DR-000125-INV-004"CRED-011(ÙÀ˛ﬁ±30ÇH
DR-000125-PLAN-16È
È	ÖûEUR
Í	ÜûEURb
DR-000134-26	DR-000134DR-000134-INV-004"CRED-009(¶Ã˛ﬁ±30r!È"reminder-4-warningJ
DR-000137-10	DR-000137"CRED-005(ÿÃ˛ﬁ±30b
DR-000137-PAY-4ÈÕ
DR-000141-12	DR-000141DR-000141-INV-006"CRED-012(äÕ˛ﬁ±30Rã
INV-000141-006	ùÿ*EURÈ"Í*
È§m0:Company 000141B141 rue de la R√©publiqueB
69006 LyonJdr-000141@example.comb
DR-000150-25	DR-000150DR-000150-INV-006"CRED-012(ºÕ˛ﬁ±30r!È"reminder-4-warning_
DR-000157-14	DR-000157DR-000157-INV-004"CRED-002(ÓÕ˛ﬁ±30rÈ"courtesy-reminder`
DR-000169-23	DR-000169DR-000169-INV-003"CRED-009(†Œ˛ﬁ±30rÈ"reminder-2-phonea
DR-000174-36	DR-000174DR-000174-INV-005"CRED-003(“Œ˛ﬁ±30r È"reminder-3-letteræ
DR-000190-31	DR-000190DR-000190-INV-006"CRED-004(Ñœ˛ﬁ±30R}
INV-000190-006	çÒEURÈ"Í0:Company 000190B190 rue de la R√©publiqueB
69001 LyonJdr-000190@example.com`
DR-000203-35	DR-000203DR-000203-INV-005"CRED-011(∂œ˛ﬁ±30rÈ"reminder-1-email%
day-2025-12-14(òê∫˙±30≤	
Èh
DR-000011-29	DR-000011DR-000011-INV-005"CRED-012(ÄÄòà≤30Z'
DR-000011-PAY-5	ÅìEURÈ `
DR-000016-14	DR-000016DR-000016-INV-004"CRED-001(≤Äòà≤30rÈ"reminder-2-phonei
DR-000018-34	DR-000018DR-000018-INV-005"CRED-006(‰Äòà≤30Z(
DR-000018-PAY-12	á™EURÈ `
DR-000057-39	DR-000057DR-000057-INV-006"CRED-011(ñÅòà≤30rÈ"reminder-1-emaili
DR-000057-40	DR-000057DR-000057-INV-003"CRED-011(»Åòà≤30Z(
DR-000057-PAY-13	¯ıEURÈ `
DR-000064-29	DR-000064DR-000064-INV-005"CRED-011(˙Åòà≤30rÈ"reminder-1-emailΩ
DR-000065-11	DR-000065DR-000065-INV-005"CRED-003(¨Çòà≤30R|
INV-000065-005ü|EURÈ"Í0:Customer 000065B65 rue de la R√©publiqueB
69002 LyonJdr-000065@example.comh
DR-000081-36	DR-000081DR-000081-INV-006"CRED-010(ﬁÇòà≤30Z'
DR-000081-PAY-9	Ü≤EURÈ a
DR-000083-18	DR-000083DR-000083-INV-004"CRED-009(êÉòà≤30r È"reminder-3-letterh
DR-000087-18	DR-000087DR-000087-INV-003"CRED-010(¬Éòà≤30Z'
DR-000087-PAY-3	úñEURÈ `
DR-000097-25	DR-000097DR-000097-INV-004"CRED-010(ÙÉòà≤30rÈ"reminder-2-phone]
DR-000097-26	DR-000097DR-000097-INV-004"CRED-010(¶Ñòà≤30z
√jEURÈÈŒ
DR-000106-16	DR-000106DR-000106-INV-006"CRED-004(ÿÑòà≤30Rå
INV-000106-006	Ú∏8USDÈ"Í*
Èøê0:Company 000106B106 rue de la R√©publiqueB
69007 LyonJdr-000106@example.com`
DR-000110-17	DR-000110DR-000110-INV-007"CRED-001(äÖòà≤30ä
goods not deliveredÈi
DR-000112-43	DR-000112DR-000112-INV-007"CRED-001(ºÖòà≤30Z(
DR-000112-PAY-11	´ü&EURÈ b
DR-000117-36	DR-000117DR-000117-INV-004"CRED-004(ÓÖòà≤30r!È"reminder-4-warningS
DR-000122-30	DR-000122DR-000122-INV-004"CRED-002(†Üòà≤30ö
AGY-03È`
DR-000137-11	DR-000137DR-000137-INV-004"CRED-005(“Üòà≤30rÈ"reminder-1-email]
DR-000144-14	DR-000144DR-000144-INV-003"CRED-010(Ñáòà≤30rÈ"formal-noticea
DR-000165-37	DR-000165DR-000165-INV-005"CRED-008(∂áòà≤30r È"reminder-3-letterh
DR-000193-23	DR-000193DR-000193-INV-005"CRED-006(Ëáòà≤30Z'
DR-000193-PAY-5	å˝,EURÈ ]
DR-000197-40	DR-000197DR-000197-INV-006"CRED-006(öàòà≤30rÈ"formal-notice%
day-2025-12-15(ò»”£≤30≤	
È`
DR-000019-38	DR-000019DR-000019-INV-005"CRED-002(Ä∏±±≤30rÈ"reminder-1-emaili
DR-000021-33	DR-000021DR-000021-INV-004"CRED-010(≤∏±±≤30Z(
DR-000021-PAY-15	©≤GBPÈ `
DR-000022-34	DR-000022DR-000022-INV-005"CRED-010(‰∏±±≤30rÈ"reminder-2-phone]
DR-000026-26	DR-000026DR-000026-INV-005"CRED-006(ñπ±±≤30rÈ"formal-noticei
DR-000028-30	DR-000028DR-000028-INV-004"CRED-008(»π±±≤30Z(
DR-000028-PAY-11	Ìè,GBPÈ æ
DR-000033-25	DR-000033DR-000033-INV-004"CRED-003(˙π±±≤30R}
INV-000033-004	∞ÃCHFÈ"Í0:Customer 000033B33 rue de la R√©publiqueB
69006 LyonJdr-000033@example.com`
DR-000073-10	DR-000073DR-000073-INV-005"CRED-002(¨∫±±≤30rÈ"reminder-1-emailh
DR-000073-11	DR-000073DR-000073-INV-005"CRED-002(ﬁ∫±±≤30Z'
DR-000073-PAY-5	æ™EURÈ h
DR-000074-23	DR-000074DR-000074-INV-004"CRED-011(êª±±≤30Z'
DR-000074-PAY-7	⁄“"EURÈ Ω
DR-000084-13	DR-000084DR-000084-INV-007"CRED-011(¬ª±±≤30R|
INV-000084-007	çõEURÈ"Í0:Company 000084B84 rue de la R√©publiqueB
69003 LyonJdr-000084@example.com_
DR-000121-34	DR-000121DR-000121-INV-005"CRED-011(Ùª±±≤30rÈ"courtesy-reminderæ
DR-000136-42	DR-000136DR-000136-INV-006"CRED-004(¶º±±≤30R}
INV-000136-006	Úß}EURÈ"Í0:Company 000136B136 rue de la R√©publiqueB
69001 LyonJdr-000136@example.com`
DR-000137-12	DR-000137DR-000137-INV-004"CRED-005(ÿº±±≤30rÈ"reminder-2-phonea
DR-000154-20	DR-000154DR-000154-INV-004"CRED-001(äΩ±±≤30r È"reminder-3-letteræ
DR-000163-14	DR-000163DR-000163-INV-007"CRED-005(ºΩ±±≤30R}
INV-000163-007	ÇÅ&CHFÈ"Í0:Company 000163B163 rue de la R√©publiqueB
69001 LyonJdr-000163@example.comS
DR-000166-28	DR-000166DR-000166-INV-004"CRED-007(ÓΩ±±≤30ö
AGY-01È`
DR-000170-26	DR-000170DR-000170-INV-006"CRED-005(†æ±±≤30rÈ"reminder-2-phone^
DR-000170-27	DR-000170DR-000170-INV-006"CRED-005(“æ±±≤30z
	œÆ&CHFÈÈÕ
DR-000188-24	DR-000188DR-000188-INV-006"CRED-001(Ñø±±≤30Rã
INV-000188-006	ªÌEURÈ"Í*
È˛0:Company 000188B188 rue de la R√©publiqueB
69008 LyonJdr-000188@example.comh
DR-000194-25	DR-000194DR-000194-INV-005"CRED-001(∂ø±±≤30Z'
DR-000194-PAY-5	¬óUSDÈ º
DR-000212-9	DR-000212DR-000212-INV-005"CRED-006(Ëø±±≤30R|
INV-000212-005	∆ÌCHFÈ"Í0:Company 000212B12 rue de la R√©publiqueB
69005 LyonJdr-000212@example.comg
DR-000228-39	DR-000228DR-000228-INV-006"CRED-012(ö¿±±≤30Z&
DR-000228-PAY-5¡YEURÈ `
DR-000246-29	DR-000246DR-000246-INV-004"CRED-003(Ã¿±±≤30rÈ"reminder-2-phone%
day-2025-12-16(òÄÌÃ≤30≤	
ÈΩ
DR-000049-14	DR-000049DR-000049-INV-006"CRED-004(Ä ⁄≤30R|
INV-000049-006	É“EURÈ"Í0:Company 000049B49 rue de la R√©publiqueB
69004 LyonJdr-000049@example.comh
DR-000060-25	DR-000060DR-000060-INV-005"CRED-012(≤ ⁄≤30Z'
DR-000060-PAY-4	÷˛EURÈ º
DR-000070-6	DR-000070DR-000070-INV-003"CRED-003(‰ ⁄≤30R|
INV-000070-003±,EURÈ"Í0:Customer 000070B70 rue de la R√©publiqueB
69007 LyonJdr-000070@example.comÀ
DR-000074-24	DR-000074DR-000074-INV-005"CRED-011(ñÒ ⁄≤30Râ
INV-000074-005ÈUEURÈ"Í*
È€0:Company 000074B74 rue de la R√©publiqueB
69002 LyonJdr-000074@example.comΩ
DR-000094-22	DR-000094DR-000094-INV-006"CRED-002(»Ò ⁄≤30R|
INV-000094-006	é˛EURÈ"Í0:Company 000094B94 rue de la R√©publiqueB
69004 LyonJdr-000094@example.com`
DR-000100-24	DR-000100DR-000100-INV-006"CRED-007(˙Ò ⁄≤30rÈ"reminder-2-phonea
DR-000112-44	DR-000112DR-000112-INV-008"CRED-001(¨Ú ⁄≤30r È"reminder-3-letterZ
DR-000122-31	DR-000122DR-000122-INV-003"CRED-002(ﬁÚ ⁄≤30™
Èuncollectableæ
DR-000171-18	DR-000171DR-000171-INV-005"CRED-006(êÛ ⁄≤30R}
INV-000171-005	ú¶ EURÈ"Í0:Company 000171B171 rue de la R√©publiqueB
69009 LyonJdr-000171@example.comg
DR-000178-8	DR-000178DR-000178-INV-004"CRED-006(¬Û ⁄≤30Z'
DR-000178-PAY-4	ü≠USDÈ Z
DR-000184-24	DR-000184DR-000184-INV-003"CRED-005(ÙÛ ⁄≤30™
Èuncollectableø
DR-000186-20	DR-000186DR-000186-INV-004"CRED-010(¶Ù ⁄≤30R~
INV-000186-004	Ñ€EURÈ"Í0:Customer 000186B186 rue de la R√©publiqueB
69006 LyonJdr-000186@example.comh
DR-000220-33	DR-000220DR-000220-INV-004"CRED-012(ÿÙ ⁄≤30Z'
DR-000220-PAY-8	∞üEURÈ %
day-2025-12-17(ò∏Üˆ≤30≤	
ÈU
DR-000016-15	DR-000016"CRED-001(Ä®‰É≥30Z'
DR-000016-PAY-4	üêEURÈ Ω
DR-000026-27	DR-000026DR-000026-INV-006"CRED-003(≤®‰É≥30R|
INV-000026-006	•≤EURÈ"Í0:Company 000026B26 rue de la R√©publiqueB
69008 LyonJdr-000026@example.comb
DR-000032-47	DR-000032DR-000032-INV-006"CRED-010(‰®‰É≥30r!È"reminder-4-warningb
DR-000057-41	DR-000057DR-000057-INV-005"CRED-011(ñ©‰É≥30r!È"reminder-4-warningΩ
DR-000090-11	DR-000090DR-000090-INV-006"CRED-010(»©‰É≥30R|
INV-000090-006	ù†EURÈ"Í0:Company 000090B90 rue de la R√©publiqueB
69009 LyonJdr-000090@example.comæ
DR-000096-18	DR-000096DR-000096-INV-004"CRED-012(˙©‰É≥30R}
INV-000096-004	…‹EURÈ"Í0:Customer 000096B96 rue de la R√©publiqueB
69006 LyonJdr-000096@example.comg
DR-000097-27	DR-000097DR-000097-INV-004"CRED-010(¨™‰É≥30Z&
DR-000097-PAY-4√jEURÈ `
DR-000098-13	DR-000098DR-000098-INV-004"CRED-002(ﬁ™‰É≥30rÈ"reminder-1-emailb
DR-000117-37	DR-000117DR-000117-INV-005"CRED-004(ê´‰É≥30r!È"reminder-4-warning_
DR-000120-27	DR-000120DR-000120-INV-005"CRED-008(¬´‰É≥30rÈ"courtesy-reminder`
DR-000131-16	DR-000131DR-000131-INV-005"CRED-011(Ù´‰É≥30rÈ"reminder-2-phoneh
DR-000141-13	DR-000141DR-000141-INV-006"CRED-012(¶¨‰É≥30Z'
DR-000141-PAY-6	˘Í)EURÈ æ
DR-000150-26	DR-000150DR-000150-INV-007"CRED-012(ÿ¨‰É≥30R}
INV-000150-007	¸EURÈ"Í0:Company 000150B150 rue de la R√©publiqueB
69006 LyonJdr-000150@example.comø
DR-000158-24	DR-000158DR-000158-INV-005"CRED-004(ä≠‰É≥30R~
INV-000158-005	É√EURÈ"Í0:Customer 000158B158 rue de la R√©publiqueB
69005 LyonJdr-000158@example.comg
DR-000159-25	DR-000159DR-000159-INV-003"CRED-008(º≠‰É≥30Z&
DR-000159-PAY-3·OEURÈ a
DR-000164-23	DR-000164DR-000164-INV-003"CRED-011(Ó≠‰É≥30r È"reminder-3-letter]
DR-000177-15	DR-000177DR-000177-INV-003"CRED-008(†Æ‰É≥30rÈ"formal-notice`
DR-000198-28	DR-000198DR-000198-INV-006"CRED-004(“Æ‰É≥30rÈ"reminder-1-emaila
DR-000204-18	DR-000204DR-000204-INV-004"CRED-006(ÑØ‰É≥30r È"reminder-3-lettera
DR-000208-11	DR-000208DR-000208-INV-003"CRED-008(∂Ø‰É≥30r È"reminder-3-letterh
DR-000225-39	DR-000225DR-000225-INV-005"CRED-001(ËØ‰É≥30Z'
DR-000225-PAY-11ÉJEURÈ h
DR-000232-32	DR-000232DR-000232-INV-006"CRED-008(ö∞‰É≥30Z'
DR-000232-PAY-7	œ®EURÈ %
day-2025-12-18(òüü≥30≤	
ÈΩ
DR-000001-12	DR-000001DR-000001-INV-005"CRED-005(Ä‡˝¨≥30R|
INV-000001-005	û∏EURÈ"Í0:Customer 000001B1 rue de la R√©publiqueB
69001 LyonJdr-000001@example.com`
DR-000061-26	DR-000061DR-000061-INV-004"CRED-007(≤‡˝¨≥30rÈ"reminder-2-phoneæ
DR-000066-22	DR-000066DR-000066-INV-004"CRED-003(‰‡˝¨≥30R}
INV-000066-004	≠ÊUSDÈ"Í0:Customer 000066B66 rue de la R√©publiqueB
69003 LyonJdr-000066@example.com`
DR-000100-25	DR-000100DR-000100-INV-005"CRED-009(ñ·˝¨≥30rÈ"reminder-2-phoneh
DR-000106-17	DR-000106DR-000106-INV-005"CRED-004(»·˝¨≥30Z'
DR-000106-PAY-5	Ò»USDÈ _
DR-000112-45	DR-000112DR-000112-INV-009"CRED-001(˙·˝¨≥30rÈ"courtesy-remindera
DR-000139-30	DR-000139DR-000139-INV-005"CRED-001(¨‚˝¨≥30r È"reminder-3-letter`
DR-000145-21	DR-000145DR-000145-INV-005"CRED-009(ﬁ‚˝¨≥30rÈ"reminder-1-emailæ
DR-000147-27	DR-000147DR-000147-INV-006"CRED-006(ê„˝¨≥30R}
INV-000147-006	Ó±BEURÈ"Í0:Company 000147B147 rue de la R√©publiqueB
69003 LyonJdr-000147@example.coma
DR-000149-40	DR-000149DR-000149-INV-005"CRED-009(¬„˝¨≥30r È"reminder-3-lettera
DR-000166-29	DR-000166DR-000166-INV-005"CRED-001(Ù„˝¨≥30r È"reminder-3-letterh
DR-000174-37	DR-000174DR-000174-INV-005"CRED-003(¶‰˝¨≥30Z'
DR-000174-PAY-7	¨¸DGBPÈ b
DR-000204-19	DR-000204DR-000204-INV-004"CRED-006(ÿ‰˝¨≥30r!È"reminder-4-warninga
DR-000232-33	DR-000232DR-000232-INV-006"CRED-008(äÂ˝¨≥30r È"reminder-3-lettera
DR-000247-44	DR-000247DR-000247-INV-006"CRED-012(ºÂ˝¨≥30r È"reminder-3-letter`
DR-000248-21	DR-000248DR-000248-INV-003"CRED-005(ÓÂ˝¨≥30rÈ"reminder-2-phone%
day-2025-12-19(ò®π»≥30≤	
Èf
DR-000003-9	DR-000003DR-000003-INV-004"CRED-012(Äòó÷≥30Z&
DR-000003-PAY-4√wEURÈ º
DR-000008-10	DR-000008DR-000008-INV-005"CRED-006(≤òó÷≥30R{
INV-000008-005	õ◊8EURÈ"Í0:Company 000008B8 rue de la R√©publiqueB
69008 LyonJdr-000008@example.comΩ
DR-000024-18	DR-000024DR-000024-INV-004"CRED-008(‰òó÷≥30R|
INV-000024-004ûUEURÈ"Í0:Customer 000024B24 rue de la R√©publiqueB
69006 LyonJdr-000024@example.comb
DR-000024-19	DR-000024DR-000024-INV-003"CRED-008(ñôó÷≥30r!È"reminder-4-warning]
DR-000041-30	DR-000041DR-000041-INV-004"CRED-008(»ôó÷≥30rÈ"formal-noticea
DR-000047-23	DR-000047DR-000047-INV-004"CRED-011(˙ôó÷≥30r È"reminder-3-letterb
DR-000052-13	DR-000052DR-000052-INV-003"CRED-008(¨öó÷≥30r!È"reminder-4-warningU
DR-000100-26	DR-000100"CRED-009(ﬁöó÷≥30Z'
DR-000100-PAY-5	πˆqEURÈ h
DR-000103-10	DR-000103DR-000103-INV-004"CRED-001(êõó÷≥30Z'
DR-000103-PAY-4	ùÕEURÈ æ
DR-000113-24	DR-000113DR-000113-INV-004"CRED-007(¬õó÷≥30R}
INV-000113-004∞0EURÈ"Í0:Customer 000113B113 rue de la R√©publiqueB
69005 LyonJdr-000113@example.coma
DR-000122-32	DR-000122DR-000122-INV-005"CRED-002(Ùõó÷≥30r È"reminder-3-letterø
DR-000124-10	DR-000124DR-000124-INV-005"CRED-012(¶úó÷≥30R~
INV-000124-005	€§EURÈ"Í0:Customer 000124B124 rue de la R√©publiqueB
69007 LyonJdr-000124@example.comh
DR-000154-21	DR-000154DR-000154-INV-004"CRED-001(ÿúó÷≥30Z'
DR-000154-PAY-5	ÜåEURÈ `
DR-000160-22	DR-000160DR-000160-INV-004"CRED-010(äùó÷≥30rÈ"reminder-1-emailh
DR-000170-28	DR-000170DR-000170-INV-006"CRED-005(ºùó÷≥30Z'
DR-000170-PAY-6	œÆ&CHFÈ ø
DR-000175-14	DR-000175DR-000175-INV-004"CRED-003(Óùó÷≥30R~
INV-000175-004	ÜÉGBPÈ"Í0:Customer 000175B175 rue de la R√©publiqueB
69004 LyonJdr-000175@example.coma
DR-000179-19	DR-000179DR-000179-INV-003"CRED-006(†ûó÷≥30r È"reminder-3-letteræ
DR-000196-7	DR-000196DR-000196-INV-004"CRED-007(“ûó÷≥30R~
INV-000196-004	Ñ›USDÈ"Í0:Customer 000196B196 rue de la R√©publiqueB
69007 LyonJdr-000196@example.comº
DR-000203-36	DR-000203DR-000203-INV-007"CRED-011(Ñüó÷≥30R{
INV-000203-007	®ªEURÈ"Í0:Company 000203B3 rue de la R√©publiqueB
69005 LyonJdr-000203@example.comh
DR-000208-12	DR-000208DR-000208-INV-003"CRED-008(∂üó÷≥30Z'
DR-000208-PAY-4	 ÿEURÈ æ
DR-000241-25	DR-000241DR-000241-INV-004"CRED-007(Ëüó÷≥30R}
INV-000241-004	áÈEURÈ"Í0:Customer 000241B41 rue de la R√©publiqueB
69007 LyonJdr-000241@example.com%
day-2025-12-20(ò‡“Ò≥30≤	
È_
DR-000012-13	DR-000012DR-000012-INV-003"CRED-004(Ä–∞ˇ≥30rÈ"courtesy-remindera
DR-000020-34	DR-000020DR-000020-INV-005"CRED-009(≤–∞ˇ≥30r È"reminder-3-letter`
DR-000027-29	DR-000027DR-000027-INV-005"CRED-009(‰–∞ˇ≥30ä
goods not deliveredÈb
DR-000047-24	DR-000047DR-000047-INV-004"CRED-011(ñ—∞ˇ≥30r!È"reminder-4-warningΩ
DR-000051-12	DR-000051DR-000051-INV-006"CRED-006(»—∞ˇ≥30R|
INV-000051-006	ÆºDEURÈ"Í0:Company 000051B51 rue de la R√©publiqueB
69006 LyonJdr-000051@example.comi
DR-000057-42	DR-000057DR-000057-INV-006"CRED-011(˙—∞ˇ≥30Z(
DR-000057-PAY-14	â‡EURÈ ›
DR-000061-27	DR-000061DR-000061-INV-004"CRED-007(¨“∞ˇ≥30Çö
DR-000061-PLAN-27È
ÍÓEUR
ÍÓEUR
ÍÓEUR
ÍÓEUR
ÍÓEUR
ÍÓEUR`
DR-000102-24	DR-000102DR-000102-INV-005"CRED-006(ﬁ“∞ˇ≥30rÈ"reminder-2-phone`
DR-000104-20	DR-000104DR-000104-INV-004"CRED-004(ê”∞ˇ≥30rÈ"reminder-1-email`
DR-000114-24	DR-000114DR-000114-INV-005"CRED-002(¬”∞ˇ≥30rÈ"reminder-2-phoneæ
DR-000129-37	DR-000129DR-000129-INV-007"CRED-007(Ù”∞ˇ≥30R}
INV-000129-007	≥ÓEURÈ"Í0:Company 000129B129 rue de la R√©publiqueB
69003 LyonJdr-000129@example.comb
DR-000168-34	DR-000168DR-000168-INV-006"CRED-002(¶‘∞ˇ≥30r!È"reminder-4-warninga
DR-000169-24	DR-000169DR-000169-INV-003"CRED-009(ÿ‘∞ˇ≥30r È"reminder-3-letter`
DR-000170-29	DR-000170DR-000170-INV-007"CRED-005(ä’∞ˇ≥30rÈ"reminder-1-emailh
DR-000170-30	DR-000170DR-000170-INV-007"CRED-005(º’∞ˇ≥30Z'
DR-000170-PAY-7	¥ËCHFÈ `
DR-000203-37	DR-000203DR-000203-INV-005"CRED-011(Ó’∞ˇ≥30rÈ"reminder-2-phone]
DR-000209-22	DR-000209DR-000209-INV-003"CRED-002(†÷∞ˇ≥30rÈ"formal-noticeb
DR-000232-34	DR-000232DR-000232-INV-006"CRED-008(“÷∞ˇ≥30r!È"reminder-4-warningb
DR-000236-29	DR-000236DR-000236-INV-004"CRED-011(Ñ◊∞ˇ≥30r!È"reminder-4-warning%
day-2025-12-21(òòÏö¥30≤	
È`
DR-000002-29	DR-000002DR-000002-INV-005"CRED-001(Äà ®¥30rÈ"reminder-1-emailb
DR-000018-35	DR-000018DR-000018-INV-005"CRED-006(≤à ®¥30r!È"reminder-4-warningæ
DR-000045-22	DR-000045DR-000045-INV-004"CRED-002(‰à ®¥30R}
INV-000045-004	ˆ»EURÈ"Í0:Customer 000045B45 rue de la R√©publiqueB
69009 LyonJdr-000045@example.com`
DR-000057-43	DR-000057DR-000057-INV-006"CRED-011(ñâ ®¥30rÈ"reminder-2-phoneh
DR-000059-32	DR-000059DR-000059-INV-005"CRED-006(»â ®¥30Z'
DR-000059-PAY-9	•≈USDÈ `
DR-000064-30	DR-000064DR-000064-INV-005"CRED-011(˙â ®¥30rÈ"reminder-2-phoneh
DR-000093-27	DR-000093DR-000093-INV-004"CRED-003(¨ä ®¥30Z'
DR-000093-PAY-6	Ô¿&EURÈ a
DR-000097-28	DR-000097DR-000097-INV-004"CRED-010(ﬁä ®¥30r È"reminder-3-letterh
DR-000098-14	DR-000098DR-000098-INV-004"CRED-002(êã ®¥30Z'
DR-000098-PAY-5	·íEURÈ a
DR-000137-13	DR-000137DR-000137-INV-004"CRED-005(¬ã ®¥30r È"reminder-3-letterh
DR-000137-14	DR-000137DR-000137-INV-004"CRED-005(Ùã ®¥30Z'
DR-000137-PAY-5	˜‘8EURÈ h
DR-000142-25	DR-000142DR-000142-INV-006"CRED-005(¶å ®¥30Z'
DR-000142-PAY-6	Ÿ◊3EURÈ ∂
DR-000149-41	DR-000149DR-000149-INV-005"CRED-009(ÿå ®¥30Çt
DR-000149-PLAN-41È
Í	±ÉEUR
Í	±ÉEUR
Í	±ÉEUR
Í	¥ÉEUR`
DR-000155-25	DR-000155DR-000155-INV-005"CRED-006(äç ®¥30rÈ"reminder-1-emailb
DR-000179-20	DR-000179DR-000179-INV-003"CRED-006(ºç ®¥30r!È"reminder-4-warningº
DR-000204-20	DR-000204DR-000204-INV-005"CRED-006(Óç ®¥30R{
INV-000204-005	áÙEURÈ"Í0:Company 000204B4 rue de la R√©publiqueB
69006 LyonJdr-000204@example.com`
DR-000244-19	DR-000244DR-000244-INV-005"CRED-002(†é ®¥30rÈ"reminder-1-email%
day-2025-12-22(ò–Öƒ¥30≤	
È`
DR-000019-39	DR-000019DR-000019-INV-005"CRED-002(Ä¿„—¥30rÈ"reminder-2-phonei
DR-000019-40	DR-000019DR-000019-INV-005"CRED-002(≤¿„—¥30Z(
DR-000019-PAY-13	Û«EURÈ i
DR-000021-34	DR-000021DR-000021-INV-003"CRED-010(‰¿„—¥30Z(
DR-000021-PAY-16	πÔGBPÈ a
DR-000022-35	DR-000022DR-000022-INV-005"CRED-010(ñ¡„—¥30r È"reminder-3-letter_
DR-000037-32	DR-000037DR-000037-INV-005"CRED-010(»¡„—¥30rÈ"courtesy-reminderΩ
DR-000039-14	DR-000039DR-000039-INV-006"CRED-008(˙¡„—¥30R|
INV-000039-006	Ô‹EURÈ"Í0:Company 000039B39 rue de la R√©publiqueB
69003 LyonJdr-000039@example.comΩ
DR-000041-31	DR-000041DR-000041-INV-006"CRED-008(¨¬„—¥30R|
INV-000041-006	◊‚%EURÈ"Í0:Company 000041B41 rue de la R√©publiqueB
69005 LyonJdr-000041@example.comh
DR-000041-32	DR-000041DR-000041-INV-004"CRED-008(ﬁ¬„—¥30Z'
DR-000041-PAY-5	ÖﬂEURÈ i
DR-000057-44	DR-000057DR-000057-INV-005"CRED-011(ê√„—¥30Z(
DR-000057-PAY-15	ê∆&EURÈ h
DR-000058-28	DR-000058DR-000058-INV-006"CRED-007(¬√„—¥30Z'
DR-000058-PAY-7	ÇàEURÈ h
DR-000072-32	DR-000072DR-000072-INV-005"CRED-001(Ù√„—¥30Z'
DR-000072-PAY-6	¢ÑEURÈ g
DR-000085-27	DR-000085DR-000085-INV-004"CRED-012(¶ƒ„—¥30Z&
DR-000085-PAY-8îEURÈ h
DR-000090-12	DR-000090DR-000090-INV-005"CRED-010(ÿƒ„—¥30Z'
DR-000090-PAY-5	øÍEURÈ Õ
DR-000119-29	DR-000119DR-000119-INV-006"CRED-007(ä≈„—¥30Rã
INV-000119-006	úÑEURÈ"Í*
Í“0:Company 000119B119 rue de la R√©publiqueB
69002 LyonJdr-000119@example.coma
DR-000123-37	DR-000123DR-000123-INV-006"CRED-009(º≈„—¥30r È"reminder-3-letterh
DR-000152-14	DR-000152DR-000152-INV-006"CRED-004(Ó≈„—¥30Z'
DR-000152-PAY-6	Ï‹,EURÈ b
DR-000174-38	DR-000174DR-000174-INV-005"CRED-003(†∆„—¥30r!È"reminder-4-warningø
DR-000177-16	DR-000177DR-000177-INV-004"CRED-008(“∆„—¥30R~
INV-000177-004	âÊEURÈ"Í0:Customer 000177B177 rue de la R√©publiqueB
69006 LyonJdr-000177@example.comZ
DR-000181-33	DR-000181DR-000181-INV-003"CRED-003(Ñ«„—¥30™
Èuncollectable`
DR-000188-25	DR-000188DR-000188-INV-005"CRED-001(∂«„—¥30rÈ"reminder-1-emaila
DR-000246-30	DR-000246DR-000246-INV-004"CRED-003(Ë«„—¥30r È"reminder-3-letter%
day-2025-12-23(òàüÌ¥30≤	
È`
DR-000010-15	DR-000010DR-000010-INV-005"CRED-004(Ä¯¸˙¥30rÈ"reminder-1-email]
DR-000021-35	DR-000021DR-000021-INV-005"CRED-010(≤¯¸˙¥30rÈ"formal-noticeg
DR-000023-29	DR-000023DR-000023-INV-004"CRED-001(‰¯¸˙¥30Z&
DR-000023-PAY-5À;EURÈ `
DR-000029-21	DR-000029DR-000029-INV-004"CRED-001(ñ˘¸˙¥30rÈ"reminder-1-emailh
DR-000052-14	DR-000052DR-000052-INV-003"CRED-008(»˘¸˙¥30Z'
DR-000052-PAY-4	øäEURÈ b
DR-000083-19	DR-000083DR-000083-INV-004"CRED-009(˙˘¸˙¥30r!È"reminder-4-warningi
DR-000112-46	DR-000112DR-000112-INV-009"CRED-001(¨˙¸˙¥30Z(
DR-000112-PAY-12	±ﬂEURÈ b
DR-000123-38	DR-000123DR-000123-INV-006"CRED-009(ﬁ˙¸˙¥30r!È"reminder-4-warning`
DR-000157-15	DR-000157DR-000157-INV-004"CRED-002(ê˚¸˙¥30rÈ"reminder-1-emailb
DR-000165-38	DR-000165DR-000165-INV-005"CRED-008(¬˚¸˙¥30r!È"reminder-4-warningg
DR-000169-25	DR-000169DR-000169-INV-003"CRED-009(Ù˚¸˙¥30Z&
DR-000169-PAY-8‘ EURÈ ]
DR-000171-19	DR-000171DR-000171-INV-004"CRED-006(¶¸¸˙¥30rÈ"formal-noticeh
DR-000197-41	DR-000197DR-000197-INV-006"CRED-006(ÿ¸¸˙¥30Z'
DR-000197-PAY-8	Ö≥EURÈ g
DR-000230-20	DR-000230DR-000230-INV-002"CRED-005(ä˝¸˙¥30Z&
DR-000230-PAY-7¿!EURÈ Ω
DR-000245-22	DR-000245DR-000245-INV-005"CRED-002(º˝¸˙¥30R|
INV-000245-005	∏ˇUEURÈ"Í0:Company 000245B45 rue de la R√©publiqueB
69002 LyonJdr-000245@example.comi
DR-000247-45	DR-000247DR-000247-INV-005"CRED-012(Ó˝¸˙¥30Z(
DR-000247-PAY-14	˛ÅEURÈ %
day-2025-12-24(ò¿∏ñµ30≤	
È]
DR-000041-33	DR-000041DR-000041-INV-005"CRED-008(Ä∞ñ§µ30rÈ"formal-notice`
DR-000042-31	DR-000042DR-000042-INV-005"CRED-006(≤∞ñ§µ30rÈ"reminder-1-emailh
DR-000078-15	DR-000078DR-000078-INV-004"CRED-007(‰∞ñ§µ30Z'
DR-000078-PAY-4	¬‹EURÈ æ
DR-000122-33	DR-000122DR-000122-INV-006"CRED-002(ñ±ñ§µ30R}
INV-000122-006	˘ˆEURÈ"Í0:Company 000122B122 rue de la R√©publiqueB
69005 LyonJdr-000122@example.comø
DR-000131-17	DR-000131DR-000131-INV-006"CRED-011(»±ñ§µ30R~
INV-000131-006
Ì˙åUSDÈ"Í0:Company 000131B131 rue de la R√©publiqueB
69005 LyonJdr-000131@example.coma
DR-000131-18	DR-000131DR-000131-INV-005"CRED-011(˙±ñ§µ30r È"reminder-3-letterb
DR-000154-22	DR-000154DR-000154-INV-004"CRED-001(¨≤ñ§µ30r!È"reminder-4-warning`
DR-000198-29	DR-000198DR-000198-INV-006"CRED-004(ﬁ≤ñ§µ30rÈ"reminder-2-phone%
day-2025-12-25(ò¯—øµ30≤	
Èh
DR-000010-16	DR-000010DR-000010-INV-005"CRED-004(ÄËØÕµ30Z'
DR-000010-PAY-5	µØEURÈ `
DR-000015-25	DR-000015DR-000015-INV-004"CRED-011(≤ËØÕµ30rÈ"reminder-1-email`
DR-000059-33	DR-000059DR-000059-INV-006"CRED-006(‰ËØÕµ30rÈ"reminder-1-emailÃ
DR-000083-20	DR-000083DR-000083-INV-005"CRED-009(ñÈØÕµ30Rä
INV-000083-005	ÄÄGBPÈ"Í	*
Í◊0:Company 000083B83 rue de la R√©publiqueB
69002 LyonJdr-000083@example.com`
DR-000110-18	DR-000110DR-000110-INV-006"CRED-001(»ÈØÕµ30rÈ"reminder-1-emailb
DR-000112-47	DR-000112DR-000112-INV-008"CRED-001(˙ÈØÕµ30r!È"reminder-4-warning`
DR-000121-35	DR-000121DR-000121-INV-005"CRED-011(¨ÍØÕµ30rÈ"reminder-1-email]
DR-000138-51	DR-000138DR-000138-INV-005"CRED-007(ﬁÍØÕµ30rÈ"formal-notice`
DR-000145-22	DR-000145DR-000145-INV-005"CRED-009(êÎØÕµ30rÈ"reminder-2-phone`
DR-000203-38	DR-000203DR-000203-INV-006"CRED-011(¬ÎØÕµ30rÈ"reminder-1-emailΩ
DR-000206-26	DR-000206DR-000206-INV-004"CRED-002(ÙÎØÕµ30R|
INV-000206-004	≤ÖEURÈ"Í0:Customer 000206B6 rue de la R√©publiqueB
69008 LyonJdr-000206@example.coma
DR-000248-22	DR-000248DR-000248-INV-003"CRED-005(¶ÏØÕµ30r È"reminder-3-letter%
day-2025-12-26(ò∞ÎËµ30≤	
Èh
DR-000007-18	DR-000007DR-000007-INV-005"CRED-005(Ä†…ˆµ30Z'
DR-000007-PAY-5	∑ 9EURÈ `
DR-000019-41	DR-000019DR-000019-INV-006"CRED-002(≤†…ˆµ30rÈ"reminder-1-emaili
DR-000030-25	DR-000030DR-000030-INV-004"CRED-005(‰†…ˆµ30Z(
DR-000030-PAY-11	å°EURÈ ]
DR-000033-26	DR-000033DR-000033-INV-003"CRED-003(ñ°…ˆµ30rÈ"formal-noticeΩ
DR-000035-17	DR-000035DR-000035-INV-008"CRED-012(»°…ˆµ30R|
INV-000035-008	¿ÙEURÈ"Í0:Company 000035B35 rue de la R√©publiqueB
69008 LyonJdr-000035@example.comæ
DR-000061-28	DR-000061DR-000061-INV-005"CRED-007(˙°…ˆµ30R}
INV-000061-005
ÿπºEURÈ"Í0:Company 000061B61 rue de la R√©publiqueB
69007 LyonJdr-000061@example.comæ
DR-000089-21	DR-000089DR-000089-INV-007"CRED-002(¨¢…ˆµ30R}
INV-000089-007
ÄŒÜEURÈ"Í
0:Company 000089B89 rue de la R√©publiqueB
69008 LyonJdr-000089@example.comh
DR-000125-17	DR-000125DR-000125-INV-004"CRED-011(ﬁ¢…ˆµ30Z'
DR-000125-PAY-4	ÖûEURÈ `
DR-000160-23	DR-000160DR-000160-INV-004"CRED-010(ê£…ˆµ30rÈ"reminder-2-phoneb
DR-000164-24	DR-000164DR-000164-INV-003"CRED-011(¬£…ˆµ30r!È"reminder-4-warningh
DR-000203-39	DR-000203DR-000203-INV-005"CRED-011(Ù£…ˆµ30Z'
DR-000203-PAY-8	ßÈ)EURÈ U
DR-000213-10	DR-000213"CRED-011(¶§…ˆµ30Z'
DR-000213-PAY-5	Ø•CHFÈ `
DR-000237-31	DR-000237DR-000237-INV-005"CRED-007(ÿ§…ˆµ30rÈ"reminder-1-emailh
DR-000241-26	DR-000241DR-000241-INV-002"CRED-009(ä•…ˆµ30Z'
DR-000241-PAY-7	¯¯EURÈ Ω
DR-000249-26	DR-000249DR-000249-INV-005"CRED-006(º•…ˆµ30R|
INV-000249-005	ÁÄ3CHFÈ"Í
0:Company 000249B49 rue de la R√©publiqueB
69006 LyonJdr-000249@example.com%
day-2025-12-27(òËÑí∂30≤	
ÈS
DR-000055-23	DR-000055DR-000055-INV-003"CRED-002(Äÿ‚ü∂30ö
AGY-01È`
DR-000064-31	DR-000064DR-000064-INV-006"CRED-006(≤ÿ‚ü∂30rÈ"reminder-1-emaila
DR-000102-25	DR-000102DR-000102-INV-005"CRED-006(‰ÿ‚ü∂30r È"reminder-3-letter`
DR-000104-21	DR-000104DR-000104-INV-004"CRED-004(ñŸ‚ü∂30rÈ"reminder-2-phonea
DR-000114-25	DR-000114DR-000114-INV-005"CRED-002(»Ÿ‚ü∂30r È"reminder-3-letter`
DR-000120-28	DR-000120DR-000120-INV-005"CRED-008(˙Ÿ‚ü∂30rÈ"reminder-1-emailb
DR-000139-31	DR-000139DR-000139-INV-005"CRED-001(¨⁄‚ü∂30r!È"reminder-4-warning_
DR-000148-14	DR-000148DR-000148-INV-005"CRED-001(ﬁ⁄‚ü∂30rÈ"courtesy-reminderb
DR-000166-30	DR-000166DR-000166-INV-005"CRED-001(ê€‚ü∂30r!È"reminder-4-warning`
DR-000170-31	DR-000170DR-000170-INV-007"CRED-005(¬€‚ü∂30rÈ"reminder-2-phoneø
DR-000173-13	DR-000173DR-000173-INV-004"CRED-008(Ù€‚ü∂30R~
INV-000173-004	á£EURÈ"Í0:Customer 000173B173 rue de la R√©publiqueB
69002 LyonJdr-000173@example.comh
DR-000188-26	DR-000188DR-000188-INV-004"CRED-001(¶‹‚ü∂30Z'
DR-000188-PAY-3	à©
EURÈ U
DR-000195-25	DR-000195"CRED-002(ÿ‹‚ü∂30Z'
DR-000195-PAY-6	»™*GBPÈ Ω
DR-000221-10	DR-000221DR-000221-INV-006"CRED-004(ä›‚ü∂30R|
INV-000221-006	®ëEURÈ"Í0:Company 000221B21 rue de la R√©publiqueB
69005 LyonJdr-000221@example.com]
DR-000230-21	DR-000230DR-000230-INV-004"CRED-005(º›‚ü∂30rÈ"formal-noticeb
DR-000247-46	DR-000247DR-000247-INV-006"CRED-012(Ó›‚ü∂30r!È"reminder-4-warning%
day-2025-12-28(ò†ûª∂30≤	
È`
DR-000002-30	DR-000002DR-000002-INV-005"CRED-001(Äê¸»∂30rÈ"reminder-2-phoneΩ
DR-000040-13	DR-000040DR-000040-INV-006"CRED-007(≤ê¸»∂30R|
INV-000040-006	õÅ EURÈ"Í0:Company 000040B40 rue de la R√©publiqueB
69004 LyonJdr-000040@example.coma
DR-000057-45	DR-000057DR-000057-INV-006"CRED-011(‰ê¸»∂30r È"reminder-3-lettera
DR-000064-32	DR-000064DR-000064-INV-005"CRED-011(ñë¸»∂30r È"reminder-3-letterh
DR-000088-16	DR-000088DR-000088-INV-007"CRED-003(»ë¸»∂30Z'
DR-000088-PAY-7	’ûEURÈ K
DR-000112-48	DR-000112"CRED-001(˙ë¸»∂30b
DR-000112-PAY-12Èb
DR-000122-34	DR-000122DR-000122-INV-005"CRED-002(¨í¸»∂30r!È"reminder-4-warningh
DR-000131-19	DR-000131DR-000131-INV-005"CRED-011(ﬁí¸»∂30Z'
DR-000131-PAY-5	≠ÔUSDÈ h
DR-000133-15	DR-000133DR-000133-INV-007"CRED-002(êì¸»∂30Z'
DR-000133-PAY-7	∆å@EURÈ ]
DR-000134-27	DR-000134DR-000134-INV-004"CRED-009(¬ì¸»∂30rÈ"formal-notice]
DR-000150-27	DR-000150DR-000150-INV-006"CRED-012(Ùì¸»∂30rÈ"formal-notice`
DR-000155-26	DR-000155DR-000155-INV-005"CRED-006(¶î¸»∂30rÈ"reminder-2-phoneh
DR-000167-15	DR-000167DR-000167-INV-006"CRED-004(ÿî¸»∂30Z'
DR-000167-PAY-6	›ÎCHFÈ æ
DR-000193-24	DR-000193DR-000193-INV-006"CRED-006(äï¸»∂30R}
INV-000193-006	∫¢EURÈ"Í0:Company 000193B193 rue de la R√©publiqueB
69004 LyonJdr-000193@example.com`
DR-000244-20	DR-000244DR-000244-INV-005"CRED-002(ºï¸»∂30rÈ"reminder-2-phone%
day-2025-12-29(òÿ∑‰∂30≤	
Èa
DR-000019-42	DR-000019DR-000019-INV-005"CRED-002(Ä»ïÚ∂30r È"reminder-3-letterb
DR-000020-35	DR-000020DR-000020-INV-005"CRED-009(≤»ïÚ∂30r!È"reminder-4-warningi
DR-000020-36	DR-000020DR-000020-INV-004"CRED-009(‰»ïÚ∂30Z(
DR-000020-PAY-13	ÿÎEURÈ Z
DR-000045-23	DR-000045DR-000045-INV-003"CRED-002(ñ…ïÚ∂30™
Èuncollectable`
DR-000066-23	DR-000066DR-000066-INV-004"CRED-003(»…ïÚ∂30ä
goods not deliveredÈ`
DR-000112-49	DR-000112DR-000112-INV-009"CRED-001(˙…ïÚ∂30rÈ"reminder-1-emaili
DR-000112-50	DR-000112DR-000112-INV-008"CRED-001(¨ ïÚ∂30Z(
DR-000112-PAY-13	Ô◊EURÈ ]
DR-000117-38	DR-000117DR-000117-INV-004"CRED-004(ﬁ ïÚ∂30rÈ"formal-noticeh
DR-000144-15	DR-000144DR-000144-INV-003"CRED-010(êÀïÚ∂30Z'
DR-000144-PAY-3	˙¡	EURÈ b
DR-000169-26	DR-000169DR-000169-INV-003"CRED-009(¬ÀïÚ∂30r!È"reminder-4-warningæ
DR-000182-23	DR-000182DR-000182-INV-007"CRED-001(ÙÀïÚ∂30R}
INV-000182-007	åö6EURÈ"Í0:Company 000182B182 rue de la R√©publiqueB
69002 LyonJdr-000182@example.com`
DR-000188-27	DR-000188DR-000188-INV-005"CRED-001(¶ÃïÚ∂30rÈ"reminder-2-phoneæ
DR-000220-34	DR-000220DR-000220-INV-005"CRED-012(ÿÃïÚ∂30R}
INV-000220-005	µôEURÈ"Í0:Customer 000220B20 rue de la R√©publiqueB
69004 LyonJdr-000220@example.coms
DR-000242-20	DR-000242DR-000242-INV-006"CRED-009(äÕïÚ∂30ä1
billing error on some lines	≥ﬁ	EURÈ%
day-2025-12-30(òê—ç∑30≤	
È`
DR-000012-14	DR-000012DR-000012-INV-003"CRED-004(ÄÄØõ∑30rÈ"reminder-1-emailæ
DR-000014-17	DR-000014DR-000014-INV-006"CRED-006(≤ÄØõ∑30R}
INV-000014-006
…„®USDÈ"Í0:Company 000014B14 rue de la R√©publiqueB
69005 LyonJdr-000014@example.comg
DR-000024-20	DR-000024DR-000024-INV-003"CRED-008(‰ÄØõ∑30Z&
DR-000024-PAY-3ú9EURÈ Ω
DR-000027-30	DR-000027DR-000027-INV-006"CRED-009(ñÅØõ∑30R|
INV-000027-006	™ﬁ&EURÈ"Í0:Company 000027B27 rue de la R√©publiqueB
69009 LyonJdr-000027@example.com`
DR-000029-22	DR-000029DR-000029-INV-004"CRED-001(»ÅØõ∑30rÈ"reminder-2-phone]
DR-000047-25	DR-000047DR-000047-INV-004"CRED-011(˙ÅØõ∑30rÈ"formal-notice^
DR-000054-6	DR-000054DR-000054-INV-003"CRED-011(¨ÇØõ∑30rÈ"courtesy-reminderg
DR-000054-7	DR-000054DR-000054-INV-003"CRED-011(ﬁÇØõ∑30Z'
DR-000054-PAY-3	éçEURÈ g
DR-000061-29	DR-000061DR-000061-INV-004"CRED-007(êÉØõ∑30Z&
DR-000061-PAY-9ÓEURÈ b
DR-000097-29	DR-000097DR-000097-INV-004"CRED-010(¬ÉØõ∑30r!È"reminder-4-warningi
DR-000114-26	DR-000114DR-000114-INV-005"CRED-002(ÙÉØõ∑30Z(
DR-000114-PAY-5
∑˚ùEURÈ `
DR-000129-38	DR-000129DR-000129-INV-006"CRED-007(¶ÑØõ∑30rÈ"reminder-1-email`
DR-000146-33	DR-000146DR-000146-INV-007"CRED-007(ÿÑØõ∑30rÈ"reminder-1-email`
DR-000157-16	DR-000157DR-000157-INV-004"CRED-002(äÖØõ∑30rÈ"reminder-2-phone^
DR-000157-17	DR-000157DR-000157-INV-004"CRED-002(ºÖØõ∑30z
	ØŸEURÍÈ]
DR-000204-21	DR-000204DR-000204-INV-004"CRED-006(ÓÖØõ∑30rÈ"formal-noticeh
DR-000237-32	DR-000237DR-000237-INV-004"CRED-007(†ÜØõ∑30Z'
DR-000237-PAY-5	ÑÃmEURÈ h
DR-000248-23	DR-000248DR-000248-INV-003"CRED-005(“ÜØõ∑30Z'
DR-000248-PAY-2	‰»EURÈ %
day-2025-12-31(ò»Í∂∑30≤	
Èæ
DR-000015-26	DR-000015DR-000015-INV-005"CRED-011(Ä∏»ƒ∑30R}
INV-000015-005	ƒèEURÍ"Í0:Customer 000015B15 rue de la R√©publiqueB
69006 LyonJdr-000015@example.comi
DR-000018-36	DR-000018DR-000018-INV-005"CRED-006(≤∏»ƒ∑30Z(
DR-000018-PAY-13	æ’EURÍ b
DR-000022-36	DR-000022DR-000022-INV-005"CRED-010(‰∏»ƒ∑30r!Í"reminder-4-warning`
DR-000042-32	DR-000042DR-000042-INV-005"CRED-006(ñπ»ƒ∑30rÍ"reminder-2-phoneΩ
DR-000068-23	DR-000068DR-000068-INV-004"CRED-008(»π»ƒ∑30R|
INV-000068-004åZEURÍ"Í0:Customer 000068B68 rue de la R√©publiqueB
69005 LyonJdr-000068@example.comæ
DR-000101-11	DR-000101DR-000101-INV-006"CRED-004(˙π»ƒ∑30R}
INV-000101-006	ûüEURÍ"Í0:Company 000101B101 rue de la R√©publiqueB
69002 LyonJdr-000101@example.com`
DR-000138-52	DR-000138DR-000138-INV-006"CRED-007(¨∫»ƒ∑30rÍ"reminder-1-emailh
DR-000146-34	DR-000146DR-000146-INV-006"CRED-007(ﬁ∫»ƒ∑30Z'
DR-000146-PAY-6	≈æ+EURÍ `
DR-000172-16	DR-000172DR-000172-INV-007"CRED-010(êª»ƒ∑30rÍ"reminder-1-email`
DR-000188-28	DR-000188DR-000188-INV-005"CRED-001(¬ª»ƒ∑30ä
goods not deliveredÍa
DR-000198-30	DR-000198DR-000198-INV-006"CRED-004(Ùª»ƒ∑30r Í"reminder-3-letter`
DR-000221-11	DR-000221DR-000221-INV-005"CRED-004(¶º»ƒ∑30rÍ"reminder-1-emailΩ
DR-000230-22	DR-000230DR-000230-INV-005"CRED-005(ÿº»ƒ∑30R|
INV-000230-005Ó*EURÍ"Í0:Customer 000230B30 rue de la R√©publiqueB
69005 LyonJdr-000230@example.comh
DR-000232-35	DR-000232DR-000232-INV-006"CRED-008(äΩ»ƒ∑30Z'
DR-000232-PAY-8	œ®EURÍ b
DR-000246-31	DR-000246DR-000246-INV-004"CRED-003(ºΩ»ƒ∑30r!Í"reminder-4-warning%
day-2026-01-01(òÄÑ‡∑30≤	
Í`
DR-000015-27	DR-000015DR-000015-INV-004"CRED-011(Ä·Ì∑30rÍ"reminder-2-phoneŒ
DR-000021-36	DR-000021DR-000021-INV-006"CRED-010(≤·Ì∑30Rå
INV-000021-006
Óï∂GBPÍ"Í*
Í≠“0:Company 000021B21 rue de la R√©publiqueB
69003 LyonJdr-000021@example.comº
DR-000022-37	DR-000022DR-000022-INV-006"CRED-010(‰·Ì∑30R{
INV-000022-006´3EURÍ"Í0:Company 000022B22 rue de la R√©publiqueB
69004 LyonJdr-000022@example.comΩ
DR-000028-31	DR-000028DR-000028-INV-006"CRED-008(ñÒ·Ì∑30R|
INV-000028-006	ùºGBPÍ"Í0:Company 000028B28 rue de la R√©publiqueB
69001 LyonJdr-000028@example.com`
DR-000028-32	DR-000028DR-000028-INV-005"CRED-008(»Ò·Ì∑30rÍ"reminder-1-emailr
DR-000029-23	DR-000029DR-000029-INV-004"CRED-001(˙Ò·Ì∑30ä0
billing error on some linesøPEURÍ]
DR-000032-48	DR-000032DR-000032-INV-006"CRED-010(¨Ú·Ì∑30rÍ"formal-notice`
DR-000037-33	DR-000037DR-000037-INV-005"CRED-010(ﬁÚ·Ì∑30rÍ"reminder-1-email`
DR-000053-11	DR-000053DR-000053-INV-003"CRED-009(êÛ·Ì∑30rÍ"reminder-1-email]
DR-000057-46	DR-000057DR-000057-INV-005"CRED-011(¬Û·Ì∑30rÍ"formal-notice`
DR-000059-34	DR-000059DR-000059-INV-006"CRED-006(ÙÛ·Ì∑30rÍ"reminder-2-phoneΩ
DR-000077-7	DR-000077DR-000077-INV-004"CRED-004(¶Ù·Ì∑30R}
INV-000077-004	íöEURÍ"Í0:Customer 000077B77 rue de la R√©publiqueB
69005 LyonJdr-000077@example.com`
DR-000110-19	DR-000110DR-000110-INV-006"CRED-001(ÿÙ·Ì∑30rÍ"reminder-2-phoneg
DR-000113-25	DR-000113DR-000113-INV-003"CRED-007(äı·Ì∑30Z&
DR-000113-PAY-6Ì(EURÍ ]
DR-000117-39	DR-000117DR-000117-INV-005"CRED-004(ºı·Ì∑30rÍ"formal-notice`
DR-000120-29	DR-000120DR-000120-INV-005"CRED-008(Óı·Ì∑30ä
goods not deliveredÍ`
DR-000121-36	DR-000121DR-000121-INV-005"CRED-011(†ˆ·Ì∑30rÍ"reminder-2-phonea
DR-000145-23	DR-000145DR-000145-INV-005"CRED-009(“ˆ·Ì∑30r Í"reminder-3-letterø
DR-000154-23	DR-000154DR-000154-INV-005"CRED-001(Ñ˜·Ì∑30R~
INV-000154-005	åõEURÍ"Í0:Customer 000154B154 rue de la R√©publiqueB
69001 LyonJdr-000154@example.comæ
DR-000165-39	DR-000165DR-000165-INV-006"CRED-008(∂˜·Ì∑30R}
INV-000165-006	„πEURÍ"Í0:Company 000165B165 rue de la R√©publiqueB
69003 LyonJdr-000165@example.comv
DR-000170-32	DR-000170DR-000170-INV-007"CRED-005(Ë˜·Ì∑30™4
Í)small balance left after partial payments`
DR-000183-15	DR-000183DR-000183-INV-004"CRED-010(ö¯·Ì∑30rÍ"reminder-1-email`
DR-000203-40	DR-000203DR-000203-INV-006"CRED-011(Ã¯·Ì∑30rÍ"reminder-2-phoneΩ
DR-000240-27	DR-000240DR-000240-INV-006"CRED-012(˛¯·Ì∑30R|
INV-000240-006	¢¬EURÍ"Í0:Company 000240B40 rue de la R√©publiqueB
69006 LyonJdr-000240@example.com`
DR-000240-28	DR-000240DR-000240-INV-005"CRED-012(∞˘·Ì∑30rÍ"reminder-1-emailÃ
DR-000244-21	DR-000244DR-000244-INV-006"CRED-002(‚˘·Ì∑30Rä
INV-000244-006	∞˘EURÍ"Í*
Í∆0:Company 000244B44 rue de la R√©publiqueB
69001 LyonJdr-000244@example.comZ
DR-000246-32	DR-000246DR-000246-INV-003"CRED-003(î˙·Ì∑30™
Íuncollectable%
day-2026-01-02(ò∏ùâ∏30≤	
Í`
DR-000019-43	DR-000019DR-000019-INV-006"CRED-002(Ä®˚ñ∏30rÍ"reminder-2-phonei
DR-000112-51	DR-000112DR-000112-INV-009"CRED-001(≤®˚ñ∏30Z(
DR-000112-PAY-14	±ﬂEURÍ i
DR-000117-40	DR-000117DR-000117-INV-005"CRED-004(‰®˚ñ∏30Z(
DR-000117-PAY-10	ó√EURÍ æ
DR-000118-17	DR-000118DR-000118-INV-004"CRED-011(ñ©˚ñ∏30R}
INV-000118-004›/EURÍ"Í0:Customer 000118B118 rue de la R√©publiqueB
69001 LyonJdr-000118@example.coma
DR-000160-24	DR-000160DR-000160-INV-004"CRED-010(»©˚ñ∏30r Í"reminder-3-letter_
DR-000162-24	DR-000162DR-000162-INV-004"CRED-006(˙©˚ñ∏30rÍ"courtesy-reminder_
DR-000216-33	DR-000216DR-000216-INV-006"CRED-010(¨™˚ñ∏30rÍ"courtesy-reminder`
DR-000237-33	DR-000237DR-000237-INV-005"CRED-007(ﬁ™˚ñ∏30rÍ"reminder-2-phone%
day-2026-01-03(ò∂≤∏30≤	
Íh
DR-000033-27	DR-000033DR-000033-INV-003"CRED-003(Ä‡î¿∏30Z'
DR-000033-PAY-7	—áCHFÍ S
DR-000041-34	DR-000041DR-000041-INV-005"CRED-008(≤‡î¿∏30ö
AGY-03Í`
DR-000063-35	DR-000063DR-000063-INV-006"CRED-012(‰‡î¿∏30rÍ"reminder-1-email`
DR-000064-33	DR-000064DR-000064-INV-006"CRED-006(ñ·î¿∏30rÍ"reminder-2-phoneΩ
DR-000099-20	DR-000099DR-000099-INV-005"CRED-010(»·î¿∏30R|
INV-000099-005	≠öUSDÍ"Í0:Company 000099B99 rue de la R√©publiqueB
69009 LyonJdr-000099@example.coma
DR-000104-22	DR-000104DR-000104-INV-004"CRED-004(˙·î¿∏30r Í"reminder-3-letter`
DR-000153-18	DR-000153DR-000153-INV-004"CRED-012(¨‚î¿∏30rÍ"reminder-1-emailh
DR-000033-27	DR-000033DR-000033-INV-003"CRED-003(Ä‡î¿∏30Z'
DR-000033-PAY-7	—áCHFÍ i
DR-000165-40	DR-000165DR-000165-INV-005"CRED-008(ê„î¿∏30Z(
DR-000165-PAY-13	ª¶EURÍ æ
DR-000183-16	DR-000183DR-000183-INV-005"CRED-010(¬„î¿∏30R}
INV-000183-005	ºï EURÍ"Í0:Company 000183B183 rue de la R√©publiqueB
69003 LyonJdr-000183@example.comÃ
DR-000218-13	DR-000218DR-000218-INV-006"CRED-001(Ù„î¿∏30Rä
INV-000218-006	ÄËUSDÍ"Í*
Íô0:Company 000218B18 rue de la R√©publiqueB
69002 LyonJdr-000218@example.comj
DR-000247-47	DR-000247DR-000247-INV-006"CRED-012(¶‰î¿∏30Z)
DR-000247-PAY-15
ƒ…ÜEURÍ %
day-2026-01-04(ò®–€∏30≤	
Ía
DR-000002-31	DR-000002DR-000002-INV-005"CRED-001(ÄòÆÈ∏30r Í"reminder-3-letter`
DR-000017-14	DR-000017DR-000017-INV-006"CRED-010(≤òÆÈ∏30ä
goods not deliveredÍΩ
DR-000072-33	DR-000072DR-000072-INV-007"CRED-001(‰òÆÈ∏30R|
INV-000072-007	Í—EURÍ"Í0:Company 000072B72 rue de la R√©publiqueB
69009 LyonJdr-000072@example.comº
DR-000079-9	DR-000079DR-000079-INV-005"CRED-006(ñôÆÈ∏30R|
INV-000079-005ò\EURÍ"Í0:Customer 000079B79 rue de la R√©publiqueB
69007 LyonJdr-000079@example.comh
DR-000107-18	DR-000107DR-000107-INV-005"CRED-011(»ôÆÈ∏30Z'
DR-000107-PAY-5	ΩéEURÍ i
DR-000117-41	DR-000117DR-000117-INV-004"CRED-004(˙ôÆÈ∏30Z(
DR-000117-PAY-11	„„EURÍ a
DR-000155-27	DR-000155DR-000155-INV-005"CRED-006(¨öÆÈ∏30r Í"reminder-3-letter]
DR-000168-35	DR-000168DR-000168-INV-006"CRED-002(ﬁöÆÈ∏30rÍ"formal-noticeæ
DR-000180-11	DR-000180DR-000180-INV-005"CRED-011(êõÆÈ∏30R}
INV-000180-005	ÅﬂhUSDÍ"Í0:Company 000180B180 rue de la R√©publiqueB
69009 LyonJdr-000180@example.comæ
DR-000181-34	DR-000181DR-000181-INV-006"CRED-003(¬õÆÈ∏30R}
INV-000181-006	”–EURÍ"Í0:Company 000181B181 rue de la R√©publiqueB
69001 LyonJdr-000181@example.comi
DR-000187-36	DR-000187DR-000187-INV-006"CRED-001(ÙõÆÈ∏30Z(
DR-000187-PAY-10	¿*GBPÍ `
DR-000200-35	DR-000200DR-000200-INV-005"CRED-012(¶úÆÈ∏30rÍ"reminder-1-emailg
DR-000210-23	DR-000210DR-000210-INV-005"CRED-007(ÿúÆÈ∏30Z&
DR-000210-PAY-5´eEURÍ ]
DR-000236-30	DR-000236DR-000236-INV-004"CRED-011(äùÆÈ∏30rÍ"formal-noticeh
DR-000240-29	DR-000240DR-000240-INV-005"CRED-012(ºùÆÈ∏30Z'
DR-000240-PAY-7	öÚEURÍ a
DR-000244-22	DR-000244DR-000244-INV-005"CRED-002(ÓùÆÈ∏30r Í"reminder-3-letter]
DR-000168-35	DR-000168DR-000168-INV-006"CRED-002(ﬁöÆÈ∏30rÍ"formal-notice%
day-2026-01-05(ò‡ÈÑπ30≤	
ÍΩ
DR-000044-30	DR-000044DR-000044-INV-005"CRED-002(Ä–«íπ30R|
INV-000044-005ﬁFEURÍ"Í0:Customer 000044B44 rue de la R√©publiqueB
69008 LyonJdr-000044@example.comh
DR-000053-12	DR-000053DR-000053-INV-003"CRED-009(≤–«íπ30Z'
DR-000053-PAY-3	¢ŒEURÍ Õ
DR-000056-17	DR-000056DR-000056-INV-007"CRED-002(‰–«íπ30Rã
INV-000056-007	¶¿8EURÍ"Í*
Í“ê0:Company 000056B56 rue de la R√©publiqueB
69002 LyonJdr-000056@example.comv
DR-000057-47	DR-000057DR-000057-INV-006"CRED-011(ñ—«íπ30™4
Í)small balance left after partial paymentsM
DR-000064-34	DR-000064DR-000064-INV-004"CRED-006(»—«íπ30íÍæ
DR-000067-18	DR-000067DR-000067-INV-007"CRED-006(˙—«íπ30R}
INV-000067-007
–Ó›EURÍ"Í0:Company 000067B67 rue de la R√©publiqueB
69004 LyonJdr-000067@example.comb
DR-000102-26	DR-000102DR-000102-INV-005"CRED-006(¨“«íπ30r!Í"reminder-4-warningh
DR-000116-14	DR-000116DR-000116-INV-006"CRED-001(ﬁ“«íπ30Z'
DR-000116-PAY-6	†≈,EURÍ ]
DR-000123-39	DR-000123DR-000123-INV-006"CRED-009(ê”«íπ30rÍ"formal-noticeø
DR-000125-18	DR-000125DR-000125-INV-005"CRED-011(¬”«íπ30R~
INV-000125-005	∆ªEURÍ"Í0:Customer 000125B125 rue de la R√©publiqueB
69008 LyonJdr-000125@example.com`
DR-000143-12	DR-000143DR-000143-INV-004"CRED-007(Ù”«íπ30rÍ"reminder-1-emailg
DR-000153-19	DR-000153DR-000153-INV-004"CRED-012(¶‘«íπ30Z&
DR-000153-PAY-4Ÿ{EURÍ ]
DR-000179-21	DR-000179DR-000179-INV-003"CRED-006(ÿ‘«íπ30rÍ"formal-noticeø
DR-000185-25	DR-000185DR-000185-INV-006"CRED-001(ä’«íπ30R~
INV-000185-006	ÆÛEURÍ"Í0:Customer 000185B185 rue de la R√©publiqueB
69005 LyonJdr-000185@example.comg
DR-000205-8	DR-000205DR-000205-INV-004"CRED-008(º’«íπ30Z'
DR-000205-PAY-4	√ÖUSDÍ h
DR-000221-12	DR-000221DR-000221-INV-005"CRED-004(Ó’«íπ30Z'
DR-000221-PAY-5	·¢EURÍ %
day-2026-01-06(òòÉÆπ30≤	
Í`
DR-000012-15	DR-000012DR-000012-INV-003"CRED-004(Äà·ªπ30rÍ"reminder-2-phone\
DR-000022-38	DR-000022DR-000022-INV-004"CRED-010(≤à·ªπ30¢ÍRG-000022-004i
DR-000063-36	DR-000063DR-000063-INV-006"CRED-012(‰à·ªπ30Z(
DR-000063-PAY-10	⁄˛EURÍ `
DR-000064-35	DR-000064DR-000064-INV-004"CRED-006(ñâ·ªπ30rÍ"reminder-1-emailb
DR-000064-36	DR-000064DR-000064-INV-005"CRED-011(»â·ªπ30r!Í"reminder-4-warningæ
DR-000092-29	DR-000092DR-000092-INV-005"CRED-012(˙â·ªπ30R}
INV-000092-005	¢ãCHFÍ"Í0:Customer 000092B92 rue de la R√©publiqueB
69002 LyonJdr-000092@example.comø
DR-000102-27	DR-000102DR-000102-INV-006"CRED-006(¨ä·ªπ30R~
INV-000102-006
í‡‚EURÍ"Í0:Company 000102B102 rue de la R√©publiqueB
69003 LyonJdr-000102@example.com`
DR-000129-39	DR-000129DR-000129-INV-006"CRED-007(ﬁä·ªπ30rÍ"reminder-2-phone^
DR-000129-40	DR-000129DR-000129-INV-006"CRED-007(êã·ªπ30z
	ùÚ EURÍÍ`
DR-000146-35	DR-000146DR-000146-INV-007"CRED-007(¬ã·ªπ30rÍ"reminder-2-phone`
DR-000148-15	DR-000148DR-000148-INV-005"CRED-001(Ùã·ªπ30rÍ"reminder-1-email]
DR-000174-39	DR-000174DR-000174-INV-005"CRED-003(¶å·ªπ30rÍ"formal-notice]
DR-000174-39	DR-000174DR-000174-INV-005"CRED-003(¶å·ªπ30rÍ"formal-notice%
day-2026-01-07(ò–ú◊π30≤	
Íb
DR-000019-44	DR-000019DR-000019-INV-005"CRED-002(Ä¿˙‰π30r!Í"reminder-4-warningv
DR-000019-45	DR-000019DR-000019-INV-005"CRED-002(≤¿˙‰π30™4
Í)small balance left after partial paymentsa
DR-000042-33	DR-000042DR-000042-INV-005"CRED-006(‰¿˙‰π30r Í"reminder-3-letterΩ
DR-000058-29	DR-000058DR-000058-INV-007"CRED-001(ñ¡˙‰π30R|
INV-000058-007	ˇ˘EURÍ"Í	0:Company 000058B58 rue de la R√©publiqueB
69004 LyonJdr-000058@example.comΩ
DR-000059-35	DR-000059DR-000059-INV-007"CRED-006(»¡˙‰π30R|
INV-000059-007	Çƒ;USDÍ"Í0:Company 000059B59 rue de la R√©publiqueB
69005 LyonJdr-000059@example.comΩ
DR-000062-36	DR-000062DR-000062-INV-008"CRED-009(˙¡˙‰π30R|
INV-000062-008	Éπ8EURÍ"Í0:Company 000062B62 rue de la R√©publiqueB
69008 LyonJdr-000062@example.com`
DR-000062-37	DR-000062DR-000062-INV-007"CRED-006(¨¬˙‰π30rÍ"reminder-1-email`
DR-000064-37	DR-000064DR-000064-INV-004"CRED-006(ﬁ¬˙‰π30rÍ"reminder-2-phone_
DR-000076-18	DR-000076DR-000076-INV-004"CRED-008(ê√˙‰π30rÍ"courtesy-reminder]
DR-000083-21	DR-000083DR-000083-INV-004"CRED-009(¬√˙‰π30rÍ"formal-noticeg
DR-000097-30	DR-000097DR-000097-INV-004"CRED-010(Ù√˙‰π30Z&
DR-000097-PAY-5√jEURÍ æ
DR-000121-37	DR-000121DR-000121-INV-006"CRED-011(¶ƒ˙‰π30R}
INV-000121-006	’äEURÍ"Í0:Company 000121B121 rue de la R√©publiqueB
69004 LyonJdr-000121@example.comh
DR-000121-38	DR-000121DR-000121-INV-005"CRED-011(ÿƒ˙‰π30Z'
DR-000121-PAY-9	ôø;EURÍ æ
DR-000128-19	DR-000128DR-000128-INV-007"CRED-012(ä≈˙‰π30R}
INV-000128-007	™˙EURÍ"Í0:Company 000128B128 rue de la R√©publiqueB
69002 LyonJdr-000128@example.com`
DR-000138-53	DR-000138DR-000138-INV-006"CRED-007(º≈˙‰π30rÍ"reminder-2-phoneU
DR-000145-24	DR-000145"CRED-009(Ó≈˙‰π30Z'
DR-000145-PAY-4	Û–5EURÍ ø
DR-000153-20	DR-000153DR-000153-INV-005"CRED-012(†∆˙‰π30R~
INV-000153-005	£ÕEURÍ"Í0:Customer 000153B153 rue de la R√©publiqueB
69009 LyonJdr-000153@example.com`
DR-000172-17	DR-000172DR-000172-INV-007"CRED-010(“∆˙‰π30rÍ"reminder-2-phone`
DR-000229-46	DR-000229DR-000229-INV-007"CRED-009(Ñ«˙‰π30ä
goods not deliveredÍ`
DR-000234-12	DR-000234DR-000234-INV-005"CRED-005(∂«˙‰π30rÍ"reminder-1-email_
DR-000076-18	DR-000076DR-000076-INV-004"CRED-008(ê√˙‰π30rÍ"courtesy-reminder%
day-2026-01-08(òà∂Ä∫30≤	
Ía
DR-000015-28	DR-000015DR-000015-INV-004"CRED-011(Ä¯ìé∫30r Í	"reminder-3-letterΩ
DR-000020-37	DR-000020DR-000020-INV-006"CRED-009(≤¯ìé∫30R|
INV-000020-006	«ÊEURÍ	"Í0:Company 000020B20 rue de la R√©publiqueB
69002 LyonJdr-000020@example.com`
DR-000028-33	DR-000028DR-000028-INV-005"CRED-008(‰¯ìé∫30rÍ	"reminder-2-phone`
DR-000037-34	DR-000037DR-000037-INV-005"CRED-010(ñ˘ìé∫30rÍ	"reminder-2-phoneΩ
DR-000043-10	DR-000043DR-000043-INV-006"CRED-007(»˘ìé∫30R|
INV-000043-006	üÉ,EURÍ	"Í
0:Company 000043B43 rue de la R√©publiqueB
69007 LyonJdr-000043@example.coma
DR-000059-36	DR-000059DR-000059-INV-006"CRED-006(˙˘ìé∫30r Í	"reminder-3-letterΩ
DR-000060-26	DR-000060DR-000060-INV-006"CRED-012(¨˙ìé∫30R|
INV-000060-006	≥˜)EURÍ	"Í
0:Company 000060B60 rue de la R√©publiqueB
69006 LyonJdr-000060@example.comi
DR-000061-30	DR-000061DR-000061-INV-003"CRED-007(ﬁ˙ìé∫30Z(
DR-000061-PAY-10	ÀïQEURÍ	 a
DR-000064-38	DR-000064DR-000064-INV-004"CRED-006(ê˚ìé∫30r Í	"reminder-3-letter_
DR-000080-24	DR-000080DR-000080-INV-006"CRED-012(¬˚ìé∫30rÍ	"courtesy-reminderh
DR-000080-25	DR-000080DR-000080-INV-006"CRED-012(Ù˚ìé∫30Z'
DR-000080-PAY-6	ê≈EURÍ	 a
DR-000110-20	DR-000110DR-000110-INV-006"CRED-001(¶¸ìé∫30r Í	"reminder-3-letterh
DR-000110-21	DR-000110DR-000110-INV-006"CRED-001(ÿ¸ìé∫30Z'
DR-000110-PAY-5	Ô≥vEURÍ	 a
DR-000121-39	DR-000121DR-000121-INV-005"CRED-011(ä˝ìé∫30r Í	"reminder-3-letter_
DR-000139-32	DR-000139DR-000139-INV-006"CRED-001(º˝ìé∫30rÍ	"courtesy-reminderh
DR-000148-16	DR-000148DR-000148-INV-005"CRED-001(Ó˝ìé∫30Z'
DR-000148-PAY-5	∏ÅEURÍ	 Ω
DR-000152-15	DR-000152DR-000152-INV-007"CRED-005(†˛ìé∫30R|
INV-000152-007ˆ{EURÍ	"Í0:Company 000152B152 rue de la R√©publiqueB
69008 LyonJdr-000152@example.com]
DR-000154-24	DR-000154DR-000154-INV-004"CRED-001(“˛ìé∫30rÍ	"formal-noticeh
DR-000166-31	DR-000166DR-000166-INV-005"CRED-001(Ñˇìé∫30Z'
DR-000166-PAY-4	âíEURÍ	 `
DR-000183-17	DR-000183DR-000183-INV-004"CRED-010(∂ˇìé∫30rÍ	"reminder-2-phonea
DR-000203-41	DR-000203DR-000203-INV-006"CRED-011(Ëˇìé∫30r Í	"reminder-3-letterU
DR-000219-25	DR-000219"CRED-012(öÄîé∫30Z'
DR-000219-PAY-5	§Ÿ0EURÍ	 %
day-2026-01-09(ò¿œ©∫30≤	
Í	h
DR-000013-17	DR-000013DR-000013-INV-008"CRED-012(Ä∞≠∑∫30Z'
DR-000013-PAY-8	ú¬dEURÍ
 a
DR-000019-46	DR-000019DR-000019-INV-006"CRED-002(≤∞≠∑∫30r Í
"reminder-3-letterS
DR-000047-26	DR-000047DR-000047-INV-004"CRED-011(‰∞≠∑∫30ö
AGY-03Í
i
DR-000059-37	DR-000059DR-000059-INV-005"CRED-006(ñ±≠∑∫30Z(
DR-000059-PAY-10	Ç˜USDÍ
 b
DR-000064-39	DR-000064DR-000064-INV-004"CRED-006(»±≠∑∫30r!Í
"reminder-4-warningg
DR-000071-15	DR-000071DR-000071-INV-004"CRED-010(˙±≠∑∫30Z&
DR-000071-PAY-4ÀNEURÍ
 _
DR-000097-31	DR-000097DR-000097-INV-005"CRED-010(¨≤≠∑∫30rÍ
"courtesy-reminder`
DR-000117-42	DR-000117DR-000117-INV-006"CRED-004(ﬁ≤≠∑∫30rÍ
"reminder-1-emailg
DR-000154-25	DR-000154DR-000154-INV-004"CRED-001(ê≥≠∑∫30Z&
DR-000154-PAY-6˜IEURÍ
 h
DR-000157-18	DR-000157DR-000157-INV-004"CRED-002(¬≥≠∑∫30Z'
DR-000157-PAY-4	ØŸEURÍ
 ø
DR-000159-26	DR-000159DR-000159-INV-004"CRED-008(Ù≥≠∑∫30R~
INV-000159-004	ﬁπEURÍ
"Í0:Customer 000159B159 rue de la R√©publiqueB
69006 LyonJdr-000159@example.comb
DR-000198-31	DR-000198DR-000198-INV-006"CRED-004(¶¥≠∑∫30r!Í
"reminder-4-warning`
DR-000223-22	DR-000223DR-000223-INV-004"CRED-010(ÿ¥≠∑∫30rÍ
"reminder-1-emailΩ
DR-000228-40	DR-000228DR-000228-INV-007"CRED-012(äµ≠∑∫30R|
INV-000228-007	Ë“EURÍ
"Í0:Company 000228B28 rue de la R√©publiqueB
69003 LyonJdr-000228@example.coma
DR-000237-34	DR-000237DR-000237-INV-005"CRED-007(ºµ≠∑∫30r Í
"reminder-3-letter%
day-2026-01-10(ò¯Ë“∫30≤	
Í
h
DR-000001-13	DR-000001DR-000001-INV-005"CRED-005(ÄË∆‡∫30Z'
DR-000001-PAY-5	û∏EURÍ º
DR-000002-32	DR-000002DR-000002-INV-006"CRED-001(≤Ë∆‡∫30R{
INV-000002-006	û¯EURÍ"Í0:Company 000002B2 rue de la R√©publiqueB
69002 LyonJdr-000002@example.comΩ
DR-000003-10	DR-000003DR-000003-INV-005"CRED-012(‰Ë∆‡∫30R|
INV-000003-005	€…EURÍ"Í0:Customer 000003B3 rue de la R√©publiqueB
69003 LyonJdr-000003@example.comæ
DR-000055-24	DR-000055DR-000055-INV-005"CRED-002(ñÈ∆‡∫30R}
INV-000055-005	ùûEURÍ"Í
0:Customer 000055B55 rue de la R√©publiqueB
69001 LyonJdr-000055@example.com`
DR-000063-37	DR-000063DR-000063-INV-006"CRED-012(»È∆‡∫30rÍ"reminder-2-phonea
DR-000064-40	DR-000064DR-000064-INV-006"CRED-006(˙È∆‡∫30r Í"reminder-3-letterΩ
DR-000080-26	DR-000080DR-000080-INV-007"CRED-012(¨Í∆‡∫30R|
INV-000080-007	’ "EURÍ"Í0:Company 000080B80 rue de la R√©publiqueB
69008 LyonJdr-000080@example.comæ
DR-000100-27	DR-000100DR-000100-INV-007"CRED-007(ﬁÍ∆‡∫30R}
INV-000100-007	 èEURÍ"Í
0:Company 000100B100 rue de la R√©publiqueB
69001 LyonJdr-000100@example.com]
DR-000164-25	DR-000164DR-000164-INV-003"CRED-011(êÎ∆‡∫30rÍ"formal-noticeæ
DR-000174-40	DR-000174DR-000174-INV-006"CRED-003(¬Î∆‡∫30R}
INV-000174-006	ü£#GBPÍ"Í
0:Company 000174B174 rue de la R√©publiqueB
69003 LyonJdr-000174@example.comh
DR-000197-42	DR-000197DR-000197-INV-006"CRED-006(ÙÎ∆‡∫30Z'
DR-000197-PAY-9	…ÃEURÍ æ
DR-000198-32	DR-000198DR-000198-INV-007"CRED-004(¶Ï∆‡∫30R}
INV-000198-007	¥¨EURÍ"Í0:Company 000198B198 rue de la R√©publiqueB
69009 LyonJdr-000198@example.comh
DR-000203-42	DR-000203DR-000203-INV-006"CRED-011(ÿÏ∆‡∫30Z'
DR-000203-PAY-9	°‹EURÍ Ω
DR-000209-23	DR-000209DR-000209-INV-004"CRED-002(äÌ∆‡∫30R|
INV-000209-004	º EURÍ"Í
0:Customer 000209B9 rue de la R√©publiqueB
69002 LyonJdr-000209@example.comh
DR-000234-13	DR-000234DR-000234-INV-005"CRED-005(ºÌ∆‡∫30Z'
DR-000234-PAY-5	åﬂ-GBPÍ %
day-2026-01-11(ò∞Ç¸∫30≤	
Íå
DR-000028-34	DR-000028DR-000028-INV-005"CRED-008(Ä†‡âª30ÇJ
DR-000028-PLAN-34Í
Í
˘±ÜGBP
Í
˙±ÜGBPi
DR-000036-12	DR-000036DR-000036-INV-006"CRED-011(≤†‡âª30Z(
DR-000036-PAY-6
ˆÏèEURÍ †
DR-000042-34	DR-000042DR-000042-INV-005"CRED-006(‰†‡âª30Ç^
DR-000042-PLAN-34Í
Í	€ˆ!EUR
Í	€ˆ!EUR
Í	‹ˆ!EUR`
DR-000042-35	DR-000042DR-000042-INV-006"CRED-006(ñ°‡âª30rÍ"reminder-1-email]
DR-000064-41	DR-000064DR-000064-INV-004"CRED-006(»°‡âª30rÍ"formal-noticeg
DR-000065-12	DR-000065DR-000065-INV-005"CRED-003(˙°‡âª30Z&
DR-000065-PAY-5ü|EURÍ h
DR-000084-14	DR-000084DR-000084-INV-006"CRED-011(¨¢‡âª30Z'
DR-000084-PAY-6	ﬂ∑EURÍ ]
DR-000139-33	DR-000139DR-000139-INV-005"CRED-001(ﬁ¢‡âª30rÍ"formal-noticeæ
DR-000142-26	DR-000142DR-000142-INV-007"CRED-005(ê£‡âª30R}
INV-000142-007	ë∫EURÍ"Í0:Company 000142B142 rue de la R√©publiqueB
69007 LyonJdr-000142@example.comi
DR-000149-42	DR-000149DR-000149-INV-005"CRED-009(¬£‡âª30Z(
DR-000149-PAY-14	±ÉEURÍ `
DR-000149-43	DR-000149DR-000149-INV-006"CRED-009(Ù£‡âª30rÍ"reminder-1-email`
DR-000156-30	DR-000156DR-000156-INV-006"CRED-007(¶§‡âª30rÍ"reminder-1-emailb
DR-000160-25	DR-000160DR-000160-INV-004"CRED-010(ÿ§‡âª30r!Í"reminder-4-warningø
DR-000167-16	DR-000167DR-000167-INV-007"CRED-004(ä•‡âª30R~
INV-000167-007
˝ àCHFÍ"Í0:Company 000167B167 rue de la R√©publiqueB
69005 LyonJdr-000167@example.comg
DR-000169-27	DR-000169DR-000169-INV-003"CRED-009(º•‡âª30Z&
DR-000169-PAY-9¢EURÍ æ
DR-000189-13	DR-000189DR-000189-INV-007"CRED-008(Ó•‡âª30R}
INV-000189-007	ûÏ!EURÍ"Í0:Company 000189B189 rue de la R√©publiqueB
69009 LyonJdr-000189@example.com`
DR-000200-36	DR-000200DR-000200-INV-005"CRED-012(†¶‡âª30rÍ"reminder-2-phone`
DR-000239-30	DR-000239DR-000239-INV-005"CRED-010(“¶‡âª30rÍ"reminder-1-email%
day-2026-01-12(òËõ•ª30≤	
Íh
DR-000004-17	DR-000004DR-000004-INV-007"CRED-003(Äÿ˘≤ª30Z'
DR-000004-PAY-7	…á)EURÍ Ω
DR-000038-18	DR-000038DR-000038-INV-006"CRED-001(≤ÿ˘≤ª30R|
INV-000038-006	√·EURÍ"Í0:Company 000038B38 rue de la R√©publiqueB
69002 LyonJdr-000038@example.comf
DR-000070-7	DR-000070DR-000070-INV-003"CRED-003(‰ÿ˘≤ª30Z&
DR-000070-PAY-3±,EURÍ h
DR-000075-13	DR-000075DR-000075-INV-005"CRED-005(ñŸ˘≤ª30Z'
DR-000075-PAY-5	™◊#GBPÍ b
DR-000104-23	DR-000104DR-000104-INV-004"CRED-004(»Ÿ˘≤ª30r!Í"reminder-4-warning]
DR-000122-35	DR-000122DR-000122-INV-005"CRED-002(˙Ÿ˘≤ª30rÍ"formal-notice`
DR-000143-13	DR-000143DR-000143-INV-004"CRED-007(¨⁄˘≤ª30rÍ"reminder-2-phone^
DR-000143-14	DR-000143DR-000143-INV-004"CRED-007(ﬁ⁄˘≤ª30z
	Î≤GBPÍÍΩ
DR-000145-25	DR-000145DR-000145-INV-006"CRED-009(ê€˘≤ª30R|
INV-000145-006Ó{EURÍ"Í0:Company 000145B145 rue de la R√©publiqueB
69001 LyonJdr-000145@example.comi
DR-000149-44	DR-000149DR-000149-INV-004"CRED-009(¬€˘≤ª30Z(
DR-000149-PAY-15	ÚêEURÍ `
DR-000162-25	DR-000162DR-000162-INV-004"CRED-006(Ù€˘≤ª30rÍ"reminder-1-emailh
DR-000179-22	DR-000179DR-000179-INV-003"CRED-006(¶‹˘≤ª30Z'
DR-000179-PAY-4	¥≈EURÍ `
DR-000184-25	DR-000184DR-000184-INV-004"CRED-005(ÿ‹˘≤ª30rÍ"reminder-1-email`
DR-000216-34	DR-000216DR-000216-INV-006"CRED-010(ä›˘≤ª30rÍ"reminder-1-emailº
DR-000231-7	DR-000231DR-000231-INV-004"CRED-006(º›˘≤ª30R|
INV-000231-004ÕKEURÍ"Í0:Customer 000231B31 rue de la R√©publiqueB
69006 LyonJdr-000231@example.comJ
DR-000240-30	DR-000240"CRED-012(Ó›˘≤ª30b
DR-000240-PAY-7Í%
day-2026-01-13(ò†µŒª30≤	
Íb
DR-000002-33	DR-000002DR-000002-INV-005"CRED-001(Äêì‹ª30r!Í"reminder-4-warninga
DR-000012-16	DR-000012DR-000012-INV-003"CRED-004(≤êì‹ª30r Í"reminder-3-letter]
DR-000020-38	DR-000020DR-000020-INV-005"CRED-009(‰êì‹ª30rÍ"formal-noticeæ
DR-000029-24	DR-000029DR-000029-INV-005"CRED-001(ñëì‹ª30R}
INV-000029-005	˙¶EURÍ"Í0:Customer 000029B29 rue de la R√©publiqueB
69002 LyonJdr-000029@example.comg
DR-000134-28	DR-000134DR-000134-INV-004"CRED-009(»ëì‹ª30Z&
DR-000134-PAY-4öJEURÍ a
DR-000146-36	DR-000146DR-000146-INV-007"CRED-007(˙ëì‹ª30r Í"reminder-3-letterb
DR-000155-28	DR-000155DR-000155-INV-005"CRED-006(¨íì‹ª30r!Í"reminder-4-warning_
DR-000158-25	DR-000158DR-000158-INV-005"CRED-004(ﬁíì‹ª30rÍ"courtesy-reminder]
DR-000169-28	DR-000169DR-000169-INV-003"CRED-009(êìì‹ª30rÍ"formal-noticeh
DR-000174-41	DR-000174DR-000174-INV-005"CRED-003(¬ìì‹ª30Z'
DR-000174-PAY-8	˘∆5GBPÍ S
DR-000209-24	DR-000209DR-000209-INV-003"CRED-002(Ùìì‹ª30ö
AGY-03ÍΩ
DR-000212-10	DR-000212DR-000212-INV-006"CRED-006(¶îì‹ª30R|
INV-000212-006	≈‹CHFÍ"Í0:Company 000212B12 rue de la R√©publiqueB
69005 LyonJdr-000212@example.comh
DR-000220-35	DR-000220DR-000220-INV-004"CRED-012(ÿîì‹ª30Z'
DR-000220-PAY-9	∞üEURÍ `
DR-000236-31	DR-000236DR-000236-INV-005"CRED-011(äïì‹ª30rÍ"reminder-1-email`
DR-000239-31	DR-000239DR-000239-INV-005"CRED-010(ºïì‹ª30ä
goods not deliveredÍ`
DR-000240-31	DR-000240DR-000240-INV-005"CRED-012(Óïì‹ª30rÍ"reminder-2-phoneb
DR-000244-23	DR-000244DR-000244-INV-005"CRED-002(†ñì‹ª30r!Í"reminder-4-warning%
day-2026-01-14(òÿŒ˜ª30≤	
Íh
DR-000012-17	DR-000012DR-000012-INV-003"CRED-004(Ä»¨Öº30Z'
DR-000012-PAY-4	ÅòEURÍ `
DR-000062-38	DR-000062DR-000062-INV-007"CRED-006(≤»¨Öº30rÍ"reminder-2-phoneg
DR-000083-22	DR-000083DR-000083-INV-004"CRED-009(‰»¨Öº30Z&
DR-000083-PAY-6√dGBPÍ `
DR-000130-27	DR-000130DR-000130-INV-007"CRED-011(ñ…¨Öº30rÍ"reminder-1-emailS
DR-000138-54	DR-000138DR-000138-INV-005"CRED-007(»…¨Öº30ö
AGY-02Ía
DR-000138-55	DR-000138DR-000138-INV-006"CRED-007(˙…¨Öº30r Í"reminder-3-letterh
DR-000139-34	DR-000139DR-000139-INV-006"CRED-001(¨ ¨Öº30Z'
DR-000139-PAY-5	®∑GBPÍ j
DR-000149-45	DR-000149DR-000149-INV-006"CRED-009(ﬁ ¨Öº30Z)
DR-000149-PAY-16
¶ñÖEURÍ `
DR-000164-26	DR-000164DR-000164-INV-004"CRED-011(êÀ¨Öº30rÍ"reminder-1-email_
DR-000166-32	DR-000166DR-000166-INV-006"CRED-001(¬À¨Öº30rÍ"courtesy-remindera
DR-000172-18	DR-000172DR-000172-INV-007"CRED-010(ÙÀ¨Öº30r Í"reminder-3-letterΩ
DR-000201-16	DR-000201DR-000201-INV-004"CRED-005(¶Ã¨Öº30R|
INV-000201-004	§¥EURÍ"Í0:Customer 000201B1 rue de la R√©publiqueB
69003 LyonJdr-000201@example.comh
DR-000235-24	DR-000235DR-000235-INV-004"CRED-006(ÿÃ¨Öº30Z'
DR-000235-PAY-4	´‰EURÍ %
day-2026-01-15(òêË†º30≤	
Í]
DR-000022-39	DR-000022DR-000022-INV-005"CRED-010(ÄÄ∆Æº30rÍ"formal-noticeW
DR-000029-25	DR-000029DR-000029-INV-004"CRED-001(≤Ä∆Æº30í˜5EURÍæ
DR-000032-49	DR-000032DR-000032-INV-008"CRED-010(‰Ä∆Æº30R}
INV-000032-008
†ˆôGBPÍ"Í0:Company 000032B32 rue de la R√©publiqueB
69005 LyonJdr-000032@example.coma
DR-000037-35	DR-000037DR-000037-INV-005"CRED-010(ñÅ∆Æº30r Í"reminder-3-letterh
DR-000039-15	DR-000039DR-000039-INV-006"CRED-008(»Å∆Æº30Z'
DR-000039-PAY-6	Ô‹EURÍ `
DR-000062-39	DR-000062DR-000062-INV-007"CRED-006(˙Å∆Æº30ä
goods not deliveredÍ_
DR-000124-11	DR-000124DR-000124-INV-005"CRED-012(¨Ç∆Æº30rÍ"courtesy-reminder`
DR-000137-15	DR-000137DR-000137-INV-005"CRED-005(ﬁÇ∆Æº30rÍ"reminder-1-emailæ
DR-000172-19	DR-000172DR-000172-INV-008"CRED-010(êÉ∆Æº30R}
INV-000172-008	ìˇ-EURÍ"Í0:Company 000172B172 rue de la R√©publiqueB
69001 LyonJdr-000172@example.com_
DR-000175-15	DR-000175DR-000175-INV-004"CRED-003(¬É∆Æº30rÍ"courtesy-remindera
DR-000183-18	DR-000183DR-000183-INV-004"CRED-010(ÙÉ∆Æº30r Í"reminder-3-letter^
DR-000196-8	DR-000196DR-000196-INV-004"CRED-007(¶Ñ∆Æº30rÍ"courtesy-remindera
DR-000240-32	DR-000240DR-000240-INV-005"CRED-012(ÿÑ∆Æº30r Í"reminder-3-letter]
DR-000246-33	DR-000246DR-000246-INV-004"CRED-003(äÖ∆Æº30rÍ"formal-notice%
day-2026-01-16(ò»Å º30≤	
Íæ
DR-000017-15	DR-000017DR-000017-INV-007"CRED-010(Ä∏ﬂ◊º30R}
INV-000017-007
≥ù€EURÍ"Í0:Company 000017B17 rue de la R√©publiqueB
69008 LyonJdr-000017@example.comΩ
DR-000018-37	DR-000018DR-000018-INV-006"CRED-006(≤∏ﬂ◊º30R|
INV-000018-006	“•EURÍ"Í0:Company 000018B18 rue de la R√©publiqueB
69009 LyonJdr-000018@example.coma
DR-000029-26	DR-000029DR-000029-INV-004"CRED-001(‰∏ﬂ◊º30r Í"reminder-3-letterΩ
DR-000031-24	DR-000031DR-000031-INV-004"CRED-011(ñπﬂ◊º30R|
INV-000031-004´?CHFÍ"Í0:Customer 000031B31 rue de la R√©publiqueB
69004 LyonJdr-000031@example.comh
DR-000043-11	DR-000043DR-000043-INV-005"CRED-007(»πﬂ◊º30Z'
DR-000043-PAY-5	˛Ù#EURÍ `
DR-000117-43	DR-000117DR-000117-INV-006"CRED-004(˙πﬂ◊º30rÍ"reminder-2-phoneh
DR-000139-35	DR-000139DR-000139-INV-004"CRED-001(¨∫ﬂ◊º30Z'
DR-000139-PAY-6	öë4GBPÍ Ω
DR-000214-7	DR-000214DR-000214-INV-004"CRED-001(ﬁ∫ﬂ◊º30R}
INV-000214-004	‚ÁEURÍ"Í0:Customer 000214B14 rue de la R√©publiqueB
69007 LyonJdr-000214@example.comΩ
DR-000215-11	DR-000215DR-000215-INV-006"CRED-011(êªﬂ◊º30R|
INV-000215-006	‹˝EURÍ"Í0:Company 000215B15 rue de la R√©publiqueB
69008 LyonJdr-000215@example.com`
DR-000223-23	DR-000223DR-000223-INV-004"CRED-010(¬ªﬂ◊º30rÍ"reminder-2-phone]
DR-000223-24	DR-000223DR-000223-INV-004"CRED-010(Ùªﬂ◊º30z
à$EURÍÍh
DR-000230-23	DR-000230DR-000230-INV-004"CRED-005(¶ºﬂ◊º30Z'
DR-000230-PAY-8	ÂŸEURÍ %
day-2026-01-17(òÄõÛº30≤	
Íb
DR-000015-29	DR-000015DR-000015-INV-004"CRED-011(Ä¯ÄΩ30r!Í"reminder-4-warningh
DR-000015-30	DR-000015DR-000015-INV-004"CRED-011(≤¯ÄΩ30Z'
DR-000015-PAY-7	ç‘EURÍ b
DR-000029-27	DR-000029DR-000029-INV-004"CRED-001(‰¯ÄΩ30r!Í"reminder-4-warningb
DR-000059-38	DR-000059DR-000059-INV-006"CRED-006(ñÒ¯ÄΩ30r!Í"reminder-4-warningh
DR-000059-39	DR-000059DR-000059-INV-006"CRED-006(»Ò¯ÄΩ30Z'
DR-000059-PAY-11¸OUSDÍ a
DR-000063-38	DR-000063DR-000063-INV-006"CRED-012(˙Ò¯ÄΩ30r Í"reminder-3-letter`
DR-000076-19	DR-000076DR-000076-INV-004"CRED-008(¨Ú¯ÄΩ30rÍ"reminder-1-email`
DR-000119-30	DR-000119DR-000119-INV-005"CRED-007(ﬁÚ¯ÄΩ30rÍ"reminder-1-emailb
DR-000121-40	DR-000121DR-000121-INV-005"CRED-011(êÛ¯ÄΩ30r!Í"reminder-4-warningh
DR-000129-41	DR-000129DR-000129-INV-004"CRED-007(¬Û¯ÄΩ30Z'
DR-000129-PAY-7	ÂbEURÍ a
DR-000129-42	DR-000129DR-000129-INV-006"CRED-007(ÙÛ¯ÄΩ30r Í"reminder-3-letter`
DR-000159-27	DR-000159DR-000159-INV-004"CRED-008(¶Ù¯ÄΩ30ä
goods not deliveredÍ_
DR-000204-22	DR-000204DR-000204-INV-005"CRED-006(ÿÙ¯ÄΩ30rÍ"courtesy-reminderº
DR-000227-20	DR-000227DR-000227-INV-006"CRED-010(äı¯ÄΩ30R{
INV-000227-006›lEURÍ"Í0:Company 000227B27 rue de la R√©publiqueB
69002 LyonJdr-000227@example.comΩ
DR-000243-13	DR-000243DR-000243-INV-007"CRED-006(ºı¯ÄΩ30R|
INV-000243-007	…óEURÍ"Í0:Company 000243B43 rue de la R√©publiqueB
69009 LyonJdr-000243@example.com%
day-2026-01-18(ò∏¥úΩ30≤	
Íb
DR-000019-47	DR-000019DR-000019-INV-006"CRED-002(Ä®í™Ω30r!Í"reminder-4-warningh
DR-000026-28	DR-000026DR-000026-INV-005"CRED-006(≤®í™Ω30Z'
DR-000026-PAY-8	Å€!EURÍ `
DR-000042-36	DR-000042DR-000042-INV-006"CRED-006(‰®í™Ω30rÍ"reminder-2-phone`
DR-000044-31	DR-000044DR-000044-INV-005"CRED-002(ñ©í™Ω30ä
goods not deliveredÍ`
DR-000052-15	DR-000052DR-000052-INV-004"CRED-008(»©í™Ω30rÍ"reminder-1-emailæ
DR-000057-48	DR-000057DR-000057-INV-007"CRED-011(˙©í™Ω30R}
INV-000057-007
ååøEURÍ"Í0:Company 000057B57 rue de la R√©publiqueB
69003 LyonJdr-000057@example.comi
DR-000057-49	DR-000057DR-000057-INV-005"CRED-011(¨™í™Ω30Z(
DR-000057-PAY-16	à≠EURÍ h
DR-000060-27	DR-000060DR-000060-INV-004"CRED-012(ﬁ™í™Ω30Z'
DR-000060-PAY-5	ä◊EURÍ _
DR-000093-28	DR-000093DR-000093-INV-005"CRED-003(ê´í™Ω30rÍ"courtesy-reminderø
DR-000109-11	DR-000109DR-000109-INV-006"CRED-009(¬´í™Ω30R~
INV-000109-006
§àöEURÍ"Í0:Company 000109B109 rue de la R√©publiqueB
69001 LyonJdr-000109@example.comø
DR-000114-27	DR-000114DR-000114-INV-006"CRED-002(Ù´í™Ω30R~
INV-000114-006
¡õ‚EURÍ"Í0:Company 000114B114 rue de la R√©publiqueB
69006 LyonJdr-000114@example.com_
DR-000155-29	DR-000155DR-000155-INV-006"CRED-006(¶¨í™Ω30rÍ"courtesy-reminder`
DR-000156-31	DR-000156DR-000156-INV-006"CRED-007(ÿ¨í™Ω30rÍ"reminder-2-phonea
DR-000200-37	DR-000200DR-000200-INV-005"CRED-012(ä≠í™Ω30r Í"reminder-3-letterΩ
DR-000211-7	DR-000211DR-000211-INV-004"CRED-011(º≠í™Ω30R}
INV-000211-004	¸≤EURÍ"Í0:Customer 000211B11 rue de la R√©publiqueB
69004 LyonJdr-000211@example.comb
DR-000237-35	DR-000237DR-000237-INV-005"CRED-007(Ó≠í™Ω30r!Í"reminder-4-warningh
DR-000239-32	DR-000239DR-000239-INV-004"CRED-010(†Æí™Ω30Z'
DR-000239-PAY-4	“—EURÍ M
DR-000242-21	DR-000242DR-000242-INV-006"CRED-009(“Æí™Ω30íÍ%
day-2026-01-19(òÕ≈Ω30≤	
ÍΩ
DR-000004-18	DR-000004DR-000004-INV-008"CRED-003(Ä‡´”Ω30R|
INV-000004-008
”éóEURÍ"Í0:Company 000004B4 rue de la R√©publiqueB
69004 LyonJdr-000004@example.com_
DR-000032-50	DR-000032DR-000032-INV-007"CRED-010(≤‡´”Ω30rÍ"courtesy-reminderb
DR-000064-42	DR-000064DR-000064-INV-006"CRED-006(‰‡´”Ω30r!Í"reminder-4-warningh
DR-000072-34	DR-000072DR-000072-INV-006"CRED-001(ñ·´”Ω30Z'
DR-000072-PAY-7	éÖ(EURÍ `
DR-000097-32	DR-000097DR-000097-INV-005"CRED-010(»·´”Ω30rÍ"reminder-1-emailÕ
DR-000149-46	DR-000149DR-000149-INV-007"CRED-009(˙·´”Ω30Rã
INV-000149-007	‘ˆEURÍ"Í*
Í˜0:Company 000149B149 rue de la R√©publiqueB
69005 LyonJdr-000149@example.comh
DR-000155-30	DR-000155DR-000155-INV-005"CRED-006(¨‚´”Ω30Z'
DR-000155-PAY-5	ﬁ£CHFÍ `
DR-000162-26	DR-000162DR-000162-INV-004"CRED-006(ﬁ‚´”Ω30rÍ"reminder-2-phoneh
DR-000163-15	DR-000163DR-000163-INV-007"CRED-005(ê„´”Ω30Z'
DR-000163-PAY-7	ÇÅ&CHFÍ `
DR-000184-26	DR-000184DR-000184-INV-004"CRED-005(¬„´”Ω30rÍ"reminder-2-phone^
DR-000184-27	DR-000184DR-000184-INV-004"CRED-005(Ù„´”Ω30z
	»˛EURÍÍ`
DR-000185-26	DR-000185DR-000185-INV-005"CRED-001(¶‰´”Ω30rÍ"reminder-1-email`
DR-000216-35	DR-000216DR-000216-INV-006"CRED-010(ÿ‰´”Ω30rÍ"reminder-2-phoneh
DR-000225-40	DR-000225DR-000225-INV-005"CRED-001(äÂ´”Ω30Z'
DR-000225-PAY-12ÉJEURÍ `
DR-000242-22	DR-000242DR-000242-INV-006"CRED-009(ºÂ´”Ω30rÍ"reminder-1-emailh
DR-000225-40	DR-000225DR-000225-INV-005"CRED-001(äÂ´”Ω30Z'
DR-000225-PAY-12ÉJEURÍ %
day-2026-01-20(ò®ÁÓΩ30≤	
Íh
DR-000008-11	DR-000008DR-000008-INV-005"CRED-006(Äò≈¸Ω30Z'
DR-000008-PAY-5	õ◊8EURÍ ]
DR-000102-28	DR-000102DR-000102-INV-005"CRED-006(≤ò≈¸Ω30rÍ"formal-noticeø
DR-000110-22	DR-000110DR-000110-INV-008"CRED-001(‰ò≈¸Ω30R~
INV-000110-008
¡ •EURÍ"Í0:Company 000110B110 rue de la R√©publiqueB
69002 LyonJdr-000110@example.comæ
DR-000170-33	DR-000170DR-000170-INV-008"CRED-001(ñô≈¸Ω30R}
INV-000170-008	êõWEURÍ"Í0:Company 000170B170 rue de la R√©publiqueB
69008 LyonJdr-000170@example.comg
DR-000196-9	DR-000196DR-000196-INV-004"CRED-007(»ô≈¸Ω30Z'
DR-000196-PAY-4	Ñ›USDÍ Ω
DR-000216-36	DR-000216DR-000216-INV-007"CRED-010(˙ô≈¸Ω30R|
INV-000216-007	çÄ/EURÍ"Í0:Company 000216B16 rue de la R√©publiqueB
69009 LyonJdr-000216@example.com`
DR-000236-32	DR-000236DR-000236-INV-005"CRED-011(¨ö≈¸Ω30rÍ"reminder-2-phone_
DR-000247-48	DR-000247DR-000247-INV-007"CRED-012(ﬁö≈¸Ω30rÍ"courtesy-reminder%
day-2026-01-21(ò‡Äòæ30≤	
Íg
DR-000023-30	DR-000023DR-000023-INV-004"CRED-001(Ä–ﬁ•æ30Z&
DR-000023-PAY-6À;EURÍ `
DR-000033-28	DR-000033DR-000033-INV-004"CRED-003(≤–ﬁ•æ30rÍ"reminder-1-email`
DR-000038-19	DR-000038DR-000038-INV-005"CRED-001(‰–ﬁ•æ30rÍ"reminder-1-email`
DR-000055-25	DR-000055DR-000055-INV-004"CRED-002(ñ—ﬁ•æ30rÍ"reminder-1-email`
DR-000057-50	DR-000057DR-000057-INV-003"CRED-011(»—ﬁ•æ30rÍ"reminder-2-phoneS
DR-000057-51	DR-000057DR-000057-INV-003"CRED-011(˙—ﬁ•æ30ö
AGY-01Íæ
DR-000063-39	DR-000063DR-000063-INV-007"CRED-012(¨“ﬁ•æ30R}
INV-000063-007
˛†ûEURÍ"Í0:Company 000063B63 rue de la R√©publiqueB
69009 LyonJdr-000063@example.com]
DR-000064-43	DR-000064DR-000064-INV-005"CRED-011(ﬁ“ﬁ•æ30rÍ"formal-noticeh
DR-000090-13	DR-000090DR-000090-INV-006"CRED-010(ê”ﬁ•æ30Z'
DR-000090-PAY-6	ù†EURÍ `
DR-000130-28	DR-000130DR-000130-INV-007"CRED-011(¬”ﬁ•æ30rÍ"reminder-2-phoneZ
DR-000162-27	DR-000162DR-000162-INV-003"CRED-006(Ù”ﬁ•æ30™
Íuncollectable`
DR-000164-27	DR-000164DR-000164-INV-004"CRED-011(¶‘ﬁ•æ30rÍ"reminder-2-phoneø
DR-000192-14	DR-000192DR-000192-INV-007"CRED-011(ÿ‘ﬁ•æ30R~
INV-000192-007	˘ÈEURÍ"Í0:Customer 000192B192 rue de la R√©publiqueB
69003 LyonJdr-000192@example.com`
DR-000242-23	DR-000242DR-000242-INV-006"CRED-009(ä’ﬁ•æ30rÍ"reminder-2-phoneæ
DR-000245-23	DR-000245DR-000245-INV-006"CRED-002(º’ﬁ•æ30R}
INV-000245-006
¢ÀïEURÍ"Í0:Company 000245B45 rue de la R√©publiqueB
69002 LyonJdr-000245@example.com%
day-2026-01-22(òòö¡æ30≤	
Íæ
DR-000010-17	DR-000010DR-000010-INV-006"CRED-008(Äà¯Œæ30R}
INV-000010-006	‹¢EURÍ"Í0:Customer 000010B10 rue de la R√©publiqueB
69001 LyonJdr-000010@example.comM
DR-000027-31	DR-000027DR-000027-INV-005"CRED-009(≤à¯Œæ30íÍΩ
DR-000050-13	DR-000050DR-000050-INV-004"CRED-011(‰à¯Œæ30R|
INV-000050-004§qEURÍ"Í0:Customer 000050B50 rue de la R√©publiqueB
69005 LyonJdr-000050@example.comg
DR-000052-16	DR-000052DR-000052-INV-004"CRED-008(ñâ¯Œæ30Z&
DR-000052-PAY-5∏GEURÍ a
DR-000057-52	DR-000057DR-000057-INV-003"CRED-011(»â¯Œæ30r Í"reminder-3-letteri
DR-000063-40	DR-000063DR-000063-INV-006"CRED-012(˙â¯Œæ30Z(
DR-000063-PAY-11	”ÃEURÍ `
DR-000099-21	DR-000099DR-000099-INV-004"CRED-010(¨ä¯Œæ30rÍ"reminder-1-emailh
DR-000106-18	DR-000106DR-000106-INV-006"CRED-004(ﬁä¯Œæ30Z'
DR-000106-PAY-6	Ú∏8USDÍ f
DR-000109-12	DR-000109DR-000109-INV-006"CRED-009(êã¯Œæ30j%
DR-000109-CN-12	ü”EURÍi
DR-000121-41	DR-000121DR-000121-INV-005"CRED-011(¬ã¯Œæ30Z(
DR-000121-PAY-10	Ω€HEURÍ b
DR-000129-43	DR-000129DR-000129-INV-006"CRED-007(Ùã¯Œæ30r!Í"reminder-4-warning`
DR-000130-29	DR-000130DR-000130-INV-007"CRED-011(¶å¯Œæ30ä
goods not deliveredÍ`
DR-000137-16	DR-000137DR-000137-INV-005"CRED-005(ÿå¯Œæ30rÍ"reminder-2-phoneb
DR-000146-37	DR-000146DR-000146-INV-007"CRED-007(äç¯Œæ30r!Í"reminder-4-warningh
DR-000154-26	DR-000154DR-000154-INV-004"CRED-001(ºç¯Œæ30Z'
DR-000154-PAY-7	∑“EURÍ i
DR-000165-41	DR-000165DR-000165-INV-004"CRED-008(Óç¯Œæ30Z(
DR-000165-PAY-14	¯ç'EURÍ i
DR-000171-20	DR-000171DR-000171-INV-004"CRED-006(†é¯Œæ30Z(
DR-000171-PAY-4
°·áEURÍ `
DR-000186-21	DR-000186DR-000186-INV-004"CRED-010(“é¯Œæ30rÍ"reminder-1-emailh
DR-000244-24	DR-000244DR-000244-INV-005"CRED-002(Ñè¯Œæ30Z'
DR-000244-PAY-5	∑ÿ;EURÍ %
day-2026-01-23(ò–≥Íæ30≤	
Í`
DR-000028-35	DR-000028DR-000028-INV-004"CRED-008(Ä¿ë¯æ30rÍ"reminder-2-phoneh
DR-000049-15	DR-000049DR-000049-INV-006"CRED-004(≤¿ë¯æ30Z'
DR-000049-PAY-6	É“EURÍ b
DR-000057-53	DR-000057DR-000057-INV-003"CRED-011(‰¿ë¯æ30r!Í"reminder-4-warningg
DR-000085-28	DR-000085DR-000085-INV-004"CRED-012(ñ¡ë¯æ30Z&
DR-000085-PAY-9îEURÍ `
DR-000096-19	DR-000096DR-000096-INV-004"CRED-012(»¡ë¯æ30rÍ"reminder-1-emaila
DR-000117-44	DR-000117DR-000117-INV-006"CRED-004(˙¡ë¯æ30r Í"reminder-3-letteræ
DR-000127-24	DR-000127DR-000127-INV-004"CRED-012(¨¬ë¯æ30R}
INV-000127-004ë*EURÍ"Í0:Customer 000127B127 rue de la R√©publiqueB
69001 LyonJdr-000127@example.comb
DR-000138-56	DR-000138DR-000138-INV-006"CRED-007(ﬁ¬ë¯æ30r!Í"reminder-4-warningh
DR-000143-15	DR-000143DR-000143-INV-004"CRED-007(ê√ë¯æ30Z'
DR-000143-PAY-4	Î≤GBPÍ `
DR-000150-28	DR-000150DR-000150-INV-007"CRED-012(¬√ë¯æ30rÍ"reminder-1-email`
DR-000158-26	DR-000158DR-000158-INV-005"CRED-004(Ù√ë¯æ30rÍ"reminder-1-emailb
DR-000172-20	DR-000172DR-000172-INV-007"CRED-010(¶ƒë¯æ30r!Í"reminder-4-warning%
day-2026-01-24(òàÕìø30≤	
Ía
DR-000028-36	DR-000028DR-000028-INV-004"CRED-008(Ä¯™°ø30r Í"reminder-3-letterb
DR-000037-36	DR-000037DR-000037-INV-005"CRED-010(≤¯™°ø30r!Í"reminder-4-warning]
DR-000057-54	DR-000057DR-000057-INV-003"CRED-011(‰¯™°ø30rÍ"formal-notice`
DR-000076-20	DR-000076DR-000076-INV-004"CRED-008(ñ˘™°ø30rÍ"reminder-2-phone^
DR-000076-21	DR-000076DR-000076-INV-004"CRED-008(»˘™°ø30z
	§¡EURÍ	Í_
DR-000086-23	DR-000086DR-000086-INV-004"CRED-002(˙˘™°ø30rÍ"courtesy-reminder`
DR-000119-31	DR-000119DR-000119-INV-005"CRED-007(¨˙™°ø30rÍ"reminder-2-phone^
DR-000119-32	DR-000119DR-000119-INV-005"CRED-007(ﬁ˙™°ø30z
	∏¢EURÍÍS
DR-000122-36	DR-000122DR-000122-INV-005"CRED-002(ê˚™°ø30ö
AGY-03Í`
DR-000148-17	DR-000148DR-000148-INV-006"CRED-006(¬˚™°ø30rÍ"reminder-1-emailh
DR-000155-31	DR-000155DR-000155-INV-006"CRED-006(Ù˚™°ø30Z'
DR-000155-PAY-6	È·CHFÍ U
DR-000158-27	DR-000158"CRED-004(¶¸™°ø30Z'
DR-000158-PAY-5	É√EURÍ æ
DR-000166-33	DR-000166DR-000166-INV-007"CRED-007(ÿ¸™°ø30R}
INV-000166-007	îïUSDÍ"Í0:Company 000166B166 rue de la R√©publiqueB
69004 LyonJdr-000166@example.com`
DR-000166-34	DR-000166DR-000166-INV-006"CRED-001(ä˝™°ø30rÍ"reminder-1-emailø
DR-000168-36	DR-000168DR-000168-INV-007"CRED-002(º˝™°ø30R~
INV-000168-007
·—ØGBPÍ"Í0:Company 000168B168 rue de la R√©publiqueB
69006 LyonJdr-000168@example.comb
DR-000183-19	DR-000183DR-000183-INV-004"CRED-010(Ó˝™°ø30r!Í"reminder-4-warnings
DR-000189-14	DR-000189DR-000189-INV-007"CRED-008(†˛™°ø30ä1
billing error on some lines	ÚƒEURÍ_
DR-000190-32	DR-000190DR-000190-INV-006"CRED-004(“˛™°ø30rÍ"courtesy-reminder]
DR-000198-33	DR-000198DR-000198-INV-006"CRED-004(Ñˇ™°ø30rÍ"formal-noticeb
DR-000240-33	DR-000240DR-000240-INV-005"CRED-012(∂ˇ™°ø30r!Í"reminder-4-warningÃ
DR-000242-24	DR-000242DR-000242-INV-007"CRED-004(Ëˇ™°ø30Rä
INV-000242-007	°Å(EURÍ"Í*
Í∂f0:Company 000242B42 rue de la R√©publiqueB
69008 LyonJdr-000242@example.com%
day-2026-01-25(ò¿Êºø30≤	
Í`
DR-000024-21	DR-000024DR-000024-INV-004"CRED-008(Ä∞ƒ ø30rÍ"reminder-1-emailb
DR-000028-37	DR-000028DR-000028-INV-004"CRED-008(≤∞ƒ ø30r!Í"reminder-4-warningi
DR-000030-26	DR-000030DR-000030-INV-004"CRED-005(‰∞ƒ ø30Z(
DR-000030-PAY-12	å°EURÍ a
DR-000042-37	DR-000042DR-000042-INV-006"CRED-006(ñ±ƒ ø30r Í"reminder-3-letterg
DR-000077-8	DR-000077DR-000077-INV-004"CRED-004(»±ƒ ø30Z'
DR-000077-PAY-4	˙∫EURÍ `
DR-000081-37	DR-000081DR-000081-INV-007"CRED-010(˙±ƒ ø30rÍ"reminder-1-email`
DR-000113-26	DR-000113DR-000113-INV-004"CRED-007(¨≤ƒ ø30rÍ"reminder-1-email`
DR-000124-12	DR-000124DR-000124-INV-005"CRED-012(ﬁ≤ƒ ø30rÍ"reminder-1-emailæ
DR-000132-30	DR-000132DR-000132-INV-006"CRED-012(ê≥ƒ ø30R}
INV-000132-006	Ï©	EURÍ"Í0:Company 000132B132 rue de la R√©publiqueB
69006 LyonJdr-000132@example.comh
DR-000148-18	DR-000148DR-000148-INV-006"CRED-006(¬≥ƒ ø30Z'
DR-000148-PAY-6	˙å/EURÍ a
DR-000156-32	DR-000156DR-000156-INV-006"CRED-007(Ù≥ƒ ø30r Í"reminder-3-letterh
DR-000169-29	DR-000169DR-000169-INV-003"CRED-009(¶¥ƒ ø30Z'
DR-000169-PAY-10ë6EURÍ `
DR-000175-16	DR-000175DR-000175-INV-004"CRED-003(ÿ¥ƒ ø30rÍ"reminder-1-email_
DR-000220-36	DR-000220DR-000220-INV-005"CRED-012(äµƒ ø30rÍ"courtesy-reminderh
DR-000223-25	DR-000223DR-000223-INV-003"CRED-010(ºµƒ ø30Z'
DR-000223-PAY-3	¡ÅEURÍ Ã
DR-000238-12	DR-000238DR-000238-INV-007"CRED-005(Óµƒ ø30Rä
INV-000238-007	∑°&EURÍ"Í*
Í˘a0:Company 000238B38 rue de la R√©publiqueB
69004 LyonJdr-000238@example.com`
DR-000241-27	DR-000241DR-000241-INV-004"CRED-007(†∂ƒ ø30rÍ"reminder-1-email%
day-2026-01-26(ò¯ˇÂø30≤	
Íf
DR-000017-16	DR-000017DR-000017-INV-007"CRED-010(ÄË›Ûø30j%
DR-000017-CN-16	Üª'EURÍ]
DR-000028-38	DR-000028DR-000028-INV-004"CRED-008(≤Ë›Ûø30rÍ"formal-noticeh
DR-000029-28	DR-000029DR-000029-INV-004"CRED-001(‰Ë›Ûø30Z'
DR-000029-PAY-3	à®EURÍ `
DR-000062-40	DR-000062DR-000062-INV-008"CRED-009(ñÈ›Ûø30ä
goods not deliveredÍb
DR-000063-41	DR-000063DR-000063-INV-006"CRED-012(»È›Ûø30r!Í"reminder-4-warningi
DR-000081-38	DR-000081DR-000081-INV-007"CRED-010(˙È›Ûø30Z(
DR-000081-PAY-10	Ú—.EURÍ `
DR-000097-33	DR-000097DR-000097-INV-005"CRED-010(¨Í›Ûø30rÍ"reminder-2-phone^
DR-000097-34	DR-000097DR-000097-INV-005"CRED-010(ﬁÍ›Ûø30z
	ñëEURÍÍ†
DR-000117-45	DR-000117DR-000117-INV-006"CRED-004(êÎ›Ûø30Ç^
DR-000117-PLAN-45Í
Í	ÓŸEUR
Í	ÓŸEUR
Í	ÓŸEUR]
DR-000160-26	DR-000160DR-000160-INV-004"CRED-010(¬Î›Ûø30rÍ"formal-noticea
DR-000162-28	DR-000162DR-000162-INV-004"CRED-006(ÙÎ›Ûø30r Í"reminder-3-letterS
DR-000168-37	DR-000168DR-000168-INV-006"CRED-002(¶Ï›Ûø30ö
AGY-03Íh
DR-000184-28	DR-000184DR-000184-INV-004"CRED-005(ÿÏ›Ûø30Z'
DR-000184-PAY-3	»˛EURÍ `
DR-000185-27	DR-000185DR-000185-INV-005"CRED-001(äÌ›Ûø30rÍ"reminder-2-phone_
DR-000188-29	DR-000188DR-000188-INV-006"CRED-001(ºÌ›Ûø30rÍ"courtesy-remindera
DR-000216-37	DR-000216DR-000216-INV-006"CRED-010(ÓÌ›Ûø30r Í"reminder-3-letterg
DR-000223-26	DR-000223DR-000223-INV-004"CRED-010(†Ó›Ûø30Z&
DR-000223-PAY-4à$EURÍ %
day-2026-01-27(ò∞ôè¿30≤	
ÍΩ
DR-000014-18	DR-000014DR-000014-INV-007"CRED-006(Ä†˜ú¿30R|
INV-000014-007	 Ø3USDÍ"Í0:Company 000014B14 rue de la R√©publiqueB
69005 LyonJdr-000014@example.comj
DR-000021-37	DR-000021DR-000021-INV-005"CRED-010(≤†˜ú¿30Z)
DR-000021-PAY-17
í¶“GBPÍ Ω
DR-000037-37	DR-000037DR-000037-INV-006"CRED-010(‰†˜ú¿30R|
INV-000037-006	àÌEURÍ"Í0:Company 000037B37 rue de la R√©publiqueB
69001 LyonJdr-000037@example.com`
DR-000045-24	DR-000045DR-000045-INV-004"CRED-002(ñ°˜ú¿30rÍ"reminder-1-emailh
DR-000051-13	DR-000051DR-000051-INV-006"CRED-006(»°˜ú¿30Z'
DR-000051-PAY-6	ÆºDEURÍ ]
DR-000104-24	DR-000104DR-000104-INV-004"CRED-004(˙°˜ú¿30rÍ"formal-noticeh
DR-000124-13	DR-000124DR-000124-INV-005"CRED-012(¨¢˜ú¿30Z'
DR-000124-PAY-5	€§EURÍ h
DR-000177-17	DR-000177DR-000177-INV-003"CRED-008(ﬁ¢˜ú¿30Z'
DR-000177-PAY-3	ﬂ±EURÍ b
DR-000200-38	DR-000200DR-000200-INV-005"CRED-012(ê£˜ú¿30r!Í"reminder-4-warning`
DR-000204-23	DR-000204DR-000204-INV-005"CRED-006(¬£˜ú¿30rÍ"reminder-1-emaila
DR-000223-27	DR-000223DR-000223-INV-004"CRED-010(Ù£˜ú¿30r Í"reminder-3-letterh
DR-000227-21	DR-000227DR-000227-INV-005"CRED-011(¶§˜ú¿30Z'
DR-000227-PAY-5	ù›EURÍ a
DR-000236-33	DR-000236DR-000236-INV-005"CRED-011(ÿ§˜ú¿30r Í"reminder-3-letterh
DR-000240-34	DR-000240DR-000240-INV-005"CRED-012(ä•˜ú¿30Z'
DR-000240-PAY-8	öÚEURÍ h
DR-000242-25	DR-000242DR-000242-INV-006"CRED-009(º•˜ú¿30Z'
DR-000242-PAY-5	¿ÛEURÍ %
day-2026-01-28(òË≤∏¿30≤	
Í]
DR-000002-34	DR-000002DR-000002-INV-005"CRED-001(Äÿê∆¿30rÍ"formal-notice`
DR-000033-29	DR-000033DR-000033-INV-004"CRED-003(≤ÿê∆¿30rÍ"reminder-2-phone`
DR-000038-20	DR-000038DR-000038-INV-005"CRED-001(‰ÿê∆¿30rÍ"reminder-2-phone_
DR-000038-21	DR-000038DR-000038-INV-005"CRED-001(ñŸê∆¿30z

’üEURÍÍ`
DR-000041-35	DR-000041DR-000041-INV-006"CRED-008(»Ÿê∆¿30rÍ"reminder-1-emailh
DR-000042-38	DR-000042DR-000042-INV-006"CRED-006(˙Ÿê∆¿30Z'
DR-000042-PAY-6	˜ìEURÍ æ
DR-000048-14	DR-000048DR-000048-INV-006"CRED-005(¨⁄ê∆¿30R}
INV-000048-006	˜÷EURÍ"Í0:Customer 000048B48 rue de la R√©publiqueB
69003 LyonJdr-000048@example.com`
DR-000055-26	DR-000055DR-000055-INV-004"CRED-002(ﬁ⁄ê∆¿30rÍ"reminder-2-phoneg
DR-000064-44	DR-000064DR-000064-INV-004"CRED-006(ê€ê∆¿30Z&
DR-000064-PAY-4Ñ0EURÍ `
DR-000093-29	DR-000093DR-000093-INV-005"CRED-003(¬€ê∆¿30rÍ"reminder-1-emailM
DR-000110-23	DR-000110DR-000110-INV-007"CRED-001(Ù€ê∆¿30íÍh
DR-000117-46	DR-000117DR-000117-INV-005"CRED-004(¶‹ê∆¿30Z'
DR-000117-PAY-12ˆgEURÍ i
DR-000139-36	DR-000139DR-000139-INV-005"CRED-001(ÿ‹ê∆¿30Z(
DR-000139-PAY-7
’’ÄGBPÍ a
DR-000164-28	DR-000164DR-000164-INV-004"CRED-011(ä›ê∆¿30r Í"reminder-3-letterh
DR-000166-35	DR-000166DR-000166-INV-006"CRED-001(º›ê∆¿30Z'
DR-000166-PAY-5	ÃÄEURÍ U
DR-000172-21	DR-000172"CRED-010(Ó›ê∆¿30Z'
DR-000172-PAY-7	∑∞]EURÍ Ω
DR-000207-24	DR-000207DR-000207-INV-005"CRED-005(†ﬁê∆¿30R|
INV-000207-005	ÇË
EURÍ"Í0:Customer 000207B7 rue de la R√©publiqueB
69009 LyonJdr-000207@example.comΩ
DR-000221-13	DR-000221DR-000221-INV-007"CRED-004(“ﬁê∆¿30R|
INV-000221-007	Ç·9EURÍ"Í0:Company 000221B21 rue de la R√©publiqueB
69005 LyonJdr-000221@example.com%
day-2026-01-29(ò†Ã·¿30≤	
Íº
DR-000005-14	DR-000005DR-000005-INV-007"CRED-004(Äê™Ô¿30R{
INV-000005-007	¸ãEURÍ"Í0:Company 000005B5 rue de la R√©publiqueB
69005 LyonJdr-000005@example.com`
DR-000032-51	DR-000032DR-000032-INV-007"CRED-010(≤ê™Ô¿30rÍ"reminder-1-email`
DR-000099-22	DR-000099DR-000099-INV-004"CRED-010(‰ê™Ô¿30rÍ"reminder-2-phonei
DR-000109-13	DR-000109DR-000109-INV-006"CRED-009(ñë™Ô¿30Z(
DR-000109-PAY-6
ÖµÅEURÍ i
DR-000117-47	DR-000117DR-000117-INV-004"CRED-004(»ë™Ô¿30Z(
DR-000117-PAY-13	£‰EURÍ _
DR-000118-18	DR-000118DR-000118-INV-004"CRED-011(˙ë™Ô¿30rÍ"courtesy-remindera
DR-000137-17	DR-000137DR-000137-INV-005"CRED-005(¨í™Ô¿30r Í"reminder-3-letter`
DR-000186-22	DR-000186DR-000186-INV-004"CRED-010(ﬁí™Ô¿30rÍ"reminder-2-phoneh
DR-000199-12	DR-000199DR-000199-INV-006"CRED-007(êì™Ô¿30Z'
DR-000199-PAY-6	¯πgEURÍ Õ
DR-000213-11	DR-000213DR-000213-INV-006"CRED-011(¬ì™Ô¿30Rã
INV-000213-006	˜ƒKCHFÍ"Í*
Í	∞¡0:Company 000213B13 rue de la R√©publiqueB
69006 LyonJdr-000213@example.comh
DR-000216-38	DR-000216DR-000216-INV-006"CRED-010(Ùì™Ô¿30Z'
DR-000216-PAY-5	ñÓEURÍ `
DR-000245-24	DR-000245DR-000245-INV-005"CRED-002(¶î™Ô¿30rÍ"reminder-1-email%
day-2026-01-30(òÿÂä¡30≤	
ÍS
DR-000022-40	DR-000022DR-000022-INV-005"CRED-010(Ä»√ò¡30ö
AGY-02ÍΩ
DR-000030-27	DR-000030DR-000030-INV-005"CRED-005(≤»√ò¡30R|
INV-000030-005»yEURÍ"Í0:Customer 000030B30 rue de la R√©publiqueB
69003 LyonJdr-000030@example.comΩ
DR-000034-13	DR-000034DR-000034-INV-004"CRED-011(‰»√ò¡30R|
INV-000034-004˜`EURÍ"Í0:Customer 000034B34 rue de la R√©publiqueB
69007 LyonJdr-000034@example.comW
DR-000044-32	DR-000044DR-000044-INV-005"CRED-002(ñ…√ò¡30í≤/EURÍh
DR-000064-45	DR-000064DR-000064-INV-006"CRED-006(»…√ò¡30Z'
DR-000064-PAY-5	ÚÔ7EURÍ Ω
DR-000067-19	DR-000067DR-000067-INV-008"CRED-006(˙…√ò¡30R|
INV-000067-008	≤‚EURÍ"Í0:Company 000067B67 rue de la R√©publiqueB
69004 LyonJdr-000067@example.comæ
DR-000078-16	DR-000078DR-000078-INV-005"CRED-007(¨ √ò¡30R}
INV-000078-005	ƒüEURÍ"Í0:Customer 000078B78 rue de la R√©publiqueB
69006 LyonJdr-000078@example.com`
DR-000096-20	DR-000096DR-000096-INV-004"CRED-012(ﬁ √ò¡30rÍ"reminder-2-phonef
DR-000115-8	DR-000115DR-000115-INV-004"CRED-004(êÀ√ò¡30Z&
DR-000115-PAY-4ÃJEURÍ ø
DR-000140-21	DR-000140DR-000140-INV-005"CRED-012(¬À√ò¡30R~
INV-000140-005	ﬂÌEURÍ"Í0:Customer 000140B140 rue de la R√©publiqueB
69005 LyonJdr-000140@example.comø
DR-000148-19	DR-000148DR-000148-INV-007"CRED-001(ÙÀ√ò¡30R~
INV-000148-007
ª‰¬EURÍ"Í0:Company 000148B148 rue de la R√©publiqueB
69004 LyonJdr-000148@example.com`
DR-000150-29	DR-000150DR-000150-INV-007"CRED-012(¶Ã√ò¡30rÍ"reminder-2-phoneh
DR-000200-39	DR-000200DR-000200-INV-005"CRED-012(ÿÃ√ò¡30Z'
DR-000200-PAY-2	¥ EURÍ æ
DR-000225-41	DR-000225DR-000225-INV-006"CRED-001(äÕ√ò¡30R}
INV-000225-006	ë—EURÍ"Í0:Customer 000225B25 rue de la R√©publiqueB
69009 LyonJdr-000225@example.com`
DR-000247-49	DR-000247DR-000247-INV-007"CRED-012(ºÕ√ò¡30rÍ"reminder-1-email%
day-2026-01-31(òêˇ≥¡30≤	
Íe
DR-000005-15	DR-000005DR-000005-INV-007"CRED-004(ÄÄ›¡¡30j$
DR-000005-CN-15≤EURÍg
DR-000024-22	DR-000024DR-000024-INV-004"CRED-008(≤Ä›¡¡30Z&
DR-000024-PAY-4ûUEURÍ j
DR-000028-39	DR-000028DR-000028-INV-005"CRED-008(‰Ä›¡¡30Z)
DR-000028-PAY-12
˘±ÜGBPÍ h
DR-000061-31	DR-000061DR-000061-INV-004"CRED-007(ñÅ›¡¡30Z'
DR-000061-PAY-11ÓEURÍ æ
DR-000069-10	DR-000069DR-000069-INV-005"CRED-009(»Å›¡¡30R}
INV-000069-005	†ÓCHFÍ"Í0:Customer 000069B69 rue de la R√©publiqueB
69006 LyonJdr-000069@example.comæ
DR-000156-33	DR-000156DR-000156-INV-007"CRED-007(˙Å›¡¡30R}
INV-000156-007	ûEURÍ"Í0:Company 000156B156 rue de la R√©publiqueB
69003 LyonJdr-000156@example.comø
DR-000160-27	DR-000160DR-000160-INV-005"CRED-010(¨Ç›¡¡30R~
INV-000160-005	¬‡EURÍ"Í0:Customer 000160B160 rue de la R√©publiqueB
69007 LyonJdr-000160@example.comΩ
DR-000222-7	DR-000222DR-000222-INV-004"CRED-001(ﬁÇ›¡¡30R}
INV-000222-004	°±EURÍ"Í0:Customer 000222B22 rue de la R√©publiqueB
69006 LyonJdr-000222@example.com`
DR-000238-13	DR-000238DR-000238-INV-006"CRED-005(êÉ›¡¡30rÍ"reminder-1-emailh
DR-000240-35	DR-000240DR-000240-INV-006"CRED-012(¬É›¡¡30Z'
DR-000240-PAY-9	¢¬EURÍ i
DR-000247-50	DR-000247DR-000247-INV-007"CRED-012(ÙÉ›¡¡30Z(
DR-000247-PAY-16	‡Ö
EURÍ %
day-2026-02-01(ò»ò›¡30≤	
Í]
DR-000015-31	DR-000015DR-000015-INV-004"CRED-011(Ä∏ˆÍ¡30rÍ"formal-noticeh
DR-000032-52	DR-000032DR-000032-INV-007"CRED-010(≤∏ˆÍ¡30Z'
DR-000032-PAY-11˜QGBPÍ Ω
DR-000040-14	DR-000040DR-000040-INV-007"CRED-007(‰∏ˆÍ¡30R|
INV-000040-007	ı*EURÍ"Í0:Company 000040B40 rue de la R√©publiqueB
69004 LyonJdr-000040@example.com]
DR-000059-40	DR-000059DR-000059-INV-006"CRED-006(ñπˆÍ¡30rÍ"formal-notice`
DR-000081-39	DR-000081DR-000081-INV-007"CRED-010(»πˆÍ¡30rÍ"reminder-2-phonei
DR-000089-22	DR-000089DR-000089-INV-007"CRED-002(˙πˆÍ¡30Z(
DR-000089-PAY-7
ÄŒÜEURÍ `
DR-000113-27	DR-000113DR-000113-INV-004"CRED-007(¨∫ˆÍ¡30rÍ"reminder-2-phone`
DR-000125-19	DR-000125DR-000125-INV-004"CRED-011(ﬁ∫ˆÍ¡30rÍ"reminder-2-phone_
DR-000125-20	DR-000125DR-000125-INV-005"CRED-011(êªˆÍ¡30rÍ"courtesy-reminder`
DR-000175-17	DR-000175DR-000175-INV-004"CRED-003(¬ªˆÍ¡30rÍ"reminder-2-phone_
DR-000185-28	DR-000185DR-000185-INV-006"CRED-001(ÙªˆÍ¡30rÍ"courtesy-reminderX
DR-000188-30	DR-000188DR-000188-INV-005"CRED-001(¶ºˆÍ¡30í	®ïEURÍº
DR-000204-24	DR-000204DR-000204-INV-006"CRED-006(ÿºˆÍ¡30R{
INV-000204-006	ÁﬂEURÍ"Í0:Company 000204B4 rue de la R√©publiqueB
69006 LyonJdr-000204@example.comh
DR-000209-25	DR-000209DR-000209-INV-004"CRED-002(äΩˆÍ¡30Z'
DR-000209-PAY-3	º EURÍ æ
DR-000217-33	DR-000217DR-000217-INV-006"CRED-008(ºΩˆÍ¡30R}
INV-000217-006	ä’EURÍ"Í0:Customer 000217B17 rue de la R√©publiqueB
69001 LyonJdr-000217@example.comb
DR-000223-28	DR-000223DR-000223-INV-004"CRED-010(ÓΩˆÍ¡30r!Í"reminder-4-warningæ
DR-000234-14	DR-000234DR-000234-INV-006"CRED-005(†æˆÍ¡30R}
INV-000234-006
√óáGBPÍ"Í0:Company 000234B34 rue de la R√©publiqueB
69009 LyonJdr-000234@example.com`
DR-000241-28	DR-000241DR-000241-INV-004"CRED-007(“æˆÍ¡30rÍ"reminder-2-phone%
day-2026-02-02(òÄ≤Ü¬30≤	
ÍM
DR-000017-17	DR-000017DR-000017-INV-006"CRED-010(Äèî¬30íÍ]
DR-000019-48	DR-000019DR-000019-INV-006"CRED-002(≤èî¬30rÍ"formal-noticei
DR-000063-42	DR-000063DR-000063-INV-006"CRED-012(‰èî¬30Z(
DR-000063-PAY-12	äàEURÍ Ã
DR-000090-14	DR-000090DR-000090-INV-007"CRED-010(ñÒèî¬30Rä
INV-000090-007	≥Ü/EURÍ"Í*
Íπx0:Company 000090B90 rue de la R√©publiqueB
69009 LyonJdr-000090@example.comh
DR-000119-33	DR-000119DR-000119-INV-005"CRED-007(»Òèî¬30Z'
DR-000119-PAY-5	∏¢EURÍ a
DR-000125-21	DR-000125DR-000125-INV-004"CRED-011(˙Òèî¬30r Í"reminder-3-letter`
DR-000173-14	DR-000173DR-000173-INV-004"CRED-008(¨Úèî¬30rÍ"reminder-1-emaila
DR-000185-29	DR-000185DR-000185-INV-005"CRED-001(ﬁÚèî¬30r Í"reminder-3-lettera
DR-000188-31	DR-000188DR-000188-INV-005"CRED-001(êÛèî¬30r Í"reminder-3-letterh
DR-000213-12	DR-000213DR-000213-INV-006"CRED-011(¬Ûèî¬30Z'
DR-000213-PAY-6	«ÉJCHFÍ ]
DR-000237-36	DR-000237DR-000237-INV-005"CRED-007(ÙÛèî¬30rÍ"formal-noticeh
DR-000245-25	DR-000245DR-000245-INV-005"CRED-002(¶Ùèî¬30Z'
DR-000245-PAY-5	∏ˇUEURÍ %
day-2026-02-03(ò∏ÀØ¬30≤	
ÍŒ
DR-000019-49	DR-000019DR-000019-INV-007"CRED-002(Ä®©Ω¬30Rå
INV-000019-007
®àÇEURÍ"Í*
Í˚Ã0:Company 000019B19 rue de la R√©publiqueB
69001 LyonJdr-000019@example.com`
DR-000040-15	DR-000040DR-000040-INV-006"CRED-007(≤®©Ω¬30rÍ"reminder-1-emailh
DR-000042-39	DR-000042DR-000042-INV-005"CRED-006(‰®©Ω¬30Z'
DR-000042-PAY-7	€ˆ!EURÍ `
DR-000045-25	DR-000045DR-000045-INV-004"CRED-002(ñ©©Ω¬30rÍ"reminder-2-phoneΩ
DR-000054-8	DR-000054DR-000054-INV-004"CRED-011(»©©Ω¬30R}
INV-000054-004	∂ØEURÍ"Í0:Customer 000054B54 rue de la R√©publiqueB
69009 LyonJdr-000054@example.com_
DR-000059-41	DR-000059DR-000059-INV-007"CRED-006(˙©©Ω¬30rÍ"courtesy-reminderg
DR-000079-10	DR-000079DR-000079-INV-005"CRED-006(¨™©Ω¬30Z&
DR-000079-PAY-5ò\EURÍ `
DR-000086-24	DR-000086DR-000086-INV-004"CRED-002(ﬁ™©Ω¬30rÍ"reminder-1-emaila
DR-000119-34	DR-000119DR-000119-INV-005"CRED-007(ê´©Ω¬30r Í"reminder-3-letterb
DR-000125-22	DR-000125DR-000125-INV-004"CRED-011(¬´©Ω¬30r!Í"reminder-4-warningb
DR-000156-34	DR-000156DR-000156-INV-006"CRED-007(Ù´©Ω¬30r!Í"reminder-4-warningb
DR-000188-32	DR-000188DR-000188-INV-005"CRED-001(¶¨©Ω¬30r!Í"reminder-4-warning`
DR-000190-33	DR-000190DR-000190-INV-006"CRED-004(ÿ¨©Ω¬30rÍ"reminder-1-email`
DR-000204-25	DR-000204DR-000204-INV-005"CRED-006(ä≠©Ω¬30rÍ"reminder-2-phone^
DR-000204-26	DR-000204DR-000204-INV-005"CRED-006(º≠©Ω¬30z
	áÙEURÍÍh
DR-000238-14	DR-000238DR-000238-INV-006"CRED-005(Ó≠©Ω¬30Z'
DR-000238-PAY-6	¨;EURÍ %
day-2026-02-04(ò‰ÿ¬30≤	
Í