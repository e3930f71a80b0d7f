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
ÓÓÓÓÓª
DR-000007-1	DR-000007DR-000007-INV-001"CRED-005(‰‡Éá¬20R{
INV-000007-001–<EURÈ"È0:Customer 000007B7 rue de la R√©publiqueB
69007 LyonJdr-000007@example.comΩ
DR-000131-1	DR-000131DR-000131-INV-001"CRED-003(ñ·Éá¬20R}
INV-000131-001	‘ﬁTEURÈ"È0:Company 000131B131 rue de la R√©publiqueB
69005 LyonJdr-000131@example.comª
DR-000007-1	DR-000007DR-000007-INV-001"CRED-005(‰‡Éá¬20R{
INV-000007-001–<EURÈ"È0:Customer 000007B7 rue de la R√©publiqueB
69007 LyonJdr-000007@example.com%
day-2025-01-01(ò®ø¢¬20≤	
Èª
DR-000008-1	DR-000008DR-000008-INV-001"CRED-008(Äòù∞¬20R{
INV-000008-001	ƒ§!EURÈ"È0:Company 000008B8 rue de la R√©publiqueB
69008 LyonJdr-000008@example.comº
DR-000020-1	DR-000020DR-000020-INV-001"CRED-002(≤òù∞¬20R|
INV-000020-001	á+EURÈ"È0:Company 000020B20 rue de la R√©publiqueB
69002 LyonJdr-000020@example.com%
day-2025-01-02(ò‡ÿÀ¬20≤	
ÈΩ
DR-000060-1	DR-000060DR-000060-INV-001"CRED-008(Ä–∂Ÿ¬20R}
INV-000060-001	ãÃEURÈ"È0:Customer 000060B60 rue de la R√©publiqueB
69006 LyonJdr-000060@example.comº
DR-000080-1	DR-000080DR-000080-INV-001"CRED-012(≤–∂Ÿ¬20R|
INV-000080-001	äÏEURÈ"È0:Company 000080B80 rue de la R√©publiqueB
69008 LyonJdr-000080@example.comΩ
DR-000115-1	DR-000115DR-000115-INV-001"CRED-007(‰–∂Ÿ¬20R}
INV-000115-001	îÓ+USDÈ"È0:Company 000115B115 rue de la R√©publiqueB
69007 LyonJdr-000115@example.com%
day-2025-01-03(òòÚÙ¬20≤	
ÈΩ
DR-000037-1	DR-000037DR-000037-INV-001"CRED-004(Äà–Ç√20R}
INV-000037-001	®çEURÈ"È0:Customer 000037B37 rue de la R√©publiqueB
69001 LyonJdr-000037@example.comº
DR-000098-1	DR-000098DR-000098-INV-001"CRED-009(≤à–Ç√20R|
INV-000098-001∫XEURÈ"È0:Customer 000098B98 rue de la R√©publiqueB
69008 LyonJdr-000098@example.com%
day-2025-01-04(ò–ãû√20≤	
ÈÃ
DR-000010-1	DR-000010DR-000010-INV-001"CRED-007(Ä¿È´√20Rã
INV-000010-001	»‹8GBPÈ"È*
Èõë0:Company 000010B10 rue de la R√©publiqueB
69001 LyonJdr-000010@example.comæ
DR-000135-1	DR-000135DR-000135-INV-001"CRED-003(≤¿È´√20R~
INV-000135-001	ŸõUSDÈ"È0:Customer 000135B135 rue de la R√©publiqueB
69009 LyonJdr-000135@example.comæ
DR-000139-1	DR-000139DR-000139-INV-001"CRED-006(‰¿È´√20R~
INV-000139-001	ô EURÈ"È0:Customer 000139B139 rue de la R√©publiqueB
69004 LyonJdr-000139@example.comΩ
DR-000147-1	DR-000147DR-000147-INV-001"CRED-004(ñ¡È´√20R}
INV-000147-001	‚›EURÈ"È0:Company 000147B147 rue de la R√©publiqueB
69003 LyonJdr-000147@example.com%
day-2025-01-05(òà•«√20≤	
ÈΩ
DR-000091-1	DR-000091DR-000091-INV-001"CRED-010(Ä¯Ç’√20R}
INV-000091-001
ÏëàUSDÈ"È0:Company 000091B91 rue de la R√©publiqueB
69001 LyonJdr-000091@example.com%
day-2025-01-06(ò¿æ√20≤	
ÈΩ
DR-000150-1	DR-000150DR-000150-INV-001"CRED-004(Ä∞ú˛√20R}
INV-000150-001	Ï⁄EURÈ"È0:Company 000150B150 rue de la R√©publiqueB
69006 LyonJdr-000150@example.com%
day-2025-01-07(ò¯◊ôƒ20≤	
Èº
DR-000028-1	DR-000028DR-000028-INV-001"CRED-006(ÄËµßƒ20R|
INV-000028-001	Îî&EURÈ"È	0:Company 000028B28 rue de la R√©publiqueB
69001 LyonJdr-000028@example.comΩ
DR-000066-1	DR-000066DR-000066-INV-001"CRED-007(≤Ëµßƒ20R}
INV-000066-001
„‡◊EURÈ"È0:Company 000066B66 rue de la R√©publiqueB
69003 LyonJdr-000066@example.comΩ
DR-000089-1	DR-000089DR-000089-INV-001"CRED-008(‰Ëµßƒ20R}
INV-000089-001
Î•˛EURÈ"È	0:Company 000089B89 rue de la R√©publiqueB
69008 LyonJdr-000089@example.comΩ
DR-000104-1	DR-000104DR-000104-INV-001"CRED-003(ñÈµßƒ20R}
INV-000104-001	Æ‰EURÈ"È0:Company 000104B104 rue de la R√©publiqueB
69005 LyonJdr-000104@example.com%
day-2025-01-08(ò∞Ò¬ƒ20≤	
Èg
DR-000010-2	DR-000010DR-000010-INV-001"CRED-007(Ä†œ–ƒ20Z'
DR-000010-PAY-1	≠À7GBPÈ	 Ω
DR-000015-1	DR-000015DR-000015-INV-001"CRED-005(≤†œ–ƒ20R}
INV-000015-001	ΩÆEURÈ	"È0:Customer 000015B15 rue de la R√©publiqueB
69006 LyonJdr-000015@example.comΩ
DR-000018-1	DR-000018DR-000018-INV-001"CRED-005(‰†œ–ƒ20R}
INV-000018-001	æ÷EURÈ	"È0:Customer 000018B18 rue de la R√©publiqueB
69009 LyonJdr-000018@example.comº
DR-000075-1	DR-000075DR-000075-INV-001"CRED-010(ñ°œ–ƒ20R|
INV-000075-001	®‚6EURÈ	"È0:Company 000075B75 rue de la R√©publiqueB
69003 LyonJdr-000075@example.comº
DR-000094-1	DR-000094DR-000094-INV-001"CRED-010(»°œ–ƒ20R|
INV-000094-001	ã›EURÈ	"È0:Company 000094B94 rue de la R√©publiqueB
69004 LyonJdr-000094@example.comΩ
DR-000140-1	DR-000140DR-000140-INV-001"CRED-002(˙°œ–ƒ20R}
INV-000140-001⁄|GBPÈ	"È0:Customer 000140B140 rue de la R√©publiqueB
69005 LyonJdr-000140@example.com%
day-2025-01-09(òËäÏƒ20≤	
È	º
DR-000019-1	DR-000019DR-000019-INV-001"CRED-007(ÄÿË˘ƒ20R|
INV-000019-001	í¡USDÈ
"È	0:Company 000019B19 rue de la R√©publiqueB
69001 LyonJdr-000019@example.comº
DR-000088-1	DR-000088DR-000088-INV-001"CRED-010(≤ÿË˘ƒ20R|
INV-000088-001Ÿ5EURÈ
"È	0:Customer 000088B88 rue de la R√©publiqueB
69007 LyonJdr-000088@example.com%
day-2025-01-10(ò†§ï≈20≤	
È
º
DR-000013-1	DR-000013DR-000013-INV-001"CRED-004(ÄêÇ£≈20R|
INV-000013-001¿yEURÈ"È0:Customer 000013B13 rue de la R√©publiqueB
69004 LyonJdr-000013@example.comΩ
DR-000074-1	DR-000074DR-000074-INV-001"CRED-001(≤êÇ£≈20R}
INV-000074-001	Ì˛EURÈ"È0:Customer 000074B74 rue de la R√©publiqueB
69002 LyonJdr-000074@example.comΩ
DR-000079-1	DR-000079DR-000079-INV-001"CRED-011(‰êÇ£≈20R}
INV-000079-001	¨ÉEURÈ"È
0:Customer 000079B79 rue de la R√©publiqueB
69007 LyonJdr-000079@example.comΩ
DR-000125-1	DR-000125DR-000125-INV-001"CRED-007(ñëÇ£≈20R}
INV-000125-001	ßºEURÈ"È
0:Company 000125B125 rue de la R√©publiqueB
69008 LyonJdr-000125@example.com%
day-2025-01-11(òÿΩæ≈20≤	
ÈΩ
DR-000067-1	DR-000067DR-000067-INV-001"CRED-002(Ä»õÃ≈20R}
INV-000067-001	∂ÁEURÈ"È0:Customer 000067B67 rue de la R√©publiqueB
69004 LyonJdr-000067@example.comŒ
DR-000146-1	DR-000146DR-000146-INV-001"CRED-011(≤»õÃ≈20Rç
INV-000146-001
◊Å‡EURÈ"È*
ÈºΩ0:Company 000146B146 rue de la R√©publiqueB
69002 LyonJdr-000146@example.com%
day-2025-01-12(òê◊Á≈20≤	
ÈΩ
DR-000027-1	DR-000027DR-000027-INV-001"CRED-009(ÄÄµı≈20R}
INV-000027-001	å∂EURÈ"È0:Customer 000027B27 rue de la R√©publiqueB
69009 LyonJdr-000027@example.comΩ
DR-000053-1	DR-000053DR-000053-INV-001"CRED-008(≤Äµı≈20R}
INV-000053-001	ë±EURÈ"È0:Customer 000053B53 rue de la R√©publiqueB
69008 LyonJdr-000053@example.comd
DR-000075-2	DR-000075DR-000075-INV-001"CRED-010(‰Äµı≈20j$
DR-000075-CN-2	‡ß	EURÈΩ
DR-000090-1	DR-000090DR-000090-INV-001"CRED-009(ñÅµı≈20R}
INV-000090-001	àëEURÈ"È0:Customer 000090B90 rue de la R√©publiqueB
69009 LyonJdr-000090@example.comæ
DR-000117-1	DR-000117DR-000117-INV-001"CRED-007(»Åµı≈20R~
INV-000117-001	¶∏USDÈ"È0:Customer 000117B117 rue de la R√©publiqueB
69009 LyonJdr-000117@example.comΩ
DR-000129-1	DR-000129DR-000129-INV-001"CRED-009(˙Åµı≈20R}
INV-000129-001	ˇÄEURÈ"È0:Company 000129B129 rue de la R√©publiqueB
69003 LyonJdr-000129@example.com%
day-2025-01-13(ò»ê∆20≤	
ÈÃ
DR-000025-1	DR-000025DR-000025-INV-001"CRED-009(Ä∏Œû∆20Rã
INV-000025-001	‹™9EURÈ"È*
È„í0:Company 000025B25 rue de la R√©publiqueB
69007 LyonJdr-000025@example.comº
DR-000063-1	DR-000063DR-000063-INV-001"CRED-011(≤∏Œû∆20R|
INV-000063-001	õË)EURÈ"È0:Company 000063B63 rue de la R√©publiqueB
69009 LyonJdr-000063@example.comº
DR-000071-1	DR-000071DR-000071-INV-001"CRED-002(‰∏Œû∆20R|
INV-000071-001	¬µtEURÈ"È0:Company 000071B71 rue de la R√©publiqueB
69008 LyonJdr-000071@example.comΩ
DR-000142-1	DR-000142DR-000142-INV-001"CRED-012(ñπŒû∆20R}
INV-000142-001	›ﬂEURÈ"È0:Company 000142B142 rue de la R√©publiqueB
69007 LyonJdr-000142@example.com%
day-2025-01-14(òÄä∫∆20≤	
ÈΩ
DR-000107-1	DR-000107DR-000107-INV-001"CRED-005(ÄÁ«∆20R}
INV-000107-001PUSDÈ"È0:Customer 000107B107 rue de la R√©publiqueB
69008 LyonJdr-000107@example.com%
day-2025-01-15(ò∏£„∆20≤	
Èr
DR-000019-2	DR-000019DR-000019-INV-001"CRED-007(Ä®ÅÒ∆20ä1
billing error on some lines	“·USDÈΩ
DR-000041-1	DR-000041DR-000041-INV-001"CRED-004(≤®ÅÒ∆20R}
INV-000041-001
„≠®EURÈ"È0:Company 000041B41 rue de la R√©publiqueB
69005 LyonJdr-000041@example.comº
DR-000064-1	DR-000064DR-000064-INV-001"CRED-007(‰®ÅÒ∆20R|
INV-000064-001	ÍÕ<EURÈ"È0:Company 000064B64 rue de la R√©publiqueB
69001 LyonJdr-000064@example.comΩ
DR-000113-1	DR-000113DR-000113-INV-001"CRED-006(ñ©ÅÒ∆20R}
INV-000113-001	‘ËEURÈ"È0:Company 000113B113 rue de la R√©publiqueB
69005 LyonJdr-000113@example.comæ
DR-000124-1	DR-000124DR-000124-INV-001"CRED-009(»©ÅÒ∆20R~
INV-000124-001	∏≤CHFÈ"È0:Customer 000124B124 rue de la R√©publiqueB
69007 LyonJdr-000124@example.com%
day-2025-01-16(òºå«20≤	
ÈΩ
DR-000101-1	DR-000101DR-000101-INV-001"CRED-004(Ä‡öö«20R}
INV-000101-001	à„/EURÈ"È0:Company 000101B101 rue de la R√©publiqueB
69002 LyonJdr-000101@example.comæ
DR-000116-1	DR-000116DR-000116-INV-001"CRED-001(≤‡öö«20R~
INV-000116-001
Àñ°EURÈ"È0:Company 000116B116 rue de la R√©publiqueB
69008 LyonJdr-000116@example.comΩ
DR-000121-1	DR-000121DR-000121-INV-001"CRED-008(‰‡öö«20R}
INV-000121-001	≥ØEURÈ"È0:Company 000121B121 rue de la R√©publiqueB
69004 LyonJdr-000121@example.comæ
DR-000137-1	DR-000137DR-000137-INV-001"CRED-005(ñ·öö«20R~
INV-000137-001	•∆EURÈ"È0:Customer 000137B137 rue de la R√©publiqueB
69002 LyonJdr-000137@example.com%
day-2025-01-17(ò®÷µ«20≤	
Èº
DR-000005-1	DR-000005DR-000005-INV-001"CRED-007(Äò¥√«20R|
INV-000005-001	Æ∫EURÈ"È0:Customer 000005B5 rue de la R√©publiqueB
69005 LyonJdr-000005@example.comº
DR-000057-1	DR-000057DR-000057-INV-001"CRED-001(≤ò¥√«20R|
INV-000057-001	†˘CHFÈ"È0:Company 000057B57 rue de la R√©publiqueB
69003 LyonJdr-000057@example.comΩ
DR-000092-1	DR-000092DR-000092-INV-001"CRED-010(‰ò¥√«20R}
INV-000092-001	Í´EURÈ"È0:Customer 000092B92 rue de la R√©publiqueB
69002 LyonJdr-000092@example.comÃ
DR-000103-1	DR-000103DR-000103-INV-001"CRED-008(ñô¥√«20Rã
INV-000103-001	ïÿEURÈ"È*
ÈÄ0:Company 000103B103 rue de la R√©publiqueB
69004 LyonJdr-000103@example.com%
day-2025-01-18(ò‡Ôﬁ«20≤	
È%
day-2025-01-19(òòâà»20≤	
Èº
DR-000048-1	DR-000048DR-000048-INV-001"CRED-005(ÄàÁï»20R|
INV-000048-001›*EURÈ"È0:Customer 000048B48 rue de la R√©publiqueB
69003 LyonJdr-000048@example.comº
DR-000077-1	DR-000077DR-000077-INV-001"CRED-005(≤àÁï»20R|
INV-000077-001ø5EURÈ"È0:Customer 000077B77 rue de la R√©publiqueB
69005 LyonJdr-000077@example.comΩ
DR-000086-1	DR-000086DR-000086-INV-001"CRED-010(‰àÁï»20R}
INV-000086-001	ÖªEURÈ"È0:Customer 000086B86 rue de la R√©publiqueB
69005 LyonJdr-000086@example.com_
DR-000101-2	DR-000101DR-000101-INV-001"CRED-004(ñâÁï»20ä
goods not deliveredÈæ
DR-000132-1	DR-000132DR-000132-INV-001"CRED-011(»âÁï»20R~
INV-000132-001	ŸõEURÈ"È0:Customer 000132B132 rue de la R√©publiqueB
69006 LyonJdr-000132@example.com%
day-2025-01-20(ò–¢±»20≤	
Èº
DR-000040-1	DR-000040DR-000040-INV-001"CRED-003(Ä¿Äø»20R|
INV-000040-001	—ΩCHFÈ"È0:Company 000040B40 rue de la R√©publiqueB
69004 LyonJdr-000040@example.comº
DR-000050-1	DR-000050DR-000050-INV-001"CRED-010(≤¿Äø»20R|
INV-000050-001ÜpEURÈ"È0:Customer 000050B50 rue de la R√©publiqueB
69005 LyonJdr-000050@example.comΩ
DR-000130-1	DR-000130DR-000130-INV-001"CRED-008(‰¿Äø»20R}
INV-000130-001	√™CHFÈ"È0:Company 000130B130 rue de la R√©publiqueB
69004 LyonJdr-000130@example.comæ
DR-000133-1	DR-000133DR-000133-INV-001"CRED-001(ñ¡Äø»20R~
INV-000133-001
˚∆°CHFÈ"È0:Company 000133B133 rue de la R√©publiqueB
69007 LyonJdr-000133@example.comæ
DR-000138-1	DR-000138DR-000138-INV-001"CRED-010(»¡Äø»20R~
INV-000138-001
Ω€ØEURÈ"È0:Company 000138B138 rue de la R√©publiqueB
69003 LyonJdr-000138@example.com%
day-2025-01-21(òàº⁄»20≤	
È%
day-2025-01-22(ò¿’É…20≤	
Èº
DR-000012-1	DR-000012DR-000012-INV-001"CRED-007(Ä∞≥ë…20R|
INV-000012-001	áπEURÈ"È	0:Company 000012B12 rue de la R√©publiqueB
69003 LyonJdr-000012@example.comº
DR-000072-1	DR-000072DR-000072-INV-001"CRED-005(≤∞≥ë…20R|
INV-000072-001	ääEURÈ"È0:Company 000072B72 rue de la R√©publiqueB
69009 LyonJdr-000072@example.comg
DR-000075-3	DR-000075DR-000075-INV-001"CRED-010(‰∞≥ë…20Z'
DR-000075-PAY-1	»∫-EURÈ %
day-2025-01-23(ò¯Ó¨…20≤	
È_
DR-000007-2	DR-000007DR-000007-INV-001"CRED-005(ÄËÃ∫…20ä
goods not deliveredÈΩ
DR-000026-1	DR-000026DR-000026-INV-001"CRED-003(≤ËÃ∫…20R}
INV-000026-001	›πCHFÈ"È0:Customer 000026B26 rue de la R√©publiqueB
69008 LyonJdr-000026@example.comΩ
DR-000036-1	DR-000036DR-000036-INV-001"CRED-012(‰ËÃ∫…20R}
INV-000036-001	˛∫EURÈ"È0:Customer 000036B36 rue de la R√©publiqueB
69009 LyonJdr-000036@example.com%
day-2025-01-24(ò∞à÷…20≤	
Èº
DR-000001-1	DR-000001DR-000001-INV-001"CRED-010(Ä†Ê„…20R|
INV-000001-001	ŒµEURÈ"È0:Customer 000001B1 rue de la R√©publiqueB
69001 LyonJdr-000001@example.comÀ
DR-000044-1	DR-000044DR-000044-INV-001"CRED-004(≤†Ê„…20Rä
INV-000044-001	ääEURÈ"È*
È≥30:Company 000044B44 rue de la R√©publiqueB
69008 LyonJdr-000044@example.comæ
DR-000110-1	DR-000110DR-000110-INV-001"CRED-011(‰†Ê„…20R~
INV-000110-001	ÌÂEURÈ"È0:Customer 000110B110 rue de la R√©publiqueB
69002 LyonJdr-000110@example.com%
day-2025-01-25(òË°ˇ…20≤	
Èª
DR-000056-1	DR-000056DR-000056-INV-001"CRED-011(Äÿˇå 20R{
INV-000056-001ãkEURÈ"È0:Company 000056B56 rue de la R√©publiqueB
69002 LyonJdr-000056@example.comº
DR-000084-1	DR-000084DR-000084-INV-001"CRED-012(≤ÿˇå 20R|
INV-000084-001∞1EURÈ"È0:Customer 000084B84 rue de la R√©publiqueB
69003 LyonJdr-000084@example.comΩ
DR-000102-1	DR-000102DR-000102-INV-001"CRED-011(‰ÿˇå 20R}
INV-000102-001	Ê˝"EURÈ"È0:Company 000102B102 rue de la R√©publiqueB
69003 LyonJdr-000102@example.com%
day-2025-01-26(ò†ª® 20≤	
Èº
DR-000058-1	DR-000058DR-000058-INV-001"CRED-001(Äêô∂ 20R|
INV-000058-001	ùÚEURÈ"È0:Company 000058B58 rue de la R√©publiqueB
69004 LyonJdr-000058@example.comº
DR-000065-1	DR-000065DR-000065-INV-001"CRED-009(≤êô∂ 20R|
INV-000065-001	∫óEURÈ"È0:Company 000065B65 rue de la R√©publiqueB
69002 LyonJdr-000065@example.comΩ
DR-000105-1	DR-000105DR-000105-INV-001"CRED-010(‰êô∂ 20R}
INV-000105-001	íÉsEURÈ"È0:Company 000105B105 rue de la R√©publiqueB
69006 LyonJdr-000105@example.comg
DR-000131-2	DR-000131DR-000131-INV-001"CRED-003(ñëô∂ 20Z'
DR-000131-PAY-1	‘ﬁTEURÈ %
day-2025-01-27(òÿ‘— 20≤	
Èº
DR-000096-1	DR-000096DR-000096-INV-001"CRED-001(Ä»≤ﬂ 20R|
INV-000096-001	Ù¿;EURÈ"È0:Company 000096B96 rue de la R√©publiqueB
69006 LyonJdr-000096@example.com%
day-2025-01-28(òêÓ˙ 20≤	
ÈΩ
DR-000052-1	DR-000052DR-000052-INV-001"CRED-002(ÄÄÃàÀ20R}
INV-000052-001	ï‘EURÈ"È0:Customer 000052B52 rue de la R√©publiqueB
69007 LyonJdr-000052@example.comÀ
DR-000095-1	DR-000095DR-000095-INV-001"CRED-004(≤ÄÃàÀ20Rä
INV-000095-001	‹¿EURÈ"È*
ÈƒK0:Company 000095B95 rue de la R√©publiqueB
69005 LyonJdr-000095@example.com%
day-2025-01-29(ò»á§À20≤	
ÈΩ
DR-000034-1	DR-000034DR-000034-INV-001"CRED-012(Ä∏Â±À20R}
INV-000034-001	ÀªEURÈ"È0:Customer 000034B34 rue de la R√©publiqueB
69007 LyonJdr-000034@example.comº
DR-000061-1	DR-000061DR-000061-INV-001"CRED-005(≤∏Â±À20R|
INV-000061-001	˛Ò8EURÈ"È0:Company 000061B61 rue de la R√©publiqueB
69007 LyonJdr-000061@example.comΩ
DR-000112-1	DR-000112DR-000112-INV-001"CRED-012(‰∏Â±À20R}
INV-000112-001°~EURÈ"È0:Customer 000112B112 rue de la R√©publiqueB
69004 LyonJdr-000112@example.com%
day-2025-01-30(òÄ°ÕÀ20≤	
Èª
DR-000016-1	DR-000016DR-000016-INV-001"CRED-010(Ä˛⁄À20R{
INV-000016-001»QEURÈ"È0:Company 000016B16 rue de la R√©publiqueB
69007 LyonJdr-000016@example.com^
DR-000098-2	DR-000098DR-000098-INV-001"CRED-009(≤˛⁄À20rÈ"courtesy-reminderΩ
DR-000122-1	DR-000122DR-000122-INV-001"CRED-011(‰˛⁄À20R}
INV-000122-001	ö„EURÈ"È0:Company 000122B122 rue de la R√©publiqueB
69005 LyonJdr-000122@example.com%
day-2025-01-31(ò∏∫ˆÀ20≤	
ÈΩ
DR-000017-1	DR-000017DR-000017-INV-001"CRED-001(Ä®òÑÃ20R}
INV-000017-001	óîEURÈ"È0:Customer 000017B17 rue de la R√©publiqueB
69008 LyonJdr-000017@example.comΩ
DR-000035-1	DR-000035DR-000035-INV-001"CRED-006(≤®òÑÃ20R}
INV-000035-001	ìõEURÈ"È0:Customer 000035B35 rue de la R√©publiqueB
69008 LyonJdr-000035@example.comg
DR-000094-2	DR-000094DR-000094-INV-001"CRED-010(‰®òÑÃ20Z'
DR-000094-PAY-1	ã›EURÈ Ω
DR-000111-1	DR-000111DR-000111-INV-001"CRED-005(ñ©òÑÃ20R}
INV-000111-001	«‚3EURÈ"È0:Company 000111B111 rue de la R√©publiqueB
69003 LyonJdr-000111@example.com%
day-2025-02-01(ò”üÃ20≤	
È 
DR-000002-1	DR-000002DR-000002-INV-001"CRED-007(Ä‡±≠Ã20Râ
INV-000002-001	Ò¨
EURÈ"È*
Èø0:Company 000002B2 rue de la R√©publiqueB
69002 LyonJdr-000002@example.comL
DR-000019-3	DR-000019DR-000019-INV-001"CRED-007(≤‡±≠Ã20íÈº
DR-000029-1	DR-000029DR-000029-INV-001"CRED-012(‰‡±≠Ã20R|
INV-000029-001	«ç(EURÈ"È0:Company 000029B29 rue de la R√©publiqueB
69002 LyonJdr-000029@example.comΩ
DR-000119-1	DR-000119DR-000119-INV-001"CRED-009(ñ·±≠Ã20R}
INV-000119-001	æïtEURÈ"È0:Company 000119B119 rue de la R√©publiqueB
69002 LyonJdr-000119@example.com%
day-2025-02-02(ò®Ì»Ã20≤	
Èº
DR-000039-1	DR-000039DR-000039-INV-001"CRED-010(ÄòÀ÷Ã20R|
INV-000039-001‡EEURÈ"È0:Customer 000039B39 rue de la R√©publiqueB
69003 LyonJdr-000039@example.comº
DR-000045-1	DR-000045DR-000045-INV-001"CRED-003(≤òÀ÷Ã20R|
INV-000045-001	ë¡EURÈ"È0:Company 000045B45 rue de la R√©publiqueB
69009 LyonJdr-000045@example.comq
DR-000048-2	DR-000048DR-000048-INV-001"CRED-005(‰òÀ÷Ã20ä0
billing error on some linesâEURÈg
DR-000125-2	DR-000125DR-000125-INV-001"CRED-007(ñôÀ÷Ã20Z'
DR-000125-PAY-1	ßºEURÈ %
day-2025-02-03(ò‡ÜÚÃ20≤	
ÈL
DR-000007-3	DR-000007DR-000007-INV-001"CRED-005(Ä–‰ˇÃ20íÈº
DR-000021-1	DR-000021DR-000021-INV-001"CRED-009(≤–‰ˇÃ20R|
INV-000021-001	∏∆AEURÈ"È0:Company 000021B21 rue de la R√©publiqueB
69003 LyonJdr-000021@example.comº
DR-000022-1	DR-000022DR-000022-INV-001"CRED-006(‰–‰ˇÃ20R|
INV-000022-001	üÓEURÈ"È0:Company 000022B22 rue de la R√©publiqueB
69004 LyonJdr-000022@example.comº
DR-000091-2	DR-000091DR-000091-INV-002"CRED-010(ñ—‰ˇÃ20R|
INV-000091-002	ˆÅ.USDÈ"È0:Company 000091B91 rue de la R√©publiqueB
69001 LyonJdr-000091@example.com%
day-2025-02-04(òò†õÕ20≤	
È^
DR-000018-2	DR-000018DR-000018-INV-001"CRED-005(Äà˛®Õ20rÈ"courtesy-reminderº
DR-000024-1	DR-000024DR-000024-INV-001"CRED-002(≤à˛®Õ20R|
INV-000024-001	ÛÁ4USDÈ"È0:Company 000024B24 rue de la R√©publiqueB
69006 LyonJdr-000024@example.comÃ
DR-000049-1	DR-000049DR-000049-INV-001"CRED-006(‰à˛®Õ20Rã
INV-000049-001	å≠]EURÈ"È*
È˝Ó0:Company 000049B49 rue de la R√©publiqueB
69004 LyonJdr-000049@example.comº
DR-000083-1	DR-000083DR-000083-INV-001"CRED-012(ñâ˛®Õ20R|
INV-000083-001	ß≤&USDÈ"È0:Company 000083B83 rue de la R√©publiqueB
69002 LyonJdr-000083@example.comæ
DR-000123-1	DR-000123DR-000123-INV-001"CRED-001(»â˛®Õ20R~
INV-000123-001	¿∞EURÈ"È0:Customer 000123B123 rue de la R√©publiqueB
69006 LyonJdr-000123@example.comæ
DR-000145-1	DR-000145DR-000145-INV-001"CRED-012(˙â˛®Õ20R~
INV-000145-001	˝πEURÈ"È0:Customer 000145B145 rue de la R√©publiqueB
69001 LyonJdr-000145@example.comΩ
DR-000147-2	DR-000147DR-000147-INV-002"CRED-004(¨ä˛®Õ20R}
INV-000147-002	û–gEURÈ"È0:Company 000147B147 rue de la R√©publiqueB
69003 LyonJdr-000147@example.comΩ
DR-000148-1	DR-000148DR-000148-INV-001"CRED-005(ﬁä˛®Õ20R}
INV-000148-001	∏ªEURÈ"È0:Company 000148B148 rue de la R√©publiqueB
69004 LyonJdr-000148@example.com%
day-2025-02-05(ò–πƒÕ20≤	
Èg
DR-000079-2	DR-000079DR-000079-INV-001"CRED-011(Ä¿ó“Õ20Z'
DR-000079-PAY-1	¨ÉEURÈ Ω
DR-000087-1	DR-000087DR-000087-INV-001"CRED-004(≤¿ó“Õ20R}
INV-000087-001
èè˛EURÈ"È0:Company 000087B87 rue de la R√©publiqueB
69006 LyonJdr-000087@example.com^
DR-000088-2	DR-000088DR-000088-INV-001"CRED-010(‰¿ó“Õ20rÈ"courtesy-reminderº
DR-000093-1	DR-000093DR-000093-INV-001"CRED-007(ñ¡ó“Õ20R|
INV-000093-001	’–EURÈ"È0:Company 000093B93 rue de la R√©publiqueB
69003 LyonJdr-000093@example.comT
DR-000139-2	DR-000139"CRED-006(»¡ó“Õ20Z'
DR-000139-PAY-1	ô EURÈ %
day-2025-02-06(òà”ÌÕ20≤	
ÈΩ
DR-000081-1	DR-000081DR-000081-INV-001"CRED-012(Ä¯∞˚Õ20R}
INV-000081-001
°æ¢EURÈ"È	0:Company 000081B81 rue de la R√©publiqueB
69009 LyonJdr-000081@example.comÃ
DR-000108-1	DR-000108DR-000108-INV-001"CRED-007(≤¯∞˚Õ20Rã
INV-000108-001	ﬂ—EURÈ"È*
È∑0:Company 000108B108 rue de la R√©publiqueB
69009 LyonJdr-000108@example.com%
day-2025-02-07(ò¿ÏñŒ20≤	
Èg
DR-000053-2	DR-000053DR-000053-INV-001"CRED-008(Ä∞ §Œ20Z'
DR-000053-PAY-1	ë±EURÈ Ω
DR-000127-1	DR-000127DR-000127-INV-001"CRED-010(≤∞ §Œ20R}
INV-000127-001	ö£AEURÈ"È	0:Company 000127B127 rue de la R√©publiqueB
69001 LyonJdr-000127@example.com^
DR-000146-2	DR-000146DR-000146-INV-001"CRED-011(‰∞ §Œ20rÈ"courtesy-reminder%
day-2025-02-08(ò¯Ö¿Œ20≤	
ÈΩ
DR-000043-1	DR-000043DR-000043-INV-001"CRED-007(ÄË„ÕŒ20R}
INV-000043-001	µÿEURÈ	"È0:Customer 000043B43 rue de la R√©publiqueB
69007 LyonJdr-000043@example.com^
DR-000117-2	DR-000117DR-000117-INV-001"CRED-007(≤Ë„ÕŒ20rÈ	"courtesy-reminder%
day-2025-02-09(ò∞üÈŒ20≤	
È	^
DR-000025-2	DR-000025DR-000025-INV-001"CRED-009(Ä†˝ˆŒ20rÈ
"courtesy-reminderd
DR-000035-2	DR-000035DR-000035-INV-001"CRED-006(≤†˝ˆŒ20j$
DR-000035-CN-2	˜úEURÈ
_
DR-000037-2	DR-000037DR-000037-INV-001"CRED-004(‰†˝ˆŒ20rÈ
"reminder-1-emailΩ
DR-000054-1	DR-000054DR-000054-INV-001"CRED-012(ñ°˝ˆŒ20R}
INV-000054-001	πøEURÈ
"È0:Customer 000054B54 rue de la R√©publiqueB
69009 LyonJdr-000054@example.com_
DR-000098-3	DR-000098DR-000098-INV-001"CRED-009(»°˝ˆŒ20rÈ
"reminder-1-emailg
DR-000130-2	DR-000130DR-000130-INV-001"CRED-008(˙°˝ˆŒ20Z'
DR-000130-PAY-1	√™CHFÈ
 g
DR-000147-3	DR-000147DR-000147-INV-001"CRED-004(¨¢˝ˆŒ20Z'
DR-000147-PAY-1	‚›EURÈ
 %
day-2025-02-10(òË∏íœ20≤	
È
º
DR-000006-1	DR-000006DR-000006-INV-001"CRED-002(Äÿñ†œ20R|
INV-000006-001	∞˛EURÈ"È0:Customer 000006B6 rue de la R√©publiqueB
69006 LyonJdr-000006@example.comd
DR-000021-2	DR-000021DR-000021-INV-001"CRED-009(≤ÿñ†œ20j$
DR-000021-CN-2	˘öEURÈº
DR-000062-1	DR-000062DR-000062-INV-001"CRED-010(‰ÿñ†œ20R|
INV-000062-001ÊQEURÈ"È0:Customer 000062B62 rue de la R√©publiqueB
69008 LyonJdr-000062@example.comΩ
DR-000106-1	DR-000106DR-000106-INV-001"CRED-010(ñŸñ†œ20R}
INV-000106-001	˙ EURÈ"È0:Company 000106B106 rue de la R√©publiqueB
69007 LyonJdr-000106@example.comΩ
DR-000109-1	DR-000109DR-000109-INV-001"CRED-011(»Ÿñ†œ20R}
INV-000109-001©GEURÈ"È0:Customer 000109B109 rue de la R√©publiqueB
69001 LyonJdr-000109@example.com_
DR-000135-2	DR-000135DR-000135-INV-001"CRED-003(˙Ÿñ†œ20rÈ"reminder-1-email%
day-2025-02-11(ò†“ªœ20≤	
Èc
DR-000019-4	DR-000019DR-000019-INV-001"CRED-007(Äê∞…œ20j#
DR-000019-CN-4¡FUSDÈΩ
DR-000082-1	DR-000082DR-000082-INV-001"CRED-002(≤ê∞…œ20R}
INV-000082-001	ÈîEURÈ"È0:Customer 000082B82 rue de la R√©publiqueB
69001 LyonJdr-000082@example.comf
DR-000098-4	DR-000098DR-000098-INV-001"CRED-009(‰ê∞…œ20Z&
DR-000098-PAY-1ßEURÈ Ω
DR-000136-1	DR-000136DR-000136-INV-001"CRED-009(ñë∞…œ20R}
INV-000136-001Ä3USDÈ"È0:Customer 000136B136 rue de la R√©publiqueB
69001 LyonJdr-000136@example.com%
day-2025-02-12(òÿÎ‰œ20≤	
È%
day-2025-02-13(òêÖé–20≤	
È^
DR-000005-2	DR-000005DR-000005-INV-001"CRED-007(ÄÄ„õ–20rÈ"courtesy-reminderº
DR-000009-1	DR-000009DR-000009-INV-001"CRED-005(≤Ä„õ–20R|
INV-000009-001	ôÍEURÈ"È0:Customer 000009B9 rue de la R√©publiqueB
69009 LyonJdr-000009@example.comΩ
DR-000033-1	DR-000033DR-000033-INV-001"CRED-007(‰Ä„õ–20R}
INV-000033-001	Ä‘EURÈ"È0:Customer 000033B33 rue de la R√©publiqueB
69006 LyonJdr-000033@example.comÃ
DR-000057-2	DR-000057DR-000057-INV-002"CRED-001(ñÅ„õ–20Rã
INV-000057-002	ÚÁWCHFÈ"È*
ÈÊ‡0:Company 000057B57 rue de la R√©publiqueB
69003 LyonJdr-000057@example.com^
DR-000060-2	DR-000060DR-000060-INV-001"CRED-008(»Å„õ–20rÈ"courtesy-reminderΩ
DR-000068-1	DR-000068DR-000068-INV-001"CRED-008(˙Å„õ–20R}
INV-000068-001	ΩãEURÈ"È0:Customer 000068B68 rue de la R√©publiqueB
69005 LyonJdr-000068@example.comq
DR-000074-2	DR-000074DR-000074-INV-001"CRED-001(¨Ç„õ–20ä0
billing error on some lines”VEURÈΩ
DR-000076-1	DR-000076DR-000076-INV-001"CRED-001(ﬁÇ„õ–20R}
INV-000076-001	·¬EURÈ"È0:Customer 000076B76 rue de la R√©publiqueB
69004 LyonJdr-000076@example.comf
DR-000088-3	DR-000088DR-000088-INV-001"CRED-010(êÉ„õ–20Z&
DR-000088-PAY-1Ÿ5EURÈ h
DR-000116-2	DR-000116DR-000116-INV-001"CRED-001(¬É„õ–20Z(
DR-000116-PAY-1
Àñ°EURÈ Ω
DR-000149-1	DR-000149DR-000149-INV-001"CRED-011(ÙÉ„õ–20R}
INV-000149-001æNEURÈ"È0:Customer 000149B149 rue de la R√©publiqueB
69005 LyonJdr-000149@example.com%
day-2025-02-14(ò»û∑–20≤	
Èg
DR-000005-3	DR-000005DR-000005-INV-001"CRED-007(Ä∏¸ƒ–20Z'
DR-000005-PAY-1	Æ∫EURÈ Ω
DR-000011-1	DR-000011DR-000011-INV-001"CRED-001(≤∏¸ƒ–20R}
INV-000011-001	éòEURÈ"È0:Customer 000011B11 rue de la R√©publiqueB
69002 LyonJdr-000011@example.com_
DR-000015-2	DR-000015DR-000015-INV-001"CRED-005(‰∏¸ƒ–20rÈ"reminder-1-email_
DR-000018-3	DR-000018DR-000018-INV-001"CRED-005(ñπ¸ƒ–20rÈ"reminder-1-email_
DR-000037-3	DR-000037DR-000037-INV-001"CRED-004(»π¸ƒ–20ä
goods not deliveredÈΩ
DR-000060-3	DR-000060DR-000060-INV-002"CRED-008(˙π¸ƒ–20R}
INV-000060-002	˝Ü
EURÈ"È0:Customer 000060B60 rue de la R√©publiqueB
69006 LyonJdr-000060@example.comg
DR-000092-2	DR-000092DR-000092-INV-001"CRED-010(¨∫¸ƒ–20Z'
DR-000092-PAY-1	Í´EURÈ Ω
DR-000100-1	DR-000100DR-000100-INV-001"CRED-008(ﬁ∫¸ƒ–20R}
INV-000100-001	≤ÂGBPÈ"È0:Company 000100B100 rue de la R√©publiqueB
69001 LyonJdr-000100@example.com_
DR-000140-2	DR-000140DR-000140-INV-001"CRED-002(êª¸ƒ–20rÈ"reminder-1-email%
day-2025-02-15(òÄ∏‡–20≤	
Èº
DR-000014-1	DR-000014DR-000014-INV-001"CRED-006(ÄïÓ–20R|
INV-000014-001	˘ı\EURÈ"È0:Company 000014B14 rue de la R√©publiqueB
69005 LyonJdr-000014@example.com_
DR-000019-5	DR-000019DR-000019-INV-001"CRED-007(≤ïÓ–20rÈ"reminder-1-emailg
DR-000035-3	DR-000035DR-000035-INV-001"CRED-006(‰ïÓ–20Z'
DR-000035-PAY-1	ú˛EURÈ ^
DR-000086-2	DR-000086DR-000086-INV-001"CRED-010(ñÒïÓ–20rÈ"courtesy-reminderg
DR-000121-2	DR-000121DR-000121-INV-001"CRED-008(»ÒïÓ–20Z'
DR-000121-PAY-1	≥ØEURÈ Ω
DR-000128-1	DR-000128DR-000128-INV-001"CRED-002(˙ÒïÓ–20R}
INV-000128-001	Ç©4EURÈ"È0:Company 000128B128 rue de la R√©publiqueB
69002 LyonJdr-000128@example.com%
day-2025-02-16(ò∏—â—20≤	
Èº
DR-000072-2	DR-000072DR-000072-INV-002"CRED-005(Ä®Øó—20R|
INV-000072-002	ºÃEURÈ"È0:Company 000072B72 rue de la R√©publiqueB
69009 LyonJdr-000072@example.com^
DR-000091-3	DR-000091DR-000091-INV-001"CRED-010(≤®Øó—20rÈ"courtesy-reminderh
DR-000091-4	DR-000091DR-000091-INV-001"CRED-010(‰®Øó—20Z(
DR-000091-PAY-1
ÏëàUSDÈ Ω
DR-000097-1	DR-000097DR-000097-INV-001"CRED-011(ñ©Øó—20R}
INV-000097-001	æØEURÈ"È0:Customer 000097B97 rue de la R√©publiqueB
69007 LyonJdr-000097@example.com_
DR-000098-5	DR-000098DR-000098-INV-001"CRED-009(»©Øó—20rÈ"reminder-2-phoneg
DR-000104-2	DR-000104DR-000104-INV-001"CRED-003(˙©Øó—20Z'
DR-000104-PAY-1	Æ‰EURÈ º
DR-000131-3	DR-000131DR-000131-INV-002"CRED-003(¨™Øó—20R|
INV-000131-002ç'EURÈ"È0:Company 000131B131 rue de la R√©publiqueB
69005 LyonJdr-000131@example.com^
DR-000138-2	DR-000138DR-000138-INV-001"CRED-010(ﬁ™Øó—20rÈ"courtesy-reminderΩ
DR-000144-1	DR-000144DR-000144-INV-001"CRED-007(ê´Øó—20R}
INV-000144-001	‡Ç3EURÈ"È0:Company 000144B144 rue de la R√©publiqueB
69009 LyonJdr-000144@example.com%
day-2025-02-17(òÍ≤—20≤	
Èª
DR-000003-1	DR-000003DR-000003-INV-001"CRED-005(Ä‡»¿—20R{
INV-000003-001	Ú≥EURÈ"È0:Company 000003B3 rue de la R√©publiqueB
69003 LyonJdr-000003@example.comΩ
DR-000038-1	DR-000038DR-000038-INV-001"CRED-012(≤‡»¿—20R}
INV-000038-001
ÎëEURÈ"È0:Company 000038B38 rue de la R√©publiqueB
69002 LyonJdr-000038@example.comh
DR-000066-2	DR-000066DR-000066-INV-001"CRED-007(‰‡»¿—20Z(
DR-000066-PAY-1
„‡◊EURÈ _
DR-000067-2	DR-000067DR-000067-INV-001"CRED-002(ñ·»¿—20rÈ"reminder-1-emailº
DR-000078-1	DR-000078DR-000078-INV-001"CRED-004(»·»¿—20R|
INV-000078-001	Ï∞USDÈ"È0:Company 000078B78 rue de la R√©publiqueB
69006 LyonJdr-000078@example.comΩ
DR-000118-1	DR-000118DR-000118-INV-001"CRED-002(˙·»¿—20R}
INV-000118-001	â˜1EURÈ"È0:Company 000118B118 rue de la R√©publiqueB
69001 LyonJdr-000118@example.com_
DR-000135-3	DR-000135DR-000135-INV-001"CRED-003(¨‚»¿—20rÈ"reminder-2-phoneh
DR-000138-3	DR-000138DR-000138-INV-001"CRED-010(ﬁ‚»¿—20Z(
DR-000138-PAY-1
Ω€ØEURÈ _
DR-000146-3	DR-000146DR-000146-INV-001"CRED-011(ê„»¿—20rÈ"reminder-1-email%
day-2025-02-18(ò®Ñ‹—20≤	
Èg
DR-000019-6	DR-000019DR-000019-INV-001"CRED-007(Äò‚È—20Z'
DR-000019-PAY-1	—˙USDÈ _
DR-000027-2	DR-000027DR-000027-INV-001"CRED-009(≤ò‚È—20rÈ"reminder-1-email_
DR-000090-2	DR-000090DR-000090-INV-001"CRED-009(‰ò‚È—20rÈ"reminder-1-emailΩ
DR-000113-2	DR-000113DR-000113-INV-002"CRED-006(ñô‚È—20R}
INV-000113-002	Ê±EURÈ"È0:Company 000113B113 rue de la R√©publiqueB
69005 LyonJdr-000113@example.com_
DR-000117-3	DR-000117DR-000117-INV-001"CRED-007(»ô‚È—20rÈ"reminder-1-emailΩ
DR-000150-2	DR-000150DR-000150-INV-002"CRED-004(˙ô‚È—20R}
INV-000150-002	∑*EURÈ"È0:Company 000150B150 rue de la R√©publiqueB
69006 LyonJdr-000150@example.com%
day-2025-02-19(ò‡ùÖ“20≤	
ÈI
DR-000005-4	DR-000005"CRED-007(Ä–˚í“20b
DR-000005-PAY-1È_
DR-000025-3	DR-000025DR-000025-INV-001"CRED-009(≤–˚í“20rÈ"reminder-1-email^
DR-000036-2	DR-000036DR-000036-INV-001"CRED-012(‰–˚í“20rÈ"courtesy-reminder_
DR-000063-2	DR-000063DR-000063-INV-001"CRED-011(ñ—˚í“20rÈ"reminder-1-emailÀ
DR-000070-1	DR-000070DR-000070-INV-001"CRED-002(»—˚í“20Rä
INV-000070-001	öﬁEURÈ"È*
È∏0:Company 000070B70 rue de la R√©publiqueB
69007 LyonJdr-000070@example.com_
DR-000071-2	DR-000071DR-000071-INV-001"CRED-002(˙—˚í“20rÈ"reminder-1-emailf
DR-000140-3	DR-000140DR-000140-INV-001"CRED-002(¨“˚í“20Z&
DR-000140-PAY-1⁄|GBPÈ g
DR-000142-2	DR-000142DR-000142-INV-001"CRED-012(ﬁ“˚í“20Z'
DR-000142-PAY-1	›ﬂEURÈ %
day-2025-02-20(òò∑Æ“20≤	
È^
DR-000001-2	DR-000001DR-000001-INV-001"CRED-010(Äàïº“20rÈ"courtesy-reminderg
DR-000021-3	DR-000021DR-000021-INV-001"CRED-009(≤àïº“20Z'
DR-000021-PAY-1	ø´:EURÈ Ω
DR-000042-1	DR-000042DR-000042-INV-001"CRED-011(‰àïº“20R}
INV-000042-001	‰√EURÈ"È0:Customer 000042B42 rue de la R√©publiqueB
69006 LyonJdr-000042@example.comº
DR-000055-1	DR-000055DR-000055-INV-001"CRED-004(ñâïº“20R|
INV-000055-001	ÿ„HEURÈ"È0:Company 000055B55 rue de la R√©publiqueB
69001 LyonJdr-000055@example.comg
DR-000090-3	DR-000090DR-000090-INV-001"CRED-009(»âïº“20Z'
DR-000090-PAY-1	àëEURÈ g
DR-000110-2	DR-000110DR-000110-INV-001"CRED-011(˙âïº“20Z'
DR-000110-PAY-1	ÌÂEURÈ Ω
DR-000126-1	DR-000126DR-000126-INV-001"CRED-001(¨äïº“20R}
INV-000126-001	û©	GBPÈ"È0:Company 000126B126 rue de la R√©publiqueB
69009 LyonJdr-000126@example.comΩ
DR-000143-1	DR-000143DR-000143-INV-001"CRED-004(ﬁäïº“20R}
INV-000143-001	’—USDÈ"È0:Company 000143B143 rue de la R√©publiqueB
69008 LyonJdr-000143@example.com%
day-2025-02-21(ò––◊“20≤	
È_
DR-000015-3	DR-000015DR-000015-INV-001"CRED-005(Ä¿ÆÂ“20rÈ"reminder-2-phone_
DR-000018-4	DR-000018DR-000018-INV-001"CRED-005(≤¿ÆÂ“20rÈ"reminder-2-phoneº
DR-000030-1	DR-000030DR-000030-INV-001"CRED-011(‰¿ÆÂ“20R|
INV-000030-001	ùŒEURÈ"È0:Company 000030B30 rue de la R√©publiqueB
69003 LyonJdr-000030@example.com_
DR-000064-2	DR-000064DR-000064-INV-001"CRED-007(ñ¡ÆÂ“20rÈ"reminder-1-emailf
DR-000084-2	DR-000084DR-000084-INV-001"CRED-012(»¡ÆÂ“20Z&
DR-000084-PAY-1∞1EURÈ W
DR-000101-3	DR-000101DR-000101-INV-001"CRED-004(˙¡ÆÂ“20í	 ùEURÈæ
DR-000121-3	DR-000121DR-000121-INV-002"CRED-008(¨¬ÆÂ“20R~
INV-000121-002
∞Á˜EURÈ"È0:Company 000121B121 rue de la R√©publiqueB
69004 LyonJdr-000121@example.com_
DR-000124-2	DR-000124DR-000124-INV-001"CRED-009(ﬁ¬ÆÂ“20rÈ"reminder-1-email%
day-2025-02-22(òàÍÄ”20≤	
È_
DR-000025-4	DR-000025DR-000025-INV-001"CRED-009(Ä¯«é”20ä
goods not deliveredÈæ
DR-000130-3	DR-000130DR-000130-INV-002"CRED-008(≤¯«é”20R~
INV-000130-002
∑™´CHFÈ"È	0:Company 000130B130 rue de la R√©publiqueB
69004 LyonJdr-000130@example.comg
DR-000132-2	DR-000132DR-000132-INV-001"CRED-011(‰¯«é”20Z'
DR-000132-PAY-1	ŸõEURÈ _
DR-000137-2	DR-000137DR-000137-INV-001"CRED-005(ñ˘«é”20rÈ"reminder-1-email%
day-2025-02-23(ò¿É™”20≤	
È_
DR-000005-5	DR-000005DR-000005-INV-001"CRED-007(Ä∞·∑”20rÈ"reminder-1-emailg
DR-000005-6	DR-000005DR-000005-INV-001"CRED-007(≤∞·∑”20Z'
DR-000005-PAY-2	Æ∫EURÈ º
DR-000046-1	DR-000046DR-000046-INV-001"CRED-010(‰∞·∑”20R|
INV-000046-001	ç∞USDÈ"È0:Company 000046B46 rue de la R√©publiqueB
69001 LyonJdr-000046@example.com_
DR-000060-4	DR-000060DR-000060-INV-001"CRED-008(ñ±·∑”20rÈ"reminder-1-emailº
DR-000073-1	DR-000073DR-000073-INV-001"CRED-003(»±·∑”20R|
INV-000073-001ÕaCHFÈ"È0:Customer 000073B73 rue de la R√©publiqueB
69001 LyonJdr-000073@example.com`
DR-000098-6	DR-000098DR-000098-INV-001"CRED-009(˙±·∑”20r È"reminder-3-letter^
DR-000129-2	DR-000129DR-000129-INV-001"CRED-009(¨≤·∑”20rÈ"courtesy-reminder%
day-2025-02-24(ò¯ú””20≤	
Èg
DR-000015-4	DR-000015DR-000015-INV-001"CRED-005(ÄË˙‡”20Z'
DR-000015-PAY-1	ΩÆEURÈ Ω
DR-000031-1	DR-000031DR-000031-INV-001"CRED-012(≤Ë˙‡”20R}
INV-000031-001
¿ãòEURÈ"È0:Company 000031B31 rue de la R√©publiqueB
69004 LyonJdr-000031@example.comΩ
DR-000059-1	DR-000059DR-000059-INV-001"CRED-001(‰Ë˙‡”20R}
INV-000059-001	ªãCHFÈ"È0:Customer 000059B59 rue de la R√©publiqueB
69005 LyonJdr-000059@example.com_
DR-000067-3	DR-000067DR-000067-INV-001"CRED-002(ñÈ˙‡”20rÈ"reminder-2-phoneº
DR-000069-1	DR-000069DR-000069-INV-001"CRED-006(»È˙‡”20R|
INV-000069-001	ﬁ§EURÈ"È0:Company 000069B69 rue de la R√©publiqueB
69006 LyonJdr-000069@example.comæ
DR-000120-1	DR-000120DR-000120-INV-001"CRED-004(˙È˙‡”20R~
INV-000120-001	◊ﬂEURÈ"È0:Customer 000120B120 rue de la R√©publiqueB
69003 LyonJdr-000120@example.com`
DR-000135-4	DR-000135DR-000135-INV-001"CRED-003(¨Í˙‡”20r È"reminder-3-letter_
DR-000146-4	DR-000146DR-000146-INV-001"CRED-011(ﬁÍ˙‡”20rÈ"reminder-2-phone%
day-2025-02-25(ò∞∂¸”20≤	
È_
DR-000027-3	DR-000027DR-000027-INV-001"CRED-009(Ä†îä‘20rÈ"reminder-2-phone^
DR-000034-2	DR-000034DR-000034-INV-001"CRED-012(≤†îä‘20rÈ"courtesy-reminderº
DR-000056-2	DR-000056DR-000056-INV-002"CRED-011(‰†îä‘20R|
INV-000056-002	˜úEURÈ"È0:Company 000056B56 rue de la R√©publiqueB
69002 LyonJdr-000056@example.comg
DR-000063-3	DR-000063DR-000063-INV-001"CRED-011(ñ°îä‘20Z'
DR-000063-PAY-1	õË)EURÈ g
DR-000067-4	DR-000067DR-000067-INV-001"CRED-002(»°îä‘20Z'
DR-000067-PAY-1	∂ÁEURÈ T
DR-000071-3	DR-000071"CRED-002(˙°îä‘20Z'
DR-000071-PAY-1	¬µtEURÈ _
DR-000077-2	DR-000077DR-000077-INV-001"CRED-005(¨¢îä‘20rÈ"reminder-1-email_
DR-000086-3	DR-000086DR-000086-INV-001"CRED-010(ﬁ¢îä‘20rÈ"reminder-1-emailÃ
DR-000105-2	DR-000105DR-000105-INV-002"CRED-010(ê£îä‘20Rã
INV-000105-002	≥ëEURÈ"È*
È–!0:Company 000105B105 rue de la R√©publiqueB
69006 LyonJdr-000105@example.comΩ
DR-000114-1	DR-000114DR-000114-INV-001"CRED-003(¬£îä‘20R}
INV-000114-001	∏ÂEURÈ"È0:Company 000114B114 rue de la R√©publiqueB
69006 LyonJdr-000114@example.com_
DR-000117-4	DR-000117DR-000117-INV-001"CRED-007(Ù£îä‘20rÈ"reminder-2-phone%
day-2025-02-26(òËœ•‘20≤	
Èº
DR-000023-1	DR-000023DR-000023-INV-001"CRED-012(Äÿ≠≥‘20R|
INV-000023-001	—˚EURÈ"È0:Company 000023B23 rue de la R√©publiqueB
69005 LyonJdr-000023@example.com^
DR-000041-2	DR-000041DR-000041-INV-001"CRED-004(≤ÿ≠≥‘20rÈ"courtesy-reminderL
DR-000048-3	DR-000048DR-000048-INV-001"CRED-005(‰ÿ≠≥‘20íÈ_
DR-000050-2	DR-000050DR-000050-INV-001"CRED-010(ñŸ≠≥‘20rÈ"reminder-1-emailæ
DR-000101-4	DR-000101DR-000101-INV-002"CRED-004(»Ÿ≠≥‘20R~
INV-000101-002
¿òóEURÈ"È0:Company 000101B101 rue de la R√©publiqueB
69002 LyonJdr-000101@example.comg
DR-000101-5	DR-000101DR-000101-INV-001"CRED-004(˙Ÿ≠≥‘20Z'
DR-000101-PAY-1	æ≈EURÈ _
DR-000133-2	DR-000133DR-000133-INV-001"CRED-001(¨⁄≠≥‘20rÈ"reminder-1-email%
day-2025-02-27(ò†ÈŒ‘20≤	
È_
DR-000048-4	DR-000048DR-000048-INV-001"CRED-005(Äê«‹‘20rÈ"reminder-1-email%
day-2025-02-28(òÿÇ¯‘20≤	
È`
DR-000018-5	DR-000018DR-000018-INV-001"CRED-005(Ä»‡Ö’20r È"reminder-3-letterº
DR-000032-1	DR-000032DR-000032-INV-001"CRED-012(≤»‡Ö’20R|
INV-000032-001≤PEURÈ"È0:Customer 000032B32 rue de la R√©publiqueB
69005 LyonJdr-000032@example.comΩ
DR-000051-1	DR-000051DR-000051-INV-001"CRED-011(‰»‡Ö’20R}
INV-000051-001	Ø•EURÈ"È0:Customer 000051B51 rue de la R√©publiqueB
69006 LyonJdr-000051@example.comd
DR-000056-3	DR-000056DR-000056-INV-002"CRED-011(ñ…‡Ö’20j$
DR-000056-CN-3	≈˜EURÈ_
DR-000064-3	DR-000064DR-000064-INV-001"CRED-007(»…‡Ö’20rÈ"reminder-2-phoneº
DR-000085-1	DR-000085DR-000085-INV-001"CRED-008(˙…‡Ö’20R|
INV-000085-001	÷◊EURÈ"È0:Company 000085B85 rue de la R√©publiqueB
69004 LyonJdr-000085@example.comf
DR-000112-2	DR-000112DR-000112-INV-001"CRED-012(¨ ‡Ö’20Z&
DR-000112-PAY-1°~EURÈ Ω
DR-000115-2	DR-000115DR-000115-INV-002"CRED-007(ﬁ ‡Ö’20R}
INV-000115-002	éÁ$USDÈ"È0:Company 000115B115 rue de la R√©publiqueB
69007 LyonJdr-000115@example.comg
DR-000115-3	DR-000115DR-000115-INV-001"CRED-007(êÀ‡Ö’20Z'
DR-000115-PAY-1	îÓ+USDÈ _
DR-000124-3	DR-000124DR-000124-INV-001"CRED-009(¬À‡Ö’20rÈ"reminder-2-phoneg
DR-000150-3	DR-000150DR-000150-INV-001"CRED-004(ÙÀ‡Ö’20Z'
DR-000150-PAY-1	Ï⁄EURÈ %
day-2025-03-01(òêú°’20≤	
Èª
DR-000004-1	DR-000004DR-000004-INV-001"CRED-009(ÄÄ˙Æ’20R{
INV-000004-001	≠“1EURÈ"È0:Company 000004B4 rue de la R√©publiqueB
69004 LyonJdr-000004@example.com_
DR-000026-2	DR-000026DR-000026-INV-001"CRED-003(≤Ä˙Æ’20rÈ"reminder-1-email_
DR-000036-3	DR-000036DR-000036-INV-001"CRED-012(‰Ä˙Æ’20rÈ"reminder-1-email^
DR-000039-2	DR-000039DR-000039-INV-001"CRED-010(ñÅ˙Æ’20rÈ"courtesy-reminderΩ
DR-000047-1	DR-000047DR-000047-INV-001"CRED-005(»Å˙Æ’20R}
INV-000047-001	„¬EURÈ"È0:Customer 000047B47 rue de la R√©publiqueB
69002 LyonJdr-000047@example.comº
DR-000099-1	DR-000099DR-000099-INV-001"CRED-009(˙Å˙Æ’20R|
INV-000099-001	ﬂ÷EURÈ"È0:Company 000099B99 rue de la R√©publiqueB
69009 LyonJdr-000099@example.comÃ
DR-000134-1	DR-000134DR-000134-INV-001"CRED-002(¨Ç˙Æ’20Rã
INV-000134-001	á–EURÈ"È*
È≥0:Company 000134B134 rue de la R√©publiqueB
69008 LyonJdr-000134@example.com_
DR-000137-3	DR-000137DR-000137-INV-001"CRED-005(ﬁÇ˙Æ’20rÈ"reminder-2-phoneæ
DR-000141-1	DR-000141DR-000141-INV-001"CRED-009(êÉ˙Æ’20R~
INV-000141-001	¶‚EURÈ"È0:Customer 000141B141 rue de la R√©publiqueB
69006 LyonJdr-000141@example.com%
day-2025-03-02(ò»µ ’20≤	
È_
DR-000001-3	DR-000001DR-000001-INV-001"CRED-010(Ä∏ìÿ’20rÈ"reminder-1-emailg
DR-000043-2	DR-000043DR-000043-INV-001"CRED-007(≤∏ìÿ’20Z'
DR-000043-PAY-1	µÿEURÈ Ω
DR-000049-2	DR-000049DR-000049-INV-002"CRED-005(‰∏ìÿ’20R}
INV-000049-002
’±ÑEURÈ"È0:Company 000049B49 rue de la R√©publiqueB
69004 LyonJdr-000049@example.comc
DR-000059-2	DR-000059DR-000059-INV-001"CRED-001(ñπìÿ’20j#
DR-000059-CN-2ö[CHFÈ_
DR-000060-5	DR-000060DR-000060-INV-001"CRED-008(»πìÿ’20rÈ"reminder-2-phone_
DR-000080-2	DR-000080DR-000080-INV-001"CRED-012(˙πìÿ’20ä
goods not deliveredÈf
DR-000098-7	DR-000098DR-000098-INV-001"CRED-009(¨∫ìÿ’20Z&
DR-000098-PAY-2ùEURÈ %
day-2025-03-03(òÄœÛ’20≤	
È^
DR-000024-2	DR-000024DR-000024-INV-001"CRED-002(Ä¨Å÷20rÈ"courtesy-reminderf
DR-000039-3	DR-000039DR-000039-INV-001"CRED-010(≤¨Å÷20Z&
DR-000039-PAY-1‡EEURÈ h
DR-000041-3	DR-000041DR-000041-INV-001"CRED-004(‰¨Å÷20Z(
DR-000041-PAY-1
„≠®EURÈ Ω
DR-000061-2	DR-000061DR-000061-INV-002"CRED-005(ñÒ¨Å÷20R}
INV-000061-002
‡˘ÇEURÈ"È0:Company 000061B61 rue de la R√©publiqueB
69007 LyonJdr-000061@example.com^
DR-000123-2	DR-000123DR-000123-INV-001"CRED-001(»Ò¨Å÷20rÈ"courtesy-reminder`
DR-000146-5	DR-000146DR-000146-INV-001"CRED-011(˙Ò¨Å÷20r È"reminder-3-letter%
day-2025-03-04(ò∏Ëú÷20≤	
È`
DR-000027-4	DR-000027DR-000027-INV-001"CRED-009(Ä®∆™÷20r È"reminder-3-letterg
DR-000034-3	DR-000034DR-000034-INV-001"CRED-012(≤®∆™÷20Z'
DR-000034-PAY-1	ÀªEURÈ g
DR-000040-2	DR-000040DR-000040-INV-001"CRED-003(‰®∆™÷20Z'
DR-000040-PAY-1	—ΩCHFÈ _
DR-000048-5	DR-000048DR-000048-INV-001"CRED-005(ñ©∆™÷20rÈ"reminder-2-phoneL
DR-000074-3	DR-000074DR-000074-INV-001"CRED-001(»©∆™÷20íÈ_
DR-000077-3	DR-000077DR-000077-INV-001"CRED-005(˙©∆™÷20rÈ"reminder-2-phone_
DR-000086-4	DR-000086DR-000086-INV-001"CRED-010(¨™∆™÷20rÈ"reminder-2-phonea
DR-000098-8	DR-000098DR-000098-INV-001"CRED-009(ﬁ™∆™÷20r!È"reminder-4-warningΩ
DR-000108-2	DR-000108DR-000108-INV-002"CRED-007(ê´∆™÷20R}
INV-000108-002	˜µ?EURÈ"È0:Company 000108B108 rue de la R√©publiqueB
69009 LyonJdr-000108@example.com`
DR-000117-5	DR-000117DR-000117-INV-001"CRED-007(¬´∆™÷20r È"reminder-3-letterg
DR-000148-2	DR-000148DR-000148-INV-001"CRED-005(Ù´∆™÷20Z'
DR-000148-PAY-1	∏ªEURÈ %
day-2025-03-05(òÅ∆÷20≤	
È^
DR-000028-2	DR-000028DR-000028-INV-001"CRED-006(Ä‡ﬂ”÷20rÈ"courtesy-reminder_
DR-000050-3	DR-000050DR-000050-INV-001"CRED-010(≤‡ﬂ”÷20rÈ"reminder-2-phoneΩ
DR-000074-4	DR-000074DR-000074-INV-002"CRED-001(‰‡ﬂ”÷20R}
INV-000074-002	™õEURÈ"È0:Customer 000074B74 rue de la R√©publiqueB
69002 LyonJdr-000074@example.com_
DR-000074-5	DR-000074DR-000074-INV-001"CRED-001(ñ·ﬂ”÷20rÈ"reminder-1-emailº
DR-000075-4	DR-000075DR-000075-INV-002"CRED-010(»·ﬂ”÷20R|
INV-000075-002	¸Ú0EURÈ"È0:Company 000075B75 rue de la R√©publiqueB
69003 LyonJdr-000075@example.com_
DR-000129-3	DR-000129DR-000129-INV-001"CRED-009(˙·ﬂ”÷20rÈ"reminder-1-email_
DR-000133-3	DR-000133DR-000133-INV-001"CRED-001(¨‚ﬂ”÷20rÈ"reminder-2-phone^
DR-000133-4	DR-000133DR-000133-INV-001"CRED-001(ﬁ‚ﬂ”÷20z

˚∆°CHFÈÈa
DR-000135-5	DR-000135DR-000135-INV-001"CRED-003(ê„ﬂ”÷20r!È"reminder-4-warning%
day-2025-03-06(ò®õÔ÷20≤	
Èg
DR-000020-2	DR-000020DR-000020-INV-001"CRED-002(Äò˘¸÷20Z'
DR-000020-PAY-1	á+EURÈ _
DR-000052-2	DR-000052DR-000052-INV-001"CRED-002(≤ò˘¸÷20rÈ"reminder-1-emailg
DR-000056-4	DR-000056DR-000056-INV-002"CRED-011(‰ò˘¸÷20Z'
DR-000056-PAY-1	≤•EURÈ û
DR-000060-6	DR-000060DR-000060-INV-001"CRED-008(ñô˘¸÷20Ç]
DR-000060-PLAN-6È
È	ŸÓEUR
È	ŸÓEUR
È	ŸÓEURh
DR-000081-2	DR-000081DR-000081-INV-001"CRED-012(»ô˘¸÷20Z(
DR-000081-PAY-1
°æ¢EURÈ %
day-2025-03-07(ò‡¥ò◊20≤	
Èf
DR-000013-2	DR-000013DR-000013-INV-001"CRED-004(Ä–í¶◊20Z&
DR-000013-PAY-1¿yEURÈ º
DR-000021-4	DR-000021DR-000021-INV-002"CRED-009(≤–í¶◊20R|
INV-000021-002	ÙíEURÈ"È0:Company 000021B21 rue de la R√©publiqueB
69003 LyonJdr-000021@example.comc
DR-000023-2	DR-000023DR-000023-INV-001"CRED-012(‰–í¶◊20j#
DR-000023-CN-2Î7EURÈº
DR-000028-3	DR-000028DR-000028-INV-002"CRED-012(ñ—í¶◊20R|
INV-000028-002	áßGBPÈ"È0:Company 000028B28 rue de la R√©publiqueB
69001 LyonJdr-000028@example.com`
DR-000064-4	DR-000064DR-000064-INV-001"CRED-007(»—í¶◊20r È"reminder-3-letter_
DR-000107-2	DR-000107DR-000107-INV-001"CRED-005(˙—í¶◊20rÈ"reminder-1-email`
DR-000124-4	DR-000124DR-000124-INV-001"CRED-009(¨“í¶◊20r È"reminder-3-letter%
day-2025-03-08(òòŒ¡◊20≤	
È_
DR-000026-3	DR-000026DR-000026-INV-001"CRED-003(Äà¨œ◊20rÈ	"reminder-2-phone_
DR-000036-4	DR-000036DR-000036-INV-001"CRED-012(≤à¨œ◊20rÈ	"reminder-2-phoneΩ
DR-000064-5	DR-000064DR-000064-INV-002"CRED-006(‰à¨œ◊20R}
INV-000064-002
ï◊ÚEURÈ	"È0:Company 000064B64 rue de la R√©publiqueB
69001 LyonJdr-000064@example.com`
DR-000137-4	DR-000137DR-000137-INV-001"CRED-005(ñâ¨œ◊20r È	"reminder-3-letter%
day-2025-03-09(ò–ÁÍ◊20≤	
È	_
DR-000001-4	DR-000001DR-000001-INV-001"CRED-010(Ä¿≈¯◊20rÈ
"reminder-2-phoneg
DR-000003-2	DR-000003DR-000003-INV-001"CRED-005(≤¿≈¯◊20Z'
DR-000003-PAY-1	 ∏EURÈ
 _
DR-000008-2	DR-000008DR-000008-INV-001"CRED-008(‰¿≈¯◊20rÈ
"reminder-1-email_
DR-000017-2	DR-000017DR-000017-INV-001"CRED-001(ñ¡≈¯◊20rÈ
"reminder-1-emaila
DR-000018-6	DR-000018DR-000018-INV-001"CRED-005(»¡≈¯◊20r!È
"reminder-4-warningº
DR-000027-5	DR-000027DR-000027-INV-002"CRED-009(˙¡≈¯◊20R|
INV-000027-002¶;EURÈ
"È	0:Customer 000027B27 rue de la R√©publiqueB
69009 LyonJdr-000027@example.com_
DR-000074-6	DR-000074DR-000074-INV-002"CRED-001(¨¬≈¯◊20ä
goods not deliveredÈ
_
DR-000001-4	DR-000001DR-000001-INV-001"CRED-010(Ä¿≈¯◊20rÈ
"reminder-2-phone%
day-2025-03-10(òàÅîÿ20≤	
È
_
DR-000074-7	DR-000074DR-000074-INV-001"CRED-001(Ä¯ﬁ°ÿ20rÈ"reminder-2-phone^
DR-000082-2	DR-000082DR-000082-INV-001"CRED-002(≤¯ﬁ°ÿ20rÈ"courtesy-reminderh
DR-000089-2	DR-000089DR-000089-INV-001"CRED-008(‰¯ﬁ°ÿ20Z(
DR-000089-PAY-1
Î•˛EURÈ %
day-2025-03-11(ò¿öΩÿ20≤	
ÈI
DR-000020-3	DR-000020"CRED-002(Ä∞¯ ÿ20b
DR-000020-PAY-1Èg
DR-000029-2	DR-000029DR-000029-INV-001"CRED-012(≤∞¯ ÿ20Z'
DR-000029-PAY-1	«ç(EURÈ `
DR-000048-6	DR-000048DR-000048-INV-001"CRED-005(‰∞¯ ÿ20r È"reminder-3-letterΩ
DR-000053-3	DR-000053DR-000053-INV-002"CRED-009(ñ±¯ ÿ20R}
INV-000053-002	Ë¡EURÈ"È0:Customer 000053B53 rue de la R√©publiqueB
69008 LyonJdr-000053@example.com`
DR-000077-4	DR-000077DR-000077-INV-001"CRED-005(»±¯ ÿ20r È"reminder-3-letter`
DR-000086-5	DR-000086DR-000086-INV-001"CRED-010(˙±¯ ÿ20r È"reminder-3-letterg
DR-000135-6	DR-000135DR-000135-INV-001"CRED-003(¨≤¯ ÿ20Z'
DR-000135-PAY-1	ŸõUSDÈ %
day-2025-03-12(ò¯≥Êÿ20≤	
È_
DR-000020-4	DR-000020DR-000020-INV-001"CRED-002(ÄËëÙÿ20rÈ"reminder-1-email_
DR-000022-2	DR-000022DR-000022-INV-001"CRED-006(≤ËëÙÿ20rÈ"reminder-1-email`
DR-000050-4	DR-000050DR-000050-INV-001"CRED-010(‰ËëÙÿ20r È"reminder-3-letter^
DR-000061-3	DR-000061DR-000061-INV-001"CRED-005(ñÈëÙÿ20rÈ"courtesy-reminderg
DR-000111-2	DR-000111DR-000111-INV-001"CRED-005(»ÈëÙÿ20Z'
DR-000111-PAY-1	«‚3EURÈ _
DR-000129-4	DR-000129DR-000129-INV-001"CRED-009(˙ÈëÙÿ20rÈ"reminder-2-phonea
DR-000146-6	DR-000146DR-000146-INV-001"CRED-011(¨ÍëÙÿ20r!È"reminder-4-warningf
DR-000149-2	DR-000149DR-000149-INV-001"CRED-011(ﬁÍëÙÿ20Z&
DR-000149-PAY-1æNEURÈ %
day-2025-03-13(ò∞ÕèŸ20≤	
È^
DR-000011-2	DR-000011DR-000011-INV-001"CRED-001(Ä†´ùŸ20rÈ"courtesy-reminderÀ
DR-000020-5	DR-000020DR-000020-INV-002"CRED-002(≤†´ùŸ20Rä
INV-000020-002	ÃßEURÈ"È*
È¢0:Company 000020B20 rue de la R√©publiqueB
69002 LyonJdr-000020@example.com_
DR-000024-3	DR-000024DR-000024-INV-001"CRED-002(‰†´ùŸ20rÈ"reminder-1-emaila
DR-000027-6	DR-000027DR-000027-INV-001"CRED-009(ñ°´ùŸ20r!È"reminder-4-warning_
DR-000052-3	DR-000052DR-000052-INV-001"CRED-002(»°´ùŸ20rÈ"reminder-2-phone^
DR-000060-7	DR-000060DR-000060-INV-002"CRED-008(˙°´ùŸ20rÈ"courtesy-reminderg
DR-000096-2	DR-000096DR-000096-INV-001"CRED-001(¨¢´ùŸ20Z'
DR-000096-PAY-1	Ù¿;EURÈ ^
DR-000100-2	DR-000100DR-000100-INV-001"CRED-008(ﬁ¢´ùŸ20rÈ"courtesy-remindera
DR-000117-6	DR-000117DR-000117-INV-001"CRED-007(ê£´ùŸ20r!È"reminder-4-warning_
DR-000123-3	DR-000123DR-000123-INV-001"CRED-001(¬£´ùŸ20rÈ"reminder-1-email%
day-2025-03-14(òËÊ∏Ÿ20≤	
Èº
DR-000022-3	DR-000022DR-000022-INV-002"CRED-006(Äÿƒ∆Ÿ20R|
INV-000022-002	û…EURÈ"È0:Company 000022B22 rue de la R√©publiqueB
69004 LyonJdr-000022@example.comg
DR-000023-3	DR-000023DR-000023-INV-001"CRED-012(≤ÿƒ∆Ÿ20Z'
DR-000023-PAY-1	Ê√EURÈ g
DR-000027-7	DR-000027DR-000027-INV-001"CRED-009(‰ÿƒ∆Ÿ20Z'
DR-000027-PAY-1	å∂EURÈ f
DR-000048-7	DR-000048DR-000048-INV-001"CRED-005(ñŸƒ∆Ÿ20Z&
DR-000048-PAY-1›*EURÈ g
DR-000059-3	DR-000059DR-000059-INV-001"CRED-001(»Ÿƒ∆Ÿ20Z'
DR-000059-PAY-1	°∞CHFÈ _
DR-000087-2	DR-000087DR-000087-INV-001"CRED-004(˙Ÿƒ∆Ÿ20rÈ"reminder-1-emailΩ
DR-000088-4	DR-000088DR-000088-INV-002"CRED-010(¨⁄ƒ∆Ÿ20R}
INV-000088-002	Ú‚EURÈ"È0:Customer 000088B88 rue de la R√©publiqueB
69007 LyonJdr-000088@example.com_
DR-000107-3	DR-000107DR-000107-INV-001"CRED-005(ﬁ⁄ƒ∆Ÿ20rÈ"reminder-2-phone%
day-2025-03-15(ò†Ä‚Ÿ20≤	
È_
DR-000012-2	DR-000012DR-000012-INV-001"CRED-007(ÄêﬁÔŸ20rÈ"reminder-1-email`
DR-000026-4	DR-000026DR-000026-INV-001"CRED-003(≤êﬁÔŸ20r È"reminder-3-letter_
DR-000028-4	DR-000028DR-000028-INV-001"CRED-006(‰êﬁÔŸ20rÈ"reminder-1-email`
DR-000036-5	DR-000036DR-000036-INV-001"CRED-012(ñëﬁÔŸ20r È"reminder-3-letter^
DR-000057-3	DR-000057DR-000057-INV-001"CRED-001(»ëﬁÔŸ20rÈ"courtesy-reminderg
DR-000123-4	DR-000123DR-000123-INV-001"CRED-001(˙ëﬁÔŸ20Z'
DR-000123-PAY-1	¿∞EURÈ ^
DR-000131-4	DR-000131DR-000131-INV-002"CRED-003(¨íﬁÔŸ20rÈ"courtesy-reminder%
day-2025-03-16(òÿôã⁄20≤	
È`
DR-000001-5	DR-000001DR-000001-INV-001"CRED-010(Ä»˜ò⁄20r È"reminder-3-letter_
DR-000008-3	DR-000008DR-000008-INV-001"CRED-008(≤»˜ò⁄20rÈ"reminder-2-phone_
DR-000017-3	DR-000017DR-000017-INV-001"CRED-001(‰»˜ò⁄20rÈ"reminder-2-phone_
DR-000020-6	DR-000020DR-000020-INV-001"CRED-002(ñ…˜ò⁄20rÈ"reminder-2-phonea
DR-000064-6	DR-000064DR-000064-INV-001"CRED-007(»…˜ò⁄20r!È"reminder-4-warningU
DR-000105-3	DR-000105"CRED-010(˙…˜ò⁄20Z(
DR-000105-PAY-1
≈îÄEURÈ a
DR-000124-5	DR-000124DR-000124-INV-001"CRED-009(¨ ˜ò⁄20r!È"reminder-4-warning`
DR-000133-5	DR-000133DR-000133-INV-001"CRED-001(ﬁ ˜ò⁄20r È"reminder-3-letterI
DR-000149-3	DR-000149"CRED-011(êÀ˜ò⁄20b
DR-000149-PAY-1È%
day-2025-03-17(òê≥¥⁄20≤	
È_
DR-000044-2	DR-000044DR-000044-INV-001"CRED-004(ÄÄë¬⁄20rÈ"reminder-1-email`
DR-000074-8	DR-000074DR-000074-INV-001"CRED-001(≤Äë¬⁄20r È"reminder-3-letterh
DR-000087-3	DR-000087DR-000087-INV-001"CRED-004(‰Äë¬⁄20Z(
DR-000087-PAY-1
èè˛EURÈ a
DR-000137-5	DR-000137DR-000137-INV-001"CRED-005(ñÅë¬⁄20r!È"reminder-4-warning%
day-2025-03-18(ò»Ã›⁄20≤	
Èg
DR-000012-3	DR-000012DR-000012-INV-001"CRED-007(Ä∏™Î⁄20Z'
DR-000012-PAY-1	áπEURÈ g
DR-000036-6	DR-000036DR-000036-INV-001"CRED-012(≤∏™Î⁄20Z'
DR-000036-PAY-1	˛∫EURÈ _
DR-000054-2	DR-000054DR-000054-INV-001"CRED-012(‰∏™Î⁄20rÈ"reminder-1-email_
DR-000056-5	DR-000056DR-000056-INV-001"CRED-011(ñπ™Î⁄20rÈ"reminder-1-emailf
DR-000073-2	DR-000073DR-000073-INV-001"CRED-003(»π™Î⁄20Z&
DR-000073-PAY-1ÕaCHFÈ ^
DR-000083-2	DR-000083DR-000083-INV-001"CRED-012(˙π™Î⁄20rÈ"courtesy-reminderg
DR-000117-7	DR-000117DR-000117-INV-001"CRED-007(¨∫™Î⁄20Z'
DR-000117-PAY-1	¶∏USDÈ %
day-2025-03-19(òÄÊÜ€20≤	
È_
DR-000006-2	DR-000006DR-000006-INV-001"CRED-002(Ä√î€20rÈ"reminder-1-emailº
DR-000007-4	DR-000007DR-000007-INV-002"CRED-005(≤√î€20R|
INV-000007-002	˝EURÈ"È0:Customer 000007B7 rue de la R√©publiqueB
69007 LyonJdr-000007@example.com_
DR-000022-4	DR-000022DR-000022-INV-001"CRED-006(‰√î€20rÈ"reminder-2-phoneg
DR-000049-3	DR-000049DR-000049-INV-001"CRED-006(ñÒ√î€20Z'
DR-000049-PAY-1	å≠]EURÈ f
DR-000056-6	DR-000056DR-000056-INV-001"CRED-011(»Ò√î€20Z&
DR-000056-PAY-2ãkEURÈ _
DR-000058-2	DR-000058DR-000058-INV-001"CRED-001(˙Ò√î€20rÈ"reminder-1-email_
DR-000062-2	DR-000062DR-000062-INV-001"CRED-010(¨Ú√î€20rÈ"reminder-1-email_
DR-000065-2	DR-000065DR-000065-INV-001"CRED-009(ﬁÚ√î€20rÈ"reminder-1-emailg
DR-000083-3	DR-000083DR-000083-INV-001"CRED-012(êÛ√î€20Z'
DR-000083-PAY-1	ß≤&USDÈ \
DR-000098-9	DR-000098DR-000098-INV-001"CRED-009(¬Û√î€20rÈ"formal-noticeΩ
DR-000100-3	DR-000100DR-000100-INV-002"CRED-008(ÙÛ√î€20R}
INV-000100-002	»¬4GBPÈ"È0:Company 000100B100 rue de la R√©publiqueB
69001 LyonJdr-000100@example.com`
DR-000129-5	DR-000129DR-000129-INV-001"CRED-009(¶Ù√î€20r È"reminder-3-letterg
DR-000137-6	DR-000137DR-000137-INV-001"CRED-005(ÿÙ√î€20Z'
DR-000137-PAY-1	•∆EURÈ ^
DR-000143-2	DR-000143DR-000143-INV-001"CRED-004(äı√î€20rÈ"courtesy-reminder%
day-2025-03-20(ò∏ˇØ€20≤	
È_
DR-000024-4	DR-000024DR-000024-INV-001"CRED-002(Ä®›Ω€20rÈ"reminder-2-phonef
DR-000032-2	DR-000032DR-000032-INV-001"CRED-012(≤®›Ω€20Z&
DR-000032-PAY-1≤PEURÈ `
DR-000052-4	DR-000052DR-000052-INV-001"CRED-002(‰®›Ω€20r È"reminder-3-letter€
DR-000054-3	DR-000054DR-000054-INV-001"CRED-012(ñ©›Ω€20Çô
DR-000054-PLAN-3È
È…JEUR
È…JEUR
È…JEUR
È…JEUR
È…JEUR
ÈÃJEURa
DR-000077-5	DR-000077DR-000077-INV-001"CRED-005(»©›Ω€20r!È"reminder-4-warning_
DR-000082-3	DR-000082DR-000082-INV-001"CRED-002(˙©›Ω€20rÈ"reminder-1-emaila
DR-000086-6	DR-000086DR-000086-INV-001"CRED-010(¨™›Ω€20r!È"reminder-4-warningº
DR-000087-4	DR-000087DR-000087-INV-002"CRED-004(ﬁ™›Ω€20R|
INV-000087-002	£ÍEURÈ"È0:Company 000087B87 rue de la R√©publiqueB
69006 LyonJdr-000087@example.comΩ
DR-000102-2	DR-000102DR-000102-INV-002"CRED-011(ê´›Ω€20R}
INV-000102-002	˙ÕEURÈ"È0:Company 000102B102 rue de la R√©publiqueB
69003 LyonJdr-000102@example.comΩ
DR-000111-3	DR-000111DR-000111-INV-002"CRED-005(¬´›Ω€20R}
INV-000111-002	«çEURÈ"È0:Company 000111B111 rue de la R√©publiqueB
69003 LyonJdr-000111@example.comÃ
DR-000118-2	DR-000118DR-000118-INV-002"CRED-002(Ù´›Ω€20Rã
INV-000118-002	ï√EURÈ"È*
Èí0:Company 000118B118 rue de la R√©publiqueB
69001 LyonJdr-000118@example.com_
DR-000136-2	DR-000136DR-000136-INV-001"CRED-009(¶¨›Ω€20rÈ"reminder-1-email%
day-2025-03-21(òòŸ€20≤	
Èa
DR-000050-5	DR-000050DR-000050-INV-001"CRED-010(Ä‡ˆÊ€20r!È"reminder-4-warningÕ
DR-000071-4	DR-000071DR-000071-INV-002"CRED-002(≤‡ˆÊ€20Rå
INV-000071-002
„æúEURÈ"È*
È•ÿ0:Company 000071B71 rue de la R√©publiqueB
69008 LyonJdr-000071@example.com_
DR-000095-2	DR-000095DR-000095-INV-001"CRED-004(‰‡ˆÊ€20rÈ"reminder-1-email`
DR-000107-4	DR-000107DR-000107-INV-001"CRED-005(ñ·ˆÊ€20r È"reminder-3-lettera
DR-000133-6	DR-000133DR-000133-INV-001"CRED-001(»·ˆÊ€20r!È"reminder-4-warning%
day-2025-03-22(ò®≤Ç‹20≤	
Èº
DR-000012-4	DR-000012DR-000012-INV-002"CRED-007(Äòêê‹20R|
INV-000012-002	∞Ü8EURÈ"È0:Company 000012B12 rue de la R√©publiqueB
69003 LyonJdr-000012@example.comL
DR-000025-5	DR-000025DR-000025-INV-001"CRED-009(≤òêê‹20íÈ_
DR-000028-5	DR-000028DR-000028-INV-001"CRED-006(‰òêê‹20rÈ"reminder-2-phone]
DR-000028-6	DR-000028DR-000028-INV-001"CRED-006(ñôêê‹20z
	Îî&EURÈÈ_
DR-000033-2	DR-000033DR-000033-INV-001"CRED-007(»ôêê‹20rÈ"reminder-1-email^
DR-000046-2	DR-000046DR-000046-INV-001"CRED-010(˙ôêê‹20rÈ"courtesy-reminderg
DR-000047-2	DR-000047DR-000047-INV-001"CRED-005(¨öêê‹20Z'
DR-000047-PAY-1	„¬EURÈ _
DR-000057-4	DR-000057DR-000057-INV-002"CRED-001(ﬁöêê‹20rÈ"reminder-1-email`
DR-000060-8	DR-000060DR-000060-INV-001"CRED-008(êõêê‹20r È"reminder-3-letter_
DR-000061-4	DR-000061DR-000061-INV-001"CRED-005(¬õêê‹20rÈ"reminder-1-email_
DR-000076-2	DR-000076DR-000076-INV-001"CRED-001(Ùõêê‹20rÈ"reminder-1-emailº
DR-000095-3	DR-000095DR-000095-INV-002"CRED-010(¶úêê‹20R|
INV-000095-002	—¨EURÈ"È0:Company 000095B95 rue de la R√©publiqueB
69005 LyonJdr-000095@example.comΩ
DR-000125-3	DR-000125DR-000125-INV-002"CRED-007(ÿúêê‹20R}
INV-000125-002	éß+EURÈ"È0:Company 000125B125 rue de la R√©publiqueB
69008 LyonJdr-000125@example.comg
DR-000147-4	DR-000147DR-000147-INV-002"CRED-004(äùêê‹20Z'
DR-000147-PAY-2	û–gEURÈ _
DR-000149-4	DR-000149DR-000149-INV-001"CRED-011(ºùêê‹20rÈ"reminder-1-email%
day-2025-03-23(ò‡À´‹20≤	
Èg
DR-000002-2	DR-000002DR-000002-INV-001"CRED-007(Ä–©π‹20Z'
DR-000002-PAY-1	Ò¨
EURÈ `
DR-000008-4	DR-000008DR-000008-INV-001"CRED-008(≤–©π‹20r È"reminder-3-letter_
DR-000011-3	DR-000011DR-000011-INV-001"CRED-001(‰–©π‹20rÈ"reminder-1-email`
DR-000017-4	DR-000017DR-000017-INV-001"CRED-001(ñ—©π‹20r È"reminder-3-letter`
DR-000020-7	DR-000020DR-000020-INV-001"CRED-002(»—©π‹20r È"reminder-3-letter_
DR-000025-6	DR-000025DR-000025-INV-001"CRED-009(˙—©π‹20rÈ"reminder-2-phoneV
DR-000037-4	DR-000037DR-000037-INV-001"CRED-004(¨“©π‹20í¿aEURÈa
DR-000060-9	DR-000060DR-000060-INV-001"CRED-008(ﬁ“©π‹20r!È"reminder-4-warning`
DR-000060-10	DR-000060DR-000060-INV-002"CRED-008(ê”©π‹20rÈ"reminder-1-email^
DR-000069-2	DR-000069DR-000069-INV-001"CRED-006(¬”©π‹20rÈ"courtesy-reminder_
DR-000100-4	DR-000100DR-000100-INV-001"CRED-008(Ù”©π‹20rÈ"reminder-1-email_
DR-000113-3	DR-000113DR-000113-INV-001"CRED-006(¶‘©π‹20rÈ"reminder-1-email_
DR-000122-2	DR-000122DR-000122-INV-001"CRED-011(ÿ‘©π‹20rÈ"reminder-1-email%
day-2025-03-24(òòÂ‘‹20≤	
È\
DR-000018-7	DR-000018DR-000018-INV-001"CRED-005(Äà√‚‹20rÈ"formal-notice`
DR-000025-7	DR-000025DR-000025-INV-001"CRED-009(≤à√‚‹20r È"reminder-3-lettera
DR-000026-5	DR-000026DR-000026-INV-001"CRED-003(‰à√‚‹20r!È"reminder-4-warning_
DR-000037-5	DR-000037DR-000037-INV-001"CRED-004(ñâ√‚‹20rÈ"reminder-2-phone_
DR-000044-3	DR-000044DR-000044-INV-001"CRED-004(»â√‚‹20rÈ"reminder-2-phoneI
DR-000087-5	DR-000087"CRED-004(˙â√‚‹20b
DR-000087-PAY-1È^
DR-000109-2	DR-000109DR-000109-INV-001"CRED-011(¨ä√‚‹20rÈ"courtesy-reminder%
day-2025-03-25(ò–˛˝‹20≤	
Èa
DR-000001-6	DR-000001DR-000001-INV-001"CRED-010(Ä¿‹ã›20r!È"reminder-4-warningg
DR-000020-8	DR-000020DR-000020-INV-001"CRED-002(≤¿‹ã›20Z'
DR-000020-PAY-2	á+EURÈ a
DR-000025-8	DR-000025DR-000025-INV-001"CRED-009(‰¿‹ã›20r!È"reminder-4-warningh
DR-000031-2	DR-000031DR-000031-INV-001"CRED-012(ñ¡‹ã›20Z(
DR-000031-PAY-1
¿ãòEURÈ `
DR-000037-6	DR-000037DR-000037-INV-001"CRED-004(»¡‹ã›20r È"reminder-3-letter_
DR-000057-5	DR-000057DR-000057-INV-001"CRED-001(˙¡‹ã›20rÈ"reminder-1-emailÃ
DR-000063-4	DR-000063DR-000063-INV-002"CRED-011(¨¬‹ã›20Rã
INV-000063-002	ö„@EURÈ"È*
ÈÈ•0:Company 000063B63 rue de la R√©publiqueB
69009 LyonJdr-000063@example.comº
DR-000066-3	DR-000066DR-000066-INV-002"CRED-012(ﬁ¬‹ã›20R|
INV-000066-002	≈ﬁEURÈ"È0:Company 000066B66 rue de la R√©publiqueB
69003 LyonJdr-000066@example.comg
DR-000074-9	DR-000074DR-000074-INV-001"CRED-001(ê√‹ã›20Z'
DR-000074-PAY-1	ö®EURÈ _
DR-000087-6	DR-000087DR-000087-INV-001"CRED-004(¬√‹ã›20rÈ"reminder-2-phoneg
DR-000100-5	DR-000100DR-000100-INV-001"CRED-008(Ù√‹ã›20Z'
DR-000100-PAY-1	Ü¸GBPÈ g
DR-000102-3	DR-000102DR-000102-INV-001"CRED-011(¶ƒ‹ã›20Z'
DR-000102-PAY-1	Ê˝"EURÈ _
DR-000103-2	DR-000103DR-000103-INV-001"CRED-008(ÿƒ‹ã›20rÈ"reminder-1-emailÃ
DR-000119-2	DR-000119DR-000119-INV-002"CRED-009(ä≈‹ã›20Rã
INV-000119-002	Ÿæ)EURÈ"È*
Èõj0:Company 000119B119 rue de la R√©publiqueB
69002 LyonJdr-000119@example.comI
DR-000123-5	DR-000123"CRED-001(º≈‹ã›20b
DR-000123-PAY-1È_
DR-000131-5	DR-000131DR-000131-INV-002"CRED-003(Ó≈‹ã›20rÈ"reminder-1-email%
day-2025-03-26(òàòß›20≤	
È_
DR-000006-3	DR-000006DR-000006-INV-001"CRED-002(Ä¯ı¥›20rÈ"reminder-2-phone`
DR-000022-5	DR-000022DR-000022-INV-001"CRED-006(≤¯ı¥›20r È"reminder-3-lettera
DR-000037-7	DR-000037DR-000037-INV-001"CRED-004(‰¯ı¥›20r!È"reminder-4-warningf
DR-000054-4	DR-000054DR-000054-INV-001"CRED-012(ñ˘ı¥›20Z&
DR-000054-PAY-1…JEURÈ _
DR-000058-3	DR-000058DR-000058-INV-001"CRED-001(»˘ı¥›20rÈ"reminder-2-phone_
DR-000062-3	DR-000062DR-000062-INV-001"CRED-010(˙˘ı¥›20rÈ"reminder-2-phone_
DR-000065-3	DR-000065DR-000065-INV-001"CRED-009(¨˙ı¥›20rÈ"reminder-2-phoneg
DR-000076-3	DR-000076DR-000076-INV-001"CRED-001(ﬁ˙ı¥›20Z'
DR-000076-PAY-1	·¬EURÈ _
DR-000123-6	DR-000123DR-000123-INV-001"CRED-001(ê˚ı¥›20rÈ"reminder-2-phoneΩ
DR-000129-6	DR-000129DR-000129-INV-002"CRED-009(¬˚ı¥›20R}
INV-000129-002	É‰(EURÈ"È0:Company 000129B129 rue de la R√©publiqueB
69003 LyonJdr-000129@example.comŒ
DR-000147-5	DR-000147DR-000147-INV-003"CRED-004(Ù˚ı¥›20Rç
INV-000147-003
‘≠ÑEURÈ"È*
ÈÍ“0:Company 000147B147 rue de la R√©publiqueB
69003 LyonJdr-000147@example.com%
day-2025-03-27(ò¿±–›20≤	
Èº
DR-000010-3	DR-000010DR-000010-INV-002"CRED-007(Ä∞èﬁ›20R|
INV-000010-002	»ΩGBPÈ"È0:Company 000010B10 rue de la R√©publiqueB
69001 LyonJdr-000010@example.comI
DR-000012-5	DR-000012"CRED-007(≤∞èﬁ›20b
DR-000012-PAY-1È`
DR-000024-5	DR-000024DR-000024-INV-001"CRED-002(‰∞èﬁ›20r È"reminder-3-letterT
DR-000024-6	DR-000024"CRED-002(ñ±èﬁ›20Z'
DR-000024-PAY-1	ìÓ4USDÈ g
DR-000030-2	DR-000030DR-000030-INV-001"CRED-011(»±èﬁ›20Z'
DR-000030-PAY-1	ùŒEURÈ \
DR-000037-8	DR-000037DR-000037-INV-001"CRED-004(˙±èﬁ›20rÈ"formal-noticeg
DR-000061-5	DR-000061DR-000061-INV-001"CRED-005(¨≤èﬁ›20Z'
DR-000061-PAY-1	˛Ò8EURÈ _
DR-000082-4	DR-000082DR-000082-INV-001"CRED-002(ﬁ≤èﬁ›20rÈ"reminder-2-phone`
DR-000123-7	DR-000123DR-000123-INV-001"CRED-001(ê≥èﬁ›20r È"reminder-3-letteræ
DR-000131-6	DR-000131DR-000131-INV-003"CRED-003(¬≥èﬁ›20R~
INV-000131-003
ÇÁäEURÈ"È0:Company 000131B131 rue de la R√©publiqueB
69005 LyonJdr-000131@example.com_
DR-000136-3	DR-000136DR-000136-INV-001"CRED-009(Ù≥èﬁ›20rÈ"reminder-2-phonef
DR-000136-4	DR-000136DR-000136-INV-001"CRED-009(¶¥èﬁ›20Z&
DR-000136-PAY-1Ä3USDÈ \
DR-000146-7	DR-000146DR-000146-INV-001"CRED-011(ÿ¥èﬁ›20rÈ"formal-notice%
day-2025-03-28(ò¯ ˘›20≤	
È_
DR-000012-6	DR-000012DR-000012-INV-001"CRED-007(ÄË®áﬁ20rÈ"reminder-2-phone^
DR-000016-2	DR-000016DR-000016-INV-001"CRED-010(≤Ë®áﬁ20rÈ"courtesy-reminderÃ
DR-000025-9	DR-000025DR-000025-INV-002"CRED-009(‰Ë®áﬁ20Rã
INV-000025-002	 ‡MEURÈ"È*
ÈÜ«0:Company 000025B25 rue de la R√©publiqueB
69007 LyonJdr-000025@example.comº
DR-000065-4	DR-000065DR-000065-INV-002"CRED-002(ñÈ®áﬁ20R|
INV-000065-002	∫√EURÈ"È0:Company 000065B65 rue de la R√©publiqueB
69002 LyonJdr-000065@example.com`
DR-000087-7	DR-000087DR-000087-INV-001"CRED-004(»È®áﬁ20r È"reminder-3-letter_
DR-000095-4	DR-000095DR-000095-INV-001"CRED-004(˙È®áﬁ20rÈ"reminder-2-phone]
DR-000095-5	DR-000095DR-000095-INV-001"CRED-004(¨Í®áﬁ20z
	‹¿EURÈÈv
DR-000098-10	DR-000098DR-000098-INV-001"CRED-009(ﬁÍ®áﬁ20™4
È)small balance left after partial payments^
DR-000099-2	DR-000099DR-000099-INV-001"CRED-009(êÎ®áﬁ20rÈ"courtesy-remindera
DR-000129-7	DR-000129DR-000129-INV-001"CRED-009(¬Î®áﬁ20r!È"reminder-4-warning^
DR-000134-2	DR-000134DR-000134-INV-001"CRED-002(ÙÎ®áﬁ20rÈ"courtesy-reminderÀ
DR-000138-4	DR-000138DR-000138-INV-002"CRED-010(¶Ï®áﬁ20Rä
INV-000138-002âXEURÈ"È*
È·0:Company 000138B138 rue de la R√©publiqueB
69003 LyonJdr-000138@example.com%
day-2025-03-29(ò∞‰¢ﬁ20≤	
Èª
DR-000003-3	DR-000003DR-000003-INV-002"CRED-005(Ä†¬∞ﬁ20R{
INV-000003-002	Ò∆EURÈ"È0:Company 000003B3 rue de la R√©publiqueB
69003 LyonJdr-000003@example.comg
DR-000008-5	DR-000008DR-000008-INV-001"CRED-008(≤†¬∞ﬁ20Z'
DR-000008-PAY-1	 ®EURÈ `
DR-000012-7	DR-000012DR-000012-INV-001"CRED-007(‰†¬∞ﬁ20r È"reminder-3-letterg
DR-000014-2	DR-000014DR-000014-INV-001"CRED-006(ñ°¬∞ﬁ20Z'
DR-000014-PAY-1	˘ı\EURÈ ]
DR-000025-10	DR-000025DR-000025-INV-001"CRED-009(»°¬∞ﬁ20rÈ"formal-notice_
DR-000033-3	DR-000033DR-000033-INV-001"CRED-007(˙°¬∞ﬁ20rÈ"reminder-2-phoneº
DR-000035-4	DR-000035DR-000035-INV-002"CRED-006(¨¢¬∞ﬁ20R|
INV-000035-002ı.EURÈ"È0:Customer 000035B35 rue de la R√©publiqueB
69008 LyonJdr-000035@example.com^
DR-000049-4	DR-000049DR-000049-INV-002"CRED-005(ﬁ¢¬∞ﬁ20rÈ"courtesy-remindera
DR-000052-5	DR-000052DR-000052-INV-001"CRED-002(ê£¬∞ﬁ20r!È"reminder-4-warning_
DR-000057-6	DR-000057DR-000057-INV-002"CRED-001(¬£¬∞ﬁ20rÈ"reminder-2-phone]
DR-000057-7	DR-000057DR-000057-INV-002"CRED-001(Ù£¬∞ﬁ20z
	ÚÁWCHFÈÈΩ
DR-000076-4	DR-000076DR-000076-INV-002"CRED-001(¶§¬∞ﬁ20R}
INV-000076-002	≤◊EURÈ"È0:Customer 000076B76 rue de la R√©publiqueB
69004 LyonJdr-000076@example.comΩ
DR-000090-4	DR-000090DR-000090-INV-002"CRED-009(ÿ§¬∞ﬁ20R}
INV-000090-002	üøEURÈ"È0:Customer 000090B90 rue de la R√©publiqueB
69009 LyonJdr-000090@example.comº
DR-000096-3	DR-000096DR-000096-INV-002"CRED-001(ä•¬∞ﬁ20R|
INV-000096-002	œ©6EURÈ"È0:Company 000096B96 rue de la R√©publiqueB
69006 LyonJdr-000096@example.comc
DR-000118-3	DR-000118DR-000118-INV-002"CRED-002(º•¬∞ﬁ20j#
DR-000118-CN-3‰MEURÈg
DR-000123-8	DR-000123DR-000123-INV-001"CRED-001(Ó•¬∞ﬁ20Z'
DR-000123-PAY-2	¿∞EURÈ _
DR-000143-3	DR-000143DR-000143-INV-001"CRED-004(†¶¬∞ﬁ20rÈ"reminder-1-email_
DR-000149-5	DR-000149DR-000149-INV-001"CRED-011(“¶¬∞ﬁ20rÈ"reminder-2-phone%
day-2025-03-30(òË˝Àﬁ20≤	
È_
DR-000011-4	DR-000011DR-000011-INV-001"CRED-001(Äÿ€Ÿﬁ20rÈ"reminder-2-phone`
DR-000060-11	DR-000060DR-000060-INV-002"CRED-008(≤ÿ€Ÿﬁ20rÈ"reminder-2-phone_
DR-000072-3	DR-000072DR-000072-INV-001"CRED-005(‰ÿ€Ÿﬁ20rÈ"reminder-1-email^
DR-000072-4	DR-000072DR-000072-INV-002"CRED-005(ñŸ€Ÿﬁ20rÈ"courtesy-reminderh
DR-000087-8	DR-000087DR-000087-INV-001"CRED-004(»Ÿ€Ÿﬁ20Z(
DR-000087-PAY-2
èè˛EURÈ a
DR-000107-5	DR-000107DR-000107-INV-001"CRED-005(˙Ÿ€Ÿﬁ20r!È"reminder-4-warning_
DR-000113-4	DR-000113DR-000113-INV-001"CRED-006(¨⁄€Ÿﬁ20rÈ"reminder-2-phoneg
DR-000115-4	DR-000115DR-000115-INV-002"CRED-007(ﬁ⁄€Ÿﬁ20Z'
DR-000115-PAY-2	éÁ$USDÈ ^
DR-000119-3	DR-000119DR-000119-INV-001"CRED-009(ê€€Ÿﬁ20rÈ"courtesy-reminder_
DR-000122-3	DR-000122DR-000122-INV-001"CRED-011(¬€€Ÿﬁ20rÈ"reminder-2-phone]
DR-000122-4	DR-000122DR-000122-INV-001"CRED-011(Ù€€Ÿﬁ20z
	Õ±EURÈ
È%
day-2025-03-31(ò†óıﬁ20≤	
Èf
DR-000016-3	DR-000016DR-000016-INV-001"CRED-010(ÄêıÇﬂ20Z&
DR-000016-PAY-1»QEURÈ g
DR-000021-5	DR-000021DR-000021-INV-002"CRED-009(≤êıÇﬂ20Z'
DR-000021-PAY-2	ÙíEURÈ `
DR-000044-4	DR-000044DR-000044-INV-001"CRED-004(‰êıÇﬂ20r È"reminder-3-letter^
DR-000045-2	DR-000045DR-000045-INV-001"CRED-003(ñëıÇﬂ20rÈ"courtesy-reminder_
DR-000053-4	DR-000053DR-000053-INV-002"CRED-009(»ëıÇﬂ20ä
goods not deliveredÈ\
DR-000064-7	DR-000064DR-000064-INV-001"CRED-007(˙ëıÇﬂ20rÈ"formal-noticeΩ
DR-000121-4	DR-000121DR-000121-INV-003"CRED-008(¨íıÇﬂ20R}
INV-000121-003	ﬁÂEURÈ"È0:Company 000121B121 rue de la R√©publiqueB
69004 LyonJdr-000121@example.com\
DR-000124-6	DR-000124DR-000124-INV-001"CRED-009(ﬁíıÇﬂ20rÈ"formal-notice%
day-2025-04-01(òÿ∞ûﬂ20≤	
È_
DR-000003-4	DR-000003DR-000003-INV-002"CRED-005(Ä»é¨ﬂ20ä
goods not deliveredÈa
DR-000008-6	DR-000008DR-000008-INV-001"CRED-008(≤»é¨ﬂ20r!È"reminder-4-warninga
DR-000017-5	DR-000017DR-000017-INV-001"CRED-001(‰»é¨ﬂ20r!È"reminder-4-warning_
DR-000046-3	DR-000046DR-000046-INV-001"CRED-010(ñ…é¨ﬂ20rÈ"reminder-1-email_
DR-000057-8	DR-000057DR-000057-INV-001"CRED-001(»…é¨ﬂ20rÈ"reminder-2-phoneº
DR-000069-3	DR-000069DR-000069-INV-002"CRED-006(˙…é¨ﬂ20R|
INV-000069-002	±ü/EURÈ"È0:Company 000069B69 rue de la R√©publiqueB
69006 LyonJdr-000069@example.comÀ
DR-000089-3	DR-000089DR-000089-INV-002"CRED-008(¨ é¨ﬂ20Rä
INV-000089-002	˘—EURÈ"È*
Èî-0:Company 000089B89 rue de la R√©publiqueB
69008 LyonJdr-000089@example.comg
DR-000091-5	DR-000091DR-000091-INV-002"CRED-010(ﬁ é¨ﬂ20Z'
DR-000091-PAY-2	ˆÅ.USDÈ _
DR-000103-3	DR-000103DR-000103-INV-001"CRED-008(êÀé¨ﬂ20rÈ"reminder-2-phoneæ
DR-000123-9	DR-000123DR-000123-INV-002"CRED-001(¬Àé¨ﬂ20R~
INV-000123-002	™ùEURÈ"È0:Customer 000123B123 rue de la R√©publiqueB
69006 LyonJdr-000123@example.comg
DR-000127-2	DR-000127DR-000127-INV-001"CRED-010(ÙÀé¨ﬂ20Z'
DR-000127-PAY-1	ö£AEURÈ _
DR-000131-7	DR-000131DR-000131-INV-002"CRED-003(¶Ãé¨ﬂ20rÈ"reminder-2-phone\
DR-000131-8	DR-000131DR-000131-INV-002"CRED-003(ÿÃé¨ﬂ20z
ç'EURÈÈΩ
DR-000148-3	DR-000148DR-000148-INV-002"CRED-005(äÕé¨ﬂ20R}
INV-000148-002	⁄ﬂ,EURÈ"È0:Company 000148B148 rue de la R√©publiqueB
69004 LyonJdr-000148@example.com%
day-2025-04-02(òê «ﬂ20≤	
È`
DR-000006-4	DR-000006DR-000006-INV-001"CRED-002(ÄÄ®’ﬂ20r È"reminder-3-letterΩ
DR-000057-9	DR-000057DR-000057-INV-003"CRED-001(≤Ä®’ﬂ20R}
INV-000057-003
≠ÅÓCHFÈ"È0:Company 000057B57 rue de la R√©publiqueB
69003 LyonJdr-000057@example.com`
DR-000058-4	DR-000058DR-000058-INV-001"CRED-001(‰Ä®’ﬂ20r È"reminder-3-letter]
DR-000060-12	DR-000060DR-000060-INV-001"CRED-008(ñÅ®’ﬂ20rÈ"formal-notice`
DR-000062-4	DR-000062DR-000062-INV-001"CRED-010(»Å®’ﬂ20r È"reminder-3-letter`
DR-000065-5	DR-000065DR-000065-INV-001"CRED-009(˙Å®’ﬂ20r È"reminder-3-letter_
DR-000069-4	DR-000069DR-000069-INV-001"CRED-006(¨Ç®’ﬂ20rÈ"reminder-1-email_
DR-000120-2	DR-000120DR-000120-INV-001"CRED-004(ﬁÇ®’ﬂ20rÈ"reminder-1-emailΩ
DR-000130-4	DR-000130DR-000130-INV-003"CRED-008(êÉ®’ﬂ20R}
INV-000130-003	”6CHFÈ"È0:Company 000130B130 rue de la R√©publiqueB
69004 LyonJdr-000130@example.comf
DR-000149-6	DR-000149DR-000149-INV-001"CRED-011(¬É®’ﬂ20Z&
DR-000149-PAY-2æNEURÈ %
day-2025-04-03(ò»„ﬂ20≤	
Èº
DR-000021-6	DR-000021DR-000021-INV-003"CRED-009(Ä∏¡˛ﬂ20R|
INV-000021-003	˝íEURÈ"È0:Company 000021B21 rue de la R√©publiqueB
69003 LyonJdr-000021@example.com`
DR-000082-5	DR-000082DR-000082-INV-001"CRED-002(≤∏¡˛ﬂ20r È"reminder-3-letterg
DR-000108-3	DR-000108DR-000108-INV-001"CRED-007(‰∏¡˛ﬂ20Z'
DR-000108-PAY-1	ﬂ—EURÈ _
DR-000109-3	DR-000109DR-000109-INV-001"CRED-011(ñπ¡˛ﬂ20rÈ"reminder-1-emailh
DR-000121-5	DR-000121DR-000121-INV-002"CRED-008(»π¡˛ﬂ20Z(
DR-000121-PAY-2
∞Á˜EURÈ %
day-2025-04-04(òÄ˝ô‡20≤	
ÈT
DR-000001-7	DR-000001"CRED-010(Ä⁄ß‡20Z'
DR-000001-PAY-1	ŒµEURÈ a
DR-000022-6	DR-000022DR-000022-INV-001"CRED-006(≤⁄ß‡20r!È"reminder-4-warningª
DR-000041-4	DR-000041DR-000041-INV-002"CRED-004(‰⁄ß‡20R{
INV-000041-002”+EURÈ"È0:Company 000041B41 rue de la R√©publiqueB
69005 LyonJdr-000041@example.comg
DR-000042-2	DR-000042DR-000042-INV-001"CRED-011(ñÒ⁄ß‡20Z'
DR-000042-PAY-1	‰√EURÈ g
DR-000044-5	DR-000044DR-000044-INV-001"CRED-004(»Ò⁄ß‡20Z'
DR-000044-PAY-1	€õEURÈ g
DR-000046-4	DR-000046DR-000046-INV-001"CRED-010(˙Ò⁄ß‡20Z'
DR-000046-PAY-1	ç∞USDÈ h
DR-000060-13	DR-000060DR-000060-INV-001"CRED-008(¨Ú⁄ß‡20Z'
DR-000060-PAY-1	ãÃEURÈ f
DR-000062-5	DR-000062DR-000062-INV-001"CRED-010(ﬁÚ⁄ß‡20Z&
DR-000062-PAY-1ÊQEURÈ \
DR-000077-6	DR-000077DR-000077-INV-001"CRED-005(êÛ⁄ß‡20rÈ"formal-notice\
DR-000086-7	DR-000086DR-000086-INV-001"CRED-010(¬Û⁄ß‡20rÈ"formal-noticeΩ
DR-000108-4	DR-000108DR-000108-INV-003"CRED-007(ÙÛ⁄ß‡20R}
INV-000108-003	·û.EURÈ"È0:Company 000108B108 rue de la R√©publiqueB
69009 LyonJdr-000108@example.comg
DR-000129-8	DR-000129DR-000129-INV-001"CRED-009(¶Ù⁄ß‡20Z'
DR-000129-PAY-1	ˇÄEURÈ r
DR-000130-5	DR-000130DR-000130-INV-002"CRED-008(ÿÙ⁄ß‡20ä1
billing error on some lines	ÔËBCHFÈæ
DR-000137-7	DR-000137DR-000137-INV-002"CRED-005(äı⁄ß‡20R~
INV-000137-002	¶πEURÈ"È0:Customer 000137B137 rue de la R√©publiqueB
69002 LyonJdr-000137@example.comΩ
DR-000142-3	DR-000142DR-000142-INV-002"CRED-012(ºı⁄ß‡20R}
INV-000142-002	±àXEURÈ"È0:Company 000142B142 rue de la R√©publiqueB
69007 LyonJdr-000142@example.com%
day-2025-04-05(ò∏ñ√‡20≤	
Èg
DR-000028-7	DR-000028DR-000028-INV-001"CRED-006(Ä®Ù–‡20Z'
DR-000028-PAY-1	Îî&EURÈ `
DR-000033-4	DR-000033DR-000033-INV-001"CRED-007(≤®Ù–‡20r È"reminder-3-letter\
DR-000050-6	DR-000050DR-000050-INV-001"CRED-010(‰®Ù–‡20rÈ"formal-noticeº
DR-000080-3	DR-000080DR-000080-INV-002"CRED-012(ñ©Ù–‡20R|
INV-000080-002	—†EURÈ"È0:Company 000080B80 rue de la R√©publiqueB
69008 LyonJdr-000080@example.com\
DR-000133-7	DR-000133DR-000133-INV-001"CRED-001(»©Ù–‡20rÈ"formal-notice_
DR-000143-4	DR-000143DR-000143-INV-001"CRED-004(˙©Ù–‡20rÈ"reminder-2-phone%
day-2025-04-06(òØÏ‡20≤	
Èª
DR-000008-7	DR-000008DR-000008-INV-002"CRED-008(Ä‡ç˙‡20R{
INV-000008-002	Œ≠EURÈ"È0:Company 000008B8 rue de la R√©publiqueB
69008 LyonJdr-000008@example.com`
DR-000011-5	DR-000011DR-000011-INV-001"CRED-001(≤‡ç˙‡20r È"reminder-3-letter_
DR-000051-2	DR-000051DR-000051-INV-001"CRED-011(‰‡ç˙‡20rÈ"reminder-1-emaila
DR-000060-14	DR-000060DR-000060-INV-002"CRED-008(ñ·ç˙‡20r È"reminder-3-letter_
DR-000072-5	DR-000072DR-000072-INV-001"CRED-005(»·ç˙‡20rÈ"reminder-2-phoneº
DR-000083-4	DR-000083DR-000083-INV-002"CRED-012(˙·ç˙‡20R|
INV-000083-002	ÚÅUSDÈ"È0:Company 000083B83 rue de la R√©publiqueB
69002 LyonJdr-000083@example.comg
DR-000089-4	DR-000089DR-000089-INV-002"CRED-008(¨‚ç˙‡20Z'
DR-000089-PAY-2	Â§EURÈ `
DR-000113-5	DR-000113DR-000113-INV-001"CRED-006(ﬁ‚ç˙‡20r È"reminder-3-letteræ
DR-000114-2	DR-000114DR-000114-INV-002"CRED-003(ê„ç˙‡20R~
INV-000114-002
Í«•EURÈ"È0:Company 000114B114 rue de la R√©publiqueB
69006 LyonJdr-000114@example.comg
DR-000118-4	DR-000118DR-000118-INV-002"CRED-002(¬„ç˙‡20Z'
DR-000118-PAY-1	±ıEURÈ g
DR-000119-4	DR-000119DR-000119-INV-001"CRED-009(Ù„ç˙‡20Z'
DR-000119-PAY-1	æïtEURÈ g
DR-000141-2	DR-000141DR-000141-INV-001"CRED-009(¶‰ç˙‡20Z'
DR-000141-PAY-1	¶‚EURÈ %
day-2025-04-07(ò®…ï·20≤	
Èa
DR-000012-8	DR-000012DR-000012-INV-001"CRED-007(Äòß£·20r!È"reminder-4-warningΩ
DR-000018-8	DR-000018DR-000018-INV-002"CRED-005(≤òß£·20R}
INV-000018-002	ø‹EURÈ"È0:Customer 000018B18 rue de la R√©publiqueB
69009 LyonJdr-000018@example.com_
DR-000099-3	DR-000099DR-000099-INV-001"CRED-009(‰òß£·20rÈ"reminder-1-emailΩ
DR-000103-4	DR-000103DR-000103-INV-002"CRED-005(ñôß£·20R}
INV-000103-002	¿≠EURÈ"È0:Company 000103B103 rue de la R√©publiqueB
69004 LyonJdr-000103@example.comÃ
DR-000115-5	DR-000115DR-000115-INV-003"CRED-007(»ôß£·20Rã
INV-000115-003	çÆUSDÈ"È*
È“0:Company 000115B115 rue de la R√©publiqueB
69007 LyonJdr-000115@example.com_
DR-000134-3	DR-000134DR-000134-INV-001"CRED-002(˙ôß£·20rÈ"reminder-1-emailg
DR-000134-4	DR-000134DR-000134-INV-001"CRED-002(¨öß£·20Z'
DR-000134-PAY-1	á–EURÈ d
DR-000142-4	DR-000142DR-000142-INV-002"CRED-012(ﬁöß£·20j$
DR-000142-CN-4	¥πEURÈ%
day-2025-04-08(ò‡‚æ·20≤	
ÈΩ
DR-000015-5	DR-000015DR-000015-INV-002"CRED-005(Ä–¿Ã·20R}
INV-000015-002	¢¥EURÈ	"È	0:Customer 000015B15 rue de la R√©publiqueB
69006 LyonJdr-000015@example.comI
DR-000016-4	DR-000016"CRED-010(≤–¿Ã·20b
DR-000016-PAY-1È	\
DR-000026-6	DR-000026DR-000026-INV-001"CRED-003(‰–¿Ã·20rÈ	"formal-noticeº
DR-000040-3	DR-000040DR-000040-INV-002"CRED-003(ñ—¿Ã·20R|
INV-000040-002	™ãCHFÈ	"È	0:Company 000040B40 rue de la R√©publiqueB
69004 LyonJdr-000040@example.com_
DR-000049-5	DR-000049DR-000049-INV-002"CRED-005(»—¿Ã·20rÈ	"reminder-1-emaila
DR-000057-10	DR-000057DR-000057-INV-001"CRED-001(˙—¿Ã·20r È	"reminder-3-letterg
DR-000078-2	DR-000078DR-000078-INV-001"CRED-004(¨“¿Ã·20Z'
DR-000078-PAY-1	Ï∞USDÈ	 `
DR-000103-5	DR-000103DR-000103-INV-001"CRED-008(ﬁ“¿Ã·20r È	"reminder-3-letterÃ
DR-000128-2	DR-000128DR-000128-INV-002"CRED-002(ê”¿Ã·20Rã
INV-000128-002	È–EURÈ	"È	*
ÈÚ"0:Company 000128B128 rue de la R√©publiqueB
69002 LyonJdr-000128@example.com_
DR-000128-3	DR-000128DR-000128-INV-001"CRED-002(¬”¿Ã·20rÈ	"reminder-1-email%
day-2025-04-09(òò¸Á·20≤	
È	_
DR-000016-5	DR-000016DR-000016-INV-001"CRED-010(Äà⁄ı·20rÈ
"reminder-1-emaila
DR-000044-6	DR-000044DR-000044-INV-001"CRED-004(≤à⁄ı·20r!È
"reminder-4-warningh
DR-000049-6	DR-000049DR-000049-INV-002"CRED-005(‰à⁄ı·20Z(
DR-000049-PAY-2
’±ÑEURÈ
 º
DR-000055-2	DR-000055DR-000055-INV-002"CRED-004(ñâ⁄ı·20R|
INV-000055-002	ﬂò-EURÈ
"È	0:Company 000055B55 rue de la R√©publiqueB
69001 LyonJdr-000055@example.comh
DR-000061-6	DR-000061DR-000061-INV-002"CRED-005(»â⁄ı·20Z(
DR-000061-PAY-2
‡˘ÇEURÈ
 _
DR-000069-5	DR-000069DR-000069-INV-001"CRED-006(˙â⁄ı·20rÈ
"reminder-2-phone_
DR-000072-6	DR-000072DR-000072-INV-002"CRED-005(¨ä⁄ı·20rÈ
"reminder-1-emailT
DR-000093-2	DR-000093"CRED-007(ﬁä⁄ı·20Z'
DR-000093-PAY-1	ÒËEURÈ
 _
DR-000097-2	DR-000097DR-000097-INV-001"CRED-011(êã⁄ı·20rÈ
"reminder-1-emailæ
DR-000104-3	DR-000104DR-000104-INV-002"CRED-003(¬ã⁄ı·20R~
INV-000104-002
îù≤EURÈ
"È
0:Company 000104B104 rue de la R√©publiqueB
69005 LyonJdr-000104@example.com€
DR-000113-6	DR-000113DR-000113-INV-001"CRED-006(Ùã⁄ı·20Çô
DR-000113-PLAN-6È

È∏QEUR
È∏QEUR
È∏QEUR
È∏QEUR
È∏QEUR
È	ºQEURg
DR-000115-6	DR-000115DR-000115-INV-003"CRED-007(¶å⁄ı·20Z'
DR-000115-PAY-3	ªéUSDÈ
 _
DR-000120-3	DR-000120DR-000120-INV-001"CRED-004(ÿå⁄ı·20rÈ
"reminder-2-phone%
day-2025-04-10(ò–ïë‚20≤	
È
_
DR-000038-2	DR-000038DR-000038-INV-001"CRED-012(Ä¿Ûû‚20rÈ"reminder-1-email_
DR-000045-3	DR-000045DR-000045-INV-001"CRED-003(≤¿Ûû‚20rÈ"reminder-1-emailI
DR-000046-5	DR-000046"CRED-010(‰¿Ûû‚20b
DR-000046-PAY-1Èg
DR-000106-2	DR-000106DR-000106-INV-001"CRED-010(ñ¡Ûû‚20Z'
DR-000106-PAY-1	˙ EURÈ _
DR-000109-4	DR-000109DR-000109-INV-001"CRED-011(»¡Ûû‚20rÈ"reminder-2-phone%
day-2025-04-11(òàØ∫‚20≤	
Èª
DR-000004-2	DR-000004DR-000004-INV-002"CRED-009(Ä¯å»‚20R{
INV-000004-002	˚ÄEURÈ"È0:Company 000004B4 rue de la R√©publiqueB
69004 LyonJdr-000004@example.coma
DR-000006-5	DR-000006DR-000006-INV-001"CRED-002(≤¯å»‚20r!È"reminder-4-warningº
DR-000019-7	DR-000019DR-000019-INV-002"CRED-007(‰¯å»‚20R|
INV-000019-002	ıã$USDÈ"È0:Company 000019B19 rue de la R√©publiqueB
69001 LyonJdr-000019@example.comº
DR-000024-7	DR-000024DR-000024-INV-002"CRED-002(ñ˘å»‚20R|
INV-000024-002	É√USDÈ"È0:Company 000024B24 rue de la R√©publiqueB
69006 LyonJdr-000024@example.comΩ
DR-000045-4	DR-000045DR-000045-INV-002"CRED-003(»˘å»‚20R}
INV-000045-002
ÖÁ•EURÈ"È0:Company 000045B45 rue de la R√©publiqueB
69009 LyonJdr-000045@example.com_
DR-000046-6	DR-000046DR-000046-INV-001"CRED-010(˙˘å»‚20rÈ"reminder-2-phonef
DR-000050-7	DR-000050DR-000050-INV-001"CRED-010(¨˙å»‚20Z&
DR-000050-PAY-1ÜpEURÈ a
DR-000058-5	DR-000058DR-000058-INV-001"CRED-001(ﬁ˙å»‚20r!È"reminder-4-warninga
DR-000065-6	DR-000065DR-000065-INV-001"CRED-009(ê˚å»‚20r!È"reminder-4-warningg
DR-000088-5	DR-000088DR-000088-INV-002"CRED-010(¬˚å»‚20Z'
DR-000088-PAY-2	Ú‚EURÈ Ω
DR-000101-6	DR-000101DR-000101-INV-003"CRED-004(Ù˚å»‚20R}
INV-000101-003	îóEURÈ"È0:Company 000101B101 rue de la R√©publiqueB
69002 LyonJdr-000101@example.comh
DR-000101-7	DR-000101DR-000101-INV-002"CRED-004(¶¸å»‚20Z(
DR-000101-PAY-2
¿òóEURÈ g
DR-000118-5	DR-000118DR-000118-INV-001"CRED-002(ÿ¸å»‚20Z'
DR-000118-PAY-2	â˜1EURÈ _
DR-000150-4	DR-000150DR-000150-INV-002"CRED-004(ä˝å»‚20rÈ"reminder-1-email%
day-2025-04-12(ò¿»„‚20≤	
È^
DR-000004-3	DR-000004DR-000004-INV-001"CRED-009(Ä∞¶Ò‚20rÈ"courtesy-reminderg
DR-000007-5	DR-000007DR-000007-INV-002"CRED-005(≤∞¶Ò‚20Z'
DR-000007-PAY-1	˝EURÈ g
DR-000022-7	DR-000022DR-000022-INV-001"CRED-006(‰∞¶Ò‚20Z'
DR-000022-PAY-1	üÓEURÈ º
DR-000062-6	DR-000062DR-000062-INV-002"CRED-010(ñ±¶Ò‚20R|
INV-000062-002ˆiEURÈ"È0:Customer 000062B62 rue de la R√©publiqueB
69008 LyonJdr-000062@example.com_
DR-000070-2	DR-000070DR-000070-INV-001"CRED-002(»±¶Ò‚20rÈ"reminder-1-emaila
DR-000082-6	DR-000082DR-000082-INV-001"CRED-002(˙±¶Ò‚20r!È"reminder-4-warningΩ
DR-000097-3	DR-000097DR-000097-INV-002"CRED-011(¨≤¶Ò‚20R}
INV-000097-002	Œ˘EURÈ"È0:Customer 000097B97 rue de la R√©publiqueB
69007 LyonJdr-000097@example.comæ
DR-000113-7	DR-000113DR-000113-INV-003"CRED-006(ﬁ≤¶Ò‚20R~
INV-000113-003
¸›ØEURÈ"È0:Company 000113B113 rue de la R√©publiqueB
69005 LyonJdr-000113@example.com`
DR-000143-5	DR-000143DR-000143-INV-001"CRED-004(ê≥¶Ò‚20r È"reminder-3-letter_
DR-000145-2	DR-000145DR-000145-INV-001"CRED-012(¬≥¶Ò‚20rÈ"reminder-1-email%
day-2025-04-13(ò¯·å„20≤	
ÈΩ
DR-000017-6	DR-000017DR-000017-INV-002"CRED-001(ÄËøö„20R}
INV-000017-002	…±EURÈ"È0:Customer 000017B17 rue de la R√©publiqueB
69008 LyonJdr-000017@example.comΩ
DR-000037-9	DR-000037DR-000037-INV-002"CRED-004(≤Ëøö„20R}
INV-000037-002	‡˜EURÈ"È0:Customer 000037B37 rue de la R√©publiqueB
69001 LyonJdr-000037@example.comg
DR-000037-10	DR-000037DR-000037-INV-001"CRED-004(‰Ëøö„20Z&
DR-000037-PAY-1Ë+EURÈ º
DR-000042-3	DR-000042DR-000042-INV-002"CRED-011(ñÈøö„20R|
INV-000042-002ÉTEURÈ"È0:Customer 000042B42 rue de la R√©publiqueB
69006 LyonJdr-000042@example.com_
DR-000051-3	DR-000051DR-000051-INV-001"CRED-011(»Èøö„20rÈ"reminder-2-phone\
DR-000052-6	DR-000052DR-000052-INV-001"CRED-002(˙Èøö„20rÈ"formal-notice`
DR-000072-7	DR-000072DR-000072-INV-001"CRED-005(¨Íøö„20r È"reminder-3-letterΩ
DR-000117-8	DR-000117DR-000117-INV-002"CRED-007(ﬁÍøö„20R}
INV-000117-002◊tUSDÈ"È0:Customer 000117B117 rue de la R√©publiqueB
69009 LyonJdr-000117@example.comR
DR-000124-7	DR-000124DR-000124-INV-001"CRED-009(êÎøö„20ö
AGY-01Èf
DR-000131-9	DR-000131DR-000131-INV-002"CRED-003(¬Îøö„20Z&
DR-000131-PAY-2ç'EURÈ %
day-2025-04-14(ò∞˚µ„20≤	
È_
DR-000016-6	DR-000016DR-000016-INV-001"CRED-010(Ä†Ÿ√„20rÈ"reminder-2-phoneº
DR-000030-3	DR-000030DR-000030-INV-002"CRED-011(≤†Ÿ√„20R|
INV-000030-002	≈Œ/EURÈ"È0:Company 000030B30 rue de la R√©publiqueB
69003 LyonJdr-000030@example.coma
DR-000033-5	DR-000033DR-000033-INV-001"CRED-007(‰†Ÿ√„20r!È"reminder-4-warningg
DR-000066-4	DR-000066DR-000066-INV-002"CRED-012(ñ°Ÿ√„20Z'
DR-000066-PAY-2	≈ﬁEURÈ ∆
DR-000069-6	DR-000069DR-000069-INV-001"CRED-006(»°Ÿ√„20ÇÑ
DR-000069-PLAN-6È
È	ﬂmEUR
ÈﬂmEUR
ÈﬂmEUR
ÈﬂmEUR
È	‚mEURL
DR-000080-4	DR-000080DR-000080-INV-001"CRED-012(˙°Ÿ√„20íÈT
DR-000097-4	DR-000097"CRED-011(¨¢Ÿ√„20Z'
DR-000097-PAY-1	æØEURÈ _
DR-000099-4	DR-000099DR-000099-INV-001"CRED-009(ﬁ¢Ÿ√„20rÈ"reminder-2-phone\
DR-000107-6	DR-000107DR-000107-INV-001"CRED-005(ê£Ÿ√„20rÈ"formal-noticeæ
DR-000109-5	DR-000109DR-000109-INV-002"CRED-011(¬£Ÿ√„20R~
INV-000109-002	ªèEURÈ"È0:Customer 000109B109 rue de la R√©publiqueB
69001 LyonJdr-000109@example.com`
DR-000122-5	DR-000122DR-000122-INV-001"CRED-011(Ù£Ÿ√„20r È"reminder-3-letterg
DR-000126-2	DR-000126DR-000126-INV-001"CRED-001(¶§Ÿ√„20Z'
DR-000126-PAY-1	û©	GBPÈ Ω
DR-000134-5	DR-000134DR-000134-INV-002"CRED-002(ÿ§Ÿ√„20R}
INV-000134-002	¯»EURÈ"È0:Company 000134B134 rue de la R√©publiqueB
69008 LyonJdr-000134@example.comg
DR-000142-5	DR-000142DR-000142-INV-002"CRED-012(ä•Ÿ√„20Z'
DR-000142-PAY-2	˝ŒLEURÈ %
day-2025-04-15(òËîﬂ„20≤	
Èa
DR-000011-6	DR-000011DR-000011-INV-001"CRED-001(ÄÿÚÏ„20r!È"reminder-4-warningg
DR-000012-9	DR-000012DR-000012-INV-001"CRED-007(≤ÿÚÏ„20Z'
DR-000012-PAY-2	áπEURÈ _
DR-000027-8	DR-000027DR-000027-INV-002"CRED-009(‰ÿÚÏ„20rÈ"reminder-1-email`
DR-000046-7	DR-000046DR-000046-INV-001"CRED-010(ñŸÚÏ„20r È"reminder-3-letterb
DR-000060-15	DR-000060DR-000060-INV-002"CRED-008(»ŸÚÏ„20r!È"reminder-4-warning_
DR-000080-5	DR-000080DR-000080-INV-001"CRED-012(˙ŸÚÏ„20rÈ"reminder-1-emailÕ
DR-000094-3	DR-000094DR-000094-INV-002"CRED-010(¨⁄ÚÏ„20Rå
INV-000094-002
•ûéEURÈ"È*
ÈêÏ0:Company 000094B94 rue de la R√©publiqueB
69004 LyonJdr-000094@example.com`
DR-000095-6	DR-000095DR-000095-INV-001"CRED-004(ﬁ⁄ÚÏ„20r È"reminder-3-lettera
DR-000122-6	DR-000122DR-000122-INV-001"CRED-011(ê€ÚÏ„20r!È"reminder-4-warning_
DR-000128-4	DR-000128DR-000128-INV-001"CRED-002(¬€ÚÏ„20rÈ"reminder-2-phoneæ
DR-000146-8	DR-000146DR-000146-INV-002"CRED-011(Ù€ÚÏ„20R~
INV-000146-002
‡ÅáEURÈ"È0:Company 000146B146 rue de la R√©publiqueB
69002 LyonJdr-000146@example.comr
DR-000150-5	DR-000150DR-000150-INV-002"CRED-004(¶‹ÚÏ„20ä1
billing error on some lines	ìEURÈ%
day-2025-04-16(ò†Æà‰20≤	
È\
DR-000008-8	DR-000008DR-000008-INV-001"CRED-008(Äêåñ‰20rÈ"formal-notice\
DR-000017-7	DR-000017DR-000017-INV-001"CRED-001(≤êåñ‰20rÈ"formal-noticeº
DR-000023-4	DR-000023DR-000023-INV-002"CRED-002(‰êåñ‰20R|
INV-000023-002	ê„EURÈ"È0:Company 000023B23 rue de la R√©publiqueB
69005 LyonJdr-000023@example.comΩ
DR-000033-6	DR-000033DR-000033-INV-002"CRED-007(ñëåñ‰20R}
INV-000033-002	Ä”EURÈ"È0:Customer 000033B33 rue de la R√©publiqueB
69006 LyonJdr-000033@example.com_
DR-000072-8	DR-000072DR-000072-INV-002"CRED-005(»ëåñ‰20rÈ"reminder-2-phoneΩ
DR-000079-3	DR-000079DR-000079-INV-002"CRED-011(˙ëåñ‰20R}
INV-000079-002	à“EURÈ"È0:Customer 000079B79 rue de la R√©publiqueB
69007 LyonJdr-000079@example.com_
DR-000080-6	DR-000080DR-000080-INV-001"CRED-012(¨íåñ‰20rÈ"reminder-2-phoneº
DR-000081-3	DR-000081DR-000081-INV-002"CRED-012(ﬁíåñ‰20R|
INV-000081-002	‡é3EURÈ"È0:Company 000081B81 rue de la R√©publiqueB
69009 LyonJdr-000081@example.coma
DR-000095-7	DR-000095DR-000095-INV-001"CRED-004(êìåñ‰20r!È"reminder-4-warningÕ
DR-000116-3	DR-000116DR-000116-INV-002"CRED-001(¬ìåñ‰20Rå
INV-000116-002	∆Ï4EURÈ"È*
È•á0:Company 000116B116 rue de la R√©publiqueB
69008 LyonJdr-000116@example.com`
DR-000120-4	DR-000120DR-000120-INV-001"CRED-004(Ùìåñ‰20r È"reminder-3-letterh
DR-000146-9	DR-000146DR-000146-INV-001"CRED-011(¶îåñ‰20Z(
DR-000146-PAY-1
ﬂ®‡EURÈ %
day-2025-04-17(òÿ«±‰20≤	
Èg
DR-000008-9	DR-000008DR-000008-INV-001"CRED-008(Ä»•ø‰20Z'
DR-000008-PAY-2	⁄ÁEURÈ g
DR-000018-9	DR-000018DR-000018-INV-001"CRED-005(≤»•ø‰20Z'
DR-000018-PAY-1	æ÷EURÈ _
DR-000038-3	DR-000038DR-000038-INV-001"CRED-012(‰»•ø‰20rÈ"reminder-2-phone_
DR-000045-5	DR-000045DR-000045-INV-001"CRED-003(ñ…•ø‰20rÈ"reminder-2-phoneb
DR-000057-11	DR-000057DR-000057-INV-001"CRED-001(»…•ø‰20r!È"reminder-4-warning`
DR-000080-7	DR-000080DR-000080-INV-001"CRED-012(˙…•ø‰20r È"reminder-3-letterº
DR-000091-6	DR-000091DR-000091-INV-003"CRED-010(¨ •ø‰20R|
INV-000091-003	íÚUSDÈ"È0:Company 000091B91 rue de la R√©publiqueB
69001 LyonJdr-000091@example.coma
DR-000103-6	DR-000103DR-000103-INV-001"CRED-008(ﬁ •ø‰20r!È"reminder-4-warning`
DR-000109-6	DR-000109DR-000109-INV-001"CRED-011(êÀ•ø‰20r È"reminder-3-letterg
DR-000144-2	DR-000144DR-000144-INV-001"CRED-007(¬À•ø‰20Z'
DR-000144-PAY-1	‡Ç3EURÈ %
day-2025-04-18(òê·⁄‰20≤	
Èg
DR-000026-7	DR-000026DR-000026-INV-001"CRED-003(ÄÄøË‰20Z'
DR-000026-PAY-1	›πCHFÈ ^
DR-000055-3	DR-000055DR-000055-INV-001"CRED-004(≤ÄøË‰20rÈ"courtesy-remindera
DR-000057-12	DR-000057DR-000057-INV-002"CRED-001(‰ÄøË‰20r È"reminder-3-letterÀ
DR-000064-8	DR-000064DR-000064-INV-003"CRED-007(ñÅøË‰20Rä
INV-000064-003	éœ0EURÈ"È*
Èª|0:Company 000064B64 rue de la R√©publiqueB
69001 LyonJdr-000064@example.coma
DR-000080-8	DR-000080DR-000080-INV-001"CRED-012(»ÅøË‰20r!È"reminder-4-warning%
day-2025-04-19(ò»˙ÉÂ20≤	
Èh
DR-000012-10	DR-000012DR-000012-INV-002"CRED-007(Ä∏ÿëÂ20Z'
DR-000012-PAY-3	∞Ü8EURÈ b
DR-000057-13	DR-000057DR-000057-INV-002"CRED-001(≤∏ÿëÂ20r!È"reminder-4-warning_
DR-000070-3	DR-000070DR-000070-INV-001"CRED-002(‰∏ÿëÂ20rÈ"reminder-2-phoneº
DR-000075-5	DR-000075DR-000075-INV-003"CRED-010(ñπÿëÂ20R|
INV-000075-003	•”EURÈ"È0:Company 000075B75 rue de la R√©publiqueB
69003 LyonJdr-000075@example.com\
DR-000080-9	DR-000080DR-000080-INV-001"CRED-012(»πÿëÂ20rÈ"formal-noticeæ
DR-000125-4	DR-000125DR-000125-INV-003"CRED-007(˙πÿëÂ20R~
INV-000125-003
”ò†EURÈ"È0:Company 000125B125 rue de la R√©publiqueB
69008 LyonJdr-000125@example.com_
DR-000145-3	DR-000145DR-000145-INV-001"CRED-012(¨∫ÿëÂ20rÈ"reminder-2-phoneΩ
DR-000150-6	DR-000150DR-000150-INV-003"CRED-004(ﬁ∫ÿëÂ20R}
INV-000150-003	Ÿ¬EURÈ"È0:Company 000150B150 rue de la R√©publiqueB
69006 LyonJdr-000150@example.com%
day-2025-04-20(òÄî≠Â20≤	
Ès
DR-000045-6	DR-000045DR-000045-INV-002"CRED-003(ÄÒ∫Â20ä2
billing error on some lines
ä¥™EURÈg
DR-000046-8	DR-000046DR-000046-INV-001"CRED-010(≤Ò∫Â20Z'
DR-000046-PAY-2	ç∞USDÈ `
DR-000051-4	DR-000051DR-000051-INV-001"CRED-011(‰Ò∫Â20r È"reminder-3-letter%
day-2025-04-21(ò∏≠÷Â20≤	
ÈW
DR-000003-5	DR-000003DR-000003-INV-002"CRED-005(Ä®ã‰Â20í	ØÔEURÈ_
DR-000009-2	DR-000009DR-000009-INV-001"CRED-005(≤®ã‰Â20rÈ"reminder-1-email`
DR-000016-7	DR-000016DR-000016-INV-001"CRED-010(‰®ã‰Â20r È"reminder-3-letterq
DR-000035-5	DR-000035DR-000035-INV-002"CRED-006(ñ©ã‰Â20ä0
billing error on some linesÌ	EURÈº
DR-000050-8	DR-000050DR-000050-INV-002"CRED-010(»©ã‰Â20R|
INV-000050-002®fEURÈ"È0:Customer 000050B50 rue de la R√©publiqueB
69005 LyonJdr-000050@example.comg
DR-000065-7	DR-000065DR-000065-INV-001"CRED-009(˙©ã‰Â20Z'
DR-000065-PAY-1	éÆEURÈ _
DR-000068-2	DR-000068DR-000068-INV-001"CRED-008(¨™ã‰Â20rÈ"reminder-1-emailg
DR-000076-5	DR-000076DR-000076-INV-002"CRED-001(ﬁ™ã‰Â20Z'
DR-000076-PAY-2	¶ÙEURÈ _
DR-000085-2	DR-000085DR-000085-INV-001"CRED-008(ê´ã‰Â20rÈ"reminder-1-email`
DR-000099-5	DR-000099DR-000099-INV-001"CRED-009(¬´ã‰Â20r È"reminder-3-letterf
DR-000109-7	DR-000109DR-000109-INV-001"CRED-011(Ù´ã‰Â20Z&
DR-000109-PAY-1©GEURÈ g
DR-000114-3	DR-000114DR-000114-INV-001"CRED-003(¶¨ã‰Â20Z'
DR-000114-PAY-1	∏ÂEURÈ a
DR-000143-6	DR-000143DR-000143-INV-001"CRED-004(ÿ¨ã‰Â20r!È"reminder-4-warning%
day-2025-04-22(ò∆ˇÂ20≤	
È_
DR-000004-4	DR-000004DR-000004-INV-001"CRED-009(Ä‡§çÊ20rÈ"reminder-1-email_
DR-000027-9	DR-000027DR-000027-INV-002"CRED-009(≤‡§çÊ20rÈ"reminder-2-phoneg
DR-000068-3	DR-000068DR-000068-INV-001"CRED-008(‰‡§çÊ20Z'
DR-000068-PAY-1	ΩãEURÈ a
DR-000072-9	DR-000072DR-000072-INV-001"CRED-005(ñ·§çÊ20r!È"reminder-4-warningM
DR-000074-10	DR-000074DR-000074-INV-002"CRED-001(»·§çÊ20íÈ`
DR-000128-5	DR-000128DR-000128-INV-001"CRED-002(˙·§çÊ20r È"reminder-3-letterÃ
DR-000133-8	DR-000133DR-000133-INV-002"CRED-001(¨‚§çÊ20Rã
INV-000133-002	¸µ#CHFÈ"È*
È÷Z0:Company 000133B133 rue de la R√©publiqueB
69007 LyonJdr-000133@example.com%
day-2025-04-23(ò®‡®Ê20≤	
Èº
DR-000044-7	DR-000044DR-000044-INV-002"CRED-004(Äòæ∂Ê20R|
INV-000044-002	áΩIEURÈ"È0:Company 000044B44 rue de la R√©publiqueB
69008 LyonJdr-000044@example.comg
DR-000051-5	DR-000051DR-000051-INV-001"CRED-011(≤òæ∂Ê20Z'
DR-000051-PAY-1	Ø•EURÈ a
DR-000072-10	DR-000072DR-000072-INV-002"CRED-005(‰òæ∂Ê20r È"reminder-3-letter»
DR-000072-11	DR-000072DR-000072-INV-002"CRED-005(ñôæ∂Ê20ÇÖ
DR-000072-PLAN-11È
ÈøBEUR
ÈøBEUR
ÈøBEUR
ÈøBEUR
È	¿BEUR`
DR-000074-11	DR-000074DR-000074-INV-002"CRED-001(»ôæ∂Ê20rÈ"reminder-1-emailΩ
DR-000098-11	DR-000098DR-000098-INV-002"CRED-009(˙ôæ∂Ê20R|
INV-000098-002≠4EURÈ"È0:Customer 000098B98 rue de la R√©publiqueB
69008 LyonJdr-000098@example.com%
day-2025-04-24(ò‡˘—Ê20≤	
È^
DR-000020-9	DR-000020DR-000020-INV-002"CRED-002(Ä–◊ﬂÊ20rÈ"courtesy-reminder`
DR-000038-4	DR-000038DR-000038-INV-001"CRED-012(≤–◊ﬂÊ20r È"reminder-3-letter\
DR-000044-8	DR-000044DR-000044-INV-001"CRED-004(‰–◊ﬂÊ20rÈ"formal-noticeg
DR-000044-9	DR-000044DR-000044-INV-001"CRED-004(ñ—◊ﬂÊ20Z'
DR-000044-PAY-2	ûÔEURÈ `
DR-000045-7	DR-000045DR-000045-INV-001"CRED-003(»—◊ﬂÊ20r È"reminder-3-letterg
DR-000064-9	DR-000064DR-000064-INV-001"CRED-007(˙—◊ﬂÊ20Z'
DR-000064-PAY-1	ÍÕ<EURÈ `
DR-000074-12	DR-000074DR-000074-INV-002"CRED-001(¨“◊ﬂÊ20rÈ"reminder-2-phonef
DR-000077-7	DR-000077DR-000077-INV-001"CRED-005(ﬁ“◊ﬂÊ20Z&
DR-000077-PAY-1ø5EURÈ d
DR-000081-4	DR-000081DR-000081-INV-002"CRED-012(ê”◊ﬂÊ20j$
DR-000081-CN-4	˛ìEURÈ%
day-2025-04-25(òòì˚Ê20≤	
Èh
DR-000025-11	DR-000025DR-000025-INV-001"CRED-009(ÄàÒàÁ20Z'
DR-000025-PAY-1	‹™9EURÈ a
DR-000074-13	DR-000074DR-000074-INV-002"CRED-001(≤àÒàÁ20r È"reminder-3-letterõ
DR-000085-3	DR-000085DR-000085-INV-001"CRED-008(‰àÒàÁ20ÇZ
DR-000085-PLAN-3È
È«rEUR
È«rEUR
È»rEURg
DR-000103-7	DR-000103DR-000103-INV-001"CRED-008(ñâÒàÁ20Z'
DR-000103-PAY-1	ïÿEURÈ Ω
DR-000106-3	DR-000106DR-000106-INV-002"CRED-002(»âÒàÁ20R}
INV-000106-002	÷ÍEURÈ"È0:Company 000106B106 rue de la R√©publiqueB
69007 LyonJdr-000106@example.comg
DR-000108-5	DR-000108DR-000108-INV-002"CRED-007(˙âÒàÁ20Z'
DR-000108-PAY-2	˜µ?EURÈ a
DR-000120-5	DR-000120DR-000120-INV-001"CRED-004(¨äÒàÁ20r!È"reminder-4-warningæ
DR-000140-4	DR-000140DR-000140-INV-002"CRED-002(ﬁäÒàÁ20R~
INV-000140-002	É·GBPÈ"È0:Customer 000140B140 rue de la R√©publiqueB
69005 LyonJdr-000140@example.com%
day-2025-04-26(ò–¨§Á20≤	
È\
DR-000006-6	DR-000006DR-000006-INV-001"CRED-002(Ä¿ä≤Á20rÈ"formal-noticeº
DR-000058-6	DR-000058DR-000058-INV-002"CRED-001(≤¿ä≤Á20R|
INV-000058-002	ıΩ1EURÈ"È0:Company 000058B58 rue de la R√©publiqueB
69004 LyonJdr-000058@example.com\
DR-000058-7	DR-000058DR-000058-INV-001"CRED-001(‰¿ä≤Á20rÈ"formal-notice`
DR-000070-4	DR-000070DR-000070-INV-001"CRED-002(ñ¡ä≤Á20r È"reminder-3-lettere
DR-000074-14	DR-000074DR-000074-INV-002"CRED-001(»¡ä≤Á20j$
DR-000074-CN-14º5EURÈº
DR-000087-9	DR-000087DR-000087-INV-003"CRED-004(˙¡ä≤Á20R|
INV-000087-003	™rEURÈ"È0:Company 000087B87 rue de la R√©publiqueB
69006 LyonJdr-000087@example.comh
DR-000087-10	DR-000087DR-000087-INV-002"CRED-004(¨¬ä≤Á20Z'
DR-000087-PAY-3	£ÍEURÈ f
DR-000113-8	DR-000113DR-000113-INV-001"CRED-006(ﬁ¬ä≤Á20Z&
DR-000113-PAY-1∏QEURÈ _
DR-000113-9	DR-000113DR-000113-INV-002"CRED-006(ê√ä≤Á20rÈ"reminder-1-emailg
DR-000116-4	DR-000116DR-000116-INV-002"CRED-001(¬√ä≤Á20Z'
DR-000116-PAY-2	°Â3EURÈ g
DR-000119-5	DR-000119DR-000119-INV-002"CRED-009(Ù√ä≤Á20Z'
DR-000119-PAY-2	Ÿæ)EURÈ æ
DR-000124-8	DR-000124DR-000124-INV-002"CRED-011(¶ƒä≤Á20R~
INV-000124-002	Û˝USDÈ"È0:Customer 000124B124 rue de la R√©publiqueB
69007 LyonJdr-000124@example.com`
DR-000145-4	DR-000145DR-000145-INV-001"CRED-012(ÿƒä≤Á20r È"reminder-3-letter%
day-2025-04-27(òà∆ÕÁ20≤	
ÈΩ
DR-000014-3	DR-000014DR-000014-INV-002"CRED-006(Ä¯£€Á20R}
INV-000014-002
€ˆ†EURÈ"È0:Company 000014B14 rue de la R√©publiqueB
69005 LyonJdr-000014@example.comf
DR-000016-8	DR-000016DR-000016-INV-001"CRED-010(≤¯£€Á20Z&
DR-000016-PAY-2»QEURÈ _
DR-000071-5	DR-000071DR-000071-INV-002"CRED-002(‰¯£€Á20rÈ"reminder-1-emailh
DR-000080-10	DR-000080DR-000080-INV-002"CRED-012(ñ˘£€Á20Z'
DR-000080-PAY-1	—†EURÈ \
DR-000082-7	DR-000082DR-000082-INV-001"CRED-002(»˘£€Á20rÈ"formal-noticeg
DR-000108-6	DR-000108DR-000108-INV-003"CRED-007(˙˘£€Á20Z'
DR-000108-PAY-3	·û.EURÈ †
DR-000113-10	DR-000113DR-000113-INV-002"CRED-006(¨˙£€Á20Ç^
DR-000113-PLAN-10È
È	˜ÂEUR
È	˜ÂEUR
È	¯ÂEUR%
day-2025-04-28(ò¿ﬂˆÁ20≤	
È_
DR-000009-3	DR-000009DR-000009-INV-001"CRED-005(Ä∞ΩÑË20rÈ"reminder-2-phoneJ
DR-000012-11	DR-000012"CRED-007(≤∞ΩÑË20b
DR-000012-PAY-3È_
DR-000028-8	DR-000028DR-000028-INV-002"CRED-012(‰∞ΩÑË20rÈ"reminder-1-emailg
DR-000040-4	DR-000040DR-000040-INV-002"CRED-003(ñ±ΩÑË20Z'
DR-000040-PAY-2	™ãCHFÈ _
DR-000055-4	DR-000055DR-000055-INV-001"CRED-004(»±ΩÑË20rÈ"reminder-1-email\
DR-000095-8	DR-000095DR-000095-INV-001"CRED-004(˙±ΩÑË20rÈ"formal-noticeg
DR-000121-6	DR-000121DR-000121-INV-003"CRED-008(¨≤ΩÑË20Z'
DR-000121-PAY-3	ﬁÂEURÈ %
day-2025-04-29(ò¯¯üË20≤	
È_
DR-000004-5	DR-000004DR-000004-INV-001"CRED-009(ÄË÷≠Ë20rÈ"reminder-2-phone`
DR-000012-12	DR-000012DR-000012-INV-002"CRED-007(≤Ë÷≠Ë20rÈ"reminder-1-emaila
DR-000027-10	DR-000027DR-000027-INV-002"CRED-009(‰Ë÷≠Ë20r È"reminder-3-letter\
DR-000033-7	DR-000033DR-000033-INV-001"CRED-007(ñÈ÷≠Ë20rÈ"formal-notice]
DR-000057-14	DR-000057DR-000057-INV-002"CRED-001(»È÷≠Ë20rÈ"formal-noticeg
DR-000111-4	DR-000111DR-000111-INV-002"CRED-005(˙È÷≠Ë20Z'
DR-000111-PAY-2	«çEURÈ %
day-2025-04-30(ò∞í…Ë20≤	
È\
DR-000011-7	DR-000011DR-000011-INV-001"CRED-001(Ä†÷Ë20rÈ"formal-noticeº
DR-000048-8	DR-000048DR-000048-INV-002"CRED-005(≤†÷Ë20R|
INV-000048-002Å6EURÈ"È0:Customer 000048B48 rue de la R√©publiqueB
69003 LyonJdr-000048@example.comL
DR-000053-5	DR-000053DR-000053-INV-002"CRED-009(‰†÷Ë20íÈ]
DR-000060-16	DR-000060DR-000060-INV-002"CRED-008(ñ°÷Ë20rÈ"formal-noticeg
DR-000081-5	DR-000081DR-000081-INV-002"CRED-012(»°÷Ë20Z'
DR-000081-PAY-2	‚˙+EURÈ a
DR-000099-6	DR-000099DR-000099-INV-001"CRED-009(˙°÷Ë20r!È"reminder-4-warning\
DR-000122-7	DR-000122DR-000122-INV-001"CRED-011(¨¢÷Ë20rÈ"formal-notice%
day-2025-05-01(òË´ÚË20≤	
ÈΩ
DR-000061-7	DR-000061DR-000061-INV-003"CRED-005(ÄÿâÄÈ20R}
INV-000061-003
ïÇÜEURÈ"È0:Company 000061B61 rue de la R√©publiqueB
69007 LyonJdr-000061@example.com_
DR-000063-5	DR-000063DR-000063-INV-002"CRED-011(≤ÿâÄÈ20rÈ"reminder-1-emailΩ
DR-000100-6	DR-000100DR-000100-INV-003"CRED-008(‰ÿâÄÈ20R}
INV-000100-003	¸§#GBPÈ"È0:Company 000100B100 rue de la R√©publiqueB
69001 LyonJdr-000100@example.comæ
DR-000107-7	DR-000107DR-000107-INV-002"CRED-005(ñŸâÄÈ20R~
INV-000107-002	∞ÖUSDÈ"È0:Customer 000107B107 rue de la R√©publiqueB
69008 LyonJdr-000107@example.comÕ
DR-000127-3	DR-000127DR-000127-INV-002"CRED-010(»ŸâÄÈ20Rå
INV-000127-002	á…9EURÈ"È*
È∞ì0:Company 000127B127 rue de la R√©publiqueB
69001 LyonJdr-000127@example.coma
DR-000128-6	DR-000128DR-000128-INV-001"CRED-002(˙ŸâÄÈ20r!È"reminder-4-warning^
DR-000137-8	DR-000137DR-000137-INV-002"CRED-005(¨⁄âÄÈ20rÈ"courtesy-reminder%
day-2025-05-02(ò†≈õÈ20≤	
Èh
DR-000012-13	DR-000012DR-000012-INV-002"CRED-007(Äê£©È20Z'
DR-000012-PAY-4	∞Ü8EURÈ d
DR-000014-4	DR-000014DR-000014-INV-002"CRED-006(≤ê£©È20j$
DR-000014-CN-4	¥´+EURÈ]
DR-000057-15	DR-000057DR-000057-INV-001"CRED-001(‰ê£©È20rÈ"formal-noticeº
DR-000093-3	DR-000093DR-000093-INV-002"CRED-007(ñë£©È20R|
INV-000093-002	àﬂEURÈ"È0:Company 000093B93 rue de la R√©publiqueB
69003 LyonJdr-000093@example.comh
DR-000104-4	DR-000104DR-000104-INV-002"CRED-003(»ë£©È20Z(
DR-000104-PAY-2
îù≤EURÈ _
DR-000129-9	DR-000129DR-000129-INV-002"CRED-009(˙ë£©È20rÈ"reminder-1-emailg
DR-000145-5	DR-000145DR-000145-INV-001"CRED-012(¨í£©È20Z'
DR-000145-PAY-1	ÀƒEURÈ %
day-2025-05-03(òÿﬁƒÈ20≤	
Èº
DR-000038-5	DR-000038DR-000038-INV-002"CRED-012(Ä»º“È20R|
INV-000038-002	«ÜEURÈ"È0:Company 000038B38 rue de la R√©publiqueB
69002 LyonJdr-000038@example.coma
DR-000038-6	DR-000038DR-000038-INV-001"CRED-012(≤»º“È20r!È"reminder-4-warninga
DR-000045-8	DR-000045DR-000045-INV-001"CRED-003(‰»º“È20r!È"reminder-4-warning_
DR-000054-5	DR-000054DR-000054-INV-001"CRED-012(ñ…º“È20rÈ"reminder-2-phoneg
DR-000125-5	DR-000125DR-000125-INV-002"CRED-007(»…º“È20Z'
DR-000125-PAY-2	éß+EURÈ %
day-2025-05-04(òê¯ÌÈ20≤	
Èª
DR-000002-3	DR-000002DR-000002-INV-002"CRED-007(ÄÄ÷˚È20R{
INV-000002-002	ò±EURÈ"È0:Company 000002B2 rue de la R√©publiqueB
69002 LyonJdr-000002@example.com`
DR-000020-10	DR-000020DR-000020-INV-002"CRED-002(≤Ä÷˚È20rÈ"reminder-1-email`
DR-000025-12	DR-000025DR-000025-INV-002"CRED-009(‰Ä÷˚È20rÈ"reminder-1-emailΩ
DR-000032-3	DR-000032DR-000032-INV-002"CRED-012(ñÅ÷˚È20R}
INV-000032-002	äÉEURÈ"È0:Customer 000032B32 rue de la R√©publiqueB
69005 LyonJdr-000032@example.comΩ
DR-000051-6	DR-000051DR-000051-INV-002"CRED-011(»Å÷˚È20R}
INV-000051-002	ò‹EURÈ"È0:Customer 000051B51 rue de la R√©publiqueB
69006 LyonJdr-000051@example.com`
DR-000054-6	DR-000054DR-000054-INV-001"CRED-012(˙Å÷˚È20r È"reminder-3-letter_
DR-000065-8	DR-000065DR-000065-INV-002"CRED-002(¨Ç÷˚È20rÈ"reminder-1-email_
DR-000071-6	DR-000071DR-000071-INV-002"CRED-002(ﬁÇ÷˚È20rÈ"reminder-2-phoneb
DR-000074-15	DR-000074DR-000074-INV-002"CRED-001(êÉ÷˚È20r!È"reminder-4-warning_
DR-000138-5	DR-000138DR-000138-INV-002"CRED-010(¬É÷˚È20rÈ"reminder-1-email%
day-2025-05-05(ò»ëóÍ20≤	
Èº
DR-000006-7	DR-000006DR-000006-INV-002"CRED-002(Ä∏Ô§Í20R|
INV-000006-002	Ü∆EURÈ"È0:Customer 000006B6 rue de la R√©publiqueB
69006 LyonJdr-000006@example.com`
DR-000009-4	DR-000009DR-000009-INV-001"CRED-005(≤∏Ô§Í20r È"reminder-3-letter^
DR-000015-6	DR-000015DR-000015-INV-002"CRED-005(‰∏Ô§Í20rÈ"courtesy-reminder_
DR-000022-8	DR-000022DR-000022-INV-002"CRED-006(ñπÔ§Í20rÈ"reminder-1-email_
DR-000028-9	DR-000028DR-000028-INV-002"CRED-012(»πÔ§Í20rÈ"reminder-2-phone^
DR-000028-10	DR-000028DR-000028-INV-002"CRED-012(˙πÔ§Í20z
	áßGBPÈÈΩ
DR-000049-7	DR-000049DR-000049-INV-003"CRED-005(¨∫Ô§Í20R}
INV-000049-003
Ú°≈EURÈ"È0:Company 000049B49 rue de la R√©publiqueB
69004 LyonJdr-000049@example.coma
DR-000054-7	DR-000054DR-000054-INV-001"CRED-012(ﬁ∫Ô§Í20r!È"reminder-4-warning_
DR-000055-5	DR-000055DR-000055-INV-001"CRED-004(êªÔ§Í20rÈ"reminder-2-phone]
DR-000055-6	DR-000055DR-000055-INV-001"CRED-004(¬ªÔ§Í20z
	ÿ„HEURÈÈf
DR-000069-7	DR-000069DR-000069-INV-001"CRED-006(ÙªÔ§Í20Z&
DR-000069-PAY-1ﬂmEURÈ Õ
DR-000070-5	DR-000070DR-000070-INV-002"CRED-002(¶ºÔ§Í20Rå
INV-000070-002
öä≠EURÈ"È*
Èäª0:Company 000070B70 rue de la R√©publiqueB
69007 LyonJdr-000070@example.coma
DR-000070-6	DR-000070DR-000070-INV-001"CRED-002(ÿºÔ§Í20r!È"reminder-4-warningg
DR-000096-4	DR-000096DR-000096-INV-002"CRED-001(äΩÔ§Í20Z'
DR-000096-PAY-2	œ©6EURÈ h
DR-000114-4	DR-000114DR-000114-INV-002"CRED-003(ºΩÔ§Í20Z(
DR-000114-PAY-2
Í«•EURÈ ^
DR-000128-7	DR-000128DR-000128-INV-002"CRED-002(ÓΩÔ§Í20rÈ"courtesy-remindera
DR-000145-6	DR-000145DR-000145-INV-001"CRED-012(†æÔ§Í20r!È"reminder-4-warningæ
DR-000149-7	DR-000149DR-000149-INV-002"CRED-011(“æÔ§Í20R~
INV-000149-002	¶ëEURÈ"È0:Customer 000149B149 rue de la R√©publiqueB
69005 LyonJdr-000149@example.com%
day-2025-05-06(òÄ´¿Í20≤	
È`
DR-000004-6	DR-000004DR-000004-INV-001"CRED-009(ÄàŒÍ20r È"reminder-3-letterf
DR-000009-5	DR-000009DR-000009-INV-001"CRED-005(≤àŒÍ20Z&
DR-000009-PAY-1Ú<EURÈ h
DR-000044-10	DR-000044DR-000044-INV-001"CRED-004(‰àŒÍ20Z'
DR-000044-PAY-3	ëˇ	EURÈ \
DR-000054-8	DR-000054DR-000054-INV-001"CRED-012(ñÒàŒÍ20rÈ"formal-noticeh
DR-000072-12	DR-000072DR-000072-INV-001"CRED-005(»ÒàŒÍ20Z'
DR-000072-PAY-1	ääEURÈ f
DR-000138-6	DR-000138DR-000138-INV-002"CRED-010(˙ÒàŒÍ20Z&
DR-000138-PAY-2âXEURÈ \
DR-000143-7	DR-000143DR-000143-INV-001"CRED-004(¨ÚàŒÍ20rÈ"formal-notice%
day-2025-05-07(ò∏ƒÈÍ20≤	
ÈR
DR-000006-8	DR-000006DR-000006-INV-001"CRED-002(Ä®¢˜Í20ö
AGY-01Èg
DR-000030-4	DR-000030DR-000030-INV-002"CRED-011(≤®¢˜Í20Z'
DR-000030-PAY-2	’—/EURÈ º
DR-000077-8	DR-000077DR-000077-INV-002"CRED-005(‰®¢˜Í20R|
INV-000077-002ùZEURÈ"È0:Customer 000077B77 rue de la R√©publiqueB
69005 LyonJdr-000077@example.comº
DR-000089-5	DR-000089DR-000089-INV-003"CRED-008(ñ©¢˜Í20R|
INV-000089-003	†øxEURÈ"È0:Company 000089B89 rue de la R√©publiqueB
69008 LyonJdr-000089@example.comΩ
DR-000111-5	DR-000111DR-000111-INV-003"CRED-005(»©¢˜Í20R}
INV-000111-003	ËREURÈ"È0:Company 000111B111 rue de la R√©publiqueB
69003 LyonJdr-000111@example.com%
day-2025-05-08(ò›íÎ20≤	
Èº
DR-000016-9	DR-000016DR-000016-INV-002"CRED-010(Ä‡ª†Î20R|
INV-000016-002	ÄµEURÈ	"È0:Company 000016B16 rue de la R√©publiqueB
69007 LyonJdr-000016@example.com^
DR-000019-8	DR-000019DR-000019-INV-002"CRED-007(≤‡ª†Î20rÈ	"courtesy-reminder^
DR-000024-8	DR-000024DR-000024-INV-002"CRED-002(‰‡ª†Î20rÈ	"courtesy-reminderb
DR-000027-11	DR-000027DR-000027-INV-002"CRED-009(ñ·ª†Î20r!È	"reminder-4-warningº
DR-000029-3	DR-000029DR-000029-INV-002"CRED-012(»·ª†Î20R|
INV-000029-002	‹EURÈ	"È0:Company 000029B29 rue de la R√©publiqueB
69002 LyonJdr-000029@example.com_
DR-000063-6	DR-000063DR-000063-INV-002"CRED-011(˙·ª†Î20rÈ	"reminder-2-phone^
DR-000101-8	DR-000101DR-000101-INV-003"CRED-004(¨‚ª†Î20rÈ	"courtesy-reminder%
day-2025-05-09(ò®˜ªÎ20≤	
È	º
DR-000045-9	DR-000045DR-000045-INV-003"CRED-007(Äò’…Î20R|
INV-000045-003	á’EURÈ
"È	0:Company 000045B45 rue de la R√©publiqueB
69009 LyonJdr-000045@example.comg
DR-000052-7	DR-000052DR-000052-INV-001"CRED-002(≤ò’…Î20Z'
DR-000052-PAY-1	ï‘EURÈ
 º
DR-000085-4	DR-000085DR-000085-INV-002"CRED-008(‰ò’…Î20R|
INV-000085-002	¨∂4EURÈ
"È0:Company 000085B85 rue de la R√©publiqueB
69004 LyonJdr-000085@example.comΩ
DR-000105-4	DR-000105DR-000105-INV-003"CRED-010(ñô’…Î20R}
INV-000105-003	ê‡:EURÈ
"È0:Company 000105B105 rue de la R√©publiqueB
69006 LyonJdr-000105@example.comæ
DR-000118-6	DR-000118DR-000118-INV-003"CRED-002(»ô’…Î20R~
INV-000118-003
ÃÙ†EURÈ
"È	0:Company 000118B118 rue de la R√©publiqueB
69001 LyonJdr-000118@example.com`
DR-000129-10	DR-000129DR-000129-INV-002"CRED-009(˙ô’…Î20rÈ
"reminder-2-phoneg
DR-000143-8	DR-000143DR-000143-INV-001"CRED-004(¨ö’…Î20Z'
DR-000143-PAY-1	’—USDÈ
 %
day-2025-05-10(ò‡êÂÎ20≤	
È
_
DR-000004-7	DR-000004DR-000004-INV-002"CRED-009(Ä–ÓÚÎ20ä
goods not deliveredÈg
DR-000017-8	DR-000017DR-000017-INV-001"CRED-001(≤–ÓÚÎ20Z'
DR-000017-PAY-1	óîEURÈ _
DR-000021-7	DR-000021DR-000021-INV-003"CRED-009(‰–ÓÚÎ20rÈ"reminder-1-emailg
DR-000055-7	DR-000055DR-000055-INV-001"CRED-004(ñ—ÓÚÎ20Z'
DR-000055-PAY-1	ÿ„HEURÈ û
DR-000065-9	DR-000065DR-000065-INV-002"CRED-002(»—ÓÚÎ20Ç]
DR-000065-PLAN-9È
È	æñEUR
È	æñEUR
È	æñEURæ
DR-000080-11	DR-000080DR-000080-INV-003"CRED-012(˙—ÓÚÎ20R}
INV-000080-003
Œ€ûEURÈ"È
0:Company 000080B80 rue de la R√©publiqueB
69008 LyonJdr-000080@example.com\
DR-000120-6	DR-000120DR-000120-INV-001"CRED-004(¨“ÓÚÎ20rÈ"formal-noticeΩ
DR-000122-8	DR-000122DR-000122-INV-002"CRED-011(ﬁ“ÓÚÎ20R}
INV-000122-002	‹÷0EURÈ"È
0:Company 000122B122 rue de la R√©publiqueB
69005 LyonJdr-000122@example.comæ
DR-000139-3	DR-000139DR-000139-INV-002"CRED-006(ê”ÓÚÎ20R~
INV-000139-002	∆ÌEURÈ"È
0:Customer 000139B139 rue de la R√©publiqueB
69004 LyonJdr-000139@example.comæ
DR-000144-3	DR-000144DR-000144-INV-002"CRED-002(¬”ÓÚÎ20R~
INV-000144-002
È‹éEURÈ"È
0:Company 000144B144 rue de la R√©publiqueB
69009 LyonJdr-000144@example.com%
day-2025-05-11(òò™éÏ20≤	
Èæ
DR-000020-11	DR-000020DR-000020-INV-003"CRED-002(ÄààúÏ20R}
INV-000020-003
°ﬂíEURÈ"È0:Company 000020B20 rue de la R√©publiqueB
69002 LyonJdr-000020@example.com`
DR-000020-12	DR-000020DR-000020-INV-002"CRED-002(≤ààúÏ20rÈ"reminder-2-phoneº
DR-000022-9	DR-000022DR-000022-INV-003"CRED-006(‰ààúÏ20R|
INV-000022-003	¸ÁEURÈ"È0:Company 000022B22 rue de la R√©publiqueB
69004 LyonJdr-000022@example.com`
DR-000025-13	DR-000025DR-000025-INV-002"CRED-009(ñâàúÏ20rÈ"reminder-2-phoneº
DR-000031-3	DR-000031DR-000031-INV-002"CRED-012(»âàúÏ20R|
INV-000031-002	˜–`EURÈ"È0:Company 000031B31 rue de la R√©publiqueB
69004 LyonJdr-000031@example.comΩ
DR-000043-3	DR-000043DR-000043-INV-002"CRED-007(˙âàúÏ20R}
INV-000043-002	˜¡EURÈ"È0:Customer 000043B43 rue de la R√©publiqueB
69007 LyonJdr-000043@example.com`
DR-000071-7	DR-000071DR-000071-INV-002"CRED-002(¨äàúÏ20r È"reminder-3-letter_
DR-000075-6	DR-000075DR-000075-INV-002"CRED-010(ﬁäàúÏ20rÈ"reminder-1-emailº
DR-000083-5	DR-000083DR-000083-INV-003"CRED-012(êãàúÏ20R|
INV-000083-003	æ¶0USDÈ"È0:Company 000083B83 rue de la R√©publiqueB
69002 LyonJdr-000083@example.com_
DR-000137-9	DR-000137DR-000137-INV-002"CRED-005(¬ãàúÏ20rÈ"reminder-1-email%
day-2025-05-12(ò–√∑Ï20≤	
Èg
DR-000021-8	DR-000021DR-000021-INV-003"CRED-009(Ä¿°≈Ï20Z'
DR-000021-PAY-3	˝íEURÈ `
DR-000022-10	DR-000022DR-000022-INV-002"CRED-006(≤¿°≈Ï20rÈ"reminder-2-phoneV
DR-000035-6	DR-000035DR-000035-INV-002"CRED-006(‰¿°≈Ï20í≈EURÈÀ
DR-000040-5	DR-000040DR-000040-INV-003"CRED-003(ñ¡°≈Ï20Rä
INV-000040-003	Ø¯/CHFÈ"È*
È›z0:Company 000040B40 rue de la R√©publiqueB
69004 LyonJdr-000040@example.comΩ
DR-000060-17	DR-000060DR-000060-INV-003"CRED-008(»¡°≈Ï20R|
INV-000060-003ﬁvEURÈ"È0:Customer 000060B60 rue de la R√©publiqueB
69006 LyonJdr-000060@example.comg
DR-000070-7	DR-000070DR-000070-INV-001"CRED-002(˙¡°≈Ï20Z'
DR-000070-PAY-1	öﬁEURÈ g
DR-000086-8	DR-000086DR-000086-INV-001"CRED-010(¨¬°≈Ï20Z'
DR-000086-PAY-1	ÖªEURÈ g
DR-000100-7	DR-000100DR-000100-INV-002"CRED-008(ﬁ¬°≈Ï20Z'
DR-000100-PAY-2	»¬4GBPÈ %
day-2025-05-13(òà›‡Ï20≤	
ÈR
DR-000011-8	DR-000011DR-000011-INV-001"CRED-001(Ä¯∫ÓÏ20ö
AGY-02È^
DR-000023-5	DR-000023DR-000023-INV-002"CRED-002(≤¯∫ÓÏ20rÈ"courtesy-reminderº
DR-000030-5	DR-000030DR-000030-INV-003"CRED-011(‰¯∫ÓÏ20R|
INV-000030-003	¯µEURÈ"È0:Company 000030B30 rue de la R√©publiqueB
69003 LyonJdr-000030@example.com^
DR-000033-8	DR-000033DR-000033-INV-002"CRED-007(ñ˘∫ÓÏ20rÈ"courtesy-reminder_
DR-000035-7	DR-000035DR-000035-INV-002"CRED-006(»˘∫ÓÏ20rÈ"reminder-1-emailf
DR-000062-7	DR-000062DR-000062-INV-002"CRED-010(˙˘∫ÓÏ20Z&
DR-000062-PAY-2ˆiEURÈ Ω
DR-000067-5	DR-000067DR-000067-INV-002"CRED-002(¨˙∫ÓÏ20R}
INV-000067-002	Ø¥EURÈ"È0:Customer 000067B67 rue de la R√©publiqueB
69004 LyonJdr-000067@example.comg
DR-000079-4	DR-000079DR-000079-INV-002"CRED-011(ﬁ˙∫ÓÏ20Z'
DR-000079-PAY-2	à“EURÈ _
DR-000085-5	DR-000085DR-000085-INV-001"CRED-008(ê˚∫ÓÏ20rÈ"reminder-2-phoneR
DR-000107-8	DR-000107DR-000107-INV-001"CRED-005(¬˚∫ÓÏ20ö
AGY-01È_
DR-000123-10	DR-000123DR-000123-INV-002"CRED-001(Ù˚∫ÓÏ20rÈ"courtesy-reminderΩ
DR-000135-7	DR-000135DR-000135-INV-002"CRED-008(¶¸∫ÓÏ20R}
INV-000135-002∑WEURÈ"È0:Customer 000135B135 rue de la R√©publiqueB
69009 LyonJdr-000135@example.com^
DR-000148-4	DR-000148DR-000148-INV-002"CRED-005(ÿ¸∫ÓÏ20rÈ"courtesy-reminder%
day-2025-05-14(ò¿ˆâÌ20≤	
Èª
DR-000004-8	DR-000004DR-000004-INV-003"CRED-001(Ä∞‘óÌ20R{
INV-000004-003	ﬁœ!EURÈ"È0:Company 000004B4 rue de la R√©publiqueB
69004 LyonJdr-000004@example.coma
DR-000009-6	DR-000009DR-000009-INV-001"CRED-005(≤∞‘óÌ20r!È"reminder-4-warning_
DR-000035-8	DR-000035DR-000035-INV-002"CRED-006(‰∞‘óÌ20rÈ"reminder-2-phone`
DR-000064-10	DR-000064DR-000064-INV-002"CRED-006(ñ±‘óÌ20rÈ"reminder-1-email`
DR-000085-6	DR-000085DR-000085-INV-001"CRED-008(»±‘óÌ20r È"reminder-3-letter%
day-2025-05-15(ò¯è≥Ì20≤	
Èa
DR-000004-9	DR-000004DR-000004-INV-001"CRED-009(ÄËÌ¿Ì20r!È"reminder-4-warningº
DR-000012-14	DR-000012DR-000012-INV-003"CRED-007(≤ËÌ¿Ì20R{
INV-000012-003¯LEURÈ"È0:Company 000012B12 rue de la R√©publiqueB
69003 LyonJdr-000012@example.com_
DR-000015-7	DR-000015DR-000015-INV-002"CRED-005(‰ËÌ¿Ì20rÈ"reminder-1-emailh
DR-000038-7	DR-000038DR-000038-INV-001"CRED-012(ñÈÌ¿Ì20Z(
DR-000038-PAY-1
ÎëEURÈ À
DR-000063-7	DR-000063DR-000063-INV-003"CRED-011(»ÈÌ¿Ì20Rä
INV-000063-003	∑éEURÈ"È*
È¥E0:Company 000063B63 rue de la R√©publiqueB
69009 LyonJdr-000063@example.com`
DR-000063-8	DR-000063DR-000063-INV-002"CRED-011(˙ÈÌ¿Ì20r È"reminder-3-lettera
DR-000085-7	DR-000085DR-000085-INV-001"CRED-008(¨ÍÌ¿Ì20r!È"reminder-4-warning\
DR-000099-7	DR-000099DR-000099-INV-001"CRED-009(ﬁÍÌ¿Ì20rÈ"formal-noticeg
DR-000102-4	DR-000102DR-000102-INV-002"CRED-011(êÎÌ¿Ì20Z'
DR-000102-PAY-2	˙ÕEURÈ _
DR-000128-8	DR-000128DR-000128-INV-002"CRED-002(¬ÎÌ¿Ì20rÈ"reminder-1-email%
day-2025-05-16(ò∞©‹Ì20≤	
Èº
DR-000008-10	DR-000008DR-000008-INV-003"CRED-008(Ä†áÍÌ20R{
INV-000008-003	¯›-EURÈ"È0:Company 000008B8 rue de la R√©publiqueB
69008 LyonJdr-000008@example.comº
DR-000055-8	DR-000055DR-000055-INV-003"CRED-004(≤†áÍÌ20R|
INV-000055-003	©ﬂ,EURÈ"È0:Company 000055B55 rue de la R√©publiqueB
69001 LyonJdr-000055@example.comº
DR-000068-4	DR-000068DR-000068-INV-002"CRED-001(‰†áÍÌ20R|
INV-000068-002ÖBEURÈ"È0:Customer 000068B68 rue de la R√©publiqueB
69005 LyonJdr-000068@example.comg
DR-000072-13	DR-000072DR-000072-INV-002"CRED-005(ñ°áÍÌ20Z&
DR-000072-PAY-2øBEURÈ Ω
DR-000126-3	DR-000126DR-000126-INV-002"CRED-001(»°áÍÌ20R}
INV-000126-002	≥Ä!GBPÈ"È0:Company 000126B126 rue de la R√©publiqueB
69009 LyonJdr-000126@example.com\
DR-000128-9	DR-000128DR-000128-INV-001"CRED-002(˙°áÍÌ20rÈ"formal-noticea
DR-000129-11	DR-000129DR-000129-INV-002"CRED-009(¨¢áÍÌ20r È"reminder-3-letterL
DR-000130-6	DR-000130DR-000130-INV-002"CRED-008(ﬁ¢áÍÌ20íÈ%
day-2025-05-17(òË¬ÖÓ20≤	
Èª
DR-000001-8	DR-000001DR-000001-INV-002"CRED-010(Äÿ†ìÓ20R{
INV-000001-002‚(EURÈ"È0:Customer 000001B1 rue de la R√©publiqueB
69001 LyonJdr-000001@example.comh
DR-000008-11	DR-000008DR-000008-INV-001"CRED-008(≤ÿ†ìÓ20Z'
DR-000008-PAY-3	â∆EURÈ h
DR-000014-5	DR-000014DR-000014-INV-002"CRED-006(‰ÿ†ìÓ20Z(
DR-000014-PAY-2
ßÀıEURÈ Ω
DR-000026-8	DR-000026DR-000026-INV-002"CRED-003(ñŸ†ìÓ20R}
INV-000026-002	¶êCHFÈ"È0:Customer 000026B26 rue de la R√©publiqueB
69008 LyonJdr-000026@example.comR
DR-000058-8	DR-000058DR-000058-INV-001"CRED-001(»Ÿ†ìÓ20ö
AGY-01ÈΩ
DR-000103-8	DR-000103DR-000103-INV-003"CRED-008(˙Ÿ†ìÓ20R}
INV-000103-003	ÖËEURÈ"È0:Company 000103B103 rue de la R√©publiqueB
69004 LyonJdr-000103@example.comU
DR-000128-10	DR-000128"CRED-002(¨⁄†ìÓ20Z'
DR-000128-PAY-1	È–EURÈ _
DR-000130-7	DR-000130DR-000130-INV-002"CRED-008(ﬁ⁄†ìÓ20rÈ"reminder-1-email%
day-2025-05-18(ò†‹ÆÓ20≤	
È_
DR-000019-9	DR-000019DR-000019-INV-002"CRED-007(Äê∫ºÓ20rÈ"reminder-1-emaila
DR-000020-13	DR-000020DR-000020-INV-002"CRED-002(≤ê∫ºÓ20r È"reminder-3-letter_
DR-000024-9	DR-000024DR-000024-INV-002"CRED-002(‰ê∫ºÓ20rÈ"reminder-1-emaila
DR-000025-14	DR-000025DR-000025-INV-002"CRED-009(ñë∫ºÓ20r È"reminder-3-letterh
DR-000028-11	DR-000028DR-000028-INV-002"CRED-012(»ë∫ºÓ20Z'
DR-000028-PAY-2	áßGBPÈ ]
DR-000045-10	DR-000045DR-000045-INV-001"CRED-003(˙ë∫ºÓ20rÈ"formal-notice^
DR-000050-9	DR-000050DR-000050-INV-002"CRED-010(¨í∫ºÓ20rÈ"courtesy-reminder_
DR-000075-7	DR-000075DR-000075-INV-002"CRED-010(ﬁí∫ºÓ20rÈ"reminder-2-phone_
DR-000101-9	DR-000101DR-000101-INV-003"CRED-004(êì∫ºÓ20rÈ"reminder-1-email_
DR-000130-8	DR-000130DR-000130-INV-002"CRED-008(¬ì∫ºÓ20rÈ"reminder-2-phone`
DR-000131-10	DR-000131DR-000131-INV-003"CRED-003(Ùì∫ºÓ20rÈ"reminder-1-email`
DR-000137-10	DR-000137DR-000137-INV-002"CRED-005(¶î∫ºÓ20rÈ"reminder-2-phoneg
DR-000140-5	DR-000140DR-000140-INV-002"CRED-002(ÿî∫ºÓ20Z'
DR-000140-PAY-2	É·GBPÈ Õ
DR-000147-6	DR-000147DR-000147-INV-004"CRED-004(äï∫ºÓ20Rå
INV-000147-004	•∫:EURÈ"È*
È“ï0:Company 000147B147 rue de la R√©publiqueB
69003 LyonJdr-000147@example.comW
DR-000150-7	DR-000150DR-000150-INV-002"CRED-004(ºï∫ºÓ20í	„⁄EURÈ%
day-2025-05-19(òÿı◊Ó20≤	
Èa
DR-000022-11	DR-000022DR-000022-INV-002"CRED-006(Ä»”ÂÓ20r È"reminder-3-letter`
DR-000035-9	DR-000035DR-000035-INV-002"CRED-006(≤»”ÂÓ20r È"reminder-3-letterg
DR-000040-6	DR-000040DR-000040-INV-003"CRED-003(‰»”ÂÓ20Z'
DR-000040-PAY-3	“˝.CHFÈ X
DR-000045-11	DR-000045DR-000045-INV-002"CRED-003(ñ…”ÂÓ20í	ıøSEURÈ]
DR-000074-16	DR-000074DR-000074-INV-002"CRED-001(»…”ÂÓ20rÈ"formal-noticeh
DR-000080-12	DR-000080DR-000080-INV-001"CRED-012(˙…”ÂÓ20Z'
DR-000080-PAY-2	äÏEURÈ æ
DR-000101-10	DR-000101DR-000101-INV-004"CRED-004(¨ ”ÂÓ20R}
INV-000101-004	ó˝+EURÈ"È0:Company 000101B101 rue de la R√©publiqueB
69002 LyonJdr-000101@example.comÃ
DR-000104-5	DR-000104DR-000104-INV-003"CRED-003(ﬁ ”ÂÓ20Rã
INV-000104-003	Ô• EURÈ"È*
È÷R0:Company 000104B104 rue de la R√©publiqueB
69005 LyonJdr-000104@example.com`
DR-000130-9	DR-000130DR-000130-INV-002"CRED-008(êÀ”ÂÓ20r È"reminder-3-letterh
DR-000147-7	DR-000147DR-000147-INV-003"CRED-004(¬À”ÂÓ20Z(
DR-000147-PAY-3
‘≠ÑEURÈ _
DR-000150-8	DR-000150DR-000150-INV-002"CRED-004(ÙÀ”ÂÓ20rÈ"reminder-2-phone%
day-2025-05-20(òêèÅÔ20≤	
È_
DR-000003-6	DR-000003DR-000003-INV-002"CRED-005(ÄÄÌéÔ20rÈ"reminder-1-email_
DR-000017-9	DR-000017DR-000017-INV-002"CRED-001(≤ÄÌéÔ20rÈ"reminder-1-emailh
DR-000020-14	DR-000020DR-000020-INV-002"CRED-002(‰ÄÌéÔ20Z'
DR-000020-PAY-3	ÃßEURÈ g
DR-000033-9	DR-000033DR-000033-INV-002"CRED-007(ñÅÌéÔ20Z'
DR-000033-PAY-1	Ä”EURÈ Ω
DR-000036-7	DR-000036DR-000036-INV-002"CRED-012(»ÅÌéÔ20R}
INV-000036-002	®ØEURÈ"È0:Customer 000036B36 rue de la R√©publiqueB
69009 LyonJdr-000036@example.com`
DR-000045-12	DR-000045DR-000045-INV-002"CRED-003(˙ÅÌéÔ20rÈ"reminder-1-emailº
DR-000046-9	DR-000046DR-000046-INV-002"CRED-010(¨ÇÌéÔ20R|
INV-000046-002	ú÷USDÈ"È0:Company 000046B46 rue de la R√©publiqueB
69001 LyonJdr-000046@example.coma
DR-000071-8	DR-000071DR-000071-INV-002"CRED-002(ﬁÇÌéÔ20r!È"reminder-4-warning_
DR-000098-12	DR-000098DR-000098-INV-002"CRED-009(êÉÌéÔ20rÈ"courtesy-reminder_
DR-000117-9	DR-000117DR-000117-INV-002"CRED-007(¬ÉÌéÔ20rÈ"reminder-1-emailb
DR-000130-10	DR-000130DR-000130-INV-002"CRED-008(ÙÉÌéÔ20r!È"reminder-4-warning\
DR-000145-7	DR-000145DR-000145-INV-001"CRED-012(¶ÑÌéÔ20rÈ"formal-noticeg
DR-000145-8	DR-000145DR-000145-INV-001"CRED-012(ÿÑÌéÔ20Z'
DR-000145-PAY-2	à‘EURÈ `
DR-000150-9	DR-000150DR-000150-INV-002"CRED-004(äÖÌéÔ20r È"reminder-3-letter%
day-2025-05-21(ò»®™Ô20≤	
È`
DR-000064-11	DR-000064DR-000064-INV-002"CRED-006(Ä∏Ü∏Ô20rÈ"reminder-2-phonei
DR-000064-12	DR-000064DR-000064-INV-002"CRED-006(≤∏Ü∏Ô20Z(
DR-000064-PAY-2
ï◊ÚEURÈ h
DR-000065-10	DR-000065DR-000065-INV-002"CRED-002(‰∏Ü∏Ô20Z'
DR-000065-PAY-2	æñEURÈ Ω
DR-000072-14	DR-000072DR-000072-INV-003"CRED-005(ñπÜ∏Ô20R|
INV-000072-003	ƒÀEURÈ"È0:Company 000072B72 rue de la R√©publiqueB
69009 LyonJdr-000072@example.com_
DR-000109-8	DR-000109DR-000109-INV-002"CRED-011(»πÜ∏Ô20rÈ"reminder-1-email_
DR-000134-6	DR-000134DR-000134-INV-002"CRED-002(˙πÜ∏Ô20rÈ"reminder-1-emailÃ
DR-000138-7	DR-000138DR-000138-INV-003"CRED-010(¨∫Ü∏Ô20Rã
INV-000138-003	Ü•EURÈ"È*
Èµ0:Company 000138B138 rue de la R√©publiqueB
69003 LyonJdr-000138@example.comb
DR-000150-10	DR-000150DR-000150-INV-002"CRED-004(ﬁ∫Ü∏Ô20r!È"reminder-4-warning%
day-2025-05-22(òÄ¬”Ô20≤	
È_
DR-000015-8	DR-000015DR-000015-INV-002"CRED-005(Äü·Ô20rÈ"reminder-2-phone]
DR-000015-9	DR-000015DR-000015-INV-002"CRED-005(≤ü·Ô20z
	¢¥EURÈÈg
DR-000075-8	DR-000075DR-000075-INV-002"CRED-010(‰ü·Ô20Z'
DR-000075-PAY-2	ùÕEURÈ s
DR-000101-11	DR-000101DR-000101-INV-003"CRED-004(ñÒü·Ô20ä1
billing error on some lines	ˇ˚EURÈæ
DR-000112-3	DR-000112DR-000112-INV-002"CRED-012(»Òü·Ô20R~
INV-000112-002	Ò¬EURÈ"È0:Customer 000112B112 rue de la R√©publiqueB
69004 LyonJdr-000112@example.com`
DR-000128-11	DR-000128DR-000128-INV-002"CRED-002(˙Òü·Ô20rÈ"reminder-2-phoneh
DR-000129-12	DR-000129DR-000129-INV-002"CRED-009(¨Úü·Ô20Z'
DR-000129-PAY-2	É‰(EURÈ ]
DR-000150-11	DR-000150DR-000150-INV-002"CRED-004(ﬁÚü·Ô20rÈ"formal-notice%
day-2025-05-23(ò∏€¸Ô20≤	
Èg
DR-000003-7	DR-000003DR-000003-INV-002"CRED-005(Ä®πä20Z'
DR-000003-PAY-2	¬◊EURÈ _
DR-000023-6	DR-000023DR-000023-INV-002"CRED-002(≤®πä20rÈ"reminder-1-email]
DR-000027-12	DR-000027DR-000027-INV-002"CRED-009(‰®πä20rÈ"formal-noticef
DR-000042-4	DR-000042DR-000042-INV-002"CRED-011(ñ©πä20Z&
DR-000042-PAY-2ÉTEURÈ h
DR-000061-8	DR-000061DR-000061-INV-003"CRED-005(»©πä20Z(
DR-000061-PAY-3
ïÇÜEURÈ _
DR-000069-8	DR-000069DR-000069-INV-002"CRED-006(˙©πä20rÈ"reminder-1-emailg
DR-000106-4	DR-000106DR-000106-INV-002"CRED-002(¨™πä20Z'
DR-000106-PAY-2	÷ÍEURÈ `
DR-000123-11	DR-000123DR-000123-INV-002"CRED-001(ﬁ™πä20rÈ"reminder-1-emailh
DR-000123-12	DR-000123DR-000123-INV-002"CRED-001(ê´πä20Z'
DR-000123-PAY-3	™ùEURÈ ]
DR-000130-11	DR-000130DR-000130-INV-002"CRED-008(¬´πä20rÈ"formal-notice_
DR-000148-5	DR-000148DR-000148-INV-002"CRED-005(Ù´πä20rÈ"reminder-1-email%
day-2025-05-24(òÙ•20≤	
È`
DR-000045-13	DR-000045DR-000045-INV-003"CRED-007(Ä‡“≥20ä
goods not deliveredÈf
DR-000048-9	DR-000048DR-000048-INV-002"CRED-005(≤‡“≥20Z&
DR-000048-PAY-2Å6EURÈ Ω
DR-000052-8	DR-000052DR-000052-INV-002"CRED-008(‰‡“≥20R}
INV-000052-002	ÀÉEURÈ"È0:Customer 000052B52 rue de la R√©publiqueB
69007 LyonJdr-000052@example.com`
DR-000057-16	DR-000057DR-000057-INV-003"CRED-001(ñ·“≥20rÈ"reminder-1-emaila
DR-000063-9	DR-000063DR-000063-INV-002"CRED-011(»·“≥20r!È"reminder-4-warningΩ
DR-000065-11	DR-000065DR-000065-INV-003"CRED-002(˙·“≥20R|
INV-000065-003	âú6EURÈ"È0:Company 000065B65 rue de la R√©publiqueB
69002 LyonJdr-000065@example.comh
DR-000113-11	DR-000113DR-000113-INV-002"CRED-006(¨‚“≥20Z'
DR-000113-PAY-2	˜ÂEURÈ Ω
DR-000114-5	DR-000114DR-000114-INV-003"CRED-011(ﬁ‚“≥20R}
INV-000114-003	÷Ç)EURÈ"È0:Company 000114B114 rue de la R√©publiqueB
69006 LyonJdr-000114@example.comø
DR-000123-13	DR-000123DR-000123-INV-003"CRED-001(ê„“≥20R~
INV-000123-003	ó–EURÈ"È0:Customer 000123B123 rue de la R√©publiqueB
69006 LyonJdr-000123@example.comY
DR-000124-9	DR-000124DR-000124-INV-001"CRED-009(¬„“≥20™
Èuncollectable%
day-2025-05-25(ò®éœ20≤	
È`
DR-000019-10	DR-000019DR-000019-INV-002"CRED-007(ÄòÏ‹20rÈ"reminder-2-phone`
DR-000024-10	DR-000024DR-000024-INV-002"CRED-002(≤òÏ‹20rÈ"reminder-2-phoneº
DR-000041-5	DR-000041DR-000041-INV-003"CRED-004(‰òÏ‹20R|
INV-000041-003	«‹)EURÈ"È0:Company 000041B41 rue de la R√©publiqueB
69005 LyonJdr-000041@example.com`
DR-000045-14	DR-000045DR-000045-INV-002"CRED-003(ñôÏ‹20rÈ"reminder-2-phoneº
DR-000056-7	DR-000056DR-000056-INV-003"CRED-011(»ôÏ‹20R|
INV-000056-003	…ŒEURÈ"È
0:Company 000056B56 rue de la R√©publiqueB
69002 LyonJdr-000056@example.comæ
DR-000074-17	DR-000074DR-000074-INV-003"CRED-001(˙ôÏ‹20R}
INV-000074-003	ŸíEURÈ"È0:Customer 000074B74 rue de la R√©publiqueB
69002 LyonJdr-000074@example.comh
DR-000074-18	DR-000074DR-000074-INV-002"CRED-001(¨öÏ‹20Z'
DR-000074-PAY-2	ÓÂEURÈ `
DR-000075-9	DR-000075DR-000075-INV-002"CRED-010(ﬁöÏ‹20r È"reminder-3-letter^
DR-000090-5	DR-000090DR-000090-INV-002"CRED-009(êõÏ‹20rÈ"courtesy-reminderh
DR-000128-12	DR-000128DR-000128-INV-001"CRED-002(¬õÏ‹20Z'
DR-000128-PAY-2	ôÿ&EURÈ `
DR-000131-11	DR-000131DR-000131-INV-003"CRED-003(ÙõÏ‹20rÈ"reminder-2-phone^
DR-000131-12	DR-000131DR-000131-INV-003"CRED-003(¶úÏ‹20z
	¡≥EEURÈÈg
DR-000134-7	DR-000134DR-000134-INV-002"CRED-002(ÿúÏ‹20Z'
DR-000134-PAY-2	¯»EURÈ a
DR-000137-11	DR-000137DR-000137-INV-002"CRED-005(äùÏ‹20r È"reminder-3-letter%
day-2025-05-26(ò‡ß¯20≤	
ÈÃ
DR-000003-8	DR-000003DR-000003-INV-003"CRED-005(Ä–ÖÜÒ20Rã
INV-000003-003
Òè§EURÈ"È*
ÈÎÎ0:Company 000003B3 rue de la R√©publiqueB
69003 LyonJdr-000003@example.comJ
DR-000033-10	DR-000033"CRED-007(≤–ÖÜÒ20b
DR-000033-PAY-1È`
DR-000075-10	DR-000075DR-000075-INV-003"CRED-010(‰–ÖÜÒ20rÈ"reminder-1-emailg
DR-000113-12	DR-000113DR-000113-INV-001"CRED-006(ñ—ÖÜÒ20Z&
DR-000113-PAY-3∏QEURÈ %
day-2025-05-27(òò¡°Ò20≤	
ÈX
DR-000004-10	DR-000004DR-000004-INV-002"CRED-009(ÄàüØÒ20í	¬©EURÈ`
DR-000017-10	DR-000017DR-000017-INV-002"CRED-001(≤àüØÒ20rÈ"reminder-2-phoneb
DR-000025-15	DR-000025DR-000025-INV-002"CRED-009(‰àüØÒ20r!È"reminder-4-warningg
DR-000027-13	DR-000027DR-000027-INV-002"CRED-009(ñâüØÒ20Z&
DR-000027-PAY-2¶;EURÈ `
DR-000033-11	DR-000033DR-000033-INV-002"CRED-007(»âüØÒ20rÈ"reminder-1-emailº
DR-000034-4	DR-000034DR-000034-INV-002"CRED-012(˙âüØÒ20R|
INV-000034-002¬8EURÈ"È0:Customer 000034B34 rue de la R√©publiqueB
69007 LyonJdr-000034@example.comΩ
DR-000078-3	DR-000078DR-000078-INV-002"CRED-004(¨äüØÒ20R}
INV-000078-002
Ãâ›USDÈ"È0:Company 000078B78 rue de la R√©publiqueB
69006 LyonJdr-000078@example.comg
DR-000083-6	DR-000083DR-000083-INV-002"CRED-012(ﬁäüØÒ20Z'
DR-000083-PAY-2	ÚÅUSDÈ º
DR-000099-8	DR-000099DR-000099-INV-002"CRED-009(êãüØÒ20R|
INV-000099-002	à‹,EURÈ"È0:Company 000099B99 rue de la R√©publiqueB
69009 LyonJdr-000099@example.com`
DR-000117-10	DR-000117DR-000117-INV-002"CRED-007(¬ãüØÒ20rÈ"reminder-2-phoneÃ
DR-000143-9	DR-000143DR-000143-INV-002"CRED-004(ÙãüØÒ20Rã
INV-000143-002	â“USDÈ"È*
È·0:Company 000143B143 rue de la R√©publiqueB
69008 LyonJdr-000143@example.com_
DR-000146-10	DR-000146DR-000146-INV-002"CRED-011(¶åüØÒ20rÈ"courtesy-reminder%
day-2025-05-28(ò–⁄ Ò20≤	
È`
DR-000004-11	DR-000004DR-000004-INV-002"CRED-009(Ä¿∏ÿÒ20rÈ"reminder-1-emailb
DR-000022-12	DR-000022DR-000022-INV-002"CRED-006(≤¿∏ÿÒ20r!È"reminder-4-warningb
DR-000035-10	DR-000035DR-000035-INV-002"CRED-006(‰¿∏ÿÒ20r!È"reminder-4-warning`
DR-000050-10	DR-000050DR-000050-INV-002"CRED-010(ñ¡∏ÿÒ20rÈ"reminder-1-emailh
DR-000060-18	DR-000060DR-000060-INV-002"CRED-008(»¡∏ÿÒ20Z'
DR-000060-PAY-2	˝Ü
EURÈ g
DR-000082-8	DR-000082DR-000082-INV-001"CRED-002(˙¡∏ÿÒ20Z'
DR-000082-PAY-1	ÈîEURÈ _
DR-000095-9	DR-000095DR-000095-INV-002"CRED-010(¨¬∏ÿÒ20rÈ"reminder-1-email_
DR-000109-9	DR-000109DR-000109-INV-002"CRED-011(ﬁ¬∏ÿÒ20rÈ"reminder-2-phoneø
DR-000117-11	DR-000117DR-000117-INV-003"CRED-007(ê√∏ÿÒ20R~
INV-000117-003	–øUSDÈ"È0:Customer 000117B117 rue de la R√©publiqueB
69009 LyonJdr-000117@example.comh
DR-000137-12	DR-000137DR-000137-INV-002"CRED-005(¬√∏ÿÒ20Z'
DR-000137-PAY-2	¶πEURÈ %
day-2025-05-29(òàÙÛÒ20≤	
È`
DR-000004-12	DR-000004DR-000004-INV-002"CRED-009(Ä¯—ÅÚ20rÈ"reminder-2-phone\
DR-000009-7	DR-000009DR-000009-INV-001"CRED-005(≤¯—ÅÚ20rÈ"formal-noticeg
DR-000032-4	DR-000032DR-000032-INV-002"CRED-012(‰¯—ÅÚ20Z'
DR-000032-PAY-2	äÉEURÈ º
DR-000069-9	DR-000069DR-000069-INV-003"CRED-006(ñ˘—ÅÚ20R|
INV-000069-003	¬Î|EURÈ"È0:Company 000069B69 rue de la R√©publiqueB
69006 LyonJdr-000069@example.com\
DR-000085-8	DR-000085DR-000085-INV-001"CRED-008(»˘—ÅÚ20rÈ"formal-noticeΩ
DR-000091-7	DR-000091DR-000091-INV-004"CRED-010(˙˘—ÅÚ20R}
INV-000091-004
äâöUSDÈ"È0:Company 000091B91 rue de la R√©publiqueB
69001 LyonJdr-000091@example.com_
DR-000103-9	DR-000103DR-000103-INV-002"CRED-005(¨˙—ÅÚ20rÈ"reminder-1-emaila
DR-000128-13	DR-000128DR-000128-INV-002"CRED-002(ﬁ˙—ÅÚ20r È"reminder-3-letterh
DR-000130-12	DR-000130DR-000130-INV-003"CRED-008(ê˚—ÅÚ20Z'
DR-000130-PAY-2	”6CHFÈ %
day-2025-05-30(ò¿çùÚ20≤	
È]
DR-000004-13	DR-000004DR-000004-INV-001"CRED-009(Ä∞Î™Ú20rÈ"formal-notice_
DR-000023-7	DR-000023DR-000023-INV-002"CRED-002(≤∞Î™Ú20rÈ"reminder-2-phoneæ
DR-000028-12	DR-000028DR-000028-INV-003"CRED-006(‰∞Î™Ú20R}
INV-000028-003
¬ûßEURÈ"È0:Company 000028B28 rue de la R√©publiqueB
69001 LyonJdr-000028@example.com`
DR-000033-12	DR-000033DR-000033-INV-002"CRED-007(ñ±Î™Ú20rÈ"reminder-2-phone^
DR-000038-8	DR-000038DR-000038-INV-002"CRED-012(»±Î™Ú20rÈ"courtesy-reminder`
DR-000069-10	DR-000069DR-000069-INV-002"CRED-006(˙±Î™Ú20rÈ"reminder-2-phoneΩ
DR-000084-3	DR-000084DR-000084-INV-002"CRED-012(¨≤Î™Ú20R}
INV-000084-002	ŸÙEURÈ"È0:Customer 000084B84 rue de la R√©publiqueB
69003 LyonJdr-000084@example.com`
DR-000098-13	DR-000098DR-000098-INV-002"CRED-009(ﬁ≤Î™Ú20rÈ"reminder-1-emailh
DR-000133-9	DR-000133DR-000133-INV-001"CRED-001(ê≥Î™Ú20Z(
DR-000133-PAY-1
˚∆°CHFÈ _
DR-000148-6	DR-000148DR-000148-INV-002"CRED-005(¬≥Î™Ú20rÈ"reminder-2-phone%
day-2025-05-31(ò¯¶∆Ú20≤	
Èf
DR-000009-8	DR-000009DR-000009-INV-001"CRED-005(ÄËÑ‘Ú20Z&
DR-000009-PAY-2‹5EURÈ h
DR-000045-15	DR-000045DR-000045-INV-001"CRED-003(≤ËÑ‘Ú20Z'
DR-000045-PAY-1	ë¡EURÈ ^
DR-000051-7	DR-000051DR-000051-INV-002"CRED-011(‰ËÑ‘Ú20rÈ"courtesy-reminderh
DR-000057-17	DR-000057DR-000057-INV-001"CRED-001(ñÈÑ‘Ú20Z'
DR-000057-PAY-1	†˘CHFÈ `
DR-000057-18	DR-000057DR-000057-INV-003"CRED-001(»ÈÑ‘Ú20rÈ"reminder-2-phoneº
DR-000066-5	DR-000066DR-000066-INV-003"CRED-007(˙ÈÑ‘Ú20R|
INV-000066-003	ºﬁEURÈ"È0:Company 000066B66 rue de la R√©publiqueB
69003 LyonJdr-000066@example.comc
DR-000112-4	DR-000112DR-000112-INV-002"CRED-012(¨ÍÑ‘Ú20j#
DR-000112-CN-4˝&EURÈg
DR-000120-7	DR-000120DR-000120-INV-001"CRED-004(ﬁÍÑ‘Ú20Z'
DR-000120-PAY-1	◊ﬂEURÈ J
DR-000123-14	DR-000123"CRED-001(êÎÑ‘Ú20b
DR-000123-PAY-3È%
day-2025-06-01(ò∞¿ÔÚ20≤	
Èa
DR-000004-14	DR-000004DR-000004-INV-002"CRED-009(Ä†û˝Ú20r È"reminder-3-letters
DR-000004-15	DR-000004DR-000004-INV-003"CRED-001(≤†û˝Ú20ä1
billing error on some lines	êïEURÈº
DR-000011-9	DR-000011DR-000011-INV-002"CRED-001(‰†û˝Ú20R|
INV-000011-002⁄KEURÈ"È0:Customer 000011B11 rue de la R√©publiqueB
69002 LyonJdr-000011@example.coma
DR-000019-11	DR-000019DR-000019-INV-002"CRED-007(ñ°û˝Ú20r È"reminder-3-lettera
DR-000024-11	DR-000024DR-000024-INV-002"CRED-002(»°û˝Ú20r È"reminder-3-lettera
DR-000045-16	DR-000045DR-000045-INV-002"CRED-003(˙°û˝Ú20r È"reminder-3-letterg
DR-000090-6	DR-000090DR-000090-INV-002"CRED-009(¨¢û˝Ú20Z'
DR-000090-PAY-2	üøEURÈ Ω
DR-000095-10	DR-000095DR-000095-INV-003"CRED-010(ﬁ¢û˝Ú20R|
INV-000095-003	˘˚.EURÈ"È0:Company 000095B95 rue de la R√©publiqueB
69005 LyonJdr-000095@example.comæ
DR-000109-10	DR-000109DR-000109-INV-003"CRED-011(ê£û˝Ú20R}
INV-000109-003ÇnEURÈ"È0:Customer 000109B109 rue de la R√©publiqueB
69001 LyonJdr-000109@example.comæ
DR-000110-3	DR-000110DR-000110-INV-002"CRED-011(¬£û˝Ú20R~
INV-000110-002	´∫EURÈ"È0:Customer 000110B110 rue de la R√©publiqueB
69002 LyonJdr-000110@example.com`
DR-000123-15	DR-000123DR-000123-INV-002"CRED-001(Ù£û˝Ú20rÈ"reminder-2-phone^
DR-000149-8	DR-000149DR-000149-INV-002"CRED-011(¶§û˝Ú20rÈ"courtesy-reminder%
day-2025-06-02(òËŸòÛ20≤	
È_
DR-000010-4	DR-000010DR-000010-INV-002"CRED-007(Äÿ∑¶Û20rÈ"reminder-1-email†
DR-000069-11	DR-000069DR-000069-INV-002"CRED-006(≤ÿ∑¶Û20Ç^
DR-000069-PLAN-11È
È	ÂﬂEUR
È	ÂﬂEUR
È	ÁﬂEURΩ
DR-000071-9	DR-000071DR-000071-INV-003"CRED-002(‰ÿ∑¶Û20R}
INV-000071-003
Æ îEURÈ"È0:Company 000071B71 rue de la R√©publiqueB
69008 LyonJdr-000071@example.com`
DR-000075-11	DR-000075DR-000075-INV-003"CRED-010(ñŸ∑¶Û20rÈ"reminder-2-phoneg
DR-000091-8	DR-000091DR-000091-INV-003"CRED-010(»Ÿ∑¶Û20Z'
DR-000091-PAY-3	íÚUSDÈ º
DR-000096-5	DR-000096DR-000096-INV-003"CRED-001(˙Ÿ∑¶Û20R|
INV-000096-003	Ø˙ EURÈ"È0:Company 000096B96 rue de la R√©publiqueB
69006 LyonJdr-000096@example.com`
DR-000124-10	DR-000124DR-000124-INV-002"CRED-011(¨⁄∑¶Û20rÈ"reminder-1-emailh
DR-000131-13	DR-000131DR-000131-INV-003"CRED-003(ﬁ⁄∑¶Û20Z'
DR-000131-PAY-3	¡≥EEURÈ %
day-2025-06-03(ò†Û¡Û20≤	
Èa
DR-000017-11	DR-000017DR-000017-INV-002"CRED-001(Äê—œÛ20r È"reminder-3-letterb
DR-000075-12	DR-000075DR-000075-INV-002"CRED-010(≤ê—œÛ20r!È"reminder-4-warning^
DR-000077-9	DR-000077DR-000077-INV-002"CRED-005(‰ê—œÛ20rÈ"courtesy-reminderΩ
DR-000086-9	DR-000086DR-000086-INV-002"CRED-010(ñë—œÛ20R}
INV-000086-002	≥óEURÈ"È0:Customer 000086B86 rue de la R√©publiqueB
69005 LyonJdr-000086@example.comº
DR-000090-7	DR-000090DR-000090-INV-003"CRED-009(»ë—œÛ20R|
INV-000090-003≥uEURÈ"È0:Customer 000090B90 rue de la R√©publiqueB
69009 LyonJdr-000090@example.com_
DR-000097-5	DR-000097DR-000097-INV-002"CRED-011(˙ë—œÛ20rÈ"reminder-1-email`
DR-000113-13	DR-000113DR-000113-INV-003"CRED-006(¨í—œÛ20rÈ"reminder-1-emaila
DR-000117-12	DR-000117DR-000117-INV-002"CRED-007(ﬁí—œÛ20r È"reminder-3-lettera
DR-000131-14	DR-000131DR-000131-INV-003"CRED-003(êì—œÛ20r È"reminder-3-letter%
day-2025-06-04(òÿåÎÛ20≤	
Èa
DR-000015-10	DR-000015DR-000015-INV-002"CRED-005(Ä»Í¯Û20r È"reminder-3-letter`
DR-000050-11	DR-000050DR-000050-INV-002"CRED-010(≤»Í¯Û20rÈ"reminder-2-phone]
DR-000071-10	DR-000071DR-000071-INV-002"CRED-002(‰»Í¯Û20rÈ"formal-noticeh
DR-000075-13	DR-000075DR-000075-INV-002"CRED-010(ñ…Í¯Û20Z'
DR-000075-PAY-3	ﬂ•EURÈ h
DR-000094-4	DR-000094DR-000094-INV-002"CRED-010(»…Í¯Û20Z(
DR-000094-PAY-2
•ûéEURÈ `
DR-000095-11	DR-000095DR-000095-INV-002"CRED-010(˙…Í¯Û20rÈ"reminder-2-phone^
DR-000095-12	DR-000095DR-000095-INV-002"CRED-010(¨ Í¯Û20z
	—¨EURÈÈR
DR-000099-9	DR-000099DR-000099-INV-001"CRED-009(ﬁ Í¯Û20ö
AGY-03Èa
DR-000109-11	DR-000109DR-000109-INV-002"CRED-011(êÀÍ¯Û20r È"reminder-3-letter%
day-2025-06-05(òê¶îÙ20≤	
Èh
DR-000018-10	DR-000018DR-000018-INV-002"CRED-005(ÄÄÑ¢Ù20Z'
DR-000018-PAY-2	ø‹EURÈ º
DR-000049-8	DR-000049DR-000049-INV-004"CRED-006(≤ÄÑ¢Ù20R|
INV-000049-004	˘œEURÈ"È0:Company 000049B49 rue de la R√©publiqueB
69004 LyonJdr-000049@example.comg
DR-000069-12	DR-000069DR-000069-INV-001"CRED-006(‰ÄÑ¢Ù20Z&
DR-000069-PAY-2ﬂmEURÈ `
DR-000077-10	DR-000077DR-000077-INV-002"CRED-005(ñÅÑ¢Ù20ä
goods not deliveredÈ`
DR-000103-10	DR-000103DR-000103-INV-002"CRED-005(»ÅÑ¢Ù20rÈ"reminder-2-phoneg
DR-000111-6	DR-000111DR-000111-INV-003"CRED-005(˙ÅÑ¢Ù20Z'
DR-000111-PAY-3	ËREURÈ æ
DR-000131-15	DR-000131DR-000131-INV-004"CRED-003(¨ÇÑ¢Ù20R}
INV-000131-004	π…8EURÈ"È0:Company 000131B131 rue de la R√©publiqueB
69005 LyonJdr-000131@example.comÀ
DR-000148-7	DR-000148DR-000148-INV-002"CRED-005(ﬁÇÑ¢Ù20Çâ
DR-000148-PLAN-7È
È	≈˘EUR
È	≈˘EUR
È	≈˘EUR
È		≈˘EUR
È
	∆˘EUR%
day-2025-06-06(ò»øΩÙ20≤	
Èº
DR-000013-3	DR-000013DR-000013-INV-002"CRED-004(Ä∏ùÀÙ20R|
INV-000013-002á+EURÈ"È0:Customer 000013B13 rue de la R√©publiqueB
69004 LyonJdr-000013@example.comæ
DR-000015-11	DR-000015DR-000015-INV-003"CRED-005(≤∏ùÀÙ20R}
INV-000015-003	 ÂEURÈ"È0:Customer 000015B15 rue de la R√©publiqueB
69006 LyonJdr-000015@example.comh
DR-000016-10	DR-000016DR-000016-INV-002"CRED-010(‰∏ùÀÙ20Z'
DR-000016-PAY-3	ÄµEURÈ `
DR-000023-8	DR-000023DR-000023-INV-002"CRED-002(ñπùÀÙ20r È"reminder-3-letterh
DR-000033-13	DR-000033DR-000033-INV-001"CRED-007(»πùÀÙ20Z'
DR-000033-PAY-2	Ä‘EURÈ a
DR-000033-14	DR-000033DR-000033-INV-002"CRED-007(˙πùÀÙ20r È"reminder-3-letter`
DR-000098-14	DR-000098DR-000098-INV-002"CRED-009(¨∫ùÀÙ20rÈ"reminder-2-phoneæ
DR-000102-5	DR-000102DR-000102-INV-003"CRED-011(ﬁ∫ùÀÙ20R~
INV-000102-003
ı‚ØEURÈ"È0:Company 000102B102 rue de la R√©publiqueB
69003 LyonJdr-000102@example.com„
DR-000113-14	DR-000113DR-000113-INV-003"CRED-006(êªùÀÙ20Ç†
DR-000113-PLAN-14È
È	ˇ§EUR
È	ˇ§EUR
È	ˇ§EUR
È		ˇ§EUR
È
	ˇ§EUR
È	Å•EURa
DR-000123-16	DR-000123DR-000123-INV-002"CRED-001(¬ªùÀÙ20r È"reminder-3-letterh
DR-000123-17	DR-000123DR-000123-INV-002"CRED-001(ÙªùÀÙ20Z'
DR-000123-PAY-4	™ùEURÈ œ
DR-000129-13	DR-000129DR-000129-INV-003"CRED-009(¶ºùÀÙ20Rç
INV-000129-003
ÓÿûEURÈ"È*
È†ñ0:Company 000129B129 rue de la R√©publiqueB
69003 LyonJdr-000129@example.com`
DR-000146-11	DR-000146DR-000146-INV-002"CRED-011(ÿºùÀÙ20rÈ"reminder-1-email%
day-2025-06-07(òÄŸÊÙ20≤	
Èh
DR-000004-16	DR-000004DR-000004-INV-002"CRED-009(Ä∂ÙÙ20Z'
DR-000004-PAY-1	π◊EURÈ b
DR-000015-12	DR-000015DR-000015-INV-002"CRED-005(≤∂ÙÙ20r!È"reminder-4-warning_
DR-000020-15	DR-000020DR-000020-INV-003"CRED-002(‰∂ÙÙ20rÈ"courtesy-remindera
DR-000057-19	DR-000057DR-000057-INV-003"CRED-001(ñÒ∂ÙÙ20r È"reminder-3-letter^
DR-000058-9	DR-000058DR-000058-INV-002"CRED-001(»Ò∂ÙÙ20rÈ"courtesy-reminderi
DR-000071-11	DR-000071DR-000071-INV-002"CRED-002(˙Ò∂ÙÙ20Z(
DR-000071-PAY-2
„æúEURÈ Ω
DR-000092-3	DR-000092DR-000092-INV-002"CRED-010(¨Ú∂ÙÙ20R}
INV-000092-002	• EURÈ"È0:Customer 000092B92 rue de la R√©publiqueB
69002 LyonJdr-000092@example.comΩ
DR-000094-5	DR-000094DR-000094-INV-003"CRED-010(ﬁÚ∂ÙÙ20R}
INV-000094-003
ñÖ£EURÈ"È0:Company 000094B94 rue de la R√©publiqueB
69004 LyonJdr-000094@example.comM
DR-000101-12	DR-000101DR-000101-INV-003"CRED-004(êÛ∂ÙÙ20íÈ_
DR-000107-9	DR-000107DR-000107-INV-002"CRED-005(¬Û∂ÙÙ20rÈ"reminder-1-email_
DR-000127-4	DR-000127DR-000127-INV-002"CRED-010(ÙÛ∂ÙÙ20rÈ"reminder-1-emailb
DR-000128-14	DR-000128DR-000128-INV-002"CRED-002(¶Ù∂ÙÙ20r!È"reminder-4-warningø
DR-000137-13	DR-000137DR-000137-INV-003"CRED-005(ÿÙ∂ÙÙ20R~
INV-000137-003	£ÉEURÈ"È0:Customer 000137B137 rue de la R√©publiqueB
69002 LyonJdr-000137@example.com%
day-2025-06-08(ò∏Úèı20≤	
È_
DR-000041-6	DR-000041DR-000041-INV-002"CRED-004(Ä®–ùı20ä
goods not deliveredÈ	]
DR-000063-10	DR-000063DR-000063-INV-002"CRED-011(≤®–ùı20rÈ	"formal-noticed
DR-000096-6	DR-000096DR-000096-INV-003"CRED-001(‰®–ùı20j$
DR-000096-CN-6	ı“EURÈ	`
DR-000101-13	DR-000101DR-000101-INV-003"CRED-004(ñ©–ùı20rÈ	"reminder-2-phoneΩ
DR-000127-5	DR-000127DR-000127-INV-003"CRED-010(»©–ùı20R}
INV-000127-003	≠æ(EURÈ	"È0:Company 000127B127 rue de la R√©publiqueB
69001 LyonJdr-000127@example.comæ
DR-000145-9	DR-000145DR-000145-INV-002"CRED-012(˙©–ùı20R~
INV-000145-002	ÂÎEURÈ	"È	0:Customer 000145B145 rue de la R√©publiqueB
69001 LyonJdr-000145@example.comh
DR-000145-10	DR-000145DR-000145-INV-001"CRED-012(¨™–ùı20Z'
DR-000145-PAY-3	™°EURÈ	 %
day-2025-06-09(òãπı20≤	
È	_
DR-000010-5	DR-000010DR-000010-INV-002"CRED-007(Ä‡È∆ı20rÈ
"reminder-2-phone]
DR-000010-6	DR-000010DR-000010-INV-002"CRED-007(≤‡È∆ı20z
	»ΩGBPÈÈ
Ω
DR-000019-12	DR-000019DR-000019-INV-003"CRED-007(‰‡È∆ı20R|
INV-000019-003	‹ÎUSDÈ
"È	0:Company 000019B19 rue de la R√©publiqueB
69001 LyonJdr-000019@example.com_
DR-000038-9	DR-000038DR-000038-INV-002"CRED-012(ñ·È∆ı20rÈ
"reminder-1-email`
DR-000064-13	DR-000064DR-000064-INV-003"CRED-007(»·È∆ı20rÈ
"reminder-1-emaila
DR-000075-14	DR-000075DR-000075-INV-003"CRED-010(˙·È∆ı20r È
"reminder-3-letterc
DR-000092-4	DR-000092DR-000092-INV-002"CRED-010(¨‚È∆ı20j#
DR-000092-CN-4£EURÈ
a
DR-000101-14	DR-000101DR-000101-INV-003"CRED-004(ﬁ‚È∆ı20r È
"reminder-3-letter`
DR-000124-11	DR-000124DR-000124-INV-002"CRED-011(ê„È∆ı20rÈ
"reminder-2-phone^
DR-000135-8	DR-000135DR-000135-INV-002"CRED-008(¬„È∆ı20rÈ
"courtesy-reminderŒ
DR-000150-12	DR-000150DR-000150-INV-004"CRED-004(Ù„È∆ı20Rå
INV-000150-004	€Ä6EURÈ
"È
*
È†ä0:Company 000150B150 rue de la R√©publiqueB
69006 LyonJdr-000150@example.com%
day-2025-06-10(ò®•‚ı20≤	
È
h
DR-000004-17	DR-000004DR-000004-INV-001"CRED-009(ÄòÉı20Z'
DR-000004-PAY-2	≠“1EURÈ b
DR-000019-13	DR-000019DR-000019-INV-002"CRED-007(≤òÉı20r!È"reminder-4-warningb
DR-000024-12	DR-000024DR-000024-INV-002"CRED-002(‰òÉı20r!È"reminder-4-warningb
DR-000045-17	DR-000045DR-000045-INV-002"CRED-003(ñôÉı20r!È"reminder-4-warningi
DR-000045-18	DR-000045DR-000045-INV-002"CRED-003(»ôÉı20Z(
DR-000045-PAY-2
êß“EURÈ _
DR-000051-8	DR-000051DR-000051-INV-002"CRED-011(˙ôÉı20rÈ"reminder-1-emailf
DR-000068-5	DR-000068DR-000068-INV-002"CRED-001(¨öÉı20Z&
DR-000068-PAY-2ÖBEURÈ _
DR-000097-6	DR-000097DR-000097-INV-002"CRED-011(ﬁöÉı20rÈ"reminder-2-phoneb
DR-000101-15	DR-000101DR-000101-INV-003"CRED-004(êõÉı20r!È"reminder-4-warning_
DR-000125-6	DR-000125DR-000125-INV-003"CRED-007(¬õÉı20rÈ"reminder-1-emailb
DR-000131-16	DR-000131DR-000131-INV-003"CRED-003(ÙõÉı20r!È"reminder-4-warningÃ
DR-000134-8	DR-000134DR-000134-INV-003"CRED-002(¶úÉı20Rã
INV-000134-003	ıäEURÈ"È*
È„0:Company 000134B134 rue de la R√©publiqueB
69008 LyonJdr-000134@example.com%
day-2025-06-11(ò‡æãˆ20≤	
È_
DR-000006-9	DR-000006DR-000006-INV-002"CRED-002(Ä–úôˆ20rÈ"reminder-1-email]
DR-000025-16	DR-000025DR-000025-INV-002"CRED-009(≤–úôˆ20rÈ"formal-noticeº
DR-000030-6	DR-000030DR-000030-INV-004"CRED-011(‰–úôˆ20R|
INV-000030-004	ÃÕEURÈ"È0:Company 000030B30 rue de la R√©publiqueB
69003 LyonJdr-000030@example.com_
DR-000049-9	DR-000049DR-000049-INV-003"CRED-005(ñ—úôˆ20rÈ"reminder-1-emaila
DR-000050-12	DR-000050DR-000050-INV-002"CRED-010(»—úôˆ20r È"reminder-3-letterh
DR-000063-11	DR-000063DR-000063-INV-002"CRED-011(˙—úôˆ20Z'
DR-000063-PAY-2	ö„@EURÈ g
DR-000098-15	DR-000098DR-000098-INV-002"CRED-009(¨“úôˆ20Z&
DR-000098-PAY-3≠4EURÈ h
DR-000125-7	DR-000125DR-000125-INV-003"CRED-007(ﬁ“úôˆ20Z(
DR-000125-PAY-3
”ò†EURÈ _
DR-000149-9	DR-000149DR-000149-INV-002"CRED-011(ê”úôˆ20rÈ"reminder-1-email%
day-2025-06-12(òòÿ¥ˆ20≤	
ÈM
DR-000004-18	DR-000004DR-000004-INV-003"CRED-001(Äà∂¬ˆ20íÈ`
DR-000008-12	DR-000008DR-000008-INV-002"CRED-008(≤à∂¬ˆ20rÈ"reminder-1-emailb
DR-000017-12	DR-000017DR-000017-INV-002"CRED-001(‰à∂¬ˆ20r!È"reminder-4-warning]
DR-000022-13	DR-000022DR-000022-INV-002"CRED-006(ñâ∂¬ˆ20rÈ"formal-noticeh
DR-000033-15	DR-000033DR-000033-INV-002"CRED-007(»â∂¬ˆ20Z'
DR-000033-PAY-3	Ä”EURÈ ]
DR-000035-11	DR-000035DR-000035-INV-002"CRED-006(˙â∂¬ˆ20rÈ"formal-noticeg
DR-000035-12	DR-000035DR-000035-INV-002"CRED-006(¨ä∂¬ˆ20Z&
DR-000035-PAY-2∞+EURÈ º
DR-000045-19	DR-000045DR-000045-INV-004"CRED-003(ﬁä∂¬ˆ20R{
INV-000045-004‘8EURÈ"È0:Company 000045B45 rue de la R√©publiqueB
69009 LyonJdr-000045@example.comº
DR-000054-9	DR-000054DR-000054-INV-002"CRED-012(êã∂¬ˆ20R|
INV-000054-002ÙREURÈ"È0:Customer 000054B54 rue de la R√©publiqueB
69009 LyonJdr-000054@example.comΩ
DR-000063-12	DR-000063DR-000063-INV-004"CRED-006(¬ã∂¬ˆ20R|
INV-000063-004	ô”EURÈ"È0:Company 000063B63 rue de la R√©publiqueB
69009 LyonJdr-000063@example.coma
DR-000103-11	DR-000103DR-000103-INV-002"CRED-005(Ùã∂¬ˆ20r È"reminder-3-letterb
DR-000117-13	DR-000117DR-000117-INV-002"CRED-007(¶å∂¬ˆ20r!È"reminder-4-warning%
day-2025-06-13(ò–Ò›ˆ20≤	
Èh
DR-000008-13	DR-000008DR-000008-INV-001"CRED-008(Ä¿œÎˆ20Z'
DR-000008-PAY-4	óŒ
EURÈ g
DR-000012-15	DR-000012DR-000012-INV-003"CRED-007(≤¿œÎˆ20Z&
DR-000012-PAY-5¯LEURÈ º
DR-000032-5	DR-000032DR-000032-INV-003"CRED-012(‰¿œÎˆ20R|
INV-000032-003ÁWEURÈ"È0:Customer 000032B32 rue de la R√©publiqueB
69005 LyonJdr-000032@example.comæ
DR-000050-13	DR-000050DR-000050-INV-003"CRED-010(ñ¡œÎˆ20R}
INV-000050-003	≤õEURÈ"È0:Customer 000050B50 rue de la R√©publiqueB
69005 LyonJdr-000050@example.comb
DR-000109-12	DR-000109DR-000109-INV-002"CRED-011(»¡œÎˆ20r!È"reminder-4-warningg
DR-000112-5	DR-000112DR-000112-INV-002"CRED-012(˙¡œÎˆ20Z'
DR-000112-PAY-2	≠EURÈ Ω
DR-000115-7	DR-000115DR-000115-INV-004"CRED-007(¨¬œÎˆ20R}
INV-000115-004	ó≈USDÈ"È0:Company 000115B115 rue de la R√©publiqueB
69007 LyonJdr-000115@example.comh
DR-000130-13	DR-000130DR-000130-INV-002"CRED-008(ﬁ¬œÎˆ20Z'
DR-000130-PAY-3	»¡hCHFÈ Ω
DR-000132-3	DR-000132DR-000132-INV-002"CRED-002(ê√œÎˆ20R}
INV-000132-002úcEURÈ"È0:Customer 000132B132 rue de la R√©publiqueB
69006 LyonJdr-000132@example.com`
DR-000133-10	DR-000133DR-000133-INV-002"CRED-001(¬√œÎˆ20rÈ"reminder-1-emailæ
DR-000140-6	DR-000140DR-000140-INV-003"CRED-002(Ù√œÎˆ20R~
INV-000140-003	É·GBPÈ"È0:Customer 000140B140 rue de la R√©publiqueB
69005 LyonJdr-000140@example.com`
DR-000146-12	DR-000146DR-000146-INV-002"CRED-011(¶ƒœÎˆ20rÈ"reminder-2-phone%
day-2025-06-14(òàãá˜20≤	
Èg
DR-000096-7	DR-000096DR-000096-INV-003"CRED-001(Ä¯Ëî˜20Z'
DR-000096-PAY-3	∫ßEURÈ T
DR-000097-7	DR-000097"CRED-011(≤¯Ëî˜20Z'
DR-000097-PAY-2	Œ˘EURÈ \
DR-000107-10	DR-000107DR-000107-INV-001"CRED-005(‰¯Ëî˜20¢ÈRG-000107-001`
DR-000107-11	DR-000107DR-000107-INV-002"CRED-005(ñ˘Ëî˜20rÈ"reminder-2-phoneΩ
DR-000118-7	DR-000118DR-000118-INV-004"CRED-002(»˘Ëî˜20R}
INV-000118-004	Ê…EURÈ"È0:Company 000118B118 rue de la R√©publiqueB
69001 LyonJdr-000118@example.com_
DR-000127-6	DR-000127DR-000127-INV-002"CRED-010(˙˘Ëî˜20rÈ"reminder-2-phone%
day-2025-06-15(ò¿§∞˜20≤	
ÈJ
DR-000016-11	DR-000016"CRED-010(Ä∞Çæ˜20b
DR-000016-PAY-3Èa
DR-000023-9	DR-000023DR-000023-INV-002"CRED-002(≤∞Çæ˜20r!È"reminder-4-warningº
DR-000040-7	DR-000040DR-000040-INV-004"CRED-003(‰∞Çæ˜20R|
INV-000040-004	ÛÁ
CHFÈ"È0:Company 000040B40 rue de la R√©publiqueB
69004 LyonJdr-000040@example.com_
DR-000055-9	DR-000055DR-000055-INV-002"CRED-004(ñ±Çæ˜20rÈ"reminder-1-emailg
DR-000072-15	DR-000072DR-000072-INV-002"CRED-005(»±Çæ˜20Z&
DR-000072-PAY-3øBEURÈ h
DR-000095-13	DR-000095DR-000095-INV-001"CRED-004(˙±Çæ˜20Z'
DR-000095-PAY-1	‹¿EURÈ º
DR-000097-8	DR-000097DR-000097-INV-003"CRED-011(¨≤Çæ˜20R|
INV-000097-003ÂfEURÈ"È0:Customer 000097B97 rue de la R√©publiqueB
69007 LyonJdr-000097@example.comg
DR-000117-14	DR-000117DR-000117-INV-002"CRED-007(ﬁ≤Çæ˜20Z&
DR-000117-PAY-2◊tUSDÈ _
DR-000150-13	DR-000150DR-000150-INV-003"CRED-004(ê≥Çæ˜20rÈ"courtesy-reminder%
day-2025-06-16(ò¯ΩŸ˜20≤	
È`
DR-000016-12	DR-000016DR-000016-INV-002"CRED-010(ÄËõÁ˜20rÈ"reminder-1-emailæ
DR-000017-13	DR-000017DR-000017-INV-003"CRED-001(≤ËõÁ˜20R}
INV-000017-003	úÉEURÈ"È0:Customer 000017B17 rue de la R√©publiqueB
69008 LyonJdr-000017@example.comg
DR-000029-4	DR-000029DR-000029-INV-002"CRED-012(‰ËõÁ˜20Z'
DR-000029-PAY-2	‹EURÈ `
DR-000038-10	DR-000038DR-000038-INV-002"CRED-012(ñÈõÁ˜20rÈ"reminder-2-phoneg
DR-000051-9	DR-000051DR-000051-INV-002"CRED-011(»ÈõÁ˜20Z'
DR-000051-PAY-2	ò‹EURÈ b
DR-000057-20	DR-000057DR-000057-INV-003"CRED-001(˙ÈõÁ˜20r!È"reminder-4-warning`
DR-000064-14	DR-000064DR-000064-INV-003"CRED-007(¨ÍõÁ˜20rÈ"reminder-2-phoneh
DR-000095-14	DR-000095DR-000095-INV-002"CRED-010(ﬁÍõÁ˜20Z'
DR-000095-PAY-2	—¨EURÈ æ
DR-000098-16	DR-000098DR-000098-INV-003"CRED-009(êÎõÁ˜20R}
INV-000098-003	çåEURÈ"È0:Customer 000098B98 rue de la R√©publiqueB
69008 LyonJdr-000098@example.comg
DR-000114-6	DR-000114DR-000114-INV-003"CRED-011(¬ÎõÁ˜20Z'
DR-000114-PAY-3	÷Ç)EURÈ _
DR-000122-9	DR-000122DR-000122-INV-002"CRED-011(ÙÎõÁ˜20rÈ"reminder-1-emaila
DR-000124-12	DR-000124DR-000124-INV-002"CRED-011(¶ÏõÁ˜20r È"reminder-3-letterg
DR-000134-9	DR-000134DR-000134-INV-003"CRED-002(ÿÏõÁ˜20Z'
DR-000134-PAY-3	íàEURÈ _
DR-000139-4	DR-000139DR-000139-INV-002"CRED-006(äÌõÁ˜20rÈ"reminder-1-emailΩ
DR-000142-6	DR-000142DR-000142-INV-003"CRED-012(ºÌõÁ˜20R}
INV-000142-003	¸¿VEURÈ"È0:Company 000142B142 rue de la R√©publiqueB
69007 LyonJdr-000142@example.com%
day-2025-06-17(ò∞◊Ç¯20≤	
È`
DR-000020-16	DR-000020DR-000020-INV-003"CRED-002(Ä†µê¯20rÈ"reminder-1-email`
DR-000058-10	DR-000058DR-000058-INV-002"CRED-001(≤†µê¯20rÈ"reminder-1-emailc
DR-000118-8	DR-000118DR-000118-INV-004"CRED-002(‰†µê¯20j#
DR-000118-CN-8˜6EURÈΩ
DR-000119-6	DR-000119DR-000119-INV-003"CRED-009(ñ°µê¯20R}
INV-000119-003	—∫EURÈ"È0:Company 000119B119 rue de la R√©publiqueB
69002 LyonJdr-000119@example.comæ
DR-000122-10	DR-000122DR-000122-INV-003"CRED-011(»°µê¯20R}
INV-000122-003	£’EURÈ"È0:Company 000122B122 rue de la R√©publiqueB
69005 LyonJdr-000122@example.comg
DR-000127-7	DR-000127DR-000127-INV-002"CRED-010(˙°µê¯20Z'
DR-000127-PAY-2	ûEURÈ %
day-2025-06-18(òË´¯20≤	
È`
DR-000006-10	DR-000006DR-000006-INV-002"CRED-002(ÄÿŒπ¯20rÈ"reminder-2-phonef
DR-000034-5	DR-000034DR-000034-INV-002"CRED-012(≤ÿŒπ¯20Z&
DR-000034-PAY-2¬8EURÈ Õ
DR-000044-11	DR-000044DR-000044-INV-003"CRED-004(‰ÿŒπ¯20Rã
INV-000044-003	‚ÏrEURÈ"È*
ÈÅ¶0:Company 000044B44 rue de la R√©publiqueB
69008 LyonJdr-000044@example.com`
DR-000049-10	DR-000049DR-000049-INV-003"CRED-005(ñŸŒπ¯20rÈ"reminder-2-phone`
DR-000060-19	DR-000060DR-000060-INV-003"CRED-008(»ŸŒπ¯20rÈ"reminder-1-emailb
DR-000075-15	DR-000075DR-000075-INV-003"CRED-010(˙ŸŒπ¯20r!È"reminder-4-warningT
DR-000105-5	DR-000105"CRED-010(¨⁄Œπ¯20Z'
DR-000105-PAY-2	ê‡:EURÈ `
DR-000149-10	DR-000149DR-000149-INV-002"CRED-011(ﬁ⁄Œπ¯20rÈ"reminder-2-phone%
day-2025-06-19(ò†ä’¯20≤	
È`
DR-000008-14	DR-000008DR-000008-INV-002"CRED-008(ÄêË‚¯20rÈ"reminder-2-phone`
DR-000037-11	DR-000037DR-000037-INV-002"CRED-004(≤êË‚¯20rÈ"reminder-1-emails
DR-000037-12	DR-000037DR-000037-INV-002"CRED-004(‰êË‚¯20ä1
billing error on some lines	óÃEURÈg
DR-000041-7	DR-000041DR-000041-INV-003"CRED-004(ñëË‚¯20Z'
DR-000041-PAY-2	«‹)EURÈ _
DR-000044-12	DR-000044DR-000044-INV-002"CRED-004(»ëË‚¯20rÈ"courtesy-reminderæ
DR-000101-16	DR-000101DR-000101-INV-005"CRED-004(˙ëË‚¯20R}
INV-000101-005	ÑûvEURÈ"È0:Company 000101B101 rue de la R√©publiqueB
69002 LyonJdr-000101@example.comh
DR-000113-15	DR-000113DR-000113-INV-003"CRED-006(¨íË‚¯20Z'
DR-000113-PAY-4	ˇ§EURÈ U
DR-000128-15	DR-000128"CRED-002(ﬁíË‚¯20Z'
DR-000128-PAY-3	È–EURÈ _
DR-000135-9	DR-000135DR-000135-INV-002"CRED-008(êìË‚¯20rÈ"reminder-1-email†
DR-000146-13	DR-000146DR-000146-INV-002"CRED-011(¬ìË‚¯20Ç^
DR-000146-PLAN-13È
È	ı’WEUR
È	ı’WEUR
È		ˆ’WEUR%
day-2025-06-20(òÿ£˛¯20≤	
È\
DR-000011-10	DR-000011DR-000011-INV-001"CRED-001(Ä»Åå˘20¢ÈRG-000011-001i
DR-000020-17	DR-000020DR-000020-INV-003"CRED-002(≤»Åå˘20Z(
DR-000020-PAY-4
°ﬂíEURÈ b
DR-000050-14	DR-000050DR-000050-INV-002"CRED-010(‰»Åå˘20r!È"reminder-4-warningΩ
DR-000082-9	DR-000082DR-000082-INV-002"CRED-002(ñ…Åå˘20R}
INV-000082-002	∏ÖEURÈ"È0:Customer 000082B82 rue de la R√©publiqueB
69001 LyonJdr-000082@example.com^
DR-000085-9	DR-000085DR-000085-INV-002"CRED-008(»…Åå˘20rÈ"courtesy-reminderù
DR-000107-12	DR-000107DR-000107-INV-002"CRED-005(˙…Åå˘20Ç[
DR-000107-PLAN-12È
È∫,USD
È∫,USD
È	º,USDg
DR-000118-9	DR-000118DR-000118-INV-004"CRED-002(¨ Åå˘20Z'
DR-000118-PAY-3	ÔíEURÈ `
DR-000133-11	DR-000133DR-000133-INV-002"CRED-001(ﬁ Åå˘20rÈ"reminder-2-phone^
DR-000133-12	DR-000133DR-000133-INV-002"CRED-001(êÀÅå˘20z
	˛⁄CHFÈÈ%
day-2025-06-21(òêΩß˘20≤	
Èª
DR-000005-7	DR-000005DR-000005-INV-002"CRED-007(ÄÄõµ˘20R{
INV-000005-002ıpEURÈ"È0:Customer 000005B5 rue de la R√©publiqueB
69005 LyonJdr-000005@example.com`
DR-000016-13	DR-000016DR-000016-INV-002"CRED-010(≤Äõµ˘20rÈ"reminder-2-phoneg
DR-000084-4	DR-000084DR-000084-INV-002"CRED-012(‰Äõµ˘20Z'
DR-000084-PAY-2	ŸÙEURÈ g
DR-000092-5	DR-000092DR-000092-INV-002"CRED-010(ñÅõµ˘20Z'
DR-000092-PAY-2	Ç≤EURÈ b
DR-000103-12	DR-000103DR-000103-INV-002"CRED-005(»Åõµ˘20r!È"reminder-4-warning`
DR-000127-8	DR-000127DR-000127-INV-002"CRED-010(˙Åõµ˘20r È"reminder-3-letter%
day-2025-06-22(ò»÷–˘20≤	
È]
DR-000015-13	DR-000015DR-000015-INV-002"CRED-005(Ä∏¥ﬁ˘20rÈ"formal-notice`
DR-000055-10	DR-000055DR-000055-INV-003"CRED-004(≤∏¥ﬁ˘20rÈ"reminder-1-email`
DR-000055-11	DR-000055DR-000055-INV-002"CRED-004(‰∏¥ﬁ˘20rÈ"reminder-2-phoneΩ
DR-000057-21	DR-000057DR-000057-INV-004"CRED-001(ñπ¥ﬁ˘20R|
INV-000057-004	€éCHFÈ"È0:Company 000057B57 rue de la R√©publiqueB
69003 LyonJdr-000057@example.comh
DR-000069-13	DR-000069DR-000069-INV-002"CRED-006(»π¥ﬁ˘20Z'
DR-000069-PAY-3	ÂﬂEURÈ Ω
DR-000079-5	DR-000079DR-000079-INV-003"CRED-011(˙π¥ﬁ˘20R}
INV-000079-003	ªÈEURÈ"È0:Customer 000079B79 rue de la R√©publiqueB
69007 LyonJdr-000079@example.comΩ
DR-000121-7	DR-000121DR-000121-INV-004"CRED-008(¨∫¥ﬁ˘20R}
INV-000121-004	ó•EURÈ"È0:Company 000121B121 rue de la R√©publiqueB
69004 LyonJdr-000121@example.comh
DR-000123-18	DR-000123DR-000123-INV-003"CRED-001(ﬁ∫¥ﬁ˘20Z'
DR-000123-PAY-5	ó–EURÈ %
day-2025-06-23(òÄ˘˘20≤	
È_
DR-000001-9	DR-000001DR-000001-INV-002"CRED-010(ÄÕá˙20rÈ"reminder-1-emailg
DR-000010-7	DR-000010DR-000010-INV-002"CRED-007(≤Õá˙20Z'
DR-000010-PAY-2	»ΩGBPÈ a
DR-000038-11	DR-000038DR-000038-INV-002"CRED-012(‰Õá˙20r È"reminder-3-letteri
DR-000049-11	DR-000049DR-000049-INV-003"CRED-005(ñÒÕá˙20Z(
DR-000049-PAY-3
Ú°≈EURÈ a
DR-000064-15	DR-000064DR-000064-INV-003"CRED-007(»ÒÕá˙20r È"reminder-3-letter_
DR-000093-4	DR-000093DR-000093-INV-002"CRED-007(˙ÒÕá˙20rÈ"reminder-1-emailæ
DR-000099-10	DR-000099DR-000099-INV-003"CRED-009(¨ÚÕá˙20R}
INV-000099-003
§∂ØEURÈ"È0:Company 000099B99 rue de la R√©publiqueB
69009 LyonJdr-000099@example.comg
DR-000100-8	DR-000100DR-000100-INV-003"CRED-008(ﬁÚÕá˙20Z'
DR-000100-PAY-3	¸§#GBPÈ `
DR-000103-13	DR-000103DR-000103-INV-003"CRED-008(êÛÕá˙20rÈ"reminder-1-emailh
DR-000113-16	DR-000113DR-000113-INV-002"CRED-006(¬ÛÕá˙20Z'
DR-000113-PAY-5	˜ÂEURÈ `
DR-000122-11	DR-000122DR-000122-INV-002"CRED-011(ÙÛÕá˙20rÈ"reminder-2-phone^
DR-000122-12	DR-000122DR-000122-INV-002"CRED-011(¶ÙÕá˙20z
	Æ´EURÈÈ_
DR-000139-5	DR-000139DR-000139-INV-002"CRED-006(ÿÙÕá˙20rÈ"reminder-2-phoneg
DR-000148-8	DR-000148DR-000148-INV-002"CRED-005(äıÕá˙20Z'
DR-000148-PAY-2	≈˘EURÈ %
day-2025-06-24(ò∏â£˙20≤	
È 
DR-000002-4	DR-000002DR-000002-INV-003"CRED-007(Ä®Á∞˙20Râ
INV-000002-003	‰ÜEURÈ"È	*
È˜0:Company 000002B2 rue de la R√©publiqueB
69002 LyonJdr-000002@example.comf
DR-000009-9	DR-000009DR-000009-INV-001"CRED-005(≤®Á∞˙20Z&
DR-000009-PAY-3ÀwEURÈ Ω
DR-000025-17	DR-000025DR-000025-INV-003"CRED-009(‰®Á∞˙20R|
INV-000025-003	ŒﬁEURÈ"È0:Company 000025B25 rue de la R√©publiqueB
69007 LyonJdr-000025@example.comº
DR-000041-8	DR-000041DR-000041-INV-004"CRED-004(ñ©Á∞˙20R|
INV-000041-004	è¿EURÈ"È	0:Company 000041B41 rue de la R√©publiqueB
69005 LyonJdr-000041@example.comZ
DR-000058-11	DR-000058DR-000058-INV-001"CRED-001(»©Á∞˙20™
Èuncollectable`
DR-000058-12	DR-000058DR-000058-INV-002"CRED-001(˙©Á∞˙20rÈ"reminder-2-phoneg
DR-000083-7	DR-000083DR-000083-INV-003"CRED-012(¨™Á∞˙20Z'
DR-000083-PAY-3	æ¶0USDÈ _
DR-000117-15	DR-000117DR-000117-INV-003"CRED-007(ﬁ™Á∞˙20rÈ"courtesy-reminderh
DR-000122-13	DR-000122DR-000122-INV-001"CRED-011(ê´Á∞˙20Z'
DR-000122-PAY-1	ö„EURÈ %
day-2025-06-25(ò¢Ã˙20≤	
Èa
DR-000006-11	DR-000006DR-000006-INV-002"CRED-002(Ä‡Ä⁄˙20r È"reminder-3-letter]
DR-000019-14	DR-000019DR-000019-INV-002"CRED-007(≤‡Ä⁄˙20rÈ"formal-notice]
DR-000024-13	DR-000024DR-000024-INV-002"CRED-002(‰‡Ä⁄˙20rÈ"formal-notice`
DR-000060-20	DR-000060DR-000060-INV-003"CRED-008(ñ·Ä⁄˙20rÈ"reminder-2-phone_
DR-000069-14	DR-000069DR-000069-INV-003"CRED-006(»·Ä⁄˙20rÈ"courtesy-reminder]
DR-000101-17	DR-000101DR-000101-INV-003"CRED-004(˙·Ä⁄˙20rÈ"formal-notice`
DR-000101-18	DR-000101DR-000101-INV-004"CRED-004(¨‚Ä⁄˙20rÈ"reminder-1-emailb
DR-000124-13	DR-000124DR-000124-INV-002"CRED-011(ﬁ‚Ä⁄˙20r!È"reminder-4-warning]
DR-000131-17	DR-000131DR-000131-INV-003"CRED-003(ê„Ä⁄˙20rÈ"formal-noticea
DR-000149-11	DR-000149DR-000149-INV-002"CRED-011(¬„Ä⁄˙20r È"reminder-3-letter`
DR-000150-14	DR-000150DR-000150-INV-003"CRED-004(Ù„Ä⁄˙20rÈ"reminder-1-emailh
DR-000150-15	DR-000150DR-000150-INV-002"CRED-004(¶‰Ä⁄˙20Z'
DR-000150-PAY-2	ç›#EURÈ %
day-2025-06-26(ò®ºı˙20≤	
Èa
DR-000008-15	DR-000008DR-000008-INV-002"CRED-008(ÄòöÉ˚20r È"reminder-3-letter_
DR-000036-8	DR-000036DR-000036-INV-002"CRED-012(≤òöÉ˚20rÈ"reminder-1-emailh
DR-000101-19	DR-000101DR-000101-INV-003"CRED-004(‰òöÉ˚20Z'
DR-000101-PAY-3	ïõEURÈ g
DR-000113-17	DR-000113DR-000113-INV-001"CRED-006(ñôöÉ˚20Z&
DR-000113-PAY-6∏QEURÈ æ
DR-000130-14	DR-000130DR-000130-INV-004"CRED-008(»ôöÉ˚20R}
INV-000130-004	°–CHFÈ"È0:Company 000130B130 rue de la R√©publiqueB
69004 LyonJdr-000130@example.comh
DR-000131-18	DR-000131DR-000131-INV-003"CRED-003(˙ôöÉ˚20Z'
DR-000131-PAY-4	¡≥EEURÈ `
DR-000135-10	DR-000135DR-000135-INV-002"CRED-008(¨ööÉ˚20rÈ"reminder-2-phone]
DR-000135-11	DR-000135DR-000135-INV-002"CRED-008(ﬁööÉ˚20z
€+EURÈÈ%
day-2025-06-27(ò‡’û˚20≤	
Èg
DR-000002-5	DR-000002DR-000002-INV-002"CRED-007(Ä–≥¨˚20Z'
DR-000002-PAY-2	ò±EURÈ º
DR-000010-8	DR-000010DR-000010-INV-003"CRED-007(≤–≥¨˚20R|
INV-000010-003	É≥GBPÈ"È0:Company 000010B10 rue de la R√©publiqueB
69001 LyonJdr-000010@example.comh
DR-000016-14	DR-000016DR-000016-INV-002"CRED-010(‰–≥¨˚20Z'
DR-000016-PAY-4	ÄµEURÈ ]
DR-000017-14	DR-000017DR-000017-INV-002"CRED-001(ñ—≥¨˚20rÈ"formal-noticeΩ
DR-000027-14	DR-000027DR-000027-INV-003"CRED-009(»—≥¨˚20R|
INV-000027-003◊GEURÈ"È0:Customer 000027B27 rue de la R√©publiqueB
69009 LyonJdr-000027@example.com›
DR-000060-21	DR-000060DR-000060-INV-003"CRED-008(˙—≥¨˚20Çö
DR-000060-PLAN-21È
ÈÂEUR
È
ÂEUR
È		ÂEUR
È
	ÂEUR
ÈÂEUR
ÈÂEUR`
DR-000065-12	DR-000065DR-000065-INV-002"CRED-002(¨“≥¨˚20rÈ"reminder-2-phoneS
DR-000065-13	DR-000065DR-000065-INV-002"CRED-002(ﬁ“≥¨˚20ö
AGY-02ÈÕ
DR-000148-9	DR-000148DR-000148-INV-003"CRED-005(ê”≥¨˚20Rå
INV-000148-003	å˚[EURÈ"È*
È∂Î0:Company 000148B148 rue de la R√©publiqueB
69004 LyonJdr-000148@example.com%
day-2025-06-28(òòÔ«˚20≤	
Èº
DR-000014-6	DR-000014DR-000014-INV-003"CRED-006(ÄàÕ’˚20R|
INV-000014-003	Í∆	EURÈ"È0:Company 000014B14 rue de la R√©publiqueB
69005 LyonJdr-000014@example.comΩ
DR-000043-4	DR-000043DR-000043-INV-003"CRED-007(≤àÕ’˚20R}
INV-000043-003	ÆπEURÈ"È0:Customer 000043B43 rue de la R√©publiqueB
69007 LyonJdr-000043@example.coma
DR-000065-14	DR-000065DR-000065-INV-002"CRED-002(‰àÕ’˚20r È"reminder-3-letterh
DR-000085-10	DR-000085DR-000085-INV-002"CRED-008(ñâÕ’˚20Z'
DR-000085-PAY-1	ö†EURÈ h
DR-000087-11	DR-000087DR-000087-INV-003"CRED-004(»âÕ’˚20Z'
DR-000087-PAY-4	™rEURÈ º
DR-000091-9	DR-000091DR-000091-INV-005"CRED-010(˙âÕ’˚20R|
INV-000091-005	ˆ¢/USDÈ"È0:Company 000091B91 rue de la R√©publiqueB
69001 LyonJdr-000091@example.comh
DR-000102-6	DR-000102DR-000102-INV-003"CRED-011(¨äÕ’˚20Z(
DR-000102-PAY-3
ı‚ØEURÈ Ω
DR-000105-6	DR-000105DR-000105-INV-004"CRED-010(ﬁäÕ’˚20R}
INV-000105-004	©¨EURÈ"È0:Company 000105B105 rue de la R√©publiqueB
69006 LyonJdr-000105@example.com]
DR-000109-13	DR-000109DR-000109-INV-002"CRED-011(êãÕ’˚20rÈ"formal-noticei
DR-000118-10	DR-000118DR-000118-INV-003"CRED-002(¬ãÕ’˚20Z(
DR-000118-PAY-4
ÃÙ†EURÈ J
DR-000123-19	DR-000123"CRED-001(ÙãÕ’˚20b
DR-000123-PAY-5È%
day-2025-06-29(ò–àÒ˚20≤	
ÈΩ
DR-000024-14	DR-000024DR-000024-INV-003"CRED-002(Ä¿Ê˛˚20R|
INV-000024-003	“ü'USDÈ"È0:Company 000024B24 rue de la R√©publiqueB
69006 LyonJdr-000024@example.comΩ
DR-000028-13	DR-000028DR-000028-INV-004"CRED-012(≤¿Ê˛˚20R|
INV-000028-004	ô˝GBPÈ"È0:Company 000028B28 rue de la R√©publiqueB
69001 LyonJdr-000028@example.com`
DR-000044-13	DR-000044DR-000044-INV-002"CRED-004(‰¿Ê˛˚20rÈ"reminder-1-email`
DR-000055-12	DR-000055DR-000055-INV-003"CRED-004(ñ¡Ê˛˚20rÈ"reminder-2-phonea
DR-000055-13	DR-000055DR-000055-INV-002"CRED-004(»¡Ê˛˚20r È"reminder-3-letteræ
DR-000058-13	DR-000058DR-000058-INV-003"CRED-001(˙¡Ê˛˚20R}
INV-000058-003
•»‹EURÈ"È0:Company 000058B58 rue de la R√©publiqueB
69004 LyonJdr-000058@example.comb
DR-000065-15	DR-000065DR-000065-INV-002"CRED-002(¨¬Ê˛˚20r!È"reminder-4-warningh
DR-000078-4	DR-000078DR-000078-INV-002"CRED-004(ﬁ¬Ê˛˚20Z(
DR-000078-PAY-2
Ãâ›USDÈ g
DR-000104-6	DR-000104DR-000104-INV-003"CRED-003(ê√Ê˛˚20Z'
DR-000104-PAY-3	Ô• EURÈ %
day-2025-06-30(òà¢ö¸20≤	
È`
DR-000001-10	DR-000001DR-000001-INV-002"CRED-010(Ä¯ˇß¸20rÈ"reminder-2-phone]
DR-000023-10	DR-000023DR-000023-INV-002"CRED-002(≤¯ˇß¸20rÈ"formal-noticeæ
DR-000035-13	DR-000035DR-000035-INV-003"CRED-006(‰¯ˇß¸20R}
INV-000035-003	∂∂EURÈ"È0:Customer 000035B35 rue de la R√©publiqueB
69008 LyonJdr-000035@example.comΩ
DR-000038-12	DR-000038DR-000038-INV-003"CRED-012(ñ˘ˇß¸20R|
INV-000038-003	é†+EURÈ"È0:Company 000038B38 rue de la R√©publiqueB
69002 LyonJdr-000038@example.com_
DR-000052-9	DR-000052DR-000052-INV-002"CRED-008(»˘ˇß¸20rÈ"reminder-1-email`
DR-000065-16	DR-000065DR-000065-INV-003"CRED-002(˙˘ˇß¸20rÈ"reminder-1-email]
DR-000065-17	DR-000065DR-000065-INV-002"CRED-002(¨˙ˇß¸20rÈ"formal-noticeΩ
DR-000071-12	DR-000071DR-000071-INV-004"CRED-002(ﬁ˙ˇß¸20R|
INV-000071-004	èEURÈ"È0:Company 000071B71 rue de la R√©publiqueB
69008 LyonJdr-000071@example.comh
DR-000075-16	DR-000075DR-000075-INV-003"CRED-010(ê˚ˇß¸20Z'
DR-000075-PAY-4	•”EURÈ `
DR-000085-11	DR-000085DR-000085-INV-002"CRED-008(¬˚ˇß¸20rÈ"reminder-1-email_
DR-000086-10	DR-000086DR-000086-INV-002"CRED-010(Ù˚ˇß¸20rÈ"courtesy-reminder^
DR-000090-8	DR-000090DR-000090-INV-003"CRED-009(¶¸ˇß¸20rÈ"courtesy-reminderf
DR-000090-9	DR-000090DR-000090-INV-003"CRED-009(ÿ¸ˇß¸20Z&
DR-000090-PAY-3≥uEURÈ _
DR-000093-5	DR-000093DR-000093-INV-002"CRED-007(ä˝ˇß¸20rÈ"reminder-2-phone`
DR-000103-14	DR-000103DR-000103-INV-003"CRED-008(º˝ˇß¸20rÈ"reminder-2-phoneΩ
DR-000104-7	DR-000104DR-000104-INV-004"CRED-003(Ó˝ˇß¸20R}
INV-000104-004	„ÍEURÈ"È0:Company 000104B104 rue de la R√©publiqueB
69005 LyonJdr-000104@example.com`
DR-000123-20	DR-000123DR-000123-INV-003"CRED-001(†˛ˇß¸20rÈ"reminder-1-emaila
DR-000127-9	DR-000127DR-000127-INV-002"CRED-010(“˛ˇß¸20r!È"reminder-4-warning`
DR-000139-6	DR-000139DR-000139-INV-002"CRED-006(Ñˇˇß¸20r È"reminder-3-letterh
DR-000144-4	DR-000144DR-000144-INV-002"CRED-002(∂ˇˇß¸20Z(
DR-000144-PAY-2
È‹éEURÈ %
day-2025-07-01(ò¿ª√¸20≤	
Èg
DR-000043-5	DR-000043DR-000043-INV-002"CRED-007(Ä∞ô—¸20Z'
DR-000043-PAY-2	˜¡EURÈ ]
DR-000057-22	DR-000057DR-000057-INV-003"CRED-001(≤∞ô—¸20rÈ"formal-noticea
DR-000058-14	DR-000058DR-000058-INV-002"CRED-001(‰∞ô—¸20r È"reminder-3-letterº
DR-000066-6	DR-000066DR-000066-INV-004"CRED-012(ñ±ô—¸20R|
INV-000066-004	‰ÓEURÈ"È0:Company 000066B66 rue de la R√©publiqueB
69003 LyonJdr-000066@example.com^
DR-000070-8	DR-000070DR-000070-INV-002"CRED-002(»±ô—¸20rÈ"courtesy-reminder`
DR-000074-19	DR-000074DR-000074-INV-003"CRED-001(˙±ô—¸20rÈ"reminder-1-email`
DR-000074-20	DR-000074DR-000074-INV-003"CRED-001(¨≤ô—¸20ä
goods not deliveredÈº
DR-000096-8	DR-000096DR-000096-INV-004"CRED-001(ﬁ≤ô—¸20R|
INV-000096-004	˛Í4EURÈ"È0:Company 000096B96 rue de la R√©publiqueB
69006 LyonJdr-000096@example.com%
day-2025-07-02(ò¯‘Ï¸20≤	
È_
DR-000003-9	DR-000003DR-000003-INV-003"CRED-005(ÄË≤˙¸20rÈ"reminder-1-emailb
DR-000038-13	DR-000038DR-000038-INV-002"CRED-012(≤Ë≤˙¸20r!È"reminder-4-warningb
DR-000064-16	DR-000064DR-000064-INV-003"CRED-007(‰Ë≤˙¸20r!È"reminder-4-warningΩ
DR-000065-18	DR-000065DR-000065-INV-004"CRED-002(ñÈ≤˙¸20R|
INV-000065-004	Ïã6EURÈ"È0:Company 000065B65 rue de la R√©publiqueB
69002 LyonJdr-000065@example.com`
DR-000101-20	DR-000101DR-000101-INV-004"CRED-004(»È≤˙¸20rÈ"reminder-2-phonea
DR-000133-13	DR-000133DR-000133-INV-002"CRED-001(˙È≤˙¸20r È"reminder-3-letter`
DR-000150-16	DR-000150DR-000150-INV-003"CRED-004(¨Í≤˙¸20rÈ"reminder-2-phone%
day-2025-07-03(ò∞Óï˝20≤	
ÈΩ
DR-000036-9	DR-000036DR-000036-INV-003"CRED-012(Ä†Ã£˝20R}
INV-000036-003	≈∂EURÈ"È0:Customer 000036B36 rue de la R√©publiqueB
69009 LyonJdr-000036@example.com`
DR-000036-10	DR-000036DR-000036-INV-002"CRED-012(≤†Ã£˝20rÈ"reminder-2-phoneg
DR-000056-8	DR-000056DR-000056-INV-003"CRED-011(‰†Ã£˝20Z'
DR-000056-PAY-3	…ŒEURÈ `
DR-000099-11	DR-000099DR-000099-INV-002"CRED-009(ñ°Ã£˝20rÈ"reminder-1-email`
DR-000143-10	DR-000143DR-000143-INV-002"CRED-004(»°Ã£˝20rÈ"reminder-1-emailh
DR-000150-17	DR-000150DR-000150-INV-003"CRED-004(˙°Ã£˝20Z'
DR-000150-PAY-3	Ÿ¬EURÈ %
day-2025-07-04(òËáø˝20≤	
Èt
DR-000003-10	DR-000003DR-000003-INV-003"CRED-005(ÄÿÂÃ˝20ä2
billing error on some lines
Ó˝îEURÈb
DR-000006-12	DR-000006DR-000006-INV-002"CRED-002(≤ÿÂÃ˝20r!È"reminder-4-warningΩ
DR-000012-16	DR-000012DR-000012-INV-004"CRED-007(‰ÿÂÃ˝20R|
INV-000012-004	≠ƒEURÈ"È0:Company 000012B12 rue de la R√©publiqueB
69003 LyonJdr-000012@example.comf
DR-000013-4	DR-000013DR-000013-INV-002"CRED-004(ñŸÂÃ˝20Z&
DR-000013-PAY-2á+EURÈ f
DR-000032-6	DR-000032DR-000032-INV-003"CRED-012(»ŸÂÃ˝20Z&
DR-000032-PAY-3ÁWEURÈ g
DR-000069-15	DR-000069DR-000069-INV-001"CRED-006(˙ŸÂÃ˝20Z&
DR-000069-PAY-4ﬂmEURÈ `
DR-000117-16	DR-000117DR-000117-INV-003"CRED-007(¨⁄ÂÃ˝20rÈ"reminder-1-emailh
DR-000117-17	DR-000117DR-000117-INV-003"CRED-007(ﬁ⁄ÂÃ˝20Z'
DR-000117-PAY-3	–øUSDÈ a
DR-000122-14	DR-000122DR-000122-INV-002"CRED-011(ê€ÂÃ˝20r È"reminder-3-letterh
DR-000127-10	DR-000127DR-000127-INV-002"CRED-010(¬€ÂÃ˝20Z'
DR-000127-PAY-3	£⁄EURÈ æ
DR-000128-16	DR-000128DR-000128-INV-003"CRED-002(Ù€ÂÃ˝20R}
INV-000128-003	ù≤EURÈ"È0:Company 000128B128 rue de la R√©publiqueB
69002 LyonJdr-000128@example.comg
DR-000135-12	DR-000135DR-000135-INV-002"CRED-008(¶‹ÂÃ˝20Z&
DR-000135-PAY-2€+EURÈ b
DR-000149-12	DR-000149DR-000149-INV-002"CRED-011(ÿ‹ÂÃ˝20r!È"reminder-4-warning%
day-2025-07-05(ò†°Ë˝20≤	
È`
DR-000004-19	DR-000004DR-000004-INV-003"CRED-001(Äêˇı˝20rÈ"reminder-1-emailº
DR-000007-6	DR-000007DR-000007-INV-003"CRED-005(≤êˇı˝20R|
INV-000007-003	∫ŸEURÈ"È0:Customer 000007B7 rue de la R√©publiqueB
69007 LyonJdr-000007@example.comb
DR-000008-16	DR-000008DR-000008-INV-002"CRED-008(‰êˇı˝20r!È"reminder-4-warningg
DR-000008-17	DR-000008DR-000008-INV-002"CRED-008(ñëˇı˝20Z&
DR-000008-PAY-5“xEURÈ ≤
DR-000036-11	DR-000036DR-000036-INV-002"CRED-012(»ëˇı˝20Çp
DR-000036-PLAN-11È
ÈÍ+EUR
ÈÍ+EUR
È	Í+EUR
È
Í+EURΩ
DR-000039-4	DR-000039DR-000039-INV-002"CRED-010(˙ëˇı˝20R}
INV-000039-002	¬ûEURÈ"È0:Customer 000039B39 rue de la R√©publiqueB
69003 LyonJdr-000039@example.comM
DR-000045-20	DR-000045DR-000045-INV-003"CRED-007(¨íˇı˝20íÈ]
DR-000050-15	DR-000050DR-000050-INV-002"CRED-010(ﬁíˇı˝20rÈ"formal-noticeh
DR-000057-23	DR-000057DR-000057-INV-002"CRED-001(êìˇı˝20Z'
DR-000057-PAY-2	ÚÁWCHFÈ `
DR-000069-16	DR-000069DR-000069-INV-003"CRED-006(¬ìˇı˝20rÈ"reminder-1-emailΩ
DR-000075-17	DR-000075DR-000075-INV-004"CRED-010(Ùìˇı˝20R|
INV-000075-004	«ÅEURÈ"È0:Company 000075B75 rue de la R√©publiqueB
69003 LyonJdr-000075@example.comr
DR-000089-6	DR-000089DR-000089-INV-003"CRED-008(¶îˇı˝20ä1
billing error on some lines	é¡EURÈi
DR-000091-10	DR-000091DR-000091-INV-004"CRED-010(ÿîˇı˝20Z(
DR-000091-PAY-4
äâöUSDÈ a
DR-000135-13	DR-000135DR-000135-INV-002"CRED-008(äïˇı˝20r È"reminder-3-letter_
DR-000145-11	DR-000145DR-000145-INV-002"CRED-012(ºïˇı˝20rÈ"courtesy-reminder%
day-2025-07-06(òÿ∫ë˛20≤	
ÈÃ
DR-000023-11	DR-000023DR-000023-INV-003"CRED-012(Ä»òü˛20Rä
INV-000023-003	æö
EURÈ"È*
Èê0:Company 000023B23 rue de la R√©publiqueB
69005 LyonJdr-000023@example.comh
DR-000024-15	DR-000024DR-000024-INV-002"CRED-002(≤»òü˛20Z'
DR-000024-PAY-2	É√USDÈ `
DR-000044-14	DR-000044DR-000044-INV-002"CRED-004(‰»òü˛20rÈ"reminder-2-phonea
DR-000055-14	DR-000055DR-000055-INV-003"CRED-004(ñ…òü˛20r È"reminder-3-letterh
DR-000055-15	DR-000055DR-000055-INV-002"CRED-004(»…òü˛20Z'
DR-000055-PAY-2	ﬂò-EURÈ ]
DR-000103-15	DR-000103DR-000103-INV-002"CRED-005(˙…òü˛20rÈ"formal-noticeg
DR-000115-8	DR-000115DR-000115-INV-004"CRED-007(¨ òü˛20Z'
DR-000115-PAY-4	ó≈USDÈ h
DR-000124-14	DR-000124DR-000124-INV-002"CRED-011(ﬁ òü˛20Z'
DR-000124-PAY-1	Û˝USDÈ e
DR-000130-15	DR-000130DR-000130-INV-004"CRED-008(êÀòü˛20j$
DR-000130-CN-15âGCHFÈb
DR-000133-14	DR-000133DR-000133-INV-002"CRED-001(¬Àòü˛20r!È"reminder-4-warning%
day-2025-07-07(òê‘∫˛20≤	
Èa
DR-000001-11	DR-000001DR-000001-INV-002"CRED-010(ÄÄ≤»˛20r È"reminder-3-letter_
DR-000022-14	DR-000022DR-000022-INV-003"CRED-006(≤Ä≤»˛20rÈ"courtesy-reminderg
DR-000040-8	DR-000040DR-000040-INV-004"CRED-003(‰Ä≤»˛20Z'
DR-000040-PAY-4	ÛÁ
CHFÈ `
DR-000052-10	DR-000052DR-000052-INV-002"CRED-008(ñÅ≤»˛20rÈ"reminder-2-phone^
DR-000052-11	DR-000052DR-000052-INV-002"CRED-008(»Å≤»˛20z
	ÀÉEURÈÈh
DR-000055-16	DR-000055DR-000055-INV-003"CRED-004(˙Å≤»˛20Z'
DR-000055-PAY-3	©ﬂ,EURÈ `
DR-000065-19	DR-000065DR-000065-INV-003"CRED-002(¨Ç≤»˛20rÈ"reminder-2-phoneæ
DR-000080-13	DR-000080DR-000080-INV-004"CRED-012(ﬁÇ≤»˛20R}
INV-000080-004
ô˛óEURÈ"È0:Company 000080B80 rue de la R√©publiqueB
69008 LyonJdr-000080@example.com`
DR-000085-12	DR-000085DR-000085-INV-002"CRED-008(êÉ≤»˛20rÈ"reminder-2-phoneJ
DR-000087-12	DR-000087"CRED-004(¬É≤»˛20b
DR-000087-PAY-4È`
DR-000093-6	DR-000093DR-000093-INV-002"CRED-007(ÙÉ≤»˛20r È"reminder-3-letter∂
DR-000099-12	DR-000099DR-000099-INV-002"CRED-009(¶Ñ≤»˛20Çt
DR-000099-PLAN-12È
È	ÇóEUR
È	ÇóEUR
È		ÇóEUR
È
	ÇóEURa
DR-000103-16	DR-000103DR-000103-INV-003"CRED-008(ÿÑ≤»˛20r È"reminder-3-letter`
DR-000123-21	DR-000123DR-000123-INV-003"CRED-001(äÖ≤»˛20rÈ"reminder-2-phonef
DR-000148-10	DR-000148DR-000148-INV-003"CRED-005(ºÖ≤»˛20j%
DR-000148-CN-10	«ÃEURÈ%
day-2025-07-08(ò»Ì„˛20≤	
ÈΩ
DR-000009-10	DR-000009DR-000009-INV-002"CRED-005(Ä∏ÀÒ˛20R|
INV-000009-002	¯ìEURÈ	"È	0:Customer 000009B9 rue de la R√©publiqueB
69009 LyonJdr-000009@example.com`
DR-000011-11	DR-000011DR-000011-INV-002"CRED-001(≤∏ÀÒ˛20rÈ	"reminder-1-emailg
DR-000031-4	DR-000031DR-000031-INV-002"CRED-012(‰∏ÀÒ˛20Z'
DR-000031-PAY-2	˜–`EURÈ	 Ω
DR-000064-17	DR-000064DR-000064-INV-004"CRED-006(ñπÀÒ˛20R|
INV-000064-004	ß⁄EURÈ	"È	0:Company 000064B64 rue de la R√©publiqueB
69001 LyonJdr-000064@example.com`
DR-000087-13	DR-000087DR-000087-INV-003"CRED-004(»πÀÒ˛20rÈ	"reminder-1-emailT
DR-000093-7	DR-000093"CRED-007(˙πÀÒ˛20Z'
DR-000093-PAY-2	àﬂEURÈ	 _
DR-000110-4	DR-000110DR-000110-INV-002"CRED-011(¨∫ÀÒ˛20rÈ	"reminder-1-emailΩ
DR-000115-9	DR-000115DR-000115-INV-005"CRED-007(ﬁ∫ÀÒ˛20R}
INV-000115-005	«¯USDÈ	"È	0:Company 000115B115 rue de la R√©publiqueB
69007 LyonJdr-000115@example.comŒ
DR-000127-11	DR-000127DR-000127-INV-004"CRED-008(êªÀÒ˛20Rå
INV-000127-004	ßÃ]EURÈ	"È*
ÈÕÔ0:Company 000127B127 rue de la R√©publiqueB
69001 LyonJdr-000127@example.comT
DR-000139-7	DR-000139"CRED-006(¬ªÀÒ˛20Z'
DR-000139-PAY-2	∆ÌEURÈ	 %
day-2025-07-09(òÄáçˇ20≤	
È	h
DR-000022-15	DR-000022DR-000022-INV-002"CRED-006(Ä‰öˇ20Z'
DR-000022-PAY-2	û…EURÈ
 ^
DR-000030-7	DR-000030DR-000030-INV-003"CRED-011(≤‰öˇ20rÈ
"courtesy-reminderº
DR-000031-5	DR-000031DR-000031-INV-003"CRED-012(‰‰öˇ20R|
INV-000031-003	≥êEURÈ
"È	0:Company 000031B31 rue de la R√©publiqueB
69004 LyonJdr-000031@example.comg
DR-000066-7	DR-000066DR-000066-INV-003"CRED-007(ñÒ‰öˇ20Z'
DR-000066-PAY-3	ºﬁEURÈ
 Ω
DR-000073-3	DR-000073DR-000073-INV-002"CRED-003(»Ò‰öˇ20R}
INV-000073-002	†ﬂCHFÈ
"È	0:Customer 000073B73 rue de la R√©publiqueB
69001 LyonJdr-000073@example.com`
DR-000087-14	DR-000087DR-000087-INV-003"CRED-004(˙Ò‰öˇ20rÈ
"reminder-2-phonea
DR-000101-21	DR-000101DR-000101-INV-004"CRED-004(¨Ú‰öˇ20r È
"reminder-3-letterb
DR-000122-15	DR-000122DR-000122-INV-002"CRED-011(ﬁÚ‰öˇ20r!È
"reminder-4-warning%
day-2025-07-10(ò∏†∂ˇ20≤	
È
g
DR-000036-12	DR-000036DR-000036-INV-002"CRED-012(Ä®˛√ˇ20Z&
DR-000036-PAY-2Í+EURÈ _
DR-000050-16	DR-000050DR-000050-INV-003"CRED-010(≤®˛√ˇ20rÈ"courtesy-reminderb
DR-000058-15	DR-000058DR-000058-INV-002"CRED-001(‰®˛√ˇ20r!È"reminder-4-warningg
DR-000060-22	DR-000060DR-000060-INV-003"CRED-008(ñ©˛√ˇ20Z&
DR-000060-PAY-3ÂEURÈ `
DR-000086-11	DR-000086DR-000086-INV-002"CRED-010(»©˛√ˇ20rÈ"reminder-1-emailh
DR-000086-12	DR-000086DR-000086-INV-002"CRED-010(˙©˛√ˇ20Z'
DR-000086-PAY-2	≥óEURÈ `
DR-000143-11	DR-000143DR-000143-INV-002"CRED-004(¨™˛√ˇ20rÈ"reminder-2-phone%
day-2025-07-11(òπﬂˇ20≤	
ÈZ
DR-000006-13	DR-000006DR-000006-INV-001"CRED-002(Ä‡óÌˇ20™
Èuncollectable_
DR-000063-13	DR-000063DR-000063-INV-003"CRED-011(≤‡óÌˇ20rÈ"courtesy-reminder_
DR-000070-9	DR-000070DR-000070-INV-002"CRED-002(‰‡óÌˇ20rÈ"reminder-1-email\
DR-000099-13	DR-000099DR-000099-INV-001"CRED-009(ñ·óÌˇ20¢ÈRG-000099-001g
DR-000140-7	DR-000140DR-000140-INV-003"CRED-002(»·óÌˇ20Z'
DR-000140-PAY-3	É·GBPÈ %
day-2025-07-12(ò®”àÄ30≤	
È`
DR-000004-20	DR-000004DR-000004-INV-003"CRED-001(Äò±ñÄ30rÈ"reminder-2-phoneº
DR-000021-9	DR-000021DR-000021-INV-004"CRED-009(≤ò±ñÄ30R|
INV-000021-004	Õ¥EURÈ"È0:Company 000021B21 rue de la R√©publiqueB
69003 LyonJdr-000021@example.com`
DR-000049-12	DR-000049DR-000049-INV-004"CRED-006(‰ò±ñÄ30rÈ"reminder-1-email`
DR-000069-17	DR-000069DR-000069-INV-003"CRED-006(ñô±ñÄ30rÈ"reminder-2-phoneΩ
DR-000087-15	DR-000087DR-000087-INV-004"CRED-004(»ô±ñÄ30R|
INV-000087-004	ÅÚEURÈ"È	0:Company 000087B87 rue de la R√©publiqueB
69006 LyonJdr-000087@example.comb
DR-000135-14	DR-000135DR-000135-INV-002"CRED-008(˙ô±ñÄ30r!È"reminder-4-warningh
DR-000146-14	DR-000146DR-000146-INV-002"CRED-011(¨ö±ñÄ30Z'
DR-000146-PAY-2	ı’WEURÈ æ
DR-000150-18	DR-000150DR-000150-INV-005"CRED-004(ﬁö±ñÄ30R}
INV-000150-005	ö¨EURÈ"È0:Company 000150B150 rue de la R√©publiqueB
69006 LyonJdr-000150@example.com%
day-2025-07-13(ò‡Ï±Ä30≤	
È_
DR-000017-15	DR-000017DR-000017-INV-003"CRED-001(Ä– øÄ30rÈ"courtesy-reminderÃ
DR-000019-15	DR-000019DR-000019-INV-004"CRED-007(≤– øÄ30Rä
INV-000019-004	”»USDÈ"È	*
ÈÌ'0:Company 000019B19 rue de la R√©publiqueB
69001 LyonJdr-000019@example.com^
DR-000026-9	DR-000026DR-000026-INV-002"CRED-003(‰– øÄ30rÈ"courtesy-remindera
DR-000044-15	DR-000044DR-000044-INV-002"CRED-004(ñ— øÄ30r È"reminder-3-letter„
DR-000065-20	DR-000065DR-000065-INV-003"CRED-002(»— øÄ30Ç†
DR-000065-PLAN-20È
È	÷Ñ	EUR
È		÷Ñ	EUR
È
	÷Ñ	EUR
È	÷Ñ	EUR
È	÷Ñ	EUR
Í	€Ñ	EURÃ
DR-000106-5	DR-000106DR-000106-INV-003"CRED-010(˙— øÄ30Rã
INV-000106-003	Ç∆EURÈ"È*
È¬0:Company 000106B106 rue de la R√©publiqueB
69007 LyonJdr-000106@example.comΩ
DR-000108-7	DR-000108DR-000108-INV-004"CRED-007(¨“ øÄ30R}
INV-000108-004	∂¸EURÈ"È0:Company 000108B108 rue de la R√©publiqueB
69009 LyonJdr-000108@example.comg
DR-000110-5	DR-000110DR-000110-INV-002"CRED-011(ﬁ“ øÄ30Z'
DR-000110-PAY-2	´∫EURÈ h
DR-000130-16	DR-000130DR-000130-INV-004"CRED-008(ê” øÄ30Z'
DR-000130-PAY-4	òâCHFÈ g
DR-000138-8	DR-000138DR-000138-INV-003"CRED-010(¬” øÄ30Z'
DR-000138-PAY-3	Ü•EURÈ %
day-2025-07-14(òòÜ€Ä30≤	
ÈΩ
DR-000045-21	DR-000045DR-000045-INV-005"CRED-003(Äà‰ËÄ30R|
INV-000045-005	äÜ6EURÈ"È0:Company 000045B45 rue de la R√©publiqueB
69009 LyonJdr-000045@example.comg
DR-000072-16	DR-000072DR-000072-INV-002"CRED-005(≤à‰ËÄ30Z&
DR-000072-PAY-4øBEURÈ a
DR-000085-13	DR-000085DR-000085-INV-002"CRED-008(‰à‰ËÄ30r È"reminder-3-letterg
DR-000107-13	DR-000107DR-000107-INV-001"CRED-005(ñâ‰ËÄ30Z&
DR-000107-PAY-1PUSDÈ a
DR-000123-22	DR-000123DR-000123-INV-003"CRED-001(»â‰ËÄ30r È"reminder-3-letter`
DR-000137-14	DR-000137DR-000137-INV-003"CRED-005(˙â‰ËÄ30rÈ"reminder-1-emailg
DR-000147-8	DR-000147DR-000147-INV-004"CRED-004(¨ä‰ËÄ30Z'
DR-000147-PAY-4	•∫:EURÈ %
day-2025-07-15(ò–üÑÅ30≤	
È`
DR-000011-12	DR-000011DR-000011-INV-002"CRED-001(Ä¿˝ëÅ30rÈ"reminder-2-phoneΩ
DR-000047-3	DR-000047DR-000047-INV-002"CRED-005(≤¿˝ëÅ30R}
INV-000047-002	óÏEURÈ"È0:Customer 000047B47 rue de la R√©publiqueB
69002 LyonJdr-000047@example.comM
DR-000077-11	DR-000077DR-000077-INV-002"CRED-005(‰¿˝ëÅ30íÈ]
DR-000127-12	DR-000127DR-000127-INV-002"CRED-010(ñ¡˝ëÅ30rÈ"formal-noticeΩ
DR-000136-5	DR-000136DR-000136-INV-002"CRED-009(»¡˝ëÅ30R}
INV-000136-002ÍVUSDÈ"È0:Customer 000136B136 rue de la R√©publiqueB
69001 LyonJdr-000136@example.com`
DR-000145-12	DR-000145DR-000145-INV-002"CRED-012(˙¡˝ëÅ30rÈ"reminder-1-email%
day-2025-07-16(òàπ≠Å30≤	
Èb
DR-000001-12	DR-000001DR-000001-INV-002"CRED-010(Ä¯ñªÅ30r!È"reminder-4-warningS
DR-000017-16	DR-000017DR-000017-INV-002"CRED-001(≤¯ñªÅ30ö
AGY-01Èg
DR-000050-17	DR-000050DR-000050-INV-002"CRED-010(‰¯ñªÅ30Z&
DR-000050-PAY-2®fEURÈ À
DR-000056-9	DR-000056DR-000056-INV-004"CRED-011(ñ˘ñªÅ30Rä
INV-000056-004	á–+EURÈ"È*
È◊o0:Company 000056B56 rue de la R√©publiqueB
69002 LyonJdr-000056@example.com`
DR-000080-14	DR-000080DR-000080-INV-003"CRED-012(»˘ñªÅ30rÈ"reminder-1-emaila
DR-000087-16	DR-000087DR-000087-INV-003"CRED-004(˙˘ñªÅ30r È"reminder-3-letterb
DR-000103-17	DR-000103DR-000103-INV-003"CRED-008(¨˙ñªÅ30r!È"reminder-4-warningh
DR-000103-18	DR-000103DR-000103-INV-003"CRED-008(ﬁ˙ñªÅ30Z'
DR-000103-PAY-2	ÖËEURÈ h
DR-000103-19	DR-000103DR-000103-INV-002"CRED-005(ê˚ñªÅ30Z'
DR-000103-PAY-3	¿≠EURÈ h
DR-000113-18	DR-000113DR-000113-INV-003"CRED-006(¬˚ñªÅ30Z'
DR-000113-PAY-7	ˇ§EURÈ h
DR-000123-23	DR-000123DR-000123-INV-003"CRED-001(Ù˚ñªÅ30Z'
DR-000123-PAY-6	ó–EURÈ `
DR-000150-19	DR-000150DR-000150-INV-004"CRED-004(¶¸ñªÅ30rÈ"reminder-1-email%
day-2025-07-17(ò¿“÷Å30≤	
È`
DR-000022-16	DR-000022DR-000022-INV-003"CRED-006(Ä∞∞‰Å30rÈ"reminder-1-email]
DR-000038-14	DR-000038DR-000038-INV-002"CRED-012(≤∞∞‰Å30rÈ"formal-notice]
DR-000064-18	DR-000064DR-000064-INV-003"CRED-007(‰∞∞‰Å30rÈ"formal-noticeº
DR-000081-6	DR-000081DR-000081-INV-003"CRED-012(ñ±∞‰Å30R|
INV-000081-003	ü´EEURÈ"È0:Company 000081B81 rue de la R√©publiqueB
69009 LyonJdr-000081@example.comJ
DR-000086-13	DR-000086"CRED-010(»±∞‰Å30b
DR-000086-PAY-2ÈΩ
DR-000116-5	DR-000116DR-000116-INV-003"CRED-001(˙±∞‰Å30R}
INV-000116-003	˝°EURÈ"È	0:Company 000116B116 rue de la R√©publiqueB
69008 LyonJdr-000116@example.comæ
DR-000141-3	DR-000141DR-000141-INV-002"CRED-009(¨≤∞‰Å30R~
INV-000141-002	ﬂ±EURÈ"È0:Customer 000141B141 rue de la R√©publiqueB
69006 LyonJdr-000141@example.coma
DR-000143-12	DR-000143DR-000143-INV-002"CRED-004(ﬁ≤∞‰Å30r È"reminder-3-letter%
day-2025-07-18(ò¯ÎˇÅ30≤	
Èf
DR-000005-8	DR-000005DR-000005-INV-002"CRED-007(ÄË…çÇ30Z&
DR-000005-PAY-3ıpEURÈ g
DR-000030-8	DR-000030DR-000030-INV-003"CRED-011(≤Ë…çÇ30Z'
DR-000030-PAY-3	¯µEURÈ V
DR-000041-9	DR-000041DR-000041-INV-002"CRED-004(‰Ë…çÇ30íìEURÈæ
DR-000055-17	DR-000055DR-000055-INV-004"CRED-004(ñÈ…çÇ30R}
INV-000055-004
í›éEURÈ"È0:Company 000055B55 rue de la R√©publiqueB
69001 LyonJdr-000055@example.com`
DR-000070-10	DR-000070DR-000070-INV-002"CRED-002(»È…çÇ30rÈ"reminder-2-phoneh
DR-000085-14	DR-000085DR-000085-INV-001"CRED-008(˙È…çÇ30Z'
DR-000085-PAY-2	÷◊EURÈ `
DR-000086-14	DR-000086DR-000086-INV-002"CRED-010(¨Í…çÇ30rÈ"reminder-2-phoneb
DR-000101-22	DR-000101DR-000101-INV-004"CRED-004(ﬁÍ…çÇ30r!È"reminder-4-warningæ
DR-000120-8	DR-000120DR-000120-INV-002"CRED-004(êÎ…çÇ30R~
INV-000120-002	Ù◊EURÈ"È0:Customer 000120B120 rue de la R√©publiqueB
69003 LyonJdr-000120@example.comΩ
DR-000125-8	DR-000125DR-000125-INV-004"CRED-007(¬Î…çÇ30R}
INV-000125-004	 ƒ$EURÈ"È	0:Company 000125B125 rue de la R√©publiqueB
69008 LyonJdr-000125@example.comh
DR-000127-13	DR-000127DR-000127-INV-002"CRED-010(ÙÎ…çÇ30Z'
DR-000127-PAY-4	çÃ	EURÈ _
DR-000129-14	DR-000129DR-000129-INV-003"CRED-009(¶Ï…çÇ30rÈ"courtesy-reminderi
DR-000129-15	DR-000129DR-000129-INV-003"CRED-009(ÿÏ…çÇ30Z(
DR-000129-PAY-3
ÓÿûEURÈ æ
DR-000146-15	DR-000146DR-000146-INV-003"CRED-011(äÌ…çÇ30R}
INV-000146-003	º÷;EURÈ"È0:Company 000146B146 rue de la R√©publiqueB
69002 LyonJdr-000146@example.com%
day-2025-07-19(ò∞Ö©Ç30≤	
Èa
DR-000004-21	DR-000004DR-000004-INV-003"CRED-001(Ä†„∂Ç30r È"reminder-3-letter]
DR-000006-14	DR-000006DR-000006-INV-002"CRED-002(≤†„∂Ç30rÈ"formal-notice`
DR-000041-10	DR-000041DR-000041-INV-002"CRED-004(‰†„∂Ç30rÈ"reminder-1-email`
DR-000049-13	DR-000049DR-000049-INV-004"CRED-006(ñ°„∂Ç30rÈ"reminder-2-phone^
DR-000049-14	DR-000049DR-000049-INV-004"CRED-006(»°„∂Ç30z
	˘œEURÈÈh
DR-000054-10	DR-000054DR-000054-INV-001"CRED-012(˙°„∂Ç30Z'
DR-000054-PAY-2	ÙEURÈ `
DR-000063-14	DR-000063DR-000063-INV-004"CRED-006(¨¢„∂Ç30rÈ"reminder-1-email_
DR-000067-6	DR-000067DR-000067-INV-002"CRED-002(ﬁ¢„∂Ç30rÈ"reminder-1-emaila
DR-000069-18	DR-000069DR-000069-INV-003"CRED-006(ê£„∂Ç30r È"reminder-3-letteri
DR-000080-15	DR-000080DR-000080-INV-003"CRED-012(¬£„∂Ç30Z(
DR-000080-PAY-3
Œ€ûEURÈ h
DR-000085-15	DR-000085DR-000085-INV-002"CRED-008(Ù£„∂Ç30Z'
DR-000085-PAY-3	‚‹EURÈ a
DR-000107-14	DR-000107DR-000107-INV-002"CRED-005(¶§„∂Ç30r È"reminder-3-letterÃ
DR-000147-9	DR-000147DR-000147-INV-005"CRED-004(ÿ§„∂Ç30Rã
INV-000147-005	ÍûEURÈ"È*
Èµ0:Company 000147B147 rue de la R√©publiqueB
69003 LyonJdr-000147@example.com]
DR-000149-13	DR-000149DR-000149-INV-002"CRED-011(ä•„∂Ç30rÈ"formal-notice%
day-2025-07-20(òËû“Ç30≤	
È]
DR-000008-18	DR-000008DR-000008-INV-002"CRED-008(Äÿ¸ﬂÇ30rÈ"formal-noticeh
DR-000019-16	DR-000019DR-000019-INV-002"CRED-007(≤ÿ¸ﬂÇ30Z'
DR-000019-PAY-2	ıã$USDÈ `
DR-000041-11	DR-000041DR-000041-INV-002"CRED-004(‰ÿ¸ﬂÇ30rÈ"reminder-2-phone`
DR-000050-18	DR-000050DR-000050-INV-003"CRED-010(ñŸ¸ﬂÇ30rÈ"reminder-1-emailh
DR-000064-19	DR-000064DR-000064-INV-003"CRED-007(»Ÿ¸ﬂÇ30Z'
DR-000064-PAY-3	éœ0EURÈ ä
DR-000069-19	DR-000069DR-000069-INV-003"CRED-006(˙Ÿ¸ﬂÇ30ÇH
DR-000069-PLAN-19È
È	·µ>EUR
È	·µ>EURb
DR-000107-15	DR-000107DR-000107-INV-002"CRED-005(¨⁄¸ﬂÇ30r!È"reminder-4-warningh
DR-000113-19	DR-000113DR-000113-INV-002"CRED-006(ﬁ⁄¸ﬂÇ30Z'
DR-000113-PAY-8	¯ÂEURÈ g
DR-000145-13	DR-000145DR-000145-INV-002"CRED-012(ê€¸ﬂÇ30Z&
DR-000145-PAY-4˘:EURÈ h
DR-000148-11	DR-000148DR-000148-INV-003"CRED-005(¬€¸ﬂÇ30Z'
DR-000148-PAY-3	≈ÆWEURÈ %
day-2025-07-21(ò†∏˚Ç30≤	
Èh
DR-000004-22	DR-000004DR-000004-INV-003"CRED-001(ÄêñâÉ30Z'
DR-000004-PAY-3	Œ∫EURÈ º
DR-000008-19	DR-000008DR-000008-INV-004"CRED-008(≤êñâÉ30R{
INV-000008-004	Ω£5EURÈ"È	0:Company 000008B8 rue de la R√©publiqueB
69008 LyonJdr-000008@example.com`
DR-000028-14	DR-000028DR-000028-INV-003"CRED-006(‰êñâÉ30rÈ"reminder-1-emaila
DR-000041-12	DR-000041DR-000041-INV-002"CRED-004(ñëñâÉ30r È"reminder-3-letterΩ
DR-000046-10	DR-000046DR-000046-INV-003"CRED-010(»ëñâÉ30R|
INV-000046-003	„ŸUSDÈ"È	0:Company 000046B46 rue de la R√©publiqueB
69001 LyonJdr-000046@example.com`
DR-000063-15	DR-000063DR-000063-INV-003"CRED-011(˙ëñâÉ30rÈ"reminder-1-emailh
DR-000087-17	DR-000087DR-000087-INV-003"CRED-004(¨íñâÉ30Z'
DR-000087-PAY-5	™rEURÈ h
DR-000101-23	DR-000101DR-000101-INV-004"CRED-004(ﬁíñâÉ30Z'
DR-000101-PAY-4	ó˝+EURÈ ]
DR-000107-16	DR-000107DR-000107-INV-002"CRED-005(êìñâÉ30rÈ"formal-notice]
DR-000133-15	DR-000133DR-000133-INV-002"CRED-001(¬ìñâÉ30rÈ"formal-notice`
DR-000137-15	DR-000137DR-000137-INV-003"CRED-005(ÙìñâÉ30rÈ"reminder-2-phone%
day-2025-07-22(òÿ—§É30≤	
È`
DR-000008-20	DR-000008DR-000008-INV-003"CRED-008(Ä»Ø≤É30rÈ"reminder-1-emaila
DR-000011-13	DR-000011DR-000011-INV-002"CRED-001(≤»Ø≤É30r È"reminder-3-letterb
DR-000041-13	DR-000041DR-000041-INV-002"CRED-004(‰»Ø≤É30r!È"reminder-4-warningb
DR-000044-16	DR-000044DR-000044-INV-002"CRED-004(ñ…Ø≤É30r!È"reminder-4-warningæ
DR-000048-10	DR-000048DR-000048-INV-003"CRED-001(»…Ø≤É30R}
INV-000048-003	˙£EURÈ"È	0:Customer 000048B48 rue de la R√©publiqueB
69003 LyonJdr-000048@example.comæ
DR-000051-10	DR-000051DR-000051-INV-003"CRED-011(˙…Ø≤É30R}
INV-000051-003	’§EURÈ"È0:Customer 000051B51 rue de la R√©publiqueB
69006 LyonJdr-000051@example.coma
DR-000052-12	DR-000052DR-000052-INV-002"CRED-008(¨ Ø≤É30r È"reminder-3-letter_
DR-000097-9	DR-000097DR-000097-INV-003"CRED-011(ﬁ Ø≤É30rÈ"reminder-1-emailæ
DR-000101-24	DR-000101DR-000101-INV-006"CRED-004(êÀØ≤É30R}
INV-000101-006	ƒ˛EURÈ"È	0:Company 000101B101 rue de la R√©publiqueB
69002 LyonJdr-000101@example.com_
DR-000126-4	DR-000126DR-000126-INV-002"CRED-001(¬ÀØ≤É30rÈ"reminder-1-email`
DR-000145-14	DR-000145DR-000145-INV-002"CRED-012(ÙÀØ≤É30rÈ"reminder-2-phone%
day-2025-07-23(òêÎÕÉ30≤	
ÈT
DR-000001-13	DR-000001"CRED-010(ÄÄ…€É30Z&
DR-000001-PAY-2‚(EURÈ h
DR-000011-14	DR-000011DR-000011-INV-001"CRED-001(≤Ä…€É30Z'
DR-000011-PAY-1	éòEURÈ `
DR-000017-17	DR-000017DR-000017-INV-003"CRED-001(‰Ä…€É30rÈ"reminder-1-emailh
DR-000025-18	DR-000025DR-000025-INV-002"CRED-009(ñÅ…€É30Z'
DR-000025-PAY-2	 ‡MEURÈ `
DR-000026-10	DR-000026DR-000026-INV-002"CRED-003(»Å…€É30rÈ"reminder-1-email^
DR-000030-9	DR-000030DR-000030-INV-004"CRED-011(˙Å…€É30rÈ"courtesy-reminder]
DR-000041-14	DR-000041DR-000041-INV-002"CRED-004(¨Ç…€É30rÈ"formal-noticeb
DR-000052-13	DR-000052DR-000052-INV-002"CRED-008(ﬁÇ…€É30r!È"reminder-4-warningb
DR-000085-16	DR-000085DR-000085-INV-002"CRED-008(êÉ…€É30r!È"reminder-4-warning`
DR-000095-15	DR-000095DR-000095-INV-003"CRED-010(¬É…€É30rÈ"reminder-1-email`
DR-000098-17	DR-000098DR-000098-INV-003"CRED-009(ÙÉ…€É30rÈ"reminder-1-email`
DR-000109-14	DR-000109DR-000109-INV-003"CRED-011(¶Ñ…€É30rÈ"reminder-1-emailg
DR-000113-20	DR-000113DR-000113-INV-001"CRED-006(ÿÑ…€É30Z&
DR-000113-PAY-9∏QEURÈ `
DR-000150-20	DR-000150DR-000150-INV-004"CRED-004(äÖ…€É30rÈ"reminder-2-phone`
DR-000095-15	DR-000095DR-000095-INV-003"CRED-010(¬É…€É30rÈ"reminder-1-email%
day-2025-07-24(ò»Ñ˜É30≤	
È`
DR-000022-17	DR-000022DR-000022-INV-003"CRED-006(Ä∏‚ÑÑ30rÈ"reminder-2-phoneh
DR-000030-10	DR-000030DR-000030-INV-004"CRED-011(≤∏‚ÑÑ30Z'
DR-000030-PAY-4	ÃÕEURÈ º
DR-000040-9	DR-000040DR-000040-INV-005"CRED-003(‰∏‚ÑÑ30R|
INV-000040-005	˝ÚCHFÈ"È	0:Company 000040B40 rue de la R√©publiqueB
69004 LyonJdr-000040@example.comh
DR-000046-11	DR-000046DR-000046-INV-002"CRED-010(ñπ‚ÑÑ30Z'
DR-000046-PAY-3	ú÷USDÈ Ω
DR-000060-23	DR-000060DR-000060-INV-004"CRED-008(»π‚ÑÑ30R|
INV-000060-004‚HEURÈ"È0:Customer 000060B60 rue de la R√©publiqueB
69006 LyonJdr-000060@example.coma
DR-000086-15	DR-000086DR-000086-INV-002"CRED-010(˙π‚ÑÑ30r È"reminder-3-letter]
DR-000122-16	DR-000122DR-000122-INV-002"CRED-011(¨∫‚ÑÑ30rÈ"formal-notice`
DR-000122-17	DR-000122DR-000122-INV-003"CRED-011(ﬁ∫‚ÑÑ30rÈ"reminder-1-email%
day-2025-07-25(òÄû†Ñ30≤	
È]
DR-000058-16	DR-000058DR-000058-INV-002"CRED-001(Ä˚≠Ñ30rÈ"formal-noticeh
DR-000069-20	DR-000069DR-000069-INV-002"CRED-006(≤˚≠Ñ30Z'
DR-000069-PAY-5	ÂﬂEURÈ a
DR-000070-11	DR-000070DR-000070-INV-002"CRED-002(‰˚≠Ñ30r È"reminder-3-letterh
DR-000099-14	DR-000099DR-000099-INV-002"CRED-009(ñÒ˚≠Ñ30Z'
DR-000099-PAY-1	ÇóEURÈ `
DR-000101-25	DR-000101DR-000101-INV-005"CRED-004(»Ò˚≠Ñ30ä
goods not deliveredÈS
DR-000107-17	DR-000107DR-000107-INV-002"CRED-005(˙Ò˚≠Ñ30ö
AGY-01Èh
DR-000148-12	DR-000148DR-000148-INV-002"CRED-005(¨Ú˚≠Ñ30Z'
DR-000148-PAY-4	≈˘EURÈ %
day-2025-07-26(ò∏∑…Ñ30≤	
È`
DR-000063-16	DR-000063DR-000063-INV-004"CRED-006(Ä®ï◊Ñ30rÈ"reminder-2-phone_
DR-000067-7	DR-000067DR-000067-INV-002"CRED-002(≤®ï◊Ñ30rÈ"reminder-2-phoneΩ
DR-000088-6	DR-000088DR-000088-INV-003"CRED-010(‰®ï◊Ñ30R}
INV-000088-003	á¯
EURÈ"È	
0:Customer 000088B88 rue de la R√©publiqueB
69007 LyonJdr-000088@example.comb
DR-000143-13	DR-000143DR-000143-INV-002"CRED-004(ñ©ï◊Ñ30r!È"reminder-4-warning%
day-2025-07-27(ò–ÚÑ30≤	
ÈI
DR-000005-9	DR-000005"CRED-007(Ä‡ÆÄÖ30b
DR-000005-PAY-3È`
DR-000019-17	DR-000019DR-000019-INV-003"CRED-007(≤‡ÆÄÖ30ä
goods not deliveredÈg
DR-000043-6	DR-000043DR-000043-INV-003"CRED-007(‰‡ÆÄÖ30Z'
DR-000043-PAY-3	ÆπEURÈ `
DR-000050-19	DR-000050DR-000050-INV-003"CRED-010(ñ·ÆÄÖ30rÈ"reminder-2-phone\
DR-000065-21	DR-000065DR-000065-INV-002"CRED-002(»·ÆÄÖ30¢ÈRG-000065-002h
DR-000069-21	DR-000069DR-000069-INV-003"CRED-006(˙·ÆÄÖ30Z'
DR-000069-PAY-6	·µ>EURÈ Ω
DR-000072-17	DR-000072DR-000072-INV-004"CRED-005(¨‚ÆÄÖ30R|
INV-000072-004	™’ EURÈ"È	0:Company 000072B72 rue de la R√©publiqueB
69009 LyonJdr-000072@example.com`
DR-000072-18	DR-000072DR-000072-INV-003"CRED-005(ﬁ‚ÆÄÖ30rÈ"reminder-1-emailÀ
DR-000078-5	DR-000078DR-000078-INV-003"CRED-004(ê„ÆÄÖ30Rä
INV-000078-003	°∏USDÈ"È	*
ÈˆM0:Company 000078B78 rue de la R√©publiqueB
69006 LyonJdr-000078@example.comh
DR-000098-18	DR-000098DR-000098-INV-003"CRED-009(¬„ÆÄÖ30Z'
DR-000098-PAY-4	˚´EURÈ Ω
DR-000126-5	DR-000126DR-000126-INV-003"CRED-001(Ù„ÆÄÖ30R}
INV-000126-003	á≥GBPÈ"È	0:Company 000126B126 rue de la R√©publiqueB
69009 LyonJdr-000126@example.com]
DR-000135-15	DR-000135DR-000135-INV-002"CRED-008(¶‰ÆÄÖ30rÈ"formal-notice%
day-2025-07-28(ò®ÍõÖ30≤	
È`
DR-000005-10	DR-000005DR-000005-INV-002"CRED-007(Äò»©Ö30rÈ"reminder-1-email`
DR-000015-14	DR-000015DR-000015-INV-003"CRED-005(≤ò»©Ö30rÈ"reminder-1-email`
DR-000028-15	DR-000028DR-000028-INV-003"CRED-006(‰ò»©Ö30rÈ"reminder-2-phoneM
DR-000037-13	DR-000037DR-000037-INV-002"CRED-004(ñô»©Ö30íÈJ
DR-000046-12	DR-000046"CRED-010(»ô»©Ö30b
DR-000046-PAY-3È`
DR-000063-17	DR-000063DR-000063-INV-003"CRED-011(˙ô»©Ö30rÈ"reminder-2-phoneW
DR-000089-7	DR-000089DR-000089-INV-003"CRED-008(¨ö»©Ö30í	˚‘EURÈÀ
DR-000093-8	DR-000093DR-000093-INV-003"CRED-007(ﬁö»©Ö30Rä
INV-000093-003	ˇÙEURÈ"È	*
ÈÇJ0:Company 000093B93 rue de la R√©publiqueB
69003 LyonJdr-000093@example.com^
DR-000096-9	DR-000096DR-000096-INV-004"CRED-001(êõ»©Ö30rÈ"courtesy-reminderæ
DR-000133-16	DR-000133DR-000133-INV-003"CRED-001(¬õ»©Ö30R}
INV-000133-003	ﬁÊCHFÈ"È0:Company 000133B133 rue de la R√©publiqueB
69007 LyonJdr-000133@example.comg
DR-000135-16	DR-000135DR-000135-INV-002"CRED-008(Ùõ»©Ö30Z&
DR-000135-PAY-3‹+EURÈ a
DR-000137-16	DR-000137DR-000137-INV-003"CRED-005(¶ú»©Ö30r È"reminder-3-letter^
DR-000142-7	DR-000142DR-000142-INV-003"CRED-012(ÿú»©Ö30rÈ"courtesy-reminder`
DR-000150-21	DR-000150DR-000150-INV-005"CRED-004(äù»©Ö30ä
goods not deliveredÈM
DR-000037-13	DR-000037DR-000037-INV-002"CRED-004(ñô»©Ö30íÈ%
day-2025-07-29(ò‡É≈Ö30≤	
ÈX
DR-000003-11	DR-000003DR-000003-INV-003"CRED-005(Ä–·“Ö30í	“ä=EURÈ`
DR-000008-21	DR-000008DR-000008-INV-003"CRED-008(≤–·“Ö30rÈ"reminder-2-phoneh
DR-000023-12	DR-000023DR-000023-INV-002"CRED-002(‰–·“Ö30Z'
DR-000023-PAY-2	ê„EURÈ `
DR-000037-14	DR-000037DR-000037-INV-002"CRED-004(ñ—·“Ö30rÈ"reminder-2-phone`
DR-000046-13	DR-000046DR-000046-INV-002"CRED-010(»—·“Ö30rÈ"reminder-1-emailΩ
DR-000053-6	DR-000053DR-000053-INV-003"CRED-009(˙—·“Ö30R}
INV-000053-003	ÍƒEURÈ"È0:Customer 000053B53 rue de la R√©publiqueB
69008 LyonJdr-000053@example.comΩ
DR-000059-4	DR-000059DR-000059-INV-002"CRED-001(¨“·“Ö30R}
INV-000059-002	ﬂüCHFÈ"È0:Customer 000059B59 rue de la R√©publiqueB
69005 LyonJdr-000059@example.com_
DR-000071-13	DR-000071DR-000071-INV-003"CRED-002(ﬁ“·“Ö30rÈ"courtesy-reminder_
DR-000089-8	DR-000089DR-000089-INV-003"CRED-008(ê”·“Ö30rÈ"reminder-1-email`
DR-000097-10	DR-000097DR-000097-INV-003"CRED-011(¬”·“Ö30rÈ"reminder-2-phone_
DR-000126-6	DR-000126DR-000126-INV-002"CRED-001(Ù”·“Ö30rÈ"reminder-2-phoneæ
DR-000143-14	DR-000143DR-000143-INV-003"CRED-004(¶‘·“Ö30R}
INV-000143-003	«¥mUSDÈ"È	0:Company 000143B143 rue de la R√©publiqueB
69008 LyonJdr-000143@example.coma
DR-000145-15	DR-000145DR-000145-INV-002"CRED-012(ÿ‘·“Ö30r È"reminder-3-letter%
day-2025-07-30(òòùÓÖ30≤	
È`
DR-000003-12	DR-000003DR-000003-INV-003"CRED-005(Äà˚˚Ö30rÈ"reminder-2-phone`
DR-000017-18	DR-000017DR-000017-INV-003"CRED-001(≤à˚˚Ö30rÈ"reminder-2-phone`
DR-000025-19	DR-000025DR-000025-INV-003"CRED-009(‰à˚˚Ö30ä
goods not deliveredÈ`
DR-000026-11	DR-000026DR-000026-INV-002"CRED-003(ñâ˚˚Ö30rÈ"reminder-2-phone^
DR-000026-12	DR-000026DR-000026-INV-002"CRED-003(»â˚˚Ö30z
	¶êCHFÈ	Èa
DR-000037-15	DR-000037DR-000037-INV-002"CRED-004(˙â˚˚Ö30r È"reminder-3-letterX
DR-000074-21	DR-000074DR-000074-INV-003"CRED-001(¨ä˚˚Ö30í	ÚÄEURÈ_
DR-000089-9	DR-000089DR-000089-INV-003"CRED-008(ﬁä˚˚Ö30rÈ"reminder-2-phone`
DR-000095-16	DR-000095DR-000095-INV-003"CRED-010(êã˚˚Ö30rÈ"reminder-2-phone^
DR-000095-17	DR-000095DR-000095-INV-003"CRED-010(¬ã˚˚Ö30z
	¸ΩEURÈ	È`
DR-000098-19	DR-000098DR-000098-INV-003"CRED-009(Ùã˚˚Ö30rÈ"reminder-2-phone`
DR-000109-15	DR-000109DR-000109-INV-003"CRED-011(¶å˚˚Ö30rÈ"reminder-2-phoneæ
DR-000129-16	DR-000129DR-000129-INV-004"CRED-009(ÿå˚˚Ö30R}
INV-000129-004	ÁÑEURÈ"È	0:Company 000129B129 rue de la R√©publiqueB
69003 LyonJdr-000129@example.comg
DR-000142-8	DR-000142DR-000142-INV-003"CRED-012(äç˚˚Ö30Z'
DR-000142-PAY-3	¸¿VEURÈ a
DR-000150-22	DR-000150DR-000150-INV-004"CRED-004(ºç˚˚Ö30r È"reminder-3-letter%
day-2025-07-31(ò–∂óÜ30≤	
Èa
DR-000003-13	DR-000003DR-000003-INV-003"CRED-005(Ä¿î•Ü30r È"reminder-3-letterº
DR-000004-23	DR-000004DR-000004-INV-004"CRED-009(≤¿î•Ü30R{
INV-000004-004	›˜'EURÈ"È0:Company 000004B4 rue de la R√©publiqueB
69004 LyonJdr-000004@example.comb
DR-000011-15	DR-000011DR-000011-INV-002"CRED-001(‰¿î•Ü30r!È"reminder-4-warninga
DR-000022-18	DR-000022DR-000022-INV-003"CRED-006(ñ¡î•Ü30r È"reminder-3-letterb
DR-000037-16	DR-000037DR-000037-INV-002"CRED-004(»¡î•Ü30r!È"reminder-4-warningΩ
DR-000049-15	DR-000049DR-000049-INV-005"CRED-006(˙¡î•Ü30R|
INV-000049-005	ˇﬂ*EURÈ"È0:Company 000049B49 rue de la R√©publiqueB
69004 LyonJdr-000049@example.comæ
DR-000057-24	DR-000057DR-000057-INV-005"CRED-005(¨¬î•Ü30R}
INV-000057-005
Í˝°EURÈ"È	0:Company 000057B57 rue de la R√©publiqueB
69003 LyonJdr-000057@example.comi
DR-000057-25	DR-000057DR-000057-INV-003"CRED-001(ﬁ¬î•Ü30Z(
DR-000057-PAY-3
≠ÅÓCHFÈ h
DR-000065-22	DR-000065DR-000065-INV-003"CRED-002(ê√î•Ü30Z'
DR-000065-PAY-3	÷Ñ	EURÈ `
DR-000074-22	DR-000074DR-000074-INV-003"CRED-001(¬√î•Ü30rÈ"reminder-2-phonea
DR-000089-10	DR-000089DR-000089-INV-003"CRED-008(Ù√î•Ü30r È"reminder-3-letterh
DR-000096-10	DR-000096DR-000096-INV-004"CRED-001(¶ƒî•Ü30Z'
DR-000096-PAY-4	™Ì4EURÈ `
DR-000122-18	DR-000122DR-000122-INV-003"CRED-011(ÿƒî•Ü30rÈ"reminder-2-phone^
DR-000122-19	DR-000122DR-000122-INV-003"CRED-011(ä≈î•Ü30z
	£’EURÈÈS
DR-000133-17	DR-000133DR-000133-INV-002"CRED-001(º≈î•Ü30ö
AGY-03Èæ
DR-000140-8	DR-000140DR-000140-INV-004"CRED-002(Ó≈î•Ü30R~
INV-000140-004	Ü·GBPÈ"È0:Customer 000140B140 rue de la R√©publiqueB
69005 LyonJdr-000140@example.com%
day-2025-08-01(òà–¿Ü30≤	
Èg
DR-000002-6	DR-000002DR-000002-INV-003"CRED-007(Ä¯≠ŒÜ30Z'
DR-000002-PAY-3	‰ÜEURÈ b
DR-000003-14	DR-000003DR-000003-INV-003"CRED-005(≤¯≠ŒÜ30r!È"reminder-4-warning^
DR-000007-7	DR-000007DR-000007-INV-003"CRED-005(‰¯≠ŒÜ30rÈ"courtesy-reminderg
DR-000007-8	DR-000007DR-000007-INV-003"CRED-005(ñ˘≠ŒÜ30Z'
DR-000007-PAY-2	∫ŸEURÈ h
DR-000035-14	DR-000035DR-000035-INV-003"CRED-006(»˘≠ŒÜ30Z'
DR-000035-PAY-3	∂∂EURÈ ]
DR-000037-17	DR-000037DR-000037-INV-002"CRED-004(˙˘≠ŒÜ30rÈ"formal-noticeg
DR-000041-15	DR-000041DR-000041-INV-002"CRED-004(¨˙≠ŒÜ30Z&
DR-000041-PAY-3»)EURÈ a
DR-000074-23	DR-000074DR-000074-INV-003"CRED-001(ﬁ˙≠ŒÜ30r È"reminder-3-letter_
DR-000082-10	DR-000082DR-000082-INV-002"CRED-002(ê˚≠ŒÜ30rÈ"courtesy-reminderΩ
DR-000085-17	DR-000085DR-000085-INV-003"CRED-008(¬˚≠ŒÜ30R|
INV-000085-003	∆“.EURÈ"È	0:Company 000085B85 rue de la R√©publiqueB
69004 LyonJdr-000085@example.comΩ
DR-000100-9	DR-000100DR-000100-INV-004"CRED-008(Ù˚≠ŒÜ30R}
INV-000100-004	Á≥ GBPÈ"È	0:Company 000100B100 rue de la R√©publiqueB
69001 LyonJdr-000100@example.comŒ
DR-000114-7	DR-000114DR-000114-INV-004"CRED-003(¶¸≠ŒÜ30Rç
INV-000114-004
§áÅEURÈ"È	*
È± 0:Company 000114B114 rue de la R√©publiqueB
69006 LyonJdr-000114@example.com_
DR-000131-19	DR-000131DR-000131-INV-004"CRED-003(ÿ¸≠ŒÜ30rÈ"courtesy-reminder%
day-2025-08-02(ò¿ÈÈÜ30≤	
Èg
DR-000005-11	DR-000005DR-000005-INV-002"CRED-007(Ä∞«˜Ü30Z&
DR-000005-PAY-4ıpEURÈ h
DR-000008-22	DR-000008DR-000008-INV-003"CRED-008(≤∞«˜Ü30Z'
DR-000008-PAY-6	‰í	EURÈ »
DR-000022-19	DR-000022DR-000022-INV-003"CRED-006(‰∞«˜Ü30ÇÖ
DR-000022-PLAN-19È
ÈÃaEUR
È	ÃaEUR
È
ÃaEUR
ÈÃaEUR
ÈÃaEURh
DR-000041-16	DR-000041DR-000041-INV-004"CRED-004(ñ±«˜Ü30Z'
DR-000041-PAY-4	è¿EURÈ `
DR-000046-14	DR-000046DR-000046-INV-002"CRED-010(»±«˜Ü30rÈ"reminder-2-phonea
DR-000063-18	DR-000063DR-000063-INV-004"CRED-006(˙±«˜Ü30r È"reminder-3-letter`
DR-000067-8	DR-000067DR-000067-INV-002"CRED-002(¨≤«˜Ü30r È"reminder-3-letterb
DR-000074-24	DR-000074DR-000074-INV-003"CRED-001(ﬁ≤«˜Ü30r!È"reminder-4-warningb
DR-000086-16	DR-000086DR-000086-INV-002"CRED-010(ê≥«˜Ü30r!È"reminder-4-warningh
DR-000109-16	DR-000109DR-000109-INV-002"CRED-011(¬≥«˜Ü30Z'
DR-000109-PAY-2	ªèEURÈ %
day-2025-08-03(ò¯Çìá30≤	
ÈÃ
DR-000020-18	DR-000020DR-000020-INV-004"CRED-002(ÄË‡†á30Rä
INV-000020-004	»ãEURÈ"È	*
È≤0:Company 000020B20 rue de la R√©publiqueB
69002 LyonJdr-000020@example.comæ
DR-000026-13	DR-000026DR-000026-INV-003"CRED-003(≤Ë‡†á30R}
INV-000026-003	‰±CHFÈ"È
0:Customer 000026B26 rue de la R√©publiqueB
69008 LyonJdr-000026@example.com`
DR-000027-15	DR-000027DR-000027-INV-003"CRED-009(‰Ë‡†á30rÈ"reminder-1-emailg
DR-000027-16	DR-000027DR-000027-INV-003"CRED-009(ñÈ‡†á30Z&
DR-000027-PAY-3◊GEURÈ a
DR-000050-20	DR-000050DR-000050-INV-003"CRED-010(»È‡†á30r È"reminder-3-letter`
DR-000054-11	DR-000054DR-000054-INV-002"CRED-012(˙È‡†á30rÈ"reminder-1-emailÃ
DR-000070-12	DR-000070DR-000070-INV-003"CRED-002(¨Í‡†á30Rä
INV-000070-003	´ö#EURÈ"È	*
ÈêZ0:Company 000070B70 rue de la R√©publiqueB
69007 LyonJdr-000070@example.comb
DR-000070-13	DR-000070DR-000070-INV-002"CRED-002(ﬁÍ‡†á30r!È"reminder-4-warning`
DR-000072-19	DR-000072DR-000072-INV-003"CRED-005(êÎ‡†á30rÈ"reminder-2-phoneh
DR-000086-17	DR-000086DR-000086-INV-002"CRED-010(¬Î‡†á30Z'
DR-000086-PAY-3	≥óEURÈ æ
DR-000103-20	DR-000103DR-000103-INV-004"CRED-008(ÙÎ‡†á30R}
INV-000103-004	ƒÛ)EURÈ"È	0:Company 000103B103 rue de la R√©publiqueB
69004 LyonJdr-000103@example.comg
DR-000126-7	DR-000126DR-000126-INV-002"CRED-001(¶Ï‡†á30Z'
DR-000126-PAY-2	»ù
GBPÈ ø
DR-000149-14	DR-000149DR-000149-INV-003"CRED-011(ÿÏ‡†á30R~
INV-000149-003	ä‘EURÈ"È	0:Customer 000149B149 rue de la R√©publiqueB
69005 LyonJdr-000149@example.com%
day-2025-08-04(ò∞úºá30≤	
Èh
DR-000008-23	DR-000008DR-000008-INV-002"CRED-008(Ä†˙…á30Z'
DR-000008-PAY-7	¸¥EURÈ `
DR-000015-15	DR-000015DR-000015-INV-003"CRED-005(≤†˙…á30rÈ"reminder-2-phone^
DR-000015-16	DR-000015DR-000015-INV-003"CRED-005(‰†˙…á30z
	 ÂEURÈÈa
DR-000028-16	DR-000028DR-000028-INV-003"CRED-006(ñ°˙…á30r È"reminder-3-letteræ
DR-000050-21	DR-000050DR-000050-INV-004"CRED-010(»°˙…á30R}
INV-000050-004	ΩƒEURÈ"È	0:Customer 000050B50 rue de la R√©publiqueB
69005 LyonJdr-000050@example.comº
DR-000061-9	DR-000061DR-000061-INV-004"CRED-005(˙°˙…á30R|
INV-000061-004	œ◊EURÈ"È
0:Company 000061B61 rue de la R√©publiqueB
69007 LyonJdr-000061@example.coma
DR-000063-19	DR-000063DR-000063-INV-003"CRED-011(¨¢˙…á30r È"reminder-3-letterg
DR-000069-22	DR-000069DR-000069-INV-001"CRED-006(ﬁ¢˙…á30Z&
DR-000069-PAY-7ﬂmEURÈ i
DR-000080-16	DR-000080DR-000080-INV-004"CRED-012(ê£˙…á30Z(
DR-000080-PAY-4
ô˛óEURÈ Ω
DR-000142-9	DR-000142DR-000142-INV-004"CRED-012(¬£˙…á30R}
INV-000142-004	üû*EURÈ"È	0:Company 000142B142 rue de la R√©publiqueB
69007 LyonJdr-000142@example.com%
day-2025-08-05(òËµÂá30≤	
Èa
DR-000008-24	DR-000008DR-000008-INV-003"CRED-008(ÄÿìÛá30r È"reminder-3-letterh
DR-000017-19	DR-000017DR-000017-INV-002"CRED-001(≤ÿìÛá30Z'
DR-000017-PAY-2	…±EURÈ Ω
DR-000025-20	DR-000025DR-000025-INV-004"CRED-009(‰ÿìÛá30R|
INV-000025-004	ÒˇEURÈ"È	0:Company 000025B25 rue de la R√©publiqueB
69007 LyonJdr-000025@example.com`
DR-000028-17	DR-000028DR-000028-INV-004"CRED-012(ñŸìÛá30rÈ"reminder-1-emailº
DR-000029-5	DR-000029DR-000029-INV-003"CRED-012(»ŸìÛá30R|
INV-000029-003	ò©'EURÈ"È	0:Company 000029B29 rue de la R√©publiqueB
69002 LyonJdr-000029@example.comb
DR-000089-11	DR-000089DR-000089-INV-003"CRED-008(˙ŸìÛá30r!È"reminder-4-warningh
DR-000094-6	DR-000094DR-000094-INV-003"CRED-010(¨⁄ìÛá30Z(
DR-000094-PAY-3
ñÖ£EURÈ a
DR-000097-11	DR-000097DR-000097-INV-003"CRED-011(ﬁ⁄ìÛá30r È"reminder-3-letterT
DR-000097-12	DR-000097"CRED-011(ê€ìÛá30Z&
DR-000097-PAY-3ÂfEURÈ g
DR-000106-6	DR-000106DR-000106-INV-003"CRED-010(¬€ìÛá30Z'
DR-000106-PAY-3	Ç∆EURÈ `
DR-000126-8	DR-000126DR-000126-INV-002"CRED-001(Ù€ìÛá30r È"reminder-3-letterf
DR-000136-6	DR-000136DR-000136-INV-002"CRED-009(¶‹ìÛá30Z&
DR-000136-PAY-2ÍVUSDÈ g
DR-000145-16	DR-000145DR-000145-INV-002"CRED-012(ÿ‹ìÛá30Z&
DR-000145-PAY-5È6EURÈ %
day-2025-08-06(ò†œéà30≤	
Èa
DR-000017-20	DR-000017DR-000017-INV-003"CRED-001(Äê≠úà30r È"reminder-3-letterÃ
DR-000038-15	DR-000038DR-000038-INV-004"CRED-012(≤ê≠úà30Rä
INV-000038-004	ı„EURÈ"È
*
ÈûL0:Company 000038B38 rue de la R√©publiqueB
69002 LyonJdr-000038@example.com]
DR-000044-17	DR-000044DR-000044-INV-002"CRED-004(‰ê≠úà30rÈ"formal-notice`
DR-000045-22	DR-000045DR-000045-INV-005"CRED-003(ñë≠úà30ä
goods not deliveredÈg
DR-000060-24	DR-000060DR-000060-INV-003"CRED-008(»ë≠úà30Z&
DR-000060-PAY-4ÂEURÈ Ω
DR-000063-20	DR-000063DR-000063-INV-005"CRED-006(˙ë≠úà30R|
INV-000063-005	®œ4EURÈ"È
0:Company 000063B63 rue de la R√©publiqueB
69009 LyonJdr-000063@example.com„
DR-000072-20	DR-000072DR-000072-INV-003"CRED-005(¨í≠úà30Ç†
DR-000072-PLAN-20È
È	ˆ°EUR
È		ˆ°EUR
È
	ˆ°EUR
È	ˆ°EUR
È	ˆ°EUR
Í	ˆ°EURa
DR-000098-20	DR-000098DR-000098-INV-003"CRED-009(ﬁí≠úà30r È"reminder-3-lettera
DR-000109-17	DR-000109DR-000109-INV-003"CRED-011(êì≠úà30r È"reminder-3-letterb
DR-000137-17	DR-000137DR-000137-INV-003"CRED-005(¬ì≠úà30r!È"reminder-4-warning%
day-2025-08-07(òÿË∑à30≤	
Èh
DR-000015-17	DR-000015DR-000015-INV-002"CRED-005(Ä»∆≈à30Z'
DR-000015-PAY-2	¢¥EURÈ Ω
DR-000028-18	DR-000028DR-000028-INV-005"CRED-006(≤»∆≈à30R|
INV-000028-005	ÅµEURÈ"È	0:Company 000028B28 rue de la R√©publiqueB
69001 LyonJdr-000028@example.comf
DR-000037-18	DR-000037DR-000037-INV-002"CRED-004(‰»∆≈à30j%
DR-000037-CN-18	îÖEURÈ]
DR-000052-14	DR-000052DR-000052-INV-002"CRED-008(ñ…∆≈à30rÈ"formal-notice]
DR-000085-18	DR-000085DR-000085-INV-002"CRED-008(»…∆≈à30rÈ"formal-noticeø
DR-000113-21	DR-000113DR-000113-INV-004"CRED-006(˙…∆≈à30R~
INV-000113-004
ô¯“EURÈ"È	0:Company 000113B113 rue de la R√©publiqueB
69005 LyonJdr-000113@example.comΩ
DR-000144-5	DR-000144DR-000144-INV-003"CRED-002(¨ ∆≈à30R}
INV-000144-003	‚ïEURÈ"È
0:Company 000144B144 rue de la R√©publiqueB
69009 LyonJdr-000144@example.comb
DR-000145-17	DR-000145DR-000145-INV-002"CRED-012(ﬁ ∆≈à30r!È"reminder-4-warning%
day-2025-08-08(òêÇ·à30≤	
Èh
DR-000026-14	DR-000026DR-000026-INV-002"CRED-003(ÄÄ‡Óà30Z'
DR-000026-PAY-2	¶êCHFÈ	 a
DR-000049-16	DR-000049DR-000049-INV-004"CRED-006(≤Ä‡Óà30r È	"reminder-3-letter`
DR-000065-23	DR-000065DR-000065-INV-004"CRED-002(‰Ä‡Óà30rÈ	"reminder-1-emailΩ
DR-000071-14	DR-000071DR-000071-INV-005"CRED-002(ñÅ‡Óà30R|
INV-000071-005	√ÊEURÈ	"È	0:Company 000071B71 rue de la R√©publiqueB
69008 LyonJdr-000071@example.com`
DR-000071-15	DR-000071DR-000071-INV-003"CRED-002(»Å‡Óà30rÈ	"reminder-1-email]
DR-000074-25	DR-000074DR-000074-INV-003"CRED-001(˙Å‡Óà30rÈ	"formal-noticeg
DR-000081-7	DR-000081DR-000081-INV-003"CRED-012(¨Ç‡Óà30Z'
DR-000081-PAY-3	ü´EEURÈ	 _
DR-000119-7	DR-000119DR-000119-INV-003"CRED-009(ﬁÇ‡Óà30rÈ	"reminder-1-emailb
DR-000150-23	DR-000150DR-000150-INV-004"CRED-004(êÉ‡Óà30r!È	"reminder-4-warning%
day-2025-08-09(ò»õäâ30≤	
È	]
DR-000003-15	DR-000003DR-000003-INV-003"CRED-005(Ä∏˘óâ30rÈ
"formal-notice`
DR-000036-13	DR-000036DR-000036-INV-003"CRED-012(≤∏˘óâ30rÈ
"reminder-1-email`
DR-000044-18	DR-000044DR-000044-INV-003"CRED-004(‰∏˘óâ30rÈ
"reminder-1-emaila
DR-000046-15	DR-000046DR-000046-INV-002"CRED-010(ñπ˘óâ30r È
"reminder-3-letterb
DR-000049-17	DR-000049DR-000049-INV-004"CRED-006(»π˘óâ30r!È
"reminder-4-warningh
DR-000082-11	DR-000082DR-000082-INV-002"CRED-002(˙π˘óâ30Z'
DR-000082-PAY-2	∏ÖEURÈ
 U
DR-000128-17	DR-000128"CRED-002(¨∫˘óâ30Z'
DR-000128-PAY-4	ù≤EURÈ
 ^
DR-000132-4	DR-000132DR-000132-INV-002"CRED-002(ﬁ∫˘óâ30rÈ
"courtesy-reminderS
DR-000132-5	DR-000132"CRED-002(êª˘óâ30Z&
DR-000132-PAY-2úcEURÈ
 h
DR-000150-24	DR-000150DR-000150-INV-004"CRED-004(¬ª˘óâ30Z'
DR-000150-PAY-4	€Ä6EURÈ
 %
day-2025-08-10(òÄµ≥â30≤	
È
æ
DR-000016-15	DR-000016DR-000016-INV-003"CRED-010(Äí¡â30R}
INV-000016-003
√ìÙEURÈ"È	
0:Company 000016B16 rue de la R√©publiqueB
69007 LyonJdr-000016@example.comM
DR-000019-18	DR-000019DR-000019-INV-003"CRED-007(≤í¡â30íÈg
DR-000047-4	DR-000047DR-000047-INV-002"CRED-005(‰í¡â30Z'
DR-000047-PAY-2	óÏEURÈ `
DR-000054-12	DR-000054DR-000054-INV-002"CRED-012(ñÒí¡â30rÈ"reminder-2-phoneΩ
DR-000089-12	DR-000089DR-000089-INV-004"CRED-008(»Òí¡â30R|
INV-000089-004	÷ñ'EURÈ"È	0:Company 000089B89 rue de la R√©publiqueB
69008 LyonJdr-000089@example.comh
DR-000091-11	DR-000091DR-000091-INV-005"CRED-010(˙Òí¡â30Z'
DR-000091-PAY-5	ˆ¢/USDÈ d
DR-000114-8	DR-000114DR-000114-INV-004"CRED-003(¨Úí¡â30j$
DR-000114-CN-8	¿„EURÈ]
DR-000143-15	DR-000143DR-000143-INV-002"CRED-004(ﬁÚí¡â30rÈ"formal-noticeh
DR-000146-16	DR-000146DR-000146-INV-002"CRED-011(êÛí¡â30Z'
DR-000146-PAY-3	ı’WEURÈ %
day-2025-08-11(ò∏Œ‹â30≤	
Èh
DR-000015-18	DR-000015DR-000015-INV-003"CRED-005(Ä®¨Íâ30Z'
DR-000015-PAY-3	 ÂEURÈ Ω
DR-000022-20	DR-000022DR-000022-INV-004"CRED-006(≤®¨Íâ30R|
INV-000022-004	¨ÈCEURÈ"È
0:Company 000022B22 rue de la R√©publiqueB
69004 LyonJdr-000022@example.comg
DR-000036-14	DR-000036DR-000036-INV-002"CRED-012(‰®¨Íâ30Z&
DR-000036-PAY-3Í+EURÈ _
DR-000039-5	DR-000039DR-000039-INV-002"CRED-010(ñ©¨Íâ30rÈ"reminder-1-emailb
DR-000063-21	DR-000063DR-000063-INV-004"CRED-006(»©¨Íâ30r!È"reminder-4-warninga
DR-000067-9	DR-000067DR-000067-INV-002"CRED-002(˙©¨Íâ30r!È"reminder-4-warning`
DR-000075-18	DR-000075DR-000075-INV-004"CRED-010(¨™¨Íâ30rÈ"reminder-1-emailΩ
DR-000106-7	DR-000106DR-000106-INV-004"CRED-010(ﬁ™¨Íâ30R}
INV-000106-004	˛ô0EURÈ"È
0:Company 000106B106 rue de la R√©publiqueB
69007 LyonJdr-000106@example.com`
DR-000131-20	DR-000131DR-000131-INV-004"CRED-003(ê´¨Íâ30rÈ"reminder-1-email%
day-2025-08-12(òÁÖä30≤	
ÈM
DR-000025-21	DR-000025DR-000025-INV-003"CRED-009(Ä‡≈ìä30íÈ`
DR-000028-19	DR-000028DR-000028-INV-004"CRED-012(≤‡≈ìä30rÈ"reminder-2-phoneb
DR-000050-22	DR-000050DR-000050-INV-003"CRED-010(‰‡≈ìä30r!È"reminder-4-warningÕ
DR-000111-7	DR-000111DR-000111-INV-004"CRED-005(ñ·≈ìä30Rå
INV-000111-004	˘ø7EURÈ"È	*
Èäé0:Company 000111B111 rue de la R√©publiqueB
69003 LyonJdr-000111@example.comh
DR-000127-14	DR-000127DR-000127-INV-002"CRED-010(»·≈ìä30Z'
DR-000127-PAY-5	π≤
EURÈ d
DR-000144-6	DR-000144DR-000144-INV-003"CRED-002(˙·≈ìä30j$
DR-000144-CN-6	ì∏EURÈh
DR-000147-10	DR-000147DR-000147-INV-005"CRED-004(¨‚≈ìä30Z'
DR-000147-PAY-5	ÍûEURÈ %
day-2025-08-13(ò®ÅØä30≤	
Èb
DR-000028-20	DR-000028DR-000028-INV-003"CRED-006(Äòﬂºä30r!È"reminder-4-warningh
DR-000036-15	DR-000036DR-000036-INV-003"CRED-012(≤òﬂºä30Z'
DR-000036-PAY-4	°»EURÈ Ω
DR-000041-17	DR-000041DR-000041-INV-005"CRED-004(‰òﬂºä30R|
INV-000041-005	 ö;EURÈ"È	0:Company 000041B41 rue de la R√©publiqueB
69005 LyonJdr-000041@example.comb
DR-000063-22	DR-000063DR-000063-INV-003"CRED-011(ñôﬂºä30r!È"reminder-4-warningæ
DR-000077-12	DR-000077DR-000077-INV-003"CRED-005(»ôﬂºä30R}
INV-000077-003	˛Ó	EURÈ"È	0:Customer 000077B77 rue de la R√©publiqueB
69005 LyonJdr-000077@example.coma
DR-000095-18	DR-000095DR-000095-INV-003"CRED-010(˙ôﬂºä30r È"reminder-3-letterø
DR-000107-18	DR-000107DR-000107-INV-003"CRED-005(¨öﬂºä30R~
INV-000107-003	√“USDÈ"È	0:Customer 000107B107 rue de la R√©publiqueB
69008 LyonJdr-000107@example.comæ
DR-000115-10	DR-000115DR-000115-INV-006"CRED-007(ﬁöﬂºä30R}
INV-000115-006	„ë~USDÈ"È	0:Company 000115B115 rue de la R√©publiqueB
69007 LyonJdr-000115@example.com^
DR-000141-4	DR-000141DR-000141-INV-002"CRED-009(êõﬂºä30rÈ"courtesy-reminder%
day-2025-08-14(ò‡öÿä30≤	
Ès
DR-000004-24	DR-000004DR-000004-INV-004"CRED-009(Ä–¯Âä30ä1
billing error on some lines	ÁØEURÈb
DR-000008-25	DR-000008DR-000008-INV-003"CRED-008(≤–¯Âä30r!È"reminder-4-warningº
DR-000066-8	DR-000066DR-000066-INV-005"CRED-007(‰–¯Âä30R|
INV-000066-005	±ÅEURÈ"È
0:Company 000066B66 rue de la R√©publiqueB
69003 LyonJdr-000066@example.comh
DR-000085-19	DR-000085DR-000085-INV-002"CRED-008(ñ—¯Âä30Z'
DR-000085-PAY-4	î»EURÈ ^
DR-000120-9	DR-000120DR-000120-INV-002"CRED-004(»—¯Âä30rÈ"courtesy-reminderh
DR-000122-20	DR-000122DR-000122-INV-003"CRED-011(˙—¯Âä30Z'
DR-000122-PAY-2	£’EURÈ a
DR-000126-9	DR-000126DR-000126-INV-002"CRED-001(¨“¯Âä30r!È"reminder-4-warning`
DR-000127-15	DR-000127DR-000127-INV-003"CRED-010(ﬁ“¯Âä30rÈ"reminder-1-email`
DR-000127-16	DR-000127DR-000127-INV-004"CRED-008(ê”¯Âä30rÈ"reminder-1-emailø
DR-000147-11	DR-000147DR-000147-INV-006"CRED-004(¬”¯Âä30R~
INV-000147-006
ó∏ÖEURÈ"È	0:Company 000147B147 rue de la R√©publiqueB
69003 LyonJdr-000147@example.com%
day-2025-08-15(òò¥Åã30≤	
È]
DR-000011-16	DR-000011DR-000011-INV-002"CRED-001(Äàíèã30rÈ"formal-noticeb
DR-000017-21	DR-000017DR-000017-INV-003"CRED-001(≤àíèã30r!È"reminder-4-warning`
DR-000019-19	DR-000019DR-000019-INV-003"CRED-007(‰àíèã30rÈ"reminder-1-emailΩ
DR-000054-13	DR-000054DR-000054-INV-003"CRED-005(ñâíèã30R|
INV-000054-003ù\EURÈ"È	0:Customer 000054B54 rue de la R√©publiqueB
69009 LyonJdr-000054@example.com`
DR-000065-24	DR-000065DR-000065-INV-004"CRED-002(»âíèã30rÈ"reminder-2-phone`
DR-000071-16	DR-000071DR-000071-INV-003"CRED-002(˙âíèã30rÈ"reminder-2-phoneb
DR-000095-19	DR-000095DR-000095-INV-003"CRED-010(¨äíèã30r!È"reminder-4-warningb
DR-000098-21	DR-000098DR-000098-INV-003"CRED-009(ﬁäíèã30r!È"reminder-4-warningb
DR-000109-18	DR-000109DR-000109-INV-003"CRED-011(êãíèã30r!È"reminder-4-warning_
DR-000119-8	DR-000119DR-000119-INV-003"CRED-009(¬ãíèã30rÈ"reminder-2-phoneh
DR-000122-21	DR-000122DR-000122-INV-002"CRED-011(Ùãíèã30Z'
DR-000122-PAY-3	‹÷0EURÈ æ
DR-000128-18	DR-000128DR-000128-INV-004"CRED-002(¶åíèã30R}
INV-000128-004	±´<EURÈ"È	0:Company 000128B128 rue de la R√©publiqueB
69002 LyonJdr-000128@example.com%
day-2025-08-16(ò–Õ™ã30≤	
È`
DR-000036-16	DR-000036DR-000036-INV-003"CRED-012(Ä¿´∏ã30rÈ"reminder-2-phonef
DR-000041-18	DR-000041DR-000041-INV-005"CRED-004(≤¿´∏ã30j%
DR-000041-CN-18	õŸEURÈ`
DR-000044-19	DR-000044DR-000044-INV-003"CRED-004(‰¿´∏ã30rÈ"reminder-2-phoneg
DR-000072-21	DR-000072DR-000072-INV-002"CRED-005(ñ¡´∏ã30Z&
DR-000072-PAY-5øBEURÈ Ω
DR-000104-8	DR-000104DR-000104-INV-005"CRED-003(»¡´∏ã30R}
INV-000104-005	„≈EURÈ"È
0:Company 000104B104 rue de la R√©publiqueB
69005 LyonJdr-000104@example.comi
DR-000113-22	DR-000113DR-000113-INV-003"CRED-006(˙¡´∏ã30Z(
DR-000113-PAY-10	ˇ§EURÈ %
day-2025-08-17(òàÁ”ã30≤	
Èg
DR-000014-7	DR-000014DR-000014-INV-003"CRED-006(Ä¯ƒ·ã30Z'
DR-000014-PAY-3	Í∆	EURÈ æ
DR-000018-11	DR-000018DR-000018-INV-003"CRED-005(≤¯ƒ·ã30R}
INV-000018-003	ô	EURÈ"È	0:Customer 000018B18 rue de la R√©publiqueB
69009 LyonJdr-000018@example.com_
DR-000023-13	DR-000023DR-000023-INV-003"CRED-012(‰¯ƒ·ã30rÈ"courtesy-reminderh
DR-000046-16	DR-000046DR-000046-INV-002"CRED-010(ñ˘ƒ·ã30Z'
DR-000046-PAY-4	ú÷USDÈ a
DR-000054-14	DR-000054DR-000054-INV-002"CRED-012(»˘ƒ·ã30r È"reminder-3-letterº
DR-000083-8	DR-000083DR-000083-INV-004"CRED-012(˙˘ƒ·ã30R|
INV-000083-004	Á˛7USDÈ"È	0:Company 000083B83 rue de la R√©publiqueB
69002 LyonJdr-000083@example.comΩ
DR-000102-7	DR-000102DR-000102-INV-004"CRED-011(¨˙ƒ·ã30R}
INV-000102-004	“†EURÈ"È	0:Company 000102B102 rue de la R√©publiqueB
69003 LyonJdr-000102@example.com%
day-2025-08-18(ò¿Ä˝ã30≤	
ÈS
DR-000006-15	DR-000006DR-000006-INV-002"CRED-002(Ä∞ﬁäå30ö
AGY-02È_
DR-000010-9	DR-000010DR-000010-INV-003"CRED-007(≤∞ﬁäå30rÈ"reminder-1-emailg
DR-000022-21	DR-000022DR-000022-INV-003"CRED-006(‰∞ﬁäå30Z&
DR-000022-PAY-3ÃaEURÈ Ω
DR-000034-6	DR-000034DR-000034-INV-003"CRED-012(ñ±ﬁäå30R}
INV-000034-003	ÂáEURÈ"È	0:Customer 000034B34 rue de la R√©publiqueB
69007 LyonJdr-000034@example.com_
DR-000039-6	DR-000039DR-000039-INV-002"CRED-010(»±ﬁäå30rÈ"reminder-2-phoneΩ
DR-000042-5	DR-000042DR-000042-INV-003"CRED-011(˙±ﬁäå30R}
INV-000042-003	ˇ°EURÈ"È	0:Customer 000042B42 rue de la R√©publiqueB
69006 LyonJdr-000042@example.com`
DR-000045-23	DR-000045DR-000045-INV-004"CRED-003(¨≤ﬁäå30rÈ"reminder-1-email›
DR-000054-15	DR-000054DR-000054-INV-002"CRED-012(ﬁ≤ﬁäå30Çö
DR-000054-PLAN-15È
È		ËEUR
È
	ËEUR
ÈËEUR
ÈËEUR
ÍËEUR
ÍÏEUR]
DR-000070-14	DR-000070DR-000070-INV-002"CRED-002(ê≥ﬁäå30rÈ"formal-notice`
DR-000075-19	DR-000075DR-000075-INV-004"CRED-010(¬≥ﬁäå30rÈ"reminder-2-phoneæ
DR-000118-11	DR-000118DR-000118-INV-005"CRED-002(Ù≥ﬁäå30R}
INV-000118-005	äÔEURÈ"È
0:Company 000118B118 rue de la R√©publiqueB
69001 LyonJdr-000118@example.com^
DR-000121-8	DR-000121DR-000121-INV-004"CRED-008(¶¥ﬁäå30rÈ"courtesy-reminder`
DR-000131-21	DR-000131DR-000131-INV-004"CRED-003(ÿ¥ﬁäå30rÈ"reminder-2-phone%
day-2025-08-19(ò¯ô¶å30≤	
Èa
DR-000028-21	DR-000028DR-000028-INV-004"CRED-012(ÄË˜≥å30r È"reminder-3-letterº
DR-000031-6	DR-000031DR-000031-INV-004"CRED-012(≤Ë˜≥å30R|
INV-000031-004	⁄ EURÈ"È	0:Company 000031B31 rue de la R√©publiqueB
69004 LyonJdr-000031@example.com∂
DR-000044-20	DR-000044DR-000044-INV-003"CRED-004(‰Ë˜≥å30Çt
DR-000044-PLAN-20È
È		ò€EUR
È
	ò€EUR
È
	ò€EUR
È
	ö€EUR]
DR-000049-18	DR-000049DR-000049-INV-004"CRED-006(ñÈ˜≥å30rÈ"formal-noticei
DR-000071-17	DR-000071DR-000071-INV-003"CRED-002(»È˜≥å30Z(
DR-000071-PAY-3
Æ îEURÈ g
DR-000079-6	DR-000079DR-000079-INV-003"CRED-011(˙È˜≥å30Z'
DR-000079-PAY-3	ªÈEURÈ h
DR-000098-22	DR-000098DR-000098-INV-003"CRED-009(¨Í˜≥å30Z'
DR-000098-PAY-5	í‡EURÈ _
DR-000105-7	DR-000105DR-000105-INV-004"CRED-010(ﬁÍ˜≥å30rÈ"reminder-1-emailT
DR-000105-8	DR-000105"CRED-010(êÎ˜≥å30Z'
DR-000105-PAY-3	©¨EURÈ d
DR-000106-8	DR-000106DR-000106-INV-004"CRED-010(¬Î˜≥å30j$
DR-000106-CN-8	¶´EURÈø
DR-000123-24	DR-000123DR-000123-INV-004"CRED-001(ÙÎ˜≥å30R~
INV-000123-004	®ÿEURÈ"È	0:Customer 000123B123 rue de la R√©publiqueB
69006 LyonJdr-000123@example.comº
DR-000031-6	DR-000031DR-000031-INV-004"CRED-012(≤Ë˜≥å30R|
INV-000031-004	⁄ EURÈ"È	0:Company 000031B31 rue de la R√©publiqueB
69004 LyonJdr-000031@example.com%
day-2025-08-20(ò∞≥œå30≤	
È`
DR-000058-17	DR-000058DR-000058-INV-003"CRED-001(Ä†ë›å30rÈ"reminder-1-emailS
DR-000058-18	DR-000058DR-000058-INV-002"CRED-001(≤†ë›å30ö
AGY-01È]
DR-000089-13	DR-000089DR-000089-INV-003"CRED-008(‰†ë›å30rÈ"formal-noticeg
DR-000111-8	DR-000111DR-000111-INV-004"CRED-005(ñ°ë›å30Z'
DR-000111-PAY-4	Ô±6EURÈ g
DR-000114-9	DR-000114DR-000114-INV-004"CRED-003(»°ë›å30Z'
DR-000114-PAY-4	‰£pEURÈ e
DR-000118-12	DR-000118DR-000118-INV-005"CRED-002(˙°ë›å30j$
DR-000118-CN-12∞(EURÈ%
day-2025-08-21(òËÃ¯å30≤	
ÈΩ
DR-000006-16	DR-000006DR-000006-INV-003"CRED-002(Äÿ™Üç30R|
INV-000006-003	Ê√EURÈ"È
0:Customer 000006B6 rue de la R√©publiqueB
69006 LyonJdr-000006@example.comº
DR-000014-8	DR-000014DR-000014-INV-004"CRED-006(≤ÿ™Üç30R|
INV-000014-004	ß»%EURÈ"È	0:Company 000014B14 rue de la R√©publiqueB
69005 LyonJdr-000014@example.com∂
DR-000065-25	DR-000065DR-000065-INV-004"CRED-002(‰ÿ™Üç30Çt
DR-000065-PLAN-25È
È	˚¬EUR
È		˚¬EUR
È
	˚¬EUR
È	˚¬EURΩ
DR-000121-9	DR-000121DR-000121-INV-005"CRED-008(ñŸ™Üç30R}
INV-000121-005	ªÀ6EURÈ"È	0:Company 000121B121 rue de la R√©publiqueB
69004 LyonJdr-000121@example.com`
DR-000127-17	DR-000127DR-000127-INV-003"CRED-010(»Ÿ™Üç30rÈ"reminder-2-phone^
DR-000127-18	DR-000127DR-000127-INV-003"CRED-010(˙Ÿ™Üç30z
	≠æ(EURÈÈ`
DR-000127-19	DR-000127DR-000127-INV-004"CRED-008(¨⁄™Üç30rÈ"reminder-2-phone]
DR-000137-18	DR-000137DR-000137-INV-003"CRED-005(ﬁ⁄™Üç30rÈ"formal-notice%
day-2025-08-22(ò†Ê°ç30≤	
È`
DR-000019-20	DR-000019DR-000019-INV-003"CRED-007(ÄêƒØç30rÈ"reminder-2-phone`
DR-000056-10	DR-000056DR-000056-INV-004"CRED-011(≤êƒØç30rÈ"reminder-1-emailº
DR-000076-6	DR-000076DR-000076-INV-003"CRED-001(‰êƒØç30R|
INV-000076-003±0EURÈ"È
0:Customer 000076B76 rue de la R√©publiqueB
69004 LyonJdr-000076@example.comΩ
DR-000119-9	DR-000119DR-000119-INV-004"CRED-009(ñëƒØç30R}
INV-000119-004	ØïEURÈ"È
0:Company 000119B119 rue de la R√©publiqueB
69002 LyonJdr-000119@example.coma
DR-000119-10	DR-000119DR-000119-INV-003"CRED-009(»ëƒØç30r È"reminder-3-letterh
DR-000126-10	DR-000126DR-000126-INV-002"CRED-001(˙ëƒØç30Z'
DR-000126-PAY-3	√Ç
GBPÈ æ
DR-000132-6	DR-000132DR-000132-INV-003"CRED-011(¨íƒØç30R~
INV-000132-003	—‰EURÈ"È	0:Customer 000132B132 rue de la R√©publiqueB
69006 LyonJdr-000132@example.com]
DR-000145-18	DR-000145DR-000145-INV-002"CRED-012(ﬁíƒØç30rÈ"formal-noticeg
DR-000145-19	DR-000145DR-000145-INV-002"CRED-012(êìƒØç30Z&
DR-000145-PAY-6Â;EURÈ %
day-2025-08-23(òÿˇ ç30≤	
Èh
DR-000008-26	DR-000008DR-000008-INV-003"CRED-008(Ä»›ÿç30Z'
DR-000008-PAY-8	îÀ$EURÈ a
DR-000036-17	DR-000036DR-000036-INV-003"CRED-012(≤»›ÿç30r È"reminder-3-letterh
DR-000069-23	DR-000069DR-000069-INV-002"CRED-006(‰»›ÿç30Z'
DR-000069-PAY-8	ÁﬂEURÈ h
DR-000089-14	DR-000089DR-000089-INV-003"CRED-008(ñ…›ÿç30Z'
DR-000089-PAY-3	•ÍlEURÈ M
DR-000101-26	DR-000101DR-000101-INV-005"CRED-004(»…›ÿç30íÈg
DR-000108-8	DR-000108DR-000108-INV-004"CRED-007(˙…›ÿç30Z'
DR-000108-PAY-4	∂¸EURÈ h
DR-000121-10	DR-000121DR-000121-INV-004"CRED-008(¨ ›ÿç30Z'
DR-000121-PAY-4	ó•EURÈ g
DR-000140-9	DR-000140DR-000140-INV-004"CRED-002(ﬁ ›ÿç30Z'
DR-000140-PAY-4	Ü·GBPÈ _
DR-000141-5	DR-000141DR-000141-INV-002"CRED-009(êÀ›ÿç30rÈ"reminder-1-emailh
DR-000148-13	DR-000148DR-000148-INV-002"CRED-005(¬À›ÿç30Z'
DR-000148-PAY-5	≈˘EURÈ %
day-2025-08-24(òêôÙç30≤	
È`
DR-000055-18	DR-000055DR-000055-INV-004"CRED-004(ÄÄ˜Åé30rÈ"reminder-1-emailΩ
DR-000064-20	DR-000064DR-000064-INV-005"CRED-007(≤Ä˜Åé30R|
INV-000064-005	ä— EURÈ"È	0:Company 000064B64 rue de la R√©publiqueB
69001 LyonJdr-000064@example.comU
DR-000071-18	DR-000071"CRED-002(‰Ä˜Åé30Z'
DR-000071-PAY-4	èEURÈ `
DR-000101-27	DR-000101DR-000101-INV-005"CRED-004(ñÅ˜Åé30rÈ"reminder-1-email`
DR-000120-10	DR-000120DR-000120-INV-002"CRED-004(»Å˜Åé30rÈ"reminder-1-emailg
DR-000125-9	DR-000125DR-000125-INV-004"CRED-007(˙Å˜Åé30Z'
DR-000125-PAY-4	 ƒ$EURÈ g
DR-000141-6	DR-000141DR-000141-INV-002"CRED-009(¨Ç˜Åé30Z'
DR-000141-PAY-2	ﬂ±EURÈ `
DR-000146-17	DR-000146DR-000146-INV-003"CRED-011(ﬁÇ˜Åé30rÈ"reminder-1-emailœ
DR-000148-14	DR-000148DR-000148-INV-004"CRED-005(êÉ˜Åé30Rç
INV-000148-004
ŸÕ†EURÈ"È	*
È	ìõ0:Company 000148B148 rue de la R√©publiqueB
69004 LyonJdr-000148@example.com%
day-2025-08-25(ò»≤ùé30≤	
Èi
DR-000003-16	DR-000003DR-000003-INV-003"CRED-005(Ä∏ê´é30Z(
DR-000003-PAY-3
üÖÁEURÈ `
DR-000010-10	DR-000010DR-000010-INV-003"CRED-007(≤∏ê´é30rÈ"reminder-2-phone^
DR-000010-11	DR-000010DR-000010-INV-003"CRED-007(‰∏ê´é30z
	É≥GBPÈ	È`
DR-000012-17	DR-000012DR-000012-INV-004"CRED-007(ñπê´é30rÈ"reminder-1-email`
DR-000039-7	DR-000039DR-000039-INV-002"CRED-010(»πê´é30r È"reminder-3-letter`
DR-000045-24	DR-000045DR-000045-INV-004"CRED-003(˙πê´é30rÈ"reminder-2-phoneΩ
DR-000047-5	DR-000047DR-000047-INV-003"CRED-005(¨∫ê´é30R}
INV-000047-003	π•EURÈ"È	0:Customer 000047B47 rue de la R√©publiqueB
69002 LyonJdr-000047@example.com^
DR-000059-5	DR-000059DR-000059-INV-002"CRED-001(ﬁ∫ê´é30rÈ"courtesy-reminderh
DR-000065-26	DR-000065DR-000065-INV-004"CRED-002(êªê´é30Z'
DR-000065-PAY-4	˚¬EURÈ a
DR-000075-20	DR-000075DR-000075-INV-004"CRED-010(¬ªê´é30r È"reminder-3-letterh
DR-000099-15	DR-000099DR-000099-INV-002"CRED-009(Ùªê´é30Z'
DR-000099-PAY-2	ÇóEURÈ `
DR-000101-28	DR-000101DR-000101-INV-005"CRED-004(¶ºê´é30rÈ"reminder-2-phoneh
DR-000113-23	DR-000113DR-000113-INV-001"CRED-006(ÿºê´é30Z'
DR-000113-PAY-11∏QEURÈ g
DR-000116-6	DR-000116DR-000116-INV-003"CRED-001(äΩê´é30Z'
DR-000116-PAY-3	˝°EURÈ a
DR-000131-22	DR-000131DR-000131-INV-004"CRED-003(ºΩê´é30r È"reminder-3-letterΩ
DR-000138-9	DR-000138DR-000138-INV-004"CRED-010(ÓΩê´é30R}
INV-000138-004	ΩœEURÈ"È	0:Company 000138B138 rue de la R√©publiqueB
69003 LyonJdr-000138@example.comg
DR-000144-7	DR-000144DR-000144-INV-003"CRED-002(†æê´é30Z'
DR-000144-PAY-3	œ›EURÈ „
DR-000146-18	DR-000146DR-000146-INV-003"CRED-011(“æê´é30Ç†
DR-000146-PLAN-18È
È		ä˘	EUR
È
	ä˘	EUR
È
	ä˘	EUR
È
	ä˘	EUR
Í		ä˘	EUR
Í	ä˘	EUR%
day-2025-08-26(òÄÃ∆é30≤	
ÈÃ
DR-000012-18	DR-000012DR-000012-INV-005"CRED-007(Ä©‘é30Rä
INV-000012-005	…≈EURÈ"È
*
È	–0:Company 000012B12 rue de la R√©publiqueB
69003 LyonJdr-000012@example.com_
DR-000038-16	DR-000038DR-000038-INV-003"CRED-012(≤©‘é30rÈ"courtesy-reminderh
DR-000044-21	DR-000044DR-000044-INV-002"CRED-004(‰©‘é30Z'
DR-000044-PAY-4	áΩIEURÈ Ω
DR-000045-25	DR-000045DR-000045-INV-006"CRED-007(ñÒ©‘é30R|
INV-000045-006	òè*EURÈ"È
0:Company 000045B45 rue de la R√©publiqueB
69009 LyonJdr-000045@example.comX
DR-000045-26	DR-000045DR-000045-INV-005"CRED-003(»Ò©‘é30í	„ûEURÈ]
DR-000063-23	DR-000063DR-000063-INV-004"CRED-006(˙Ò©‘é30rÈ"formal-notice]
DR-000067-10	DR-000067DR-000067-INV-002"CRED-002(¨Ú©‘é30rÈ"formal-noticeh
DR-000069-24	DR-000069DR-000069-INV-003"CRED-006(ﬁÚ©‘é30Z'
DR-000069-PAY-9	·µ>EURÈ h
DR-000075-21	DR-000075DR-000075-INV-004"CRED-010(êÛ©‘é30Z'
DR-000075-PAY-5	§»EURÈ æ
DR-000082-12	DR-000082DR-000082-INV-003"CRED-002(¬Û©‘é30R}
INV-000082-003	ùâEURÈ"È	0:Customer 000082B82 rue de la R√©publiqueB
69001 LyonJdr-000082@example.comΩ
DR-000095-20	DR-000095DR-000095-INV-004"CRED-010(ÙÛ©‘é30R|
INV-000095-004	ÚÎEURÈ"È
0:Company 000095B95 rue de la R√©publiqueB
69005 LyonJdr-000095@example.coma
DR-000101-29	DR-000101DR-000101-INV-005"CRED-004(¶Ù©‘é30r È"reminder-3-letterf
DR-000101-30	DR-000101DR-000101-INV-005"CRED-004(ÿÙ©‘é30j%
DR-000101-CN-30	≥ÈEURÈ^
DR-000104-9	DR-000104DR-000104-INV-004"CRED-003(äı©‘é30rÈ"courtesy-reminder%
day-2025-08-27(ò∏ÂÔé30≤	
È`
DR-000023-14	DR-000023DR-000023-INV-003"CRED-012(Ä®√˝é30rÈ"reminder-1-emailU
DR-000024-16	DR-000024"CRED-002(≤®√˝é30Z'
DR-000024-PAY-3	“ü'USDÈ h
DR-000038-17	DR-000038DR-000038-INV-002"CRED-012(‰®√˝é30Z'
DR-000038-PAY-2	«ÜEURÈ `
DR-000045-27	DR-000045DR-000045-INV-005"CRED-003(ñ©√˝é30rÈ"reminder-1-email_
DR-000049-19	DR-000049DR-000049-INV-005"CRED-006(»©√˝é30rÈ"courtesy-reminder]
DR-000050-23	DR-000050DR-000050-INV-003"CRED-010(˙©√˝é30rÈ"formal-noticeh
DR-000056-11	DR-000056DR-000056-INV-004"CRED-011(¨™√˝é30Z'
DR-000056-PAY-4	á–+EURÈ `
DR-000058-19	DR-000058DR-000058-INV-003"CRED-001(ﬁ™√˝é30rÈ"reminder-2-phoneb
DR-000101-31	DR-000101DR-000101-INV-005"CRED-004(ê´√˝é30r!È"reminder-4-warningø
DR-000135-17	DR-000135DR-000135-INV-003"CRED-008(¬´√˝é30R~
INV-000135-003	®≤EURÈ"È	0:Customer 000135B135 rue de la R√©publiqueB
69009 LyonJdr-000135@example.com%
day-2025-08-28(ò˛òè30≤	
È]
DR-000028-22	DR-000028DR-000028-INV-003"CRED-006(Ä‡‹¶è30rÈ"formal-noticeb
DR-000028-23	DR-000028DR-000028-INV-004"CRED-012(≤‡‹¶è30r!È"reminder-4-warningh
DR-000037-19	DR-000037DR-000037-INV-002"CRED-004(‰‡‹¶è30Z'
DR-000037-PAY-2	ÃÚEURÈ h
DR-000040-10	DR-000040DR-000040-INV-005"CRED-003(ñ·‹¶è30Z'
DR-000040-PAY-5	˝ÚCHFÈ `
DR-000045-28	DR-000045DR-000045-INV-005"CRED-003(»·‹¶è30rÈ"reminder-2-phone`
DR-000051-11	DR-000051DR-000051-INV-003"CRED-011(˙·‹¶è30rÈ"reminder-1-email`
DR-000057-26	DR-000057DR-000057-INV-004"CRED-001(¨‚‹¶è30rÈ"reminder-1-email]
DR-000063-24	DR-000063DR-000063-INV-003"CRED-011(ﬁ‚‹¶è30rÈ"formal-noticeΩ
DR-000069-25	DR-000069DR-000069-INV-004"CRED-006(ê„‹¶è30R|
INV-000069-004	®áEURÈ"È	0:Company 000069B69 rue de la R√©publiqueB
69006 LyonJdr-000069@example.comΩ
DR-000127-20	DR-000127DR-000127-INV-005"CRED-008(¬„‹¶è30R|
INV-000127-005õfEURÈ"È	0:Company 000127B127 rue de la R√©publiqueB
69001 LyonJdr-000127@example.coma
DR-000127-21	DR-000127DR-000127-INV-004"CRED-008(Ù„‹¶è30r È"reminder-3-letterh
DR-000142-10	DR-000142DR-000142-INV-004"CRED-012(¶‰‹¶è30Z'
DR-000142-PAY-4	üû*EURÈ %
day-2025-08-29(ò®ò¬è30≤	
ÈΩ
DR-000003-17	DR-000003DR-000003-INV-004"CRED-005(Äòˆœè30R|
INV-000003-004
‡⁄∞EURÈ"È	0:Company 000003B3 rue de la R√©publiqueB
69003 LyonJdr-000003@example.coma
DR-000019-21	DR-000019DR-000019-INV-003"CRED-007(≤òˆœè30r È"reminder-3-letterh
DR-000041-19	DR-000041DR-000041-INV-005"CRED-004(‰òˆœè30Z'
DR-000041-PAY-5	Ø¡3EURÈ Ω
DR-000058-20	DR-000058DR-000058-INV-004"CRED-001(ñôˆœè30R|
INV-000058-004	œúEURÈ"È
0:Company 000058B58 rue de la R√©publiqueB
69004 LyonJdr-000058@example.comº
DR-000094-7	DR-000094DR-000094-INV-004"CRED-010(»ôˆœè30R|
INV-000094-004	ŸÏEURÈ"È	0:Company 000094B94 rue de la R√©publiqueB
69004 LyonJdr-000094@example.com`
DR-000099-16	DR-000099DR-000099-INV-003"CRED-009(˙ôˆœè30rÈ"reminder-1-emailæ
DR-000112-6	DR-000112DR-000112-INV-003"CRED-012(¨öˆœè30R~
INV-000112-003	€ìEURÈ"È	0:Customer 000112B112 rue de la R√©publiqueB
69004 LyonJdr-000112@example.comæ
DR-000114-10	DR-000114DR-000114-INV-005"CRED-003(ﬁöˆœè30R}
INV-000114-005	ı…EURÈ"È
0:Company 000114B114 rue de la R√©publiqueB
69006 LyonJdr-000114@example.com]
DR-000126-11	DR-000126DR-000126-INV-002"CRED-001(êõˆœè30rÈ"formal-notice%
day-2025-08-30(ò‡±Îè30≤	
Èd
DR-000014-9	DR-000014DR-000014-INV-004"CRED-006(Ä–è˘è30j$
DR-000014-CN-9	¥±EURÈ]
DR-000017-22	DR-000017DR-000017-INV-003"CRED-001(≤–è˘è30rÈ"formal-noticeh
DR-000036-18	DR-000036DR-000036-INV-003"CRED-012(‰–è˘è30Z'
DR-000036-PAY-5	§ÓEURÈ g
DR-000059-6	DR-000059DR-000059-INV-002"CRED-001(ñ—è˘è30Z'
DR-000059-PAY-2	ﬂüCHFÈ `
DR-000060-25	DR-000060DR-000060-INV-004"CRED-008(»—è˘è30rÈ"reminder-1-emailh
DR-000072-22	DR-000072DR-000072-INV-003"CRED-005(˙—è˘è30Z'
DR-000072-PAY-6	ˆ°EURÈ h
DR-000074-26	DR-000074DR-000074-INV-003"CRED-001(¨“è˘è30Z'
DR-000074-PAY-3	ÁëEURÈ ]
DR-000095-21	DR-000095DR-000095-INV-003"CRED-010(ﬁ“è˘è30rÈ"formal-notice]
DR-000109-19	DR-000109DR-000109-INV-003"CRED-011(ê”è˘è30rÈ"formal-notice%
day-2025-08-31(òòÀîê30≤	
Èg
DR-000031-7	DR-000031DR-000031-INV-003"CRED-012(Äà©¢ê30Z'
DR-000031-PAY-3	≥êEURÈ	 `
DR-000055-19	DR-000055DR-000055-INV-004"CRED-004(≤à©¢ê30rÈ	"reminder-2-phoneh
DR-000085-20	DR-000085DR-000085-INV-002"CRED-008(‰à©¢ê30Z'
DR-000085-PAY-5	úÒ
EURÈ	 g
DR-000088-7	DR-000088DR-000088-INV-003"CRED-010(ñâ©¢ê30Z'
DR-000088-PAY-3	á¯
EURÈ	 b
DR-000119-11	DR-000119DR-000119-INV-003"CRED-009(»â©¢ê30r!È	"reminder-4-warning`
DR-000120-11	DR-000120DR-000120-INV-002"CRED-004(˙â©¢ê30rÈ	"reminder-2-phoneæ
DR-000131-23	DR-000131DR-000131-INV-005"CRED-003(¨ä©¢ê30R}
INV-000131-005	˚ëuEURÈ	"È
0:Company 000131B131 rue de la R√©publiqueB
69005 LyonJdr-000131@example.comh
DR-000149-15	DR-000149DR-000149-INV-002"CRED-011(ﬁä©¢ê30Z'
DR-000149-PAY-3	¶ëEURÈ	 h
DR-000149-16	DR-000149DR-000149-INV-003"CRED-011(êã©¢ê30Z'
DR-000149-PAY-4	ä‘EURÈ	 %
day-2025-09-01(ò–‰Ωê30≤	
È	`
DR-000012-19	DR-000012DR-000012-INV-004"CRED-007(Ä¿¬Àê30rÈ	"reminder-2-phone_
DR-000025-22	DR-000025DR-000025-INV-004"CRED-009(≤¿¬Àê30rÈ	"courtesy-reminder^
DR-000029-6	DR-000029DR-000029-INV-003"CRED-012(‰¿¬Àê30rÈ	"courtesy-reminderg
DR-000029-7	DR-000029DR-000029-INV-003"CRED-012(ñ¡¬Àê30Z'
DR-000029-PAY-3	ò©'EURÈ	 a
DR-000045-29	DR-000045DR-000045-INV-004"CRED-003(»¡¬Àê30r È	"reminder-3-letterΩ
DR-000062-8	DR-000062DR-000062-INV-003"CRED-010(˙¡¬Àê30R}
INV-000062-003	˘àEURÈ	"È
0:Customer 000062B62 rue de la R√©publiqueB
69008 LyonJdr-000062@example.comh
DR-000065-27	DR-000065DR-000065-INV-003"CRED-002(¨¬¬Àê30Z'
DR-000065-PAY-5	÷Ñ	EURÈ	 æ
DR-000105-9	DR-000105DR-000105-INV-005"CRED-010(ﬁ¬¬Àê30R~
INV-000105-005
Ñë˛EURÈ	"È
0:Company 000105B105 rue de la R√©publiqueB
69006 LyonJdr-000105@example.comg
DR-000106-9	DR-000106DR-000106-INV-004"CRED-010(ê√¬Àê30Z'
DR-000106-PAY-4	ÿÓ+EURÈ	 c
DR-000112-7	DR-000112DR-000112-INV-003"CRED-012(¬√¬Àê30j#
DR-000112-CN-7ËEURÈ	%
day-2025-09-02(òà˛Êê30≤	
È	`
DR-000021-10	DR-000021DR-000021-INV-004"CRED-009(Ä¯€Ùê30rÈ	"reminder-1-emailh
DR-000021-11	DR-000021DR-000021-INV-004"CRED-009(≤¯€Ùê30Z'
DR-000021-PAY-4	Õ¥EURÈ	 Ω
DR-000024-17	DR-000024DR-000024-INV-004"CRED-002(‰¯€Ùê30R|
INV-000024-004	»áOUSDÈ	"È
0:Company 000024B24 rue de la R√©publiqueB
69006 LyonJdr-000024@example.comh
DR-000048-11	DR-000048DR-000048-INV-003"CRED-001(ñ˘€Ùê30Z'
DR-000048-PAY-3	˙£EURÈ	 ]
DR-000101-32	DR-000101DR-000101-INV-005"CRED-004(»˘€Ùê30rÈ	"formal-noticeh
DR-000118-13	DR-000118DR-000118-INV-005"CRED-002(˙˘€Ùê30Z'
DR-000118-PAY-5	⁄∆EURÈ	 h
DR-000126-12	DR-000126DR-000126-INV-002"CRED-001(¨˙€Ùê30Z'
DR-000126-PAY-4	®‡GBPÈ	 %
day-2025-09-03(ò¿óêë30≤	
È	S
DR-000011-17	DR-000011DR-000011-INV-002"CRED-001(Ä∞ıùë30ö
AGY-01È	h
DR-000014-10	DR-000014DR-000014-INV-004"CRED-006(≤∞ıùë30Z'
DR-000014-PAY-4	ÛñEURÈ	 `
DR-000023-15	DR-000023DR-000023-INV-003"CRED-012(‰∞ıùë30rÈ	"reminder-2-phone^
DR-000023-16	DR-000023DR-000023-INV-003"CRED-012(ñ±ıùë30z
	æö
EURÈ	È	Ω
DR-000033-16	DR-000033DR-000033-INV-003"CRED-007(»±ıùë30R|
INV-000033-003õxEURÈ	"È
0:Customer 000033B33 rue de la R√©publiqueB
69006 LyonJdr-000033@example.coma
DR-000039-8	DR-000039DR-000039-INV-002"CRED-010(˙±ıùë30r!È	"reminder-4-warningg
DR-000039-9	DR-000039DR-000039-INV-002"CRED-010(¨≤ıùë30Z'
DR-000039-PAY-2	¬ûEURÈ	 a
DR-000045-30	DR-000045DR-000045-INV-005"CRED-003(ﬁ≤ıùë30r È	"reminder-3-lettera
DR-000058-21	DR-000058DR-000058-INV-003"CRED-001(ê≥ıùë30r È	"reminder-3-letterb
DR-000075-22	DR-000075DR-000075-INV-004"CRED-010(¬≥ıùë30r!È	"reminder-4-warningæ
DR-000124-15	DR-000124DR-000124-INV-003"CRED-011(Ù≥ıùë30R}
INV-000124-003ú{USDÈ	"È
0:Customer 000124B124 rue de la R√©publiqueB
69007 LyonJdr-000124@example.comÕ
DR-000126-13	DR-000126DR-000126-INV-004"CRED-001(¶¥ıùë30Rã
INV-000126-004	´ﬂGBPÈ	"È*
È	±0:Company 000126B126 rue de la R√©publiqueB
69009 LyonJdr-000126@example.coma
DR-000127-22	DR-000127DR-000127-INV-003"CRED-010(ÿ¥ıùë30r È	"reminder-3-letterb
DR-000131-24	DR-000131DR-000131-INV-004"CRED-003(äµıùë30r!È	"reminder-4-warning`
DR-000133-18	DR-000133DR-000133-INV-003"CRED-001(ºµıùë30rÈ	"reminder-1-email%
day-2025-09-04(ò¯∞πë30≤	
È	`
DR-000051-12	DR-000051DR-000051-INV-003"CRED-011(ÄËé«ë30rÈ	"reminder-2-phone_
DR-000053-7	DR-000053DR-000053-INV-003"CRED-009(≤Ëé«ë30rÈ	"reminder-1-email`
DR-000057-27	DR-000057DR-000057-INV-004"CRED-001(‰Ëé«ë30rÈ	"reminder-2-phone^
DR-000057-28	DR-000057DR-000057-INV-004"CRED-001(ñÈé«ë30z
	€éCHFÈ	È	%
day-2025-09-05(ò∞ ‚ë30≤	
È	h
DR-000010-12	DR-000010DR-000010-INV-003"CRED-007(Ä†®ë30Z'
DR-000010-PAY-3	É≥GBPÈ	 Ω
DR-000025-23	DR-000025DR-000025-INV-005"CRED-009(≤†®ë30R|
INV-000025-005	 üEURÈ	"È
0:Company 000025B25 rue de la R√©publiqueB
69007 LyonJdr-000025@example.com`
DR-000038-18	DR-000038DR-000038-INV-003"CRED-012(‰†®ë30rÈ	"reminder-1-emailh
DR-000038-19	DR-000038DR-000038-INV-003"CRED-012(ñ°®ë30Z'
DR-000038-PAY-3	é†+EURÈ	 æ
DR-000044-22	DR-000044DR-000044-INV-004"CRED-004(»°®ë30R}
INV-000044-004
¸‚¢EURÈ	"È
0:Company 000044B44 rue de la R√©publiqueB
69008 LyonJdr-000044@example.comg
DR-000054-16	DR-000054DR-000054-INV-002"CRED-012(˙°®ë30Z&
DR-000054-PAY-3ËEURÈ	 g
DR-000060-26	DR-000060DR-000060-INV-003"CRED-008(¨¢®ë30Z&
DR-000060-PAY-5ÂEURÈ	 g
DR-000060-27	DR-000060DR-000060-INV-004"CRED-008(ﬁ¢®ë30Z&
DR-000060-PAY-6‚HEURÈ	 h
DR-000069-26	DR-000069DR-000069-INV-001"CRED-006(ê£®ë30Z'
DR-000069-PAY-10‚mEURÈ	 h
DR-000077-13	DR-000077DR-000077-INV-003"CRED-005(¬£®ë30Z'
DR-000077-PAY-2	˛Ó	EURÈ	 `
DR-000099-17	DR-000099DR-000099-INV-003"CRED-009(Ù£®ë30rÈ	"reminder-2-phone`
DR-000104-10	DR-000104DR-000104-INV-004"CRED-003(¶§®ë30rÈ	"reminder-1-emailh
DR-000104-11	DR-000104DR-000104-INV-004"CRED-003(ÿ§®ë30Z'
DR-000104-PAY-4	„ÍEURÈ	 h
DR-000115-11	DR-000115DR-000115-INV-005"CRED-007(ä•®ë30Z'
DR-000115-PAY-5	«¯USDÈ	 æ
DR-000139-8	DR-000139DR-000139-INV-003"CRED-006(º•®ë30R~
INV-000139-003	—üEURÈ	"È
0:Customer 000139B139 rue de la R√©publiqueB
69004 LyonJdr-000139@example.com%
day-2025-09-06(òË„ãí30≤	
È	`
DR-000049-20	DR-000049DR-000049-INV-005"CRED-006(Äÿ¡ôí30rÈ	"reminder-1-email_
DR-000066-9	DR-000066DR-000066-INV-004"CRED-012(≤ÿ¡ôí30rÈ	"reminder-1-emailh
DR-000066-10	DR-000066DR-000066-INV-004"CRED-012(‰ÿ¡ôí30Z'
DR-000066-PAY-4	‰ÓEURÈ	 Ω
DR-000092-6	DR-000092DR-000092-INV-003"CRED-010(ñŸ¡ôí30R}
INV-000092-003	¥‡EURÈ	"È
0:Customer 000092B92 rue de la R√©publiqueB
69002 LyonJdr-000092@example.comæ
DR-000098-23	DR-000098DR-000098-INV-004"CRED-009(»Ÿ¡ôí30R}
INV-000098-004	ÄÅEURÈ	"È
0:Customer 000098B98 rue de la R√©publiqueB
69008 LyonJdr-000098@example.comæ
DR-000110-6	DR-000110DR-000110-INV-003"CRED-011(˙Ÿ¡ôí30R~
INV-000110-003	î—EURÈ	"È
0:Customer 000110B110 rue de la R√©publiqueB
69002 LyonJdr-000110@example.comb
DR-000127-23	DR-000127DR-000127-INV-003"CRED-010(¨⁄¡ôí30r!È	"reminder-4-warningb
DR-000127-24	DR-000127DR-000127-INV-004"CRED-008(ﬁ⁄¡ôí30r!È	"reminder-4-warning%
day-2025-09-07(ò†˝¥í30≤	
È	Ω
DR-000010-13	DR-000010DR-000010-INV-004"CRED-007(Äê€¬í30R|
INV-000010-004	ÂûGBPÈ	"È
0:Company 000010B10 rue de la R√©publiqueB
69001 LyonJdr-000010@example.comb
DR-000019-22	DR-000019DR-000019-INV-003"CRED-007(≤ê€¬í30r!È	"reminder-4-warningh
DR-000044-23	DR-000044DR-000044-INV-003"CRED-004(‰ê€¬í30Z'
DR-000044-PAY-5	ò€EURÈ	 a
DR-000055-20	DR-000055DR-000055-INV-004"CRED-004(ñë€¬í30r È	"reminder-3-letter_
DR-000087-18	DR-000087DR-000087-INV-004"CRED-004(»ë€¬í30rÈ	"courtesy-remindera
DR-000120-12	DR-000120DR-000120-INV-002"CRED-004(˙ë€¬í30r È	"reminder-3-letterS
DR-000143-16	DR-000143DR-000143-INV-002"CRED-004(¨í€¬í30ö
AGY-03È	h
DR-000146-19	DR-000146DR-000146-INV-002"CRED-011(ﬁí€¬í30Z'
DR-000146-PAY-4	ˆ’WEURÈ	 %
day-2025-09-08(òÿñﬁí30≤	
È	a
DR-000012-20	DR-000012DR-000012-INV-004"CRED-007(Ä»ÙÎí30r È		"reminder-3-letterg
DR-000036-19	DR-000036DR-000036-INV-002"CRED-012(≤»ÙÎí30Z&
DR-000036-PAY-6Í+EURÈ		 h
DR-000067-11	DR-000067DR-000067-INV-002"CRED-002(‰»ÙÎí30Z'
DR-000067-PAY-2	Ø¥EURÈ		 h
DR-000127-25	DR-000127DR-000127-INV-004"CRED-008(ñ…ÙÎí30Z'
DR-000127-PAY-6	ßÃ]EURÈ		 %
day-2025-09-09(òê∞áì30≤	
È		g
DR-000031-8	DR-000031DR-000031-INV-004"CRED-012(ÄÄéïì30Z'
DR-000031-PAY-4	⁄ EURÈ	
 S
DR-000050-24	DR-000050DR-000050-INV-003"CRED-010(≤Äéïì30ö
AGY-03È	
`
DR-000070-15	DR-000070DR-000070-INV-003"CRED-002(‰Äéïì30rÈ	
"reminder-1-email`
DR-000103-21	DR-000103DR-000103-INV-004"CRED-008(ñÅéïì30rÈ	
"reminder-1-email_
DR-000107-19	DR-000107DR-000107-INV-003"CRED-005(»Åéïì30rÈ	
"courtesy-reminderg
DR-000112-8	DR-000112DR-000112-INV-003"CRED-012(˙Åéïì30Z'
DR-000112-PAY-3	ÛáEURÈ	
 M
DR-000150-25	DR-000150DR-000150-INV-005"CRED-004(¨Çéïì30íÈ	
%
day-2025-09-10(ò»…∞ì30≤	
È	
b
DR-000045-31	DR-000045DR-000045-INV-004"CRED-003(Ä∏ßæì30r!È	"reminder-4-warning`
DR-000050-25	DR-000050DR-000050-INV-004"CRED-010(≤∏ßæì30rÈ	"reminder-1-emailæ
DR-000086-18	DR-000086DR-000086-INV-003"CRED-010(‰∏ßæì30R}
INV-000086-003	‚ù	EURÈ	"È
0:Customer 000086B86 rue de la R√©publiqueB
69005 LyonJdr-000086@example.com`
DR-000133-19	DR-000133DR-000133-INV-003"CRED-001(ñπßæì30rÈ	"reminder-2-phone%
day-2025-09-11(òÄ„Ÿì30≤	
È	 
DR-000002-7	DR-000002DR-000002-INV-004"CRED-007(Ä¿Áì30Râ
INV-000002-004	¬à/EURÈ	"È
*
È	æx0:Company 000002B2 rue de la R√©publiqueB
69002 LyonJdr-000002@example.comh
DR-000023-17	DR-000023DR-000023-INV-003"CRED-012(≤¿Áì30Z'
DR-000023-PAY-3	æö
EURÈ	 `
DR-000025-24	DR-000025DR-000025-INV-004"CRED-009(‰¿Áì30rÈ	"reminder-1-emails
DR-000025-25	DR-000025DR-000025-INV-004"CRED-009(ñÒ¿Áì30ä1
billing error on some lines	Ú®EURÈ	i
DR-000028-24	DR-000028DR-000028-INV-003"CRED-006(»Ò¿Áì30Z(
DR-000028-PAY-3
¬ûßEURÈ	 h
DR-000028-25	DR-000028DR-000028-INV-004"CRED-012(˙Ò¿Áì30Z'
DR-000028-PAY-4	ô˝GBPÈ	 Ω
DR-000030-11	DR-000030DR-000030-INV-005"CRED-011(¨Ú¿Áì30R|
INV-000030-005	á—EURÈ	"È
0:Company 000030B30 rue de la R√©publiqueB
69003 LyonJdr-000030@example.comg
DR-000042-6	DR-000042DR-000042-INV-003"CRED-011(ﬁÚ¿Áì30Z'
DR-000042-PAY-3	õ∫EURÈ	 a
DR-000051-13	DR-000051DR-000051-INV-003"CRED-011(êÛ¿Áì30r È	"reminder-3-letter_
DR-000053-8	DR-000053DR-000053-INV-003"CRED-009(¬Û¿Áì30rÈ	"reminder-2-phone_
DR-000053-9	DR-000053DR-000053-INV-003"CRED-009(ÙÛ¿Áì30ä
goods not deliveredÈ	_
DR-000054-17	DR-000054DR-000054-INV-003"CRED-005(¶Ù¿Áì30rÈ	"courtesy-reminderh
DR-000057-29	DR-000057DR-000057-INV-004"CRED-001(ÿÙ¿Áì30Z'
DR-000057-PAY-4	€éCHFÈ	 Ω
DR-000067-12	DR-000067DR-000067-INV-003"CRED-002(äı¿Áì30R|
INV-000067-003∆;EURÈ	"È
0:Customer 000067B67 rue de la R√©publiqueB
69004 LyonJdr-000067@example.comg
DR-000073-4	DR-000073DR-000073-INV-002"CRED-003(ºı¿Áì30Z'
DR-000073-PAY-2	†ﬂCHFÈ	 æ
DR-000134-10	DR-000134DR-000134-INV-004"CRED-002(Óı¿Áì30R}
INV-000134-004	†≤EURÈ	"È
0:Company 000134B134 rue de la R√©publiqueB
69008 LyonJdr-000134@example.com%
day-2025-09-12(ò∏¸Çî30≤	
È	M
DR-000004-25	DR-000004DR-000004-INV-004"CRED-009(Ä®⁄êî30íÈ	æ
DR-000011-18	DR-000011DR-000011-INV-003"CRED-001(≤®⁄êî30R}
INV-000011-003	£ÇEURÈ	"È
0:Customer 000011B11 rue de la R√©publiqueB
69002 LyonJdr-000011@example.comæ
DR-000037-20	DR-000037DR-000037-INV-003"CRED-004(‰®⁄êî30R}
INV-000037-003	≥£EURÈ	"È
0:Customer 000037B37 rue de la R√©publiqueB
69001 LyonJdr-000037@example.comb
DR-000045-32	DR-000045DR-000045-INV-005"CRED-003(ñ©⁄êî30r!È	"reminder-4-warningb
DR-000058-22	DR-000058DR-000058-INV-003"CRED-001(»©⁄êî30r!È	"reminder-4-warning\
DR-000058-23	DR-000058DR-000058-INV-002"CRED-001(˙©⁄êî30¢È	RG-000058-002_
DR-000085-21	DR-000085DR-000085-INV-003"CRED-008(¨™⁄êî30rÈ	"courtesy-remindera
DR-000099-18	DR-000099DR-000099-INV-003"CRED-009(ﬁ™⁄êî30r È	"reminder-3-letter_
DR-000100-10	DR-000100DR-000100-INV-004"CRED-008(ê´⁄êî30rÈ	"courtesy-reminderg
DR-000102-8	DR-000102DR-000102-INV-004"CRED-011(¬´⁄êî30Z'
DR-000102-PAY-4	“†EURÈ	 ø
DR-000129-17	DR-000129DR-000129-INV-005"CRED-009(Ù´⁄êî30R~
INV-000129-005
∑ŸÏEURÈ	"È
0:Company 000129B129 rue de la R√©publiqueB
69003 LyonJdr-000129@example.comæ
DR-000130-17	DR-000130DR-000130-INV-005"CRED-008(¶¨⁄êî30R}
INV-000130-005	”ﬂCHFÈ	"È0:Company 000130B130 rue de la R√©publiqueB
69004 LyonJdr-000130@example.comø
DR-000143-17	DR-000143DR-000143-INV-004"CRED-004(ÿ¨⁄êî30R~
INV-000143-004
ƒò±USDÈ	"È
0:Company 000143B143 rue de la R√©publiqueB
69008 LyonJdr-000143@example.com%
day-2025-09-13(òï¨î30≤	
È	`
DR-000004-26	DR-000004DR-000004-INV-004"CRED-009(Ä‡Ûπî30rÈ	"reminder-1-email`
DR-000009-11	DR-000009DR-000009-INV-002"CRED-005(≤‡Ûπî30rÈ	"reminder-1-email_
DR-000018-12	DR-000018DR-000018-INV-003"CRED-005(‰‡Ûπî30rÈ	"courtesy-reminderh
DR-000019-23	DR-000019DR-000019-INV-003"CRED-007(ñ·Ûπî30Z'
DR-000019-PAY-3	‹ÎUSDÈ	 `
DR-000049-21	DR-000049DR-000049-INV-005"CRED-006(»·Ûπî30rÈ	"reminder-2-phone`
DR-000064-21	DR-000064DR-000064-INV-004"CRED-006(˙·Ûπî30rÈ	"reminder-1-emailg
DR-000078-6	DR-000078DR-000078-INV-003"CRED-004(¨‚Ûπî30Z'
DR-000078-PAY-3	°∏USDÈ	 ^
DR-000083-9	DR-000083DR-000083-INV-004"CRED-012(ﬁ‚Ûπî30rÈ	"courtesy-reminderh
DR-000100-11	DR-000100DR-000100-INV-004"CRED-008(ê„Ûπî30Z'
DR-000100-PAY-4	Á≥ GBPÈ	 h
DR-000101-33	DR-000101DR-000101-INV-006"CRED-004(¬„Ûπî30Z'
DR-000101-PAY-5	ƒ˛EURÈ	 %
day-2025-09-14(ò®Ø’î30≤	
È	`
DR-000004-27	DR-000004DR-000004-INV-004"CRED-009(Äòç„î30rÈ	"reminder-2-phoneh
DR-000045-33	DR-000045DR-000045-INV-005"CRED-003(≤òç„î30Z'
DR-000045-PAY-3	ßÁEURÈ	 h
DR-000095-22	DR-000095DR-000095-INV-003"CRED-010(‰òç„î30Z'
DR-000095-PAY-3	˘˚.EURÈ	 æ
DR-000146-20	DR-000146DR-000146-INV-004"CRED-011(ñôç„î30R}
INV-000146-004	»ÒEURÈ	"È
0:Company 000146B146 rue de la R√©publiqueB
69002 LyonJdr-000146@example.com%
day-2025-09-15(ò‡»˛î30≤	
È	g
DR-000002-8	DR-000002DR-000002-INV-004"CRED-007(Ä–¶åï30Z'
DR-000002-PAY-4	Ñê.EURÈ	 i
DR-000070-16	DR-000070DR-000070-INV-002"CRED-002(≤–¶åï30Z(
DR-000070-PAY-2
öä≠EURÈ	 g
DR-000072-23	DR-000072DR-000072-INV-002"CRED-005(‰–¶åï30Z&
DR-000072-PAY-7¿BEURÈ	 ]
DR-000119-12	DR-000119DR-000119-INV-003"CRED-009(ñ—¶åï30rÈ	"formal-notice%
day-2025-09-16(òò‚ßï30≤	
È	Ω
DR-000005-12	DR-000005DR-000005-INV-003"CRED-007(Äà¿µï30R|
INV-000005-003	—ÉEURÈ	"È
0:Customer 000005B5 rue de la R√©publiqueB
69005 LyonJdr-000005@example.com`
DR-000016-16	DR-000016DR-000016-INV-003"CRED-010(≤à¿µï30rÈ	"reminder-1-emailb
DR-000055-21	DR-000055DR-000055-INV-004"CRED-004(‰à¿µï30r!È	"reminder-4-warning`
DR-000070-17	DR-000070DR-000070-INV-003"CRED-002(ñâ¿µï30rÈ	"reminder-2-phoneh
DR-000083-10	DR-000083DR-000083-INV-004"CRED-012(»â¿µï30Z'
DR-000083-PAY-4	Á˛7USDÈ	 h
DR-000087-19	DR-000087DR-000087-INV-004"CRED-004(˙â¿µï30Z'
DR-000087-PAY-6	ÅÚEURÈ	 `
DR-000103-22	DR-000103DR-000103-INV-004"CRED-008(¨ä¿µï30rÈ	"reminder-2-phonei
DR-000113-24	DR-000113DR-000113-INV-003"CRED-006(ﬁä¿µï30Z(
DR-000113-PAY-12	ˇ§EURÈ	 b
DR-000120-13	DR-000120DR-000120-INV-002"CRED-004(êã¿µï30r!È	"reminder-4-warningh
DR-000131-25	DR-000131DR-000131-INV-004"CRED-003(¬ã¿µï30Z'
DR-000131-PAY-5	µ€8EURÈ	 %
day-2025-09-17(ò–˚–ï30≤	
È	b
DR-000012-21	DR-000012DR-000012-INV-004"CRED-007(Ä¿Ÿﬁï30r!È	"reminder-4-warningΩ
DR-000046-17	DR-000046DR-000046-INV-004"CRED-010(≤¿Ÿﬁï30R|
INV-000046-004	’ôUSDÈ	"È0:Company 000046B46 rue de la R√©publiqueB
69001 LyonJdr-000046@example.comh
DR-000049-22	DR-000049DR-000049-INV-004"CRED-006(‰¿Ÿﬁï30Z'
DR-000049-PAY-4	˘œEURÈ	 `
DR-000050-26	DR-000050DR-000050-INV-004"CRED-010(ñ¡Ÿﬁï30rÈ	"reminder-2-phone^
DR-000050-27	DR-000050DR-000050-INV-004"CRED-010(»¡Ÿﬁï30z
	ΩƒEURÈ	È	Ω
DR-000096-11	DR-000096DR-000096-INV-005"CRED-001(˙¡Ÿﬁï30R|
INV-000096-005	ÍœEURÈ	"È0:Company 000096B96 rue de la R√©publiqueB
69006 LyonJdr-000096@example.comh
DR-000115-12	DR-000115DR-000115-INV-006"CRED-007(¨¬Ÿﬁï30Z'
DR-000115-PAY-6	„ë~USDÈ	 h
DR-000123-25	DR-000123DR-000123-INV-004"CRED-001(ﬁ¬Ÿﬁï30Z'
DR-000123-PAY-7	®ÿEURÈ	 a
DR-000133-20	DR-000133DR-000133-INV-003"CRED-001(ê√Ÿﬁï30r È	"reminder-3-letter`
DR-000146-21	DR-000146DR-000146-INV-003"CRED-011(¬√Ÿﬁï30rÈ	"reminder-2-phone%
day-2025-09-18(òàï˙ï30≤	
È	S
DR-000017-23	DR-000017DR-000017-INV-003"CRED-001(Ä¯Úáñ30ö
AGY-01È	`
DR-000019-24	DR-000019DR-000019-INV-004"CRED-007(≤¯Úáñ30rÈ	"reminder-1-emailg
DR-000022-22	DR-000022DR-000022-INV-003"CRED-006(‰¯Úáñ30Z&
DR-000022-PAY-4ÃaEURÈ	 ]
DR-000075-23	DR-000075DR-000075-INV-004"CRED-010(ñ˘Úáñ30rÈ	"formal-noticeΩ
DR-000081-8	DR-000081DR-000081-INV-004"CRED-012(»˘Úáñ30R}
INV-000081-004
÷„íEURÈ	"È
0:Company 000081B81 rue de la R√©publiqueB
69009 LyonJdr-000081@example.com_
DR-000093-9	DR-000093DR-000093-INV-003"CRED-007(˙˘Úáñ30rÈ	"reminder-1-emailæ
DR-000119-13	DR-000119DR-000119-INV-005"CRED-009(¨˙Úáñ30R}
INV-000119-005	ÖáEURÈ	"È0:Company 000119B119 rue de la R√©publiqueB
69002 LyonJdr-000119@example.com^
DR-000132-7	DR-000132DR-000132-INV-003"CRED-011(ﬁ˙Úáñ30rÈ	"courtesy-reminderg
DR-000145-20	DR-000145DR-000145-INV-002"CRED-012(ê˚Úáñ30Z&
DR-000145-PAY-7û>EURÈ	 a
DR-000146-22	DR-000146DR-000146-INV-003"CRED-011(¬˚Úáñ30r È	"reminder-3-letterø
DR-000150-26	DR-000150DR-000150-INV-006"CRED-004(Ù˚Úáñ30R~
INV-000150-006
Äç¶EURÈ	"È
0:Company 000150B150 rue de la R√©publiqueB
69006 LyonJdr-000150@example.com%
day-2025-09-19(ò¿Æ£ñ30≤	
È	i
DR-000016-17	DR-000016DR-000016-INV-003"CRED-010(Ä∞å±ñ30Z(
DR-000016-PAY-5
√ìÙEURÈ	 h
DR-000063-25	DR-000063DR-000063-INV-003"CRED-011(≤∞å±ñ30Z'
DR-000063-PAY-3	∑éEURÈ	 Ω
DR-000066-11	DR-000066DR-000066-INV-006"CRED-012(‰∞å±ñ30R|
INV-000066-006	ﬁÔEURÈ	"È0:Company 000066B66 rue de la R√©publiqueB
69003 LyonJdr-000066@example.comæ
DR-000097-13	DR-000097DR-000097-INV-004"CRED-011(ñ±å±ñ30R}
INV-000097-004	ú‰EURÈ	"È
0:Customer 000097B97 rue de la R√©publiqueB
69007 LyonJdr-000097@example.com`
DR-000107-20	DR-000107DR-000107-INV-003"CRED-005(»±å±ñ30rÈ	"reminder-1-emailg
DR-000132-8	DR-000132DR-000132-INV-003"CRED-011(˙±å±ñ30Z'
DR-000132-PAY-3	—‰EURÈ	 h
DR-000133-21	DR-000133DR-000133-INV-002"CRED-001(¨≤å±ñ30Z'
DR-000133-PAY-2	¸µ#CHFÈ	 b
DR-000146-23	DR-000146DR-000146-INV-003"CRED-011(ﬁ≤å±ñ30r!È	"reminder-4-warning%
day-2025-09-20(ò¯«Ãñ30≤	
È	a
DR-000004-28	DR-000004DR-000004-INV-004"CRED-009(ÄË•⁄ñ30r È	"reminder-3-letter`
DR-000009-12	DR-000009DR-000009-INV-002"CRED-005(≤Ë•⁄ñ30rÈ	"reminder-2-phoneæ
DR-000028-26	DR-000028DR-000028-INV-006"CRED-012(‰Ë•⁄ñ30R}
INV-000028-006
˝≥ëGBPÈ	"È0:Company 000028B28 rue de la R√©publiqueB
69001 LyonJdr-000028@example.coma
DR-000049-23	DR-000049DR-000049-INV-005"CRED-006(ñÈ•⁄ñ30r È	"reminder-3-letterb
DR-000051-14	DR-000051DR-000051-INV-003"CRED-011(»È•⁄ñ30r!È	"reminder-4-warningh
DR-000063-26	DR-000063DR-000063-INV-004"CRED-006(˙È•⁄ñ30Z'
DR-000063-PAY-4	ô”EURÈ	 `
DR-000064-22	DR-000064DR-000064-INV-004"CRED-006(¨Í•⁄ñ30rÈ	"reminder-2-phone_
DR-000064-23	DR-000064DR-000064-INV-005"CRED-007(ﬁÍ•⁄ñ30rÈ	"courtesy-reminderh
DR-000089-15	DR-000089DR-000089-INV-004"CRED-008(êÎ•⁄ñ30Z'
DR-000089-PAY-4	÷ñ'EURÈ	 Õ
DR-000125-10	DR-000125DR-000125-INV-005"CRED-007(¬Î•⁄ñ30Rã
INV-000125-005	øøEURÈ	"È*
È
Í0:Company 000125B125 rue de la R√©publiqueB
69008 LyonJdr-000125@example.com`
DR-000129-18	DR-000129DR-000129-INV-004"CRED-009(ÙÎ•⁄ñ30rÈ	"reminder-1-emailS
DR-000137-19	DR-000137DR-000137-INV-003"CRED-005(¶Ï•⁄ñ30ö
AGY-02È	i
DR-000147-12	DR-000147DR-000147-INV-006"CRED-004(ÿÏ•⁄ñ30Z(
DR-000147-PAY-6
ó∏ÖEURÈ	 h
DR-000148-15	DR-000148DR-000148-INV-002"CRED-005(äÌ•⁄ñ30Z'
DR-000148-PAY-6	≈˘EURÈ	 %
day-2025-09-21(ò∞·ıñ30≤	
È	g
DR-000011-19	DR-000011DR-000011-INV-002"CRED-001(Ä†øÉó30Z&
DR-000011-PAY-2⁄KEURÈ	 æ
DR-000036-20	DR-000036DR-000036-INV-004"CRED-012(≤†øÉó30R}
INV-000036-004	ÇöEURÈ	"È
0:Customer 000036B36 rue de la R√©publiqueB
69009 LyonJdr-000036@example.com`
DR-000054-18	DR-000054DR-000054-INV-003"CRED-005(‰†øÉó30rÈ	"reminder-1-email`
DR-000057-30	DR-000057DR-000057-INV-005"CRED-005(ñ°øÉó30rÈ	"reminder-1-emailU
DR-000071-19	DR-000071"CRED-002(»°øÉó30Z'
DR-000071-PAY-5	√ÊEURÈ	 h
DR-000075-24	DR-000075DR-000075-INV-004"CRED-010(˙°øÉó30Z'
DR-000075-PAY-6	£πEURÈ	 b
DR-000099-19	DR-000099DR-000099-INV-003"CRED-009(¨¢øÉó30r!È	"reminder-4-warningh
DR-000113-25	DR-000113DR-000113-INV-001"CRED-006(ﬁ¢øÉó30Z'
DR-000113-PAY-13ºQEURÈ	 Õ
DR-000122-22	DR-000122DR-000122-INV-004"CRED-011(ê£øÉó30Rã
INV-000122-004	·õEURÈ	"È
*
È
ˇ=0:Company 000122B122 rue de la R√©publiqueB
69005 LyonJdr-000122@example.com]
DR-000127-26	DR-000127DR-000127-INV-003"CRED-010(¬£øÉó30rÈ	"formal-noticeæ
DR-000148-16	DR-000148DR-000148-INV-005"CRED-005(Ù£øÉó30R}
INV-000148-005	çêEURÈ	"È
0:Company 000148B148 rue de la R√©publiqueB
69004 LyonJdr-000148@example.com%
day-2025-09-22(òË˙ûó30≤	
È	º
DR-000007-9	DR-000007DR-000007-INV-004"CRED-005(Äÿÿ¨ó30R|
INV-000007-004	∫üEURÈ	"È
0:Customer 000007B7 rue de la R√©publiqueB
69007 LyonJdr-000007@example.comh
DR-000020-19	DR-000020DR-000020-INV-004"CRED-002(≤ÿÿ¨ó30Z'
DR-000020-PAY-5	»ãEURÈ	 Ω
DR-000040-11	DR-000040DR-000040-INV-006"CRED-003(‰ÿÿ¨ó30R|
INV-000040-006	ŸŒ/CHFÈ	"È0:Company 000040B40 rue de la R√©publiqueB
69004 LyonJdr-000040@example.com`
DR-000085-22	DR-000085DR-000085-INV-003"CRED-008(ñŸÿ¨ó30rÈ	"reminder-1-emailΩ
DR-000108-9	DR-000108DR-000108-INV-005"CRED-007(»Ÿÿ¨ó30R}
INV-000108-005	Ñ∞EURÈ	"È0:Company 000108B108 rue de la R√©publiqueB
69009 LyonJdr-000108@example.com%
day-2025-09-23(ò†î»ó30≤	
È	`
DR-000018-13	DR-000018DR-000018-INV-003"CRED-005(ÄêÚ’ó30rÈ	"reminder-1-email`
DR-000019-25	DR-000019DR-000019-INV-004"CRED-007(≤êÚ’ó30ä
goods not deliveredÈ	a
DR-000070-18	DR-000070DR-000070-INV-003"CRED-002(‰êÚ’ó30r È	"reminder-3-letterΩ
DR-000080-17	DR-000080DR-000080-INV-005"CRED-012(ñëÚ’ó30R|
INV-000080-005	í¨XEURÈ	"È
0:Company 000080B80 rue de la R√©publiqueB
69008 LyonJdr-000080@example.comΩ
DR-000087-20	DR-000087DR-000087-INV-005"CRED-004(»ëÚ’ó30R|
INV-000087-005	¸ãEURÈ	"È0:Company 000087B87 rue de la R√©publiqueB
69006 LyonJdr-000087@example.comh
DR-000101-34	DR-000101DR-000101-INV-005"CRED-004(˙ëÚ’ó30Z'
DR-000101-PAY-6	—¥jEURÈ	 a
DR-000103-23	DR-000103DR-000103-INV-004"CRED-008(¨íÚ’ó30r È	"reminder-3-letteræ
DR-000142-11	DR-000142DR-000142-INV-005"CRED-012(ﬁíÚ’ó30R}
INV-000142-005	À‰EURÈ	"È0:Company 000142B142 rue de la R√©publiqueB
69007 LyonJdr-000142@example.com%
day-2025-09-24(òÿ≠Òó30≤	
È	_
DR-000034-7	DR-000034DR-000034-INV-003"CRED-012(Ä»ãˇó30rÈ	"reminder-1-emailg
DR-000034-8	DR-000034DR-000034-INV-003"CRED-012(≤»ãˇó30Z'
DR-000034-PAY-3	ÂáEURÈ	 _
DR-000069-27	DR-000069DR-000069-INV-004"CRED-006(‰»ãˇó30rÈ	"courtesy-reminderΩ
DR-000072-24	DR-000072DR-000072-INV-005"CRED-005(ñ…ãˇó30R|
INV-000072-005	Íë<EURÈ	"È	0:Company 000072B72 rue de la R√©publiqueB
69009 LyonJdr-000072@example.com%
day-2025-09-25(òê«öò30≤	
È	_
DR-000003-18	DR-000003DR-000003-INV-004"CRED-005(ÄÄ•®ò30rÈ	"courtesy-reminderJ
DR-000016-18	DR-000016"CRED-010(≤Ä•®ò30b
DR-000016-PAY-5È	J
DR-000020-20	DR-000020"CRED-002(‰Ä•®ò30b
DR-000020-PAY-5È	]
DR-000045-34	DR-000045DR-000045-INV-004"CRED-003(ñÅ•®ò30rÈ	"formal-noticeh
DR-000061-10	DR-000061DR-000061-INV-004"CRED-005(»Å•®ò30Z'
DR-000061-PAY-4	œ◊EURÈ	 º
DR-000078-7	DR-000078DR-000078-INV-004"CRED-004(˙Å•®ò30R|
INV-000078-004	îÃUSDÈ	"È0:Company 000078B78 rue de la R√©publiqueB
69006 LyonJdr-000078@example.com`
DR-000093-10	DR-000093DR-000093-INV-003"CRED-007(¨Ç•®ò30rÈ	"reminder-2-phone^
DR-000094-8	DR-000094DR-000094-INV-004"CRED-010(ﬁÇ•®ò30rÈ	"courtesy-reminder%
day-2025-09-26(ò»‡√ò30≤	
È	`
DR-000008-27	DR-000008DR-000008-INV-004"CRED-008(Ä∏æ—ò30rÈ	"reminder-1-email`
DR-000016-19	DR-000016DR-000016-INV-003"CRED-010(≤∏æ—ò30rÈ	"reminder-2-phone`
DR-000020-21	DR-000020DR-000020-INV-004"CRED-002(‰∏æ—ò30rÈ	"reminder-1-emailº
DR-000031-9	DR-000031DR-000031-INV-005"CRED-012(ñπæ—ò30R|
INV-000031-005	ëÂEURÈ	"È
0:Company 000031B31 rue de la R√©publiqueB
69004 LyonJdr-000031@example.com`
DR-000046-18	DR-000046DR-000046-INV-003"CRED-010(»πæ—ò30rÈ	"reminder-1-emailΩ
DR-000056-12	DR-000056DR-000056-INV-005"CRED-011(˙πæ—ò30R|
INV-000056-005	¨∞"EURÈ	"È0:Company 000056B56 rue de la R√©publiqueB
69002 LyonJdr-000056@example.comi
DR-000057-31	DR-000057DR-000057-INV-005"CRED-005(¨∫æ—ò30Z(
DR-000057-PAY-5
Í˝°EURÈ	 J
DR-000087-21	DR-000087"CRED-004(ﬁ∫æ—ò30b
DR-000087-PAY-6È	g
DR-000092-7	DR-000092DR-000092-INV-003"CRED-010(êªæ—ò30Z'
DR-000092-PAY-3	¥‡EURÈ	 h
DR-000099-20	DR-000099DR-000099-INV-002"CRED-009(¬ªæ—ò30Z'
DR-000099-PAY-3	ÇóEURÈ	 `
DR-000107-21	DR-000107DR-000107-INV-003"CRED-005(Ùªæ—ò30rÈ	"reminder-2-phoneb
DR-000133-22	DR-000133DR-000133-INV-003"CRED-001(¶ºæ—ò30r!È	"reminder-4-warningΩ
DR-000141-7	DR-000141DR-000141-INV-003"CRED-009(ÿºæ—ò30R}
INV-000141-003¶uEURÈ	"È
0:Customer 000141B141 rue de la R√©publiqueB
69006 LyonJdr-000141@example.com%
day-2025-09-27(òÄ˙Ïò30≤	
È	h
DR-000004-29	DR-000004DR-000004-INV-004"CRED-009(Ä◊˙ò30Z'
DR-000004-PAY-4	›˜'EURÈ	 a
DR-000009-13	DR-000009DR-000009-INV-002"CRED-005(≤◊˙ò30r È	"reminder-3-letterŒ
DR-000019-26	DR-000019DR-000019-INV-005"CRED-007(‰◊˙ò30Rå
INV-000019-005
£¡íUSDÈ	"È*
È
ﬂæ0:Company 000019B19 rue de la R√©publiqueB
69001 LyonJdr-000019@example.comh
DR-000051-15	DR-000051DR-000051-INV-003"CRED-011(ñÒ◊˙ò30Z'
DR-000051-PAY-3	’§EURÈ	 ]
DR-000058-24	DR-000058DR-000058-INV-003"CRED-001(»Ò◊˙ò30rÈ	"formal-noticea
DR-000064-24	DR-000064DR-000064-INV-004"CRED-006(˙Ò◊˙ò30r È	"reminder-3-letterh
DR-000065-28	DR-000065DR-000065-INV-004"CRED-002(¨Ú◊˙ò30Z'
DR-000065-PAY-6	˚¬EURÈ	 f
DR-000076-7	DR-000076DR-000076-INV-003"CRED-001(ﬁÚ◊˙ò30Z&
DR-000076-PAY-3±0EURÈ	 `
DR-000087-22	DR-000087DR-000087-INV-004"CRED-004(êÛ◊˙ò30rÈ	"reminder-1-email_
DR-000104-12	DR-000104DR-000104-INV-005"CRED-003(¬Û◊˙ò30rÈ	"courtesy-reminderh
DR-000104-13	DR-000104DR-000104-INV-005"CRED-003(ÙÛ◊˙ò30Z'
DR-000104-PAY-5	„≈EURÈ	 `
DR-000121-11	DR-000121DR-000121-INV-005"CRED-008(¶Ù◊˙ò30rÈ	"reminder-1-email`
DR-000129-19	DR-000129DR-000129-INV-004"CRED-009(ÿÙ◊˙ò30rÈ	"reminder-2-phoneh
DR-000133-23	DR-000133DR-000133-INV-003"CRED-001(äı◊˙ò30Z'
DR-000133-PAY-3	ﬁÊCHFÈ	 h
DR-000138-10	DR-000138DR-000138-INV-004"CRED-010(ºı◊˙ò30Z'
DR-000138-PAY-4	ΩœEURÈ	 %
day-2025-09-28(ò∏ìñô30≤	
È	`
DR-000028-27	DR-000028DR-000028-INV-005"CRED-006(Ä®Ò£ô30rÈ	"reminder-1-emailh
DR-000050-28	DR-000050DR-000050-INV-004"CRED-010(≤®Ò£ô30Z'
DR-000050-PAY-3	ΩƒEURÈ	 `
DR-000054-19	DR-000054DR-000054-INV-003"CRED-005(‰®Ò£ô30rÈ	"reminder-2-phone^
DR-000062-9	DR-000062DR-000062-INV-003"CRED-010(ñ©Ò£ô30rÈ	"courtesy-reminderæ
DR-000074-27	DR-000074DR-000074-INV-004"CRED-001(»©Ò£ô30R}
INV-000074-004	€ﬁEURÈ	"È
0:Customer 000074B74 rue de la R√©publiqueB
69002 LyonJdr-000074@example.com`
DR-000087-23	DR-000087DR-000087-INV-004"CRED-004(˙©Ò£ô30rÈ	"reminder-2-phoneÃ
DR-000091-12	DR-000091DR-000091-INV-006"CRED-010(¨™Ò£ô30Rä
INV-000091-006	ÊÁ
USDÈ	"È
*
È
	÷0:Company 000091B91 rue de la R√©publiqueB
69001 LyonJdr-000091@example.com`
DR-000113-26	DR-000113DR-000113-INV-004"CRED-006(ﬁ™Ò£ô30rÈ	"reminder-1-emailh
DR-000121-12	DR-000121DR-000121-INV-005"CRED-008(ê´Ò£ô30Z'
DR-000121-PAY-5	ªÀ6EURÈ	 æ
DR-000147-13	DR-000147DR-000147-INV-007"CRED-004(¬´Ò£ô30R}
INV-000147-007	ûÏ,EURÈ	"È0:Company 000147B147 rue de la R√©publiqueB
69003 LyonJdr-000147@example.com%
day-2025-09-29(ò¨øô30≤	
È	_
DR-000026-15	DR-000026DR-000026-INV-003"CRED-003(Ä‡äÕô30rÈ	"courtesy-reminderb
DR-000049-24	DR-000049DR-000049-INV-005"CRED-006(≤‡äÕô30r!È	"reminder-4-warningh
DR-000065-29	DR-000065DR-000065-INV-003"CRED-002(‰‡äÕô30Z'
DR-000065-PAY-7	÷Ñ	EURÈ	 h
DR-000072-25	DR-000072DR-000072-INV-003"CRED-005(ñ·äÕô30Z'
DR-000072-PAY-8	ˆ°EURÈ	 `
DR-000085-23	DR-000085DR-000085-INV-003"CRED-008(»·äÕô30rÈ	"reminder-2-phoneh
DR-000087-24	DR-000087DR-000087-INV-004"CRED-004(˙·äÕô30Z'
DR-000087-PAY-7	ÅÚEURÈ	 g
DR-000127-27	DR-000127DR-000127-INV-005"CRED-008(¨‚äÕô30Z&
DR-000127-PAY-7õfEURÈ	 %
day-2025-09-30(ò®∆Ëô30≤	
È	a
DR-000016-20	DR-000016DR-000016-INV-003"CRED-010(Äò§ˆô30r È
"reminder-3-letter`
DR-000018-14	DR-000018DR-000018-INV-003"CRED-005(≤ò§ˆô30rÈ
"reminder-2-phoneh
DR-000018-15	DR-000018DR-000018-INV-003"CRED-005(‰ò§ˆô30Z'
DR-000018-PAY-3	∫ÎEURÈ
 h
DR-000025-26	DR-000025DR-000025-INV-005"CRED-009(ñô§ˆô30Z'
DR-000025-PAY-3	 üEURÈ
 `
DR-000064-25	DR-000064DR-000064-INV-005"CRED-007(»ô§ˆô30rÈ
"reminder-1-emailº
DR-000079-7	DR-000079DR-000079-INV-004"CRED-011(˙ô§ˆô30R|
INV-000079-004·uEURÈ
"È
0:Customer 000079B79 rue de la R√©publiqueB
69007 LyonJdr-000079@example.comä
DR-000113-27	DR-000113DR-000113-INV-004"CRED-006(¨ö§ˆô30ÇH
DR-000113-PLAN-27È

È
	åºiEUR
È	çºiEURæ
DR-000117-18	DR-000117DR-000117-INV-004"CRED-007(ﬁö§ˆô30R}
INV-000117-004·TUSDÈ
"È
0:Customer 000117B117 rue de la R√©publiqueB
69009 LyonJdr-000117@example.com_
DR-000124-16	DR-000124DR-000124-INV-003"CRED-011(êõ§ˆô30rÈ
"courtesy-reminderU
DR-000128-19	DR-000128"CRED-002(¬õ§ˆô30Z'
DR-000128-PAY-5	±´<EURÈ
 `
DR-000148-17	DR-000148DR-000148-INV-004"CRED-005(Ùõ§ˆô30rÈ
"reminder-1-email%
day-2025-10-01(ò‡ﬂëö30≤	
È
»
DR-000009-14	DR-000009DR-000009-INV-002"CRED-005(Ä–Ωüö30ÇÖ
DR-000009-PLAN-14È

È
±jEUR
È±jEUR
È±jEUR
Í±jEUR
Í¥jEURΩ
DR-000016-21	DR-000016DR-000016-INV-004"CRED-010(≤–Ωüö30R|
INV-000016-004	É÷EURÈ
"È0:Company 000016B16 rue de la R√©publiqueB
69007 LyonJdr-000016@example.com`
DR-000020-22	DR-000020DR-000020-INV-004"CRED-002(‰–Ωüö30rÈ
"reminder-2-phone_
DR-000047-6	DR-000047DR-000047-INV-003"CRED-005(ñ—Ωüö30rÈ
"reminder-1-email]
DR-000055-22	DR-000055DR-000055-INV-004"CRED-004(»—Ωüö30rÈ
"formal-noticeΩ
DR-000063-27	DR-000063DR-000063-INV-006"CRED-006(˙—Ωüö30R|
INV-000063-006	•ÿ;EURÈ
"È0:Company 000063B63 rue de la R√©publiqueB
69009 LyonJdr-000063@example.comZ
DR-000065-30	DR-000065DR-000065-INV-002"CRED-002(¨“Ωüö30™
È
uncollectableg
DR-000094-9	DR-000094DR-000094-INV-004"CRED-010(ﬁ“Ωüö30Z'
DR-000094-PAY-4	ŸÏEURÈ
 ø
DR-000109-20	DR-000109DR-000109-INV-004"CRED-011(ê”Ωüö30R~
INV-000109-004	ÍÁEURÈ
"È0:Customer 000109B109 rue de la R√©publiqueB
69001 LyonJdr-000109@example.com]
DR-000120-14	DR-000120DR-000120-INV-002"CRED-004(¬”Ωüö30rÈ
"formal-notice]
DR-000146-24	DR-000146DR-000146-INV-003"CRED-011(Ù”Ωüö30rÈ
"formal-notice%
day-2025-10-02(òò˘∫ö30≤	
È
_
DR-000006-17	DR-000006DR-000006-INV-003"CRED-002(Äà◊»ö30rÈ
"courtesy-reminder]
DR-000012-22	DR-000012DR-000012-INV-004"CRED-007(≤à◊»ö30rÈ
"formal-noticeΩ
DR-000025-27	DR-000025DR-000025-INV-006"CRED-009(‰à◊»ö30R|
INV-000025-006	™ágEURÈ
"È0:Company 000025B25 rue de la R√©publiqueB
69007 LyonJdr-000025@example.com_
DR-000038-20	DR-000038DR-000038-INV-004"CRED-012(ñâ◊»ö30rÈ
"courtesy-reminderh
DR-000049-25	DR-000049DR-000049-INV-005"CRED-006(»â◊»ö30Z'
DR-000049-PAY-5	ˇﬂ*EURÈ
 b
DR-000070-19	DR-000070DR-000070-INV-003"CRED-002(˙â◊»ö30r!È
"reminder-4-warning`
DR-000072-26	DR-000072DR-000072-INV-004"CRED-005(¨ä◊»ö30rÈ
"reminder-1-email`
DR-000082-13	DR-000082DR-000082-INV-003"CRED-002(ﬁä◊»ö30rÈ
"reminder-1-emaila
DR-000093-11	DR-000093DR-000093-INV-003"CRED-007(êã◊»ö30r È
"reminder-3-letterΩ
DR-000095-23	DR-000095DR-000095-INV-005"CRED-004(¬ã◊»ö30R|
INV-000095-005	»πEURÈ
"È0:Company 000095B95 rue de la R√©publiqueB
69005 LyonJdr-000095@example.comb
DR-000103-24	DR-000103DR-000103-INV-004"CRED-008(Ùã◊»ö30r!È
"reminder-4-warningZ
DR-000107-22	DR-000107DR-000107-INV-002"CRED-005(¶å◊»ö30™
È
uncollectable`
DR-000126-14	DR-000126DR-000126-INV-003"CRED-001(ÿå◊»ö30rÈ
"reminder-1-emailJ
DR-000138-11	DR-000138"CRED-010(äç◊»ö30b
DR-000138-PAY-4È
^
DR-000139-9	DR-000139DR-000139-INV-003"CRED-006(ºç◊»ö30rÈ
"courtesy-reminder%
day-2025-10-03(ò–í‰ö30≤	
È
`
DR-000008-28	DR-000008DR-000008-INV-004"CRED-008(Ä¿Òö30rÈ
"reminder-2-phone`
DR-000046-19	DR-000046DR-000046-INV-003"CRED-010(≤¿Òö30rÈ
"reminder-2-phone»
DR-000054-20	DR-000054DR-000054-INV-003"CRED-005(‰¿Òö30ÇÖ
DR-000054-PLAN-20È

È
πEUR
ÈπEUR
ÈπEUR
ÍπEUR
ÍπEURΩ
DR-000065-31	DR-000065DR-000065-INV-005"CRED-002(ñ¡Òö30R|
INV-000065-005	ŒåEURÈ
"È0:Company 000065B65 rue de la R√©publiqueB
69002 LyonJdr-000065@example.com_
DR-000098-24	DR-000098DR-000098-INV-004"CRED-009(»¡Òö30rÈ
"courtesy-remindera
DR-000107-23	DR-000107DR-000107-INV-003"CRED-005(˙¡Òö30r È
"reminder-3-letter`
DR-000135-18	DR-000135DR-000135-INV-003"CRED-008(¨¬Òö30rÈ
"reminder-1-email`
DR-000138-12	DR-000138DR-000138-INV-004"CRED-010(ﬁ¬Òö30rÈ
"reminder-1-email%
day-2025-10-04(òà¨çõ30≤	
È
i
DR-000016-22	DR-000016DR-000016-INV-003"CRED-010(Ä¯âõõ30Z(
DR-000016-PAY-6
√ìÙEURÈ
 g
DR-000033-17	DR-000033DR-000033-INV-003"CRED-007(≤¯âõõ30Z&
DR-000033-PAY-4õxEURÈ
 Ω
DR-000044-24	DR-000044DR-000044-INV-005"CRED-004(‰¯âõõ30R|
INV-000044-005	Ì∆EURÈ
"È0:Company 000044B44 rue de la R√©publiqueB
69008 LyonJdr-000044@example.com`
DR-000045-35	DR-000045DR-000045-INV-006"CRED-007(ñ˘âõõ30ä
goods not deliveredÈ
g
DR-000047-7	DR-000047DR-000047-INV-003"CRED-005(»˘âõõ30Z'
DR-000047-PAY-3	π•EURÈ
 `
DR-000069-28	DR-000069DR-000069-INV-004"CRED-006(˙˘âõõ30rÈ
"reminder-1-emailΩ
DR-000084-5	DR-000084DR-000084-INV-003"CRED-011(¨˙âõõ30R}
INV-000084-003	¡‡	EURÈ
"È0:Customer 000084B84 rue de la R√©publiqueB
69003 LyonJdr-000084@example.comh
DR-000085-24	DR-000085DR-000085-INV-003"CRED-008(ﬁ˙âõõ30Z'
DR-000085-PAY-6	´êEURÈ
 a
DR-000129-20	DR-000129DR-000129-INV-004"CRED-009(ê˚âõõ30r È
"reminder-3-letter`
DR-000143-18	DR-000143DR-000143-INV-003"CRED-004(¬˚âõõ30rÈ
"reminder-1-email%
day-2025-10-05(ò¿≈∂õ30≤	
È
`
DR-000003-19	DR-000003DR-000003-INV-004"CRED-005(Ä∞£ƒõ30rÈ
"reminder-1-email`
DR-000028-28	DR-000028DR-000028-INV-005"CRED-006(≤∞£ƒõ30rÈ
"reminder-2-phoneº
DR-000029-8	DR-000029DR-000029-INV-004"CRED-012(‰∞£ƒõ30R|
INV-000029-004	∫ªEURÈ
"È0:Company 000029B29 rue de la R√©publiqueB
69002 LyonJdr-000029@example.comΩ
DR-000144-8	DR-000144DR-000144-INV-004"CRED-007(ñ±£ƒõ30R}
INV-000144-004	ÔÖiEURÈ
"È0:Company 000144B144 rue de la R√©publiqueB
69009 LyonJdr-000144@example.comh
DR-000146-25	DR-000146DR-000146-INV-004"CRED-011(»±£ƒõ30Z'
DR-000146-PAY-5	»ÒEURÈ
 %
day-2025-10-06(ò¯ﬁﬂõ30≤	
È
g
DR-000054-21	DR-000054DR-000054-INV-002"CRED-012(ÄËºÌõ30Z&
DR-000054-PAY-4ËEURÈ
 b
DR-000064-26	DR-000064DR-000064-INV-004"CRED-006(≤ËºÌõ30r!È
"reminder-4-warnings
DR-000074-28	DR-000074DR-000074-INV-004"CRED-001(‰ËºÌõ30ä1
billing error on some lines	Û«EURÈ
a
DR-000085-25	DR-000085DR-000085-INV-003"CRED-008(ñÈºÌõ30r È
"reminder-3-letterh
DR-000093-12	DR-000093DR-000093-INV-003"CRED-007(»ÈºÌõ30Z'
DR-000093-PAY-3	ˇÙEURÈ
 ]
DR-000099-21	DR-000099DR-000099-INV-003"CRED-009(˙ÈºÌõ30rÈ
"formal-notice%
day-2025-10-07(ò∞¯àú30≤	
È
Ω
DR-000001-14	DR-000001DR-000001-INV-003"CRED-010(Ä†÷ñú30R|
INV-000001-003	‹ÈEURÈ
"È0:Customer 000001B1 rue de la R√©publiqueB
69001 LyonJdr-000001@example.coma
DR-000018-16	DR-000018DR-000018-INV-003"CRED-005(≤†÷ñú30r È
"reminder-3-letterh
DR-000020-23	DR-000020DR-000020-INV-004"CRED-002(‰†÷ñú30Z'
DR-000020-PAY-6	»ãEURÈ
 æ
DR-000027-17	DR-000027DR-000027-INV-004"CRED-009(ñ°÷ñú30R}
INV-000027-004	é∆EURÈ
"È0:Customer 000027B27 rue de la R√©publiqueB
69009 LyonJdr-000027@example.com`
DR-000064-27	DR-000064DR-000064-INV-005"CRED-007(»°÷ñú30rÈ
"reminder-2-phoneæ
DR-000106-10	DR-000106DR-000106-INV-005"CRED-010(˙°÷ñú30R}
INV-000106-005	õ›<EURÈ
"È0:Company 000106B106 rue de la R√©publiqueB
69007 LyonJdr-000106@example.com`
DR-000131-26	DR-000131DR-000131-INV-005"CRED-003(¨¢÷ñú30rÈ
"reminder-1-email`
DR-000148-18	DR-000148DR-000148-INV-004"CRED-005(ﬁ¢÷ñú30rÈ
"reminder-2-phone%
day-2025-10-08(òËë≤ú30≤	
È
Ω
DR-000012-23	DR-000012DR-000012-INV-006"CRED-007(ÄÿÔøú30R|
INV-000012-006	ÕáEURÈ
	"È0:Company 000012B12 rue de la R√©publiqueB
69003 LyonJdr-000012@example.comg
DR-000060-28	DR-000060DR-000060-INV-003"CRED-008(≤ÿÔøú30Z&
DR-000060-PAY-7ÂEURÈ
	 `
DR-000062-10	DR-000062DR-000062-INV-003"CRED-010(‰ÿÔøú30rÈ
	"reminder-1-emailh
DR-000066-12	DR-000066DR-000066-INV-005"CRED-007(ñŸÔøú30Z'
DR-000066-PAY-5	±ÅEURÈ
	 `
DR-000138-13	DR-000138DR-000138-INV-004"CRED-010(»ŸÔøú30rÈ
	"reminder-2-phone%
day-2025-10-09(ò†´€ú30≤	
È
	`
DR-000026-16	DR-000026DR-000026-INV-003"CRED-003(ÄêâÈú30rÈ

"reminder-1-emailΩ
DR-000030-12	DR-000030DR-000030-INV-006"CRED-011(≤êâÈú30R|
INV-000030-006	€§EURÈ

"È	0:Company 000030B30 rue de la R√©publiqueB
69003 LyonJdr-000030@example.com_
DR-000037-21	DR-000037DR-000037-INV-003"CRED-004(‰êâÈú30rÈ

"courtesy-reminderg
DR-000045-36	DR-000045DR-000045-INV-004"CRED-003(ñëâÈú30Z&
DR-000045-PAY-4‘8EURÈ

 Ω
DR-000057-32	DR-000057DR-000057-INV-006"CRED-005(»ëâÈú30R|
INV-000057-006	Ä…{EURÈ

"È0:Company 000057B57 rue de la R√©publiqueB
69003 LyonJdr-000057@example.comΩ
DR-000070-20	DR-000070DR-000070-INV-004"CRED-002(˙ëâÈú30R|
INV-000070-004	ƒ¸EURÈ

"È	0:Company 000070B70 rue de la R√©publiqueB
69007 LyonJdr-000070@example.com`
DR-000072-27	DR-000072DR-000072-INV-004"CRED-005(¨íâÈú30rÈ

"reminder-2-phone`
DR-000082-14	DR-000082DR-000082-INV-003"CRED-002(ﬁíâÈú30rÈ

"reminder-2-phone`
DR-000126-15	DR-000126DR-000126-INV-003"CRED-001(êìâÈú30rÈ

"reminder-2-phoneh
DR-000134-11	DR-000134DR-000134-INV-004"CRED-002(¬ìâÈú30Z'
DR-000134-PAY-4	†≤EURÈ

 %
day-2025-10-10(òÿƒÑù30≤	
È

º
DR-000004-30	DR-000004DR-000004-INV-005"CRED-001(Ä»¢íù30R{
INV-000004-005	◊Ï4EURÈ
"È
0:Company 000004B4 rue de la R√©publiqueB
69004 LyonJdr-000004@example.coma
DR-000008-29	DR-000008DR-000008-INV-004"CRED-008(≤»¢íù30r È
"reminder-3-letterX
DR-000019-27	DR-000019DR-000019-INV-004"CRED-007(‰»¢íù30í	¿•USDÈ
Ω
DR-000023-18	DR-000023DR-000023-INV-004"CRED-002(ñ…¢íù30R|
INV-000023-004	˘ô5EURÈ
"È0:Company 000023B23 rue de la R√©publiqueB
69005 LyonJdr-000023@example.comX
DR-000025-28	DR-000025DR-000025-INV-004"CRED-009(»…¢íù30í	˘√EURÈ
g
DR-000036-21	DR-000036DR-000036-INV-002"CRED-012(˙…¢íù30Z&
DR-000036-PAY-7Í+EURÈ
 h
DR-000044-25	DR-000044DR-000044-INV-003"CRED-004(¨ ¢íù30Z'
DR-000044-PAY-6	ò€EURÈ
 a
DR-000046-20	DR-000046DR-000046-INV-003"CRED-010(ﬁ ¢íù30r È
"reminder-3-letterU
DR-000070-21	DR-000070"CRED-002(êÀ¢íù30Z'
DR-000070-PAY-3	´ö#EURÈ
 Ω
DR-000075-25	DR-000075DR-000075-INV-005"CRED-010(¬À¢íù30R|
INV-000075-005	ƒ˙EURÈ
"È
0:Company 000075B75 rue de la R√©publiqueB
69003 LyonJdr-000075@example.comg
DR-000109-21	DR-000109DR-000109-INV-003"CRED-011(ÙÀ¢íù30Z&
DR-000109-PAY-3ÇnEURÈ
 _
DR-000114-11	DR-000114DR-000114-INV-005"CRED-003(¶Ã¢íù30rÈ
"courtesy-reminder`
DR-000124-17	DR-000124DR-000124-INV-003"CRED-011(ÿÃ¢íù30rÈ
"reminder-1-email`
DR-000135-19	DR-000135DR-000135-INV-003"CRED-008(äÕ¢íù30rÈ
"reminder-2-phone]
DR-000135-20	DR-000135DR-000135-INV-003"CRED-008(ºÕ¢íù30z
îYEURÈ
È
ø
DR-000145-21	DR-000145DR-000145-INV-003"CRED-012(ÓÕ¢íù30R~
INV-000145-003	¨”EURÈ
"È
0:Customer 000145B145 rue de la R√©publiqueB
69001 LyonJdr-000145@example.com%
day-2025-10-11(òêﬁ≠ù30≤	
È
`
DR-000019-28	DR-000019DR-000019-INV-004"CRED-007(ÄÄºªù30rÈ
"reminder-2-phone`
DR-000025-29	DR-000025DR-000025-INV-004"CRED-009(≤Äºªù30rÈ
"reminder-2-phone`
DR-000069-29	DR-000069DR-000069-INV-004"CRED-006(‰Äºªù30rÈ
"reminder-2-phoneÕ
DR-000071-20	DR-000071DR-000071-INV-006"CRED-002(ñÅºªù30Rã
INV-000071-006	ﬂÇUEURÈ
"È*
È
”Ÿ0:Company 000071B71 rue de la R√©publiqueB
69008 LyonJdr-000071@example.comV
DR-000105-10	DR-000105"CRED-010(»Åºªù30Z(
DR-000105-PAY-4
Ñë˛EURÈ
 i
DR-000113-28	DR-000113DR-000113-INV-004"CRED-006(˙Åºªù30Z(
DR-000113-PAY-14	åºiEURÈ
 h
DR-000143-19	DR-000143DR-000143-INV-002"CRED-004(¨Çºªù30Z'
DR-000143-PAY-2	â“USDÈ
 `
DR-000143-20	DR-000143DR-000143-INV-003"CRED-004(ﬁÇºªù30rÈ
"reminder-2-phoneS
DR-000146-26	DR-000146DR-000146-INV-003"CRED-011(êÉºªù30ö
AGY-03È
%
day-2025-10-12(ò»˜÷ù30≤	
È
`
DR-000003-20	DR-000003DR-000003-INV-004"CRED-005(Ä∏’‰ù30rÈ
"reminder-2-phone`
DR-000006-18	DR-000006DR-000006-INV-003"CRED-002(≤∏’‰ù30rÈ
"reminder-1-emaila
DR-000019-29	DR-000019DR-000019-INV-004"CRED-007(‰∏’‰ù30r È
"reminder-3-letterΩ
DR-000021-12	DR-000021DR-000021-INV-005"CRED-009(ñπ’‰ù30R|
INV-000021-005	Ïî#EURÈ
"È0:Company 000021B21 rue de la R√©publiqueB
69003 LyonJdr-000021@example.coma
DR-000025-30	DR-000025DR-000025-INV-004"CRED-009(»π’‰ù30r È
"reminder-3-lettera
DR-000028-29	DR-000028DR-000028-INV-005"CRED-006(˙π’‰ù30r È
"reminder-3-letter`
DR-000038-21	DR-000038DR-000038-INV-004"CRED-012(¨∫’‰ù30rÈ
"reminder-1-emailh
DR-000038-22	DR-000038DR-000038-INV-004"CRED-012(ﬁ∫’‰ù30Z'
DR-000038-PAY-4	ı„EURÈ
 Ω
DR-000041-20	DR-000041DR-000041-INV-006"CRED-004(êª’‰ù30R|
INV-000041-006	≥∞EURÈ
"È0:Company 000041B41 rue de la R√©publiqueB
69005 LyonJdr-000041@example.com`
DR-000044-26	DR-000044DR-000044-INV-004"CRED-004(¬ª’‰ù30rÈ
"reminder-1-emailh
DR-000052-15	DR-000052DR-000052-INV-002"CRED-008(Ùª’‰ù30Z'
DR-000052-PAY-2	ÀÉEURÈ
 `
DR-000063-28	DR-000063DR-000063-INV-005"CRED-006(¶º’‰ù30rÈ
"reminder-1-emailΩ
DR-000068-6	DR-000068DR-000068-INV-003"CRED-001(ÿº’‰ù30R}
INV-000068-003	ìÿEURÈ
"È0:Customer 000068B68 rue de la R√©publiqueB
69005 LyonJdr-000068@example.comb
DR-000107-24	DR-000107DR-000107-INV-003"CRED-005(äΩ’‰ù30r!È
"reminder-4-warningg
DR-000124-18	DR-000124DR-000124-INV-003"CRED-011(ºΩ’‰ù30Z&
DR-000124-PAY-2ú{USDÈ
 `
DR-000139-10	DR-000139DR-000139-INV-003"CRED-006(ÓΩ’‰ù30rÈ
"reminder-1-email%
day-2025-10-13(òÄëÄû30≤	
È
b
DR-000019-30	DR-000019DR-000019-INV-004"CRED-007(ÄÓçû30r!È
"reminder-4-warningb
DR-000025-31	DR-000025DR-000025-INV-004"CRED-009(≤Óçû30r!È
"reminder-4-warningΩ
DR-000085-26	DR-000085DR-000085-INV-004"CRED-008(‰Óçû30R|
INV-000085-004	æ‚EURÈ
"È0:Company 000085B85 rue de la R√©publiqueB
69004 LyonJdr-000085@example.comΩ
DR-000094-10	DR-000094DR-000094-INV-005"CRED-010(ñÒÓçû30R|
INV-000094-005	Ò‰EURÈ
"È0:Company 000094B94 rue de la R√©publiqueB
69004 LyonJdr-000094@example.com`
DR-000098-25	DR-000098DR-000098-INV-004"CRED-009(»ÒÓçû30rÈ
"reminder-1-emailZ
DR-000099-22	DR-000099DR-000099-INV-001"CRED-009(˙ÒÓçû30™
È
uncollectableb
DR-000129-21	DR-000129DR-000129-INV-004"CRED-009(¨ÚÓçû30r!È
"reminder-4-warning%
day-2025-10-14(ò∏™©û30≤	
È
Z
DR-000006-19	DR-000006DR-000006-INV-002"CRED-002(Ä®à∑û30™
È
uncollectable`
DR-000010-14	DR-000010DR-000010-INV-004"CRED-007(≤®à∑û30rÈ
"reminder-1-emailc
DR-000029-9	DR-000029DR-000029-INV-004"CRED-012(‰®à∑û30j#
DR-000029-CN-9±KEURÈ
J
DR-000033-18	DR-000033"CRED-007(ñ©à∑û30b
DR-000033-PAY-4È
a
DR-000064-28	DR-000064DR-000064-INV-005"CRED-007(»©à∑û30r È
"reminder-3-letter`
DR-000131-27	DR-000131DR-000131-INV-005"CRED-003(˙©à∑û30rÈ
"reminder-2-phone^
DR-000131-28	DR-000131DR-000131-INV-005"CRED-003(¨™à∑û30z
	˚ëuEURÈ
È
a
DR-000148-19	DR-000148DR-000148-INV-004"CRED-005(ﬁ™à∑û30r È
"reminder-3-letter%
day-2025-10-15(ò√“û30≤	
È
`
DR-000033-19	DR-000033DR-000033-INV-003"CRED-007(Ä‡°‡û30rÈ
"reminder-1-emaili
DR-000055-23	DR-000055DR-000055-INV-004"CRED-004(≤‡°‡û30Z(
DR-000055-PAY-4
í›éEURÈ
 `
DR-000062-11	DR-000062DR-000062-INV-003"CRED-010(‰‡°‡û30rÈ
"reminder-2-phone^
DR-000081-9	DR-000081DR-000081-INV-004"CRED-012(ñ·°‡û30rÈ
"courtesy-reminderb
DR-000085-27	DR-000085DR-000085-INV-003"CRED-008(»·°‡û30r!È
"reminder-4-warningæ
DR-000111-9	DR-000111DR-000111-INV-005"CRED-005(˙·°‡û30R~
INV-000111-005
—ø∏EURÈ
"È0:Company 000111B111 rue de la R√©publiqueB
69003 LyonJdr-000111@example.comi
DR-000113-29	DR-000113DR-000113-INV-003"CRED-006(¨‚°‡û30Z(
DR-000113-PAY-15	ˇ§EURÈ
 a
DR-000138-14	DR-000138DR-000138-INV-004"CRED-010(ﬁ‚°‡û30r È
"reminder-3-letterh
DR-000138-15	DR-000138DR-000138-INV-004"CRED-010(ê„°‡û30Z'
DR-000138-PAY-5	ΩœEURÈ
 _
DR-000150-27	DR-000150DR-000150-INV-006"CRED-004(¬„°‡û30rÈ
"courtesy-reminder%
day-2025-10-16(ò®›˚û30≤	
È
`
DR-000003-21	DR-000003DR-000003-INV-004"CRED-005(Äòªâü30ä
goods not deliveredÈ
h
DR-000007-10	DR-000007DR-000007-INV-004"CRED-005(≤òªâü30Z'
DR-000007-PAY-3	∫üEURÈ
 Ω
DR-000009-15	DR-000009DR-000009-INV-003"CRED-005(‰òªâü30R|
INV-000009-003	„ÄEURÈ
"È0:Customer 000009B9 rue de la R√©publiqueB
69009 LyonJdr-000009@example.comb
DR-000018-17	DR-000018DR-000018-INV-003"CRED-005(ñôªâü30r!È
"reminder-4-warning`
DR-000026-17	DR-000026DR-000026-INV-003"CRED-003(»ôªâü30rÈ
"reminder-2-phoner
DR-000037-22	DR-000037DR-000037-INV-003"CRED-004(˙ôªâü30ä0
billing error on some lines˛eEURÈ
a
DR-000072-28	DR-000072DR-000072-INV-004"CRED-005(¨öªâü30r È
"reminder-3-lettera
DR-000082-15	DR-000082DR-000082-INV-003"CRED-002(ﬁöªâü30r È
"reminder-3-letterg
DR-000110-7	DR-000110DR-000110-INV-003"CRED-011(êõªâü30Z'
DR-000110-PAY-3	î—EURÈ
 Œ
DR-000114-12	DR-000114DR-000114-INV-006"CRED-011(¬õªâü30Rå
INV-000114-006	ŒÌZEURÈ
"È*
È
ÀË0:Company 000114B114 rue de la R√©publiqueB
69006 LyonJdr-000114@example.coma
DR-000126-16	DR-000126DR-000126-INV-003"CRED-001(Ùõªâü30r È
"reminder-3-letterh
DR-000126-17	DR-000126DR-000126-INV-003"CRED-001(¶úªâü30Z'
DR-000126-PAY-5	∞í	GBPÈ
 %
day-2025-10-17(ò‡ˆ§ü30≤	
È
v
DR-000018-18	DR-000018DR-000018-INV-003"CRED-005(Ä–‘≤ü30™4
È
)small balance left after partial payments`
DR-000022-23	DR-000022DR-000022-INV-004"CRED-006(≤–‘≤ü30rÈ
"reminder-1-email`
DR-000033-20	DR-000033DR-000033-INV-003"CRED-007(‰–‘≤ü30rÈ
"reminder-2-phoneΩ
DR-000035-15	DR-000035DR-000035-INV-004"CRED-006(ñ—‘≤ü30R|
INV-000035-004¿3EURÈ
"È0:Customer 000035B35 rue de la R√©publiqueB
69008 LyonJdr-000035@example.comW
DR-000053-10	DR-000053DR-000053-INV-003"CRED-009(»—‘≤ü30íÈHEURÈ
i
DR-000081-10	DR-000081DR-000081-INV-004"CRED-012(˙—‘≤ü30Z(
DR-000081-PAY-4
÷„íEURÈ
 h
DR-000085-28	DR-000085DR-000085-INV-003"CRED-008(¨“‘≤ü30Z'
DR-000085-PAY-7	ﬁ»EURÈ
 `
DR-000086-19	DR-000086DR-000086-INV-003"CRED-010(ﬁ“‘≤ü30rÈ
"reminder-1-email`
DR-000095-24	DR-000095DR-000095-INV-004"CRED-010(ê”‘≤ü30rÈ
"reminder-1-email]
DR-000103-25	DR-000103DR-000103-INV-004"CRED-008(¬”‘≤ü30rÈ
"formal-noticeΩ
DR-000136-7	DR-000136DR-000136-INV-003"CRED-009(Ù”‘≤ü30R}
INV-000136-003Ÿ<USDÈ
"È0:Customer 000136B136 rue de la R√©publiqueB
69001 LyonJdr-000136@example.comi
DR-000150-28	DR-000150DR-000150-INV-006"CRED-004(¶‘‘≤ü30Z(
DR-000150-PAY-5
Äç¶EURÈ
 %
day-2025-10-18(òòêŒü30≤	
È
g
DR-000009-16	DR-000009DR-000009-INV-002"CRED-005(ÄàÓ€ü30Z&
DR-000009-PAY-4±jEURÈ
 Ω
DR-000010-15	DR-000010DR-000010-INV-005"CRED-007(≤àÓ€ü30R|
INV-000010-005	ò±GBPÈ
"È0:Company 000010B10 rue de la R√©publiqueB
69001 LyonJdr-000010@example.comg
DR-000022-24	DR-000022DR-000022-INV-003"CRED-006(‰àÓ€ü30Z&
DR-000022-PAY-5ÃaEURÈ
 a
DR-000053-11	DR-000053DR-000053-INV-003"CRED-009(ñâÓ€ü30r È
"reminder-3-letterS
DR-000058-25	DR-000058DR-000058-INV-003"CRED-001(»âÓ€ü30ö
AGY-01È
`
DR-000067-13	DR-000067DR-000067-INV-003"CRED-002(˙âÓ€ü30rÈ
"reminder-1-emailg
DR-000067-14	DR-000067DR-000067-INV-003"CRED-002(¨äÓ€ü30Z&
DR-000067-PAY-3∆;EURÈ
 a
DR-000069-30	DR-000069DR-000069-INV-004"CRED-006(ﬁäÓ€ü30r È
"reminder-3-letter„
DR-000072-29	DR-000072DR-000072-INV-004"CRED-005(êãÓ€ü30Ç†
DR-000072-PLAN-29È

È	Ò∏EUR
È	Ò∏EUR
Í	Ò∏EUR
Í	Ò∏EUR
Í	Ò∏EUR
Í	ı∏EUR_
DR-000119-14	DR-000119DR-000119-INV-004"CRED-009(¬ãÓ€ü30rÈ
"courtesy-reminderæ
DR-000137-20	DR-000137DR-000137-INV-004"CRED-005(ÙãÓ€ü30R}
INV-000137-004èPEURÈ
"È0:Customer 000137B137 rue de la R√©publiqueB
69002 LyonJdr-000137@example.com\
DR-000137-21	DR-000137DR-000137-INV-003"CRED-005(¶åÓ€ü30¢È
RG-000137-003a
DR-000143-21	DR-000143DR-000143-INV-003"CRED-004(ÿåÓ€ü30r È
"reminder-3-letter%
day-2025-10-19(ò–©˜ü30≤	
È
`
DR-000006-20	DR-000006DR-000006-INV-003"CRED-002(Ä¿áÖ†30rÈ
"reminder-2-phoneb
DR-000008-30	DR-000008DR-000008-INV-004"CRED-008(≤¿áÖ†30r!È
"reminder-4-warning`
DR-000011-20	DR-000011DR-000011-INV-003"CRED-001(‰¿áÖ†30rÈ
"reminder-1-email]
DR-000025-32	DR-000025DR-000025-INV-004"CRED-009(ñ¡áÖ†30rÈ
"formal-noticef
DR-000030-13	DR-000030DR-000030-INV-006"CRED-011(»¡áÖ†30j%
DR-000030-CN-13	ÙãEURÈ
`
DR-000044-27	DR-000044DR-000044-INV-004"CRED-004(˙¡áÖ†30rÈ
"reminder-2-phoneM
DR-000045-37	DR-000045DR-000045-INV-006"CRED-007(¨¬áÖ†30íÈ
b
DR-000046-21	DR-000046DR-000046-INV-003"CRED-010(ﬁ¬áÖ†30r!È
"reminder-4-warningb
DR-000053-12	DR-000053DR-000053-INV-003"CRED-009(ê√áÖ†30r!È
"reminder-4-warning`
DR-000063-29	DR-000063DR-000063-INV-005"CRED-006(¬√áÖ†30rÈ
"reminder-2-phone^
DR-000063-30	DR-000063DR-000063-INV-005"CRED-006(Ù√áÖ†30z
	®œ4EURÈÈ
h
DR-000114-13	DR-000114DR-000114-INV-005"CRED-003(¶ƒáÖ†30Z'
DR-000114-PAY-5	ı…EURÈ
 h
DR-000114-14	DR-000114DR-000114-INV-006"CRED-011(ÿƒáÖ†30Z'
DR-000114-PAY-6	ÉÖYEURÈ
 Ω
DR-000116-7	DR-000116DR-000116-INV-004"CRED-001(ä≈áÖ†30R}
INV-000116-004	õ3EURÈ
"È0:Company 000116B116 rue de la R√©publiqueB
69008 LyonJdr-000116@example.comø
DR-000124-19	DR-000124DR-000124-INV-004"CRED-009(º≈áÖ†30R~
INV-000124-004	ÒºCHFÈ
"È0:Customer 000124B124 rue de la R√©publiqueB
69007 LyonJdr-000124@example.com`
DR-000129-22	DR-000129DR-000129-INV-005"CRED-009(Ó≈áÖ†30rÈ
"reminder-1-email`
DR-000139-11	DR-000139DR-000139-INV-003"CRED-006(†∆áÖ†30rÈ
"reminder-2-phone`
DR-000143-22	DR-000143DR-000143-INV-004"CRED-004(“∆áÖ†30rÈ
"reminder-1-email%
day-2025-10-20(òà√††30≤	
È
Ω
DR-000022-25	DR-000022DR-000022-INV-005"CRED-006(Ä¯†Æ†30R|
INV-000022-005	Ø£EURÈ
"È0:Company 000022B22 rue de la R√©publiqueB
69004 LyonJdr-000022@example.com]
DR-000053-13	DR-000053DR-000053-INV-003"CRED-009(≤¯†Æ†30rÈ
"formal-noticeΩ
DR-000055-24	DR-000055DR-000055-INV-005"CRED-004(‰¯†Æ†30R|
INV-000055-005	àÇ%EURÈ
"È0:Company 000055B55 rue de la R√©publiqueB
69001 LyonJdr-000055@example.com`
DR-000058-26	DR-000058DR-000058-INV-004"CRED-001(ñ˘†Æ†30rÈ
"reminder-1-email_
DR-000080-18	DR-000080DR-000080-INV-005"CRED-012(»˘†Æ†30rÈ
"courtesy-reminder`
DR-000098-26	DR-000098DR-000098-INV-004"CRED-009(˙˘†Æ†30rÈ
"reminder-2-phoneΩ
DR-000099-23	DR-000099DR-000099-INV-004"CRED-009(¨˙†Æ†30R|
INV-000099-004	¨áEURÈ
"È0:Company 000099B99 rue de la R√©publiqueB
69009 LyonJdr-000099@example.comh
DR-000148-20	DR-000148DR-000148-INV-002"CRED-005(ﬁ˙†Æ†30Z'
DR-000148-PAY-7	∆˘EURÈ
 %
day-2025-10-21(ò¿‹…†30≤	
È
Ω
DR-000006-21	DR-000006DR-000006-INV-004"CRED-002(Ä∞∫◊†30R|
INV-000006-004	©ÅEURÈ
"È0:Customer 000006B6 rue de la R√©publiqueB
69006 LyonJdr-000006@example.com`
DR-000010-16	DR-000010DR-000010-INV-004"CRED-007(≤∞∫◊†30rÈ
"reminder-2-phone^
DR-000010-17	DR-000010DR-000010-INV-004"CRED-007(‰∞∫◊†30z
	ÂûGBPÈÈ
º
DR-000020-24	DR-000020DR-000020-INV-005"CRED-002(ñ±∫◊†30R{
INV-000020-005Ø4EURÈ
"È0:Company 000020B20 rue de la R√©publiqueB
69002 LyonJdr-000020@example.comb
DR-000028-30	DR-000028DR-000028-INV-005"CRED-006(»±∫◊†30r!È
"reminder-4-warningΩ
DR-000031-10	DR-000031DR-000031-INV-006"CRED-012(˙±∫◊†30R|
INV-000031-006	¥ìEURÈ
"È0:Company 000031B31 rue de la R√©publiqueB
69004 LyonJdr-000031@example.comg
DR-000054-22	DR-000054DR-000054-INV-003"CRED-005(¨≤∫◊†30Z&
DR-000054-PAY-5πEURÈ
 ]
DR-000064-29	DR-000064DR-000064-INV-004"CRED-006(ﬁ≤∫◊†30rÈ
"formal-notice∂
DR-000069-31	DR-000069DR-000069-INV-004"CRED-006(ê≥∫◊†30Çt
DR-000069-PLAN-31È

È	Í·EUR
È	Í·EUR
Í	Í·EUR
Í	Í·EURU
DR-000097-14	DR-000097"CRED-011(¬≥∫◊†30Z'
DR-000097-PAY-4	ú‰EURÈ
 Ω
DR-000102-9	DR-000102DR-000102-INV-005"CRED-011(Ù≥∫◊†30R}
INV-000102-005	ﬁõ_EURÈ
"È0:Company 000102B102 rue de la R√©publiqueB
69003 LyonJdr-000102@example.comg
DR-000135-21	DR-000135DR-000135-INV-003"CRED-008(¶¥∫◊†30Z&
DR-000135-PAY-4îYEURÈ
 %
day-2025-10-22(ò¯ıÚ†30≤	
È
_
DR-000012-24	DR-000012DR-000012-INV-005"CRED-007(ÄË”Ä°30rÈ
"courtesy-reminderÕ
DR-000024-18	DR-000024DR-000024-INV-005"CRED-002(≤Ë”Ä°30Rã
INV-000024-005	 ÊRUSDÈ
"È*
È¸”0:Company 000024B24 rue de la R√©publiqueB
69006 LyonJdr-000024@example.comh
DR-000046-22	DR-000046DR-000046-INV-003"CRED-010(‰Ë”Ä°30Z'
DR-000046-PAY-5	„ŸUSDÈ
 a
DR-000062-12	DR-000062DR-000062-INV-003"CRED-010(ñÈ”Ä°30r È
"reminder-3-letterø
DR-000118-14	DR-000118DR-000118-INV-006"CRED-002(»È”Ä°30R~
INV-000118-006
˝æ∞EURÈ
"È0:Company 000118B118 rue de la R√©publiqueB
69001 LyonJdr-000118@example.coma
DR-000135-22	DR-000135DR-000135-INV-003"CRED-008(˙È”Ä°30r È
"reminder-3-letter%
day-2025-10-23(ò∞èú°30≤	
È
`
DR-000005-13	DR-000005DR-000005-INV-003"CRED-007(Ä†Ì©°30rÈ
"reminder-1-email»
DR-000011-21	DR-000011DR-000011-INV-003"CRED-001(≤†Ì©°30ÇÖ
DR-000011-PLAN-21È

ÈáEUR
ÈáEUR
ÍáEUR
ÍáEUR
ÍáEURa
DR-000026-18	DR-000026DR-000026-INV-003"CRED-003(‰†Ì©°30r È
"reminder-3-letterh
DR-000029-10	DR-000029DR-000029-INV-004"CRED-012(ñ°Ì©°30Z'
DR-000029-PAY-4	âEURÈ
 _
DR-000030-14	DR-000030DR-000030-INV-005"CRED-011(»°Ì©°30rÈ
"courtesy-remindere
DR-000035-16	DR-000035DR-000035-INV-004"CRED-006(˙°Ì©°30j$
DR-000035-CN-16ìEURÈ
æ
DR-000050-29	DR-000050DR-000050-INV-005"CRED-010(¨¢Ì©°30R}
INV-000050-005	¡ôEURÈ
"È0:Customer 000050B50 rue de la R√©publiqueB
69005 LyonJdr-000050@example.comb
DR-000064-30	DR-000064DR-000064-INV-005"CRED-007(ﬁ¢Ì©°30r!È
"reminder-4-warningh
DR-000080-19	DR-000080DR-000080-INV-005"CRED-012(ê£Ì©°30Z'
DR-000080-PAY-5	í¨XEURÈ
 h
DR-000086-20	DR-000086DR-000086-INV-003"CRED-010(¬£Ì©°30Z'
DR-000086-PAY-4	‚ù	EURÈ
 Ω
DR-000088-8	DR-000088DR-000088-INV-004"CRED-010(Ù£Ì©°30R}
INV-000088-004	ﬁèEURÈ
"È0:Customer 000088B88 rue de la R√©publiqueB
69007 LyonJdr-000088@example.comÕ
DR-000104-14	DR-000104DR-000104-INV-006"CRED-003(¶§Ì©°30Rã
INV-000104-006	ÃÁEURÈ
"È*
È‡	0:Company 000104B104 rue de la R√©publiqueB
69005 LyonJdr-000104@example.comø
DR-000123-26	DR-000123DR-000123-INV-005"CRED-001(ÿ§Ì©°30R~
INV-000123-005	ÉëEURÈ
"È0:Customer 000123B123 rue de la R√©publiqueB
69006 LyonJdr-000123@example.comh
DR-000131-29	DR-000131DR-000131-INV-005"CRED-003(ä•Ì©°30Z'
DR-000131-PAY-6	˚ëuEURÈ
 b
DR-000148-21	DR-000148DR-000148-INV-004"CRED-005(º•Ì©°30r!È
"reminder-4-warning»
DR-000011-21	DR-000011DR-000011-INV-003"CRED-001(≤†Ì©°30ÇÖ
DR-000011-PLAN-21È

ÈáEUR
ÈáEUR
ÍáEUR
ÍáEUR
ÍáEUR%
day-2025-10-24(òË®≈°30≤	
È
`
DR-000022-26	DR-000022DR-000022-INV-004"CRED-006(ÄÿÜ”°30rÈ
"reminder-2-phone`
DR-000024-19	DR-000024DR-000024-INV-004"CRED-002(≤ÿÜ”°30rÈ
"reminder-1-emaila
DR-000033-21	DR-000033DR-000033-INV-003"CRED-007(‰ÿÜ”°30r È
"reminder-3-letterh
DR-000065-32	DR-000065DR-000065-INV-004"CRED-002(ñŸÜ”°30Z'
DR-000065-PAY-8	˚¬EURÈ
 `
DR-000095-25	DR-000095DR-000095-INV-004"CRED-010(»ŸÜ”°30rÈ
"reminder-2-phone%
day-2025-10-25(ò†¬Ó°30≤	
È
Ω
DR-000034-9	DR-000034DR-000034-INV-004"CRED-012(Äê†¸°30R}
INV-000034-004	ù®EURÈ
"È0:Customer 000034B34 rue de la R√©publiqueB
69007 LyonJdr-000034@example.comh
DR-000050-30	DR-000050DR-000050-INV-003"CRED-010(≤ê†¸°30Z'
DR-000050-PAY-4	≤õEURÈ
 h
DR-000058-27	DR-000058DR-000058-INV-004"CRED-001(‰ê†¸°30Z'
DR-000058-PAY-1	œúEURÈ
 b
DR-000082-16	DR-000082DR-000082-INV-003"CRED-002(ñë†¸°30r!È
"reminder-4-warningæ
DR-000093-13	DR-000093DR-000093-INV-004"CRED-007(»ë†¸°30R}
INV-000093-004
Ä÷àEURÈ
"È0:Company 000093B93 rue de la R√©publiqueB
69003 LyonJdr-000093@example.comg
DR-000098-27	DR-000098DR-000098-INV-004"CRED-009(˙ë†¸°30Z&
DR-000098-PAY-6Ü:EURÈ
 æ
DR-000110-8	DR-000110DR-000110-INV-004"CRED-011(¨í†¸°30R~
INV-000110-004	ÓÊEURÈ
"È0:Customer 000110B110 rue de la R√©publiqueB
69002 LyonJdr-000110@example.comh
DR-000125-11	DR-000125DR-000125-INV-005"CRED-007(ﬁí†¸°30Z'
DR-000125-PAY-5	øøEURÈ
 b
DR-000126-18	DR-000126DR-000126-INV-003"CRED-001(êì†¸°30r!È
"reminder-4-warningf
DR-000141-8	DR-000141DR-000141-INV-003"CRED-009(¬ì†¸°30Z&
DR-000141-PAY-3¶uEURÈ
 %
day-2025-10-26(òÿ€ó¢30≤	
È
a
DR-000006-22	DR-000006DR-000006-INV-003"CRED-002(Ä»π•¢30r È
"reminder-3-letterº
DR-000008-31	DR-000008DR-000008-INV-005"CRED-008(≤»π•¢30R{
INV-000008-005	ûØEURÈ
"È0:Company 000008B8 rue de la R√©publiqueB
69008 LyonJdr-000008@example.comæ
DR-000015-19	DR-000015DR-000015-INV-004"CRED-005(‰»π•¢30R}
INV-000015-004	—áEURÈ
"È0:Customer 000015B15 rue de la R√©publiqueB
69006 LyonJdr-000015@example.com]
DR-000019-31	DR-000019DR-000019-INV-004"CRED-007(ñ…π•¢30rÈ
"formal-noticeÕ
DR-000038-23	DR-000038DR-000038-INV-005"CRED-012(»…π•¢30Rã
INV-000038-005	ÿ“BEURÈ
"È*
ÈŒ™0:Company 000038B38 rue de la R√©publiqueB
69002 LyonJdr-000038@example.coma
DR-000044-28	DR-000044DR-000044-INV-004"CRED-004(˙…π•¢30r È
"reminder-3-letteræ
DR-000052-16	DR-000052DR-000052-INV-003"CRED-008(¨ π•¢30R}
INV-000052-003	´ÉEURÈ
"È0:Customer 000052B52 rue de la R√©publiqueB
69007 LyonJdr-000052@example.comJ
DR-000086-21	DR-000086"CRED-010(ﬁ π•¢30b
DR-000086-PAY-4È
h
DR-000099-24	DR-000099DR-000099-INV-002"CRED-009(êÀπ•¢30Z'
DR-000099-PAY-4	ÇóEURÈ
 æ
DR-000115-13	DR-000115DR-000115-INV-007"CRED-007(¬Àπ•¢30R}
INV-000115-007	‹íKUSDÈ
"È0:Company 000115B115 rue de la R√©publiqueB
69007 LyonJdr-000115@example.comæ
DR-000121-13	DR-000121DR-000121-INV-006"CRED-008(ÙÀπ•¢30R}
INV-000121-006	ö»|EURÈ
"È0:Company 000121B121 rue de la R√©publiqueB
69004 LyonJdr-000121@example.comh
DR-000126-19	DR-000126DR-000126-INV-003"CRED-001(¶Ãπ•¢30Z'
DR-000126-PAY-6	◊†GBPÈ
 `
DR-000129-23	DR-000129DR-000129-INV-005"CRED-009(ÿÃπ•¢30rÈ
"reminder-2-phoneæ
DR-000133-24	DR-000133DR-000133-INV-004"CRED-001(äÕπ•¢30R}
INV-000133-004	ªìCHFÈ
"È0:Company 000133B133 rue de la R√©publiqueB
69007 LyonJdr-000133@example.comb
DR-000135-23	DR-000135DR-000135-INV-003"CRED-008(ºÕπ•¢30r!È
"reminder-4-warninga
DR-000139-12	DR-000139DR-000139-INV-003"CRED-006(ÓÕπ•¢30r È
"reminder-3-letter`
DR-000143-23	DR-000143DR-000143-INV-004"CRED-004(†Œπ•¢30rÈ
"reminder-2-phone%
day-2025-10-27(òêı¿¢30≤	
È
h
DR-000006-23	DR-000006DR-000006-INV-003"CRED-002(ÄÄ”Œ¢30Z'
DR-000006-PAY-1	Ê√EURÈ
 æ
DR-000018-19	DR-000018DR-000018-INV-004"CRED-005(≤Ä”Œ¢30R}
INV-000018-004	≥ÈEURÈ
"È0:Customer 000018B18 rue de la R√©publiqueB
69009 LyonJdr-000018@example.comh
DR-000026-19	DR-000026DR-000026-INV-003"CRED-003(‰Ä”Œ¢30Z'
DR-000026-PAY-3	‰±CHFÈ
 g
DR-000053-14	DR-000053DR-000053-INV-003"CRED-009(ñÅ”Œ¢30Z&
DR-000053-PAY-2Å|EURÈ
 ^
DR-000079-8	DR-000079DR-000079-INV-004"CRED-011(»Å”Œ¢30rÈ
"courtesy-reminder`
DR-000086-22	DR-000086DR-000086-INV-003"CRED-010(˙Å”Œ¢30rÈ
"reminder-2-phonea
DR-000098-28	DR-000098DR-000098-INV-004"CRED-009(¨Ç”Œ¢30r È
"reminder-3-letter]
DR-000107-25	DR-000107DR-000107-INV-003"CRED-005(ﬁÇ”Œ¢30rÈ
"formal-notice_
DR-000117-19	DR-000117DR-000117-INV-004"CRED-007(êÉ”Œ¢30rÈ
"courtesy-reminderb
DR-000143-24	DR-000143DR-000143-INV-003"CRED-004(¬É”Œ¢30r!È
"reminder-4-warning%
day-2025-10-28(ò»éÍ¢30≤	
È
æ
DR-000017-24	DR-000017DR-000017-INV-004"CRED-001(Ä∏Ï˜¢30R}
INV-000017-004	˙¸EURÈ
"È0:Customer 000017B17 rue de la R√©publiqueB
69008 LyonJdr-000017@example.com`
DR-000036-22	DR-000036DR-000036-INV-004"CRED-012(≤∏Ï˜¢30rÈ
"reminder-1-email`
DR-000119-15	DR-000119DR-000119-INV-004"CRED-009(‰∏Ï˜¢30rÈ
"reminder-1-emailh
DR-000120-15	DR-000120DR-000120-INV-002"CRED-004(ñπÏ˜¢30Z'
DR-000120-PAY-2	Ù◊EURÈ
 `
DR-000122-23	DR-000122DR-000122-INV-004"CRED-011(»πÏ˜¢30rÈ
"reminder-1-email]
DR-000129-24	DR-000129DR-000129-INV-004"CRED-009(˙πÏ˜¢30rÈ
"formal-notice`
DR-000148-22	DR-000148DR-000148-INV-005"CRED-005(¨∫Ï˜¢30rÈ
"reminder-1-email%
day-2025-10-29(òÄ®ì£30≤	
È
g
DR-000033-22	DR-000033DR-000033-INV-003"CRED-007(ÄÖ°£30Z&
DR-000033-PAY-5õxEURÈ
 h
DR-000065-33	DR-000065DR-000065-INV-003"CRED-002(≤Ö°£30Z'
DR-000065-PAY-9	÷Ñ	EURÈ
 h
DR-000072-30	DR-000072DR-000072-INV-003"CRED-005(‰Ö°£30Z'
DR-000072-PAY-9	ˆ°EURÈ
 S
DR-000099-25	DR-000099DR-000099-INV-003"CRED-009(ñÒÖ°£30ö
AGY-03È
h
DR-000119-16	DR-000119DR-000119-INV-003"CRED-009(»ÒÖ°£30Z'
DR-000119-PAY-3	—∫EURÈ
 %
day-2025-10-30(ò∏¡º£30≤	
È
`
DR-000005-14	DR-000005DR-000005-INV-003"CRED-007(Ä®ü £30rÈ
"reminder-2-phoneh
DR-000012-25	DR-000012DR-000012-INV-005"CRED-007(≤®ü £30Z'
DR-000012-PAY-6	…≈EURÈ
 ]
DR-000085-29	DR-000085DR-000085-INV-003"CRED-008(‰®ü £30rÈ
"formal-noticeæ
DR-000101-35	DR-000101DR-000101-INV-007"CRED-004(ñ©ü £30R}
INV-000101-007	óπVEURÈ
"È0:Company 000101B101 rue de la R√©publiqueB
69002 LyonJdr-000101@example.com_
DR-000126-20	DR-000126DR-000126-INV-004"CRED-001(»©ü £30rÈ
"courtesy-reminder%
day-2025-10-31(ò⁄Â£30≤	
È
a
DR-000022-27	DR-000022DR-000022-INV-004"CRED-006(Ä‡∏Û£30r È"reminder-3-letter†
DR-000022-28	DR-000022DR-000022-INV-004"CRED-006(≤‡∏Û£30Ç^
DR-000022-PLAN-28È
È	‰ÕEUR
È	‰ÕEUR
Í	‰ÕEUR`
DR-000024-20	DR-000024DR-000024-INV-004"CRED-002(‰‡∏Û£30rÈ"reminder-2-phoneb
DR-000062-13	DR-000062DR-000062-INV-003"CRED-010(ñ·∏Û£30r!È"reminder-4-warninga
DR-000086-23	DR-000086DR-000086-INV-003"CRED-010(»·∏Û£30r È"reminder-3-lettera
DR-000095-26	DR-000095DR-000095-INV-004"CRED-010(˙·∏Û£30r È"reminder-3-letterU
DR-000139-13	DR-000139"CRED-006(¨‚∏Û£30Z'
DR-000139-PAY-3	πßEURÈ %
day-2025-11-01(ò®Ùé§30≤	
Èº
DR-000003-22	DR-000003DR-000003-INV-005"CRED-005(Äò“ú§30R{
INV-000003-005	…˜EURÈ"È0:Company 000003B3 rue de la R√©publiqueB
69003 LyonJdr-000003@example.com`
DR-000040-12	DR-000040DR-000040-INV-006"CRED-003(≤ò“ú§30ä
goods not deliveredÈh
DR-000091-13	DR-000091DR-000091-INV-006"CRED-010(‰ò“ú§30Z'
DR-000091-PAY-6	ÊÁ
USDÈ h
DR-000108-10	DR-000108DR-000108-INV-005"CRED-007(ñô“ú§30Z'
DR-000108-PAY-5	Ñ∞EURÈ %
day-2025-11-02(ò‡ç∏§30≤	
È`
DR-000004-31	DR-000004DR-000004-INV-005"CRED-001(Ä–Î≈§30ä
goods not deliveredÈ`
DR-000030-15	DR-000030DR-000030-INV-005"CRED-011(≤–Î≈§30rÈ"reminder-1-emailh
DR-000030-16	DR-000030DR-000030-INV-006"CRED-011(‰–Î≈§30Z'
DR-000030-PAY-5	ÁòEURÈ `
DR-000031-11	DR-000031DR-000031-INV-005"CRED-012(ñ—Î≈§30rÈ"reminder-1-emailf
DR-000079-9	DR-000079DR-000079-INV-004"CRED-011(»—Î≈§30Z&
DR-000079-PAY-4·uEURÈ a
DR-000129-25	DR-000129DR-000129-INV-005"CRED-009(˙—Î≈§30r È"reminder-3-lettera
DR-000143-25	DR-000143DR-000143-INV-004"CRED-004(¨“Î≈§30r È"reminder-3-letter%
day-2025-11-03(òòß·§30≤	
È]
DR-000008-32	DR-000008DR-000008-INV-004"CRED-008(ÄàÖÔ§30rÈ"formal-noticeh
DR-000017-25	DR-000017DR-000017-INV-003"CRED-001(≤àÖÔ§30Z'
DR-000017-PAY-3	úÉEURÈ h
DR-000041-21	DR-000041DR-000041-INV-006"CRED-004(‰àÖÔ§30Z'
DR-000041-PAY-6	≥∞EURÈ Ω
DR-000058-28	DR-000058DR-000058-INV-005"CRED-001(ñâÖÔ§30R|
INV-000058-005	©ùEURÈ"È0:Company 000058B58 rue de la R√©publiqueB
69004 LyonJdr-000058@example.comæ
DR-000100-12	DR-000100DR-000100-INV-005"CRED-008(»âÖÔ§30R}
INV-000100-005	’ŸKGBPÈ"È0:Company 000100B100 rue de la R√©publiqueB
69001 LyonJdr-000100@example.comæ
DR-000103-26	DR-000103DR-000103-INV-005"CRED-005(˙âÖÔ§30R}
INV-000103-005	˚ëEURÈ"È0:Company 000103B103 rue de la R√©publiqueB
69004 LyonJdr-000103@example.comæ
DR-000129-26	DR-000129DR-000129-INV-006"CRED-009(¨äÖÔ§30R}
INV-000129-006	™¡EURÈ"È0:Company 000129B129 rue de la R√©publiqueB
69003 LyonJdr-000129@example.comæ
DR-000142-12	DR-000142DR-000142-INV-006"CRED-012(ﬁäÖÔ§30R}
INV-000142-006	˚∫+EURÈ"È0:Company 000142B142 rue de la R√©publiqueB
69007 LyonJdr-000142@example.com%
day-2025-11-04(ò–¿ä•30≤	
Èh
DR-000021-13	DR-000021DR-000021-INV-005"CRED-009(Ä¿ûò•30Z'
DR-000021-PAY-5	Ïî#EURÈ Ω
DR-000032-7	DR-000032DR-000032-INV-004"CRED-012(≤¿ûò•30R}
INV-000032-004	ﬂƒEURÈ"È0:Customer 000032B32 rue de la R√©publiqueB
69005 LyonJdr-000032@example.com`
DR-000036-23	DR-000036DR-000036-INV-004"CRED-012(‰¿ûò•30rÈ"reminder-2-phoneb
DR-000044-29	DR-000044DR-000044-INV-004"CRED-004(ñ¡ûò•30r!È"reminder-4-warningh
DR-000044-30	DR-000044DR-000044-INV-004"CRED-004(»¡ûò•30Z'
DR-000044-PAY-7	Ò´7EURÈ Ω
DR-000049-26	DR-000049DR-000049-INV-006"CRED-006(˙¡ûò•30R|
INV-000049-006	ÈÌEURÈ"È0:Company 000049B49 rue de la R√©publiqueB
69004 LyonJdr-000049@example.comg
DR-000054-23	DR-000054DR-000054-INV-002"CRED-012(¨¬ûò•30Z&
DR-000054-PAY-6ËEURÈ g
DR-000060-29	DR-000060DR-000060-INV-003"CRED-008(ﬁ¬ûò•30Z&
DR-000060-PAY-8ÂEURÈ W
DR-000074-29	DR-000074DR-000074-INV-004"CRED-001(ê√ûò•30í˚IEURÈæ
DR-000119-17	DR-000119DR-000119-INV-006"CRED-009(¬√ûò•30R}
INV-000119-006	ø„)EURÈ"Í0:Company 000119B119 rue de la R√©publiqueB
69002 LyonJdr-000119@example.com`
DR-000119-18	DR-000119DR-000119-INV-004"CRED-009(Ù√ûò•30rÈ"reminder-2-phone^
DR-000119-19	DR-000119DR-000119-INV-004"CRED-009(¶ƒûò•30z
	◊äEURÈ
Èø
DR-000120-16	DR-000120DR-000120-INV-003"CRED-004(ÿƒûò•30R~
INV-000120-003	îEURÈ"È0:Customer 000120B120 rue de la R√©publiqueB
69003 LyonJdr-000120@example.com`
DR-000122-24	DR-000122DR-000122-INV-004"CRED-011(ä≈ûò•30rÈ"reminder-2-phoneh
DR-000130-18	DR-000130DR-000130-INV-005"CRED-008(º≈ûò•30Z'
DR-000130-PAY-5	”ﬂCHFÈ h
DR-000147-14	DR-000147DR-000147-INV-007"CRED-004(Ó≈ûò•30Z'
DR-000147-PAY-7	ûÏ,EURÈ `
DR-000148-23	DR-000148DR-000148-INV-005"CRED-005(†∆ûò•30rÈ"reminder-2-phone„
DR-000148-24	DR-000148DR-000148-INV-005"CRED-005(“∆ûò•30Ç†
DR-000148-PLAN-24È
È	¨≠EUR
È	¨≠EUR
Í	¨≠EUR
Í	¨≠EUR
Í	¨≠EUR
Í	±≠EUR%
day-2025-11-05(òà⁄≥•30≤	
ÈΩ
DR-000014-11	DR-000014DR-000014-INV-005"CRED-006(Ä¯∑¡•30R|
INV-000014-005	Ä˙EURÈ"È0:Company 000014B14 rue de la R√©publiqueB
69005 LyonJdr-000014@example.com]
DR-000028-31	DR-000028DR-000028-INV-005"CRED-006(≤¯∑¡•30rÈ"formal-noticeg
DR-000035-17	DR-000035DR-000035-INV-004"CRED-006(‰¯∑¡•30Z&
DR-000035-PAY-4≠.EURÈ Ω
DR-000045-38	DR-000045DR-000045-INV-007"CRED-003(ñ˘∑¡•30R|
INV-000045-007	ò EURÈ"È0:Company 000045B45 rue de la R√©publiqueB
69009 LyonJdr-000045@example.coma
DR-000063-31	DR-000063DR-000063-INV-005"CRED-006(»˘∑¡•30r È"reminder-3-letterΩ
DR-000064-31	DR-000064DR-000064-INV-006"CRED-007(˙˘∑¡•30R|
INV-000064-006	˚ı*EURÈ"È0:Company 000064B64 rue de la R√©publiqueB
69001 LyonJdr-000064@example.com_
DR-000072-31	DR-000072DR-000072-INV-005"CRED-005(¨˙∑¡•30rÈ"courtesy-reminder`
DR-000074-30	DR-000074DR-000074-INV-004"CRED-001(ﬁ˙∑¡•30rÈ"reminder-1-emailΩ
DR-000089-16	DR-000089DR-000089-INV-005"CRED-008(ê˚∑¡•30R|
INV-000089-005	ºÜEURÈ"È0:Company 000089B89 rue de la R√©publiqueB
69008 LyonJdr-000089@example.comb
DR-000098-29	DR-000098DR-000098-INV-004"CRED-009(¬˚∑¡•30r!È"reminder-4-warning%
day-2025-11-06(ò¿Û‹•30≤	
Èa
DR-000005-15	DR-000005DR-000005-INV-003"CRED-007(Ä∞—Í•30r È"reminder-3-letterh
DR-000008-33	DR-000008DR-000008-INV-004"CRED-008(≤∞—Í•30Z'
DR-000008-PAY-9	Ω£5EURÈ h
DR-000030-17	DR-000030DR-000030-INV-005"CRED-011(‰∞—Í•30Z'
DR-000030-PAY-6	á—EURÈ Ω
DR-000061-11	DR-000061DR-000061-INV-005"CRED-005(ñ±—Í•30R|
INV-000061-005	ÆŒ!EURÈ"È0:Company 000061B61 rue de la R√©publiqueB
69007 LyonJdr-000061@example.comb
DR-000063-32	DR-000063DR-000063-INV-005"CRED-006(»±—Í•30r!È"reminder-4-warningg
DR-000098-30	DR-000098DR-000098-INV-004"CRED-009(˙±—Í•30Z&
DR-000098-PAY-7úEURÈ `
DR-000117-20	DR-000117DR-000117-INV-004"CRED-007(¨≤—Í•30rÈ"reminder-1-emaili
DR-000129-27	DR-000129DR-000129-INV-005"CRED-009(ﬁ≤—Í•30Z(
DR-000129-PAY-4
∑ŸÏEURÈ %
day-2025-11-07(ò¯åÜ¶30≤	
Èa
DR-000010-18	DR-000010DR-000010-INV-004"CRED-007(ÄËÍì¶30r È"reminder-3-letterJ
DR-000012-26	DR-000012"CRED-007(≤ËÍì¶30b
DR-000012-PAY-6È`
DR-000016-23	DR-000016DR-000016-INV-004"CRED-010(‰ËÍì¶30rÈ"reminder-1-emaila
DR-000024-21	DR-000024DR-000024-INV-004"CRED-002(ñÈÍì¶30r È"reminder-3-letterΩ
DR-000025-33	DR-000025DR-000025-INV-007"CRED-009(»ÈÍì¶30R|
INV-000025-007	—âEURÈ"È0:Company 000025B25 rue de la R√©publiqueB
69007 LyonJdr-000025@example.coms
DR-000031-12	DR-000031DR-000031-INV-005"CRED-012(˙ÈÍì¶30ä1
billing error on some lines	Ã÷EURÈΩ
DR-000042-7	DR-000042DR-000042-INV-004"CRED-011(¨ÍÍì¶30R}
INV-000042-004	ÜÄEURÈ"È0:Customer 000042B42 rue de la R√©publiqueB
69006 LyonJdr-000042@example.comΩ
DR-000047-8	DR-000047DR-000047-INV-004"CRED-005(ﬁÍÍì¶30R}
INV-000047-004	Œ˜EURÈ"È0:Customer 000047B47 rue de la R√©publiqueB
69002 LyonJdr-000047@example.com]
DR-000064-32	DR-000064DR-000064-INV-005"CRED-007(êÎÍì¶30rÈ"formal-notice`
DR-000109-22	DR-000109DR-000109-INV-004"CRED-011(¬ÎÍì¶30rÈ"reminder-1-emaili
DR-000113-30	DR-000113DR-000113-INV-004"CRED-006(ÙÎÍì¶30Z(
DR-000113-PAY-16	çºiEURÈ \
DR-000146-27	DR-000146DR-000146-INV-003"CRED-011(¶ÏÍì¶30¢ÈRG-000146-003]
DR-000148-25	DR-000148DR-000148-INV-004"CRED-005(ÿÏÍì¶30rÈ"formal-notice%
day-2025-11-08(ò∞¶Ø¶30≤	
Èb
DR-000010-19	DR-000010DR-000010-INV-004"CRED-007(Ä†ÑΩ¶30r!È	"reminder-4-warning`
DR-000012-27	DR-000012DR-000012-INV-005"CRED-007(≤†ÑΩ¶30rÈ	"reminder-1-emailh
DR-000016-24	DR-000016DR-000016-INV-004"CRED-010(‰†ÑΩ¶30Z'
DR-000016-PAY-7	É÷EURÈ	 h
DR-000044-31	DR-000044DR-000044-INV-003"CRED-004(ñ°ÑΩ¶30Z'
DR-000044-PAY-8	ò€EURÈ	 Ω
DR-000090-10	DR-000090DR-000090-INV-004"CRED-009(»°ÑΩ¶30R|
INV-000090-004πeEURÈ	"È0:Customer 000090B90 rue de la R√©publiqueB
69009 LyonJdr-000090@example.comg
DR-000116-8	DR-000116DR-000116-INV-004"CRED-001(˙°ÑΩ¶30Z'
DR-000116-PAY-4	õ3EURÈ	 h
DR-000119-20	DR-000119DR-000119-INV-004"CRED-009(¨¢ÑΩ¶30Z'
DR-000119-PAY-4	◊äEURÈ	 æ
DR-000128-20	DR-000128DR-000128-INV-005"CRED-002(ﬁ¢ÑΩ¶30R}
INV-000128-005	†˛VEURÈ	"È0:Company 000128B128 rue de la R√©publiqueB
69002 LyonJdr-000128@example.comø
DR-000135-24	DR-000135DR-000135-INV-004"CRED-008(ê£ÑΩ¶30R~
INV-000135-004	ŒÕEURÈ	"È	0:Customer 000135B135 rue de la R√©publiqueB
69009 LyonJdr-000135@example.comæ
DR-000148-26	DR-000148DR-000148-INV-006"CRED-005(¬£ÑΩ¶30R}
INV-000148-006	‘ﬁEURÈ	"È	0:Company 000148B148 rue de la R√©publiqueB
69004 LyonJdr-000148@example.com%
day-2025-11-09(òËøÿ¶30≤	
È	M
DR-000003-23	DR-000003DR-000003-INV-004"CRED-005(ÄÿùÊ¶30íÈ
`
DR-000012-28	DR-000012DR-000012-INV-005"CRED-007(≤ÿùÊ¶30rÈ
"reminder-2-phoneΩ
DR-000013-5	DR-000013DR-000013-INV-003"CRED-004(‰ÿùÊ¶30R}
INV-000013-003	ÿïEURÈ
"È
0:Customer 000013B13 rue de la R√©publiqueB
69004 LyonJdr-000013@example.comæ
DR-000040-13	DR-000040DR-000040-INV-007"CRED-003(ñŸùÊ¶30R}
INV-000040-007
ÕªÇCHFÈ
"È
0:Company 000040B40 rue de la R√©publiqueB
69004 LyonJdr-000040@example.com`
DR-000065-34	DR-000065DR-000065-INV-005"CRED-002(»ŸùÊ¶30rÈ
"reminder-1-emailg
DR-000068-7	DR-000068DR-000068-INV-003"CRED-001(˙ŸùÊ¶30Z'
DR-000068-PAY-3	ìÿEURÈ
 ]
DR-000082-17	DR-000082DR-000082-INV-003"CRED-002(¨⁄ùÊ¶30rÈ
"formal-noticeb
DR-000086-24	DR-000086DR-000086-INV-003"CRED-010(ﬁ⁄ùÊ¶30r!È
"reminder-4-warningb
DR-000095-27	DR-000095DR-000095-INV-004"CRED-010(ê€ùÊ¶30r!È
"reminder-4-warning`
DR-000119-21	DR-000119DR-000119-INV-005"CRED-009(¬€ùÊ¶30rÈ
"reminder-1-email`
DR-000126-21	DR-000126DR-000126-INV-004"CRED-001(Ù€ùÊ¶30rÈ
"reminder-1-email%
day-2025-11-10(ò†ŸÅß30≤	
È
a
DR-000003-24	DR-000003DR-000003-INV-004"CRED-005(Äê∑èß30r È"reminder-3-letter`
DR-000066-13	DR-000066DR-000066-INV-006"CRED-012(≤ê∑èß30rÈ"reminder-1-email_
DR-000084-6	DR-000084DR-000084-INV-003"CRED-011(‰ê∑èß30rÈ"reminder-1-emailh
DR-000085-30	DR-000085DR-000085-INV-003"CRED-008(ñë∑èß30Z'
DR-000085-PAY-8	Ω˘EURÈ h
DR-000129-28	DR-000129DR-000129-INV-004"CRED-009(»ë∑èß30Z'
DR-000129-PAY-5	ÁÑEURÈ ]
DR-000135-25	DR-000135DR-000135-INV-003"CRED-008(˙ë∑èß30rÈ"formal-noticeg
DR-000144-9	DR-000144DR-000144-INV-004"CRED-007(¨í∑èß30Z'
DR-000144-PAY-4	ÔÖiEURÈ %
day-2025-11-11(òÿÚ™ß30≤	
Èb
DR-000003-25	DR-000003DR-000003-INV-004"CRED-005(Ä»–∏ß30r!È"reminder-4-warningg
DR-000011-22	DR-000011DR-000011-INV-003"CRED-001(≤»–∏ß30Z&
DR-000011-PAY-3áEURÈ a
DR-000036-24	DR-000036DR-000036-INV-004"CRED-012(‰»–∏ß30r È"reminder-3-letterh
DR-000066-14	DR-000066DR-000066-INV-006"CRED-012(ñ…–∏ß30Z'
DR-000066-PAY-6	ﬁÔEURÈ `
DR-000074-31	DR-000074DR-000074-INV-004"CRED-001(»…–∏ß30rÈ"reminder-2-phoneh
DR-000086-25	DR-000086DR-000086-INV-003"CRED-010(˙…–∏ß30Z'
DR-000086-PAY-5	‚ù	EURÈ h
DR-000094-11	DR-000094DR-000094-INV-005"CRED-010(¨ –∏ß30Z'
DR-000094-PAY-5	Ò‰EURÈ æ
DR-000113-31	DR-000113DR-000113-INV-005"CRED-006(ﬁ –∏ß30R}
INV-000113-005	è“MEURÈ"Í0:Company 000113B113 rue de la R√©publiqueB
69005 LyonJdr-000113@example.coma
DR-000119-22	DR-000119DR-000119-INV-004"CRED-009(êÀ–∏ß30r È"reminder-3-lettera
DR-000122-25	DR-000122DR-000122-INV-004"CRED-011(¬À–∏ß30r È"reminder-3-letter]
DR-000143-26	DR-000143DR-000143-INV-003"CRED-004(ÙÀ–∏ß30rÈ"formal-noticeb
DR-000143-27	DR-000143DR-000143-INV-004"CRED-004(¶Ã–∏ß30r!È"reminder-4-warning%
day-2025-11-12(òêå‘ß30≤	
È]
DR-000003-26	DR-000003DR-000003-INV-004"CRED-005(ÄÄÍ·ß30rÈ"formal-notice_
DR-000009-17	DR-000009DR-000009-INV-003"CRED-005(≤ÄÍ·ß30rÈ"courtesy-reminder\
DR-000058-29	DR-000058DR-000058-INV-003"CRED-001(‰ÄÍ·ß30¢ÈRG-000058-003_
DR-000063-33	DR-000063DR-000063-INV-006"CRED-006(ñÅÍ·ß30rÈ"courtesy-reminderΩ
DR-000094-12	DR-000094DR-000094-INV-006"CRED-010(»ÅÍ·ß30R|
INV-000094-006	∏∑EURÈ"È0:Company 000094B94 rue de la R√©publiqueB
69004 LyonJdr-000094@example.comh
DR-000095-28	DR-000095DR-000095-INV-004"CRED-010(˙ÅÍ·ß30Z'
DR-000095-PAY-4	ÚÎEURÈ %
day-2025-11-13(ò»•˝ß30≤	
È`
DR-000001-15	DR-000001DR-000001-INV-003"CRED-010(Ä∏Éã®30rÈ"reminder-1-emailJ
DR-000016-25	DR-000016"CRED-010(≤∏Éã®30b
DR-000016-PAY-7ÈU
DR-000024-22	DR-000024"CRED-002(‰∏Éã®30Z'
DR-000024-PAY-4	»áOUSDÈ _
DR-000025-34	DR-000025DR-000025-INV-006"CRED-009(ñπÉã®30rÈ"courtesy-reminder`
DR-000027-18	DR-000027DR-000027-INV-004"CRED-009(»πÉã®30rÈ"reminder-1-emailh
DR-000027-19	DR-000027DR-000027-INV-004"CRED-009(˙πÉã®30Z'
DR-000027-PAY-4	é∆EURÈ W
DR-000037-23	DR-000037DR-000037-INV-003"CRED-004(¨∫Éã®30í±GEURÈi
DR-000072-32	DR-000072DR-000072-INV-004"CRED-005(ﬁ∫Éã®30Z(
DR-000072-PAY-10	Ò∏EURÈ æ
DR-000083-11	DR-000083DR-000083-INV-005"CRED-012(êªÉã®30R}
INV-000083-005
ìÌÂUSDÈ"È0:Company 000083B83 rue de la R√©publiqueB
69002 LyonJdr-000083@example.com_
DR-000095-29	DR-000095DR-000095-INV-005"CRED-004(¬ªÉã®30rÈ"courtesy-reminder_
DR-000096-12	DR-000096DR-000096-INV-005"CRED-001(ÙªÉã®30rÈ"courtesy-reminderh
DR-000106-11	DR-000106DR-000106-INV-005"CRED-010(¶ºÉã®30Z'
DR-000106-PAY-5	õ›<EURÈ `
DR-000117-21	DR-000117DR-000117-INV-004"CRED-007(ÿºÉã®30rÈ"reminder-2-phone%
day-2025-11-14(òÄø¶®30≤	
Èi
DR-000003-27	DR-000003DR-000003-INV-004"CRED-005(Äú¥®30Z(
DR-000003-PAY-4
ú‡∞EURÈ `
DR-000016-26	DR-000016DR-000016-INV-004"CRED-010(≤ú¥®30rÈ"reminder-2-phoneh
DR-000019-32	DR-000019DR-000019-INV-004"CRED-007(‰ú¥®30Z'
DR-000019-PAY-4	ì£
USDÈ h
DR-000025-35	DR-000025DR-000025-INV-004"CRED-009(ñÒú¥®30Z'
DR-000025-PAY-4	¯ªEURÈ `
DR-000037-24	DR-000037DR-000037-INV-003"CRED-004(»Òú¥®30rÈ"reminder-1-emailæ
DR-000055-25	DR-000055DR-000055-INV-006"CRED-004(˙Òú¥®30R}
INV-000055-006
Ù£æEURÈ"È0:Company 000055B55 rue de la R√©publiqueB
69001 LyonJdr-000055@example.com`
DR-000087-25	DR-000087DR-000087-INV-005"CRED-004(¨Úú¥®30rÈ"reminder-1-email`
DR-000109-23	DR-000109DR-000109-INV-004"CRED-011(ﬁÚú¥®30rÈ"reminder-2-phone^
DR-000109-24	DR-000109DR-000109-INV-004"CRED-011(êÛú¥®30z
	ÍÁEURÈÈæ
DR-000144-10	DR-000144DR-000144-INV-005"CRED-007(¬Ûú¥®30R}
INV-000144-005	óå#EURÈ"È0:Company 000144B144 rue de la R√©publiqueB
69009 LyonJdr-000144@example.comø
DR-000149-17	DR-000149DR-000149-INV-004"CRED-011(ÙÛú¥®30R~
INV-000149-004	ÄèEURÈ"È0:Customer 000149B149 rue de la R√©publiqueB
69005 LyonJdr-000149@example.com%
day-2025-11-15(ò∏ÿœ®30≤	
Èb
DR-000005-16	DR-000005DR-000005-INV-003"CRED-007(Ä®∂›®30r!È"reminder-4-warninga
DR-000012-29	DR-000012DR-000012-INV-005"CRED-007(≤®∂›®30r È"reminder-3-letterh
DR-000022-29	DR-000022DR-000022-INV-004"CRED-006(‰®∂›®30Z'
DR-000022-PAY-6	‰ÕEURÈ h
DR-000034-10	DR-000034DR-000034-INV-004"CRED-012(ñ©∂›®30Z'
DR-000034-PAY-4	ù®EURÈ `
DR-000037-25	DR-000037DR-000037-INV-003"CRED-004(»©∂›®30rÈ"reminder-2-phone`
DR-000045-39	DR-000045DR-000045-INV-007"CRED-003(˙©∂›®30ä
goods not deliveredÈæ
DR-000062-14	DR-000062DR-000062-INV-004"CRED-010(¨™∂›®30R}
INV-000062-004	ï–EURÈ"È0:Customer 000062B62 rue de la R√©publiqueB
69008 LyonJdr-000062@example.com]
DR-000062-15	DR-000062DR-000062-INV-003"CRED-010(ﬁ™∂›®30rÈ"formal-notice`
DR-000072-33	DR-000072DR-000072-INV-005"CRED-005(ê´∂›®30rÈ"reminder-1-emailh
DR-000096-13	DR-000096DR-000096-INV-005"CRED-001(¬´∂›®30Z'
DR-000096-PAY-5	ÍœEURÈ h
DR-000107-26	DR-000107DR-000107-INV-003"CRED-005(Ù´∂›®30Z'
DR-000107-PAY-2	√“USDÈ æ
DR-000108-11	DR-000108DR-000108-INV-006"CRED-007(¶¨∂›®30R}
INV-000108-006	ÿÚEURÈ"È0:Company 000108B108 rue de la R√©publiqueB
69009 LyonJdr-000108@example.comg
DR-000110-9	DR-000110DR-000110-INV-004"CRED-011(ÿ¨∂›®30Z'
DR-000110-PAY-4	ÓÊEURÈ i
DR-000113-32	DR-000113DR-000113-INV-003"CRED-006(ä≠∂›®30Z(
DR-000113-PAY-17	Å•EURÈ _
DR-000124-20	DR-000124DR-000124-INV-004"CRED-009(º≠∂›®30rÈ"courtesy-reminderf
DR-000136-8	DR-000136DR-000136-INV-003"CRED-009(Ó≠∂›®30Z&
DR-000136-PAY-3Ÿ<USDÈ %
day-2025-11-16(òÒ¯®30≤	
Èh
DR-000012-30	DR-000012DR-000012-INV-004"CRED-007(Ä‡œÜ©30Z'
DR-000012-PAY-7	≠ƒEURÈ Õ
DR-000029-11	DR-000029DR-000029-INV-005"CRED-012(≤‡œÜ©30Rã
INV-000029-005	÷ÔXEURÈ"È*
È¡„0:Company 000029B29 rue de la R√©publiqueB
69002 LyonJdr-000029@example.coma
DR-000037-26	DR-000037DR-000037-INV-003"CRED-004(‰‡œÜ©30r È"reminder-3-letterh
DR-000062-16	DR-000062DR-000062-INV-003"CRED-010(ñ·œÜ©30Z'
DR-000062-PAY-3	˘àEURÈ h
DR-000064-33	DR-000064DR-000064-INV-004"CRED-006(»·œÜ©30Z'
DR-000064-PAY-4	ß⁄EURÈ `
DR-000065-35	DR-000065DR-000065-INV-005"CRED-002(˙·œÜ©30rÈ"reminder-2-phonei
DR-000069-32	DR-000069DR-000069-INV-004"CRED-006(¨‚œÜ©30Z(
DR-000069-PAY-11	Í·EURÈ g
DR-000078-8	DR-000078DR-000078-INV-004"CRED-004(ﬁ‚œÜ©30Z'
DR-000078-PAY-4	îÃUSDÈ h
DR-000087-26	DR-000087DR-000087-INV-005"CRED-004(ê„œÜ©30Z'
DR-000087-PAY-8	¸ãEURÈ `
DR-000119-23	DR-000119DR-000119-INV-005"CRED-009(¬„œÜ©30rÈ"reminder-2-phoneh
DR-000122-26	DR-000122DR-000122-INV-004"CRED-011(Ù„œÜ©30Z'
DR-000122-PAY-4	·õEURÈ `
DR-000126-22	DR-000126DR-000126-INV-004"CRED-001(¶‰œÜ©30rÈ"reminder-2-phone`
DR-000145-22	DR-000145DR-000145-INV-003"CRED-012(ÿ‰œÜ©30rÈ"reminder-1-email%
day-2025-11-17(ò®ã¢©30≤	
Èg
DR-000009-18	DR-000009DR-000009-INV-002"CRED-005(ÄòÈØ©30Z&
DR-000009-PAY-5±jEURÈ g
DR-000022-30	DR-000022DR-000022-INV-003"CRED-006(≤òÈØ©30Z&
DR-000022-PAY-7ÃaEURÈ g
DR-000036-25	DR-000036DR-000036-INV-004"CRED-012(‰òÈØ©30Z&
DR-000036-PAY-8çVEURÈ b
DR-000037-27	DR-000037DR-000037-INV-003"CRED-004(ñôÈØ©30r!È"reminder-4-warningÃ
DR-000069-33	DR-000069DR-000069-INV-005"CRED-006(»ôÈØ©30Rä
INV-000069-005	Õ§-EURÈ"Í*
È˜s0:Company 000069B69 rue de la R√©publiqueB
69006 LyonJdr-000069@example.comΩ
DR-000081-11	DR-000081DR-000081-INV-005"CRED-012(˙ôÈØ©30R|
INV-000081-005	ˇ∫EURÈ"Í0:Company 000081B81 rue de la R√©publiqueB
69009 LyonJdr-000081@example.com_
DR-000084-7	DR-000084DR-000084-INV-003"CRED-011(¨öÈØ©30rÈ"reminder-2-phoneæ
DR-000140-10	DR-000140DR-000140-INV-005"CRED-002(ﬁöÈØ©30R}
INV-000140-005˙6GBPÈ"È0:Customer 000140B140 rue de la R√©publiqueB
69005 LyonJdr-000140@example.comh
DR-000142-13	DR-000142DR-000142-INV-005"CRED-012(êõÈØ©30Z'
DR-000142-PAY-5	À‰EURÈ %
day-2025-11-18(ò‡§À©30≤	
Ès
DR-000003-28	DR-000003DR-000003-INV-005"CRED-005(Ä–ÇŸ©30ä1
billing error on some lines	ùñEURÈΩ
DR-000039-10	DR-000039DR-000039-INV-003"CRED-010(≤–ÇŸ©30R|
INV-000039-003Æ*EURÈ"Í0:Customer 000039B39 rue de la R√©publiqueB
69003 LyonJdr-000039@example.com∂
DR-000065-36	DR-000065DR-000065-INV-005"CRED-002(‰–ÇŸ©30Çt
DR-000065-PLAN-36È
È	ì£EUR
È	ì£EUR
Í	ì£EUR
Í	ï£EURΩ
DR-000073-5	DR-000073DR-000073-INV-003"CRED-003(ñ—ÇŸ©30R}
INV-000073-003	…˘CHFÈ"Í0:Customer 000073B73 rue de la R√©publiqueB
69001 LyonJdr-000073@example.coma
DR-000074-32	DR-000074DR-000074-INV-004"CRED-001(»—ÇŸ©30r È"reminder-3-letterh
DR-000102-10	DR-000102DR-000102-INV-005"CRED-011(˙—ÇŸ©30Z'
DR-000102-PAY-5	ﬁõ_EURÈ h
DR-000127-28	DR-000127DR-000127-INV-003"CRED-010(¨“ÇŸ©30Z'
DR-000127-PAY-8	≠æ(EURÈ æ
DR-000138-16	DR-000138DR-000138-INV-005"CRED-010(ﬁ“ÇŸ©30R}
INV-000138-005	ˆ∂EURÈ"Í0:Company 000138B138 rue de la R√©publiqueB
69003 LyonJdr-000138@example.com%
day-2025-11-19(òòæÙ©30≤	
È_
DR-000012-31	DR-000012DR-000012-INV-006"CRED-007(ÄàúÇ™30rÈ"courtesy-reminderh
DR-000016-27	DR-000016DR-000016-INV-004"CRED-010(≤àúÇ™30Z'
DR-000016-PAY-8	É÷EURÈ M
DR-000031-13	DR-000031DR-000031-INV-005"CRED-012(‰àúÇ™30íÈ]
DR-000044-32	DR-000044DR-000044-INV-004"CRED-004(ñâúÇ™30rÈ"formal-notice]
DR-000063-34	DR-000063DR-000063-INV-005"CRED-006(»âúÇ™30rÈ"formal-noticeh
DR-000103-27	DR-000103DR-000103-INV-004"CRED-008(˙âúÇ™30Z'
DR-000103-PAY-4	ƒÛ)EURÈ h
DR-000124-21	DR-000124DR-000124-INV-004"CRED-009(¨äúÇ™30Z'
DR-000124-PAY-3	ÒºCHFÈ h
DR-000148-27	DR-000148DR-000148-INV-005"CRED-005(ﬁäúÇ™30Z'
DR-000148-PAY-8	¨≠EURÈ %
day-2025-11-20(ò–◊ù™30≤	
È`
DR-000001-16	DR-000001DR-000001-INV-003"CRED-010(Ä¿µ´™30rÈ"reminder-2-phone`
DR-000031-14	DR-000031DR-000031-INV-005"CRED-012(≤¿µ´™30rÈ"reminder-2-phoneb
DR-000036-26	DR-000036DR-000036-INV-004"CRED-012(‰¿µ´™30r!È"reminder-4-warningJ
DR-000087-27	DR-000087"CRED-004(ñ¡µ´™30b
DR-000087-PAY-8Èg
DR-000088-9	DR-000088DR-000088-INV-004"CRED-010(»¡µ´™30Z'
DR-000088-PAY-4	ﬁèEURÈ ]
DR-000098-31	DR-000098DR-000098-INV-004"CRED-009(˙¡µ´™30rÈ"formal-noticea
DR-000117-22	DR-000117DR-000117-INV-004"CRED-007(¨¬µ´™30r È"reminder-3-letterb
DR-000119-24	DR-000119DR-000119-INV-004"CRED-009(ﬁ¬µ´™30r!È"reminder-4-warningæ
DR-000131-30	DR-000131DR-000131-INV-006"CRED-003(ê√µ´™30R}
INV-000131-006	≤∏EURÈ"Í0:Company 000131B131 rue de la R√©publiqueB
69005 LyonJdr-000131@example.comæ
DR-000132-9	DR-000132DR-000132-INV-004"CRED-011(¬√µ´™30R~
INV-000132-004	êèEURÈ"È0:Customer 000132B132 rue de la R√©publiqueB
69006 LyonJdr-000132@example.comg
DR-000135-26	DR-000135DR-000135-INV-003"CRED-008(Ù√µ´™30Z&
DR-000135-PAY-5îYEURÈ ]
DR-000098-31	DR-000098DR-000098-INV-004"CRED-009(˙¡µ´™30rÈ"formal-notice%
day-2025-11-21(òàÒ∆™30≤	
È]
DR-000010-20	DR-000010DR-000010-INV-004"CRED-007(Ä¯Œ‘™30rÈ"formal-notice_
DR-000023-19	DR-000023DR-000023-INV-004"CRED-002(≤¯Œ‘™30rÈ"courtesy-remindera
DR-000031-15	DR-000031DR-000031-INV-005"CRED-012(‰¯Œ‘™30r È"reminder-3-letterg
DR-000054-24	DR-000054DR-000054-INV-003"CRED-005(ñ˘Œ‘™30Z&
DR-000054-PAY-7πEURÈ h
DR-000056-13	DR-000056DR-000056-INV-005"CRED-011(»˘Œ‘™30Z'
DR-000056-PAY-5	¨∞"EURÈ `
DR-000087-28	DR-000087DR-000087-INV-005"CRED-004(˙˘Œ‘™30rÈ"reminder-2-phone\
DR-000099-26	DR-000099DR-000099-INV-003"CRED-009(¨˙Œ‘™30¢ÈRG-000099-003h
DR-000109-25	DR-000109DR-000109-INV-004"CRED-011(ﬁ˙Œ‘™30Z'
DR-000109-PAY-4	ÍÁEURÈ %
day-2025-11-22(ò¿ä™30≤	
È`
DR-000009-19	DR-000009DR-000009-INV-003"CRED-005(Ä∞Ë˝™30rÈ"reminder-1-email_
DR-000052-17	DR-000052DR-000052-INV-003"CRED-008(≤∞Ë˝™30rÈ"courtesy-reminder`
DR-000063-35	DR-000063DR-000063-INV-006"CRED-006(‰∞Ë˝™30rÈ"reminder-1-email`
DR-000072-34	DR-000072DR-000072-INV-005"CRED-005(ñ±Ë˝™30rÈ"reminder-2-phoneh
DR-000119-25	DR-000119DR-000119-INV-005"CRED-009(»±Ë˝™30Z'
DR-000119-PAY-5	†ÇEURÈ _
DR-000121-14	DR-000121DR-000121-INV-006"CRED-008(˙±Ë˝™30rÈ"courtesy-reminderæ
DR-000133-25	DR-000133DR-000133-INV-005"CRED-001(¨≤Ë˝™30R}
INV-000133-005	¶Â3CHFÈ"È0:Company 000133B133 rue de la R√©publiqueB
69007 LyonJdr-000133@example.com%
day-2025-11-23(ò¯£ô´30≤	
È_
DR-000018-20	DR-000018DR-000018-INV-004"CRED-005(ÄËÅß´30rÈ"courtesy-reminder_
DR-000019-33	DR-000019DR-000019-INV-005"CRED-007(≤ËÅß´30rÈ"courtesy-reminder`
DR-000025-36	DR-000025DR-000025-INV-006"CRED-009(‰ËÅß´30rÈ"reminder-1-emailΩ
DR-000026-20	DR-000026DR-000026-INV-004"CRED-003(ñÈÅß´30R|
INV-000026-004ÁLCHFÈ"È0:Customer 000026B26 rue de la R√©publiqueB
69008 LyonJdr-000026@example.comh
DR-000037-28	DR-000037DR-000037-INV-003"CRED-004(»ÈÅß´30Z'
DR-000037-PAY-3	Ç‹EURÈ `
DR-000046-23	DR-000046DR-000046-INV-004"CRED-010(˙ÈÅß´30rÈ"reminder-1-emailΩ
DR-000051-16	DR-000051DR-000051-INV-004"CRED-011(¨ÍÅß´30R|
INV-000051-004õyEURÈ"È0:Customer 000051B51 rue de la R√©publiqueB
69006 LyonJdr-000051@example.com`
DR-000095-30	DR-000095DR-000095-INV-005"CRED-004(ﬁÍÅß´30rÈ"reminder-1-emailh
DR-000101-36	DR-000101DR-000101-INV-007"CRED-004(êÎÅß´30Z'
DR-000101-PAY-7	óπVEURÈ a
DR-000119-26	DR-000119DR-000119-INV-005"CRED-009(¬ÎÅß´30r È"reminder-3-lettera
DR-000126-23	DR-000126DR-000126-INV-004"CRED-001(ÙÎÅß´30r È"reminder-3-letter`
DR-000145-23	DR-000145DR-000145-INV-003"CRED-012(¶ÏÅß´30rÈ"reminder-2-phone%
day-2025-11-24(ò∞Ω¬´30≤	
Èb
DR-000012-32	DR-000012DR-000012-INV-005"CRED-007(Ä†õ–´30r!È"reminder-4-warning`
DR-000084-8	DR-000084DR-000084-INV-003"CRED-011(≤†õ–´30r È"reminder-3-letterh
DR-000115-14	DR-000115DR-000115-INV-007"CRED-007(‰†õ–´30Z'
DR-000115-PAY-7	‹íKUSDÈ h
DR-000126-24	DR-000126DR-000126-INV-004"CRED-001(ñ°õ–´30Z'
DR-000126-PAY-7	òÊGBPÈ %
day-2025-11-25(òË÷Î´30≤	
È`
DR-000019-34	DR-000019DR-000019-INV-005"CRED-007(Äÿ¥˘´30ä
goods not deliveredÈb
DR-000031-16	DR-000031DR-000031-INV-005"CRED-012(≤ÿ¥˘´30r!È"reminder-4-warning`
DR-000044-33	DR-000044DR-000044-INV-005"CRED-004(‰ÿ¥˘´30rÈ"reminder-1-emailæ
DR-000054-25	DR-000054DR-000054-INV-004"CRED-005(ñŸ¥˘´30R}
INV-000054-004	ˆÄEURÈ"È0:Customer 000054B54 rue de la R√©publiqueB
69009 LyonJdr-000054@example.comi
DR-000065-37	DR-000065DR-000065-INV-004"CRED-002(»Ÿ¥˘´30Z(
DR-000065-PAY-10	˚¬EURÈ æ
DR-000080-20	DR-000080DR-000080-INV-006"CRED-012(˙Ÿ¥˘´30R}
INV-000080-006
ÚË¶EURÈ"È0:Company 000080B80 rue de la R√©publiqueB
69008 LyonJdr-000080@example.comΩ
DR-000095-31	DR-000095DR-000095-INV-006"CRED-004(¨⁄¥˘´30R|
INV-000095-006	‡≤EURÈ"Í0:Company 000095B95 rue de la R√©publiqueB
69005 LyonJdr-000095@example.comh
DR-000121-15	DR-000121DR-000121-INV-006"CRED-008(ﬁ⁄¥˘´30Z'
DR-000121-PAY-6	ö»|EURÈ %
day-2025-11-26(ò†î¨30≤	
Èh
DR-000012-33	DR-000012DR-000012-INV-005"CRED-007(ÄêŒ¢¨30Z'
DR-000012-PAY-8	…≈EURÈ h
DR-000025-37	DR-000025DR-000025-INV-006"CRED-009(≤êŒ¢¨30Z'
DR-000025-PAY-5	™ágEURÈ `
DR-000028-32	DR-000028DR-000028-INV-006"CRED-012(‰êŒ¢¨30rÈ"reminder-1-emailh
DR-000046-24	DR-000046DR-000046-INV-004"CRED-010(ñëŒ¢¨30Z'
DR-000046-PAY-6	’ôUSDÈ i
DR-000065-38	DR-000065DR-000065-INV-005"CRED-002(»ëŒ¢¨30Z(
DR-000065-PAY-11	ì£EURÈ i
DR-000072-35	DR-000072DR-000072-INV-003"CRED-005(˙ëŒ¢¨30Z(
DR-000072-PAY-11	ˆ°EURÈ æ
DR-000086-26	DR-000086DR-000086-INV-004"CRED-010(¨íŒ¢¨30R}
INV-000086-004	⁄èEURÈ"È0:Customer 000086B86 rue de la R√©publiqueB
69005 LyonJdr-000086@example.comΩ
DR-000141-9	DR-000141DR-000141-INV-004"CRED-009(ﬁíŒ¢¨30R}
INV-000141-004√/EURÈ"È0:Customer 000141B141 rue de la R√©publiqueB
69006 LyonJdr-000141@example.com]
DR-000143-28	DR-000143DR-000143-INV-004"CRED-004(êìŒ¢¨30rÈ"formal-notice%
day-2025-11-27(òÿâæ¨30≤	
Èa
DR-000001-17	DR-000001DR-000001-INV-003"CRED-010(Ä»ÁÀ¨30r È"reminder-3-letterg
DR-000036-27	DR-000036DR-000036-INV-004"CRED-012(≤»ÁÀ¨30Z&
DR-000036-PAY-9ênEURÈ g
DR-000047-9	DR-000047DR-000047-INV-004"CRED-005(‰»ÁÀ¨30Z'
DR-000047-PAY-4	Œ˜EURÈ b
DR-000074-33	DR-000074DR-000074-INV-004"CRED-001(ñ…ÁÀ¨30r!È"reminder-4-warningæ
DR-000104-15	DR-000104DR-000104-INV-007"CRED-003(»…ÁÀ¨30R}
INV-000104-007	Ó’EURÈ"Í0:Company 000104B104 rue de la R√©publiqueB
69005 LyonJdr-000104@example.comh
DR-000145-24	DR-000145DR-000145-INV-003"CRED-012(˙…ÁÀ¨30Z'
DR-000145-PAY-8	éEURÈ %
day-2025-11-28(òê£Á¨30≤	
ÈΩ
DR-000043-7	DR-000043DR-000043-INV-004"CRED-007(ÄÄÅı¨30R}
INV-000043-004	∂àEURÈ"È0:Customer 000043B43 rue de la R√©publiqueB
69007 LyonJdr-000043@example.comM
DR-000045-40	DR-000045DR-000045-INV-007"CRED-003(≤ÄÅı¨30íÈi
DR-000065-39	DR-000065DR-000065-INV-003"CRED-002(‰ÄÅı¨30Z(
DR-000065-PAY-12	÷Ñ	EURÈ Õ
DR-000072-36	DR-000072DR-000072-INV-005"CRED-005(ñÅÅı¨30Çä
DR-000072-PLAN-36È
È	»ÉEUR
Í	»ÉEUR
Í	»ÉEUR
Í	»ÉEUR
Í	 ÉEURh
DR-000074-34	DR-000074DR-000074-INV-004"CRED-001(»ÅÅı¨30Z'
DR-000074-PAY-4	‡îEURÈ a
DR-000087-29	DR-000087DR-000087-INV-005"CRED-004(˙ÅÅı¨30r È"reminder-3-letterh
DR-000087-30	DR-000087DR-000087-INV-005"CRED-004(¨ÇÅı¨30Z'
DR-000087-PAY-9	¸ãEURÈ Ω
DR-000096-14	DR-000096DR-000096-INV-006"CRED-001(ﬁÇÅı¨30R|
INV-000096-006	ÊﬁEURÈ"Í0:Company 000096B96 rue de la R√©publiqueB
69006 LyonJdr-000096@example.comæ
DR-000146-28	DR-000146DR-000146-INV-005"CRED-011(êÉÅı¨30R}
INV-000146-005	ëÂEURÈ"Í0:Company 000146B146 rue de la R√©publiqueB
69002 LyonJdr-000146@example.com%
day-2025-11-29(ò»ºê≠30≤	
È`
DR-000009-20	DR-000009DR-000009-INV-003"CRED-005(Ä∏öû≠30rÈ"reminder-2-phone`
DR-000012-34	DR-000012DR-000012-INV-006"CRED-007(≤∏öû≠30rÈ"reminder-1-emailº
DR-000019-35	DR-000019DR-000019-INV-006"CRED-007(‰∏öû≠30R{
INV-000019-006èHUSDÈ"È0:Company 000019B19 rue de la R√©publiqueB
69001 LyonJdr-000019@example.comΩ
DR-000046-25	DR-000046DR-000046-INV-005"CRED-010(ñπöû≠30R|
INV-000046-005	·—USDÈ"Í0:Company 000046B46 rue de la R√©publiqueB
69001 LyonJdr-000046@example.comZ
DR-000058-30	DR-000058DR-000058-INV-002"CRED-001(»πöû≠30™
Èuncollectable`
DR-000063-36	DR-000063DR-000063-INV-006"CRED-006(˙πöû≠30rÈ"reminder-2-phone`
DR-000104-16	DR-000104DR-000104-INV-006"CRED-003(¨∫öû≠30rÈ"reminder-1-emailø
DR-000105-11	DR-000105DR-000105-INV-006"CRED-010(ﬁ∫öû≠30R~
INV-000105-006
û˝âEURÈ"Í0:Company 000105B105 rue de la R√©publiqueB
69006 LyonJdr-000105@example.comø
DR-000109-26	DR-000109DR-000109-INV-005"CRED-011(êªöû≠30R~
INV-000109-005	∂ùEURÈ"È0:Customer 000109B109 rue de la R√©publiqueB
69001 LyonJdr-000109@example.comb
DR-000117-23	DR-000117DR-000117-INV-004"CRED-007(¬ªöû≠30r!È"reminder-4-warning`
DR-000123-27	DR-000123DR-000123-INV-005"CRED-001(Ùªöû≠30rÈ"reminder-1-emailæ
DR-000126-25	DR-000126DR-000126-INV-005"CRED-001(¶ºöû≠30R}
INV-000126-005	ùƒ,GBPÈ"Í0:Company 000126B126 rue de la R√©publiqueB
69009 LyonJdr-000126@example.comh
DR-000142-14	DR-000142DR-000142-INV-006"CRED-012(ÿºöû≠30Z'
DR-000142-PAY-6	˚∫+EURÈ %
day-2025-11-30(òÄ÷π≠30≤	
È]
DR-000005-17	DR-000005DR-000005-INV-003"CRED-007(Ä≥«≠30rÈ"formal-noticeæ
DR-000053-15	DR-000053DR-000053-INV-004"CRED-009(≤≥«≠30R}
INV-000053-004	∫ÅEURÈ"È0:Customer 000053B53 rue de la R√©publiqueB
69008 LyonJdr-000053@example.com`
DR-000057-33	DR-000057DR-000057-INV-006"CRED-005(‰≥«≠30rÈ"reminder-1-email`
DR-000095-32	DR-000095DR-000095-INV-005"CRED-004(ñÒ≥«≠30rÈ"reminder-2-phone^
DR-000095-33	DR-000095DR-000095-INV-005"CRED-004(»Ò≥«≠30z
	»πEURÈ	Èø
DR-000117-24	DR-000117DR-000117-INV-005"CRED-007(˙Ò≥«≠30R~
INV-000117-005	«≥USDÈ"È0:Customer 000117B117 rue de la R√©publiqueB
69009 LyonJdr-000117@example.comø
DR-000118-15	DR-000118DR-000118-INV-007"CRED-002(¨Ú≥«≠30R~
INV-000118-007
…ÛÅEURÈ"È0:Company 000118B118 rue de la R√©publiqueB
69001 LyonJdr-000118@example.comh
DR-000119-27	DR-000119DR-000119-INV-004"CRED-009(ﬁÚ≥«≠30Z'
DR-000119-PAY-6	ÿäEURÈ a
DR-000145-25	DR-000145DR-000145-INV-003"CRED-012(êÛ≥«≠30r È"reminder-3-letteri
DR-000148-28	DR-000148DR-000148-INV-004"CRED-005(¬Û≥«≠30Z(
DR-000148-PAY-9
ŸÕ†EURÈ %
day-2025-12-01(ò∏Ô‚≠30≤	
È`
DR-000023-20	DR-000023DR-000023-INV-004"CRED-002(Ä®Õ≠30rÈ"reminder-1-email^
DR-000032-8	DR-000032DR-000032-INV-004"CRED-012(≤®Õ≠30rÈ"courtesy-reminderi
DR-000040-14	DR-000040DR-000040-INV-007"CRED-003(‰®Õ≠30Z(
DR-000040-PAY-6
ÕªÇCHFÈ h
DR-000123-28	DR-000123DR-000123-INV-005"CRED-001(ñ©Õ≠30Z'
DR-000123-PAY-8	ÉëEURÈ æ
DR-000134-12	DR-000134DR-000134-INV-005"CRED-002(»©Õ≠30R}
INV-000134-005	Îõ:EURÈ"Í0:Company 000134B134 rue de la R√©publiqueB
69008 LyonJdr-000134@example.comæ
DR-000147-15	DR-000147DR-000147-INV-008"CRED-004(˙©Õ≠30R}
INV-000147-008	õü$EURÈ"Í0:Company 000147B147 rue de la R√©publiqueB
69003 LyonJdr-000147@example.comh
DR-000123-28	DR-000123DR-000123-INV-005"CRED-001(ñ©Õ≠30Z'
DR-000123-PAY-8	ÉëEURÈ %
day-2025-12-02(òàåÆ30≤	
Èª
DR-000002-9	DR-000002DR-000002-INV-005"CRED-007(Ä‡ÊôÆ30R{
INV-000002-005	Ö<EURÈ"Í0:Company 000002B2 rue de la R√©publiqueB
69002 LyonJdr-000002@example.com`
DR-000008-34	DR-000008DR-000008-INV-005"CRED-008(≤‡ÊôÆ30rÈ"reminder-1-email`
DR-000025-38	DR-000025DR-000025-INV-007"CRED-009(‰‡ÊôÆ30ä
goods not deliveredÈM
DR-000040-15	DR-000040DR-000040-INV-006"CRED-003(ñ·ÊôÆ30íÈ`
DR-000044-34	DR-000044DR-000044-INV-005"CRED-004(»·ÊôÆ30rÈ"reminder-2-phone`
DR-000052-18	DR-000052DR-000052-INV-003"CRED-008(˙·ÊôÆ30rÈ"reminder-1-email_
DR-000064-34	DR-000064DR-000064-INV-006"CRED-007(¨‚ÊôÆ30rÈ"courtesy-reminderh
DR-000104-17	DR-000104DR-000104-INV-006"CRED-003(ﬁ‚ÊôÆ30Z'
DR-000104-PAY-6	ÃÁEURÈ æ
DR-000112-9	DR-000112DR-000112-INV-004"CRED-012(ê„ÊôÆ30R~
INV-000112-004	ÔÆEURÈ"Í0:Customer 000112B112 rue de la R√©publiqueB
69004 LyonJdr-000112@example.comb
DR-000119-28	DR-000119DR-000119-INV-005"CRED-009(¬„ÊôÆ30r!È"reminder-4-warningb
DR-000126-26	DR-000126DR-000126-INV-004"CRED-001(Ù„ÊôÆ30r!È"reminder-4-warning%
day-2025-12-03(ò®¢µÆ30≤	
È`
DR-000018-21	DR-000018DR-000018-INV-004"CRED-005(ÄòÄ√Æ30rÈ"reminder-1-email`
DR-000028-33	DR-000028DR-000028-INV-006"CRED-012(≤òÄ√Æ30rÈ"reminder-2-phone`
DR-000040-16	DR-000040DR-000040-INV-006"CRED-003(‰òÄ√Æ30rÈ"reminder-1-emailv
DR-000044-35	DR-000044DR-000044-INV-004"CRED-004(ñôÄ√Æ30™4
È)small balance left after partial paymentsa
DR-000084-9	DR-000084DR-000084-INV-003"CRED-011(»ôÄ√Æ30r!È"reminder-4-warningg
DR-000098-32	DR-000098DR-000098-INV-004"CRED-009(˙ôÄ√Æ30Z&
DR-000098-PAY-8éEURÈ %
day-2025-12-04(ò‡ªﬁÆ30≤	
È^
DR-000042-8	DR-000042DR-000042-INV-004"CRED-011(Ä–ôÏÆ30rÈ"courtesy-reminderJ
DR-000046-26	DR-000046"CRED-010(≤–ôÏÆ30b
DR-000046-PAY-6Èf
DR-000096-15	DR-000096DR-000096-INV-006"CRED-001(‰–ôÏÆ30j%
DR-000096-CN-15	›—EURÈJ
DR-000123-29	DR-000123"CRED-001(ñ—ôÏÆ30b
DR-000123-PAY-8Èæ
DR-000125-12	DR-000125DR-000125-INV-006"CRED-007(»—ôÏÆ30R}
INV-000125-006	ﬁ˘EURÈ"Í0:Company 000125B125 rue de la R√©publiqueB
69008 LyonJdr-000125@example.com%
day-2025-12-05(òò’áØ30≤	
Èh
DR-000012-35	DR-000012DR-000012-INV-006"CRED-007(Äà≥ïØ30Z'
DR-000012-PAY-9	ÕáEURÈ Ω
DR-000028-34	DR-000028DR-000028-INV-007"CRED-012(≤à≥ïØ30R|
INV-000028-007	≈å+GBPÈ"Í0:Company 000028B28 rue de la R√©publiqueB
69001 LyonJdr-000028@example.com]
DR-000036-28	DR-000036DR-000036-INV-004"CRED-012(‰à≥ïØ30rÈ"formal-notice`
DR-000040-17	DR-000040DR-000040-INV-006"CRED-003(ñâ≥ïØ30rÈ"reminder-2-phone`
DR-000046-27	DR-000046DR-000046-INV-004"CRED-010(»â≥ïØ30rÈ"reminder-2-phoneΩ
DR-000063-37	DR-000063DR-000063-INV-007"CRED-006(˙â≥ïØ30R|
INV-000063-007	êß*EURÈ"Í0:Company 000063B63 rue de la R√©publiqueB
69009 LyonJdr-000063@example.comi
DR-000072-37	DR-000072DR-000072-INV-005"CRED-005(¨ä≥ïØ30Z(
DR-000072-PAY-12	»ÉEURÈ i
DR-000111-10	DR-000111DR-000111-INV-005"CRED-005(ﬁä≥ïØ30Z(
DR-000111-PAY-5
—ø∏EURÈ i
DR-000118-16	DR-000118DR-000118-INV-006"CRED-002(êã≥ïØ30Z(
DR-000118-PAY-6
˝æ∞EURÈ œ
DR-000127-29	DR-000127DR-000127-INV-006"CRED-008(¬ã≥ïØ30Rç
INV-000127-006
‹ËâEURÈ"Í*
ÈË‡0:Company 000127B127 rue de la R√©publiqueB
69001 LyonJdr-000127@example.comh
DR-000129-29	DR-000129DR-000129-INV-006"CRED-009(Ùã≥ïØ30Z'
DR-000129-PAY-6	™¡EURÈ Œ
DR-000150-29	DR-000150DR-000150-INV-007"CRED-004(¶å≥ïØ30Rå
INV-000150-007	ºËbEURÈ"Í*
È¸¸0:Company 000150B150 rue de la R√©publiqueB
69006 LyonJdr-000150@example.com%
day-2025-12-06(ò–Ó∞Ø30≤	
Èb
DR-000001-18	DR-000001DR-000001-INV-003"CRED-010(Ä¿ÃæØ30r!È"reminder-4-warninga
DR-000009-21	DR-000009DR-000009-INV-003"CRED-005(≤¿ÃæØ30r È"reminder-3-letterg
DR-000013-6	DR-000013DR-000013-INV-003"CRED-004(‰¿ÃæØ30Z'
DR-000013-PAY-3	ÿïEURÈ g
DR-000042-9	DR-000042DR-000042-INV-004"CRED-011(ñ¡ÃæØ30Z'
DR-000042-PAY-4	ÜÄEURÈ æ
DR-000050-31	DR-000050DR-000050-INV-006"CRED-010(»¡ÃæØ30R}
INV-000050-006	∂ﬁEURÈ"Í0:Customer 000050B50 rue de la R√©publiqueB
69005 LyonJdr-000050@example.comg
DR-000054-26	DR-000054DR-000054-INV-002"CRED-012(˙¡ÃæØ30Z&
DR-000054-PAY-8ËEURÈ Ω
DR-000056-14	DR-000056DR-000056-INV-006"CRED-011(¨¬ÃæØ30R|
INV-000056-006	≤ÍEURÈ"Í0:Company 000056B56 rue de la R√©publiqueB
69002 LyonJdr-000056@example.coma
DR-000063-38	DR-000063DR-000063-INV-006"CRED-006(ﬁ¬ÃæØ30r È"reminder-3-letterΩ
DR-000065-40	DR-000065DR-000065-INV-006"CRED-009(ê√ÃæØ30R|
INV-000065-006	â»*EURÈ"Í0:Company 000065B65 rue de la R√©publiqueB
69002 LyonJdr-000065@example.comΩ
DR-000075-26	DR-000075DR-000075-INV-006"CRED-010(¬√ÃæØ30R|
INV-000075-006	Ø¯4EURÈ"Í0:Company 000075B75 rue de la R√©publiqueB
69003 LyonJdr-000075@example.comh
DR-000082-18	DR-000082DR-000082-INV-003"CRED-002(Ù√ÃæØ30Z'
DR-000082-PAY-3	ùâEURÈ æ
DR-000114-15	DR-000114DR-000114-INV-007"CRED-003(¶ƒÃæØ30R}
INV-000114-007	¿’EURÈ"Í0:Company 000114B114 rue de la R√©publiqueB
69006 LyonJdr-000114@example.com`
DR-000123-30	DR-000123DR-000123-INV-005"CRED-001(ÿƒÃæØ30rÈ"reminder-2-phone%
day-2025-12-07(òàà⁄Ø30≤	
ÈU
DR-000001-19	DR-000001"CRED-010(Ä¯ÂÁØ30Z'
DR-000001-PAY-3	‹ÈEURÈ Ω
DR-000014-12	DR-000014DR-000014-INV-006"CRED-006(≤¯ÂÁØ30R|
INV-000014-006	ÀÊ5EURÈ"Í0:Company 000014B14 rue de la R√©publiqueB
69005 LyonJdr-000014@example.com_
DR-000015-20	DR-000015DR-000015-INV-004"CRED-005(‰¯ÂÁØ30rÈ"courtesy-reminderh
DR-000044-36	DR-000044DR-000044-INV-003"CRED-004(ñ˘ÂÁØ30Z'
DR-000044-PAY-9	ö€EURÈ a
DR-000046-28	DR-000046DR-000046-INV-004"CRED-010(»˘ÂÁØ30r È"reminder-3-letter`
DR-000057-34	DR-000057DR-000057-INV-006"CRED-005(˙˘ÂÁØ30rÈ"reminder-2-phoneº
DR-000059-7	DR-000059DR-000059-INV-003"CRED-001(¨˙ÂÁØ30R|
INV-000059-003÷;CHFÈ"Í0:Customer 000059B59 rue de la R√©publiqueB
69005 LyonJdr-000059@example.comg
DR-000060-30	DR-000060DR-000060-INV-003"CRED-008(ﬁ˙ÂÁØ30Z&
DR-000060-PAY-9ÂEURÈ S
DR-000064-35	DR-000064DR-000064-INV-005"CRED-007(ê˚ÂÁØ30ö
AGY-02Èh
DR-000095-34	DR-000095DR-000095-INV-005"CRED-004(¬˚ÂÁØ30Z'
DR-000095-PAY-5	»πEURÈ %
day-2025-12-08(ò¿°É∞30≤	
È`
DR-000023-21	DR-000023DR-000023-INV-004"CRED-002(Ä∞ˇê∞30rÈ	"reminder-2-phone^
DR-000023-22	DR-000023DR-000023-INV-004"CRED-002(≤∞ˇê∞30z
	˘ô5EURÈÈ	Ω
DR-000024-23	DR-000024DR-000024-INV-006"CRED-002(‰∞ˇê∞30R|
INV-000024-006	—ƒ:USDÈ	"Í0:Company 000024B24 rue de la R√©publiqueB
69006 LyonJdr-000024@example.comh
DR-000036-29	DR-000036DR-000036-INV-004"CRED-012(ñ±ˇê∞30Z'
DR-000036-PAY-10Ó;EURÈ	 Ω
DR-000060-31	DR-000060DR-000060-INV-005"CRED-008(»±ˇê∞30R|
INV-000060-005⁄`EURÈ	"Í0:Customer 000060B60 rue de la R√©publiqueB
69006 LyonJdr-000060@example.comæ
DR-000064-36	DR-000064DR-000064-INV-007"CRED-007(˙±ˇê∞30R}
INV-000064-007
±∏ÅEURÈ	"Í0:Company 000064B64 rue de la R√©publiqueB
69001 LyonJdr-000064@example.comJ
DR-000129-30	DR-000129"CRED-009(¨≤ˇê∞30b
DR-000129-PAY-6È	%
day-2025-12-09(ò¯∫¨∞30≤	
È	X
DR-000003-29	DR-000003DR-000003-INV-005"CRED-005(ÄËò∫∞30í	¶πEURÈ
`
DR-000008-35	DR-000008DR-000008-INV-005"CRED-008(≤Ëò∫∞30rÈ
"reminder-2-phone`
DR-000010-21	DR-000010DR-000010-INV-005"CRED-007(‰Ëò∫∞30rÈ
"reminder-1-emaila
DR-000044-37	DR-000044DR-000044-INV-005"CRED-004(ñÈò∫∞30r È
"reminder-3-letter`
DR-000052-19	DR-000052DR-000052-INV-003"CRED-008(»Èò∫∞30rÈ
"reminder-2-phoneU
DR-000071-21	DR-000071"CRED-002(˙Èò∫∞30Z'
DR-000071-PAY-6	ﬂÇUEURÈ
 _
DR-000085-31	DR-000085DR-000085-INV-004"CRED-008(¨Íò∫∞30rÈ
"courtesy-reminderh
DR-000100-13	DR-000100DR-000100-INV-005"CRED-008(ﬁÍò∫∞30Z'
DR-000100-PAY-5	’ŸKGBPÈ
 `
DR-000137-22	DR-000137DR-000137-INV-004"CRED-005(êÎò∫∞30rÈ
"reminder-1-emailb
DR-000145-26	DR-000145DR-000145-INV-003"CRED-012(¬Îò∫∞30r!È
"reminder-4-warning%
day-2025-12-10(ò∞‘’∞30≤	
È
g
DR-000009-22	DR-000009DR-000009-INV-003"CRED-005(Ä†≤„∞30Z&
DR-000009-PAY-6ú2EURÈ `
DR-000018-22	DR-000018DR-000018-INV-004"CRED-005(≤†≤„∞30rÈ"reminder-2-phonea
DR-000028-35	DR-000028DR-000028-INV-006"CRED-012(‰†≤„∞30r È"reminder-3-letter]
DR-000031-17	DR-000031DR-000031-INV-005"CRED-012(ñ°≤„∞30rÈ"formal-noticeg
DR-000032-9	DR-000032DR-000032-INV-004"CRED-012(»°≤„∞30Z'
DR-000032-PAY-4	ﬂƒEURÈ h
DR-000108-12	DR-000108DR-000108-INV-006"CRED-007(˙°≤„∞30Z'
DR-000108-PAY-6	ÿÚEURÈ `
DR-000129-31	DR-000129DR-000129-INV-006"CRED-009(¨¢≤„∞30rÈ"reminder-1-emailh
DR-000132-10	DR-000132DR-000132-INV-004"CRED-011(ﬁ¢≤„∞30Z'
DR-000132-PAY-4	êèEURÈ æ
DR-000136-9	DR-000136DR-000136-INV-004"CRED-009(ê£≤„∞30R~
INV-000136-004	ÅéUSDÈ"Í
0:Customer 000136B136 rue de la R√©publiqueB
69001 LyonJdr-000136@example.com%
day-2025-12-11(òËÌ˛∞30≤	
Èg
DR-000011-23	DR-000011DR-000011-INV-003"CRED-001(ÄÿÀå±30Z&
DR-000011-PAY-4áEURÈ æ
DR-000018-23	DR-000018DR-000018-INV-005"CRED-005(≤ÿÀå±30R}
INV-000018-005	•ÕEURÈ"Í0:Customer 000018B18 rue de la R√©publiqueB
69009 LyonJdr-000018@example.comi
DR-000044-38	DR-000044DR-000044-INV-005"CRED-004(‰ÿÀå±30Z(
DR-000044-PAY-10	£≈EURÈ Ω
DR-000048-12	DR-000048DR-000048-INV-004"CRED-005(ñŸÀå±30R|
INV-000048-004’<EURÈ"Í0:Customer 000048B48 rue de la R√©publiqueB
69003 LyonJdr-000048@example.comh
DR-000049-27	DR-000049DR-000049-INV-006"CRED-006(»ŸÀå±30Z'
DR-000049-PAY-6	ÈÌEURÈ `
DR-000055-26	DR-000055DR-000055-INV-005"CRED-004(˙ŸÀå±30rÈ"reminder-1-emaili
DR-000072-38	DR-000072DR-000072-INV-004"CRED-005(¨⁄Àå±30Z(
DR-000072-PAY-13	Ò∏EURÈ æ
DR-000113-33	DR-000113DR-000113-INV-006"CRED-006(ﬁ⁄Àå±30R}
INV-000113-006	‘ÅEURÈ"Í0:Company 000113B113 rue de la R√©publiqueB
69005 LyonJdr-000113@example.comΩ
DR-000116-9	DR-000116DR-000116-INV-005"CRED-001(ê€Àå±30R}
INV-000116-005	’´EURÈ"Í
0:Company 000116B116 rue de la R√©publiqueB
69008 LyonJdr-000116@example.com`
DR-000118-17	DR-000118DR-000118-INV-007"CRED-002(¬€Àå±30ä
goods not deliveredÈ`
DR-000120-17	DR-000120DR-000120-INV-003"CRED-004(Ù€Àå±30rÈ"reminder-1-emailh
DR-000129-32	DR-000129DR-000129-INV-006"CRED-009(¶‹Àå±30Z'
DR-000129-PAY-7	™¡EURÈ h
DR-000145-27	DR-000145DR-000145-INV-003"CRED-012(ÿ‹Àå±30Z'
DR-000145-PAY-9	ª∞EURÈ _
DR-000149-18	DR-000149DR-000149-INV-004"CRED-011(ä›Àå±30rÈ"courtesy-reminder%
day-2025-12-12(ò†á®±30≤	
È`
DR-000020-25	DR-000020DR-000020-INV-005"CRED-002(ÄêÂµ±30rÈ"reminder-1-emailX
DR-000025-39	DR-000025DR-000025-INV-007"CRED-009(≤êÂµ±30í	Â⁄EURÈ`
DR-000031-18	DR-000031DR-000031-INV-006"CRED-012(‰êÂµ±30rÈ"reminder-1-emaila
DR-000040-18	DR-000040DR-000040-INV-006"CRED-003(ñëÂµ±30r È"reminder-3-letter_
DR-000062-17	DR-000062DR-000062-INV-004"CRED-010(»ëÂµ±30rÈ"courtesy-reminder`
DR-000064-37	DR-000064DR-000064-INV-006"CRED-007(˙ëÂµ±30rÈ"reminder-1-emailh
DR-000094-13	DR-000094DR-000094-INV-006"CRED-010(¨íÂµ±30Z'
DR-000094-PAY-6	∏∑EURÈ æ
DR-000111-11	DR-000111DR-000111-INV-006"CRED-005(ﬁíÂµ±30R}
INV-000111-006	≠π.EURÈ"Í0:Company 000111B111 rue de la R√©publiqueB
69003 LyonJdr-000111@example.comh
DR-000119-29	DR-000119DR-000119-INV-005"CRED-009(êìÂµ±30Z'
DR-000119-PAY-7	ﬁ©EURÈ %
day-2025-12-13(òÿ†—±30≤	
ÈM
DR-000004-32	DR-000004DR-000004-INV-005"CRED-001(Ä»˛ﬁ±30íÈh
DR-000028-36	DR-000028DR-000028-INV-005"CRED-006(≤»˛ﬁ±30Z'
DR-000028-PAY-5	ÅµEURÈ º
DR-000040-19	DR-000040DR-000040-INV-008"CRED-003(‰»˛ﬁ±30R{
INV-000040-008√WCHFÈ"Í0:Company 000040B40 rue de la R√©publiqueB
69004 LyonJdr-000040@example.comÃ
DR-000089-17	DR-000089DR-000089-INV-006"CRED-008(ñ…˛ﬁ±30Rä
INV-000089-006	œ≈EURÈ"Í*
È˘0:Company 000089B89 rue de la R√©publiqueB
69008 LyonJdr-000089@example.coma
DR-000123-31	DR-000123DR-000123-INV-005"CRED-001(»…˛ﬁ±30r È"reminder-3-letteræ
DR-000130-19	DR-000130DR-000130-INV-006"CRED-008(˙…˛ﬁ±30R}
INV-000130-006	∫˚1CHFÈ"Í0:Company 000130B130 rue de la R√©publiqueB
69004 LyonJdr-000130@example.comh
DR-000146-29	DR-000146DR-000146-INV-003"CRED-011(¨ ˛ﬁ±30Z'
DR-000146-PAY-6	º÷;EURÈ %
day-2025-12-14(òê∫˙±30≤	
Èg
DR-000022-31	DR-000022DR-000022-INV-003"CRED-006(ÄÄòà≤30Z&
DR-000022-PAY-8ÃaEURÈ h
DR-000023-23	DR-000023DR-000023-INV-004"CRED-002(≤Äòà≤30Z'
DR-000023-PAY-4	˘ô5EURÈ `
DR-000025-40	DR-000025DR-000025-INV-007"CRED-009(‰Äòà≤30rÈ"reminder-1-emailΩ
DR-000041-22	DR-000041DR-000041-INV-007"CRED-004(ñÅòà≤30R|
INV-000041-007	ëÀEURÈ"Í0:Company 000041B41 rue de la R√©publiqueB
69005 LyonJdr-000041@example.coma
DR-000057-35	DR-000057DR-000057-INV-006"CRED-005(»Åòà≤30r È"reminder-3-letter]
DR-000117-25	DR-000117DR-000117-INV-004"CRED-007(˙Åòà≤30rÈ"formal-noticeh
DR-000143-29	DR-000143DR-000143-INV-003"CRED-004(¨Çòà≤30Z'
DR-000143-PAY-3	«¥mUSDÈ h
DR-000149-19	DR-000149DR-000149-INV-004"CRED-011(ﬁÇòà≤30Z'
DR-000149-PAY-5	ÄèEURÈ %
day-2025-12-15(ò»”£≤30≤	
Èb
DR-000009-23	DR-000009DR-000009-INV-003"CRED-005(Ä∏±±≤30r!È"reminder-4-warningæ
DR-000011-24	DR-000011DR-000011-INV-004"CRED-001(≤∏±±≤30R}
INV-000011-004	ÓãEURÈ"Í0:Customer 000011B11 rue de la R√©publiqueB
69002 LyonJdr-000011@example.comJ
DR-000012-36	DR-000012"CRED-007(‰∏±±≤30b
DR-000012-PAY-9ÈM
DR-000019-36	DR-000019DR-000019-INV-005"CRED-007(ñπ±±≤30íÈg
DR-000020-26	DR-000020DR-000020-INV-005"CRED-002(»π±±≤30Z&
DR-000020-PAY-7Ø4EURÈ h
DR-000022-32	DR-000022DR-000022-INV-004"CRED-006(˙π±±≤30Z'
DR-000022-PAY-9	‰ÕEURÈ Ω
DR-000023-24	DR-000023DR-000023-INV-005"CRED-012(¨∫±±≤30R|
INV-000023-005	å¬EURÈ"Í0:Company 000023B23 rue de la R√©publiqueB
69005 LyonJdr-000023@example.comb
DR-000063-39	DR-000063DR-000063-INV-006"CRED-006(ﬁ∫±±≤30r!È"reminder-4-warningi
DR-000069-34	DR-000069DR-000069-INV-004"CRED-006(êª±±≤30Z(
DR-000069-PAY-12	Í·EURÈ `
DR-000070-22	DR-000070DR-000070-INV-004"CRED-002(¬ª±±≤30rÈ"reminder-1-emaili
DR-000080-21	DR-000080DR-000080-INV-006"CRED-012(Ùª±±≤30Z(
DR-000080-PAY-6
ÚË¶EURÈ `
DR-000135-27	DR-000135DR-000135-INV-004"CRED-008(¶º±±≤30rÈ"reminder-1-emailg
DR-000140-11	DR-000140DR-000140-INV-005"CRED-002(ÿº±±≤30Z&
DR-000140-PAY-5˙6GBPÈ æ
DR-000148-29	DR-000148DR-000148-INV-007"CRED-005(äΩ±±≤30R}
INV-000148-007	àà%EURÈ"Í0:Company 000148B148 rue de la R√©publiqueB
69004 LyonJdr-000148@example.com`
DR-000148-30	DR-000148DR-000148-INV-006"CRED-005(ºΩ±±≤30rÈ"reminder-1-email%
day-2025-12-16(òÄÌÃ≤30≤	
Èa
DR-000008-36	DR-000008DR-000008-INV-005"CRED-008(Ä ⁄≤30r È"reminder-3-letter`
DR-000010-22	DR-000010DR-000010-INV-005"CRED-007(≤ ⁄≤30rÈ"reminder-2-phone`
DR-000012-37	DR-000012DR-000012-INV-006"CRED-007(‰ ⁄≤30rÈ"reminder-2-phone`
DR-000019-37	DR-000019DR-000019-INV-005"CRED-007(ñÒ ⁄≤30rÈ"reminder-1-email_
DR-000022-33	DR-000022DR-000022-INV-005"CRED-006(»Ò ⁄≤30rÈ"courtesy-reminderΩ
DR-000044-39	DR-000044DR-000044-INV-006"CRED-004(˙Ò ⁄≤30R|
INV-000044-006	ÌöEURÈ"Í0:Company 000044B44 rue de la R√©publiqueB
69008 LyonJdr-000044@example.comb
DR-000046-29	DR-000046DR-000046-INV-004"CRED-010(¨Ú ⁄≤30r!È"reminder-4-warninga
DR-000052-20	DR-000052DR-000052-INV-003"CRED-008(ﬁÚ ⁄≤30r È"reminder-3-letterÃ
DR-000058-31	DR-000058DR-000058-INV-006"CRED-001(êÛ ⁄≤30Rä
INV-000058-006	ˇí$EURÈ"Í*
È≈\0:Company 000058B58 rue de la R√©publiqueB
69004 LyonJdr-000058@example.com`
DR-000075-27	DR-000075DR-000075-INV-005"CRED-010(¬Û ⁄≤30rÈ"reminder-1-emaili
DR-000083-12	DR-000083DR-000083-INV-005"CRED-012(ÙÛ ⁄≤30Z(
DR-000083-PAY-5
ìÌÂUSDÈ h
DR-000089-18	DR-000089DR-000089-INV-005"CRED-008(¶Ù ⁄≤30Z'
DR-000089-PAY-5	ºÜEURÈ _
DR-000099-27	DR-000099DR-000099-INV-004"CRED-009(ÿÙ ⁄≤30rÈ"courtesy-reminderg
DR-000117-26	DR-000117DR-000117-INV-004"CRED-007(äı ⁄≤30Z&
DR-000117-PAY-4·TUSDÈ `
DR-000137-23	DR-000137DR-000137-INV-004"CRED-005(ºı ⁄≤30rÈ"reminder-2-phone%
day-2025-12-17(ò∏Üˆ≤30≤	
Èa
DR-000012-38	DR-000012DR-000012-INV-006"CRED-007(Ä®‰É≥30r È"reminder-3-letter_
DR-000014-13	DR-000014DR-000014-INV-005"CRED-006(≤®‰É≥30rÈ"courtesy-reminder`
DR-000015-21	DR-000015DR-000015-INV-004"CRED-005(‰®‰É≥30rÈ"reminder-1-emaila
DR-000018-24	DR-000018DR-000018-INV-004"CRED-005(ñ©‰É≥30r È"reminder-3-letter`
DR-000019-38	DR-000019DR-000019-INV-005"CRED-007(»©‰É≥30rÈ"reminder-2-phoneΩ
DR-000022-34	DR-000022DR-000022-INV-006"CRED-006(˙©‰É≥30R|
INV-000022-006	®©EURÈ"Í0:Company 000022B22 rue de la R√©publiqueB
69004 LyonJdr-000022@example.comh
DR-000031-19	DR-000031DR-000031-INV-006"CRED-012(¨™‰É≥30Z'
DR-000031-PAY-5	¥ìEURÈ `
DR-000038-24	DR-000038DR-000038-INV-005"CRED-012(ﬁ™‰É≥30rÈ"reminder-1-emailh
DR-000061-12	DR-000061DR-000061-INV-005"CRED-005(ê´‰É≥30Z'
DR-000061-PAY-5	ÆŒ!EURÈ h
DR-000063-40	DR-000063DR-000063-INV-006"CRED-006(¬´‰É≥30Z'
DR-000063-PAY-5	•ÿ;EURÈ Ω
DR-000087-31	DR-000087DR-000087-INV-006"CRED-004(Ù´‰É≥30R|
INV-000087-006	≥Ó EURÈ"Í0:Company 000087B87 rue de la R√©publiqueB
69006 LyonJdr-000087@example.comº
DR-000092-8	DR-000092DR-000092-INV-004"CRED-010(¶¨‰É≥30R|
INV-000092-004Ó^EURÈ"Í0:Customer 000092B92 rue de la R√©publiqueB
69002 LyonJdr-000092@example.com]
DR-000119-30	DR-000119DR-000119-INV-005"CRED-009(ÿ¨‰É≥30rÈ"formal-notice]
DR-000126-27	DR-000126DR-000126-INV-004"CRED-001(ä≠‰É≥30rÈ"formal-notice%
day-2025-12-18(òüü≥30≤	
Èh
DR-000003-30	DR-000003DR-000003-INV-005"CRED-005(Ä‡˝¨≥30Z'
DR-000003-PAY-5	£æEURÈ a
DR-000019-39	DR-000019DR-000019-INV-005"CRED-007(≤‡˝¨≥30r È"reminder-3-letterΩ
DR-000031-20	DR-000031DR-000031-INV-007"CRED-012(‰‡˝¨≥30R|
INV-000031-007	œÉ"EURÈ"Í0:Company 000031B31 rue de la R√©publiqueB
69004 LyonJdr-000031@example.comb
DR-000044-40	DR-000044DR-000044-INV-005"CRED-004(ñ·˝¨≥30r!È"reminder-4-warningh
DR-000046-30	DR-000046DR-000046-INV-004"CRED-010(»·˝¨≥30Z'
DR-000046-PAY-7	’ôUSDÈ `
DR-000055-27	DR-000055DR-000055-INV-005"CRED-004(˙·˝¨≥30rÈ"reminder-2-phone]
DR-000084-10	DR-000084DR-000084-INV-003"CRED-011(¨‚˝¨≥30rÈ"formal-noticeh
DR-000084-11	DR-000084DR-000084-INV-003"CRED-011(ﬁ‚˝¨≥30Z'
DR-000084-PAY-3	¡‡	EURÈ h
DR-000096-16	DR-000096DR-000096-INV-006"CRED-001(ê„˝¨≥30Z'
DR-000096-PAY-6	âçEURÈ æ
DR-000108-13	DR-000108DR-000108-INV-007"CRED-007(¬„˝¨≥30R}
INV-000108-007	†Ü{EURÈ"Í0:Company 000108B108 rue de la R√©publiqueB
69009 LyonJdr-000108@example.com`
DR-000120-18	DR-000120DR-000120-INV-003"CRED-004(Ù„˝¨≥30rÈ"reminder-2-phoneÃ
DR-000122-27	DR-000122DR-000122-INV-005"CRED-011(¶‰˝¨≥30Rä
INV-000122-005ùtEURÈ"Í*
È©0:Company 000122B122 rue de la R√©publiqueB
69005 LyonJdr-000122@example.comæ
DR-000143-30	DR-000143DR-000143-INV-005"CRED-004(ÿ‰˝¨≥30R}
INV-000143-005	≈ãUSDÈ"Í0:Company 000143B143 rue de la R√©publiqueB
69008 LyonJdr-000143@example.com%
day-2025-12-19(ò®π»≥30≤	
Èg
DR-000009-24	DR-000009DR-000009-INV-002"CRED-005(Äòó÷≥30Z&
DR-000009-PAY-7±jEURÈ h
DR-000010-23	DR-000010DR-000010-INV-004"CRED-007(≤òó÷≥30Z'
DR-000010-PAY-4	ÂûGBPÈ b
DR-000028-37	DR-000028DR-000028-INV-006"CRED-012(‰òó÷≥30r!È"reminder-4-warninge
DR-000048-13	DR-000048DR-000048-INV-004"CRED-005(ñôó÷≥30j$
DR-000048-CN-13⁄	EURÈ`
DR-000064-38	DR-000064DR-000064-INV-006"CRED-007(»ôó÷≥30rÈ"reminder-2-phoneh
DR-000075-28	DR-000075DR-000075-INV-005"CRED-010(˙ôó÷≥30Z'
DR-000075-PAY-7	ΩßEURÈ J
DR-000083-13	DR-000083"CRED-012(¨öó÷≥30b
DR-000083-PAY-5È`
DR-000085-32	DR-000085DR-000085-INV-004"CRED-008(ﬁöó÷≥30rÈ"reminder-1-email_
DR-000133-26	DR-000133DR-000133-INV-005"CRED-001(êõó÷≥30rÈ"courtesy-reminder%
day-2025-12-20(ò‡“Ò≥30≤	
Èg
DR-000009-25	DR-000009DR-000009-INV-003"CRED-005(Ä–∞ˇ≥30Z&
DR-000009-PAY-8«NEURÈ h
DR-000014-14	DR-000014DR-000014-INV-005"CRED-006(≤–∞ˇ≥30Z'
DR-000014-PAY-5	Ä˙EURÈ g
DR-000019-40	DR-000019DR-000019-INV-006"CRED-007(‰–∞ˇ≥30Z&
DR-000019-PAY-5èHUSDÈ _
DR-000026-21	DR-000026DR-000026-INV-004"CRED-003(ñ—∞ˇ≥30rÈ"courtesy-reminderi
DR-000036-30	DR-000036DR-000036-INV-004"CRED-012(»—∞ˇ≥30Z(
DR-000036-PAY-11	˜ôEURÈ _
DR-000059-8	DR-000059DR-000059-INV-003"CRED-001(˙—∞ˇ≥30ä
goods not deliveredÈ`
DR-000083-14	DR-000083DR-000083-INV-005"CRED-012(¨“∞ˇ≥30rÈ"reminder-1-email_
DR-000090-11	DR-000090DR-000090-INV-004"CRED-009(ﬁ“∞ˇ≥30rÈ"courtesy-reminderh
DR-000126-28	DR-000126DR-000126-INV-004"CRED-001(ê”∞ˇ≥30Z'
DR-000126-PAY-8	ÎüGBPÈ i
DR-000148-31	DR-000148DR-000148-INV-005"CRED-005(¬”∞ˇ≥30Z(
DR-000148-PAY-10	¨≠EURÈ %
day-2025-12-21(òòÏö¥30≤	
È`
DR-000025-41	DR-000025DR-000025-INV-007"CRED-009(Äà ®¥30rÈ"reminder-2-phoneb
DR-000040-20	DR-000040DR-000040-INV-006"CRED-003(≤à ®¥30r!È"reminder-4-warningh
DR-000040-21	DR-000040DR-000040-INV-006"CRED-003(‰à ®¥30Z'
DR-000040-PAY-7	ŸŒ/CHFÈ `
DR-000053-16	DR-000053DR-000053-INV-004"CRED-009(ñâ ®¥30ä
goods not deliveredÈh
DR-000063-41	DR-000063DR-000063-INV-005"CRED-006(»â ®¥30Z'
DR-000063-PAY-6	®œ4EURÈ Ω
DR-000085-33	DR-000085DR-000085-INV-005"CRED-008(˙â ®¥30R|
INV-000085-005	⁄ -EURÈ"Í0:Company 000085B85 rue de la R√©publiqueB
69004 LyonJdr-000085@example.comg
DR-000098-33	DR-000098DR-000098-INV-004"CRED-009(¨ä ®¥30Z&
DR-000098-PAY-9–EURÈ œ
DR-000103-28	DR-000103DR-000103-INV-006"CRED-005(ﬁä ®¥30Rç
INV-000103-006
¬ßóEURÈ"Í*
Í¨É0:Company 000103B103 rue de la R√©publiqueB
69004 LyonJdr-000103@example.comh
DR-000109-27	DR-000109DR-000109-INV-005"CRED-011(êã ®¥30Z'
DR-000109-PAY-5	∂ùEURÈ i
DR-000143-31	DR-000143DR-000143-INV-004"CRED-004(¬ã ®¥30Z(
DR-000143-PAY-4
ƒò±USDÈ `
DR-000144-11	DR-000144DR-000144-INV-005"CRED-007(Ùã ®¥30rÈ"reminder-1-email%
day-2025-12-22(ò–Öƒ¥30≤	
Èb
DR-000012-39	DR-000012DR-000012-INV-006"CRED-007(Ä¿„—¥30r!È"reminder-4-warningg
DR-000051-17	DR-000051DR-000051-INV-004"CRED-011(≤¿„—¥30Z&
DR-000051-PAY-4õyEURÈ _
DR-000054-27	DR-000054DR-000054-INV-004"CRED-005(‰¿„—¥30rÈ"courtesy-reminder`
DR-000062-18	DR-000062DR-000062-INV-004"CRED-010(ñ¡„—¥30rÈ"reminder-1-email`
DR-000070-23	DR-000070DR-000070-INV-004"CRED-002(»¡„—¥30rÈ"reminder-2-phoneΩ
DR-000077-14	DR-000077DR-000077-INV-004"CRED-005(˙¡„—¥30R|
INV-000077-004∂mEURÈ"Í0:Customer 000077B77 rue de la R√©publiqueB
69005 LyonJdr-000077@example.comº
DR-000078-9	DR-000078DR-000078-INV-005"CRED-004(¨¬„—¥30R|
INV-000078-005	çÁ8USDÈ"Í0:Company 000078B78 rue de la R√©publiqueB
69006 LyonJdr-000078@example.comΩ
DR-000099-28	DR-000099DR-000099-INV-005"CRED-009(ﬁ¬„—¥30R|
INV-000099-005	´ä,EURÈ"Í0:Company 000099B99 rue de la R√©publiqueB
69009 LyonJdr-000099@example.comÕ
DR-000102-11	DR-000102DR-000102-INV-006"CRED-011(ê√„—¥30Rã
INV-000102-006	ûÉEURÈ"Í*
Íó0:Company 000102B102 rue de la R√©publiqueB
69003 LyonJdr-000102@example.comv
DR-000119-31	DR-000119DR-000119-INV-005"CRED-009(¬√„—¥30™4
È)small balance left after partial paymentsb
DR-000123-32	DR-000123DR-000123-INV-005"CRED-001(Ù√„—¥30r!È"reminder-4-warning_
DR-000133-27	DR-000133DR-000133-INV-004"CRED-001(¶ƒ„—¥30rÈ"courtesy-reminder`
DR-000135-28	DR-000135DR-000135-INV-004"CRED-008(ÿƒ„—¥30rÈ"reminder-2-phoneh
DR-000144-12	DR-000144DR-000144-INV-005"CRED-007(ä≈„—¥30Z'
DR-000144-PAY-5	óå#EURÈ `
DR-000148-32	DR-000148DR-000148-INV-006"CRED-005(º≈„—¥30rÈ"reminder-2-phone%
day-2025-12-23(òàüÌ¥30≤	
Èa
DR-000010-24	DR-000010DR-000010-INV-005"CRED-007(Ä¯¸˙¥30r È"reminder-3-letterΩ
DR-000012-40	DR-000012DR-000012-INV-007"CRED-007(≤¯¸˙¥30R|
INV-000012-007	’"EURÈ"Í0:Company 000012B12 rue de la R√©publiqueB
69003 LyonJdr-000012@example.comh
DR-000025-42	DR-000025DR-000025-INV-007"CRED-009(‰¯¸˙¥30Z'
DR-000025-PAY-6	ÏÆEURÈ `
DR-000029-12	DR-000029DR-000029-INV-005"CRED-012(ñ˘¸˙¥30rÈ"reminder-1-emailg
DR-000054-28	DR-000054DR-000054-INV-003"CRED-005(»˘¸˙¥30Z&
DR-000054-PAY-9πEURÈ b
DR-000057-36	DR-000057DR-000057-INV-006"CRED-005(˙˘¸˙¥30r!È"reminder-4-warning`
DR-000075-29	DR-000075DR-000075-INV-005"CRED-010(¨˙¸˙¥30rÈ"reminder-2-phoneΩ
DR-000093-14	DR-000093DR-000093-INV-005"CRED-007(ﬁ˙¸˙¥30R|
INV-000093-005	Ü–^EURÈ"Í0:Company 000093B93 rue de la R√©publiqueB
69003 LyonJdr-000093@example.coma
DR-000137-24	DR-000137DR-000137-INV-004"CRED-005(ê˚¸˙¥30r È"reminder-3-letterJ
DR-000149-20	DR-000149"CRED-011(¬˚¸˙¥30b
DR-000149-PAY-5È`
DR-000150-30	DR-000150DR-000150-INV-007"CRED-004(Ù˚¸˙¥30ä
goods not deliveredÈ%
day-2025-12-24(ò¿∏ñµ30≤	
ÈΩ
DR-000006-24	DR-000006DR-000006-INV-005"CRED-002(Ä∞ñ§µ30R|
INV-000006-005	ãÔEURÈ"Í0:Customer 000006B6 rue de la R√©publiqueB
69006 LyonJdr-000006@example.comi
DR-000012-41	DR-000012DR-000012-INV-006"CRED-007(≤∞ñ§µ30Z(
DR-000012-PAY-10	ÕáEURÈ `
DR-000015-22	DR-000015DR-000015-INV-004"CRED-005(‰∞ñ§µ30rÈ"reminder-2-phoneJ
DR-000020-27	DR-000020"CRED-002(ñ±ñ§µ30b
DR-000020-PAY-7Èh
DR-000031-21	DR-000031DR-000031-INV-005"CRED-012(»±ñ§µ30Z'
DR-000031-PAY-6	ëÂEURÈ `
DR-000038-25	DR-000038DR-000038-INV-005"CRED-012(˙±ñ§µ30rÈ"reminder-2-phoneæ
DR-000066-15	DR-000066DR-000066-INV-007"CRED-012(¨≤ñ§µ30R}
INV-000066-007
©ü°EURÈ"Í0:Company 000066B66 rue de la R√©publiqueB
69003 LyonJdr-000066@example.comh
DR-000123-33	DR-000123DR-000123-INV-005"CRED-001(ﬁ≤ñ§µ30Z'
DR-000123-PAY-9	ÉëEURÈ g
DR-000141-10	DR-000141DR-000141-INV-004"CRED-009(ê≥ñ§µ30Z&
DR-000141-PAY-4√/EURÈ ]
DR-000145-28	DR-000145DR-000145-INV-003"CRED-012(¬≥ñ§µ30rÈ"formal-notice`
DR-000149-21	DR-000149DR-000149-INV-004"CRED-011(Ù≥ñ§µ30rÈ"reminder-1-email%
day-2025-12-25(ò¯—øµ30≤	
Èb
DR-000008-37	DR-000008DR-000008-INV-005"CRED-008(ÄËØÕµ30r!È"reminder-4-warningi
DR-000008-38	DR-000008DR-000008-INV-005"CRED-008(≤ËØÕµ30Z(
DR-000008-PAY-10	ûØEURÈ `
DR-000020-28	DR-000020DR-000020-INV-005"CRED-002(‰ËØÕµ30rÈ"reminder-2-phoneh
DR-000028-38	DR-000028DR-000028-INV-007"CRED-012(ñÈØÕµ30Z'
DR-000028-PAY-6	≈å+GBPÈ b
DR-000052-21	DR-000052DR-000052-INV-003"CRED-008(»ÈØÕµ30r!È"reminder-4-warninga
DR-000055-28	DR-000055DR-000055-INV-005"CRED-004(˙ÈØÕµ30r È"reminder-3-letter`
DR-000058-32	DR-000058DR-000058-INV-005"CRED-001(¨ÍØÕµ30rÈ"reminder-1-emailU
DR-000070-24	DR-000070"CRED-002(ﬁÍØÕµ30Z'
DR-000070-PAY-4	ƒ¸EURÈ æ
DR-000079-10	DR-000079DR-000079-INV-005"CRED-011(êÎØÕµ30R}
INV-000079-005	ã¬EURÈ"Í0:Customer 000079B79 rue de la R√©publiqueB
69007 LyonJdr-000079@example.com`
DR-000103-29	DR-000103DR-000103-INV-005"CRED-005(¬ÎØÕµ30rÈ"reminder-1-emaila
DR-000120-19	DR-000120DR-000120-INV-003"CRED-004(ÙÎØÕµ30r È"reminder-3-letter%
day-2025-12-26(ò∞ÎËµ30≤	
È