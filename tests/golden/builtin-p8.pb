Á
policy-fr-default-1(Ä¯•˘¡20∫≈
¬

fr-defaultÈ (:§ ˝ˇˇˇˇˇˇˇˇcourtesy-reminderreminder-1-email reminder-2-phone reminder-3-letter reminder-4-warning -formal-notice Ω
DR-000024-1	DR-000024DR-000024-INV-001"CRED-001(≤‡Éá¬20R}
INV-000024-001	”æEURÈ"È0:Customer 000024B24 rue de la R√©publiqueB
69006 LyonJdr-000024@example.comæ
DR-000129-1	DR-000129DR-000129-INV-001"CRED-008(‰‡Éá¬20R~
INV-000129-001	‘ÉEURÈ"È0:Customer 000129B129 rue de la R√©publiqueB
69003 LyonJdr-000129@example.com%
day-2025-01-01(ò®ø¢¬20≤	
Èª
DR-000002-1	DR-000002DR-000002-INV-001"CRED-004(Äòù∞¬20R{
INV-000002-001	ã÷7EURÈ"È0:Company 000002B2 rue de la R√©publiqueB
69002 LyonJdr-000002@example.comÀ
DR-000035-1	DR-000035DR-000035-INV-001"CRED-010(≤òù∞¬20Rä
INV-000035-001	÷¡0EURÈ"È*
Èò|0:Company 000035B35 rue de la R√©publiqueB
69008 LyonJdr-000035@example.comº
DR-000082-1	DR-000082DR-000082-INV-001"CRED-007(‰òù∞¬20R|
INV-000082-001	‘É1EURÈ"È0:Company 000082B82 rue de la R√©publiqueB
69001 LyonJdr-000082@example.comΩ
DR-000085-1	DR-000085DR-000085-INV-001"CRED-005(ñôù∞¬20R}
INV-000085-001	‡ìGBPÈ"È0:Customer 000085B85 rue de la R√©publiqueB
69004 LyonJdr-000085@example.comΩ
DR-000096-1	DR-000096DR-000096-INV-001"CRED-004(»ôù∞¬20R}
INV-000096-001
¯êªEURÈ"È0:Company 000096B96 rue de la R√©publiqueB
69006 LyonJdr-000096@example.com%
day-2025-01-02(ò‡ÿÀ¬20≤	
Èº
DR-000083-1	DR-000083DR-000083-INV-001"CRED-010(Ä–∂Ÿ¬20R|
INV-000083-001ã?EURÈ"È0:Customer 000083B83 rue de la R√©publiqueB
69002 LyonJdr-000083@example.comΩ
DR-000087-1	DR-000087DR-000087-INV-001"CRED-010(≤–∂Ÿ¬20R}
INV-000087-001	êÀEURÈ"È0:Customer 000087B87 rue de la R√©publiqueB
69006 LyonJdr-000087@example.com%
day-2025-01-03(òòÚÙ¬20≤	
Èº
DR-000054-1	DR-000054DR-000054-INV-001"CRED-003(Äà–Ç√20R|
INV-000054-001	≠˛EURÈ"È0:Company 000054B54 rue de la R√©publiqueB
69009 LyonJdr-000054@example.comæ
DR-000115-1	DR-000115DR-000115-INV-001"CRED-005(≤à–Ç√20R~
INV-000115-001	§ÓCHFÈ"È0:Customer 000115B115 rue de la R√©publiqueB
69007 LyonJdr-000115@example.comÕ
DR-000145-1	DR-000145DR-000145-INV-001"CRED-007(‰à–Ç√20Rå
INV-000145-001	ÓÒHEURÈ"È*
ÈÃ∫0:Company 000145B145 rue de la R√©publiqueB
69001 LyonJdr-000145@example.com%
day-2025-01-04(ò–ãû√20≤	
ÈΩ
DR-000045-1	DR-000045DR-000045-INV-001"CRED-002(Ä¿È´√20R}
INV-000045-001
ñÖãEURÈ"È0:Company 000045B45 rue de la R√©publiqueB
69009 LyonJdr-000045@example.comæ
DR-000111-1	DR-000111DR-000111-INV-001"CRED-003(≤¿È´√20R~
INV-000111-001	»≈CHFÈ"È0:Customer 000111B111 rue de la R√©publiqueB
69003 LyonJdr-000111@example.com%
day-2025-01-05(òà•«√20≤	
Èº
DR-000022-1	DR-000022DR-000022-INV-001"CRED-002(Ä¯Ç’√20R|
INV-000022-001	˘§_EURÈ"È0:Company 000022B22 rue de la R√©publiqueB
69004 LyonJdr-000022@example.comÀ
DR-000093-1	DR-000093DR-000093-INV-001"CRED-008(≤¯Ç’√20Rä
INV-000093-001	¶¬EURÈ"È*
Èê0:Company 000093B93 rue de la R√©publiqueB
69003 LyonJdr-000093@example.comº
DR-000097-1	DR-000097DR-000097-INV-001"CRED-007(‰¯Ç’√20R|
INV-000097-001	¢ÆEURÈ"È0:Company 000097B97 rue de la R√©publiqueB
69007 LyonJdr-000097@example.comΩ
DR-000124-1	DR-000124DR-000124-INV-001"CRED-011(ñ˘Ç’√20R}
INV-000124-001	≥ƒEURÈ"È0:Company 000124B124 rue de la R√©publiqueB
69007 LyonJdr-000124@example.com%
day-2025-01-06(ò¿æ√20≤	
Èº
DR-000005-1	DR-000005DR-000005-INV-001"CRED-010(Ä∞ú˛√20R|
INV-000005-001	áµEURÈ"È0:Customer 000005B5 rue de la R√©publiqueB
69005 LyonJdr-000005@example.comΩ
DR-000057-1	DR-000057DR-000057-INV-001"CRED-011(≤∞ú˛√20R}
INV-000057-001	°∑EURÈ"È0:Customer 000057B57 rue de la R√©publiqueB
69003 LyonJdr-000057@example.comº
DR-000058-1	DR-000058DR-000058-INV-001"CRED-010(‰∞ú˛√20R|
INV-000058-001	ÅÜ?EURÈ"È0:Company 000058B58 rue de la R√©publiqueB
69004 LyonJdr-000058@example.com%
day-2025-01-07(ò¯◊ôƒ20≤	
ÈΩ
DR-000028-1	DR-000028DR-000028-INV-001"CRED-005(ÄËµßƒ20R}
INV-000028-001	í‰EURÈ"È	0:Customer 000028B28 rue de la R√©publiqueB
69001 LyonJdr-000028@example.com%
day-2025-01-08(ò∞Ò¬ƒ20≤	
Èº
DR-000007-1	DR-000007DR-000007-INV-001"CRED-010(Ä†œ–ƒ20R|
INV-000007-001	ùÑ	EURÈ	"È0:Customer 000007B7 rue de la R√©publiqueB
69007 LyonJdr-000007@example.comº
DR-000033-1	DR-000033DR-000033-INV-001"CRED-010(≤†œ–ƒ20R|
INV-000033-001Â{GBPÈ	"È0:Customer 000033B33 rue de la R√©publiqueB
69006 LyonJdr-000033@example.comº
DR-000042-1	DR-000042DR-000042-INV-001"CRED-004(‰†œ–ƒ20R|
INV-000042-001	–ﬂEURÈ	"È
0:Company 000042B42 rue de la R√©publiqueB
69006 LyonJdr-000042@example.comº
DR-000075-1	DR-000075DR-000075-INV-001"CRED-004(ñ°œ–ƒ20R|
INV-000075-001	äÄ:EURÈ	"È0:Company 000075B75 rue de la R√©publiqueB
69003 LyonJdr-000075@example.comº
DR-000147-1	DR-000147DR-000147-INV-001"CRED-012(»°œ–ƒ20R|
INV-000147-001ÿ6EURÈ	"È0:Company 000147B147 rue de la R√©publiqueB
69003 LyonJdr-000147@example.com%
day-2025-01-09(òËäÏƒ20≤	
È	Ω
DR-000015-1	DR-000015DR-000015-INV-001"CRED-008(ÄÿË˘ƒ20R}
INV-000015-001	ıáEURÈ
"È	0:Customer 000015B15 rue de la R√©publiqueB
69006 LyonJdr-000015@example.comc
DR-000028-2	DR-000028DR-000028-INV-001"CRED-005(≤ÿË˘ƒ20j#
DR-000028-CN-2¿$EURÈ
º
DR-000074-1	DR-000074DR-000074-INV-001"CRED-007(‰ÿË˘ƒ20R|
INV-000074-001«fEURÈ
"È	0:Customer 000074B74 rue de la R√©publiqueB
69002 LyonJdr-000074@example.comΩ
DR-000095-1	DR-000095DR-000095-INV-001"CRED-007(ñŸË˘ƒ20R}
INV-000095-001	¢ËEURÈ
"È	0:Customer 000095B95 rue de la R√©publiqueB
69005 LyonJdr-000095@example.comΩ
DR-000099-1	DR-000099DR-000099-INV-001"CRED-006(»ŸË˘ƒ20R}
INV-000099-001
óªEURÈ
"È	0:Company 000099B99 rue de la R√©publiqueB
69009 LyonJdr-000099@example.comæ
DR-000127-1	DR-000127DR-000127-INV-001"CRED-012(˙ŸË˘ƒ20R~
INV-000127-001
ƒòóEURÈ
"È0:Company 000127B127 rue de la R√©publiqueB
69001 LyonJdr-000127@example.comΩ
DR-000143-1	DR-000143DR-000143-INV-001"CRED-005(¨⁄Ë˘ƒ20R}
INV-000143-001	ﬁÍ`EURÈ
"È	0:Company 000143B143 rue de la R√©publiqueB
69008 LyonJdr-000143@example.comΩ
DR-000148-1	DR-000148DR-000148-INV-001"CRED-003(ﬁ⁄Ë˘ƒ20R}
INV-000148-001	°ÑEURÈ
"È0:Company 000148B148 rue de la R√©publiqueB
69004 LyonJdr-000148@example.com%
day-2025-01-10(ò†§ï≈20≤	
È
%
day-2025-01-11(òÿΩæ≈20≤	
ÈΩ
DR-000047-1	DR-000047DR-000047-INV-001"CRED-008(Ä»õÃ≈20R}
INV-000047-001	”—EURÈ"È0:Customer 000047B47 rue de la R√©publiqueB
69002 LyonJdr-000047@example.comΩ
DR-000100-1	DR-000100DR-000100-INV-001"CRED-008(≤»õÃ≈20R}
INV-000100-001	ŸÀPEURÈ"È0:Company 000100B100 rue de la R√©publiqueB
69001 LyonJdr-000100@example.comΩ
DR-000121-1	DR-000121DR-000121-INV-001"CRED-003(‰»õÃ≈20R}
INV-000121-001	Æˆ2USDÈ"È0:Company 000121B121 rue de la R√©publiqueB
69004 LyonJdr-000121@example.com%
day-2025-01-12(òê◊Á≈20≤	
ÈÀ
DR-000012-1	DR-000012DR-000012-INV-001"CRED-002(ÄÄµı≈20Rä
INV-000012-001	º› CHFÈ"È*
ÈÂS0:Company 000012B12 rue de la R√©publiqueB
69003 LyonJdr-000012@example.comÕ
DR-000017-1	DR-000017DR-000017-INV-001"CRED-011(≤Äµı≈20Rå
INV-000017-001
≥Ü©USDÈ"È*
Èπ¯0:Company 000017B17 rue de la R√©publiqueB
69008 LyonJdr-000017@example.comº
DR-000040-1	DR-000040DR-000040-INV-001"CRED-007(‰Äµı≈20R|
INV-000040-001™TEURÈ"È0:Customer 000040B40 rue de la R√©publiqueB
69004 LyonJdr-000040@example.comº
DR-000053-1	DR-000053DR-000053-INV-001"CRED-008(ñÅµı≈20R|
INV-000053-001	›•USDÈ"È0:Company 000053B53 rue de la R√©publiqueB
69008 LyonJdr-000053@example.comæ
DR-000120-1	DR-000120DR-000120-INV-001"CRED-006(»Åµı≈20R~
INV-000120-001	ƒÕ
EURÈ"È0:Customer 000120B120 rue de la R√©publiqueB
69003 LyonJdr-000120@example.comæ
DR-000136-1	DR-000136DR-000136-INV-001"CRED-012(˙Åµı≈20R~
INV-000136-001	ü€EURÈ"È0:Customer 000136B136 rue de la R√©publiqueB
69001 LyonJdr-000136@example.com%
day-2025-01-13(ò»ê∆20≤	
Èº
DR-000068-1	DR-000068DR-000068-INV-001"CRED-001(Ä∏Œû∆20R|
INV-000068-001	¸éEURÈ"È0:Company 000068B68 rue de la R√©publiqueB
69005 LyonJdr-000068@example.comΩ
DR-000102-1	DR-000102DR-000102-INV-001"CRED-011(≤∏Œû∆20R}
INV-000102-001	∫÷EURÈ"È0:Company 000102B102 rue de la R√©publiqueB
69003 LyonJdr-000102@example.comΩ
DR-000150-1	DR-000150DR-000150-INV-001"CRED-002(‰∏Œû∆20R}
INV-000150-001	¶∞nCHFÈ"È0:Company 000150B150 rue de la R√©publiqueB
69006 LyonJdr-000150@example.com%
day-2025-01-14(òÄä∫∆20≤	
ÈΩ
DR-000038-1	DR-000038DR-000038-INV-001"CRED-006(ÄÁ«∆20R}
INV-000038-001	˝“EURÈ"È0:Customer 000038B38 rue de la R√©publiqueB
69002 LyonJdr-000038@example.comΩ
DR-000104-1	DR-000104DR-000104-INV-001"CRED-003(≤Á«∆20R}
INV-000104-001 SEURÈ"È0:Customer 000104B104 rue de la R√©publiqueB
69005 LyonJdr-000104@example.com%
day-2025-01-15(ò∏£„∆20≤	
Èº
DR-000088-1	DR-000088DR-000088-INV-001"CRED-010(Ä®ÅÒ∆20R|
INV-000088-001	≤ EURÈ"È0:Company 000088B88 rue de la R√©publiqueB
69007 LyonJdr-000088@example.comº
DR-000098-1	DR-000098DR-000098-INV-001"CRED-002(≤®ÅÒ∆20R|
INV-000098-001˚5EURÈ"È0:Customer 000098B98 rue de la R√©publiqueB
69008 LyonJdr-000098@example.comΩ
DR-000112-1	DR-000112DR-000112-INV-001"CRED-001(‰®ÅÒ∆20R}
INV-000112-001	€ÈEURÈ"È0:Company 000112B112 rue de la R√©publiqueB
69004 LyonJdr-000112@example.com%
day-2025-01-16(òºå«20≤	
Èº
DR-000029-1	DR-000029DR-000029-INV-001"CRED-006(Ä‡öö«20R|
INV-000029-001ÔwCHFÈ"È0:Customer 000029B29 rue de la R√©publiqueB
69002 LyonJdr-000029@example.com%
day-2025-01-17(ò®÷µ«20≤	
Èº
DR-000072-1	DR-000072DR-000072-INV-001"CRED-003(Äò¥√«20R|
INV-000072-001	©ûGBPÈ"È0:Company 000072B72 rue de la R√©publiqueB
69009 LyonJdr-000072@example.comΩ
DR-000084-1	DR-000084DR-000084-INV-001"CRED-005(≤ò¥√«20R}
INV-000084-001	˘©EURÈ"È0:Customer 000084B84 rue de la R√©publiqueB
69003 LyonJdr-000084@example.comΩ
DR-000119-1	DR-000119DR-000119-INV-001"CRED-009(‰ò¥√«20R}
INV-000119-001	à¶EURÈ"È0:Company 000119B119 rue de la R√©publiqueB
69002 LyonJdr-000119@example.comΩ
DR-000128-1	DR-000128DR-000128-INV-001"CRED-012(ñô¥√«20R}
INV-000128-001	º€0USDÈ"È0:Company 000128B128 rue de la R√©publiqueB
69002 LyonJdr-000128@example.com%
day-2025-01-18(ò‡Ôﬁ«20≤	
ÈÀ
DR-000034-1	DR-000034DR-000034-INV-001"CRED-009(Ä–ÕÏ«20Rä
INV-000034-001	ºÏ%USDÈ"È*
ÈÒ`0:Company 000034B34 rue de la R√©publiqueB
69007 LyonJdr-000034@example.comº
DR-000043-1	DR-000043DR-000043-INV-001"CRED-003(≤–ÕÏ«20R|
INV-000043-001ü,EURÈ"È0:Customer 000043B43 rue de la R√©publiqueB
69007 LyonJdr-000043@example.comº
DR-000061-1	DR-000061DR-000061-INV-001"CRED-007(‰–ÕÏ«20R|
INV-000061-001	ö‹EURÈ"È0:Company 000061B61 rue de la R√©publiqueB
69007 LyonJdr-000061@example.comæ
DR-000117-1	DR-000117DR-000117-INV-001"CRED-009(ñ—ÕÏ«20R~
INV-000117-001	¶ÁEURÈ"È0:Customer 000117B117 rue de la R√©publiqueB
69009 LyonJdr-000117@example.comæ
DR-000122-1	DR-000122DR-000122-INV-001"CRED-009(»—ÕÏ«20R~
INV-000122-001	ÿ∏EURÈ"È0:Customer 000122B122 rue de la R√©publiqueB
69005 LyonJdr-000122@example.com%
day-2025-01-19(òòâà»20≤	
Èº
DR-000006-1	DR-000006DR-000006-INV-001"CRED-011(ÄàÁï»20R|
INV-000006-001	œœEURÈ"È0:Customer 000006B6 rue de la R√©publiqueB
69006 LyonJdr-000006@example.com%
day-2025-01-20(ò–¢±»20≤	
Èº
DR-000001-1	DR-000001DR-000001-INV-001"CRED-006(Ä¿Äø»20R|
INV-000001-001	ÉÔEURÈ"È0:Customer 000001B1 rue de la R√©publiqueB
69001 LyonJdr-000001@example.comΩ
DR-000027-1	DR-000027DR-000027-INV-001"CRED-003(≤¿Äø»20R}
INV-000027-001	Õ”EURÈ"È0:Customer 000027B27 rue de la R√©publiqueB
69009 LyonJdr-000027@example.comº
DR-000062-1	DR-000062DR-000062-INV-001"CRED-012(‰¿Äø»20R|
INV-000062-001	Ã˘;EURÈ"È0:Company 000062B62 rue de la R√©publiqueB
69008 LyonJdr-000062@example.comÃ
DR-000103-1	DR-000103DR-000103-INV-001"CRED-009(ñ¡Äø»20Rã
INV-000103-001	…ÔEURÈ"È*
ÈÑ0:Company 000103B103 rue de la R√©publiqueB
69004 LyonJdr-000103@example.com%
day-2025-01-21(òàº⁄»20≤	
Èº
DR-000064-1	DR-000064DR-000064-INV-001"CRED-003(Ä¯ôË»20R|
INV-000064-001‘mEURÈ"È0:Customer 000064B64 rue de la R√©publiqueB
69001 LyonJdr-000064@example.comº
DR-000080-1	DR-000080DR-000080-INV-001"CRED-010(≤¯ôË»20R|
INV-000080-001	ïœ;EURÈ"È0:Company 000080B80 rue de la R√©publiqueB
69008 LyonJdr-000080@example.comº
DR-000081-1	DR-000081DR-000081-INV-001"CRED-005(‰¯ôË»20R|
INV-000081-001	´ŸaUSDÈ"È0:Company 000081B81 rue de la R√©publiqueB
69009 LyonJdr-000081@example.com%
day-2025-01-22(ò¿’É…20≤	
Èh
DR-000017-2	DR-000017DR-000017-INV-001"CRED-011(Ä∞≥ë…20Z(
DR-000017-PAY-1
˙ç£USDÈ Ω
DR-000048-1	DR-000048DR-000048-INV-001"CRED-001(≤∞≥ë…20R}
INV-000048-001	◊¢EURÈ"È	0:Customer 000048B48 rue de la R√©publiqueB
69003 LyonJdr-000048@example.comº
DR-000071-1	DR-000071DR-000071-INV-001"CRED-008(‰∞≥ë…20R|
INV-000071-001	Ûõ!EURÈ"È0:Company 000071B71 rue de la R√©publiqueB
69008 LyonJdr-000071@example.comc
DR-000122-2	DR-000122DR-000122-INV-001"CRED-009(ñ±≥ë…20j#
DR-000122-CN-2ÌEURÈ%
day-2025-01-23(ò¯Ó¨…20≤	
Èg
DR-000028-3	DR-000028DR-000028-INV-001"CRED-005(ÄËÃ∫…20Z'
DR-000028-PAY-1	“øEURÈ g
DR-000085-2	DR-000085DR-000085-INV-001"CRED-005(≤ËÃ∫…20Z'
DR-000085-PAY-1	‡ìGBPÈ g
DR-000115-2	DR-000115DR-000115-INV-001"CRED-005(‰ËÃ∫…20Z'
DR-000115-PAY-1	§ÓCHFÈ æ
DR-000116-1	DR-000116DR-000116-INV-001"CRED-010(ñÈÃ∫…20R~
INV-000116-001
Í∂èEURÈ"È0:Company 000116B116 rue de la R√©publiqueB
69008 LyonJdr-000116@example.com%
day-2025-01-24(ò∞à÷…20≤	
Èº
DR-000044-1	DR-000044DR-000044-INV-001"CRED-006(Ä†Ê„…20R|
INV-000044-001	¥ÎtEURÈ"È0:Company 000044B44 rue de la R√©publiqueB
69008 LyonJdr-000044@example.com%
day-2025-01-25(òË°ˇ…20≤	
ÈΩ
DR-000046-1	DR-000046DR-000046-INV-001"CRED-010(Äÿˇå 20R}
INV-000046-001	Ç°EURÈ"È0:Customer 000046B46 rue de la R√©publiqueB
69001 LyonJdr-000046@example.comΩ
DR-000090-1	DR-000090DR-000090-INV-001"CRED-002(≤ÿˇå 20R}
INV-000090-001
‘ìíGBPÈ"È0:Company 000090B90 rue de la R√©publiqueB
69009 LyonJdr-000090@example.comΩ
DR-000106-1	DR-000106DR-000106-INV-001"CRED-007(‰ÿˇå 20R}
INV-000106-001—,CHFÈ"È0:Customer 000106B106 rue de la R√©publiqueB
69007 LyonJdr-000106@example.com%
day-2025-01-26(ò†ª® 20≤	
ÈΩ
DR-000023-1	DR-000023DR-000023-INV-001"CRED-007(Äêô∂ 20R}
INV-000023-001	ïïEURÈ"È0:Customer 000023B23 rue de la R√©publiqueB
69005 LyonJdr-000023@example.comº
DR-000070-1	DR-000070DR-000070-INV-001"CRED-003(≤êô∂ 20R|
INV-000070-001	Ì¨>EURÈ"È0:Company 000070B70 rue de la R√©publiqueB
69007 LyonJdr-000070@example.com%
day-2025-01-27(òÿ‘— 20≤	
ÈΩ
DR-000019-1	DR-000019DR-000019-INV-001"CRED-003(Ä»≤ﬂ 20R}
INV-000019-001
˜ã±EURÈ"È0:Company 000019B19 rue de la R√©publiqueB
69001 LyonJdr-000019@example.comº
DR-000021-1	DR-000021DR-000021-INV-001"CRED-004(≤»≤ﬂ 20R|
INV-000021-001	‡ÊEURÈ"È0:Company 000021B21 rue de la R√©publiqueB
69003 LyonJdr-000021@example.comΩ
DR-000086-1	DR-000086DR-000086-INV-001"CRED-005(‰»≤ﬂ 20R}
INV-000086-001
¿ÍÕCHFÈ"È0:Company 000086B86 rue de la R√©publiqueB
69005 LyonJdr-000086@example.com^
DR-000129-2	DR-000129DR-000129-INV-001"CRED-008(ñ…≤ﬂ 20rÈ"courtesy-reminder%
day-2025-01-28(òêÓ˙ 20≤	
Èº
DR-000016-1	DR-000016DR-000016-INV-001"CRED-008(ÄÄÃàÀ20R|
INV-000016-001	øØEURÈ"È0:Company 000016B16 rue de la R√©publiqueB
69007 LyonJdr-000016@example.comg
DR-000087-2	DR-000087DR-000087-INV-001"CRED-010(≤ÄÃàÀ20Z'
DR-000087-PAY-1	êÀEURÈ æ
DR-000138-1	DR-000138DR-000138-INV-001"CRED-008(‰ÄÃàÀ20R~
INV-000138-001	 ÈCHFÈ"È0:Customer 000138B138 rue de la R√©publiqueB
69003 LyonJdr-000138@example.com%
day-2025-01-29(ò»á§À20≤	
ÈΩ
DR-000030-1	DR-000030DR-000030-INV-001"CRED-001(Ä∏Â±À20R}
INV-000030-001
£•¢EURÈ"È0:Company 000030B30 rue de la R√©publiqueB
69003 LyonJdr-000030@example.comf
DR-000033-2	DR-000033DR-000033-INV-001"CRED-010(≤∏Â±À20Z&
DR-000033-PAY-1Â{GBPÈ Õ
DR-000049-1	DR-000049DR-000049-INV-001"CRED-004(‰∏Â±À20Rå
INV-000049-001
Çˆ≥EURÈ"È*
È	ÃÃ0:Company 000049B49 rue de la R√©publiqueB
69004 LyonJdr-000049@example.com%
day-2025-01-30(òÄ°ÕÀ20≤	
Èª
DR-000004-1	DR-000004DR-000004-INV-001"CRED-011(Ä˛⁄À20R{
INV-000004-001	ÁΩGBPÈ"È0:Company 000004B4 rue de la R√©publiqueB
69004 LyonJdr-000004@example.comº
DR-000010-1	DR-000010DR-000010-INV-001"CRED-009(≤˛⁄À20R|
INV-000010-001	ä∑)EURÈ"È0:Company 000010B10 rue de la R√©publiqueB
69001 LyonJdr-000010@example.comæ
DR-000105-1	DR-000105DR-000105-INV-001"CRED-004(‰˛⁄À20R~
INV-000105-001	∏˚EURÈ"È0:Customer 000105B105 rue de la R√©publiqueB
69006 LyonJdr-000105@example.com%
day-2025-01-31(ò∏∫ˆÀ20≤	
ÈΩ
DR-000094-1	DR-000094DR-000094-INV-001"CRED-004(Ä®òÑÃ20R}
INV-000094-001	ÕøEURÈ"È0:Customer 000094B94 rue de la R√©publiqueB
69004 LyonJdr-000094@example.com%
day-2025-02-01(ò”üÃ20≤	
È^
DR-000097-2	DR-000097DR-000097-INV-001"CRED-007(Ä‡±≠Ã20rÈ"courtesy-reminderΩ
DR-000101-1	DR-000101DR-000101-INV-001"CRED-002(≤‡±≠Ã20R}
INV-000101-001	∑ÊCHFÈ"È0:Company 000101B101 rue de la R√©publiqueB
69002 LyonJdr-000101@example.com%
day-2025-02-02(ò®Ì»Ã20≤	
ÈΩ
DR-000073-1	DR-000073DR-000073-INV-001"CRED-007(ÄòÀ÷Ã20R}
INV-000073-001	Ê±EURÈ"È0:Customer 000073B73 rue de la R√©publiqueB
69001 LyonJdr-000073@example.comh
DR-000099-2	DR-000099DR-000099-INV-001"CRED-006(≤òÀ÷Ã20Z(
DR-000099-PAY-1
óªEURÈ g
DR-000120-2	DR-000120DR-000120-INV-001"CRED-006(‰òÀ÷Ã20Z'
DR-000120-PAY-1	ƒÕ
EURÈ g
DR-000122-3	DR-000122DR-000122-INV-001"CRED-009(ñôÀ÷Ã20Z'
DR-000122-PAY-1	ÎûEURÈ g
DR-000136-2	DR-000136DR-000136-INV-001"CRED-012(»ôÀ÷Ã20Z'
DR-000136-PAY-1	ü€EURÈ %
day-2025-02-03(ò‡ÜÚÃ20≤	
Èº
DR-000108-1	DR-000108DR-000108-INV-001"CRED-003(Ä–‰ˇÃ20R|
INV-000108-001çZEURÈ"È0:Company 000108B108 rue de la R√©publiqueB
69009 LyonJdr-000108@example.comΩ
DR-000132-1	DR-000132DR-000132-INV-001"CRED-005(≤–‰ˇÃ20R}
INV-000132-001	“Ù[CHFÈ"È0:Company 000132B132 rue de la R√©publiqueB
69006 LyonJdr-000132@example.comΩ
DR-000146-1	DR-000146DR-000146-INV-001"CRED-005(‰–‰ˇÃ20R}
INV-000146-001	æÃEURÈ"È0:Company 000146B146 rue de la R√©publiqueB
69002 LyonJdr-000146@example.com%
day-2025-02-04(òò†õÕ20≤	
È^
DR-000075-2	DR-000075DR-000075-INV-001"CRED-004(Äà˛®Õ20rÈ"courtesy-reminderg
DR-000097-3	DR-000097DR-000097-INV-001"CRED-007(≤à˛®Õ20Z'
DR-000097-PAY-1	¢ÆEURÈ æ
DR-000144-1	DR-000144DR-000144-INV-001"CRED-011(‰à˛®Õ20R~
INV-000144-001	ﬂºEURÈ"È0:Customer 000144B144 rue de la R√©publiqueB
69009 LyonJdr-000144@example.com%
day-2025-02-05(ò–πƒÕ20≤	
Èg
DR-000005-2	DR-000005DR-000005-INV-001"CRED-010(Ä¿ó“Õ20Z'
DR-000005-PAY-1	áµEURÈ À
DR-000055-1	DR-000055DR-000055-INV-001"CRED-003(≤¿ó“Õ20Rä
INV-000055-001	éû)EURÈ"È*
È«i0:Company 000055B55 rue de la R√©publiqueB
69001 LyonJdr-000055@example.comΩ
DR-000110-1	DR-000110DR-000110-INV-001"CRED-001(‰¿ó“Õ20R}
INV-000110-001	⁄’EURÈ"È0:Company 000110B110 rue de la R√©publiqueB
69002 LyonJdr-000110@example.comæ
DR-000137-1	DR-000137DR-000137-INV-001"CRED-009(ñ¡ó“Õ20R~
INV-000137-001
£®EURÈ"È0:Company 000137B137 rue de la R√©publiqueB
69002 LyonJdr-000137@example.com%
day-2025-02-06(òà”ÌÕ20≤	
Èº
DR-000017-3	DR-000017DR-000017-INV-002"CRED-011(Ä¯∞˚Õ20R|
INV-000017-002	˝ãUSDÈ"È0:Company 000017B17 rue de la R√©publiqueB
69008 LyonJdr-000017@example.comΩ
DR-000078-1	DR-000078DR-000078-INV-001"CRED-011(≤¯∞˚Õ20R}
INV-000078-001
âﬁ®EURÈ"È	0:Company 000078B78 rue de la R√©publiqueB
69006 LyonJdr-000078@example.com_
DR-000129-3	DR-000129DR-000129-INV-001"CRED-008(‰¯∞˚Õ20rÈ"reminder-1-email%
day-2025-02-07(ò¿ÏñŒ20≤	
Èº
DR-000077-1	DR-000077DR-000077-INV-001"CRED-010(Ä∞ §Œ20R|
INV-000077-001	≤EURÈ"È
0:Company 000077B77 rue de la R√©publiqueB
69005 LyonJdr-000077@example.comg
DR-000095-2	DR-000095DR-000095-INV-001"CRED-007(≤∞ §Œ20Z'
DR-000095-PAY-1	¢ËEURÈ %
day-2025-02-08(ò¯Ö¿Œ20≤	
È^
DR-000012-2	DR-000012DR-000012-INV-001"CRED-002(ÄË„ÕŒ20rÈ	"courtesy-reminderg
DR-000082-2	DR-000082DR-000082-INV-001"CRED-007(≤Ë„ÕŒ20Z'
DR-000082-PAY-1	‘É1EURÈ	 _
DR-000083-2	DR-000083DR-000083-INV-001"CRED-010(‰Ë„ÕŒ20rÈ	"reminder-1-emailΩ
DR-000130-1	DR-000130DR-000130-INV-001"CRED-009(ñÈ„ÕŒ20R}
INV-000130-001	Ê¢+CHFÈ	"È0:Company 000130B130 rue de la R√©publiqueB
69004 LyonJdr-000130@example.comΩ
DR-000140-1	DR-000140DR-000140-INV-001"CRED-003(»È„ÕŒ20R}
INV-000140-001	˙Æ8EURÈ	"È0:Company 000140B140 rue de la R√©publiqueB
69005 LyonJdr-000140@example.com%
day-2025-02-09(ò∞üÈŒ20≤	
È	g
DR-000112-2	DR-000112DR-000112-INV-001"CRED-001(Ä†˝ˆŒ20Z'
DR-000112-PAY-1	€ÈEURÈ
 æ
DR-000114-1	DR-000114DR-000114-INV-001"CRED-001(≤†˝ˆŒ20R~
INV-000114-001	¯ÍEURÈ
"È0:Customer 000114B114 rue de la R√©publiqueB
69006 LyonJdr-000114@example.com_
DR-000145-2	DR-000145DR-000145-INV-001"CRED-007(‰†˝ˆŒ20rÈ
"reminder-1-emailΩ
DR-000150-2	DR-000150DR-000150-INV-002"CRED-002(ñ°˝ˆŒ20R}
INV-000150-002	øÌ"CHFÈ
"È0:Company 000150B150 rue de la R√©publiqueB
69006 LyonJdr-000150@example.com%
day-2025-02-10(òË∏íœ20≤	
È
g
DR-000002-2	DR-000002DR-000002-INV-001"CRED-004(Äÿñ†œ20Z'
DR-000002-PAY-1	ã÷7EURÈ º
DR-000013-1	DR-000013DR-000013-INV-001"CRED-005(≤ÿñ†œ20R|
INV-000013-001	Ù∏EURÈ"È0:Company 000013B13 rue de la R√©publiqueB
69004 LyonJdr-000013@example.comg
DR-000053-2	DR-000053DR-000053-INV-001"CRED-008(‰ÿñ†œ20Z'
DR-000053-PAY-1	›•USDÈ g
DR-000055-2	DR-000055DR-000055-INV-001"CRED-003(ñŸñ†œ20Z'
DR-000055-PAY-1	«¥(EURÈ f
DR-000098-2	DR-000098DR-000098-INV-001"CRED-002(»Ÿñ†œ20Z&
DR-000098-PAY-1˚5EURÈ _
DR-000111-2	DR-000111DR-000111-INV-001"CRED-003(˙Ÿñ†œ20rÈ"reminder-1-email%
day-2025-02-11(ò†“ªœ20≤	
ÈÀ
DR-000039-1	DR-000039DR-000039-INV-001"CRED-006(Äê∞…œ20Rä
INV-000039-001	””GBPÈ"È*
Èº0:Company 000039B39 rue de la R√©publiqueB
69003 LyonJdr-000039@example.comº
DR-000068-2	DR-000068DR-000068-INV-002"CRED-001(≤ê∞…œ20R|
INV-000068-002	¡ÿkEURÈ"È0:Company 000068B68 rue de la R√©publiqueB
69005 LyonJdr-000068@example.com_
DR-000093-2	DR-000093DR-000093-INV-001"CRED-008(‰ê∞…œ20rÈ"reminder-1-emailæ
DR-000123-1	DR-000123DR-000123-INV-001"CRED-006(ñë∞…œ20R~
INV-000123-001	§œEURÈ"È0:Customer 000123B123 rue de la R√©publiqueB
69006 LyonJdr-000123@example.com%
day-2025-02-12(òÿÎ‰œ20≤	
Èª
DR-000009-1	DR-000009DR-000009-INV-001"CRED-003(Ä»…Úœ20R{
INV-000009-001	≥ñEURÈ"È0:Company 000009B9 rue de la R√©publiqueB
69009 LyonJdr-000009@example.com^
DR-000029-2	DR-000029DR-000029-INV-001"CRED-006(≤»…Úœ20rÈ"courtesy-reminderf
DR-000029-3	DR-000029DR-000029-INV-001"CRED-006(‰»…Úœ20Z&
DR-000029-PAY-1ÔwCHFÈ º
DR-000031-1	DR-000031DR-000031-INV-001"CRED-004(ñ……Úœ20R|
INV-000031-001	˛Ò<EURÈ"È0:Company 000031B31 rue de la R√©publiqueB
69004 LyonJdr-000031@example.comº
DR-000037-1	DR-000037DR-000037-INV-001"CRED-010(»……Úœ20R|
INV-000037-001	–‚EURÈ"È0:Company 000037B37 rue de la R√©publiqueB
69001 LyonJdr-000037@example.comº
DR-000041-1	DR-000041DR-000041-INV-001"CRED-009(˙……Úœ20R|
INV-000041-001	°åUSDÈ"È0:Company 000041B41 rue de la R√©publiqueB
69005 LyonJdr-000041@example.com_
DR-000057-2	DR-000057DR-000057-INV-001"CRED-011(¨ …Úœ20rÈ"reminder-1-email_
DR-000058-2	DR-000058DR-000058-INV-001"CRED-010(ﬁ …Úœ20rÈ"reminder-1-emailº
DR-000065-1	DR-000065DR-000065-INV-001"CRED-005(êÀ…Úœ20R|
INV-000065-001	ÒÔEURÈ"È0:Company 000065B65 rue de la R√©publiqueB
69002 LyonJdr-000065@example.comΩ
DR-000109-1	DR-000109DR-000109-INV-001"CRED-006(¬À…Úœ20R}
INV-000109-001	∏òEURÈ"È0:Company 000109B109 rue de la R√©publiqueB
69001 LyonJdr-000109@example.com%
day-2025-02-13(òêÖé–20≤	
Èº
DR-000011-1	DR-000011DR-000011-INV-001"CRED-003(ÄÄ„õ–20R|
INV-000011-001	Á‘EURÈ"È0:Company 000011B11 rue de la R√©publiqueB
69002 LyonJdr-000011@example.com^
DR-000084-2	DR-000084DR-000084-INV-001"CRED-005(≤Ä„õ–20rÈ"courtesy-reminderº
DR-000096-2	DR-000096DR-000096-INV-002"CRED-004(‰Ä„õ–20R|
INV-000096-002	ïÂEURÈ"È0:Company 000096B96 rue de la R√©publiqueB
69006 LyonJdr-000096@example.com^
DR-000119-2	DR-000119DR-000119-INV-001"CRED-009(ñÅ„õ–20rÈ"courtesy-reminderg
DR-000119-3	DR-000119DR-000119-INV-001"CRED-009(»Å„õ–20Z'
DR-000119-PAY-1	à¶EURÈ Ω
DR-000121-2	DR-000121DR-000121-INV-002"CRED-003(˙Å„õ–20R}
INV-000121-002	ë«USDÈ"È0:Company 000121B121 rue de la R√©publiqueB
69004 LyonJdr-000121@example.com_
DR-000129-4	DR-000129DR-000129-INV-001"CRED-008(¨Ç„õ–20rÈ"reminder-2-phoneg
DR-000145-3	DR-000145DR-000145-INV-001"CRED-007(ﬁÇ„õ–20Z'
DR-000145-PAY-1	ÓÒHEURÈ %
day-2025-02-14(ò»û∑–20≤	
È_
DR-000007-2	DR-000007DR-000007-INV-001"CRED-010(Ä∏¸ƒ–20rÈ"reminder-1-emailΩ
DR-000018-1	DR-000018DR-000018-INV-001"CRED-004(≤∏¸ƒ–20R}
INV-000018-001	±ÅEURÈ"È0:Customer 000018B18 rue de la R√©publiqueB
69009 LyonJdr-000018@example.comº
DR-000032-1	DR-000032DR-000032-INV-001"CRED-009(‰∏¸ƒ–20R|
INV-000032-001	ÜõEURÈ"È0:Company 000032B32 rue de la R√©publiqueB
69005 LyonJdr-000032@example.com_
DR-000075-3	DR-000075DR-000075-INV-001"CRED-004(ñπ¸ƒ–20rÈ"reminder-1-emailf
DR-000106-2	DR-000106DR-000106-INV-001"CRED-007(»π¸ƒ–20Z&
DR-000106-PAY-1—,CHFÈ Ω
DR-000131-1	DR-000131DR-000131-INV-001"CRED-006(˙π¸ƒ–20R}
INV-000131-001	∞ÀEURÈ"È0:Company 000131B131 rue de la R√©publiqueB
69005 LyonJdr-000131@example.comæ
DR-000135-1	DR-000135DR-000135-INV-001"CRED-008(¨∫¸ƒ–20R~
INV-000135-001	œ≥EURÈ"È0:Customer 000135B135 rue de la R√©publiqueB
69009 LyonJdr-000135@example.com%
day-2025-02-15(òÄ∏‡–20≤	
ÈT
DR-000007-3	DR-000007"CRED-010(ÄïÓ–20Z'
DR-000007-PAY-1	ùÑ	EURÈ _
DR-000015-2	DR-000015DR-000015-INV-001"CRED-008(≤ïÓ–20rÈ"reminder-1-emailº
DR-000063-1	DR-000063DR-000063-INV-001"CRED-002(‰ïÓ–20R|
INV-000063-001ì)EURÈ"È0:Customer 000063B63 rue de la R√©publiqueB
69009 LyonJdr-000063@example.comf
DR-000064-2	DR-000064DR-000064-INV-001"CRED-003(ñÒïÓ–20Z&
DR-000064-PAY-1‘mEURÈ _
DR-000074-2	DR-000074DR-000074-INV-001"CRED-007(»ÒïÓ–20rÈ"reminder-1-email_
DR-000083-3	DR-000083DR-000083-INV-001"CRED-010(˙ÒïÓ–20rÈ"reminder-2-phoneΩ
DR-000126-1	DR-000126DR-000126-INV-001"CRED-001(¨ÚïÓ–20R}
INV-000126-001	çìUSDÈ"È0:Company 000126B126 rue de la R√©publiqueB
69009 LyonJdr-000126@example.com_
DR-000143-2	DR-000143DR-000143-INV-001"CRED-005(ﬁÚïÓ–20rÈ"reminder-1-email%
day-2025-02-16(ò∏—â—20≤	
È^
DR-000001-2	DR-000001DR-000001-INV-001"CRED-006(Ä®Øó—20rÈ"courtesy-reminder^
DR-000022-2	DR-000022DR-000022-INV-001"CRED-002(≤®Øó—20rÈ"courtesy-reminderº
DR-000066-1	DR-000066DR-000066-INV-001"CRED-009(‰®Øó—20R|
INV-000066-001	÷ßEURÈ"È0:Company 000066B66 rue de la R√©publiqueB
69003 LyonJdr-000066@example.comº
DR-000067-1	DR-000067DR-000067-INV-001"CRED-002(ñ©Øó—20R|
INV-000067-001	ÒÎ"EURÈ"È0:Company 000067B67 rue de la R√©publiqueB
69004 LyonJdr-000067@example.comg
DR-000117-2	DR-000117DR-000117-INV-001"CRED-009(»©Øó—20Z'
DR-000117-PAY-1	¶ÁEURÈ Ω
DR-000142-1	DR-000142DR-000142-INV-001"CRED-004(˙©Øó—20R}
INV-000142-001	üıuEURÈ"È0:Company 000142B142 rue de la R√©publiqueB
69007 LyonJdr-000142@example.com%
day-2025-02-17(òÍ≤—20≤	
È_
DR-000047-2	DR-000047DR-000047-INV-001"CRED-008(Ä‡»¿—20rÈ"reminder-1-emailÀ
DR-000056-1	DR-000056DR-000056-INV-001"CRED-001(≤‡»¿—20Rä
INV-000056-001	ÖØ
EURÈ"È*
È≈0:Company 000056B56 rue de la R√©publiqueB
69002 LyonJdr-000056@example.com_
DR-000111-3	DR-000111DR-000111-INV-001"CRED-003(‰‡»¿—20rÈ"reminder-2-phoneΩ
DR-000149-1	DR-000149DR-000149-INV-001"CRED-001(ñ·»¿—20R}
INV-000149-001	¯»EURÈ"È0:Company 000149B149 rue de la R√©publiqueB
69005 LyonJdr-000149@example.com%
day-2025-02-18(ò®Ñ‹—20≤	
È_
DR-000012-3	DR-000012DR-000012-INV-001"CRED-002(Äò‚È—20rÈ"reminder-1-emailº
DR-000076-1	DR-000076DR-000076-INV-001"CRED-008(≤ò‚È—20R|
INV-000076-001∂OEURÈ"È0:Customer 000076B76 rue de la R√©publiqueB
69004 LyonJdr-000076@example.com_
DR-000093-3	DR-000093DR-000093-INV-001"CRED-008(‰ò‚È—20rÈ"reminder-2-phoneg
DR-000138-2	DR-000138DR-000138-INV-001"CRED-008(ñô‚È—20Z'
DR-000138-PAY-1	 ÈCHFÈ %
day-2025-02-19(ò‡ùÖ“20≤	
ÈÕ
DR-000025-1	DR-000025DR-000025-INV-001"CRED-009(Ä–˚í“20Rå
INV-000025-001
µæ¨EURÈ"È*
È»π0:Company 000025B25 rue de la R√©publiqueB
69007 LyonJdr-000025@example.com_
DR-000057-3	DR-000057DR-000057-INV-001"CRED-011(≤–˚í“20rÈ"reminder-2-phone_
DR-000058-3	DR-000058DR-000058-INV-001"CRED-010(‰–˚í“20rÈ"reminder-2-phoneº
DR-000097-4	DR-000097DR-000097-INV-002"CRED-007(ñ—˚í“20R|
INV-000097-002	ñÓEURÈ"È0:Company 000097B97 rue de la R√©publiqueB
69007 LyonJdr-000097@example.com^
DR-000147-2	DR-000147DR-000147-INV-001"CRED-012(»—˚í“20rÈ"courtesy-reminder_
DR-000150-3	DR-000150DR-000150-INV-001"CRED-002(˙—˚í“20rÈ"reminder-1-email%
day-2025-02-20(òò∑Æ“20≤	
ÈΩ
DR-000026-1	DR-000026DR-000026-INV-001"CRED-004(Äàïº“20R}
INV-000026-001	ËÜEURÈ"È0:Customer 000026B26 rue de la R√©publiqueB
69008 LyonJdr-000026@example.comÀ
DR-000036-1	DR-000036DR-000036-INV-001"CRED-010(≤àïº“20Rä
INV-000036-001	ƒœEURÈ"È*
Èâ0:Company 000036B36 rue de la R√©publiqueB
69009 LyonJdr-000036@example.com_
DR-000038-2	DR-000038DR-000038-INV-001"CRED-006(‰àïº“20rÈ"reminder-1-emailº
DR-000058-4	DR-000058DR-000058-INV-002"CRED-010(ñâïº“20R|
INV-000058-002	€§3EURÈ"È0:Company 000058B58 rue de la R√©publiqueB
69004 LyonJdr-000058@example.comº
DR-000061-2	DR-000061DR-000061-INV-002"CRED-007(»âïº“20R|
INV-000061-002	≥Ú'EURÈ"È0:Company 000061B61 rue de la R√©publiqueB
69007 LyonJdr-000061@example.comf
DR-000088-2	DR-000088DR-000088-INV-001"CRED-010(˙âïº“20Z&
DR-000088-PAY-1ÃREURÈ g
DR-000100-2	DR-000100DR-000100-INV-001"CRED-008(¨äïº“20Z'
DR-000100-PAY-1	ŸÀPEURÈ _
DR-000104-2	DR-000104DR-000104-INV-001"CRED-003(ﬁäïº“20rÈ"reminder-1-email`
DR-000129-5	DR-000129DR-000129-INV-001"CRED-008(êãïº“20r È"reminder-3-letterΩ
DR-000141-1	DR-000141DR-000141-INV-001"CRED-005(¬ãïº“20R}
INV-000141-001	◊ˆUSDÈ"È0:Company 000141B141 rue de la R√©publiqueB
69006 LyonJdr-000141@example.com%
day-2025-02-21(ò––◊“20≤	
Èª
DR-000008-1	DR-000008DR-000008-INV-001"CRED-008(Ä¿ÆÂ“20R{
INV-000008-001	¶ÜtEURÈ"È0:Company 000008B8 rue de la R√©publiqueB
69008 LyonJdr-000008@example.comg
DR-000023-2	DR-000023DR-000023-INV-001"CRED-007(≤¿ÆÂ“20Z'
DR-000023-PAY-1	ïïEURÈ _
DR-000024-2	DR-000024DR-000024-INV-001"CRED-001(‰¿ÆÂ“20rÈ"reminder-1-email^
DR-000046-2	DR-000046DR-000046-INV-001"CRED-010(ñ¡ÆÂ“20rÈ"courtesy-reminderº
DR-000059-1	DR-000059DR-000059-INV-001"CRED-007(»¡ÆÂ“20R|
INV-000059-001	⁄ŒEURÈ"È0:Company 000059B59 rue de la R√©publiqueB
69005 LyonJdr-000059@example.comº
DR-000069-1	DR-000069DR-000069-INV-001"CRED-003(˙¡ÆÂ“20R|
INV-000069-001	è≈4GBPÈ"È0:Company 000069B69 rue de la R√©publiqueB
69006 LyonJdr-000069@example.com_
DR-000075-4	DR-000075DR-000075-INV-001"CRED-004(¨¬ÆÂ“20rÈ"reminder-2-phone_
DR-000088-3	DR-000088DR-000088-INV-001"CRED-010(ﬁ¬ÆÂ“20rÈ"reminder-1-email^
DR-000090-2	DR-000090DR-000090-INV-001"CRED-002(ê√ÆÂ“20rÈ"courtesy-reminderº
DR-000091-1	DR-000091DR-000091-INV-001"CRED-009(¬√ÆÂ“20R|
INV-000091-001	ΩÒ4EURÈ"È0:Company 000091B91 rue de la R√©publiqueB
69001 LyonJdr-000091@example.comº
DR-000092-1	DR-000092DR-000092-INV-001"CRED-007(Ù√ÆÂ“20R|
INV-000092-001	†ßCHFÈ"È0:Company 000092B92 rue de la R√©publiqueB
69002 LyonJdr-000092@example.com%
day-2025-02-22(òàÍÄ”20≤	
ÈΩ
DR-000014-1	DR-000014DR-000014-INV-001"CRED-001(Ä¯«é”20R}
INV-000014-001	ßâCHFÈ"È0:Customer 000014B14 rue de la R√©publiqueB
69005 LyonJdr-000014@example.com_
DR-000015-3	DR-000015DR-000015-INV-001"CRED-008(≤¯«é”20rÈ"reminder-2-phone_
DR-000074-3	DR-000074DR-000074-INV-001"CRED-007(‰¯«é”20rÈ"reminder-2-phone`
DR-000083-4	DR-000083DR-000083-INV-001"CRED-010(ñ˘«é”20r È"reminder-3-letterΩ
DR-000113-1	DR-000113DR-000113-INV-001"CRED-010(»˘«é”20R}
INV-000113-001	˜’EURÈ"È0:Company 000113B113 rue de la R√©publiqueB
69005 LyonJdr-000113@example.comΩ
DR-000133-1	DR-000133DR-000133-INV-001"CRED-010(˙˘«é”20R}
INV-000133-001	Æ–EURÈ"È	0:Company 000133B133 rue de la R√©publiqueB
69007 LyonJdr-000133@example.com_
DR-000143-3	DR-000143DR-000143-INV-001"CRED-005(¨˙«é”20rÈ"reminder-2-phone%
day-2025-02-23(ò¿É™”20≤	
È^
DR-000019-2	DR-000019DR-000019-INV-001"CRED-003(Ä∞·∑”20rÈ"courtesy-reminderT
DR-000046-3	DR-000046"CRED-010(≤∞·∑”20Z'
DR-000046-PAY-1	Ç°EURÈ Ω
DR-000060-1	DR-000060DR-000060-INV-001"CRED-010(‰∞·∑”20R}
INV-000060-001	û”EURÈ"È0:Customer 000060B60 rue de la R√©publiqueB
69006 LyonJdr-000060@example.comg
DR-000068-3	DR-000068DR-000068-INV-001"CRED-001(ñ±·∑”20Z'
DR-000068-PAY-1	¸éEURÈ g
DR-000070-2	DR-000070DR-000070-INV-001"CRED-003(»±·∑”20Z'
DR-000070-PAY-1	Ì¨>EURÈ _
DR-000072-2	DR-000072DR-000072-INV-001"CRED-003(˙±·∑”20rÈ"reminder-1-email_
DR-000084-3	DR-000084DR-000084-INV-001"CRED-005(¨≤·∑”20rÈ"reminder-1-emailg
DR-000102-2	DR-000102DR-000102-INV-001"CRED-011(ﬁ≤·∑”20Z'
DR-000102-PAY-1	∫÷EURÈ Ω
DR-000107-1	DR-000107DR-000107-INV-001"CRED-011(ê≥·∑”20R}
INV-000107-001	·™EURÈ"È0:Company 000107B107 rue de la R√©publiqueB
69008 LyonJdr-000107@example.comΩ
DR-000125-1	DR-000125DR-000125-INV-001"CRED-007(¬≥·∑”20R}
INV-000125-001	ÿ˘EURÈ"È0:Company 000125B125 rue de la R√©publiqueB
69008 LyonJdr-000125@example.comΩ
DR-000147-3	DR-000147DR-000147-INV-002"CRED-012(Ù≥·∑”20R}
INV-000147-002	•Ó;EURÈ"È0:Company 000147B147 rue de la R√©publiqueB
69003 LyonJdr-000147@example.com%
day-2025-02-24(ò¯ú””20≤	
È_
DR-000034-2	DR-000034DR-000034-INV-001"CRED-009(ÄË˙‡”20rÈ"reminder-1-email_
DR-000039-2	DR-000039DR-000039-INV-001"CRED-006(≤Ë˙‡”20ä
goods not deliveredÈ_
DR-000043-2	DR-000043DR-000043-INV-001"CRED-003(‰Ë˙‡”20rÈ"reminder-1-email_
DR-000047-3	DR-000047DR-000047-INV-001"CRED-008(ñÈ˙‡”20rÈ"reminder-2-phone_
DR-000054-2	DR-000054DR-000054-INV-001"CRED-003(»È˙‡”20rÈ"reminder-1-emailº
DR-000079-1	DR-000079DR-000079-INV-001"CRED-012(˙È˙‡”20R|
INV-000079-001	à∏GBPÈ"È0:Company 000079B79 rue de la R√©publiqueB
69007 LyonJdr-000079@example.com`
DR-000111-4	DR-000111DR-000111-INV-001"CRED-003(¨Í˙‡”20r È"reminder-3-letter%
day-2025-02-25(ò∞∂¸”20≤	
È_
DR-000006-2	DR-000006DR-000006-INV-001"CRED-011(Ä†îä‘20rÈ"reminder-1-email_
DR-000012-4	DR-000012DR-000012-INV-001"CRED-002(≤†îä‘20rÈ"reminder-2-phoneg
DR-000034-3	DR-000034DR-000034-INV-001"CRED-009(‰†îä‘20Z'
DR-000034-PAY-1	ºÏ%USDÈ _
DR-000045-2	DR-000045DR-000045-INV-001"CRED-002(ñ°îä‘20rÈ"reminder-1-emailº
DR-000050-1	DR-000050DR-000050-INV-001"CRED-012(»°îä‘20R|
INV-000050-001•qEURÈ"È0:Customer 000050B50 rue de la R√©publiqueB
69005 LyonJdr-000050@example.comº
DR-000051-1	DR-000051DR-000051-INV-001"CRED-009(˙°îä‘20R|
INV-000051-001	ïê=EURÈ"È0:Company 000051B51 rue de la R√©publiqueB
69006 LyonJdr-000051@example.com`
DR-000093-4	DR-000093DR-000093-INV-001"CRED-008(¨¢îä‘20r È"reminder-3-letteræ
DR-000129-6	DR-000129DR-000129-INV-002"CRED-008(ﬁ¢îä‘20R~
INV-000129-002	†¶EURÈ"È0:Customer 000129B129 rue de la R√©publiqueB
69003 LyonJdr-000129@example.com%
day-2025-02-26(òËœ•‘20≤	
È_
DR-000001-3	DR-000001DR-000001-INV-001"CRED-006(Äÿ≠≥‘20rÈ"reminder-1-emailº
DR-000020-1	DR-000020DR-000020-INV-001"CRED-004(≤ÿ≠≥‘20R|
INV-000020-001	¿÷EURÈ"È0:Company 000020B20 rue de la R√©publiqueB
69002 LyonJdr-000020@example.com_
DR-000022-3	DR-000022DR-000022-INV-001"CRED-002(‰ÿ≠≥‘20rÈ"reminder-1-emailg
DR-000035-2	DR-000035DR-000035-INV-001"CRED-010(ñŸ≠≥‘20Z'
DR-000035-PAY-1	÷¡0EURÈ h
DR-000045-3	DR-000045DR-000045-INV-001"CRED-002(»Ÿ≠≥‘20Z(
DR-000045-PAY-1
ñÖãEURÈ º
DR-000052-1	DR-000052DR-000052-INV-001"CRED-006(˙Ÿ≠≥‘20R|
INV-000052-001	®’	EURÈ"È0:Company 000052B52 rue de la R√©publiqueB
69007 LyonJdr-000052@example.com`
DR-000057-4	DR-000057DR-000057-INV-001"CRED-011(¨⁄≠≥‘20r È"reminder-3-letter`
DR-000058-5	DR-000058DR-000058-INV-001"CRED-010(ﬁ⁄≠≥‘20r È"reminder-3-letter_
DR-000062-2	DR-000062DR-000062-INV-001"CRED-012(ê€≠≥‘20rÈ"reminder-1-emailÀ
DR-000080-2	DR-000080DR-000080-INV-002"CRED-010(¬€≠≥‘20Rä
INV-000080-002	”ıEURÈ"È*
È	ÑJ0:Company 000080B80 rue de la R√©publiqueB
69008 LyonJdr-000080@example.com_
DR-000103-2	DR-000103DR-000103-INV-001"CRED-009(Ù€≠≥‘20rÈ"reminder-1-email^
DR-000105-2	DR-000105DR-000105-INV-001"CRED-004(¶‹≠≥‘20rÈ"courtesy-reminder_
DR-000124-2	DR-000124DR-000124-INV-001"CRED-011(ÿ‹≠≥‘20rÈ"reminder-1-emailΩ
DR-000139-1	DR-000139DR-000139-INV-001"CRED-003(ä›≠≥‘20R}
INV-000139-001	â∞<USDÈ"È0:Company 000139B139 rue de la R√©publiqueB
69004 LyonJdr-000139@example.com_
DR-000150-4	DR-000150DR-000150-INV-001"CRED-002(º›≠≥‘20rÈ"reminder-2-phone%
day-2025-02-27(ò†ÈŒ‘20≤	
È_
DR-000038-3	DR-000038DR-000038-INV-001"CRED-006(Äê«‹‘20rÈ"reminder-2-phone\
DR-000038-4	DR-000038DR-000038-INV-001"CRED-006(≤ê«‹‘20z
æiEURÈÈ¥
DR-000058-6	DR-000058DR-000058-INV-001"CRED-010(‰ê«‹‘20Çs
DR-000058-PLAN-6È
È	¿·EUR
È	¿·EUR
È	¿·EUR
È
	¡·EUR_
DR-000104-3	DR-000104DR-000104-INV-001"CRED-003(ñë«‹‘20rÈ"reminder-2-phoneg
DR-000124-3	DR-000124DR-000124-INV-001"CRED-011(»ë«‹‘20Z'
DR-000124-PAY-1	≥ƒEURÈ æ
DR-000134-1	DR-000134DR-000134-INV-001"CRED-010(˙ë«‹‘20R~
INV-000134-001	£îEURÈ"È0:Customer 000134B134 rue de la R√©publiqueB
69008 LyonJdr-000134@example.com%
day-2025-02-28(òÿÇ¯‘20≤	
È_
DR-000024-3	DR-000024DR-000024-INV-001"CRED-001(Ä»‡Ö’20rÈ"reminder-2-phone]
DR-000024-4	DR-000024DR-000024-INV-001"CRED-001(≤»‡Ö’20z
	”æEURÈÈc
DR-000036-2	DR-000036DR-000036-INV-001"CRED-010(‰»‡Ö’20j#
DR-000036-CN-2§XEURÈ`
DR-000075-5	DR-000075DR-000075-INV-001"CRED-004(ñ…‡Ö’20r È"reminder-3-letter_
DR-000088-4	DR-000088DR-000088-INV-001"CRED-010(»…‡Ö’20rÈ"reminder-2-phoneæ
DR-000118-1	DR-000118DR-000118-INV-001"CRED-006(˙…‡Ö’20R~
INV-000118-001	ΩÇ
USDÈ"È0:Customer 000118B118 rue de la R√©publiqueB
69001 LyonJdr-000118@example.comg
DR-000144-2	DR-000144DR-000144-INV-001"CRED-011(¨ ‡Ö’20Z'
DR-000144-PAY-1	ﬂºEURÈ %
day-2025-03-01(òêú°’20≤	
ÈÀ
DR-000003-1	DR-000003DR-000003-INV-001"CRED-011(ÄÄ˙Æ’20Rä
INV-000003-001	∂ó{EURÈ"È*
È¨ª0:Company 000003B3 rue de la R√©publiqueB
69003 LyonJdr-000003@example.com`
DR-000015-4	DR-000015DR-000015-INV-001"CRED-008(≤Ä˙Æ’20r È"reminder-3-letterº
DR-000053-3	DR-000053DR-000053-INV-002"CRED-008(‰Ä˙Æ’20R|
INV-000053-002	∏Ã-USDÈ"È0:Company 000053B53 rue de la R√©publiqueB
69008 LyonJdr-000053@example.com`
DR-000074-4	DR-000074DR-000074-INV-001"CRED-007(ñÅ˙Æ’20r È"reminder-3-letterΩ
DR-000089-1	DR-000089DR-000089-INV-001"CRED-010(»Å˙Æ’20R}
INV-000089-001	ëÃEURÈ"È0:Customer 000089B89 rue de la R√©publiqueB
69008 LyonJdr-000089@example.coma
DR-000129-7	DR-000129DR-000129-INV-001"CRED-008(˙Å˙Æ’20r!È"reminder-4-warning`
DR-000143-4	DR-000143DR-000143-INV-001"CRED-005(¨Ç˙Æ’20r È"reminder-3-letter_
DR-000147-4	DR-000147DR-000147-INV-001"CRED-012(ﬁÇ˙Æ’20rÈ"reminder-1-email%
day-2025-03-02(ò»µ ’20≤	
Èh
DR-000030-2	DR-000030DR-000030-INV-001"CRED-001(Ä∏ìÿ’20Z(
DR-000030-PAY-1
£•¢EURÈ _
DR-000072-3	DR-000072DR-000072-INV-001"CRED-003(≤∏ìÿ’20rÈ"reminder-2-phone_
DR-000084-4	DR-000084DR-000084-INV-001"CRED-005(‰∏ìÿ’20rÈ"reminder-2-phone]
DR-000084-5	DR-000084DR-000084-INV-001"CRED-005(ñπìÿ’20z
	¸îEURÈÈ_
DR-000127-2	DR-000127DR-000127-INV-001"CRED-012(»πìÿ’20rÈ"reminder-1-email¥
DR-000143-5	DR-000143DR-000143-INV-001"CRED-005(˙πìÿ’20Çs
DR-000143-PLAN-5È
È	◊öEUR
È	◊öEUR
È	◊öEUR
È	ŸöEUR%
day-2025-03-03(òÄœÛ’20≤	
Èg
DR-000024-5	DR-000024DR-000024-INV-001"CRED-001(Ä¨Å÷20Z'
DR-000024-PAY-1	”æEURÈ _
DR-000043-3	DR-000043DR-000043-INV-001"CRED-003(≤¨Å÷20rÈ"reminder-2-phone`
DR-000047-4	DR-000047DR-000047-INV-001"CRED-008(‰¨Å÷20r È"reminder-3-letter_
DR-000054-3	DR-000054DR-000054-INV-001"CRED-003(ñÒ¨Å÷20rÈ"reminder-2-phone]
DR-000054-4	DR-000054DR-000054-INV-001"CRED-003(»Ò¨Å÷20z
	≠˛EURÈÈa
DR-000083-5	DR-000083DR-000083-INV-001"CRED-010(˙Ò¨Å÷20r!È"reminder-4-warningf
DR-000088-5	DR-000088DR-000088-INV-001"CRED-010(¨Ú¨Å÷20Z&
DR-000088-PAY-2ÛBEURÈ _
DR-000090-3	DR-000090DR-000090-INV-001"CRED-002(ﬁÚ¨Å÷20rÈ"reminder-1-emailh
DR-000127-3	DR-000127DR-000127-INV-001"CRED-012(êÛ¨Å÷20Z(
DR-000127-PAY-1
ƒòóEURÈ %
day-2025-03-04(ò∏Ëú÷20≤	
È_
DR-000006-3	DR-000006DR-000006-INV-001"CRED-011(Ä®∆™÷20rÈ"reminder-2-phone`
DR-000012-5	DR-000012DR-000012-INV-001"CRED-002(≤®∆™÷20r È"reminder-3-letterg
DR-000048-2	DR-000048DR-000048-INV-001"CRED-001(‰®∆™÷20Z'
DR-000048-PAY-1	◊¢EURÈ g
DR-000077-2	DR-000077DR-000077-INV-001"CRED-010(ñ©∆™÷20Z'
DR-000077-PAY-1	≤EURÈ _
DR-000121-3	DR-000121DR-000121-INV-001"CRED-003(»©∆™÷20rÈ"reminder-1-email%
day-2025-03-05(òÅ∆÷20≤	
È_
DR-000001-4	DR-000001DR-000001-INV-001"CRED-006(Ä‡ﬂ”÷20rÈ"reminder-2-phoneº
DR-000004-2	DR-000004DR-000004-INV-002"CRED-011(≤‡ﬂ”÷20R|
INV-000004-002
—ºàGBPÈ"È0:Company 000004B4 rue de la R√©publiqueB
69004 LyonJdr-000004@example.com_
DR-000019-3	DR-000019DR-000019-INV-001"CRED-003(‰‡ﬂ”÷20rÈ"reminder-1-email_
DR-000021-2	DR-000021DR-000021-INV-001"CRED-004(ñ·ﬂ”÷20rÈ"reminder-1-email_
DR-000022-4	DR-000022DR-000022-INV-001"CRED-002(»·ﬂ”÷20rÈ"reminder-2-phone_
DR-000062-3	DR-000062DR-000062-INV-001"CRED-012(˙·ﬂ”÷20rÈ"reminder-2-phone_
DR-000086-2	DR-000086DR-000086-INV-001"CRED-005(¨‚ﬂ”÷20rÈ"reminder-1-email_
DR-000103-3	DR-000103DR-000103-INV-001"CRED-009(ﬁ‚ﬂ”÷20rÈ"reminder-2-phonea
DR-000111-5	DR-000111DR-000111-INV-001"CRED-003(ê„ﬂ”÷20r!È"reminder-4-warning`
DR-000150-5	DR-000150DR-000150-INV-001"CRED-002(¬„ﬂ”÷20r È"reminder-3-letter%
day-2025-03-06(ò®õÔ÷20≤	
Èg
DR-000036-3	DR-000036DR-000036-INV-001"CRED-010(Äò˘¸÷20Z'
DR-000036-PAY-1	§óEURÈ _
DR-000059-2	DR-000059DR-000059-INV-001"CRED-007(≤ò˘¸÷20ä
goods not deliveredÈa
DR-000093-5	DR-000093DR-000093-INV-001"CRED-008(‰ò˘¸÷20r!È"reminder-4-warning`
DR-000104-4	DR-000104DR-000104-INV-001"CRED-003(ñô˘¸÷20r È"reminder-3-letterf
DR-000104-5	DR-000104DR-000104-INV-001"CRED-003(»ô˘¸÷20Z&
DR-000104-PAY-1Â)EURÈ g
DR-000109-2	DR-000109DR-000109-INV-001"CRED-006(˙ô˘¸÷20Z'
DR-000109-PAY-1	Ë°EURÈ %
day-2025-03-07(ò‡¥ò◊20≤	
ÈΩ
DR-000035-3	DR-000035DR-000035-INV-002"CRED-010(Ä–í¶◊20R}
INV-000035-002
¨˘ÃEURÈ"È0:Company 000035B35 rue de la R√©publiqueB
69008 LyonJdr-000035@example.comg
DR-000037-2	DR-000037DR-000037-INV-001"CRED-010(≤–í¶◊20Z'
DR-000037-PAY-1	–‚EURÈ g
DR-000044-2	DR-000044DR-000044-INV-001"CRED-006(‰–í¶◊20Z'
DR-000044-PAY-1	¥ÎtEURÈ a
DR-000057-5	DR-000057DR-000057-INV-001"CRED-011(ñ—í¶◊20r!È"reminder-4-warning`
DR-000088-6	DR-000088DR-000088-INV-001"CRED-010(»—í¶◊20r È"reminder-3-letterΩ
DR-000145-4	DR-000145DR-000145-INV-002"CRED-007(˙—í¶◊20R}
INV-000145-002	öøxEURÈ"È0:Company 000145B145 rue de la R√©publiqueB
69001 LyonJdr-000145@example.com%
day-2025-03-08(òòŒ¡◊20≤	
Èº
DR-000007-4	DR-000007DR-000007-INV-002"CRED-001(Äà¨œ◊20R|
INV-000007-002	˘áEURÈ	"È0:Customer 000007B7 rue de la R√©publiqueB
69007 LyonJdr-000007@example.comΩ
DR-000015-5	DR-000015DR-000015-INV-002"CRED-008(≤à¨œ◊20R}
INV-000015-002	‘ƒEURÈ	"È0:Customer 000015B15 rue de la R√©publiqueB
69006 LyonJdr-000015@example.comr
DR-000049-2	DR-000049DR-000049-INV-001"CRED-004(‰à¨œ◊20ä1
billing error on some lines	¿¸>EURÈ	_
DR-000105-3	DR-000105DR-000105-INV-001"CRED-004(ñâ¨œ◊20rÈ	"reminder-1-emailr
DR-000130-2	DR-000130DR-000130-INV-001"CRED-009(»â¨œ◊20ä1
billing error on some lines	ß±
CHFÈ	_
DR-000147-5	DR-000147DR-000147-INV-001"CRED-012(˙â¨œ◊20rÈ	"reminder-2-phone%
day-2025-03-09(ò–ÁÍ◊20≤	
È	Ω
DR-000047-5	DR-000047DR-000047-INV-002"CRED-008(Ä¿≈¯◊20R}
INV-000047-002	˝§EURÈ
"È	0:Customer 000047B47 rue de la R√©publiqueB
69002 LyonJdr-000047@example.comg
DR-000058-7	DR-000058DR-000058-INV-001"CRED-010(≤¿≈¯◊20Z'
DR-000058-PAY-1	¿·EURÈ
 `
DR-000072-4	DR-000072DR-000072-INV-001"CRED-003(‰¿≈¯◊20r È
"reminder-3-lettera
DR-000075-6	DR-000075DR-000075-INV-001"CRED-004(ñ¡≈¯◊20r!È
"reminder-4-warning_
DR-000094-2	DR-000094DR-000094-INV-001"CRED-004(»¡≈¯◊20rÈ
"reminder-1-email_
DR-000096-3	DR-000096DR-000096-INV-001"CRED-004(˙¡≈¯◊20rÈ
"reminder-1-emailÕ
DR-000100-3	DR-000100DR-000100-INV-002"CRED-008(¨¬≈¯◊20Rå
INV-000100-002	•¥kEURÈ
"È	*
È˚í0:Company 000100B100 rue de la R√©publiqueB
69001 LyonJdr-000100@example.comg
DR-000123-2	DR-000123DR-000123-INV-001"CRED-006(ﬁ¬≈¯◊20Z'
DR-000123-PAY-1	§œEURÈ
 g
DR-000135-2	DR-000135DR-000135-INV-001"CRED-008(ê√≈¯◊20Z'
DR-000135-PAY-1	œ≥EURÈ
 g
DR-000140-2	DR-000140DR-000140-INV-001"CRED-003(¬√≈¯◊20Z'
DR-000140-PAY-1	˙Æ8EURÈ
 %
day-2025-03-10(òàÅîÿ20≤	
È
g
DR-000009-2	DR-000009DR-000009-INV-001"CRED-003(Ä¯ﬁ°ÿ20Z'
DR-000009-PAY-1	≥ñEURÈ a
DR-000015-6	DR-000015DR-000015-INV-001"CRED-008(≤¯ﬁ°ÿ20r!È"reminder-4-warning`
DR-000043-4	DR-000043DR-000043-INV-001"CRED-003(‰¯ﬁ°ÿ20r È"reminder-3-letterf
DR-000073-2	DR-000073DR-000073-INV-001"CRED-007(ñ˘ﬁ°ÿ20Z&
DR-000073-PAY-1‰AEURÈ a
DR-000074-5	DR-000074DR-000074-INV-001"CRED-007(»˘ﬁ°ÿ20r!È"reminder-4-warningº
DR-000090-4	DR-000090DR-000090-INV-002"CRED-002(˙˘ﬁ°ÿ20R|
INV-000090-002	Ì∫GBPÈ"È
0:Company 000090B90 rue de la R√©publiqueB
69009 LyonJdr-000090@example.com_
DR-000090-5	DR-000090DR-000090-INV-001"CRED-002(¨˙ﬁ°ÿ20rÈ"reminder-2-phone_
DR-000128-2	DR-000128DR-000128-INV-001"CRED-012(ﬁ˙ﬁ°ÿ20rÈ"reminder-1-email%
day-2025-03-11(ò¿öΩÿ20≤	
È`
DR-000006-4	DR-000006DR-000006-INV-001"CRED-011(Ä∞¯ ÿ20r È"reminder-3-letter`
DR-000038-5	DR-000038DR-000038-INV-001"CRED-006(≤∞¯ ÿ20r È"reminder-3-letter_
DR-000073-3	DR-000073DR-000073-INV-001"CRED-007(‰∞¯ ÿ20rÈ"reminder-1-emailæ
DR-000115-3	DR-000115DR-000115-INV-002"CRED-005(ñ±¯ ÿ20R~
INV-000115-002	üèCHFÈ"È0:Customer 000115B115 rue de la R√©publiqueB
69007 LyonJdr-000115@example.com_
DR-000121-4	DR-000121DR-000121-INV-001"CRED-003(»±¯ ÿ20rÈ"reminder-2-phoneΩ
DR-000124-4	DR-000124DR-000124-INV-002"CRED-011(˙±¯ ÿ20R}
INV-000124-002	ı‰EURÈ"È0:Company 000124B124 rue de la R√©publiqueB
69007 LyonJdr-000124@example.com%
day-2025-03-12(ò¯≥Êÿ20≤	
È`
DR-000001-5	DR-000001DR-000001-INV-001"CRED-006(ÄËëÙÿ20r È"reminder-3-letterÀ
DR-000013-2	DR-000013DR-000013-INV-002"CRED-007(≤ËëÙÿ20Rä
INV-000013-002	µ¬EURÈ"È*
ÈÅ	0:Company 000013B13 rue de la R√©publiqueB
69004 LyonJdr-000013@example.com_
DR-000019-4	DR-000019DR-000019-INV-001"CRED-003(‰ËëÙÿ20rÈ"reminder-2-phone_
DR-000021-3	DR-000021DR-000021-INV-001"CRED-004(ñÈëÙÿ20rÈ"reminder-2-phone`
DR-000022-5	DR-000022DR-000022-INV-001"CRED-002(»ÈëÙÿ20r È"reminder-3-lettera
DR-000047-6	DR-000047DR-000047-INV-001"CRED-008(˙ÈëÙÿ20r!È"reminder-4-warning`
DR-000062-4	DR-000062DR-000062-INV-001"CRED-012(¨ÍëÙÿ20r È"reminder-3-letter_
DR-000086-3	DR-000086DR-000086-INV-001"CRED-005(ﬁÍëÙÿ20rÈ"reminder-2-phone`
DR-000103-4	DR-000103DR-000103-INV-001"CRED-009(êÎëÙÿ20r È"reminder-3-letter_
DR-000132-2	DR-000132DR-000132-INV-001"CRED-005(¬ÎëÙÿ20rÈ"reminder-1-email%
day-2025-03-13(ò∞ÕèŸ20≤	
Èa
DR-000012-6	DR-000012DR-000012-INV-001"CRED-002(Ä†´ùŸ20r!È"reminder-4-warning_
DR-000027-2	DR-000027DR-000027-INV-001"CRED-003(≤†´ùŸ20rÈ"reminder-1-emailΩ
DR-000043-5	DR-000043DR-000043-INV-002"CRED-003(‰†´ùŸ20R}
INV-000043-002	ƒÜEURÈ"È0:Customer 000043B43 rue de la R√©publiqueB
69007 LyonJdr-000043@example.comg
DR-000128-3	DR-000128DR-000128-INV-001"CRED-012(ñ°´ùŸ20Z'
DR-000128-PAY-1	º€0USDÈ g
DR-000146-2	DR-000146DR-000146-INV-001"CRED-005(»°´ùŸ20Z'
DR-000146-PAY-1	æÃEURÈ g
DR-000148-2	DR-000148DR-000148-INV-001"CRED-003(˙°´ùŸ20Z'
DR-000148-PAY-1	°ÑEURÈ %
day-2025-03-14(òËÊ∏Ÿ20≤	
Èª
DR-000006-5	DR-000006DR-000006-INV-002"CRED-011(Äÿƒ∆Ÿ20R{
INV-000006-002íEEURÈ"È0:Customer 000006B6 rue de la R√©publiqueB
69006 LyonJdr-000006@example.comÃ
DR-000077-3	DR-000077DR-000077-INV-002"CRED-010(≤ÿƒ∆Ÿ20Rã
INV-000077-002	¸∆9EURÈ"È*
È´ì0:Company 000077B77 rue de la R√©publiqueB
69005 LyonJdr-000077@example.com_
DR-000081-2	DR-000081DR-000081-INV-001"CRED-005(‰ÿƒ∆Ÿ20rÈ"reminder-1-email€
DR-000105-4	DR-000105DR-000105-INV-001"CRED-004(ñŸƒ∆Ÿ20Çô
DR-000105-PLAN-4È
ÈÙ)EUR
ÈÙ)EUR
ÈÙ)EUR
ÈÙ)EUR
ÈÙ)EUR
ÈÙ)EURæ
DR-000111-6	DR-000111DR-000111-INV-002"CRED-010(»Ÿƒ∆Ÿ20R~
INV-000111-002	ˇ…EURÈ"È0:Customer 000111B111 rue de la R√©publiqueB
69003 LyonJdr-000111@example.coma
DR-000150-6	DR-000150DR-000150-INV-001"CRED-002(˙Ÿƒ∆Ÿ20r!È"reminder-4-warning%
day-2025-03-15(ò†Ä‚Ÿ20≤	
Èa
DR-000038-6	DR-000038DR-000038-INV-001"CRED-006(ÄêﬁÔŸ20r!È"reminder-4-warning_
DR-000078-2	DR-000078DR-000078-INV-001"CRED-011(≤êﬁÔŸ20rÈ"reminder-1-emailΩ
DR-000083-6	DR-000083DR-000083-INV-002"CRED-010(‰êﬁÔŸ20R}
INV-000083-002	Ê¨EURÈ"È0:Customer 000083B83 rue de la R√©publiqueB
69002 LyonJdr-000083@example.com`
DR-000084-6	DR-000084DR-000084-INV-001"CRED-005(ñëﬁÔŸ20r È"reminder-3-letter^
DR-000101-2	DR-000101DR-000101-INV-001"CRED-002(»ëﬁÔŸ20rÈ"courtesy-remindera
DR-000104-6	DR-000104DR-000104-INV-001"CRED-003(˙ëﬁÔŸ20r!È"reminder-4-warningT
DR-000111-7	DR-000111"CRED-003(¨íﬁÔŸ20Z'
DR-000111-PAY-1	ÃÃCHFÈ h
DR-000137-2	DR-000137DR-000137-INV-001"CRED-009(ﬁíﬁÔŸ20Z(
DR-000137-PAY-1
£®EURÈ g
DR-000143-6	DR-000143DR-000143-INV-001"CRED-005(êìﬁÔŸ20Z'
DR-000143-PAY-1	◊öEURÈ `
DR-000147-6	DR-000147DR-000147-INV-001"CRED-012(¬ìﬁÔŸ20r È"reminder-3-letter%
day-2025-03-16(òÿôã⁄20≤	
È_
DR-000042-2	DR-000042DR-000042-INV-001"CRED-004(Ä»˜ò⁄20rÈ"reminder-1-emailg
DR-000057-6	DR-000057DR-000057-INV-001"CRED-011(≤»˜ò⁄20Z'
DR-000057-PAY-1	°∑EURÈ a
DR-000088-7	DR-000088DR-000088-INV-001"CRED-010(‰»˜ò⁄20r!È"reminder-4-warning_
DR-000094-3	DR-000094DR-000094-INV-001"CRED-004(ñ…˜ò⁄20rÈ"reminder-2-phone_
DR-000096-4	DR-000096DR-000096-INV-001"CRED-004(»…˜ò⁄20rÈ"reminder-2-phone\
DR-000129-8	DR-000129DR-000129-INV-001"CRED-008(˙…˜ò⁄20rÈ"formal-notice%
day-2025-03-17(òê≥¥⁄20≤	
Èº
DR-000055-3	DR-000055DR-000055-INV-002"CRED-003(ÄÄë¬⁄20R|
INV-000055-002	ÆEURÈ"È0:Company 000055B55 rue de la R√©publiqueB
69001 LyonJdr-000055@example.com`
DR-000090-6	DR-000090DR-000090-INV-001"CRED-002(≤Äë¬⁄20r È"reminder-3-letter%
day-2025-03-18(ò»Ã›⁄20≤	
Èº
DR-000012-7	DR-000012DR-000012-INV-002"CRED-004(Ä∏™Î⁄20R|
INV-000012-002	˘ÅEURÈ"È0:Company 000012B12 rue de la R√©publiqueB
69003 LyonJdr-000012@example.comh
DR-000019-5	DR-000019DR-000019-INV-001"CRED-003(≤∏™Î⁄20Z(
DR-000019-PAY-1
˜ã±EURÈ º
DR-000044-3	DR-000044DR-000044-INV-002"CRED-006(‰∏™Î⁄20R|
INV-000044-002	ÊªNEURÈ"È0:Company 000044B44 rue de la R√©publiqueB
69008 LyonJdr-000044@example.coma
DR-000072-5	DR-000072DR-000072-INV-001"CRED-003(ñπ™Î⁄20r!È"reminder-4-warning_
DR-000073-4	DR-000073DR-000073-INV-001"CRED-007(»π™Î⁄20rÈ"reminder-2-phoneΩ
DR-000075-7	DR-000075DR-000075-INV-002"CRED-004(˙π™Î⁄20R}
INV-000075-002
»Ñ•EURÈ"È0:Company 000075B75 rue de la R√©publiqueB
69003 LyonJdr-000075@example.comg
DR-000080-3	DR-000080DR-000080-INV-001"CRED-010(¨∫™Î⁄20Z'
DR-000080-PAY-1	ïœ;EURÈ \
DR-000083-7	DR-000083DR-000083-INV-001"CRED-010(ﬁ∫™Î⁄20rÈ"formal-noticea
DR-000084-7	DR-000084DR-000084-INV-001"CRED-005(êª™Î⁄20r!È"reminder-4-warning^
DR-000097-5	DR-000097DR-000097-INV-002"CRED-007(¬ª™Î⁄20rÈ"courtesy-reminderΩ
DR-000098-3	DR-000098DR-000098-INV-002"CRED-002(Ùª™Î⁄20R}
INV-000098-002	úùEURÈ"È0:Customer 000098B98 rue de la R√©publiqueB
69008 LyonJdr-000098@example.comg
DR-000101-3	DR-000101DR-000101-INV-001"CRED-002(¶º™Î⁄20Z'
DR-000101-PAY-1	∑ÊCHFÈ _
DR-000114-2	DR-000114DR-000114-INV-001"CRED-001(ÿº™Î⁄20rÈ"reminder-1-email`
DR-000121-5	DR-000121DR-000121-INV-001"CRED-003(äΩ™Î⁄20r È"reminder-3-letterΩ
DR-000143-7	DR-000143DR-000143-INV-002"CRED-005(ºΩ™Î⁄20R}
INV-000143-002	âÂEURÈ"È0:Company 000143B143 rue de la R√©publiqueB
69008 LyonJdr-000143@example.com%
day-2025-03-19(òÄÊÜ€20≤	
Èg
DR-000006-6	DR-000006DR-000006-INV-001"CRED-011(Ä√î€20Z'
DR-000006-PAY-1	œœEURÈ _
DR-000013-3	DR-000013DR-000013-INV-001"CRED-005(≤√î€20rÈ"reminder-1-email`
DR-000021-4	DR-000021DR-000021-INV-001"CRED-004(‰√î€20r È"reminder-3-lettera
DR-000043-6	DR-000043DR-000043-INV-001"CRED-003(ñÒ√î€20r!È"reminder-4-warningg
DR-000052-2	DR-000052DR-000052-INV-001"CRED-006(»Ò√î€20Z'
DR-000052-PAY-1	®’	EURÈ `
DR-000054-5	DR-000054DR-000054-INV-001"CRED-003(˙Ò√î€20r È"reminder-3-letter`
DR-000086-4	DR-000086DR-000086-INV-001"CRED-005(¨Ú√î€20r È"reminder-3-letterg
DR-000100-4	DR-000100DR-000100-INV-002"CRED-008(ﬁÚ√î€20Z'
DR-000100-PAY-2	™°iEURÈ æ
DR-000105-5	DR-000105DR-000105-INV-002"CRED-004(êÛ√î€20R~
INV-000105-002	∏ÜEURÈ"È0:Customer 000105B105 rue de la R√©publiqueB
69006 LyonJdr-000105@example.comΩ
DR-000110-2	DR-000110DR-000110-INV-002"CRED-011(¬Û√î€20R}
INV-000110-002	ìôEURÈ"È0:Company 000110B110 rue de la R√©publiqueB
69002 LyonJdr-000110@example.comh
DR-000116-2	DR-000116DR-000116-INV-001"CRED-010(ÙÛ√î€20Z(
DR-000116-PAY-1
Í∂èEURÈ W
DR-000130-3	DR-000130DR-000130-INV-001"CRED-009(¶Ù√î€20í	ë˘CHFÈ_
DR-000132-3	DR-000132DR-000132-INV-001"CRED-005(ÿÙ√î€20rÈ"reminder-2-phone%
day-2025-03-20(ò∏ˇØ€20≤	
Èº
DR-000009-3	DR-000009DR-000009-INV-002"CRED-003(Ä®›Ω€20R|
INV-000009-002
§ÕêEURÈ"È0:Company 000009B9 rue de la R√©publiqueB
69009 LyonJdr-000009@example.com_
DR-000027-3	DR-000027DR-000027-INV-001"CRED-003(≤®›Ω€20rÈ"reminder-2-phone_
DR-000040-2	DR-000040DR-000040-INV-001"CRED-007(‰®›Ω€20rÈ"reminder-1-emaila
DR-000054-6	DR-000054DR-000054-INV-001"CRED-003(ñ©›Ω€20r!È"reminder-4-warningg
DR-000065-2	DR-000065DR-000065-INV-001"CRED-005(»©›Ω€20Z'
DR-000065-PAY-1	ÒÔEURÈ Ω
DR-000103-5	DR-000103DR-000103-INV-002"CRED-009(˙©›Ω€20R}
INV-000103-002	È´EURÈ"È0:Company 000103B103 rue de la R√©publiqueB
69004 LyonJdr-000103@example.com_
DR-000130-4	DR-000130DR-000130-INV-001"CRED-009(¨™›Ω€20rÈ"reminder-1-email%
day-2025-03-21(òòŸ€20≤	
Èa
DR-000001-6	DR-000001DR-000001-INV-001"CRED-006(Ä‡ˆÊ€20r!È"reminder-4-warninga
DR-000022-6	DR-000022DR-000022-INV-001"CRED-002(≤‡ˆÊ€20r!È"reminder-4-warningΩ
DR-000023-3	DR-000023DR-000023-INV-002"CRED-007(‰‡ˆÊ€20R}
INV-000023-002	ËÁEURÈ"È0:Customer 000023B23 rue de la R√©publiqueB
69005 LyonJdr-000023@example.comº
DR-000045-4	DR-000045DR-000045-INV-002"CRED-002(ñ·ˆÊ€20R|
INV-000045-002	”åEURÈ"È0:Company 000045B45 rue de la R√©publiqueB
69009 LyonJdr-000045@example.coma
DR-000062-5	DR-000062DR-000062-INV-001"CRED-012(»·ˆÊ€20r!È"reminder-4-warning_
DR-000081-3	DR-000081DR-000081-INV-001"CRED-005(˙·ˆÊ€20rÈ"reminder-2-phone]
DR-000081-4	DR-000081DR-000081-INV-001"CRED-005(¨‚ˆÊ€20z
	´ŸaUSDÈÈf
DR-000088-8	DR-000088DR-000088-INV-001"CRED-010(ﬁ‚ˆÊ€20Z&
DR-000088-PAY-3ä8EURÈ \
DR-000093-6	DR-000093DR-000093-INV-001"CRED-008(ê„ˆÊ€20rÈ"formal-noticeg
DR-000097-6	DR-000097DR-000097-INV-002"CRED-007(¬„ˆÊ€20Z'
DR-000097-PAY-2	ñÓEURÈ a
DR-000103-6	DR-000103DR-000103-INV-001"CRED-009(Ù„ˆÊ€20r!È"reminder-4-warningf
DR-000105-6	DR-000105DR-000105-INV-001"CRED-004(¶‰ˆÊ€20Z&
DR-000105-PAY-1Ù)EURÈ g
DR-000118-2	DR-000118DR-000118-INV-001"CRED-006(ÿ‰ˆÊ€20Z'
DR-000118-PAY-1	ΩÇ
USDÈ g
DR-000139-2	DR-000139DR-000139-INV-001"CRED-003(äÂˆÊ€20Z'
DR-000139-PAY-1	â∞<USDÈ æ
DR-000144-3	DR-000144DR-000144-INV-002"CRED-011(ºÂˆÊ€20R~
INV-000144-002	Ø¯EURÈ"È0:Customer 000144B144 rue de la R√©publiqueB
69009 LyonJdr-000144@example.com%
day-2025-03-22(ò®≤Ç‹20≤	
ÈT
DR-000014-2	DR-000014"CRED-001(Äòêê‹20Z'
DR-000014-PAY-1	ßâCHFÈ ^
DR-000060-2	DR-000060DR-000060-INV-001"CRED-010(≤òêê‹20rÈ"courtesy-reminder_
DR-000069-2	DR-000069DR-000069-INV-001"CRED-003(‰òêê‹20ä
goods not deliveredÈΩ
DR-000074-6	DR-000074DR-000074-INV-002"CRED-007(ñôêê‹20R}
INV-000074-002	†ïEURÈ"È0:Customer 000074B74 rue de la R√©publiqueB
69002 LyonJdr-000074@example.comf
DR-000074-7	DR-000074DR-000074-INV-001"CRED-007(»ôêê‹20Z&
DR-000074-PAY-1«fEURÈ _
DR-000078-3	DR-000078DR-000078-INV-001"CRED-011(˙ôêê‹20rÈ"reminder-2-phone^
DR-000125-2	DR-000125DR-000125-INV-001"CRED-007(¨öêê‹20rÈ"courtesy-reminder%
day-2025-03-23(ò‡À´‹20≤	
Èª
DR-000002-3	DR-000002DR-000002-INV-002"CRED-004(Ä–©π‹20R{
INV-000002-002	Æ•"EURÈ"È0:Company 000002B2 rue de la R√©publiqueB
69002 LyonJdr-000002@example.com_
DR-000018-2	DR-000018DR-000018-INV-001"CRED-004(≤–©π‹20rÈ"reminder-1-emailÃ
DR-000030-3	DR-000030DR-000030-INV-002"CRED-001(‰–©π‹20Rã
INV-000030-002	á™SEURÈ"È*
È©’0:Company 000030B30 rue de la R√©publiqueB
69003 LyonJdr-000030@example.com_
DR-000042-3	DR-000042DR-000042-INV-001"CRED-004(ñ—©π‹20rÈ"reminder-2-phoneg
DR-000042-4	DR-000042DR-000042-INV-001"CRED-004(»—©π‹20Z'
DR-000042-PAY-1	–ﬂEURÈ `
DR-000094-4	DR-000094DR-000094-INV-001"CRED-004(˙—©π‹20r È"reminder-3-letter`
DR-000096-5	DR-000096DR-000096-INV-001"CRED-004(¨“©π‹20r È"reminder-3-letterg
DR-000107-2	DR-000107DR-000107-INV-001"CRED-011(ﬁ“©π‹20Z'
DR-000107-PAY-1	·™EURÈ %
day-2025-03-24(òòÂ‘‹20≤	
È_
DR-000063-2	DR-000063DR-000063-INV-001"CRED-002(Äà√‚‹20rÈ"reminder-1-email\
DR-000075-8	DR-000075DR-000075-INV-001"CRED-004(≤à√‚‹20rÈ"formal-notice^
DR-000129-9	DR-000129DR-000129-INV-002"CRED-008(‰à√‚‹20rÈ"courtesy-reminder_
DR-000130-5	DR-000130DR-000130-INV-001"CRED-009(ñâ√‚‹20rÈ"reminder-2-phonea
DR-000147-7	DR-000147DR-000147-INV-001"CRED-012(»â√‚‹20r!È"reminder-4-warning%
day-2025-03-25(ò–˛˝‹20≤	
Èg
DR-000003-2	DR-000003DR-000003-INV-001"CRED-011(Ä¿‹ã›20Z'
DR-000003-PAY-1	∂ó{EURÈ \
DR-000015-7	DR-000015DR-000015-INV-001"CRED-008(≤¿‹ã›20rÈ"formal-noticeg
DR-000016-2	DR-000016DR-000016-INV-001"CRED-008(‰¿‹ã›20Z'
DR-000016-PAY-1	øØEURÈ À
DR-000032-2	DR-000032DR-000032-INV-002"CRED-009(ñ¡‹ã›20Rä
INV-000032-002	¯¢EURÈ"È*
ÈŸ@0:Company 000032B32 rue de la R√©publiqueB
69005 LyonJdr-000032@example.comf
DR-000063-3	DR-000063DR-000063-INV-001"CRED-002(»¡‹ã›20Z&
DR-000063-PAY-1¨EURÈ `
DR-000073-5	DR-000073DR-000073-INV-001"CRED-007(˙¡‹ã›20r È"reminder-3-letterΩ
DR-000102-3	DR-000102DR-000102-INV-002"CRED-006(¨¬‹ã›20R}
INV-000102-002	Ã∞RGBPÈ"È0:Company 000102B102 rue de la R√©publiqueB
69003 LyonJdr-000102@example.comf
DR-000108-2	DR-000108DR-000108-INV-001"CRED-003(ﬁ¬‹ã›20Z&
DR-000108-PAY-1çZEURÈ _
DR-000114-3	DR-000114DR-000114-INV-001"CRED-001(ê√‹ã›20rÈ"reminder-2-phoneÃ
DR-000132-4	DR-000132DR-000132-INV-002"CRED-005(¬√‹ã›20Rã
INV-000132-002	“≥CHFÈ"È*
È¢0:Company 000132B132 rue de la R√©publiqueB
69006 LyonJdr-000132@example.com%
day-2025-03-26(òàòß›20≤	
È_
DR-000013-4	DR-000013DR-000013-INV-001"CRED-005(Ä¯ı¥›20rÈ"reminder-2-phone]
DR-000013-5	DR-000013DR-000013-INV-001"CRED-005(≤¯ı¥›20z
	∫‹EURÈÈ^
DR-000031-2	DR-000031DR-000031-INV-001"CRED-004(‰¯ı¥›20rÈ"courtesy-reminderΩ
DR-000048-3	DR-000048DR-000048-INV-002"CRED-001(ñ˘ı¥›20R}
INV-000048-002	ÚÖEURÈ"È0:Customer 000048B48 rue de la R√©publiqueB
69003 LyonJdr-000048@example.comº
DR-000059-3	DR-000059DR-000059-INV-002"CRED-007(»˘ı¥›20R|
INV-000059-002	€£EURÈ"È0:Company 000059B59 rue de la R√©publiqueB
69005 LyonJdr-000059@example.com_
DR-000061-3	DR-000061DR-000061-INV-001"CRED-007(˙˘ı¥›20rÈ"reminder-1-emailT
DR-000062-6	DR-000062"CRED-012(¨˙ı¥›20Z'
DR-000062-PAY-1	Ã˘;EURÈ a
DR-000090-7	DR-000090DR-000090-INV-001"CRED-002(ﬁ˙ı¥›20r!È"reminder-4-warningæ
DR-000119-4	DR-000119DR-000119-INV-002"CRED-009(ê˚ı¥›20R~
INV-000119-002
ø£èEURÈ"È0:Company 000119B119 rue de la R√©publiqueB
69002 LyonJdr-000119@example.comΩ
DR-000127-4	DR-000127DR-000127-INV-002"CRED-012(¬˚ı¥›20R}
INV-000127-002	Ö°EURÈ"È0:Company 000127B127 rue de la R√©publiqueB
69001 LyonJdr-000127@example.comh
DR-000129-10	DR-000129DR-000129-INV-001"CRED-008(Ù˚ı¥›20Z'
DR-000129-PAY-1	‘ÉEURÈ `
DR-000132-5	DR-000132DR-000132-INV-001"CRED-005(¶¸ı¥›20r È"reminder-3-letterÃ
DR-000147-8	DR-000147DR-000147-INV-003"CRED-012(ÿ¸ı¥›20Rã
INV-000147-003	Ê⁄
EURÈ"È*
Èµ0:Company 000147B147 rue de la R√©publiqueB
69003 LyonJdr-000147@example.com%
day-2025-03-27(ò¿±–›20≤	
È`
DR-000027-4	DR-000027DR-000027-INV-001"CRED-003(Ä∞èﬁ›20r È"reminder-3-letter_
DR-000040-3	DR-000040DR-000040-INV-001"CRED-007(≤∞èﬁ›20rÈ"reminder-2-phonef
DR-000043-7	DR-000043DR-000043-INV-001"CRED-003(‰∞èﬁ›20Z&
DR-000043-PAY-1ü,EURÈ \
DR-000047-7	DR-000047DR-000047-INV-001"CRED-008(ñ±èﬁ›20rÈ"formal-noticeΩ
DR-000057-7	DR-000057DR-000057-INV-002"CRED-011(»±èﬁ›20R}
INV-000057-002	çâEURÈ"È0:Customer 000057B57 rue de la R√©publiqueB
69003 LyonJdr-000057@example.com_
DR-000076-2	DR-000076DR-000076-INV-001"CRED-008(˙±èﬁ›20rÈ"reminder-1-emailI
DR-000107-3	DR-000107"CRED-011(¨≤èﬁ›20b
DR-000107-PAY-1Èa
DR-000121-6	DR-000121DR-000121-INV-001"CRED-003(ﬁ≤èﬁ›20r!È"reminder-4-warningΩ
DR-000130-6	DR-000130DR-000130-INV-002"CRED-009(ê≥èﬁ›20R}
INV-000130-002	ªÒCHFÈ"È0:Company 000130B130 rue de la R√©publiqueB
69004 LyonJdr-000130@example.com%
day-2025-03-28(ò¯ ˘›20≤	
È\
DR-000012-8	DR-000012DR-000012-INV-001"CRED-002(ÄË®áﬁ20rÈ"formal-noticea
DR-000021-5	DR-000021DR-000021-INV-001"CRED-004(≤Ë®áﬁ20r!È"reminder-4-warning_
DR-000025-2	DR-000025DR-000025-INV-001"CRED-009(‰Ë®áﬁ20rÈ"reminder-1-emailΩ
DR-000033-3	DR-000033DR-000033-INV-002"CRED-010(ñÈ®áﬁ20R}
INV-000033-002	±GBPÈ"È0:Customer 000033B33 rue de la R√©publiqueB
69006 LyonJdr-000033@example.comg
DR-000081-5	DR-000081DR-000081-INV-001"CRED-005(»È®áﬁ20Z'
DR-000081-PAY-1	´ŸaUSDÈ a
DR-000086-5	DR-000086DR-000086-INV-001"CRED-005(˙È®áﬁ20r!È"reminder-4-warningf
DR-000104-7	DR-000104DR-000104-INV-001"CRED-003(¨Í®áﬁ20Z&
DR-000104-PAY-2Œ	EURÈ g
DR-000131-2	DR-000131DR-000131-INV-001"CRED-006(ﬁÍ®áﬁ20Z'
DR-000131-PAY-1	∞ÀEURÈ g
DR-000149-2	DR-000149DR-000149-INV-001"CRED-001(êÎ®áﬁ20Z'
DR-000149-PAY-1	¯»EURÈ %
day-2025-03-29(ò∞‰¢ﬁ20≤	
Èº
DR-000010-2	DR-000010DR-000010-INV-002"CRED-009(Ä†¬∞ﬁ20R|
INV-000010-002	‚ÜEURÈ"È0:Company 000010B10 rue de la R√©publiqueB
69001 LyonJdr-000010@example.com_
DR-000026-2	DR-000026DR-000026-INV-001"CRED-004(≤†¬∞ﬁ20rÈ"reminder-1-email_
DR-000058-8	DR-000058DR-000058-INV-002"CRED-010(‰†¬∞ﬁ20rÈ"reminder-1-email`
DR-000078-4	DR-000078DR-000078-INV-001"CRED-011(ñ°¬∞ﬁ20r È"reminder-3-letterº
DR-000099-3	DR-000099DR-000099-INV-002"CRED-006(»°¬∞ﬁ20R|
INV-000099-002	ï√JEURÈ"È0:Company 000099B99 rue de la R√©publiqueB
69009 LyonJdr-000099@example.com\
DR-000150-7	DR-000150DR-000150-INV-001"CRED-002(˙°¬∞ﬁ20rÈ"formal-notice%
day-2025-03-30(òË˝Àﬁ20≤	
Èª
DR-000016-3	DR-000016DR-000016-INV-002"CRED-008(Äÿ€Ÿﬁ20R{
INV-000016-002µ.EURÈ"È0:Company 000016B16 rue de la R√©publiqueB
69007 LyonJdr-000016@example.com_
DR-000018-3	DR-000018DR-000018-INV-001"CRED-004(≤ÿ€Ÿﬁ20rÈ"reminder-2-phoneg
DR-000027-5	DR-000027DR-000027-INV-001"CRED-003(‰ÿ€Ÿﬁ20Z'
DR-000027-PAY-1	Õ”EURÈ \
DR-000038-7	DR-000038DR-000038-INV-001"CRED-006(ñŸ€Ÿﬁ20rÈ"formal-notice_
DR-000071-2	DR-000071DR-000071-INV-001"CRED-008(»Ÿ€Ÿﬁ20rÈ"reminder-1-email_
DR-000092-2	DR-000092DR-000092-INV-001"CRED-007(˙Ÿ€Ÿﬁ20rÈ"reminder-1-email\
DR-000104-8	DR-000104DR-000104-INV-001"CRED-003(¨⁄€Ÿﬁ20rÈ"formal-notice%
day-2025-03-31(ò†óıﬁ20≤	
Èº
DR-000022-7	DR-000022DR-000022-INV-002"CRED-002(ÄêıÇﬂ20R|
INV-000022-002	∑∫7EURÈ"È0:Company 000022B22 rue de la R√©publiqueB
69004 LyonJdr-000022@example.comI
DR-000042-5	DR-000042"CRED-004(≤êıÇﬂ20b
DR-000042-PAY-1Èº
DR-000054-7	DR-000054DR-000054-INV-002"CRED-006(‰êıÇﬂ20R|
INV-000054-002	ΩòUSDÈ"È0:Company 000054B54 rue de la R√©publiqueB
69009 LyonJdr-000054@example.com^
DR-000056-2	DR-000056DR-000056-INV-001"CRED-001(ñëıÇﬂ20rÈ"courtesy-reminderg
DR-000060-3	DR-000060DR-000060-INV-001"CRED-010(»ëıÇﬂ20Z'
DR-000060-PAY-1	û”EURÈ _
DR-000063-4	DR-000063DR-000063-INV-001"CRED-002(˙ëıÇﬂ20rÈ"reminder-2-phoneÀ
DR-000068-4	DR-000068DR-000068-INV-003"CRED-001(¨íıÇﬂ20Rä
INV-000068-003	¿¬EURÈ"È*
È¥/0:Company 000068B68 rue de la R√©publiqueB
69005 LyonJdr-000068@example.comf
DR-000083-8	DR-000083DR-000083-INV-001"CRED-010(ﬁíıÇﬂ20Z&
DR-000083-PAY-1ã?EURÈ \
DR-000088-9	DR-000088DR-000088-INV-001"CRED-010(êìıÇﬂ20rÈ"formal-notice`
DR-000130-7	DR-000130DR-000130-INV-001"CRED-009(¬ìıÇﬂ20r È"reminder-3-letter%
day-2025-04-01(òÿ∞ûﬂ20≤	
Èg
DR-000017-4	DR-000017DR-000017-INV-002"CRED-011(Ä»é¨ﬂ20Z'
DR-000017-PAY-2	˝ãUSDÈ Ω
DR-000024-6	DR-000024DR-000024-INV-002"CRED-001(≤»é¨ﬂ20R}
INV-000024-002	¶õEURÈ"È0:Customer 000024B24 rue de la R√©publiqueB
69006 LyonJdr-000024@example.com`
DR-000042-6	DR-000042DR-000042-INV-001"CRED-004(‰»é¨ﬂ20r È"reminder-3-letter_
DR-000048-4	DR-000048DR-000048-INV-002"CRED-001(ñ…é¨ﬂ20ä
goods not deliveredÈº
DR-000062-7	DR-000062DR-000062-INV-002"CRED-012(»…é¨ﬂ20R|
INV-000062-002	à¡EURÈ"È0:Company 000062B62 rue de la R√©publiqueB
69008 LyonJdr-000062@example.comÀ
DR-000078-5	DR-000078DR-000078-INV-002"CRED-011(˙…é¨ﬂ20Rä
INV-000078-002	©™EURÈ"È*
È¥0:Company 000078B78 rue de la R√©publiqueB
69006 LyonJdr-000078@example.coma
DR-000094-5	DR-000094DR-000094-INV-001"CRED-004(¨ é¨ﬂ20r!È"reminder-4-warninga
DR-000096-6	DR-000096DR-000096-INV-001"CRED-004(ﬁ é¨ﬂ20r!È"reminder-4-warning_
DR-000107-4	DR-000107DR-000107-INV-001"CRED-011(êÀé¨ﬂ20rÈ"reminder-1-email`
DR-000114-4	DR-000114DR-000114-INV-001"CRED-001(¬Àé¨ﬂ20r È"reminder-3-letter_
DR-000125-3	DR-000125DR-000125-INV-001"CRED-007(ÙÀé¨ﬂ20rÈ"reminder-1-emailÕ
DR-000128-4	DR-000128DR-000128-INV-002"CRED-012(¶Ãé¨ﬂ20Rå
INV-000128-002	∑›;USDÈ"È*
ÈÙò0:Company 000128B128 rue de la R√©publiqueB
69002 LyonJdr-000128@example.comΩ
DR-000131-3	DR-000131DR-000131-INV-002"CRED-006(ÿÃé¨ﬂ20R}
INV-000131-002	≤Ã2EURÈ"È0:Company 000131B131 rue de la R√©publiqueB
69005 LyonJdr-000131@example.com%
day-2025-04-02(òê «ﬂ20≤	
ÈL
DR-000039-3	DR-000039DR-000039-INV-001"CRED-006(ÄÄ®’ﬂ20íÈ_
DR-000061-4	DR-000061DR-000061-INV-001"CRED-007(≤Ä®’ﬂ20rÈ"reminder-2-phoneg
DR-000067-2	DR-000067DR-000067-INV-001"CRED-002(‰Ä®’ﬂ20Z'
DR-000067-PAY-1	ÒÎ"EURÈ \
DR-000072-6	DR-000072DR-000072-INV-001"CRED-003(ñÅ®’ﬂ20rÈ"formal-notice\
DR-000084-8	DR-000084DR-000084-INV-001"CRED-005(»Å®’ﬂ20rÈ"formal-noticeº
DR-000092-3	DR-000092DR-000092-INV-002"CRED-007(˙Å®’ﬂ20R|
INV-000092-002	ôé}CHFÈ"È0:Company 000092B92 rue de la R√©publiqueB
69002 LyonJdr-000092@example.com%
day-2025-04-03(ò»„ﬂ20≤	
È_
DR-000039-4	DR-000039DR-000039-INV-001"CRED-006(Ä∏¡˛ﬂ20rÈ"reminder-1-email`
DR-000040-4	DR-000040DR-000040-INV-001"CRED-007(≤∏¡˛ﬂ20r È"reminder-3-letterg
DR-000041-2	DR-000041DR-000041-INV-001"CRED-009(‰∏¡˛ﬂ20Z'
DR-000041-PAY-1	°åUSDÈ _
DR-000050-2	DR-000050DR-000050-INV-001"CRED-012(ñπ¡˛ﬂ20rÈ"reminder-1-email\
DR-000054-8	DR-000054DR-000054-INV-001"CRED-003(»π¡˛ﬂ20rÈ"formal-noticeg
DR-000056-3	DR-000056DR-000056-INV-001"CRED-001(˙π¡˛ﬂ20Z'
DR-000056-PAY-1	ÖØ
EURÈ a
DR-000073-6	DR-000073DR-000073-INV-001"CRED-007(¨∫¡˛ﬂ20r!È"reminder-4-warning_
DR-000076-3	DR-000076DR-000076-INV-001"CRED-008(ﬁ∫¡˛ﬂ20rÈ"reminder-2-phoneΩ
DR-000112-3	DR-000112DR-000112-INV-002"CRED-001(êª¡˛ﬂ20R}
INV-000112-002	˙ïEURÈ"È0:Company 000112B112 rue de la R√©publiqueB
69004 LyonJdr-000112@example.com`
DR-000129-11	DR-000129DR-000129-INV-002"CRED-008(¬ª¡˛ﬂ20rÈ"reminder-1-emailg
DR-000130-8	DR-000130DR-000130-INV-001"CRED-009(Ùª¡˛ﬂ20Z'
DR-000130-PAY-1	’©'CHFÈ %
day-2025-04-04(òÄ˝ô‡20≤	
È^
DR-000007-5	DR-000007DR-000007-INV-002"CRED-001(Ä⁄ß‡20rÈ"courtesy-reminderg
DR-000013-6	DR-000013DR-000013-INV-001"CRED-005(≤⁄ß‡20Z'
DR-000013-PAY-1	∫‹EURÈ _
DR-000025-3	DR-000025DR-000025-INV-001"CRED-009(‰⁄ß‡20rÈ"reminder-2-phone_
DR-000039-5	DR-000039DR-000039-INV-001"CRED-006(ñÒ⁄ß‡20rÈ"reminder-2-phoneº
DR-000065-3	DR-000065DR-000065-INV-002"CRED-012(»Ò⁄ß‡20R|
INV-000065-002	¶Ñ2EURÈ"È0:Company 000065B65 rue de la R√©publiqueB
69002 LyonJdr-000065@example.comg
DR-000068-5	DR-000068DR-000068-INV-002"CRED-001(˙Ò⁄ß‡20Z'
DR-000068-PAY-2	¡ÿkEURÈ L
DR-000069-3	DR-000069DR-000069-INV-001"CRED-003(¨Ú⁄ß‡20íÈ_
DR-000080-4	DR-000080DR-000080-INV-002"CRED-010(ﬁÚ⁄ß‡20rÈ"reminder-1-emailΩ
DR-000088-10	DR-000088DR-000088-INV-002"CRED-006(êÛ⁄ß‡20R|
INV-000088-002	≈ﬁEURÈ"È0:Company 000088B88 rue de la R√©publiqueB
69007 LyonJdr-000088@example.comΩ
DR-000100-5	DR-000100DR-000100-INV-003"CRED-008(¬Û⁄ß‡20R}
INV-000100-003	øâEURÈ"È0:Company 000100B100 rue de la R√©publiqueB
69001 LyonJdr-000100@example.coma
DR-000132-6	DR-000132DR-000132-INV-001"CRED-005(ÙÛ⁄ß‡20r!È"reminder-4-warning%
day-2025-04-05(ò∏ñ√‡20≤	
È\
DR-000001-7	DR-000001DR-000001-INV-001"CRED-006(Ä®Ù–‡20rÈ"formal-notice`
DR-000013-7	DR-000013DR-000013-INV-001"CRED-005(≤®Ù–‡20r È"reminder-3-letter\
DR-000022-8	DR-000022DR-000022-INV-001"CRED-002(‰®Ù–‡20rÈ"formal-notice_
DR-000026-3	DR-000026DR-000026-INV-001"CRED-004(ñ©Ù–‡20rÈ"reminder-2-phone]
DR-000026-4	DR-000026DR-000026-INV-001"CRED-004(»©Ù–‡20z
	ËÜEURÈÈ_
DR-000031-3	DR-000031DR-000031-INV-001"CRED-004(˙©Ù–‡20rÈ"reminder-1-email`
DR-000039-6	DR-000039DR-000039-INV-001"CRED-006(¨™Ù–‡20r È"reminder-3-letterg
DR-000051-2	DR-000051DR-000051-INV-001"CRED-009(ﬁ™Ù–‡20Z'
DR-000051-PAY-1	ïê=EURÈ _
DR-000058-9	DR-000058DR-000058-INV-002"CRED-010(ê´Ù–‡20rÈ"reminder-2-phoneg
DR-000072-7	DR-000072DR-000072-INV-001"CRED-003(¬´Ù–‡20Z'
DR-000072-PAY-1	©ûGBPÈ \
DR-000103-7	DR-000103DR-000103-INV-001"CRED-009(Ù´Ù–‡20rÈ"formal-noticeg
DR-000110-3	DR-000110DR-000110-INV-001"CRED-001(¶¨Ù–‡20Z'
DR-000110-PAY-1	⁄’EURÈ Ω
DR-000126-2	DR-000126DR-000126-INV-002"CRED-001(ÿ¨Ù–‡20R}
INV-000126-002	ﬂ∂USDÈ"È0:Company 000126B126 rue de la R√©publiqueB
69009 LyonJdr-000126@example.com_
DR-000134-2	DR-000134DR-000134-INV-001"CRED-010(ä≠Ù–‡20rÈ"reminder-1-email%
day-2025-04-06(òØÏ‡20≤	
È`
DR-000018-4	DR-000018DR-000018-INV-001"CRED-004(Ä‡ç˙‡20r È"reminder-3-letterf
DR-000063-5	DR-000063DR-000063-INV-001"CRED-002(≤‡ç˙‡20Z&
DR-000063-PAY-2àEURÈ _
DR-000071-3	DR-000071DR-000071-INV-001"CRED-008(‰‡ç˙‡20rÈ"reminder-2-phone_
DR-000092-4	DR-000092DR-000092-INV-001"CRED-007(ñ·ç˙‡20rÈ"reminder-2-phone_
DR-000121-7	DR-000121DR-000121-INV-002"CRED-003(»·ç˙‡20rÈ"reminder-1-emailΩ
DR-000149-3	DR-000149DR-000149-INV-002"CRED-001(˙·ç˙‡20R}
INV-000149-002	∞‘EURÈ"È0:Company 000149B149 rue de la R√©publiqueB
69005 LyonJdr-000149@example.comΩ
DR-000150-8	DR-000150DR-000150-INV-003"CRED-002(¨‚ç˙‡20R}
INV-000150-003	ﬁ◊6CHFÈ"È0:Company 000150B150 rue de la R√©publiqueB
69006 LyonJdr-000150@example.com%
day-2025-04-07(ò®…ï·20≤	
È_
DR-000004-3	DR-000004DR-000004-INV-001"CRED-011(Äòß£·20rÈ"reminder-1-emailg
DR-000007-6	DR-000007DR-000007-INV-002"CRED-001(≤òß£·20Z'
DR-000007-PAY-2	˘áEURÈ _
DR-000010-3	DR-000010DR-000010-INV-001"CRED-009(‰òß£·20rÈ"reminder-1-emailc
DR-000016-4	DR-000016DR-000016-INV-002"CRED-008(ñôß£·20j#
DR-000016-CN-4çEURÈ`
DR-000063-6	DR-000063DR-000063-INV-001"CRED-002(»ôß£·20r È"reminder-3-letterº
DR-000071-4	DR-000071DR-000071-INV-002"CRED-008(˙ôß£·20R|
INV-000071-002	ˇ¯EURÈ"È0:Company 000071B71 rue de la R√©publiqueB
69008 LyonJdr-000071@example.comf
DR-000073-7	DR-000073DR-000073-INV-001"CRED-007(¨öß£·20Z&
DR-000073-PAY-2æ EURÈ a
DR-000078-6	DR-000078DR-000078-INV-001"CRED-011(ﬁöß£·20r!È"reminder-4-warning_
DR-000089-2	DR-000089DR-000089-INV-001"CRED-010(êõß£·20rÈ"reminder-1-emailg
DR-000107-5	DR-000107DR-000107-INV-001"CRED-011(¬õß£·20Z'
DR-000107-PAY-2	·™EURÈ f
DR-000147-9	DR-000147DR-000147-INV-001"CRED-012(Ùõß£·20Z&
DR-000147-PAY-1ÿ6EURÈ ^
DR-000150-9	DR-000150DR-000150-INV-002"CRED-002(¶úß£·20rÈ"courtesy-reminder%
day-2025-04-08(ò‡‚æ·20≤	
ÈΩ
DR-000018-5	DR-000018DR-000018-INV-002"CRED-004(Ä–¿Ã·20R}
INV-000018-002	‡£EURÈ	"È	0:Customer 000018B18 rue de la R√©publiqueB
69009 LyonJdr-000018@example.coma
DR-000042-7	DR-000042DR-000042-INV-001"CRED-004(≤–¿Ã·20r!È	"reminder-4-warningh
DR-000058-10	DR-000058DR-000058-INV-001"CRED-010(‰–¿Ã·20Z'
DR-000058-PAY-2	¿·EURÈ	 f
DR-000076-4	DR-000076DR-000076-INV-001"CRED-008(ñ—¿Ã·20Z&
DR-000076-PAY-1‚EURÈ	 º
DR-000082-3	DR-000082DR-000082-INV-002"CRED-007(»—¿Ã·20R|
INV-000082-002	™•EURÈ	"È0:Company 000082B82 rue de la R√©publiqueB
69001 LyonJdr-000082@example.comΩ
DR-000085-3	DR-000085DR-000085-INV-002"CRED-005(˙—¿Ã·20R}
INV-000085-002	ÊÁGBPÈ	"È	0:Customer 000085B85 rue de la R√©publiqueB
69004 LyonJdr-000085@example.comº
DR-000093-7	DR-000093DR-000093-INV-002"CRED-008(¨“¿Ã·20R|
INV-000093-002	”µEURÈ	"È	0:Company 000093B93 rue de la R√©publiqueB
69003 LyonJdr-000093@example.com_
DR-000099-4	DR-000099DR-000099-INV-002"CRED-006(ﬁ“¿Ã·20ä
goods not deliveredÈ	_
DR-000125-4	DR-000125DR-000125-INV-001"CRED-007(ê”¿Ã·20rÈ	"reminder-2-phoneT
DR-000132-7	DR-000132"CRED-005(¬”¿Ã·20Z'
DR-000132-PAY-1	ˆÅ\CHFÈ	 %
day-2025-04-09(òò¸Á·20≤	
È	º
DR-000052-3	DR-000052DR-000052-INV-002"CRED-006(Äà⁄ı·20R|
INV-000052-002	€.EURÈ
"È
0:Company 000052B52 rue de la R√©publiqueB
69007 LyonJdr-000052@example.comÃ
DR-000061-5	DR-000061DR-000061-INV-003"CRED-007(≤à⁄ı·20Rã
INV-000061-003	®ÁaEURÈ
"È*
È±˙0:Company 000061B61 rue de la R√©publiqueB
69007 LyonJdr-000061@example.com`
DR-000061-6	DR-000061DR-000061-INV-001"CRED-007(‰à⁄ı·20r È
"reminder-3-letter_
DR-000066-2	DR-000066DR-000066-INV-001"CRED-009(ñâ⁄ı·20rÈ
"reminder-1-emailº
DR-000072-8	DR-000072DR-000072-INV-002"CRED-003(»â⁄ı·20R|
INV-000072-002	πÃGBPÈ
"È
0:Company 000072B72 rue de la R√©publiqueB
69009 LyonJdr-000072@example.comg
DR-000083-9	DR-000083DR-000083-INV-002"CRED-010(˙â⁄ı·20Z'
DR-000083-PAY-2	Ê¨EURÈ
 f
DR-000104-9	DR-000104DR-000104-INV-001"CRED-003(¨ä⁄ı·20Z&
DR-000104-PAY-3ó EURÈ
 %
day-2025-04-10(ò–ïë‚20≤	
È
R
DR-000012-9	DR-000012DR-000012-INV-001"CRED-002(Ä¿Ûû‚20ö
AGY-02ÈR
DR-000015-8	DR-000015DR-000015-INV-001"CRED-008(≤¿Ûû‚20ö
AGY-03Èº
DR-000046-4	DR-000046DR-000046-INV-002"CRED-007(‰¿Ûû‚20R|
INV-000046-002◊iEURÈ"È0:Customer 000046B46 rue de la R√©publiqueB
69001 LyonJdr-000046@example.com_
DR-000050-3	DR-000050DR-000050-INV-001"CRED-012(ñ¡Ûû‚20rÈ"reminder-2-phoneº
DR-000069-4	DR-000069DR-000069-INV-002"CRED-003(»¡Ûû‚20R|
INV-000069-002	ò∂GBPÈ"È0:Company 000069B69 rue de la R√©publiqueB
69006 LyonJdr-000069@example.com`
DR-000076-5	DR-000076DR-000076-INV-001"CRED-008(˙¡Ûû‚20r È"reminder-3-letter\
DR-000090-8	DR-000090DR-000090-INV-001"CRED-002(¨¬Ûû‚20rÈ"formal-noticea
DR-000114-5	DR-000114DR-000114-INV-001"CRED-001(ﬁ¬Ûû‚20r!È"reminder-4-warning`
DR-000129-12	DR-000129DR-000129-INV-002"CRED-008(ê√Ûû‚20rÈ"reminder-2-phone%
day-2025-04-11(òàØ∫‚20≤	
Èa
DR-000013-8	DR-000013DR-000013-INV-001"CRED-005(Ä¯å»‚20r!È"reminder-4-warning`
DR-000025-4	DR-000025DR-000025-INV-001"CRED-009(≤¯å»‚20r È"reminder-3-letterΩ
DR-000037-3	DR-000037DR-000037-INV-002"CRED-010(‰¯å»‚20R}
INV-000037-002
‹⁄ôEURÈ"È0:Company 000037B37 rue de la R√©publiqueB
69001 LyonJdr-000037@example.comg
DR-000061-7	DR-000061DR-000061-INV-001"CRED-007(ñ˘å»‚20Z'
DR-000061-PAY-1	ö‹EURÈ _
DR-000080-5	DR-000080DR-000080-INV-002"CRED-010(»˘å»‚20rÈ"reminder-2-phoneΩ
DR-000094-6	DR-000094DR-000094-INV-002"CRED-004(˙˘å»‚20R}
INV-000094-002	ÓêEURÈ"È0:Customer 000094B94 rue de la R√©publiqueB
69004 LyonJdr-000094@example.comg
DR-000115-4	DR-000115DR-000115-INV-002"CRED-005(¨˙å»‚20Z'
DR-000115-PAY-2	üèCHFÈ \
DR-000121-8	DR-000121DR-000121-INV-001"CRED-003(ﬁ˙å»‚20rÈ"formal-noticer
DR-000125-5	DR-000125DR-000125-INV-001"CRED-007(ê˚å»‚20ä1
billing error on some lines	Ô®EURÈ%
day-2025-04-12(ò¿»„‚20≤	
È\
DR-000021-6	DR-000021DR-000021-INV-001"CRED-004(Ä∞¶Ò‚20rÈ"formal-notice_
DR-000031-4	DR-000031DR-000031-INV-001"CRED-004(≤∞¶Ò‚20rÈ"reminder-2-phonea
DR-000039-7	DR-000039DR-000039-INV-001"CRED-006(‰∞¶Ò‚20r!È"reminder-4-warninga
DR-000040-5	DR-000040DR-000040-INV-001"CRED-007(ñ±¶Ò‚20r!È"reminder-4-warningL
DR-000048-5	DR-000048DR-000048-INV-002"CRED-001(»±¶Ò‚20íÈº
DR-000049-3	DR-000049DR-000049-INV-002"CRED-004(˙±¶Ò‚20R|
INV-000049-002	Âê.EURÈ"È0:Company 000049B49 rue de la R√©publiqueB
69004 LyonJdr-000049@example.com^
DR-000053-4	DR-000053DR-000053-INV-002"CRED-008(¨≤¶Ò‚20rÈ"courtesy-remindera
DR-000058-11	DR-000058DR-000058-INV-002"CRED-010(ﬁ≤¶Ò‚20r È"reminder-3-letterΩ
DR-000063-7	DR-000063DR-000063-INV-002"CRED-002(ê≥¶Ò‚20R}
INV-000063-002	”⁄EURÈ"È0:Customer 000063B63 rue de la R√©publiqueB
69009 LyonJdr-000063@example.com\
DR-000086-6	DR-000086DR-000086-INV-001"CRED-005(¬≥¶Ò‚20rÈ"formal-noticeg
DR-000091-2	DR-000091DR-000091-INV-001"CRED-009(Ù≥¶Ò‚20Z'
DR-000091-PAY-1	ΩÒ4EURÈ _
DR-000134-3	DR-000134DR-000134-INV-001"CRED-010(¶¥¶Ò‚20rÈ"reminder-2-phone%
day-2025-04-13(ò¯·å„20≤	
Èº
DR-000028-4	DR-000028DR-000028-INV-002"CRED-005(ÄËøö„20R|
INV-000028-002∑\EURÈ"È0:Customer 000028B28 rue de la R√©publiqueB
69001 LyonJdr-000028@example.com`
DR-000071-5	DR-000071DR-000071-INV-001"CRED-008(≤Ëøö„20r È"reminder-3-letter`
DR-000092-5	DR-000092DR-000092-INV-001"CRED-007(‰Ëøö„20r È"reminder-3-letter_
DR-000121-9	DR-000121DR-000121-INV-002"CRED-003(ñÈøö„20rÈ"reminder-2-phoneg
DR-000142-2	DR-000142DR-000142-INV-001"CRED-004(»Èøö„20Z'
DR-000142-PAY-1	üıuEURÈ %
day-2025-04-14(ò∞˚µ„20≤	
È_
DR-000004-4	DR-000004DR-000004-INV-001"CRED-011(Ä†Ÿ√„20rÈ"reminder-2-phone_
DR-000010-4	DR-000010DR-000010-INV-001"CRED-009(≤†Ÿ√„20rÈ"reminder-2-phone]
DR-000010-5	DR-000010DR-000010-INV-001"CRED-009(‰†Ÿ√„20z
	≈€EURÈÈ_
DR-000015-9	DR-000015DR-000015-INV-002"CRED-008(ñ°Ÿ√„20rÈ"reminder-1-email 
DR-000034-4	DR-000034DR-000034-INV-002"CRED-009(»°Ÿ√„20Râ
INV-000034-002ÅBUSDÈ"È*
È®0:Company 000034B34 rue de la R√©publiqueB
69007 LyonJdr-000034@example.comº
DR-000042-8	DR-000042DR-000042-INV-002"CRED-004(˙°Ÿ√„20R|
INV-000042-002	ñ“EURÈ"È0:Company 000042B42 rue de la R√©publiqueB
69006 LyonJdr-000042@example.comÃ
DR-000079-2	DR-000079DR-000079-INV-002"CRED-012(¨¢Ÿ√„20Rã
INV-000079-002	Ï∆iGBPÈ"È*
Èõé0:Company 000079B79 rue de la R√©publiqueB
69007 LyonJdr-000079@example.comg
DR-000088-11	DR-000088DR-000088-INV-001"CRED-010(ﬁ¢Ÿ√„20Z&
DR-000088-PAY-4È|EURÈ _
DR-000089-3	DR-000089DR-000089-INV-001"CRED-010(ê£Ÿ√„20rÈ"reminder-2-phone^
DR-000098-4	DR-000098DR-000098-INV-002"CRED-002(¬£Ÿ√„20rÈ"courtesy-reminderg
DR-000143-8	DR-000143DR-000143-INV-001"CRED-005(Ù£Ÿ√„20Z'
DR-000143-PAY-2	◊öEURÈ g
DR-000144-4	DR-000144DR-000144-INV-002"CRED-011(¶§Ÿ√„20Z'
DR-000144-PAY-2	Ø¯EURÈ %
day-2025-04-15(òËîﬂ„20≤	
ÈÀ
DR-000013-9	DR-000013DR-000013-INV-003"CRED-005(ÄÿÚÏ„20Rä
INV-000013-003	¶÷EURÈ"È*
È§0:Company 000013B13 rue de la R√©publiqueB
69004 LyonJdr-000013@example.coma
DR-000018-6	DR-000018DR-000018-INV-001"CRED-004(≤ÿÚÏ„20r!È"reminder-4-warning_
DR-000047-8	DR-000047DR-000047-INV-002"CRED-008(‰ÿÚÏ„20rÈ"reminder-1-emailº
DR-000070-3	DR-000070DR-000070-INV-002"CRED-003(ñŸÚÏ„20R|
INV-000070-002	ÚñEURÈ"È0:Company 000070B70 rue de la R√©publiqueB
69007 LyonJdr-000070@example.com^
DR-000110-4	DR-000110DR-000110-INV-002"CRED-011(»ŸÚÏ„20rÈ"courtesy-reminderæ
DR-000116-3	DR-000116DR-000116-INV-002"CRED-010(˙ŸÚÏ„20R~
INV-000116-002
Äº©EURÈ"È0:Company 000116B116 rue de la R√©publiqueB
69008 LyonJdr-000116@example.com_
DR-000133-2	DR-000133DR-000133-INV-001"CRED-010(¨⁄ÚÏ„20rÈ"reminder-1-email%
day-2025-04-16(ò†Æà‰20≤	
Èa
DR-000063-8	DR-000063DR-000063-INV-001"CRED-002(Äêåñ‰20r!È"reminder-4-warningf
DR-000063-9	DR-000063DR-000063-INV-001"CRED-002(≤êåñ‰20Z&
DR-000063-PAY-3ìEURÈ _
DR-000066-3	DR-000066DR-000066-INV-001"CRED-009(‰êåñ‰20rÈ"reminder-2-phoneg
DR-000092-6	DR-000092DR-000092-INV-001"CRED-007(ñëåñ‰20Z'
DR-000092-PAY-1	†ßCHFÈ \
DR-000094-7	DR-000094DR-000094-INV-001"CRED-004(»ëåñ‰20rÈ"formal-notice\
DR-000096-7	DR-000096DR-000096-INV-001"CRED-004(˙ëåñ‰20rÈ"formal-notice^
DR-000103-8	DR-000103DR-000103-INV-002"CRED-009(¨íåñ‰20rÈ"courtesy-reminder%
day-2025-04-17(òÿ«±‰20≤	
Èº
DR-000011-2	DR-000011DR-000011-INV-002"CRED-004(Ä»•ø‰20R|
INV-000011-002	‹ùEURÈ"È0:Company 000011B11 rue de la R√©publiqueB
69002 LyonJdr-000011@example.com`
DR-000050-4	DR-000050DR-000050-INV-001"CRED-012(≤»•ø‰20r È"reminder-3-letterg
DR-000113-2	DR-000113DR-000113-INV-001"CRED-010(‰»•ø‰20Z'
DR-000113-PAY-1	˜’EURÈ _
DR-000124-5	DR-000124DR-000124-INV-002"CRED-011(ñ…•ø‰20rÈ"reminder-1-emaila
DR-000129-13	DR-000129DR-000129-INV-002"CRED-008(»…•ø‰20r È"reminder-3-letter`
DR-000150-10	DR-000150DR-000150-INV-002"CRED-002(˙…•ø‰20rÈ"reminder-1-email%
day-2025-04-18(òê·⁄‰20≤	
Èf
DR-000006-7	DR-000006DR-000006-INV-002"CRED-011(ÄÄøË‰20Z&
DR-000006-PAY-2íEEURÈ `
DR-000013-10	DR-000013DR-000013-INV-002"CRED-007(≤ÄøË‰20rÈ"reminder-1-email\
DR-000073-8	DR-000073DR-000073-INV-001"CRED-007(‰ÄøË‰20rÈ"formal-notice`
DR-000080-6	DR-000080DR-000080-INV-002"CRED-010(ñÅøË‰20r È"reminder-3-letterL
DR-000099-5	DR-000099DR-000099-INV-002"CRED-006(»ÅøË‰20íÈΩ
DR-000101-4	DR-000101DR-000101-INV-002"CRED-002(˙ÅøË‰20R}
INV-000101-002	ééCHFÈ"È0:Company 000101B101 rue de la R√©publiqueB
69002 LyonJdr-000101@example.com%
day-2025-04-19(ò»˙ÉÂ20≤	
Èg
DR-000001-8	DR-000001DR-000001-INV-001"CRED-006(Ä∏ÿëÂ20Z'
DR-000001-PAY-1	ÉÔEURÈ g
DR-000023-4	DR-000023DR-000023-INV-002"CRED-007(≤∏ÿëÂ20Z'
DR-000023-PAY-2	ËÁEURÈ g
DR-000026-5	DR-000026DR-000026-INV-001"CRED-004(‰∏ÿëÂ20Z'
DR-000026-PAY-1	ËÜEURÈ `
DR-000031-5	DR-000031DR-000031-INV-001"CRED-004(ñπÿëÂ20r È"reminder-3-letterh
DR-000035-4	DR-000035DR-000035-INV-002"CRED-010(»πÿëÂ20Z(
DR-000035-PAY-2
¨˘ÃEURÈ g
DR-000042-9	DR-000042DR-000042-INV-001"CRED-004(˙πÿëÂ20Z'
DR-000042-PAY-2	–ﬂEURÈ _
DR-000043-8	DR-000043DR-000043-INV-002"CRED-003(¨∫ÿëÂ20rÈ"reminder-1-emailW
DR-000059-4	DR-000059DR-000059-INV-001"CRED-007(ﬁ∫ÿëÂ20í	«ÙEURÈg
DR-000059-5	DR-000059DR-000059-INV-002"CRED-007(êªÿëÂ20Z'
DR-000059-PAY-1	€£EURÈ g
DR-000074-8	DR-000074DR-000074-INV-002"CRED-007(¬ªÿëÂ20Z'
DR-000074-PAY-2	†ïEURÈ a
DR-000076-6	DR-000076DR-000076-INV-001"CRED-008(ÙªÿëÂ20r!È"reminder-4-warningg
DR-000098-5	DR-000098DR-000098-INV-002"CRED-002(¶ºÿëÂ20Z'
DR-000098-PAY-2	úùEURÈ g
DR-000110-5	DR-000110DR-000110-INV-002"CRED-011(ÿºÿëÂ20Z'
DR-000110-PAY-2	ßºEURÈ `
DR-000134-4	DR-000134DR-000134-INV-001"CRED-010(äΩÿëÂ20r È"reminder-3-letterΩ
DR-000137-3	DR-000137DR-000137-INV-002"CRED-001(ºΩÿëÂ20R}
INV-000137-002	≠á+USDÈ"È0:Company 000137B137 rue de la R√©publiqueB
69002 LyonJdr-000137@example.comΩ
DR-000148-3	DR-000148DR-000148-INV-002"CRED-003(ÓΩÿëÂ20R}
INV-000148-002	ÅáEURÈ"È0:Company 000148B148 rue de la R√©publiqueB
69004 LyonJdr-000148@example.com%
day-2025-04-20(òÄî≠Â20≤	
Èª
DR-000009-4	DR-000009DR-000009-INV-003"CRED-003(ÄÒ∫Â20R{
INV-000009-003	ÔÃEURÈ"È0:Company 000009B9 rue de la R√©publiqueB
69009 LyonJdr-000009@example.coma
DR-000025-5	DR-000025DR-000025-INV-001"CRED-009(≤Ò∫Â20r!È"reminder-4-warningg
DR-000038-8	DR-000038DR-000038-INV-001"CRED-006(‰Ò∫Â20Z'
DR-000038-PAY-1	˝“EURÈ W
DR-000049-4	DR-000049DR-000049-INV-001"CRED-004(ñÒÒ∫Â20í	‡¬EURÈ_
DR-000059-6	DR-000059DR-000059-INV-001"CRED-007(»ÒÒ∫Â20rÈ"reminder-1-emailf
DR-000105-7	DR-000105DR-000105-INV-001"CRED-004(˙ÒÒ∫Â20Z&
DR-000105-PAY-2Ù)EURÈ a
DR-000121-10	DR-000121DR-000121-INV-002"CRED-003(¨ÚÒ∫Â20r È"reminder-3-letterh
DR-000150-11	DR-000150DR-000150-INV-002"CRED-002(ﬁÚÒ∫Â20Z'
DR-000150-PAY-1	øÌ"CHFÈ %
day-2025-04-21(ò∏≠÷Â20≤	
Èg
DR-000002-4	DR-000002DR-000002-INV-002"CRED-004(Ä®ã‰Â20Z'
DR-000002-PAY-2	Æ•"EURÈ `
DR-000004-5	DR-000004DR-000004-INV-001"CRED-011(≤®ã‰Â20r È"reminder-3-letter_
DR-000011-3	DR-000011DR-000011-INV-001"CRED-003(‰®ã‰Â20rÈ"reminder-1-email`
DR-000015-10	DR-000015DR-000015-INV-002"CRED-008(ñ©ã‰Â20rÈ"reminder-2-phone_
DR-000049-5	DR-000049DR-000049-INV-001"CRED-004(»©ã‰Â20rÈ"reminder-1-emailb
DR-000058-12	DR-000058DR-000058-INV-002"CRED-010(˙©ã‰Â20r!È"reminder-4-warning_
DR-000059-7	DR-000059DR-000059-INV-001"CRED-007(¨™ã‰Â20rÈ"reminder-2-phoneº
DR-000081-6	DR-000081DR-000081-INV-002"CRED-005(ﬁ™ã‰Â20R|
INV-000081-002	˘∆+USDÈ"È0:Company 000081B81 rue de la R√©publiqueB
69009 LyonJdr-000081@example.com`
DR-000089-4	DR-000089DR-000089-INV-001"CRED-010(ê´ã‰Â20r È"reminder-3-letterh
DR-000096-8	DR-000096DR-000096-INV-001"CRED-004(¬´ã‰Â20Z(
DR-000096-PAY-1
¯êªEURÈ _
DR-000096-9	DR-000096DR-000096-INV-002"CRED-004(Ù´ã‰Â20rÈ"reminder-1-emailS
DR-000121-11	DR-000121DR-000121-INV-001"CRED-003(¶¨ã‰Â20ö
AGY-02ÈΩ
DR-000141-2	DR-000141DR-000141-INV-002"CRED-005(ÿ¨ã‰Â20R}
INV-000141-002	ÆòUSDÈ"È0:Company 000141B141 rue de la R√©publiqueB
69006 LyonJdr-000141@example.com%
day-2025-04-22(ò∆ˇÂ20≤	
Èh
DR-000015-11	DR-000015DR-000015-INV-002"CRED-008(Ä‡§çÊ20Z'
DR-000015-PAY-1	‘ƒEURÈ f
DR-000016-5	DR-000016DR-000016-INV-002"CRED-008(≤‡§çÊ20Z&
DR-000016-PAY-2®)EURÈ _
DR-000032-3	DR-000032DR-000032-INV-001"CRED-009(‰‡§çÊ20rÈ"reminder-1-email_
DR-000047-9	DR-000047DR-000047-INV-002"CRED-008(ñ·§çÊ20rÈ"reminder-2-phone_
DR-000049-6	DR-000049DR-000049-INV-001"CRED-004(»·§çÊ20rÈ"reminder-2-phone_
DR-000053-5	DR-000053DR-000053-INV-002"CRED-008(˙·§çÊ20rÈ"reminder-1-emaila
DR-000071-6	DR-000071DR-000071-INV-001"CRED-008(¨‚§çÊ20r!È"reminder-4-warning\
DR-000078-7	DR-000078DR-000078-INV-001"CRED-011(ﬁ‚§çÊ20rÈ"formal-noticeg
DR-000089-5	DR-000089DR-000089-INV-001"CRED-010(ê„§çÊ20Z'
DR-000089-PAY-1	ëÃEURÈ _
DR-000133-3	DR-000133DR-000133-INV-001"CRED-010(¬„§çÊ20rÈ"reminder-2-phone%
day-2025-04-23(ò®‡®Ê20≤	
Èû
DR-000004-6	DR-000004DR-000004-INV-001"CRED-011(Äòæ∂Ê20Ç]
DR-000004-PLAN-6È
È	¢øGBP
È	¢øGBP
È	£øGBPº
DR-000021-7	DR-000021DR-000021-INV-002"CRED-004(≤òæ∂Ê20R|
INV-000021-002	úÆ-EURÈ"È0:Company 000021B21 rue de la R√©publiqueB
69003 LyonJdr-000021@example.comg
DR-000021-8	DR-000021DR-000021-INV-001"CRED-004(‰òæ∂Ê20Z'
DR-000021-PAY-1	‡ÊEURÈ `
DR-000049-7	DR-000049DR-000049-INV-001"CRED-004(ñôæ∂Ê20r È"reminder-3-letter`
DR-000066-4	DR-000066DR-000066-INV-001"CRED-009(»ôæ∂Ê20r È"reminder-3-letterΩ
DR-000076-7	DR-000076DR-000076-INV-002"CRED-008(˙ôæ∂Ê20R}
INV-000076-002	ï–EURÈ"È0:Customer 000076B76 rue de la R√©publiqueB
69004 LyonJdr-000076@example.comg
DR-000079-3	DR-000079DR-000079-INV-001"CRED-012(¨öæ∂Ê20Z'
DR-000079-PAY-1	à∏GBPÈ _
DR-000126-3	DR-000126DR-000126-INV-001"CRED-001(ﬁöæ∂Ê20rÈ"reminder-1-email%
day-2025-04-24(ò‡˘—Ê20≤	
È 
DR-000019-6	DR-000019DR-000019-INV-002"CRED-003(Ä–◊ﬂÊ20Râ
INV-000019-002øqEURÈ"È*
È¢0:Company 000019B19 rue de la R√©publiqueB
69001 LyonJdr-000019@example.comg
DR-000033-4	DR-000033DR-000033-INV-002"CRED-010(≤–◊ﬂÊ20Z'
DR-000033-PAY-2	±GBPÈ f
DR-000034-5	DR-000034DR-000034-INV-002"CRED-009(‰–◊ﬂÊ20Z&
DR-000034-PAY-2Ÿ@USDÈ f
DR-000050-5	DR-000050DR-000050-INV-001"CRED-012(ñ—◊ﬂÊ20Z&
DR-000050-PAY-1•qEURÈ º
DR-000051-3	DR-000051DR-000051-INV-002"CRED-012(»—◊ﬂÊ20R|
INV-000051-002	ÒÁaEURÈ"È0:Company 000051B51 rue de la R√©publiqueB
69006 LyonJdr-000051@example.comf
DR-000073-9	DR-000073DR-000073-INV-001"CRED-007(˙—◊ﬂÊ20Z&
DR-000073-PAY-3ÇEURÈ _
DR-000075-9	DR-000075DR-000075-INV-002"CRED-004(¨“◊ﬂÊ20rÈ"reminder-1-emailf
DR-000076-8	DR-000076DR-000076-INV-001"CRED-008(ﬁ“◊ﬂÊ20Z&
DR-000076-PAY-2éEURÈ _
DR-000124-6	DR-000124DR-000124-INV-002"CRED-011(ê”◊ﬂÊ20rÈ"reminder-2-phone%
day-2025-04-25(òòì˚Ê20≤	
Èg
DR-000010-6	DR-000010DR-000010-INV-001"CRED-009(ÄàÒàÁ20Z'
DR-000010-PAY-1	≈€EURÈ `
DR-000013-11	DR-000013DR-000013-INV-002"CRED-007(≤àÒàÁ20rÈ"reminder-2-phoneg
DR-000045-5	DR-000045DR-000045-INV-002"CRED-002(‰àÒàÁ20Z'
DR-000045-PAY-2	”åEURÈ h
DR-000090-9	DR-000090DR-000090-INV-001"CRED-002(ñâÒàÁ20Z(
DR-000090-PAY-1
Ñ∂íGBPÈ _
DR-000105-8	DR-000105DR-000105-INV-002"CRED-004(»âÒàÁ20rÈ"reminder-1-emailæ
DR-000107-6	DR-000107DR-000107-INV-002"CRED-011(˙âÒàÁ20R~
INV-000107-002
ÊÎÑEURÈ"È
0:Company 000107B107 rue de la R√©publiqueB
69008 LyonJdr-000107@example.com\
DR-000114-6	DR-000114DR-000114-INV-001"CRED-001(¨äÒàÁ20rÈ"formal-noticeΩ
DR-000130-9	DR-000130DR-000130-INV-003"CRED-009(ﬁäÒàÁ20R}
INV-000130-003	ΩÑCHFÈ"È0:Company 000130B130 rue de la R√©publiqueB
69004 LyonJdr-000130@example.com%
day-2025-04-26(ò–¨§Á20≤	
È`
DR-000010-7	DR-000010DR-000010-INV-001"CRED-009(Ä¿ä≤Á20r È"reminder-3-letter]
DR-000013-12	DR-000013DR-000013-INV-001"CRED-005(≤¿ä≤Á20rÈ"formal-notice_
DR-000043-9	DR-000043DR-000043-INV-002"CRED-003(‰¿ä≤Á20rÈ"reminder-2-phoneh
DR-000047-10	DR-000047DR-000047-INV-001"CRED-008(ñ¡ä≤Á20Z'
DR-000047-PAY-1	”—EURÈ _
DR-000103-9	DR-000103DR-000103-INV-002"CRED-009(»¡ä≤Á20rÈ"reminder-1-emailb
DR-000129-14	DR-000129DR-000129-INV-002"CRED-008(˙¡ä≤Á20r!È"reminder-4-warningh
DR-000130-10	DR-000130DR-000130-INV-002"CRED-009(¨¬ä≤Á20Z'
DR-000130-PAY-2	ªÒCHFÈ %
day-2025-04-27(òà∆ÕÁ20≤	
Èº
DR-000032-4	DR-000032DR-000032-INV-003"CRED-009(Ä¯£€Á20R|
INV-000032-003	çËEURÈ"È0:Company 000032B32 rue de la R√©publiqueB
69005 LyonJdr-000032@example.com\
DR-000039-8	DR-000039DR-000039-INV-001"CRED-006(≤¯£€Á20rÈ"formal-notice\
DR-000040-6	DR-000040DR-000040-INV-001"CRED-007(‰¯£€Á20rÈ"formal-noticeΩ
DR-000041-3	DR-000041DR-000041-INV-002"CRED-009(ñ˘£€Á20R}
INV-000041-002
©«áUSDÈ"È0:Company 000041B41 rue de la R√©publiqueB
69005 LyonJdr-000041@example.comI
DR-000074-9	DR-000074"CRED-007(»˘£€Á20b
DR-000074-PAY-2Èa
DR-000080-7	DR-000080DR-000080-INV-002"CRED-010(˙˘£€Á20r!È"reminder-4-warning%
day-2025-04-28(ò¿ﬂˆÁ20≤	
È_
DR-000011-4	DR-000011DR-000011-INV-001"CRED-003(Ä∞ΩÑË20rÈ"reminder-2-phone]
DR-000011-5	DR-000011DR-000011-INV-001"CRED-003(≤∞ΩÑË20z
	≥ÍEURÈ	Èa
DR-000031-6	DR-000031DR-000031-INV-001"CRED-004(‰∞ΩÑË20r!È"reminder-4-warning`
DR-000059-8	DR-000059DR-000059-INV-001"CRED-007(ñ±ΩÑË20r È"reminder-3-letter_
DR-000061-8	DR-000061DR-000061-INV-002"CRED-007(»±ΩÑË20rÈ"reminder-1-email`
DR-000074-10	DR-000074DR-000074-INV-002"CRED-007(˙±ΩÑË20rÈ"reminder-1-email`
DR-000096-10	DR-000096DR-000096-INV-002"CRED-004(¨≤ΩÑË20rÈ"reminder-2-phone^
DR-000096-11	DR-000096DR-000096-INV-002"CRED-004(ﬁ≤ΩÑË20z
	ïÂEURÈÈΩ
DR-000108-3	DR-000108DR-000108-INV-002"CRED-003(ê≥ΩÑË20R}
INV-000108-002	≈ÁEURÈ"È0:Company 000108B108 rue de la R√©publiqueB
69009 LyonJdr-000108@example.comL
DR-000125-6	DR-000125DR-000125-INV-001"CRED-007(¬≥ΩÑË20íÈ^
DR-000128-5	DR-000128DR-000128-INV-002"CRED-012(Ù≥ΩÑË20rÈ"courtesy-remindera
DR-000134-5	DR-000134DR-000134-INV-001"CRED-010(¶¥ΩÑË20r!È"reminder-4-warning_
DR-000141-3	DR-000141DR-000141-INV-001"CRED-005(ÿ¥ΩÑË20rÈ"reminder-1-email%
day-2025-04-29(ò¯¯üË20≤	
È_
DR-000008-2	DR-000008DR-000008-INV-001"CRED-008(ÄË÷≠Ë20rÈ"reminder-1-email_
DR-000012-10	DR-000012DR-000012-INV-002"CRED-004(≤Ë÷≠Ë20rÈ"courtesy-reminderæ
DR-000015-12	DR-000015DR-000015-INV-003"CRED-008(‰Ë÷≠Ë20R}
INV-000015-003	˛‚	EURÈ"È0:Customer 000015B15 rue de la R√©publiqueB
69006 LyonJdr-000015@example.com_
DR-000030-4	DR-000030DR-000030-INV-002"CRED-001(ñÈ÷≠Ë20rÈ"reminder-1-emailT
DR-000031-7	DR-000031"CRED-004(»È÷≠Ë20Z'
DR-000031-PAY-1	˛Ò<EURÈ _
DR-000032-5	DR-000032DR-000032-INV-001"CRED-009(˙È÷≠Ë20rÈ"reminder-2-phoneº
DR-000035-5	DR-000035DR-000035-INV-003"CRED-010(¨Í÷≠Ë20R|
INV-000035-003	°”&EURÈ"È0:Company 000035B35 rue de la R√©publiqueB
69008 LyonJdr-000035@example.com^
DR-000044-4	DR-000044DR-000044-INV-002"CRED-006(ﬁÍ÷≠Ë20rÈ"courtesy-remindera
DR-000047-11	DR-000047DR-000047-INV-002"CRED-008(êÎ÷≠Ë20r È"reminder-3-lettera
DR-000049-8	DR-000049DR-000049-INV-001"CRED-004(¬Î÷≠Ë20r!È"reminder-4-warning_
DR-000053-6	DR-000053DR-000053-INV-002"CRED-008(ÙÎ÷≠Ë20rÈ"reminder-2-phone]
DR-000053-7	DR-000053DR-000053-INV-002"CRED-008(¶Ï÷≠Ë20z
	∏Ã-USDÈÈg
DR-000093-8	DR-000093DR-000093-INV-001"CRED-008(ÿÏ÷≠Ë20Z'
DR-000093-PAY-1	¶¬EURÈ b
DR-000121-12	DR-000121DR-000121-INV-002"CRED-003(äÌ÷≠Ë20r!È"reminder-4-warning`
DR-000125-7	DR-000125DR-000125-INV-001"CRED-007(ºÌ÷≠Ë20r È"reminder-3-letter`
DR-000133-4	DR-000133DR-000133-INV-001"CRED-010(ÓÌ÷≠Ë20r È"reminder-3-letter%
day-2025-04-30(ò∞í…Ë20≤	
Èa
DR-000010-8	DR-000010DR-000010-INV-001"CRED-009(Ä†÷Ë20r!È"reminder-4-warning\
DR-000018-7	DR-000018DR-000018-INV-001"CRED-004(≤†÷Ë20rÈ"formal-noticeº
DR-000022-9	DR-000022DR-000022-INV-003"CRED-002(‰†÷Ë20R|
INV-000022-003	˘ÃEURÈ"È0:Company 000022B22 rue de la R√©publiqueB
69004 LyonJdr-000022@example.com^
DR-000112-4	DR-000112DR-000112-INV-002"CRED-001(ñ°÷Ë20rÈ"courtesy-remindera
DR-000125-8	DR-000125DR-000125-INV-001"CRED-007(»°÷Ë20r!È"reminder-4-warning_
DR-000126-4	DR-000126DR-000126-INV-001"CRED-001(˙°÷Ë20rÈ"reminder-2-phone%
day-2025-05-01(òË´ÚË20≤	
È^
DR-000009-5	DR-000009DR-000009-INV-002"CRED-003(ÄÿâÄÈ20rÈ"courtesy-reminder\
DR-000012-11	DR-000012DR-000012-INV-001"CRED-002(≤ÿâÄÈ20¢ÈRG-000012-001]
DR-000063-10	DR-000063DR-000063-INV-001"CRED-002(‰ÿâÄÈ20rÈ"formal-notice`
DR-000075-10	DR-000075DR-000075-INV-002"CRED-004(ñŸâÄÈ20rÈ"reminder-2-phone_
DR-000075-11	DR-000075DR-000075-INV-002"CRED-004(»ŸâÄÈ20z

»Ñ•EURÈ
È`
DR-000124-7	DR-000124DR-000124-INV-002"CRED-011(˙ŸâÄÈ20r È"reminder-3-letterg
DR-000128-6	DR-000128DR-000128-INV-002"CRED-012(¨⁄âÄÈ20Z'
DR-000128-PAY-2	∑›;USDÈ _
DR-000132-8	DR-000132DR-000132-INV-002"CRED-005(ﬁ⁄âÄÈ20rÈ"reminder-1-email`
DR-000147-10	DR-000147DR-000147-INV-002"CRED-012(ê€âÄÈ20rÈ"reminder-1-email%
day-2025-05-02(ò†≈õÈ20≤	
Èa
DR-000013-13	DR-000013DR-000013-INV-002"CRED-007(Äê£©È20r È"reminder-3-letterº
DR-000066-5	DR-000066DR-000066-INV-002"CRED-009(≤ê£©È20R|
INV-000066-002	ÛªEURÈ"È0:Company 000066B66 rue de la R√©publiqueB
69003 LyonJdr-000066@example.coma
DR-000066-6	DR-000066DR-000066-INV-001"CRED-009(‰ê£©È20r!È"reminder-4-warningÕ
DR-000080-8	DR-000080DR-000080-INV-003"CRED-010(ñë£©È20Rå
INV-000080-003
¯„ùEURÈ"È*
Èıì0:Company 000080B80 rue de la R√©publiqueB
69008 LyonJdr-000080@example.com_
DR-000105-9	DR-000105DR-000105-INV-002"CRED-004(»ë£©È20rÈ"reminder-2-phoneg
DR-000111-8	DR-000111DR-000111-INV-002"CRED-010(˙ë£©È20Z'
DR-000111-PAY-2	ˇ…EURÈ g
DR-000149-4	DR-000149DR-000149-INV-002"CRED-001(¨í£©È20Z'
DR-000149-PAY-2	∞‘EURÈ %
day-2025-05-03(òÿﬁƒÈ20≤	
Èg
DR-000018-8	DR-000018DR-000018-INV-001"CRED-004(Ä»º“È20Z'
DR-000018-PAY-1	±ÅEURÈ a
DR-000043-10	DR-000043DR-000043-INV-002"CRED-003(≤»º“È20r È"reminder-3-letterg
DR-000043-11	DR-000043DR-000043-INV-002"CRED-003(‰»º“È20Z&
DR-000043-PAY-2Å'EURÈ _
DR-000057-8	DR-000057DR-000057-INV-002"CRED-011(ñ…º“È20rÈ"reminder-1-emailº
DR-000086-7	DR-000086DR-000086-INV-002"CRED-005(»…º“È20R|
INV-000086-002	ö“CHFÈ"È0:Company 000086B86 rue de la R√©publiqueB
69005 LyonJdr-000086@example.comR
DR-000094-8	DR-000094DR-000094-INV-001"CRED-004(˙…º“È20ö
AGY-03È`
DR-000103-10	DR-000103DR-000103-INV-002"CRED-009(¨ º“È20rÈ"reminder-2-phoneø
DR-000105-10	DR-000105DR-000105-INV-003"CRED-004(ﬁ º“È20R~
INV-000105-003	ÚéEURÈ"È0:Customer 000105B105 rue de la R√©publiqueB
69006 LyonJdr-000105@example.comg
DR-000112-5	DR-000112DR-000112-INV-002"CRED-001(êÀº“È20Z'
DR-000112-PAY-2	˙ïEURÈ ^
DR-000145-5	DR-000145DR-000145-INV-002"CRED-007(¬Àº“È20rÈ"courtesy-reminderh
DR-000150-12	DR-000150DR-000150-INV-001"CRED-002(ÙÀº“È20Z'
DR-000150-PAY-2	¶∞nCHFÈ %
day-2025-05-04(òê¯ÌÈ20≤	
Èh
DR-000009-6	DR-000009DR-000009-INV-002"CRED-003(ÄÄ÷˚È20Z(
DR-000009-PAY-2
§ÕêEURÈ h
DR-000013-14	DR-000013DR-000013-INV-001"CRED-005(≤Ä÷˚È20Z'
DR-000013-PAY-2	∫‹EURÈ _
DR-000020-2	DR-000020DR-000020-INV-001"CRED-004(‰Ä÷˚È20rÈ"reminder-1-emailg
DR-000065-4	DR-000065DR-000065-INV-002"CRED-012(ñÅ÷˚È20Z'
DR-000065-PAY-2	¶Ñ2EURÈ h
DR-000075-12	DR-000075DR-000075-INV-001"CRED-004(»Å÷˚È20Z'
DR-000075-PAY-1	äÄ:EURÈ \
DR-000076-9	DR-000076DR-000076-INV-001"CRED-008(˙Å÷˚È20rÈ"formal-notice_
DR-000101-5	DR-000101DR-000101-INV-002"CRED-002(¨Ç÷˚È20ä
goods not deliveredÈæ
DR-000135-3	DR-000135DR-000135-INV-002"CRED-008(ﬁÇ÷˚È20R~
INV-000135-002	£·EURÈ"È0:Customer 000135B135 rue de la R√©publiqueB
69009 LyonJdr-000135@example.com%
day-2025-05-05(ò»ëóÍ20≤	
È\
DR-000025-6	DR-000025DR-000025-INV-001"CRED-009(Ä∏Ô§Í20rÈ"formal-noticeº
DR-000039-9	DR-000039DR-000039-INV-002"CRED-006(≤∏Ô§Í20R|
INV-000039-002	Ö°%GBPÈ"È0:Company 000039B39 rue de la R√©publiqueB
69003 LyonJdr-000039@example.comº
DR-000045-6	DR-000045DR-000045-INV-003"CRED-002(‰∏Ô§Í20R|
INV-000045-003	ö∑EURÈ"È0:Company 000045B45 rue de la R√©publiqueB
69009 LyonJdr-000045@example.comh
DR-000049-9	DR-000049DR-000049-INV-001"CRED-004(ñπÔ§Í20Z(
DR-000049-PAY-1
¢≥†EURÈ _
DR-000061-9	DR-000061DR-000061-INV-002"CRED-007(»πÔ§Í20rÈ"reminder-2-phoneº
DR-000071-7	DR-000071DR-000071-INV-003"CRED-008(˙πÔ§Í20R|
INV-000071-003	å®;EURÈ"È0:Company 000071B71 rue de la R√©publiqueB
69008 LyonJdr-000071@example.com`
DR-000074-11	DR-000074DR-000074-INV-002"CRED-007(¨∫Ô§Í20rÈ"reminder-2-phone^
DR-000085-4	DR-000085DR-000085-INV-002"CRED-005(ﬁ∫Ô§Í20rÈ"courtesy-reminderg
DR-000085-5	DR-000085DR-000085-INV-002"CRED-005(êªÔ§Í20Z'
DR-000085-PAY-2	ÊÁGBPÈ ^
DR-000093-9	DR-000093DR-000093-INV-002"CRED-008(¬ªÔ§Í20rÈ"courtesy-reminder_
DR-000099-6	DR-000099DR-000099-INV-002"CRED-006(ÙªÔ§Í20rÈ"reminder-1-emailÕ
DR-000121-13	DR-000121DR-000121-INV-003"CRED-003(¶ºÔ§Í20Rã
INV-000121-003	‡≈.USDÈ"È*
Èìw0:Company 000121B121 rue de la R√©publiqueB
69004 LyonJdr-000121@example.com_
DR-000141-4	DR-000141DR-000141-INV-001"CRED-005(ÿºÔ§Í20rÈ"reminder-2-phoneg
DR-000141-5	DR-000141DR-000141-INV-001"CRED-005(äΩÔ§Í20Z'
DR-000141-PAY-1	◊ˆUSDÈ %
day-2025-05-06(òÄ´¿Í20≤	
Èª
DR-000008-3	DR-000008DR-000008-INV-002"CRED-008(ÄàŒÍ20R{
INV-000008-002	‚°]EURÈ"È0:Company 000008B8 rue de la R√©publiqueB
69008 LyonJdr-000008@example.com_
DR-000008-4	DR-000008DR-000008-INV-001"CRED-008(≤àŒÍ20rÈ"reminder-2-phone_
DR-000030-5	DR-000030DR-000030-INV-002"CRED-001(‰àŒÍ20rÈ"reminder-2-phone`
DR-000032-6	DR-000032DR-000032-INV-001"CRED-009(ñÒàŒÍ20r È"reminder-3-letterh
DR-000039-10	DR-000039DR-000039-INV-001"CRED-006(»ÒàŒÍ20Z'
DR-000039-PAY-1	””GBPÈ ]
DR-000058-13	DR-000058DR-000058-INV-002"CRED-010(˙ÒàŒÍ20rÈ"formal-noticeg
DR-000077-4	DR-000077DR-000077-INV-002"CRED-010(¨ÚàŒÍ20Z'
DR-000077-PAY-2	¸∆9EURÈ h
DR-000090-10	DR-000090DR-000090-INV-002"CRED-002(ﬁÚàŒÍ20Z'
DR-000090-PAY-2	Ì∫GBPÈ Ω
DR-000097-7	DR-000097DR-000097-INV-003"CRED-007(êÛàŒÍ20R}
INV-000097-003
öêEURÈ"È0:Company 000097B97 rue de la R√©publiqueB
69007 LyonJdr-000097@example.comΩ
DR-000109-3	DR-000109DR-000109-INV-002"CRED-011(¬ÛàŒÍ20R}
INV-000109-002	⁄≈EURÈ"È0:Company 000109B109 rue de la R√©publiqueB
69001 LyonJdr-000109@example.comæ
DR-000136-3	DR-000136DR-000136-INV-002"CRED-012(ÙÛàŒÍ20R~
INV-000136-002	·ÂEURÈ"È0:Customer 000136B136 rue de la R√©publiqueB
69001 LyonJdr-000136@example.comh
DR-000147-11	DR-000147DR-000147-INV-002"CRED-012(¶ÙàŒÍ20Z'
DR-000147-PAY-2	•Ó;EURÈ %
day-2025-05-07(ò∏ƒÈÍ20≤	
È_
DR-000054-9	DR-000054DR-000054-INV-002"CRED-006(Ä®¢˜Í20rÈ"reminder-1-emaila
DR-000059-9	DR-000059DR-000059-INV-001"CRED-007(≤®¢˜Í20r!È"reminder-4-warning\
DR-000071-8	DR-000071DR-000071-INV-001"CRED-008(‰®¢˜Í20rÈ"formal-notice`
DR-000126-5	DR-000126DR-000126-INV-001"CRED-001(ñ©¢˜Í20r È"reminder-3-letter%
day-2025-05-08(ò›íÎ20≤	
Èg
DR-000011-6	DR-000011DR-000011-INV-001"CRED-003(Ä‡ª†Î20Z'
DR-000011-PAY-1	≥ÍEURÈ	 Ω
DR-000029-4	DR-000029DR-000029-INV-002"CRED-006(≤‡ª†Î20R}
INV-000029-002	†©CHFÈ	"È0:Customer 000029B29 rue de la R√©publiqueB
69002 LyonJdr-000029@example.comb
DR-000047-12	DR-000047DR-000047-INV-002"CRED-008(‰‡ª†Î20r!È	"reminder-4-warning_
DR-000055-4	DR-000055DR-000055-INV-002"CRED-003(ñ·ª†Î20rÈ	"reminder-1-emailv
DR-000063-11	DR-000063DR-000063-INV-001"CRED-002(»·ª†Î20™4
È	)small balance left after partial paymentsh
DR-000080-9	DR-000080DR-000080-INV-003"CRED-010(˙·ª†Î20Z(
DR-000080-PAY-2
É–öEURÈ	 h
DR-000086-8	DR-000086DR-000086-INV-001"CRED-005(¨‚ª†Î20Z(
DR-000086-PAY-1
¿ÍÕCHFÈ	 _
DR-000132-9	DR-000132DR-000132-INV-002"CRED-005(ﬁ‚ª†Î20rÈ	"reminder-2-phonea
DR-000133-5	DR-000133DR-000133-INV-001"CRED-010(ê„ª†Î20r!È	"reminder-4-warning%
day-2025-05-09(ò®˜ªÎ20≤	
È	`
DR-000011-7	DR-000011DR-000011-INV-001"CRED-003(Äò’…Î20r È
"reminder-3-letter`
DR-000012-12	DR-000012DR-000012-INV-002"CRED-004(≤ò’…Î20rÈ
"reminder-1-email_
DR-000044-5	DR-000044DR-000044-INV-002"CRED-006(‰ò’…Î20rÈ
"reminder-1-emailg
DR-000053-8	DR-000053DR-000053-INV-002"CRED-008(ñô’…Î20Z'
DR-000053-PAY-2	∏Ã-USDÈ
 i
DR-000075-13	DR-000075DR-000075-INV-002"CRED-004(»ô’…Î20Z(
DR-000075-PAY-2
»Ñ•EURÈ
 a
DR-000105-11	DR-000105DR-000105-INV-002"CRED-004(˙ô’…Î20r È
"reminder-3-letterg
DR-000114-7	DR-000114DR-000114-INV-001"CRED-001(¨ö’…Î20Z'
DR-000114-PAY-1	òäEURÈ
 g
DR-000124-8	DR-000124DR-000124-INV-002"CRED-011(ﬁö’…Î20Z'
DR-000124-PAY-2	Ë±EURÈ
 \
DR-000125-9	DR-000125DR-000125-INV-001"CRED-007(êõ’…Î20rÈ
"formal-notice%
day-2025-05-10(ò‡êÂÎ20≤	
È
^
DR-000028-5	DR-000028DR-000028-INV-002"CRED-005(Ä–ÓÚÎ20rÈ"courtesy-reminderº
DR-000044-6	DR-000044DR-000044-INV-003"CRED-006(≤–ÓÚÎ20R|
INV-000044-003	éΩ&EURÈ"È
0:Company 000044B44 rue de la R√©publiqueB
69008 LyonJdr-000044@example.com_
DR-000057-9	DR-000057DR-000057-INV-002"CRED-011(‰–ÓÚÎ20rÈ"reminder-2-phoneh
DR-000058-14	DR-000058DR-000058-INV-001"CRED-010(ñ—ÓÚÎ20Z'
DR-000058-PAY-3	¿·EURÈ º
DR-000099-7	DR-000099DR-000099-INV-003"CRED-006(»—ÓÚÎ20R|
INV-000099-003	ÔßEURÈ"È
0:Company 000099B99 rue de la R√©publiqueB
69009 LyonJdr-000099@example.coma
DR-000103-11	DR-000103DR-000103-INV-002"CRED-009(˙—ÓÚÎ20r È"reminder-3-lettera
DR-000124-9	DR-000124DR-000124-INV-002"CRED-011(¨“ÓÚÎ20r!È"reminder-4-warning%
day-2025-05-11(òò™éÏ20≤	
È_
DR-000004-7	DR-000004DR-000004-INV-002"CRED-011(ÄààúÏ20rÈ"reminder-1-emailb
DR-000013-15	DR-000013DR-000013-INV-002"CRED-007(≤ààúÏ20r!È"reminder-4-warning_
DR-000020-3	DR-000020DR-000020-INV-001"CRED-004(‰ààúÏ20rÈ"reminder-2-phoneΩ
DR-000058-15	DR-000058DR-000058-INV-003"CRED-010(ñâàúÏ20R|
INV-000058-003	‹ÁEURÈ"È0:Company 000058B58 rue de la R√©publiqueB
69004 LyonJdr-000058@example.comæ
DR-000123-3	DR-000123DR-000123-INV-002"CRED-007(»âàúÏ20R~
INV-000123-002	ÉÿGBPÈ"È0:Customer 000123B123 rue de la R√©publiqueB
69006 LyonJdr-000123@example.comø
DR-000125-10	DR-000125DR-000125-INV-002"CRED-007(˙âàúÏ20R~
INV-000125-002
ÖÇ•EURÈ"È0:Company 000125B125 rue de la R√©publiqueB
69008 LyonJdr-000125@example.com]
DR-000129-15	DR-000129DR-000129-INV-002"CRED-008(¨äàúÏ20rÈ"formal-noticeΩ
DR-000144-5	DR-000144DR-000144-INV-003"CRED-011(ﬁäàúÏ20R}
INV-000144-003ß3EURÈ"È0:Customer 000144B144 rue de la R√©publiqueB
69009 LyonJdr-000144@example.com%
day-2025-05-12(ò–√∑Ï20≤	
Èh
DR-000022-10	DR-000022DR-000022-INV-001"CRED-002(Ä¿°≈Ï20Z'
DR-000022-PAY-1	˘§_EURÈ b
DR-000043-12	DR-000043DR-000043-INV-002"CRED-003(≤¿°≈Ï20r!È"reminder-4-warningº
DR-000053-9	DR-000053DR-000053-INV-003"CRED-008(‰¿°≈Ï20R|
INV-000053-003	’‰5USDÈ"È0:Company 000053B53 rue de la R√©publiqueB
69008 LyonJdr-000053@example.coma
DR-000061-10	DR-000061DR-000061-INV-002"CRED-007(ñ¡°≈Ï20r È"reminder-3-letterΩ
DR-000064-3	DR-000064DR-000064-INV-002"CRED-003(»¡°≈Ï20R}
INV-000064-002	±˚EURÈ"È0:Customer 000064B64 rue de la R√©publiqueB
69001 LyonJdr-000064@example.comÀ
DR-000068-6	DR-000068DR-000068-INV-004"CRED-001(˙¡°≈Ï20Rä
INV-000068-004	‰®EURÈ"È*
È∞C0:Company 000068B68 rue de la R√©publiqueB
69005 LyonJdr-000068@example.coma
DR-000074-12	DR-000074DR-000074-INV-002"CRED-007(¨¬°≈Ï20r È"reminder-3-letterh
DR-000074-13	DR-000074DR-000074-INV-002"CRED-007(ﬁ¬°≈Ï20Z'
DR-000074-PAY-3	†ïEURÈ ]
DR-000080-10	DR-000080DR-000080-INV-002"CRED-010(ê√°≈Ï20rÈ"formal-noticeh
DR-000096-12	DR-000096DR-000096-INV-002"CRED-004(¬√°≈Ï20Z'
DR-000096-PAY-2	ïÂEURÈ _
DR-000099-8	DR-000099DR-000099-INV-002"CRED-006(Ù√°≈Ï20rÈ"reminder-2-phoneΩ
DR-000119-5	DR-000119DR-000119-INV-003"CRED-009(¶ƒ°≈Ï20R}
INV-000119-003	í¬EURÈ"È0:Company 000119B119 rue de la R√©publiqueB
69002 LyonJdr-000119@example.comI
DR-000141-6	DR-000141"CRED-005(ÿƒ°≈Ï20b
DR-000141-PAY-1È%
day-2025-05-13(òà›‡Ï20≤	
È`
DR-000008-5	DR-000008DR-000008-INV-001"CRED-008(Ä¯∫ÓÏ20r È"reminder-3-letterg
DR-000010-9	DR-000010DR-000010-INV-001"CRED-009(≤¯∫ÓÏ20Z'
DR-000010-PAY-2	≈€EURÈ `
DR-000030-6	DR-000030DR-000030-INV-002"CRED-001(‰¯∫ÓÏ20r È"reminder-3-letterg
DR-000044-7	DR-000044DR-000044-INV-002"CRED-006(ñ˘∫ÓÏ20Z'
DR-000044-PAY-2	Íﬁ!EURÈ ^
DR-000062-8	DR-000062DR-000062-INV-002"CRED-012(»˘∫ÓÏ20rÈ"courtesy-reminderg
DR-000082-4	DR-000082DR-000082-INV-002"CRED-007(˙˘∫ÓÏ20Z'
DR-000082-PAY-2	™•EURÈ Ω
DR-000088-12	DR-000088DR-000088-INV-003"CRED-006(¨˙∫ÓÏ20R|
INV-000088-003	˝ÈEURÈ"È0:Company 000088B88 rue de la R√©publiqueB
69007 LyonJdr-000088@example.comΩ
DR-000102-4	DR-000102DR-000102-INV-003"CRED-011(ﬁ˙∫ÓÏ20R}
INV-000102-003	ôì1EURÈ"È0:Company 000102B102 rue de la R√©publiqueB
69003 LyonJdr-000102@example.comh
DR-000125-11	DR-000125DR-000125-INV-001"CRED-007(ê˚∫ÓÏ20Z'
DR-000125-PAY-1	ÿ˘EURÈ \
DR-000134-6	DR-000134DR-000134-INV-001"CRED-010(¬˚∫ÓÏ20rÈ"formal-notice`
DR-000141-7	DR-000141DR-000141-INV-001"CRED-005(Ù˚∫ÓÏ20r È"reminder-3-letterΩ
DR-000142-3	DR-000142DR-000142-INV-002"CRED-004(¶¸∫ÓÏ20R}
INV-000142-002	–ÆEURÈ"È0:Company 000142B142 rue de la R√©publiqueB
69007 LyonJdr-000142@example.com_
DR-000145-6	DR-000145DR-000145-INV-002"CRED-007(ÿ¸∫ÓÏ20rÈ"reminder-1-email`
DR-000150-13	DR-000150DR-000150-INV-003"CRED-002(ä˝∫ÓÏ20rÈ"reminder-1-email%
day-2025-05-14(ò¿ˆâÌ20≤	
Èd
DR-000008-6	DR-000008DR-000008-INV-002"CRED-008(Ä∞‘óÌ20j$
DR-000008-CN-6	ƒòEURÈa
DR-000011-8	DR-000011DR-000011-INV-001"CRED-003(≤∞‘óÌ20r!È"reminder-4-warning`
DR-000054-10	DR-000054DR-000054-INV-002"CRED-006(‰∞‘óÌ20rÈ"reminder-2-phoneg
DR-000076-10	DR-000076DR-000076-INV-001"CRED-008(ñ±‘óÌ20Z&
DR-000076-PAY-3‡	EURÈ h
DR-000078-8	DR-000078DR-000078-INV-001"CRED-011(»±‘óÌ20Z(
DR-000078-PAY-1
âﬁ®EURÈ ^
DR-000092-7	DR-000092DR-000092-INV-002"CRED-007(˙±‘óÌ20rÈ"courtesy-reminder]
DR-000121-14	DR-000121DR-000121-INV-002"CRED-003(¨≤‘óÌ20rÈ"formal-noticeÃ
DR-000140-3	DR-000140DR-000140-INV-002"CRED-003(ﬁ≤‘óÌ20Rã
INV-000140-002	ˆ’EURÈ"È*
È˙0:Company 000140B140 rue de la R√©publiqueB
69005 LyonJdr-000140@example.comg
DR-000143-9	DR-000143DR-000143-INV-001"CRED-005(ê≥‘óÌ20Z'
DR-000143-PAY-3	◊öEURÈ Ω
DR-000146-3	DR-000146DR-000146-INV-002"CRED-005(¬≥‘óÌ20R}
INV-000146-002	ÛªEURÈ"È0:Company 000146B146 rue de la R√©publiqueB
69002 LyonJdr-000146@example.com%
day-2025-05-15(ò¯è≥Ì20≤	
Èª
DR-000005-3	DR-000005DR-000005-INV-002"CRED-010(ÄËÌ¿Ì20R{
INV-000005-002’-EURÈ"È0:Customer 000005B5 rue de la R√©publiqueB
69005 LyonJdr-000005@example.comº
DR-000017-5	DR-000017DR-000017-INV-003"CRED-011(≤ËÌ¿Ì20R|
INV-000017-003	íáUSDÈ"È0:Company 000017B17 rue de la R√©publiqueB
69008 LyonJdr-000017@example.com_
DR-000018-9	DR-000018DR-000018-INV-002"CRED-004(‰ËÌ¿Ì20rÈ"reminder-1-emailº
DR-000031-8	DR-000031DR-000031-INV-002"CRED-004(ñÈÌ¿Ì20R|
INV-000031-002	Ÿ¸EURÈ"È0:Company 000031B31 rue de la R√©publiqueB
69004 LyonJdr-000031@example.coma
DR-000032-7	DR-000032DR-000032-INV-001"CRED-009(»ÈÌ¿Ì20r!È"reminder-4-warningÃ
DR-000042-10	DR-000042DR-000042-INV-003"CRED-004(˙ÈÌ¿Ì20Rä
INV-000042-003	ö«EURÈ"È*
È˝0:Company 000042B42 rue de la R√©publiqueB
69006 LyonJdr-000042@example.comg
DR-000043-13	DR-000043DR-000043-INV-002"CRED-003(¨ÍÌ¿Ì20Z&
DR-000043-PAY-3ˆEURÈ h
DR-000054-11	DR-000054DR-000054-INV-001"CRED-003(ﬁÍÌ¿Ì20Z'
DR-000054-PAY-1	≠˛EURÈ _
DR-000055-5	DR-000055DR-000055-INV-002"CRED-003(êÎÌ¿Ì20rÈ"reminder-2-phone`
DR-000093-10	DR-000093DR-000093-INV-002"CRED-008(¬ÎÌ¿Ì20rÈ"reminder-1-emailæ
DR-000117-3	DR-000117DR-000117-INV-002"CRED-009(ÙÎÌ¿Ì20R~
INV-000117-002	ÊÚ	EURÈ"È0:Customer 000117B117 rue de la R√©publiqueB
69009 LyonJdr-000117@example.comg
DR-000131-4	DR-000131DR-000131-INV-002"CRED-006(¶ÏÌ¿Ì20Z'
DR-000131-PAY-2	≤Ã2EURÈ a
DR-000132-10	DR-000132DR-000132-INV-002"CRED-005(ÿÏÌ¿Ì20r È"reminder-3-letter%
day-2025-05-16(ò∞©‹Ì20≤	
È`
DR-000012-13	DR-000012DR-000012-INV-002"CRED-004(Ä†áÍÌ20rÈ"reminder-2-phone_
DR-000044-8	DR-000044DR-000044-INV-002"CRED-006(≤†áÍÌ20rÈ"reminder-2-phone_
DR-000052-4	DR-000052DR-000052-INV-002"CRED-006(‰†áÍÌ20rÈ"reminder-1-emailª
DR-000067-3	DR-000067DR-000067-INV-002"CRED-002(ñ°áÍÌ20R{
INV-000067-002µPEURÈ"È0:Company 000067B67 rue de la R√©publiqueB
69004 LyonJdr-000067@example.com_
DR-000072-9	DR-000072DR-000072-INV-002"CRED-003(»°áÍÌ20rÈ"reminder-1-emailΩ
DR-000077-5	DR-000077DR-000077-INV-003"CRED-010(˙°áÍÌ20R}
INV-000077-003
ÏıÆEURÈ"È0:Company 000077B77 rue de la R√©publiqueB
69005 LyonJdr-000077@example.comº
DR-000079-4	DR-000079DR-000079-INV-003"CRED-012(¨¢áÍÌ20R|
INV-000079-003	¯ƒGBPÈ"È0:Company 000079B79 rue de la R√©publiqueB
69007 LyonJdr-000079@example.comg
DR-000099-9	DR-000099DR-000099-INV-002"CRED-006(ﬁ¢áÍÌ20Z'
DR-000099-PAY-2	ï√JEURÈ h
DR-000119-6	DR-000119DR-000119-INV-002"CRED-009(ê£áÍÌ20Z(
DR-000119-PAY-2
ø£èEURÈ s
DR-000125-12	DR-000125DR-000125-INV-002"CRED-007(¬£áÍÌ20ä1
billing error on some lines	›Û*EURÈa
DR-000126-6	DR-000126DR-000126-INV-001"CRED-001(Ù£áÍÌ20r!È"reminder-4-warningg
DR-000140-4	DR-000140DR-000140-INV-002"CRED-003(¶§áÍÌ20Z'
DR-000140-PAY-2	¸…EURÈ g
DR-000141-8	DR-000141DR-000141-INV-001"CRED-005(ÿ§áÍÌ20Z'
DR-000141-PAY-2	◊ˆUSDÈ æ
DR-000143-10	DR-000143DR-000143-INV-003"CRED-005(ä•áÍÌ20R}
INV-000143-003	ï˙EURÈ"È0:Company 000143B143 rue de la R√©publiqueB
69008 LyonJdr-000143@example.com^
DR-000148-4	DR-000148DR-000148-INV-002"CRED-003(º•áÍÌ20rÈ"courtesy-reminder%
day-2025-05-17(òË¬ÖÓ20≤	
Èà
DR-000004-8	DR-000004DR-000004-INV-002"CRED-011(Äÿ†ìÓ20ÇG
DR-000004-PLAN-8È
È	®ûDGBP
È	©ûDGBPΩ
DR-000040-7	DR-000040DR-000040-INV-002"CRED-007(≤ÿ†ìÓ20R}
INV-000040-002	¸œEURÈ"È0:Customer 000040B40 rue de la R√©publiqueB
69004 LyonJdr-000040@example.coms
DR-000049-10	DR-000049DR-000049-INV-002"CRED-004(‰ÿ†ìÓ20ä1
billing error on some lines	›•EURÈΩ
DR-000054-12	DR-000054DR-000054-INV-003"CRED-006(ñŸ†ìÓ20R|
INV-000054-003	⁄üUSDÈ"È0:Company 000054B54 rue de la R√©publiqueB
69009 LyonJdr-000054@example.coma
DR-000057-10	DR-000057DR-000057-INV-002"CRED-011(»Ÿ†ìÓ20r È"reminder-3-letter\
DR-000066-7	DR-000066DR-000066-INV-001"CRED-009(˙Ÿ†ìÓ20rÈ"formal-notice_
DR-000069-5	DR-000069DR-000069-INV-002"CRED-003(¨⁄†ìÓ20rÈ"reminder-1-email^
DR-000126-7	DR-000126DR-000126-INV-002"CRED-001(ﬁ⁄†ìÓ20rÈ"courtesy-reminderh
DR-000129-16	DR-000129DR-000129-INV-002"CRED-008(ê€†ìÓ20Z'
DR-000129-PAY-2	†¶EURÈ Ω
DR-000133-6	DR-000133DR-000133-INV-002"CRED-010(¬€†ìÓ20R}
INV-000133-002	ﬁ÷5EURÈ"È0:Company 000133B133 rue de la R√©publiqueB
69007 LyonJdr-000133@example.comæ
DR-000138-3	DR-000138DR-000138-INV-002"CRED-008(Ù€†ìÓ20R~
INV-000138-002	‡Õ
CHFÈ"È0:Customer 000138B138 rue de la R√©publiqueB
69003 LyonJdr-000138@example.com`
DR-000147-12	DR-000147DR-000147-INV-003"CRED-012(¶‹†ìÓ20rÈ"reminder-1-email%
day-2025-05-18(ò†‹ÆÓ20≤	
Èg
DR-000011-9	DR-000011DR-000011-INV-001"CRED-003(Äê∫ºÓ20Z'
DR-000011-PAY-2	¥ÍEURÈ `
DR-000020-4	DR-000020DR-000020-INV-001"CRED-004(≤ê∫ºÓ20r È"reminder-3-letter_
DR-000094-9	DR-000094DR-000094-INV-002"CRED-004(‰ê∫ºÓ20rÈ"reminder-1-emailΩ
DR-000096-13	DR-000096DR-000096-INV-003"CRED-004(ñë∫ºÓ20R|
INV-000096-003	©ü*EURÈ"È0:Company 000096B96 rue de la R√©publiqueB
69006 LyonJdr-000096@example.comh
DR-000103-12	DR-000103DR-000103-INV-001"CRED-009(»ë∫ºÓ20Z'
DR-000103-PAY-1	…ÔEURÈ g
DR-000105-12	DR-000105DR-000105-INV-001"CRED-004(˙ë∫ºÓ20Z&
DR-000105-PAY-3Ù)EURÈ b
DR-000105-13	DR-000105DR-000105-INV-002"CRED-004(¨í∫ºÓ20r!È"reminder-4-warningΩ
DR-000126-8	DR-000126DR-000126-INV-003"CRED-001(ﬁí∫ºÓ20R}
INV-000126-003	ñ‚6USDÈ"È0:Company 000126B126 rue de la R√©publiqueB
69009 LyonJdr-000126@example.comÕ
DR-000137-4	DR-000137DR-000137-INV-003"CRED-009(êì∫ºÓ20Rå
INV-000137-003	ÜëAEURÈ"È*
Èﬁ¶0:Company 000137B137 rue de la R√©publiqueB
69002 LyonJdr-000137@example.com%
day-2025-05-19(òÿı◊Ó20≤	
Èg
DR-000008-7	DR-000008DR-000008-INV-002"CRED-008(Ä»”ÂÓ20Z'
DR-000008-PAY-1	ûâREURÈ º
DR-000030-7	DR-000030DR-000030-INV-003"CRED-001(≤»”ÂÓ20R|
INV-000030-003	ÔÄ;EURÈ"È0:Company 000030B30 rue de la R√©publiqueB
69003 LyonJdr-000030@example.comÀ
DR-000055-6	DR-000055DR-000055-INV-003"CRED-003(‰»”ÂÓ20Rä
INV-000055-003	˜∞"EURÈ"È*
ÈÇX0:Company 000055B55 rue de la R√©publiqueB
69001 LyonJdr-000055@example.com`
DR-000063-12	DR-000063DR-000063-INV-002"CRED-002(ñ…”ÂÓ20rÈ"reminder-1-email^
DR-000071-9	DR-000071DR-000071-INV-002"CRED-008(»…”ÂÓ20rÈ"courtesy-reminderº
DR-000091-3	DR-000091DR-000091-INV-002"CRED-009(˙…”ÂÓ20R|
INV-000091-002	ŒåoEURÈ"È0:Company 000091B91 rue de la R√©publiqueB
69001 LyonJdr-000091@example.comb
DR-000103-13	DR-000103DR-000103-INV-002"CRED-009(¨ ”ÂÓ20r!È"reminder-4-warningæ
DR-000120-3	DR-000120DR-000120-INV-002"CRED-006(ﬁ ”ÂÓ20R~
INV-000120-002	ÅßEURÈ"È0:Customer 000120B120 rue de la R√©publiqueB
69003 LyonJdr-000120@example.com%
day-2025-05-20(òêèÅÔ20≤	
È_
DR-000028-6	DR-000028DR-000028-INV-002"CRED-005(ÄÄÌéÔ20rÈ"reminder-1-emailΩ
DR-000046-5	DR-000046DR-000046-INV-003"CRED-007(≤ÄÌéÔ20R}
INV-000046-003	§íEURÈ"È0:Customer 000046B46 rue de la R√©publiqueB
69001 LyonJdr-000046@example.comh
DR-000063-13	DR-000063DR-000063-INV-002"CRED-002(‰ÄÌéÔ20Z'
DR-000063-PAY-4	µ¯EURÈ g
DR-000066-8	DR-000066DR-000066-INV-001"CRED-009(ñÅÌéÔ20Z'
DR-000066-PAY-1	÷ßEURÈ Ω
DR-000090-11	DR-000090DR-000090-INV-003"CRED-002(»ÅÌéÔ20R|
INV-000090-003	‚ŸPGBPÈ"È0:Company 000090B90 rue de la R√©publiqueB
69009 LyonJdr-000090@example.comº
DR-000098-6	DR-000098DR-000098-INV-003"CRED-002(˙ÅÌéÔ20R|
INV-000098-003˜EEURÈ"È0:Customer 000098B98 rue de la R√©publiqueB
69008 LyonJdr-000098@example.comÕ
DR-000124-10	DR-000124DR-000124-INV-003"CRED-011(¨ÇÌéÔ20Rã
INV-000124-003	Å¶EURÈ"È*
È∏H0:Company 000124B124 rue de la R√©publiqueB
69007 LyonJdr-000124@example.comh
DR-000132-11	DR-000132DR-000132-INV-002"CRED-005(ﬁÇÌéÔ20Z'
DR-000132-PAY-2	Æ¶CHFÈ _
DR-000145-7	DR-000145DR-000145-INV-002"CRED-007(êÉÌéÔ20rÈ"reminder-2-phone`
DR-000150-14	DR-000150DR-000150-INV-003"CRED-002(¬ÉÌéÔ20rÈ"reminder-2-phone%
day-2025-05-21(ò»®™Ô20≤	
È^
DR-000019-7	DR-000019DR-000019-INV-002"CRED-003(Ä∏Ü∏Ô20rÈ"courtesy-reminderº
DR-000025-7	DR-000025DR-000025-INV-002"CRED-009(≤∏Ü∏Ô20R|
INV-000025-002	°ø/EURÈ"È0:Company 000025B25 rue de la R√©publiqueB
69007 LyonJdr-000025@example.com^
DR-000032-8	DR-000032DR-000032-INV-002"CRED-009(‰∏Ü∏Ô20rÈ"courtesy-remindera
DR-000054-13	DR-000054DR-000054-INV-002"CRED-006(ñπÜ∏Ô20r È"reminder-3-letterb
DR-000061-11	DR-000061DR-000061-INV-002"CRED-007(»πÜ∏Ô20r!È"reminder-4-warningΩ
DR-000084-9	DR-000084DR-000084-INV-002"CRED-005(˙πÜ∏Ô20R}
INV-000084-002	ÍûEURÈ"È0:Customer 000084B84 rue de la R√©publiqueB
69003 LyonJdr-000084@example.com^
DR-000102-5	DR-000102DR-000102-INV-002"CRED-006(¨∫Ü∏Ô20rÈ"courtesy-reminder%
day-2025-05-22(òÄ¬”Ô20≤	
Èa
DR-000008-8	DR-000008DR-000008-INV-001"CRED-008(Äü·Ô20r!È"reminder-4-warning`
DR-000018-10	DR-000018DR-000018-INV-002"CRED-004(≤ü·Ô20rÈ"reminder-2-phone`
DR-000022-11	DR-000022DR-000022-INV-002"CRED-002(‰ü·Ô20rÈ"reminder-1-emaila
DR-000030-8	DR-000030DR-000030-INV-002"CRED-001(ñÒü·Ô20r!È"reminder-4-warning`
DR-000055-7	DR-000055DR-000055-INV-002"CRED-003(»Òü·Ô20r È"reminder-3-letter]
DR-000059-10	DR-000059DR-000059-INV-001"CRED-007(˙Òü·Ô20rÈ"formal-notice_
DR-000070-4	DR-000070DR-000070-INV-002"CRED-003(¨Úü·Ô20rÈ"reminder-1-emailg
DR-000073-10	DR-000073DR-000073-INV-001"CRED-007(ﬁÚü·Ô20Z&
DR-000073-PAY-4¬0EURÈ `
DR-000093-11	DR-000093DR-000093-INV-002"CRED-008(êÛü·Ô20rÈ"reminder-2-phoneΩ
DR-000106-3	DR-000106DR-000106-INV-002"CRED-007(¬Ûü·Ô20R}
INV-000106-002∫1CHFÈ"È0:Customer 000106B106 rue de la R√©publiqueB
69007 LyonJdr-000106@example.com%
day-2025-05-23(ò∏€¸Ô20≤	
Èa
DR-000012-14	DR-000012DR-000012-INV-002"CRED-004(Ä®πä20r È"reminder-3-letter_
DR-000024-7	DR-000024DR-000024-INV-002"CRED-001(≤®πä20rÈ"reminder-1-emailÀ
DR-000037-4	DR-000037DR-000037-INV-003"CRED-010(‰®πä20Rä
INV-000037-003	√ë.EURÈ"È*
Èév0:Company 000037B37 rue de la R√©publiqueB
69001 LyonJdr-000037@example.com`
DR-000044-9	DR-000044DR-000044-INV-002"CRED-006(ñ©πä20r È"reminder-3-letter]
DR-000047-13	DR-000047DR-000047-INV-002"CRED-008(»©πä20rÈ"formal-notice_
DR-000052-5	DR-000052DR-000052-INV-002"CRED-006(˙©πä20rÈ"reminder-2-phone_
DR-000062-9	DR-000062DR-000062-INV-002"CRED-012(¨™πä20rÈ"reminder-1-email`
DR-000072-10	DR-000072DR-000072-INV-002"CRED-003(ﬁ™πä20rÈ"reminder-2-phone^
DR-000072-11	DR-000072DR-000072-INV-002"CRED-003(ê´πä20z
	πÃGBPÈÈ_
DR-000078-9	DR-000078DR-000078-INV-002"CRED-011(¬´πä20rÈ"reminder-1-emailg
DR-000127-5	DR-000127DR-000127-INV-002"CRED-012(Ù´πä20Z'
DR-000127-PAY-2	Ö°EURÈ \
DR-000133-7	DR-000133DR-000133-INV-001"CRED-010(¶¨πä20rÈ"formal-noticeΩ
DR-000145-8	DR-000145DR-000145-INV-003"CRED-007(ÿ¨πä20R}
INV-000145-003	àÔgEURÈ"È0:Company 000145B145 rue de la R√©publiqueB
69001 LyonJdr-000145@example.com_
DR-000024-7	DR-000024DR-000024-INV-002"CRED-001(≤®πä20rÈ"reminder-1-email%
day-2025-05-24(òÙ•20≤	
Èª
DR-000004-9	DR-000004DR-000004-INV-003"CRED-011(Ä‡“≥20R{
INV-000004-003	√ÓGBPÈ"È	0:Company 000004B4 rue de la R√©publiqueB
69004 LyonJdr-000004@example.comb
DR-000004-10	DR-000004DR-000004-INV-001"CRED-011(≤‡“≥20r!È"reminder-4-warning`
DR-000011-10	DR-000011DR-000011-INV-002"CRED-004(‰‡“≥20rÈ"reminder-1-emailh
DR-000012-15	DR-000012DR-000012-INV-002"CRED-004(ñ·“≥20Z'
DR-000012-PAY-1	˘ÅEURÈ f
DR-000028-7	DR-000028DR-000028-INV-002"CRED-005(»·“≥20Z&
DR-000028-PAY-2∑\EURÈ º
DR-000036-4	DR-000036DR-000036-INV-002"CRED-010(˙·“≥20R|
INV-000036-002	⁄¨EURÈ"È0:Company 000036B36 rue de la R√©publiqueB
69009 LyonJdr-000036@example.comh
DR-000041-4	DR-000041DR-000041-INV-002"CRED-009(¨‚“≥20Z(
DR-000041-PAY-2
©«áUSDÈ _
DR-000069-6	DR-000069DR-000069-INV-002"CRED-003(ﬁ‚“≥20rÈ"reminder-2-phoneΩ
DR-000070-5	DR-000070DR-000070-INV-003"CRED-003(ê„“≥20R}
INV-000070-003
ŒﬂÊEURÈ"È0:Company 000070B70 rue de la R√©publiqueB
69007 LyonJdr-000070@example.comS
DR-000071-10	DR-000071DR-000071-INV-001"CRED-008(¬„“≥20ö
AGY-03È_
DR-000092-8	DR-000092DR-000092-INV-002"CRED-007(Ù„“≥20rÈ"reminder-1-emailà
DR-000094-10	DR-000094DR-000094-INV-002"CRED-004(¶‰“≥20ÇF
DR-000094-PLAN-10È
È∑HEUR
È∑HEURæ
DR-000113-3	DR-000113DR-000113-INV-002"CRED-010(ÿ‰“≥20R~
INV-000113-002
éé˛EURÈ"È0:Company 000113B113 rue de la R√©publiqueB
69005 LyonJdr-000113@example.comg
DR-000137-5	DR-000137DR-000137-INV-002"CRED-001(äÂ“≥20Z'
DR-000137-PAY-2	≠á+USDÈ `
DR-000143-11	DR-000143DR-000143-INV-002"CRED-005(ºÂ“≥20rÈ"reminder-1-email`
DR-000147-13	DR-000147DR-000147-INV-003"CRED-012(ÓÂ“≥20rÈ"reminder-2-phone^
DR-000147-14	DR-000147DR-000147-INV-003"CRED-012(†Ê“≥20z
	≥≠EURÈÈ†
DR-000150-15	DR-000150DR-000150-INV-003"CRED-002(“Ê“≥20Ç^
DR-000150-PLAN-15È
È	üùCHF
È	üùCHF
È	†ùCHF%
day-2025-05-25(ò®éœ20≤	
È]
DR-000004-11	DR-000004DR-000004-INV-001"CRED-011(ÄòÏ‹20rÈ"formal-noticeº
DR-000007-7	DR-000007DR-000007-INV-003"CRED-010(≤òÏ‹20R|
INV-000007-003	Ÿ·EURÈ"È0:Customer 000007B7 rue de la R√©publiqueB
69007 LyonJdr-000007@example.com_
DR-000010-10	DR-000010DR-000010-INV-002"CRED-009(‰òÏ‹20rÈ"courtesy-reminderh
DR-000037-5	DR-000037DR-000037-INV-002"CRED-010(ñôÏ‹20Z(
DR-000037-PAY-2
‹⁄ôEURÈ º
DR-000092-9	DR-000092DR-000092-INV-003"CRED-007(»ôÏ‹20R|
INV-000092-003	çÑ;CHFÈ"È
0:Company 000092B92 rue de la R√©publiqueB
69002 LyonJdr-000092@example.comΩ
DR-000095-3	DR-000095DR-000095-INV-002"CRED-007(˙ôÏ‹20R}
INV-000095-002	±ÿEURÈ"È
0:Customer 000095B95 rue de la R√©publiqueB
69005 LyonJdr-000095@example.comh
DR-000105-14	DR-000105DR-000105-INV-002"CRED-004(¨öÏ‹20Z'
DR-000105-PAY-4	∏ÜEURÈ S
DR-000121-15	DR-000121DR-000121-INV-002"CRED-003(ﬁöÏ‹20ö
AGY-02È]
DR-000124-11	DR-000124DR-000124-INV-002"CRED-011(êõÏ‹20rÈ"formal-notice%
day-2025-05-26(ò‡ß¯20≤	
È]
DR-000013-16	DR-000013DR-000013-INV-002"CRED-007(Ä–ÖÜÒ20rÈ"formal-noticeh
DR-000022-12	DR-000022DR-000022-INV-002"CRED-002(≤–ÖÜÒ20Z'
DR-000022-PAY-2	∑∫7EURÈ º
DR-000056-4	DR-000056DR-000056-INV-002"CRED-001(‰–ÖÜÒ20R|
INV-000056-002	€·EURÈ"È0:Company 000056B56 rue de la R√©publiqueB
69002 LyonJdr-000056@example.comb
DR-000057-11	DR-000057DR-000057-INV-002"CRED-011(ñ—ÖÜÒ20r!È"reminder-4-warning`
DR-000063-14	DR-000063DR-000063-INV-002"CRED-002(»—ÖÜÒ20rÈ"reminder-2-phoner
DR-000069-7	DR-000069DR-000069-INV-002"CRED-003(˙—ÖÜÒ20ä1
billing error on some lines	åõGBPÈΩ
DR-000087-3	DR-000087DR-000087-INV-002"CRED-010(¨“ÖÜÒ20R}
INV-000087-002	◊ñEURÈ"È0:Customer 000087B87 rue de la R√©publiqueB
69006 LyonJdr-000087@example.comh
DR-000116-4	DR-000116DR-000116-INV-002"CRED-010(ﬁ“ÖÜÒ20Z(
DR-000116-PAY-2
Äº©EURÈ d
DR-000145-9	DR-000145DR-000145-INV-003"CRED-007(ê”ÖÜÒ20j$
DR-000145-CN-9	î‘EURÈ_
DR-000148-5	DR-000148DR-000148-INV-002"CRED-003(¬”ÖÜÒ20rÈ"reminder-1-email%
day-2025-05-27(òò¡°Ò20≤	
Èa
DR-000020-5	DR-000020DR-000020-INV-001"CRED-004(ÄàüØÒ20r!È"reminder-4-warningf
DR-000040-8	DR-000040DR-000040-INV-001"CRED-007(≤àüØÒ20Z&
DR-000040-PAY-1™TEURÈ ]
DR-000043-14	DR-000043DR-000043-INV-002"CRED-003(‰àüØÒ20rÈ"formal-noticeg
DR-000043-15	DR-000043DR-000043-INV-002"CRED-003(ñâüØÒ20Z&
DR-000043-PAY-4ìEURÈ `
DR-000061-12	DR-000061DR-000061-INV-003"CRED-007(»âüØÒ20ä
goods not deliveredÈ^
DR-000068-7	DR-000068DR-000068-INV-003"CRED-001(˙âüØÒ20rÈ"courtesy-reminderΩ
DR-000073-11	DR-000073DR-000073-INV-002"CRED-007(¨äüØÒ20R|
INV-000073-002Ÿ;EURÈ"È0:Customer 000073B73 rue de la R√©publiqueB
69001 LyonJdr-000073@example.comv
DR-000076-11	DR-000076DR-000076-INV-001"CRED-008(ﬁäüØÒ20™4
È)small balance left after partial payments_
DR-000126-9	DR-000126DR-000126-INV-002"CRED-001(êãüØÒ20rÈ"reminder-1-emaila
DR-000145-10	DR-000145DR-000145-INV-002"CRED-007(¬ãüØÒ20r È"reminder-3-letterø
DR-000150-16	DR-000150DR-000150-INV-004"CRED-002(ÙãüØÒ20R~
INV-000150-004
ï≠´CHFÈ"È0:Company 000150B150 rue de la R√©publiqueB
69006 LyonJdr-000150@example.com%
day-2025-05-28(ò–⁄ Ò20≤	
Èª
DR-000003-3	DR-000003DR-000003-INV-002"CRED-011(Ä¿∏ÿÒ20R{
INV-000003-002	⁄äEURÈ"È0:Company 000003B3 rue de la R√©publiqueB
69003 LyonJdr-000003@example.comº
DR-000020-6	DR-000020DR-000020-INV-002"CRED-004(≤¿∏ÿÒ20R|
INV-000020-002	◊ú)EURÈ"È0:Company 000020B20 rue de la R√©publiqueB
69002 LyonJdr-000020@example.comh
DR-000042-11	DR-000042DR-000042-INV-002"CRED-004(‰¿∏ÿÒ20Z'
DR-000042-PAY-3	ñ“EURÈ h
DR-000059-11	DR-000059DR-000059-INV-001"CRED-007(ñ¡∏ÿÒ20Z'
DR-000059-PAY-2	ì⁄EURÈ º
DR-000069-8	DR-000069DR-000069-INV-003"CRED-003(»¡∏ÿÒ20R|
INV-000069-003	∑éGBPÈ"È0:Company 000069B69 rue de la R√©publiqueB
69006 LyonJdr-000069@example.comg
DR-000133-8	DR-000133DR-000133-INV-001"CRED-010(˙¡∏ÿÒ20Z'
DR-000133-PAY-1	Æ–EURÈ %
day-2025-05-29(òàÙÛÒ20≤	
Èa
DR-000018-11	DR-000018DR-000018-INV-002"CRED-004(Ä¯—ÅÚ20r È"reminder-3-letterh
DR-000039-11	DR-000039DR-000039-INV-002"CRED-006(≤¯—ÅÚ20Z'
DR-000039-PAY-2	Ö°%GBPÈ h
DR-000044-10	DR-000044DR-000044-INV-002"CRED-006(‰¯—ÅÚ20Z'
DR-000044-PAY-3	æ–EURÈ g
DR-000055-8	DR-000055DR-000055-INV-002"CRED-003(ñ˘—ÅÚ20Z'
DR-000055-PAY-2	ÆEURÈ ^
DR-000066-9	DR-000066DR-000066-INV-002"CRED-009(»˘—ÅÚ20rÈ"courtesy-reminder_
DR-000070-6	DR-000070DR-000070-INV-002"CRED-003(˙˘—ÅÚ20rÈ"reminder-2-phone`
DR-000071-11	DR-000071DR-000071-INV-002"CRED-008(¨˙—ÅÚ20rÈ"reminder-1-emailÃ
DR-000075-14	DR-000075DR-000075-INV-003"CRED-004(ﬁ˙—ÅÚ20Rä
INV-000075-003	ó§EURÈ"È*
È	Ω60:Company 000075B75 rue de la R√©publiqueB
69003 LyonJdr-000075@example.coma
DR-000093-12	DR-000093DR-000093-INV-002"CRED-008(ê˚—ÅÚ20r È"reminder-3-letteræ
DR-000112-6	DR-000112DR-000112-INV-003"CRED-001(¬˚—ÅÚ20R~
INV-000112-003
ÀóÊEURÈ"È0:Company 000112B112 rue de la R√©publiqueB
69004 LyonJdr-000112@example.comæ
DR-000129-17	DR-000129DR-000129-INV-003"CRED-008(Ù˚—ÅÚ20R}
INV-000129-003¯iEURÈ"È0:Customer 000129B129 rue de la R√©publiqueB
69003 LyonJdr-000129@example.com≤
DR-000143-12	DR-000143DR-000143-INV-002"CRED-005(¶¸—ÅÚ20Çp
DR-000143-PLAN-12È
È¢YEUR
È¢YEUR
È¢YEUR
È	
£YEUR%
day-2025-05-30(ò¿çùÚ20≤	
È_
DR-000024-8	DR-000024DR-000024-INV-002"CRED-001(Ä∞Î™Ú20rÈ"reminder-2-phone]
DR-000024-9	DR-000024DR-000024-INV-002"CRED-001(≤∞Î™Ú20z
	¶õEURÈÈ\
DR-000032-9	DR-000032DR-000032-INV-001"CRED-009(‰∞Î™Ú20rÈ"formal-notice`
DR-000052-6	DR-000052DR-000052-INV-002"CRED-006(ñ±Î™Ú20r È"reminder-3-letterb
DR-000054-14	DR-000054DR-000054-INV-002"CRED-006(»±Î™Ú20r!È"reminder-4-warning`
DR-000062-10	DR-000062DR-000062-INV-002"CRED-012(˙±Î™Ú20rÈ"reminder-2-phone`
DR-000076-12	DR-000076DR-000076-INV-002"CRED-008(¨≤Î™Ú20rÈ"reminder-1-email`
DR-000078-10	DR-000078DR-000078-INV-002"CRED-011(ﬁ≤Î™Ú20rÈ"reminder-2-phoneæ
DR-000094-11	DR-000094DR-000094-INV-003"CRED-004(ê≥Î™Ú20R}
INV-000094-003	ôäEURÈ"È0:Customer 000094B94 rue de la R√©publiqueB
69004 LyonJdr-000094@example.comæ
DR-000122-4	DR-000122DR-000122-INV-002"CRED-009(¬≥Î™Ú20R~
INV-000122-002	˘ºEURÈ"È0:Customer 000122B122 rue de la R√©publiqueB
69005 LyonJdr-000122@example.com%
day-2025-05-31(ò¯¶∆Ú20≤	
ÈΩ
DR-000011-11	DR-000011DR-000011-INV-003"CRED-003(ÄËÑ‘Ú20R|
INV-000011-003	ˇÖ7EURÈ"È0:Company 000011B11 rue de la R√©publiqueB
69002 LyonJdr-000011@example.com`
DR-000011-12	DR-000011DR-000011-INV-002"CRED-004(≤ËÑ‘Ú20rÈ"reminder-2-phone_
DR-000019-8	DR-000019DR-000019-INV-002"CRED-003(‰ËÑ‘Ú20rÈ"reminder-1-email`
DR-000032-10	DR-000032DR-000032-INV-002"CRED-009(ñÈÑ‘Ú20rÈ"reminder-1-email`
DR-000092-10	DR-000092DR-000092-INV-002"CRED-007(»ÈÑ‘Ú20rÈ"reminder-2-phone^
DR-000100-6	DR-000100DR-000100-INV-003"CRED-008(˙ÈÑ‘Ú20rÈ"courtesy-reminder_
DR-000102-6	DR-000102DR-000102-INV-002"CRED-006(¨ÍÑ‘Ú20rÈ"reminder-1-email]
DR-000126-10	DR-000126DR-000126-INV-001"CRED-001(ﬁÍÑ‘Ú20rÈ"formal-noticeΩ
DR-000149-5	DR-000149DR-000149-INV-003"CRED-001(êÎÑ‘Ú20R}
INV-000149-003	 ùEURÈ"È0:Company 000149B149 rue de la R√©publiqueB
69005 LyonJdr-000149@example.com%
day-2025-06-01(ò∞¿ÔÚ20≤	
Èc
DR-000007-8	DR-000007DR-000007-INV-003"CRED-010(Ä†û˝Ú20j#
DR-000007-CN-8ﬁFEURÈΩ
DR-000022-13	DR-000022DR-000022-INV-004"CRED-002(≤†û˝Ú20R|
INV-000022-004	‹˙.EURÈ"È0:Company 000022B22 rue de la R√©publiqueB
69004 LyonJdr-000022@example.comÀ
DR-000034-6	DR-000034DR-000034-INV-003"CRED-009(‰†û˝Ú20Rä
INV-000034-003	®ÌUSDÈ"È*
Èß0:Company 000034B34 rue de la R√©publiqueB
69007 LyonJdr-000034@example.comb
DR-000044-11	DR-000044DR-000044-INV-002"CRED-006(ñ°û˝Ú20r!È"reminder-4-warning_
DR-000046-6	DR-000046DR-000046-INV-002"CRED-007(»°û˝Ú20rÈ"reminder-1-emailº
DR-000061-13	DR-000061DR-000061-INV-004"CRED-007(˙°û˝Ú20R{
INV-000061-004Ã{EURÈ"È0:Company 000061B61 rue de la R√©publiqueB
69007 LyonJdr-000061@example.comg
DR-000100-7	DR-000100DR-000100-INV-003"CRED-008(¨¢û˝Ú20Z'
DR-000100-PAY-3	øâEURÈ `
DR-000130-11	DR-000130DR-000130-INV-003"CRED-009(ﬁ¢û˝Ú20rÈ"reminder-1-email%
day-2025-06-02(òËŸòÛ20≤	
Èa
DR-000063-15	DR-000063DR-000063-INV-002"CRED-002(Äÿ∑¶Û20r È"reminder-3-letterø
DR-000104-10	DR-000104DR-000104-INV-002"CRED-007(≤ÿ∑¶Û20R~
INV-000104-002	ÏÜEURÈ"È0:Customer 000104B104 rue de la R√©publiqueB
69005 LyonJdr-000104@example.com^
DR-000109-4	DR-000109DR-000109-INV-002"CRED-011(‰ÿ∑¶Û20rÈ"courtesy-reminderg
DR-000134-7	DR-000134DR-000134-INV-001"CRED-010(ñŸ∑¶Û20Z'
DR-000134-PAY-1	£îEURÈ ^
DR-000141-9	DR-000141DR-000141-INV-002"CRED-005(»Ÿ∑¶Û20rÈ"courtesy-reminderh
DR-000147-15	DR-000147DR-000147-INV-003"CRED-012(˙Ÿ∑¶Û20Z'
DR-000147-PAY-3	≥≠EURÈ _
DR-000148-6	DR-000148DR-000148-INV-002"CRED-003(¨⁄∑¶Û20rÈ"reminder-2-phone%
day-2025-06-03(ò†Û¡Û20≤	
ÈR
DR-000025-8	DR-000025DR-000025-INV-001"CRED-009(Äê—œÛ20ö
AGY-01È]
DR-000103-14	DR-000103DR-000103-INV-002"CRED-009(≤ê—œÛ20rÈ"formal-noticeh
DR-000124-12	DR-000124DR-000124-INV-002"CRED-011(‰ê—œÛ20Z'
DR-000124-PAY-3	„åEURÈ `
DR-000126-11	DR-000126DR-000126-INV-002"CRED-001(ñë—œÛ20rÈ"reminder-2-phone^
DR-000126-12	DR-000126DR-000126-INV-002"CRED-001(»ë—œÛ20z
	ﬂ∂USDÈÈa
DR-000147-16	DR-000147DR-000147-INV-003"CRED-012(˙ë—œÛ20r È"reminder-3-letter%
day-2025-06-04(òÿåÎÛ20≤	
È`
DR-000010-11	DR-000010DR-000010-INV-002"CRED-009(Ä»Í¯Û20rÈ"reminder-1-emailΩ
DR-000013-17	DR-000013DR-000013-INV-004"CRED-005(≤»Í¯Û20R|
INV-000013-004	∆≥3EURÈ"È0:Company 000013B13 rue de la R√©publiqueB
69004 LyonJdr-000013@example.comf
DR-000019-9	DR-000019DR-000019-INV-002"CRED-003(‰»Í¯Û20Z&
DR-000019-PAY-2π%EURÈ h
DR-000063-16	DR-000063DR-000063-INV-002"CRED-002(ñ…Í¯Û20Z'
DR-000063-PAY-5	˙£EURÈ g
DR-000064-4	DR-000064DR-000064-INV-002"CRED-003(»…Í¯Û20Z'
DR-000064-PAY-2	±˚EURÈ æ
DR-000083-10	DR-000083DR-000083-INV-003"CRED-010(˙…Í¯Û20R}
INV-000083-003	—ªEURÈ"È0:Customer 000083B83 rue de la R√©publiqueB
69002 LyonJdr-000083@example.comÃ
DR-000139-3	DR-000139DR-000139-INV-002"CRED-003(¨ Í¯Û20Rã
INV-000139-002	√ÌUSDÈ"È*
È‡0:Company 000139B139 rue de la R√©publiqueB
69004 LyonJdr-000139@example.comæ
DR-000147-17	DR-000147DR-000147-INV-004"CRED-012(ﬁ Í¯Û20R}
INV-000147-004	ü÷EURÈ"È0:Company 000147B147 rue de la R√©publiqueB
69003 LyonJdr-000147@example.com%
day-2025-06-05(òê¶îÙ20≤	
È`
DR-000015-13	DR-000015DR-000015-INV-003"CRED-008(ÄÄÑ¢Ù20rÈ"reminder-1-email_
DR-000035-6	DR-000035DR-000035-INV-003"CRED-010(≤ÄÑ¢Ù20rÈ"reminder-1-emailh
DR-000042-12	DR-000042DR-000042-INV-003"CRED-004(‰ÄÑ¢Ù20Z'
DR-000042-PAY-4	ö«EURÈ ]
DR-000061-14	DR-000061DR-000061-INV-002"CRED-007(ñÅÑ¢Ù20rÈ"formal-notice`
DR-000070-7	DR-000070DR-000070-INV-002"CRED-003(»ÅÑ¢Ù20r È"reminder-3-letter`
DR-000071-12	DR-000071DR-000071-INV-002"CRED-008(˙ÅÑ¢Ù20rÈ"reminder-2-phonea
DR-000072-12	DR-000072DR-000072-INV-002"CRED-003(¨ÇÑ¢Ù20r È"reminder-3-letterg
DR-000094-12	DR-000094DR-000094-INV-002"CRED-004(ﬁÇÑ¢Ù20Z&
DR-000094-PAY-1∑HEURÈ g
DR-000109-5	DR-000109DR-000109-INV-002"CRED-011(êÉÑ¢Ù20Z'
DR-000109-PAY-2	⁄≈EURÈ b
DR-000145-11	DR-000145DR-000145-INV-002"CRED-007(¬ÉÑ¢Ù20r!È"reminder-4-warning%
day-2025-06-06(ò»øΩÙ20≤	
È\
DR-000008-9	DR-000008DR-000008-INV-001"CRED-008(Ä∏ùÀÙ20rÈ"formal-noticeh
DR-000015-14	DR-000015DR-000015-INV-001"CRED-008(≤∏ùÀÙ20Z'
DR-000015-PAY-2	ıáEURÈ \
DR-000030-9	DR-000030DR-000030-INV-002"CRED-001(‰∏ùÀÙ20rÈ"formal-notice_
DR-000044-12	DR-000044DR-000044-INV-003"CRED-006(ñπùÀÙ20rÈ"courtesy-remindera
DR-000062-11	DR-000062DR-000062-INV-002"CRED-012(»πùÀÙ20r È"reminder-3-letter_
DR-000068-8	DR-000068DR-000068-INV-003"CRED-001(˙πùÀÙ20rÈ"reminder-1-email`
DR-000076-13	DR-000076DR-000076-INV-002"CRED-008(¨∫ùÀÙ20rÈ"reminder-2-phonea
DR-000078-11	DR-000078DR-000078-INV-002"CRED-011(ﬁ∫ùÀÙ20r È"reminder-3-letterº
DR-000082-5	DR-000082DR-000082-INV-003"CRED-011(êªùÀÙ20R|
INV-000082-003	˙ﬁEURÈ"È0:Company 000082B82 rue de la R√©publiqueB
69001 LyonJdr-000082@example.coms
DR-000130-12	DR-000130DR-000130-INV-003"CRED-009(¬ªùÀÙ20ä1
billing error on some lines	≥áCHFÈæ
DR-000141-10	DR-000141DR-000141-INV-003"CRED-005(ÙªùÀÙ20R}
INV-000141-003	ã˝USDÈ"È0:Company 000141B141 rue de la R√©publiqueB
69006 LyonJdr-000141@example.comh
DR-000145-12	DR-000145DR-000145-INV-003"CRED-007(¶ºùÀÙ20Z'
DR-000145-PAY-2	ÙöVEURÈ %
day-2025-06-07(òÄŸÊÙ20≤	
Èh
DR-000004-12	DR-000004DR-000004-INV-002"CRED-011(Ä∂ÙÙ20Z'
DR-000004-PAY-1	®ûDGBPÈ a
DR-000011-13	DR-000011DR-000011-INV-002"CRED-004(≤∂ÙÙ20r È"reminder-3-letterb
DR-000018-12	DR-000018DR-000018-INV-002"CRED-004(‰∂ÙÙ20r!È"reminder-4-warning`
DR-000019-10	DR-000019DR-000019-INV-002"CRED-003(ñÒ∂ÙÙ20rÈ"reminder-2-phone`
DR-000032-11	DR-000032DR-000032-INV-002"CRED-009(»Ò∂ÙÙ20rÈ"reminder-2-phoneg
DR-000035-7	DR-000035DR-000035-INV-003"CRED-010(˙Ò∂ÙÙ20Z'
DR-000035-PAY-3	°”&EURÈ Ω
DR-000039-12	DR-000039DR-000039-INV-003"CRED-006(¨Ú∂ÙÙ20R|
INV-000039-003	ˇúGBPÈ"È0:Company 000039B39 rue de la R√©publiqueB
69003 LyonJdr-000039@example.comº
DR-000060-4	DR-000060DR-000060-INV-002"CRED-010(ﬁÚ∂ÙÙ20R|
INV-000060-002„GEURÈ"È0:Customer 000060B60 rue de la R√©publiqueB
69006 LyonJdr-000060@example.coma
DR-000092-11	DR-000092DR-000092-INV-002"CRED-007(êÛ∂ÙÙ20r È"reminder-3-letterb
DR-000093-13	DR-000093DR-000093-INV-002"CRED-008(¬Û∂ÙÙ20r!È"reminder-4-warning_
DR-000102-7	DR-000102DR-000102-INV-002"CRED-006(ÙÛ∂ÙÙ20rÈ"reminder-2-phoneÕ
DR-000132-12	DR-000132DR-000132-INV-003"CRED-005(¶Ù∂ÙÙ20Rã
INV-000132-003	Æ›CHFÈ"È*
Èç0:Company 000132B132 rue de la R√©publiqueB
69006 LyonJdr-000132@example.comf
DR-000144-6	DR-000144DR-000144-INV-003"CRED-011(ÿÙ∂ÙÙ20Z&
DR-000144-PAY-3ß3EURÈ %
day-2025-06-08(ò∏Úèı20≤	
È_
DR-000046-7	DR-000046DR-000046-INV-002"CRED-007(Ä®–ùı20rÈ	"reminder-2-phoneS
DR-000047-14	DR-000047DR-000047-INV-002"CRED-008(≤®–ùı20ö
AGY-01È	a
DR-000052-7	DR-000052DR-000052-INV-002"CRED-006(‰®–ùı20r!È	"reminder-4-warning_
DR-000053-10	DR-000053DR-000053-INV-003"CRED-008(ñ©–ùı20rÈ	"courtesy-reminder`
DR-000066-10	DR-000066DR-000066-INV-002"CRED-009(»©–ùı20rÈ	"reminder-1-emailb
DR-000072-13	DR-000072DR-000072-INV-002"CRED-003(˙©–ùı20r!È	"reminder-4-warningg
DR-000139-4	DR-000139DR-000139-INV-002"CRED-003(¨™–ùı20Z'
DR-000139-PAY-2	„ËUSDÈ	 Ω
DR-000148-7	DR-000148DR-000148-INV-003"CRED-003(ﬁ™–ùı20R}
INV-000148-003	˛îEURÈ	"È	0:Company 000148B148 rue de la R√©publiqueB
69004 LyonJdr-000148@example.com%
day-2025-06-09(òãπı20≤	
È	g
DR-000007-9	DR-000007DR-000007-INV-003"CRED-010(Ä‡È∆ı20Z'
DR-000007-PAY-3	˚öEURÈ
 º
DR-000035-8	DR-000035DR-000035-INV-004"CRED-010(≤‡È∆ı20R|
INV-000035-004	ΩÂ_EURÈ
"È0:Company 000035B35 rue de la R√©publiqueB
69008 LyonJdr-000035@example.comh
DR-000058-16	DR-000058DR-000058-INV-001"CRED-010(‰‡È∆ı20Z'
DR-000058-PAY-4	¡·EURÈ
 Ω
DR-000072-14	DR-000072DR-000072-INV-003"CRED-003(ñ·È∆ı20R|
INV-000072-003	Œ’'GBPÈ
"È0:Company 000072B72 rue de la R√©publiqueB
69009 LyonJdr-000072@example.com_
DR-000088-13	DR-000088DR-000088-INV-003"CRED-006(»·È∆ı20rÈ
"courtesy-reminder`
DR-000105-15	DR-000105DR-000105-INV-003"CRED-004(˙·È∆ı20rÈ
"reminder-1-emailg
DR-000119-7	DR-000119DR-000119-INV-003"CRED-009(¨‚È∆ı20Z'
DR-000119-PAY-3	í¬EURÈ
 g
DR-000120-4	DR-000120DR-000120-INV-002"CRED-006(ﬁ‚È∆ı20Z'
DR-000120-PAY-2	ÅßEURÈ
 h
DR-000121-16	DR-000121DR-000121-INV-001"CRED-003(ê„È∆ı20Z'
DR-000121-PAY-1	Æˆ2USDÈ
 b
DR-000147-18	DR-000147DR-000147-INV-003"CRED-012(¬„È∆ı20r!È
"reminder-4-warning`
DR-000148-8	DR-000148DR-000148-INV-002"CRED-003(Ù„È∆ı20r È
"reminder-3-letter%
day-2025-06-10(ò®•‚ı20≤	
È
h
DR-000011-14	DR-000011DR-000011-INV-002"CRED-004(ÄòÉı20Z'
DR-000011-PAY-3	‹ùEURÈ æ
DR-000047-15	DR-000047DR-000047-INV-003"CRED-008(≤òÉı20R}
INV-000047-003	∏ßEURÈ"È0:Customer 000047B47 rue de la R√©publiqueB
69002 LyonJdr-000047@example.com]
DR-000057-12	DR-000057DR-000057-INV-002"CRED-011(‰òÉı20rÈ"formal-noticeΩ
DR-000078-12	DR-000078DR-000078-INV-003"CRED-011(ñôÉı20R|
INV-000078-003	∞Ø#EURÈ"È0:Company 000078B78 rue de la R√©publiqueB
69006 LyonJdr-000078@example.com`
DR-000088-14	DR-000088DR-000088-INV-002"CRED-006(»ôÉı20rÈ"reminder-1-emailg
DR-000123-4	DR-000123DR-000123-INV-002"CRED-007(˙ôÉı20Z'
DR-000123-PAY-2	ÉÿGBPÈ g
DR-000136-4	DR-000136DR-000136-INV-002"CRED-012(¨öÉı20Z'
DR-000136-PAY-2	·ÂEURÈ g
DR-000143-13	DR-000143DR-000143-INV-002"CRED-005(ﬁöÉı20Z&
DR-000143-PAY-4¢YEURÈ Ω
DR-000146-4	DR-000146DR-000146-INV-003"CRED-002(êõÉı20R}
INV-000146-003	ìƒEURÈ"È0:Company 000146B146 rue de la R√©publiqueB
69002 LyonJdr-000146@example.com%
day-2025-06-11(ò‡æãˆ20≤	
È^
DR-000005-4	DR-000005DR-000005-INV-002"CRED-010(Ä–úôˆ20rÈ"courtesy-reminder`
DR-000010-12	DR-000010DR-000010-INV-002"CRED-009(≤–úôˆ20rÈ"reminder-2-phone_
DR-000013-18	DR-000013DR-000013-INV-003"CRED-005(‰–úôˆ20rÈ"courtesy-reminder\
DR-000020-7	DR-000020DR-000020-INV-001"CRED-004(ñ—úôˆ20rÈ"formal-noticeb
DR-000063-17	DR-000063DR-000063-INV-002"CRED-002(»—úôˆ20r!È"reminder-4-warningΩ
DR-000079-5	DR-000079DR-000079-INV-004"CRED-012(˙—úôˆ20R}
INV-000079-004
’›¶GBPÈ"È0:Company 000079B79 rue de la R√©publiqueB
69007 LyonJdr-000079@example.comc
DR-000082-6	DR-000082DR-000082-INV-003"CRED-011(¨“úôˆ20j#
DR-000082-CN-6àEURÈh
DR-000084-10	DR-000084DR-000084-INV-001"CRED-005(ﬁ“úôˆ20Z'
DR-000084-PAY-1	Â∏EURÈ h
DR-000094-13	DR-000094DR-000094-INV-001"CRED-004(ê”úôˆ20Z'
DR-000094-PAY-2	ÕøEURÈ `
DR-000121-17	DR-000121DR-000121-INV-003"CRED-003(¬”úôˆ20rÈ"reminder-1-emailM
DR-000125-13	DR-000125DR-000125-INV-002"CRED-007(Ù”úôˆ20íÈh
DR-000126-13	DR-000126DR-000126-INV-002"CRED-001(¶‘úôˆ20Z'
DR-000126-PAY-1	ﬂ∂USDÈ %
day-2025-06-12(òòÿ¥ˆ20≤	
È`
DR-000015-15	DR-000015DR-000015-INV-003"CRED-008(Äà∂¬ˆ20rÈ"reminder-2-phoneÕ
DR-000049-11	DR-000049DR-000049-INV-003"CRED-004(≤à∂¬ˆ20Rã
INV-000049-003	¢ÔiEURÈ"È*
ÈÉè0:Company 000049B49 rue de la R√©publiqueB
69004 LyonJdr-000049@example.comÀ
DR-000065-5	DR-000065DR-000065-INV-003"CRED-012(‰à∂¬ˆ20Rä
INV-000065-003	Î˘EURÈ"È*
È÷0:Company 000065B65 rue de la R√©publiqueB
69002 LyonJdr-000065@example.com^
DR-000067-4	DR-000067DR-000067-INV-002"CRED-002(ñâ∂¬ˆ20rÈ"courtesy-remindera
DR-000071-13	DR-000071DR-000071-INV-002"CRED-008(»â∂¬ˆ20r È"reminder-3-letter`
DR-000141-11	DR-000141DR-000141-INV-002"CRED-005(˙â∂¬ˆ20rÈ"reminder-1-emailΩ
DR-000142-4	DR-000142DR-000142-INV-003"CRED-004(¨ä∂¬ˆ20R}
INV-000142-003	ÍˇEURÈ"È0:Company 000142B142 rue de la R√©publiqueB
69007 LyonJdr-000142@example.com%
day-2025-06-13(ò–Ò›ˆ20≤	
Èf
DR-000067-5	DR-000067DR-000067-INV-002"CRED-002(Ä¿œÎˆ20Z&
DR-000067-PAY-2µPEURÈ _
DR-000068-9	DR-000068DR-000068-INV-003"CRED-001(≤¿œÎˆ20rÈ"reminder-2-phone^
DR-000068-10	DR-000068DR-000068-INV-003"CRED-001(‰¿œÎˆ20z
	†°	EURÈÈr
DR-000069-9	DR-000069DR-000069-INV-003"CRED-003(ñ¡œÎˆ20ä1
billing error on some lines	◊œGBPÈa
DR-000076-14	DR-000076DR-000076-INV-002"CRED-008(»¡œÎˆ20r È"reminder-3-letterh
DR-000092-12	DR-000092DR-000092-INV-002"CRED-007(˙¡œÎˆ20Z'
DR-000092-PAY-2	ôé}CHFÈ Ω
DR-000110-6	DR-000110DR-000110-INV-003"CRED-001(¨¬œÎˆ20R}
INV-000110-003	õ—8EURÈ"È0:Company 000110B110 rue de la R√©publiqueB
69002 LyonJdr-000110@example.comh
DR-000143-14	DR-000143DR-000143-INV-001"CRED-005(ﬁ¬œÎˆ20Z'
DR-000143-PAY-5	ŸöEURÈ %
day-2025-06-14(òàãá˜20≤	
Èa
DR-000019-11	DR-000019DR-000019-INV-002"CRED-003(Ä¯Ëî˜20r È"reminder-3-letter_
DR-000021-9	DR-000021DR-000021-INV-002"CRED-004(≤¯Ëî˜20rÈ"reminder-1-email_
DR-000029-5	DR-000029DR-000029-INV-002"CRED-006(‰¯Ëî˜20rÈ"reminder-1-emaila
DR-000032-12	DR-000032DR-000032-INV-002"CRED-009(ñ˘Ëî˜20r È"reminder-3-letterÃ
DR-000042-13	DR-000042DR-000042-INV-004"CRED-004(»˘Ëî˜20Rä
INV-000042-004	≤âEURÈ"È*
ÈﬂB0:Company 000042B42 rue de la R√©publiqueB
69006 LyonJdr-000042@example.com]
DR-000054-15	DR-000054DR-000054-INV-002"CRED-006(˙˘Ëî˜20rÈ"formal-noticea
DR-000070-8	DR-000070DR-000070-INV-002"CRED-003(¨˙Ëî˜20r!È"reminder-4-warningh
DR-000070-9	DR-000070DR-000070-INV-003"CRED-003(ﬁ˙Ëî˜20Z(
DR-000070-PAY-2
ŒﬂÊEURÈ g
DR-000082-7	DR-000082DR-000082-INV-003"CRED-011(ê˚Ëî˜20Z'
DR-000082-PAY-3	Ú EURÈ ^
DR-000086-9	DR-000086DR-000086-INV-002"CRED-005(¬˚Ëî˜20rÈ"courtesy-reminder`
DR-000102-8	DR-000102DR-000102-INV-002"CRED-006(Ù˚Ëî˜20r È"reminder-3-letterΩ
DR-000107-7	DR-000107DR-000107-INV-003"CRED-011(¶¸Ëî˜20R}
INV-000107-003	“¢EURÈ"È0:Company 000107B107 rue de la R√©publiqueB
69008 LyonJdr-000107@example.comg
DR-000117-4	DR-000117DR-000117-INV-002"CRED-009(ÿ¸Ëî˜20Z'
DR-000117-PAY-2	ÊÚ	EURÈ Ω
DR-000140-5	DR-000140DR-000140-INV-003"CRED-003(ä˝Ëî˜20R}
INV-000140-003	≠∞EURÈ"È0:Company 000140B140 rue de la R√©publiqueB
69005 LyonJdr-000140@example.com%
day-2025-06-15(ò¿§∞˜20≤	
È`
DR-000046-8	DR-000046DR-000046-INV-002"CRED-007(Ä∞Çæ˜20r È"reminder-3-letterh
DR-000058-17	DR-000058DR-000058-INV-002"CRED-010(≤∞Çæ˜20Z'
DR-000058-PAY-5	€§3EURÈ b
DR-000062-12	DR-000062DR-000062-INV-002"CRED-012(‰∞Çæ˜20r!È"reminder-4-warning`
DR-000066-11	DR-000066DR-000066-INV-002"CRED-009(ñ±Çæ˜20rÈ"reminder-2-phoneb
DR-000078-13	DR-000078DR-000078-INV-002"CRED-011(»±Çæ˜20r!È"reminder-4-warningL
DR-000101-6	DR-000101DR-000101-INV-002"CRED-002(˙±Çæ˜20íÈf
DR-000106-4	DR-000106DR-000106-INV-002"CRED-007(¨≤Çæ˜20Z&
DR-000106-PAY-2∫1CHFÈ h
DR-000124-13	DR-000124DR-000124-INV-002"CRED-011(ﬁ≤Çæ˜20Z'
DR-000124-PAY-4	™¶EURÈ %
day-2025-06-16(ò¯ΩŸ˜20≤	
È^
DR-000009-7	DR-000009DR-000009-INV-003"CRED-003(ÄËõÁ˜20rÈ"courtesy-reminderº
DR-000038-9	DR-000038DR-000038-INV-002"CRED-006(≤ËõÁ˜20R|
INV-000038-002˙vEURÈ"È0:Customer 000038B38 rue de la R√©publiqueB
69002 LyonJdr-000038@example.com]
DR-000044-13	DR-000044DR-000044-INV-002"CRED-006(‰ËõÁ˜20rÈ"formal-notice`
DR-000044-14	DR-000044DR-000044-INV-003"CRED-006(ñÈõÁ˜20rÈ"reminder-1-emailæ
DR-000103-15	DR-000103DR-000103-INV-003"CRED-009(»ÈõÁ˜20R}
INV-000103-003	ÓúaEURÈ"È0:Company 000103B103 rue de la R√©publiqueB
69004 LyonJdr-000103@example.com`
DR-000105-16	DR-000105DR-000105-INV-003"CRED-004(˙ÈõÁ˜20rÈ"reminder-2-phone_
DR-000107-8	DR-000107DR-000107-INV-002"CRED-011(¨ÍõÁ˜20rÈ"reminder-1-email_
DR-000124-14	DR-000124DR-000124-INV-003"CRED-011(ﬁÍõÁ˜20rÈ"courtesy-reminderh
DR-000150-17	DR-000150DR-000150-INV-003"CRED-002(êÎõÁ˜20Z'
DR-000150-PAY-3	üùCHFÈ %
day-2025-06-17(ò∞◊Ç¯20≤	
Èa
DR-000024-10	DR-000024DR-000024-INV-002"CRED-001(Ä†µê¯20r È"reminder-3-letterM
DR-000049-12	DR-000049DR-000049-INV-002"CRED-004(≤†µê¯20íÈ`
DR-000058-18	DR-000058DR-000058-INV-003"CRED-010(‰†µê¯20rÈ"reminder-1-emailU
DR-000062-13	DR-000062"CRED-012(ñ°µê¯20Z'
DR-000062-PAY-2	à¡EURÈ æ
DR-000076-15	DR-000076DR-000076-INV-003"CRED-008(»°µê¯20R}
INV-000076-003	‚úEURÈ"È0:Customer 000076B76 rue de la R√©publiqueB
69004 LyonJdr-000076@example.comΩ
DR-000080-11	DR-000080DR-000080-INV-004"CRED-010(˙°µê¯20R|
INV-000080-004	˝ßEURÈ"È0:Company 000080B80 rue de la R√©publiqueB
69008 LyonJdr-000080@example.com^
DR-000081-7	DR-000081DR-000081-INV-002"CRED-005(¨¢µê¯20rÈ"courtesy-reminder`
DR-000088-15	DR-000088DR-000088-INV-002"CRED-006(ﬁ¢µê¯20rÈ"reminder-2-phoneg
DR-000105-17	DR-000105DR-000105-INV-001"CRED-004(ê£µê¯20Z&
DR-000105-PAY-5Ù)EURÈ `
DR-000125-14	DR-000125DR-000125-INV-002"CRED-007(¬£µê¯20rÈ"reminder-1-email%
day-2025-06-18(òË´¯20≤	
Èa
DR-000010-13	DR-000010DR-000010-INV-002"CRED-009(ÄÿŒπ¯20r È"reminder-3-letterb
DR-000024-11	DR-000024DR-000024-INV-002"CRED-001(≤ÿŒπ¯20r!È"reminder-4-warningh
DR-000044-15	DR-000044DR-000044-INV-002"CRED-006(‰ÿŒπ¯20Z'
DR-000044-PAY-4	æå!EURÈ `
DR-000049-13	DR-000049DR-000049-INV-002"CRED-004(ñŸŒπ¯20rÈ"reminder-1-email`
DR-000053-11	DR-000053DR-000053-INV-003"CRED-008(»ŸŒπ¯20rÈ"reminder-1-email`
DR-000068-11	DR-000068DR-000068-INV-004"CRED-001(˙ŸŒπ¯20rÈ"reminder-1-emailæ
DR-000114-8	DR-000114DR-000114-INV-002"CRED-001(¨⁄Œπ¯20R~
INV-000114-002	ôÈEURÈ"È0:Customer 000114B114 rue de la R√©publiqueB
69006 LyonJdr-000114@example.com`
DR-000121-18	DR-000121DR-000121-INV-003"CRED-003(ﬁ⁄Œπ¯20rÈ"reminder-2-phoneh
DR-000147-19	DR-000147DR-000147-INV-003"CRED-012(ê€Œπ¯20Z'
DR-000147-PAY-4	≥≠EURÈ a
DR-000148-9	DR-000148DR-000148-INV-002"CRED-003(¬€Œπ¯20r!È"reminder-4-warning%
day-2025-06-19(ò†ä’¯20≤	
Èa
DR-000015-16	DR-000015DR-000015-INV-003"CRED-008(ÄêË‚¯20r È"reminder-3-letterº
DR-000016-6	DR-000016DR-000016-INV-003"CRED-008(≤êË‚¯20R|
INV-000016-003	 °EURÈ"È0:Company 000016B16 rue de la R√©publiqueB
69007 LyonJdr-000016@example.com†
DR-000021-10	DR-000021DR-000021-INV-002"CRED-004(‰êË‚¯20Ç^
DR-000021-PLAN-10È
È	¥èEUR
È	¥èEUR
È		¥èEURh
DR-000022-14	DR-000022DR-000022-INV-003"CRED-002(ñëË‚¯20Z'
DR-000022-PAY-3	˘ÃEURÈ ^
DR-000037-6	DR-000037DR-000037-INV-003"CRED-010(»ëË‚¯20rÈ"courtesy-reminderg
DR-000037-7	DR-000037DR-000037-INV-003"CRED-010(˙ëË‚¯20Z'
DR-000037-PAY-3	√ë.EURÈ g
DR-000045-7	DR-000045DR-000045-INV-003"CRED-002(¨íË‚¯20Z'
DR-000045-PAY-3	ö∑EURÈ `
DR-000049-14	DR-000049DR-000049-INV-002"CRED-004(ﬁíË‚¯20rÈ"reminder-2-phoneh
DR-000054-16	DR-000054DR-000054-INV-002"CRED-006(êìË‚¯20Z'
DR-000054-PAY-2	ΩòUSDÈ Ω
DR-000086-10	DR-000086DR-000086-INV-003"CRED-005(¬ìË‚¯20R|
INV-000086-003	˘Ô9CHFÈ"È0:Company 000086B86 rue de la R√©publiqueB
69005 LyonJdr-000086@example.com`
DR-000088-16	DR-000088DR-000088-INV-003"CRED-006(ÙìË‚¯20rÈ"reminder-1-emailΩ
DR-000108-4	DR-000108DR-000108-INV-003"CRED-003(¶îË‚¯20R}
INV-000108-003	ÊƒEURÈ"È0:Company 000108B108 rue de la R√©publiqueB
69009 LyonJdr-000108@example.com`
DR-000141-12	DR-000141DR-000141-INV-002"CRED-005(ÿîË‚¯20rÈ"reminder-2-phone%
day-2025-06-20(òÿ£˛¯20≤	
Èg
DR-000009-8	DR-000009DR-000009-INV-003"CRED-003(Ä»Åå˘20Z'
DR-000009-PAY-3	ÔÃEURÈ æ
DR-000024-12	DR-000024DR-000024-INV-003"CRED-001(≤»Åå˘20R}
INV-000024-003	∏ˇEURÈ"È0:Customer 000024B24 rue de la R√©publiqueB
69006 LyonJdr-000024@example.coma
DR-000049-15	DR-000049DR-000049-INV-002"CRED-004(‰»Åå˘20r È"reminder-3-letter_
DR-000079-6	DR-000079DR-000079-INV-002"CRED-012(ñ…Åå˘20rÈ"reminder-1-emailh
DR-000112-7	DR-000112DR-000112-INV-003"CRED-001(»…Åå˘20Z(
DR-000112-PAY-3
ÀóÊEURÈ ]
DR-000145-13	DR-000145DR-000145-INV-002"CRED-007(˙…Åå˘20rÈ"formal-notice%
day-2025-06-21(òêΩß˘20≤	
È_
DR-000005-5	DR-000005DR-000005-INV-002"CRED-010(ÄÄõµ˘20rÈ"reminder-1-email`
DR-000013-19	DR-000013DR-000013-INV-003"CRED-005(≤Äõµ˘20rÈ"reminder-1-emailh
DR-000025-9	DR-000025DR-000025-INV-001"CRED-009(‰Äõµ˘20Z(
DR-000025-PAY-1
µæ¨EURÈ _
DR-000029-6	DR-000029DR-000029-INV-002"CRED-006(ñÅõµ˘20rÈ"reminder-2-phoneg
DR-000029-7	DR-000029DR-000029-INV-002"CRED-006(»Åõµ˘20Z'
DR-000029-PAY-2	†©CHFÈ h
DR-000030-10	DR-000030DR-000030-INV-002"CRED-001(˙Åõµ˘20Z'
DR-000030-PAY-2	á™SEURÈ _
DR-000031-9	DR-000031DR-000031-INV-002"CRED-004(¨Çõµ˘20rÈ"reminder-1-emailb
DR-000049-16	DR-000049DR-000049-INV-002"CRED-004(ﬁÇõµ˘20r!È"reminder-4-warningg
DR-000056-5	DR-000056DR-000056-INV-002"CRED-001(êÉõµ˘20Z'
DR-000056-PAY-2	€·EURÈ g
DR-000065-6	DR-000065DR-000065-INV-003"CRED-012(¬Éõµ˘20Z'
DR-000065-PAY-3	ïÌEURÈ I
DR-000067-6	DR-000067"CRED-002(ÙÉõµ˘20b
DR-000067-PAY-2Èb
DR-000071-14	DR-000071DR-000071-INV-002"CRED-008(¶Ñõµ˘20r!È"reminder-4-warningΩ
DR-000118-3	DR-000118DR-000118-INV-002"CRED-006(ÿÑõµ˘20R}
INV-000118-002ùiUSDÈ"È0:Customer 000118B118 rue de la R√©publiqueB
69001 LyonJdr-000118@example.comÃ
DR-000119-8	DR-000119DR-000119-INV-004"CRED-009(äÖõµ˘20Rã
INV-000119-004	ì¬EURÈ"È*
ÈÎ,0:Company 000119B119 rue de la R√©publiqueB
69002 LyonJdr-000119@example.comg
DR-000142-5	DR-000142DR-000142-INV-002"CRED-004(ºÖõµ˘20Z'
DR-000142-PAY-2	–ÆEURÈ %
day-2025-06-22(ò»÷–˘20≤	
ÈΩ
DR-000012-16	DR-000012DR-000012-INV-003"CRED-002(Ä∏¥ﬁ˘20R|
INV-000012-003	åó5CHFÈ"È0:Company 000012B12 rue de la R√©publiqueB
69003 LyonJdr-000012@example.com]
DR-000018-13	DR-000018DR-000018-INV-002"CRED-004(≤∏¥ﬁ˘20rÈ"formal-noticeh
DR-000063-18	DR-000063DR-000063-INV-002"CRED-002(‰∏¥ﬁ˘20Z'
DR-000063-PAY-6	„òEURÈ a
DR-000066-12	DR-000066DR-000066-INV-002"CRED-009(ñπ¥ﬁ˘20r È"reminder-3-letter_
DR-000067-7	DR-000067DR-000067-INV-002"CRED-002(»π¥ﬁ˘20rÈ"reminder-1-emailh
DR-000068-12	DR-000068DR-000068-INV-003"CRED-001(˙π¥ﬁ˘20Z'
DR-000068-PAY-3	†°	EURÈ X
DR-000069-10	DR-000069DR-000069-INV-002"CRED-003(¨∫¥ﬁ˘20í	πìGBPÈb
DR-000076-16	DR-000076DR-000076-INV-002"CRED-008(ﬁ∫¥ﬁ˘20r!È"reminder-4-warningg
DR-000076-17	DR-000076DR-000076-INV-002"CRED-008(êª¥ﬁ˘20Z&
DR-000076-PAY-4ÄfEURÈ ^
DR-000087-4	DR-000087DR-000087-INV-002"CRED-010(¬ª¥ﬁ˘20rÈ"courtesy-reminder]
DR-000093-14	DR-000093DR-000093-INV-002"CRED-008(Ùª¥ﬁ˘20rÈ"formal-noticeh
DR-000104-11	DR-000104DR-000104-INV-002"CRED-007(¶º¥ﬁ˘20Z'
DR-000104-PAY-4	ÏÜEURÈ `
DR-000143-15	DR-000143DR-000143-INV-003"CRED-005(ÿº¥ﬁ˘20rÈ"reminder-1-email%
day-2025-06-23(òÄ˘˘20≤	
Èb
DR-000019-12	DR-000019DR-000019-INV-002"CRED-003(ÄÕá˙20r!È"reminder-4-warningb
DR-000032-13	DR-000032DR-000032-INV-002"CRED-009(≤Õá˙20r!È"reminder-4-warning_
DR-000040-9	DR-000040DR-000040-INV-002"CRED-007(‰Õá˙20rÈ"reminder-1-emailg
DR-000043-16	DR-000043DR-000043-INV-002"CRED-003(ñÒÕá˙20Z&
DR-000043-PAY-5∫6EURÈ `
DR-000044-16	DR-000044DR-000044-INV-003"CRED-006(»ÒÕá˙20rÈ"reminder-2-phoneS
DR-000046-9	DR-000046"CRED-007(˙ÒÕá˙20Z&
DR-000046-PAY-2◊iEURÈ Ω
DR-000050-6	DR-000050DR-000050-INV-002"CRED-012(¨ÚÕá˙20R}
INV-000050-002	≠ÀEURÈ"È0:Customer 000050B50 rue de la R√©publiqueB
69005 LyonJdr-000050@example.com\
DR-000052-8	DR-000052DR-000052-INV-002"CRED-006(ﬁÚÕá˙20rÈ"formal-noticea
DR-000068-13	DR-000068DR-000068-INV-003"CRED-001(êÛÕá˙20r È"reminder-3-lettera
DR-000069-11	DR-000069DR-000069-INV-002"CRED-003(¬ÛÕá˙20r È"reminder-3-letter]
DR-000072-15	DR-000072DR-000072-INV-002"CRED-003(ÙÛÕá˙20rÈ"formal-noticeg
DR-000079-7	DR-000079DR-000079-INV-002"CRED-012(¶ÙÕá˙20Z'
DR-000079-PAY-2	Ï∆iGBPÈ h
DR-000086-11	DR-000086DR-000086-INV-002"CRED-005(ÿÙÕá˙20Z'
DR-000086-PAY-2	ö“CHFÈ a
DR-000102-9	DR-000102DR-000102-INV-002"CRED-006(äıÕá˙20r!È"reminder-4-warningh
DR-000103-16	DR-000103DR-000103-INV-002"CRED-009(ºıÕá˙20Z'
DR-000103-PAY-2	È´EURÈ a
DR-000105-18	DR-000105DR-000105-INV-003"CRED-004(ÓıÕá˙20r È"reminder-3-letter_
DR-000107-9	DR-000107DR-000107-INV-002"CRED-011(†ˆÕá˙20rÈ"reminder-2-phoneæ
DR-000123-5	DR-000123DR-000123-INV-003"CRED-007(“ˆÕá˙20R~
INV-000123-003	Ò∑GBPÈ"È0:Customer 000123B123 rue de la R√©publiqueB
69006 LyonJdr-000123@example.com_
DR-000138-4	DR-000138DR-000138-INV-002"CRED-008(Ñ˜Õá˙20rÈ"reminder-1-email_
DR-000150-18	DR-000150DR-000150-INV-004"CRED-002(∂˜Õá˙20rÈ"courtesy-reminder%
day-2025-06-24(ò∏â£˙20≤	
Èg
DR-000017-6	DR-000017DR-000017-INV-003"CRED-011(Ä®Á∞˙20Z'
DR-000017-PAY-3	íáUSDÈ º
DR-000051-4	DR-000051DR-000051-INV-003"CRED-012(≤®Á∞˙20R|
INV-000051-003	¿ë1EURÈ"È0:Company 000051B51 rue de la R√©publiqueB
69006 LyonJdr-000051@example.comº
DR-000055-9	DR-000055DR-000055-INV-004"CRED-003(‰®Á∞˙20R|
INV-000055-004	Ó±EURÈ"È	0:Company 000055B55 rue de la R√©publiqueB
69001 LyonJdr-000055@example.comæ
DR-000058-19	DR-000058DR-000058-INV-004"CRED-010(ñ©Á∞˙20R}
INV-000058-004
È˚óEURÈ"È0:Company 000058B58 rue de la R√©publiqueB
69004 LyonJdr-000058@example.com`
DR-000058-20	DR-000058DR-000058-INV-003"CRED-010(»©Á∞˙20rÈ"reminder-2-phoneb
DR-000069-12	DR-000069DR-000069-INV-002"CRED-003(˙©Á∞˙20r!È"reminder-4-warning\
DR-000071-15	DR-000071DR-000071-INV-001"CRED-008(¨™Á∞˙20¢ÈRG-000071-001a
DR-000088-17	DR-000088DR-000088-INV-002"CRED-006(ﬁ™Á∞˙20r È"reminder-3-letter`
DR-000096-14	DR-000096DR-000096-INV-003"CRED-004(ê´Á∞˙20rÈ"reminder-1-email`
DR-000125-15	DR-000125DR-000125-INV-002"CRED-007(¬´Á∞˙20rÈ"reminder-2-phonei
DR-000125-16	DR-000125DR-000125-INV-002"CRED-007(Ù´Á∞˙20Z(
DR-000125-PAY-2
ÖÇ•EURÈ Ω
DR-000127-6	DR-000127DR-000127-INV-003"CRED-012(¶¨Á∞˙20R}
INV-000127-003	≤∏zEURÈ"È0:Company 000127B127 rue de la R√©publiqueB
69001 LyonJdr-000127@example.comæ
DR-000144-7	DR-000144DR-000144-INV-004"CRED-011(ÿ¨Á∞˙20R~
INV-000144-004	êáEURÈ"È0:Customer 000144B144 rue de la R√©publiqueB
69009 LyonJdr-000144@example.com%
day-2025-06-25(ò¢Ã˙20≤	
ÈΩ
DR-000027-6	DR-000027DR-000027-INV-002"CRED-003(Ä‡Ä⁄˙20R}
INV-000027-002	˚ûEURÈ"È0:Customer 000027B27 rue de la R√©publiqueB
69009 LyonJdr-000027@example.com`
DR-000053-12	DR-000053DR-000053-INV-003"CRED-008(≤‡Ä⁄˙20rÈ"reminder-2-phone^
DR-000053-13	DR-000053DR-000053-INV-003"CRED-008(‰‡Ä⁄˙20z
	’‰5USDÈÈ`
DR-000055-10	DR-000055DR-000055-INV-003"CRED-003(ñ·Ä⁄˙20rÈ"reminder-1-emailΩ
DR-000059-12	DR-000059DR-000059-INV-003"CRED-007(»·Ä⁄˙20R|
INV-000059-003	È∆EURÈ"È0:Company 000059B59 rue de la R√©publiqueB
69005 LyonJdr-000059@example.com`
DR-000068-14	DR-000068DR-000068-INV-004"CRED-001(˙·Ä⁄˙20rÈ"reminder-2-phone^
DR-000068-15	DR-000068DR-000068-INV-004"CRED-001(¨‚Ä⁄˙20z
	‰®EURÈÈ]
DR-000069-13	DR-000069DR-000069-INV-002"CRED-003(ﬁ‚Ä⁄˙20rÈ"formal-noticeh
DR-000080-12	DR-000080DR-000080-INV-002"CRED-010(ê„Ä⁄˙20Z'
DR-000080-PAY-3	”ıEURÈ g
DR-000087-5	DR-000087DR-000087-INV-002"CRED-010(¬„Ä⁄˙20Z'
DR-000087-PAY-2	◊ñEURÈ _
DR-000091-4	DR-000091DR-000091-INV-002"CRED-009(Ù„Ä⁄˙20rÈ"reminder-1-emaila
DR-000121-19	DR-000121DR-000121-INV-003"CRED-003(¶‰Ä⁄˙20r È"reminder-3-letterg
DR-000122-5	DR-000122DR-000122-INV-002"CRED-009(ÿ‰Ä⁄˙20Z'
DR-000122-PAY-2	˘ºEURÈ _
DR-000129-18	DR-000129DR-000129-INV-003"CRED-008(äÂÄ⁄˙20rÈ"courtesy-reminderg
DR-000135-4	DR-000135DR-000135-INV-002"CRED-008(ºÂÄ⁄˙20Z'
DR-000135-PAY-2	£·EURÈ ^
DR-000146-5	DR-000146DR-000146-INV-002"CRED-005(ÓÂÄ⁄˙20rÈ"courtesy-reminderg
DR-000146-6	DR-000146DR-000146-INV-002"CRED-005(†ÊÄ⁄˙20Z'
DR-000146-PAY-2	ÛªEURÈ %
day-2025-06-26(ò®ºı˙20≤	
Èº
DR-000001-9	DR-000001DR-000001-INV-002"CRED-006(ÄòöÉ˚20R|
INV-000001-002	ı˚EURÈ"È0:Customer 000001B1 rue de la R√©publiqueB
69001 LyonJdr-000001@example.comS
DR-000008-10	DR-000008DR-000008-INV-001"CRED-008(≤òöÉ˚20ö
AGY-03Èv
DR-000019-13	DR-000019DR-000019-INV-002"CRED-003(‰òöÉ˚20™4
È)small balance left after partial paymentsΩ
DR-000044-17	DR-000044DR-000044-INV-004"CRED-006(ñôöÉ˚20R|
INV-000044-004	Ì¶EURÈ"È0:Company 000044B44 rue de la R√©publiqueB
69008 LyonJdr-000044@example.com]
DR-000049-17	DR-000049DR-000049-INV-002"CRED-004(»ôöÉ˚20rÈ"formal-notice]
DR-000063-19	DR-000063DR-000063-INV-002"CRED-002(˙ôöÉ˚20rÈ"formal-notice`
DR-000071-16	DR-000071DR-000071-INV-003"CRED-008(¨ööÉ˚20rÈ"reminder-1-email`
DR-000088-18	DR-000088DR-000088-INV-003"CRED-006(ﬁööÉ˚20rÈ"reminder-2-phoneÕ
DR-000088-19	DR-000088DR-000088-INV-002"CRED-006(êõöÉ˚20Çä
DR-000088-PLAN-19È
È	ÙíEUR
È	ÙíEUR
È		ÙíEUR
È
	ÙíEUR
È	ıíEUR`
DR-000090-12	DR-000090DR-000090-INV-003"CRED-002(¬õöÉ˚20rÈ"reminder-1-emailg
DR-000119-9	DR-000119DR-000119-INV-004"CRED-009(ÙõöÉ˚20Z'
DR-000119-PAY-4	®ïEURÈ `
DR-000124-15	DR-000124DR-000124-INV-003"CRED-011(¶úöÉ˚20rÈ"reminder-1-emailS
DR-000126-14	DR-000126DR-000126-INV-001"CRED-001(ÿúöÉ˚20ö
AGY-01Èa
DR-000141-13	DR-000141DR-000141-INV-002"CRED-005(äùöÉ˚20r È"reminder-3-letter%
day-2025-06-27(ò‡’û˚20≤	
Èb
DR-000010-14	DR-000010DR-000010-INV-002"CRED-009(Ä–≥¨˚20r!È"reminder-4-warningΩ
DR-000023-5	DR-000023DR-000023-INV-003"CRED-007(≤–≥¨˚20R}
INV-000023-003	ßÉEURÈ"È0:Customer 000023B23 rue de la R√©publiqueB
69005 LyonJdr-000023@example.comº
DR-000034-7	DR-000034DR-000034-INV-004"CRED-009(‰–≥¨˚20R|
INV-000034-004	“…USDÈ"È0:Company 000034B34 rue de la R√©publiqueB
69007 LyonJdr-000034@example.comæ
DR-000043-17	DR-000043DR-000043-INV-003"CRED-003(ñ—≥¨˚20R}
INV-000043-003	óÅEURÈ"È0:Customer 000043B43 rue de la R√©publiqueB
69007 LyonJdr-000043@example.com_
DR-000081-8	DR-000081DR-000081-INV-002"CRED-005(»—≥¨˚20rÈ"reminder-1-email`
DR-000084-11	DR-000084DR-000084-INV-002"CRED-005(˙—≥¨˚20rÈ"reminder-1-emailÃ
DR-000088-20	DR-000088DR-000088-INV-004"CRED-010(¨“≥¨˚20Rä
INV-000088-004	ÅÍEURÈ"È*
ÈΩQ0:Company 000088B88 rue de la R√©publiqueB
69007 LyonJdr-000088@example.comΩ
DR-000100-8	DR-000100DR-000100-INV-004"CRED-008(ﬁ“≥¨˚20R}
INV-000100-004	ÍEURÈ"È0:Company 000100B100 rue de la R√©publiqueB
69001 LyonJdr-000100@example.comù
DR-000105-19	DR-000105DR-000105-INV-003"CRED-004(ê”≥¨˚20Ç[
DR-000105-PLAN-19È
È–/EUR
È–/EUR
È	“/EUR›
DR-000143-16	DR-000143DR-000143-INV-003"CRED-005(¬”≥¨˚20Çö
DR-000143-PLAN-16È
ÈÉEUR
ÈÉEUR
È	ÉEUR
È
ÉEUR
ÈÉEUR
ÈÜEURh
DR-000148-10	DR-000148DR-000148-INV-002"CRED-003(Ù”≥¨˚20Z'
DR-000148-PAY-2	ÅáEURÈ %
day-2025-06-28(òòÔ«˚20≤	
È_
DR-000005-6	DR-000005DR-000005-INV-002"CRED-010(ÄàÕ’˚20rÈ"reminder-2-phone\
DR-000005-7	DR-000005DR-000005-INV-002"CRED-010(≤àÕ’˚20z
’-EURÈ
È`
DR-000013-20	DR-000013DR-000013-INV-003"CRED-005(‰àÕ’˚20rÈ"reminder-2-phone^
DR-000013-21	DR-000013DR-000013-INV-003"CRED-005(ñâÕ’˚20z
	¶÷EURÈ	Èb
DR-000015-17	DR-000015DR-000015-INV-003"CRED-008(»âÕ’˚20r!È"reminder-4-warningR
DR-000020-8	DR-000020DR-000020-INV-001"CRED-004(˙âÕ’˚20ö
AGY-03È_
DR-000022-15	DR-000022DR-000022-INV-004"CRED-002(¨äÕ’˚20rÈ"courtesy-reminder`
DR-000031-10	DR-000031DR-000031-INV-002"CRED-004(ﬁäÕ’˚20rÈ"reminder-2-phoneh
DR-000053-14	DR-000053DR-000053-INV-003"CRED-008(êãÕ’˚20Z'
DR-000053-PAY-3	’‰5USDÈ ≤
DR-000088-21	DR-000088DR-000088-INV-003"CRED-006(¬ãÕ’˚20Çp
DR-000088-PLAN-21È
Èø:EUR
Èø:EUR
È	ø:EUR
È
¿:EURΩ
DR-000112-8	DR-000112DR-000112-INV-004"CRED-001(ÙãÕ’˚20R}
INV-000112-004	œ≤EURÈ"È0:Company 000112B112 rue de la R√©publiqueB
69004 LyonJdr-000112@example.com%
day-2025-06-29(ò–àÒ˚20≤	
Èª
DR-000002-5	DR-000002DR-000002-INV-003"CRED-004(Ä¿Ê˛˚20R{
INV-000002-003	Ü”4EURÈ"È0:Company 000002B2 rue de la R√©publiqueB
69002 LyonJdr-000002@example.comI
DR-000029-8	DR-000029"CRED-006(≤¿Ê˛˚20b
DR-000029-PAY-2Ès
DR-000055-11	DR-000055DR-000055-INV-003"CRED-003(‰¿Ê˛˚20ä1
billing error on some lines	ú†EURÈ_
DR-000067-8	DR-000067DR-000067-INV-002"CRED-002(ñ¡Ê˛˚20rÈ"reminder-2-phoneb
DR-000068-16	DR-000068DR-000068-INV-003"CRED-001(»¡Ê˛˚20r!È"reminder-4-warning]
DR-000070-10	DR-000070DR-000070-INV-002"CRED-003(˙¡Ê˛˚20rÈ"formal-noticeΩ
DR-000093-15	DR-000093DR-000093-INV-003"CRED-008(¨¬Ê˛˚20R|
INV-000093-003	˘ﬂEURÈ"È0:Company 000093B93 rue de la R√©publiqueB
69003 LyonJdr-000093@example.com%
day-2025-06-30(òà¢ö¸20≤	
È]
DR-000024-13	DR-000024DR-000024-INV-002"CRED-001(Ä¯ˇß¸20rÈ"formal-notice`
DR-000029-9	DR-000029DR-000029-INV-002"CRED-006(≤¯ˇß¸20r È"reminder-3-letter_
DR-000036-5	DR-000036DR-000036-INV-002"CRED-010(‰¯ˇß¸20rÈ"reminder-1-emailº
DR-000037-8	DR-000037DR-000037-INV-004"CRED-010(ñ˘ˇß¸20R|
INV-000037-004	›«EURÈ"È0:Company 000037B37 rue de la R√©publiqueB
69001 LyonJdr-000037@example.com`
DR-000040-10	DR-000040DR-000040-INV-002"CRED-007(»˘ˇß¸20rÈ"reminder-2-phonea
DR-000044-18	DR-000044DR-000044-INV-003"CRED-006(˙˘ˇß¸20r È"reminder-3-letter_
DR-000051-5	DR-000051DR-000051-INV-002"CRED-012(¨˙ˇß¸20rÈ"reminder-1-email]
DR-000078-14	DR-000078DR-000078-INV-002"CRED-011(ﬁ˙ˇß¸20rÈ"formal-noticeº
DR-000091-5	DR-000091DR-000091-INV-003"CRED-009(ê˚ˇß¸20R|
INV-000091-003	÷·1EURÈ"È0:Company 000091B91 rue de la R√©publiqueB
69001 LyonJdr-000091@example.coma
DR-000107-10	DR-000107DR-000107-INV-002"CRED-011(¬˚ˇß¸20r È"reminder-3-letter_
DR-000113-4	DR-000113DR-000113-INV-002"CRED-010(Ù˚ˇß¸20rÈ"reminder-1-email_
DR-000138-5	DR-000138DR-000138-INV-002"CRED-008(¶¸ˇß¸20rÈ"reminder-2-phone]
DR-000138-6	DR-000138DR-000138-INV-002"CRED-008(ÿ¸ˇß¸20z
	¶CHFÈÈ%
day-2025-07-01(ò¿ª√¸20≤	
Èº
DR-000008-11	DR-000008DR-000008-INV-003"CRED-008(Ä∞ô—¸20R{
INV-000008-003	Îˆ/EURÈ"È0:Company 000008B8 rue de la R√©publiqueB
69008 LyonJdr-000008@example.comh
DR-000021-11	DR-000021DR-000021-INV-002"CRED-004(≤∞ô—¸20Z'
DR-000021-PAY-2	¥èEURÈ a
DR-000058-21	DR-000058DR-000058-INV-003"CRED-010(‰∞ô—¸20r È"reminder-3-letterb
DR-000066-13	DR-000066DR-000066-INV-002"CRED-009(ñ±ô—¸20r!È"reminder-4-warningΩ
DR-000075-15	DR-000075DR-000075-INV-004"CRED-004(»±ô—¸20R|
INV-000075-004	¥≥EURÈ"È0:Company 000075B75 rue de la R√©publiqueB
69003 LyonJdr-000075@example.com`
DR-000096-15	DR-000096DR-000096-INV-003"CRED-004(˙±ô—¸20rÈ"reminder-2-phoneh
DR-000097-8	DR-000097DR-000097-INV-003"CRED-007(¨≤ô—¸20Z(
DR-000097-PAY-3
öêEURÈ h
DR-000099-10	DR-000099DR-000099-INV-003"CRED-006(ﬁ≤ô—¸20Z'
DR-000099-PAY-3	ÔßEURÈ ø
DR-000121-20	DR-000121DR-000121-INV-004"CRED-003(ê≥ô—¸20R~
INV-000121-004
ë»»USDÈ"È0:Company 000121B121 rue de la R√©publiqueB
69004 LyonJdr-000121@example.comh
DR-000145-14	DR-000145DR-000145-INV-002"CRED-007(¬≥ô—¸20Z'
DR-000145-PAY-3	öøxEURÈ _
DR-000147-20	DR-000147DR-000147-INV-004"CRED-012(Ù≥ô—¸20rÈ"courtesy-reminder%
day-2025-07-02(ò¯‘Ï¸20≤	
Èª
DR-000006-8	DR-000006DR-000006-INV-003"CRED-011(ÄË≤˙¸20R{
INV-000006-003 'EURÈ"È0:Customer 000006B6 rue de la R√©publiqueB
69006 LyonJdr-000006@example.com`
DR-000059-13	DR-000059DR-000059-INV-003"CRED-007(≤Ë≤˙¸20ä
goods not deliveredÈX
DR-000061-15	DR-000061DR-000061-INV-003"CRED-007(‰Ë≤˙¸20í	©æCEURÈh
DR-000063-20	DR-000063DR-000063-INV-002"CRED-002(ñÈ≤˙¸20Z'
DR-000063-PAY-7	¡•EURÈ M
DR-000069-14	DR-000069DR-000069-INV-003"CRED-003(»È≤˙¸20íÈg
DR-000079-8	DR-000079DR-000079-INV-003"CRED-012(˙È≤˙¸20Z'
DR-000079-PAY-3	¯ƒGBPÈ _
DR-000091-6	DR-000091DR-000091-INV-002"CRED-009(¨Í≤˙¸20rÈ"reminder-2-phoneæ
DR-000101-7	DR-000101DR-000101-INV-003"CRED-002(ﬁÍ≤˙¸20R~
INV-000101-003
˛™•CHFÈ"È0:Company 000101B101 rue de la R√©publiqueB
69002 LyonJdr-000101@example.comΩ
DR-000116-5	DR-000116DR-000116-INV-003"CRED-010(êÎ≤˙¸20R}
INV-000116-003	ëÏEURÈ"È	0:Company 000116B116 rue de la R√©publiqueB
69008 LyonJdr-000116@example.com%
day-2025-07-03(ò∞Óï˝20≤	
Èg
DR-000003-4	DR-000003DR-000003-INV-002"CRED-011(Ä†Ã£˝20Z'
DR-000003-PAY-2	⁄äEURÈ `
DR-000032-14	DR-000032DR-000032-INV-003"CRED-009(≤†Ã£˝20rÈ"reminder-1-email`
DR-000061-16	DR-000061DR-000061-INV-003"CRED-007(‰†Ã£˝20rÈ"reminder-1-emailæ
DR-000063-21	DR-000063DR-000063-INV-003"CRED-001(ñ°Ã£˝20R}
INV-000063-003	ÔÁGBPÈ"È0:Customer 000063B63 rue de la R√©publiqueB
69009 LyonJdr-000063@example.comh
DR-000068-17	DR-000068DR-000068-INV-004"CRED-001(»°Ã£˝20Z'
DR-000068-PAY-4	‰®EURÈ `
DR-000071-17	DR-000071DR-000071-INV-003"CRED-008(˙°Ã£˝20rÈ"reminder-2-phone`
DR-000073-12	DR-000073DR-000073-INV-002"CRED-007(¨¢Ã£˝20rÈ"reminder-1-emailh
DR-000088-22	DR-000088DR-000088-INV-002"CRED-006(ﬁ¢Ã£˝20Z'
DR-000088-PAY-5	ÙíEURÈ `
DR-000090-13	DR-000090DR-000090-INV-003"CRED-002(ê£Ã£˝20rÈ"reminder-2-phone^
DR-000090-14	DR-000090DR-000090-INV-003"CRED-002(¬£Ã£˝20z
	‚ŸPGBPÈ	Èg
DR-000094-14	DR-000094DR-000094-INV-002"CRED-004(Ù£Ã£˝20Z&
DR-000094-PAY-3∑HEURÈ ø
DR-000105-20	DR-000105DR-000105-INV-004"CRED-004(¶§Ã£˝20R~
INV-000105-004	’—EURÈ"È0:Customer 000105B105 rue de la R√©publiqueB
69006 LyonJdr-000105@example.com`
DR-000124-16	DR-000124DR-000124-INV-003"CRED-011(ÿ§Ã£˝20rÈ"reminder-2-phoneM
DR-000130-13	DR-000130DR-000130-INV-003"CRED-009(ä•Ã£˝20íÈΩ
DR-000131-5	DR-000131DR-000131-INV-003"CRED-006(º•Ã£˝20R}
INV-000131-003	Æ¿EURÈ"È0:Company 000131B131 rue de la R√©publiqueB
69005 LyonJdr-000131@example.com`
DR-000150-19	DR-000150DR-000150-INV-004"CRED-002(Ó•Ã£˝20rÈ"reminder-1-email%
day-2025-07-04(òËáø˝20≤	
Èh
DR-000013-22	DR-000013DR-000013-INV-002"CRED-007(ÄÿÂÃ˝20Z'
DR-000013-PAY-3	µ¬EURÈ _
DR-000020-9	DR-000020DR-000020-INV-002"CRED-004(≤ÿÂÃ˝20rÈ"reminder-1-email_
DR-000039-13	DR-000039DR-000039-INV-003"CRED-006(‰ÿÂÃ˝20rÈ"courtesy-reminder›
DR-000040-11	DR-000040DR-000040-INV-002"CRED-007(ñŸÂÃ˝20Çö
DR-000040-PLAN-11È
Èˇ7EUR
Èˇ7EUR
È	ˇ7EUR
È
ˇ7EUR
Èˇ7EUR
ÈÅ8EUR^
DR-000060-5	DR-000060DR-000060-INV-002"CRED-010(»ŸÂÃ˝20rÈ"courtesy-reminder`
DR-000061-17	DR-000061DR-000061-INV-003"CRED-007(˙ŸÂÃ˝20rÈ"reminder-2-phone`
DR-000069-15	DR-000069DR-000069-INV-003"CRED-003(¨⁄ÂÃ˝20rÈ"reminder-1-email_
DR-000081-9	DR-000081DR-000081-INV-002"CRED-005(ﬁ⁄ÂÃ˝20rÈ"reminder-2-phone`
DR-000084-12	DR-000084DR-000084-INV-002"CRED-005(ê€ÂÃ˝20rÈ"reminder-2-phone^
DR-000084-13	DR-000084DR-000084-INV-002"CRED-005(¬€ÂÃ˝20z
	ÍûEURÈÈº
DR-000085-6	DR-000085DR-000085-INV-003"CRED-005(Ù€ÂÃ˝20R|
INV-000085-003ërGBPÈ"È0:Customer 000085B85 rue de la R√©publiqueB
69004 LyonJdr-000085@example.com_
DR-000108-5	DR-000108DR-000108-INV-002"CRED-003(¶‹ÂÃ˝20rÈ"reminder-1-emailb
DR-000121-21	DR-000121DR-000121-INV-003"CRED-003(ÿ‹ÂÃ˝20r!È"reminder-4-warning`
DR-000130-14	DR-000130DR-000130-INV-003"CRED-009(ä›ÂÃ˝20rÈ"reminder-2-phoneg
DR-000146-7	DR-000146DR-000146-INV-003"CRED-002(º›ÂÃ˝20Z'
DR-000146-PAY-3	ìƒEURÈ %
day-2025-07-05(ò†°Ë˝20≤	
ÈΩ
DR-000010-15	DR-000010DR-000010-INV-003"CRED-009(Äêˇı˝20R|
INV-000010-003	À…,EURÈ"È0:Company 000010B10 rue de la R√©publiqueB
69001 LyonJdr-000010@example.comh
DR-000013-23	DR-000013DR-000013-INV-003"CRED-005(≤êˇı˝20Z'
DR-000013-PAY-4	¶÷EURÈ Ω
DR-000014-3	DR-000014DR-000014-INV-002"CRED-001(‰êˇı˝20R}
INV-000014-002	ŒŒCHFÈ"È0:Customer 000014B14 rue de la R√©publiqueB
69005 LyonJdr-000014@example.coma
DR-000031-11	DR-000031DR-000031-INV-002"CRED-004(ñëˇı˝20r È"reminder-3-letterU
DR-000031-12	DR-000031"CRED-004(»ëˇı˝20Z'
DR-000031-PAY-2	Ÿ¸EURÈ a
DR-000061-18	DR-000061DR-000061-INV-003"CRED-007(˙ëˇı˝20r È"reminder-3-letterΩ
DR-000095-4	DR-000095DR-000095-INV-003"CRED-007(¨íˇı˝20R}
INV-000095-003	Æ›EURÈ"È0:Customer 000095B95 rue de la R√©publiqueB
69005 LyonJdr-000095@example.comh
DR-000102-10	DR-000102DR-000102-INV-002"CRED-006(ﬁíˇı˝20Z'
DR-000102-PAY-2	Ã∞RGBPÈ `
DR-000129-19	DR-000129DR-000129-INV-003"CRED-008(êìˇı˝20rÈ"reminder-1-emaila
DR-000130-15	DR-000130DR-000130-INV-003"CRED-009(¬ìˇı˝20r È"reminder-3-letterb
DR-000141-14	DR-000141DR-000141-INV-002"CRED-005(Ùìˇı˝20r!È"reminder-4-warning%
day-2025-07-06(òÿ∫ë˛20≤	
Èº
DR-000007-10	DR-000007DR-000007-INV-004"CRED-010(Ä»òü˛20R{
INV-000007-004√?EURÈ"È0:Customer 000007B7 rue de la R√©publiqueB
69007 LyonJdr-000007@example.comg
DR-000034-8	DR-000034DR-000034-INV-003"CRED-009(≤»òü˛20Z'
DR-000034-PAY-3	®ÌUSDÈ b
DR-000061-19	DR-000061DR-000061-INV-003"CRED-007(‰»òü˛20r!È"reminder-4-warning`
DR-000067-9	DR-000067DR-000067-INV-002"CRED-002(ñ…òü˛20r È"reminder-3-letter]
DR-000071-18	DR-000071DR-000071-INV-002"CRED-008(»…òü˛20rÈ"formal-notice^
DR-000095-5	DR-000095DR-000095-INV-002"CRED-007(˙…òü˛20rÈ"courtesy-reminderΩ
DR-000128-7	DR-000128DR-000128-INV-003"CRED-012(¨ òü˛20R}
INV-000128-003	ƒªUSDÈ"È0:Company 000128B128 rue de la R√©publiqueB
69002 LyonJdr-000128@example.comb
DR-000130-16	DR-000130DR-000130-INV-003"CRED-009(ﬁ òü˛20r!È"reminder-4-warningh
DR-000150-20	DR-000150DR-000150-INV-004"CRED-002(êÀòü˛20Z'
DR-000150-PAY-4	†˚SCHFÈ %
day-2025-07-07(òê‘∫˛20≤	
Èh
DR-000018-14	DR-000018DR-000018-INV-002"CRED-004(ÄÄ≤»˛20Z'
DR-000018-PAY-2	‡£EURÈ h
DR-000020-10	DR-000020DR-000020-INV-002"CRED-004(≤Ä≤»˛20Z'
DR-000020-PAY-1	◊ú)EURÈ b
DR-000029-10	DR-000029DR-000029-INV-002"CRED-006(‰Ä≤»˛20r!È"reminder-4-warningh
DR-000029-11	DR-000029DR-000029-INV-002"CRED-006(ñÅ≤»˛20Z'
DR-000029-PAY-3	†©CHFÈ c
DR-000034-9	DR-000034DR-000034-INV-004"CRED-009(»Å≤»˛20j#
DR-000034-CN-9ÊMUSDÈ_
DR-000036-6	DR-000036DR-000036-INV-002"CRED-010(˙Å≤»˛20rÈ"reminder-2-phoneh
DR-000047-16	DR-000047DR-000047-INV-002"CRED-008(¨Ç≤»˛20Z'
DR-000047-PAY-2	˝§EURÈ _
DR-000051-6	DR-000051DR-000051-INV-002"CRED-012(ﬁÇ≤»˛20rÈ"reminder-2-phoneg
DR-000067-10	DR-000067DR-000067-INV-002"CRED-002(êÉ≤»˛20Z&
DR-000067-PAY-3µPEURÈ ]
DR-000076-18	DR-000076DR-000076-INV-002"CRED-008(¬É≤»˛20rÈ"formal-notice_
DR-000078-15	DR-000078DR-000078-INV-003"CRED-011(ÙÉ≤»˛20rÈ"courtesy-reminderg
DR-000095-6	DR-000095DR-000095-INV-002"CRED-007(¶Ñ≤»˛20Z'
DR-000095-PAY-2	±ÿEURÈ _
DR-000113-5	DR-000113DR-000113-INV-002"CRED-010(ÿÑ≤»˛20rÈ"reminder-2-phoneΩ
DR-000136-5	DR-000136DR-000136-INV-003"CRED-012(äÖ≤»˛20R}
INV-000136-003£HEURÈ"È0:Customer 000136B136 rue de la R√©publiqueB
69001 LyonJdr-000136@example.comg
DR-000138-7	DR-000138DR-000138-INV-002"CRED-008(ºÖ≤»˛20Z'
DR-000138-PAY-2	¶CHFÈ %
day-2025-07-08(ò»Ì„˛20≤	
È`
DR-000022-16	DR-000022DR-000022-INV-004"CRED-002(Ä∏ÀÒ˛20rÈ	"reminder-1-email]
DR-000032-15	DR-000032DR-000032-INV-002"CRED-009(≤∏ÀÒ˛20rÈ	"formal-notice`
DR-000054-17	DR-000054DR-000054-INV-003"CRED-006(‰∏ÀÒ˛20rÈ	"reminder-1-email]
DR-000061-20	DR-000061DR-000061-INV-003"CRED-007(ñπÀÒ˛20rÈ	"formal-noticeh
DR-000061-21	DR-000061DR-000061-INV-003"CRED-007(»πÀÒ˛20Z'
DR-000061-PAY-2	ˇ®EURÈ	 g
DR-000076-19	DR-000076DR-000076-INV-002"CRED-008(˙πÀÒ˛20Z&
DR-000076-PAY-5ïjEURÈ	 a
DR-000096-16	DR-000096DR-000096-INV-003"CRED-004(¨∫ÀÒ˛20r È	"reminder-3-letter`
DR-000138-8	DR-000138DR-000138-INV-002"CRED-008(ﬁ∫ÀÒ˛20r È	"reminder-3-letter%
day-2025-07-09(òÄáçˇ20≤	
È	f
DR-000005-8	DR-000005DR-000005-INV-002"CRED-010(Ä‰öˇ20Z&
DR-000005-PAY-2’-EURÈ
 Ω
DR-000021-12	DR-000021DR-000021-INV-003"CRED-001(≤‰öˇ20R|
INV-000021-003	ÿ€EURÈ
"È	0:Company 000021B21 rue de la R√©publiqueB
69003 LyonJdr-000021@example.comb
DR-000044-19	DR-000044DR-000044-INV-003"CRED-006(‰‰öˇ20r!È
"reminder-4-warningf
DR-000060-6	DR-000060DR-000060-INV-002"CRED-010(ñÒ‰öˇ20Z&
DR-000060-PAY-2„GEURÈ
 h
DR-000084-14	DR-000084DR-000084-INV-002"CRED-005(»Ò‰öˇ20Z'
DR-000084-PAY-2	ÍûEURÈ
 `
DR-000091-7	DR-000091DR-000091-INV-002"CRED-009(˙Ò‰öˇ20r È
"reminder-3-letterb
DR-000107-11	DR-000107DR-000107-INV-002"CRED-011(¨Ú‰öˇ20r!È
"reminder-4-warning`
DR-000126-15	DR-000126DR-000126-INV-003"CRED-001(ﬁÚ‰öˇ20rÈ
"reminder-1-email]
DR-000130-17	DR-000130DR-000130-INV-003"CRED-009(êÛ‰öˇ20rÈ
"formal-notice%
day-2025-07-10(ò∏†∂ˇ20≤	
È
Ω
DR-000028-8	DR-000028DR-000028-INV-003"CRED-005(Ä®˛√ˇ20R}
INV-000028-003	ìàEURÈ"È
0:Customer 000028B28 rue de la R√©publiqueB
69001 LyonJdr-000028@example.com`
DR-000032-16	DR-000032DR-000032-INV-003"CRED-009(≤®˛√ˇ20rÈ"reminder-2-phoneh
DR-000039-14	DR-000039DR-000039-INV-003"CRED-006(‰®˛√ˇ20Z'
DR-000039-PAY-3	ˇúGBPÈ b
DR-000058-22	DR-000058DR-000058-INV-003"CRED-010(ñ©˛√ˇ20r!È"reminder-4-warningΩ
DR-000062-14	DR-000062DR-000062-INV-003"CRED-006(»©˛√ˇ20R|
INV-000062-003	√øEURÈ"È		0:Company 000062B62 rue de la R√©publiqueB
69008 LyonJdr-000062@example.comh
DR-000070-11	DR-000070DR-000070-INV-002"CRED-003(˙©˛√ˇ20Z'
DR-000070-PAY-3	ÚñEURÈ a
DR-000071-19	DR-000071DR-000071-INV-003"CRED-008(¨™˛√ˇ20r È"reminder-3-letter`
DR-000073-13	DR-000073DR-000073-INV-002"CRED-007(ﬁ™˛√ˇ20rÈ"reminder-2-phonea
DR-000124-17	DR-000124DR-000124-INV-003"CRED-011(ê´˛√ˇ20r È"reminder-3-letterg
DR-000143-17	DR-000143DR-000143-INV-002"CRED-005(¬´˛√ˇ20Z&
DR-000143-PAY-6¢YEURÈ `
DR-000150-21	DR-000150DR-000150-INV-004"CRED-002(Ù´˛√ˇ20rÈ"reminder-2-phone%
day-2025-07-11(òπﬂˇ20≤	
È_
DR-000042-14	DR-000042DR-000042-INV-004"CRED-004(Ä‡óÌˇ20rÈ"courtesy-reminder`
DR-000069-16	DR-000069DR-000069-INV-003"CRED-003(≤‡óÌˇ20rÈ"reminder-2-phonea
DR-000081-10	DR-000081DR-000081-INV-002"CRED-005(‰‡óÌˇ20r È"reminder-3-letter`
DR-000083-11	DR-000083DR-000083-INV-003"CRED-010(ñ·óÌˇ20rÈ"reminder-1-emailæ
DR-000102-11	DR-000102DR-000102-INV-004"CRED-011(»·óÌˇ20R}
INV-000102-004	é‡EURÈ"È0:Company 000102B102 rue de la R√©publiqueB
69003 LyonJdr-000102@example.com_
DR-000108-6	DR-000108DR-000108-INV-002"CRED-003(˙·óÌˇ20rÈ"reminder-2-phoneΩ
DR-000140-6	DR-000140DR-000140-INV-004"CRED-003(¨‚óÌˇ20R}
INV-000140-004	óÊEURÈ"È0:Company 000140B140 rue de la R√©publiqueB
69005 LyonJdr-000140@example.comæ
DR-000145-15	DR-000145DR-000145-INV-004"CRED-007(ﬁ‚óÌˇ20R}
INV-000145-004	‰„aEURÈ"È0:Company 000145B145 rue de la R√©publiqueB
69001 LyonJdr-000145@example.com`
DR-000147-21	DR-000147DR-000147-INV-004"CRED-012(ê„óÌˇ20rÈ"reminder-1-email%
day-2025-07-12(ò®”àÄ30≤	
È]
DR-000010-16	DR-000010DR-000010-INV-002"CRED-009(Äò±ñÄ30rÈ"formal-noticeh
DR-000030-11	DR-000030DR-000030-INV-003"CRED-001(≤ò±ñÄ30Z'
DR-000030-PAY-3	ÔÄ;EURÈ h
DR-000032-17	DR-000032DR-000032-INV-001"CRED-009(‰ò±ñÄ30Z'
DR-000032-PAY-1	ÜõEURÈ Ω
DR-000033-5	DR-000033DR-000033-INV-003"CRED-010(ñô±ñÄ30R}
INV-000033-003	®ÆGBPÈ"È	0:Customer 000033B33 rue de la R√©publiqueB
69006 LyonJdr-000033@example.comΩ
DR-000048-6	DR-000048DR-000048-INV-003"CRED-005(»ô±ñÄ30R}
INV-000048-003	ÚÖEURÈ"È0:Customer 000048B48 rue de la R√©publiqueB
69003 LyonJdr-000048@example.comh
DR-000078-16	DR-000078DR-000078-INV-003"CRED-011(˙ô±ñÄ30Z'
DR-000078-PAY-2	∞Ø#EURÈ f
DR-000098-7	DR-000098DR-000098-INV-003"CRED-002(¨ö±ñÄ30Z&
DR-000098-PAY-3˜EEURÈ Ω
DR-000109-6	DR-000109DR-000109-INV-003"CRED-011(ﬁö±ñÄ30R}
INV-000109-003	åÏYEURÈ"È0:Company 000109B109 rue de la R√©publiqueB
69001 LyonJdr-000109@example.comh
DR-000121-22	DR-000121DR-000121-INV-003"CRED-003(êõ±ñÄ30Z'
DR-000121-PAY-2	‡≈.USDÈ æ
DR-000125-17	DR-000125DR-000125-INV-003"CRED-007(¬õ±ñÄ30R}
INV-000125-003	µ•EURÈ"È0:Company 000125B125 rue de la R√©publiqueB
69008 LyonJdr-000125@example.com`
DR-000129-20	DR-000129DR-000129-INV-003"CRED-008(Ùõ±ñÄ30rÈ"reminder-2-phone^
DR-000149-6	DR-000149DR-000149-INV-003"CRED-001(¶ú±ñÄ30rÈ"courtesy-reminder%
day-2025-07-13(ò‡Ï±Ä30≤	
È]
DR-000015-18	DR-000015DR-000015-INV-003"CRED-008(Ä– øÄ30rÈ"formal-noticeª
DR-000052-9	DR-000052DR-000052-INV-003"CRED-007(≤– øÄ30R{
INV-000052-003†{EURÈ"È0:Company 000052B52 rue de la R√©publiqueB
69007 LyonJdr-000052@example.coma
DR-000090-15	DR-000090DR-000090-INV-003"CRED-002(‰– øÄ30r È"reminder-3-letteræ
DR-000134-8	DR-000134DR-000134-INV-002"CRED-010(ñ— øÄ30R~
INV-000134-002	û„EURÈ"È0:Customer 000134B134 rue de la R√©publiqueB
69008 LyonJdr-000134@example.com%
day-2025-07-14(òòÜ€Ä30≤	
Èæ
DR-000015-19	DR-000015DR-000015-INV-004"CRED-008(Äà‰ËÄ30R}
INV-000015-004	≥éEURÈ"È	0:Customer 000015B15 rue de la R√©publiqueB
69006 LyonJdr-000015@example.com`
DR-000036-7	DR-000036DR-000036-INV-002"CRED-010(≤à‰ËÄ30r È"reminder-3-letterΩ
DR-000039-15	DR-000039DR-000039-INV-004"CRED-006(‰à‰ËÄ30R|
INV-000039-004	≈ˇGBPÈ"È0:Company 000039B39 rue de la R√©publiqueB
69003 LyonJdr-000039@example.comg
DR-000050-7	DR-000050DR-000050-INV-002"CRED-012(ñâ‰ËÄ30Z'
DR-000050-PAY-2	≠ÀEURÈ `
DR-000051-7	DR-000051DR-000051-INV-002"CRED-012(»â‰ËÄ30r È"reminder-3-letterh
DR-000057-13	DR-000057DR-000057-INV-002"CRED-011(˙â‰ËÄ30Z'
DR-000057-PAY-2	çâEURÈ ]
DR-000068-18	DR-000068DR-000068-INV-003"CRED-001(¨ä‰ËÄ30rÈ"formal-noticeΩ
DR-000081-11	DR-000081DR-000081-INV-003"CRED-005(ﬁä‰ËÄ30R|
INV-000081-003	µ‚BUSDÈ"È0:Company 000081B81 rue de la R√©publiqueB
69009 LyonJdr-000081@example.com`
DR-000113-6	DR-000113DR-000113-INV-002"CRED-010(êã‰ËÄ30r È"reminder-3-letterf
DR-000118-4	DR-000118DR-000118-INV-002"CRED-006(¬ã‰ËÄ30Z&
DR-000118-PAY-2ùiUSDÈ g
DR-000123-6	DR-000123DR-000123-INV-003"CRED-007(Ùã‰ËÄ30Z'
DR-000123-PAY-3	Ò∑GBPÈ `
DR-000132-13	DR-000132DR-000132-INV-003"CRED-005(¶å‰ËÄ30rÈ"reminder-1-emailæ
DR-000135-5	DR-000135DR-000135-INV-003"CRED-008(ÿå‰ËÄ30R~
INV-000135-003	ÆﬁEURÈ"È0:Customer 000135B135 rue de la R√©publiqueB
69009 LyonJdr-000135@example.com^
DR-000137-6	DR-000137DR-000137-INV-003"CRED-009(äç‰ËÄ30rÈ"courtesy-reminderg
DR-000149-7	DR-000149DR-000149-INV-003"CRED-001(ºç‰ËÄ30Z'
DR-000149-PAY-3	 ùEURÈ %
day-2025-07-15(ò–üÑÅ30≤	
È`
DR-000004-13	DR-000004DR-000004-INV-003"CRED-011(Ä¿˝ëÅ30rÈ"reminder-1-email`
DR-000022-17	DR-000022DR-000022-INV-004"CRED-002(≤¿˝ëÅ30rÈ"reminder-2-phoneº
DR-000026-6	DR-000026DR-000026-INV-002"CRED-004(‰¿˝ëÅ30R|
INV-000026-002Ù=EURÈ"È0:Customer 000026B26 rue de la R√©publiqueB
69008 LyonJdr-000026@example.comh
DR-000034-10	DR-000034DR-000034-INV-004"CRED-009(ñ¡˝ëÅ30Z'
DR-000034-PAY-4	Ï˚USDÈ `
DR-000054-18	DR-000054DR-000054-INV-003"CRED-006(»¡˝ëÅ30rÈ"reminder-2-phone^
DR-000054-19	DR-000054DR-000054-INV-003"CRED-006(˙¡˝ëÅ30z
	⁄üUSDÈÈM
DR-000055-12	DR-000055DR-000055-INV-003"CRED-003(¨¬˝ëÅ30íÈh
DR-000061-22	DR-000061DR-000061-INV-002"CRED-007(ﬁ¬˝ëÅ30Z'
DR-000061-PAY-3	≥Ú'EURÈ æ
DR-000074-14	DR-000074DR-000074-INV-003"CRED-007(ê√˝ëÅ30R}
INV-000074-003	˝√EURÈ"È0:Customer 000074B74 rue de la R√©publiqueB
69002 LyonJdr-000074@example.comh
DR-000077-6	DR-000077DR-000077-INV-003"CRED-010(¬√˝ëÅ30Z(
DR-000077-PAY-3
ÏıÆEURÈ æ
DR-000080-13	DR-000080DR-000080-INV-005"CRED-010(Ù√˝ëÅ30R}
INV-000080-005
ﬂÅÖEURÈ"È0:Company 000080B80 rue de la R√©publiqueB
69008 LyonJdr-000080@example.comg
DR-000088-23	DR-000088DR-000088-INV-003"CRED-006(¶ƒ˝ëÅ30Z&
DR-000088-PAY-6ø:EURÈ g
DR-000105-21	DR-000105DR-000105-INV-003"CRED-004(ÿƒ˝ëÅ30Z&
DR-000105-PAY-6–/EURÈ `
DR-000148-11	DR-000148DR-000148-INV-003"CRED-003(ä≈˝ëÅ30rÈ"reminder-1-email%
day-2025-07-16(òàπ≠Å30≤	
Èh
DR-000032-18	DR-000032DR-000032-INV-002"CRED-009(Ä¯ñªÅ30Z'
DR-000032-PAY-2	¯¢EURÈ `
DR-000055-13	DR-000055DR-000055-INV-003"CRED-003(≤¯ñªÅ30rÈ"reminder-2-phone]
DR-000066-14	DR-000066DR-000066-INV-002"CRED-009(‰¯ñªÅ30rÈ"formal-noticeΩ
DR-000068-19	DR-000068DR-000068-INV-005"CRED-001(ñ˘ñªÅ30R|
INV-000068-005	ùµEURÈ"È0:Company 000068B68 rue de la R√©publiqueB
69005 LyonJdr-000068@example.comh
DR-000068-20	DR-000068DR-000068-INV-003"CRED-001(»˘ñªÅ30Z'
DR-000068-PAY-5	†°	EURÈ º
DR-000089-6	DR-000089DR-000089-INV-002"CRED-010(˙˘ñªÅ30R|
INV-000089-002˘[EURÈ"È0:Customer 000089B89 rue de la R√©publiqueB
69008 LyonJdr-000089@example.com`
DR-000092-13	DR-000092DR-000092-INV-003"CRED-007(¨˙ñªÅ30rÈ"reminder-1-emailæ
DR-000119-10	DR-000119DR-000119-INV-005"CRED-009(ﬁ˙ñªÅ30R}
INV-000119-005	öú&EURÈ"È	0:Company 000119B119 rue de la R√©publiqueB
69002 LyonJdr-000119@example.com`
DR-000126-16	DR-000126DR-000126-INV-003"CRED-001(ê˚ñªÅ30rÈ"reminder-2-phonea
DR-000138-9	DR-000138DR-000138-INV-002"CRED-008(¬˚ñªÅ30r!È"reminder-4-warningh
DR-000148-12	DR-000148DR-000148-INV-003"CRED-003(Ù˚ñªÅ30Z'
DR-000148-PAY-3	˛îEURÈ %
day-2025-07-17(ò¿“÷Å30≤	
È`
DR-000004-14	DR-000004DR-000004-INV-002"CRED-011(Ä∞∞‰Å30rÈ"reminder-2-phonea
DR-000032-19	DR-000032DR-000032-INV-003"CRED-009(≤∞∞‰Å30r È"reminder-3-letterg
DR-000035-9	DR-000035DR-000035-INV-004"CRED-010(‰∞∞‰Å30Z'
DR-000035-PAY-4	ΩÂ_EURÈ `
DR-000047-17	DR-000047DR-000047-INV-003"CRED-008(ñ±∞‰Å30rÈ"reminder-1-emailh
DR-000049-18	DR-000049DR-000049-INV-002"CRED-004(»±∞‰Å30Z'
DR-000049-PAY-2	àÎEURÈ a
DR-000055-14	DR-000055DR-000055-INV-003"CRED-003(˙±∞‰Å30r È"reminder-3-letterΩ
DR-000069-17	DR-000069DR-000069-INV-004"CRED-003(¨≤∞‰Å30R|
INV-000069-004	˜ƒGBPÈ"È0:Company 000069B69 rue de la R√©publiqueB
69006 LyonJdr-000069@example.comh
DR-000069-18	DR-000069DR-000069-INV-002"CRED-003(ﬁ≤∞‰Å30Z'
DR-000069-PAY-1	ﬂ¢GBPÈ a
DR-000073-14	DR-000073DR-000073-INV-002"CRED-007(ê≥∞‰Å30r È"reminder-3-letterb
DR-000096-17	DR-000096DR-000096-INV-003"CRED-004(¬≥∞‰Å30r!È"reminder-4-warninga
DR-000150-22	DR-000150DR-000150-INV-004"CRED-002(Ù≥∞‰Å30r È"reminder-3-letterh
DR-000150-23	DR-000150DR-000150-INV-004"CRED-002(¶¥∞‰Å30Z'
DR-000150-PAY-5	ı±WCHFÈ h
DR-000150-24	DR-000150DR-000150-INV-003"CRED-002(ÿ¥∞‰Å30Z'
DR-000150-PAY-6	üùCHFÈ %
day-2025-07-18(ò¯ÎˇÅ30≤	
Èa
DR-000004-15	DR-000004DR-000004-INV-002"CRED-011(ÄË…çÇ30r È"reminder-3-letterÃ
DR-000009-9	DR-000009DR-000009-INV-004"CRED-003(≤Ë…çÇ30Rã
INV-000009-004
Ò“ˆEURÈ"È	*
Èµ˜0:Company 000009B9 rue de la R√©publiqueB
69009 LyonJdr-000009@example.comg
DR-000040-12	DR-000040DR-000040-INV-002"CRED-007(‰Ë…çÇ30Z&
DR-000040-PAY-2ˇ7EURÈ b
DR-000055-15	DR-000055DR-000055-INV-003"CRED-003(ñÈ…çÇ30r!È"reminder-4-warningf
DR-000055-16	DR-000055DR-000055-INV-003"CRED-003(»È…çÇ30j%
DR-000055-CN-16	â‡EURÈa
DR-000069-19	DR-000069DR-000069-INV-003"CRED-003(˙È…çÇ30r È"reminder-3-letter`
DR-000083-12	DR-000083DR-000083-INV-003"CRED-010(¨Í…çÇ30rÈ"reminder-2-phonea
DR-000091-8	DR-000091DR-000091-INV-002"CRED-009(ﬁÍ…çÇ30r!È"reminder-4-warning`
DR-000108-7	DR-000108DR-000108-INV-002"CRED-003(êÎ…çÇ30r È"reminder-3-letterΩ
DR-000137-7	DR-000137DR-000137-INV-004"CRED-001(¬Î…çÇ30R}
INV-000137-004	¿ÜUSDÈ"È0:Company 000137B137 rue de la R√©publiqueB
69002 LyonJdr-000137@example.comh
DR-000138-10	DR-000138DR-000138-INV-002"CRED-008(ÙÎ…çÇ30Z'
DR-000138-PAY-3	¶CHFÈ `
DR-000147-22	DR-000147DR-000147-INV-004"CRED-012(¶Ï…çÇ30rÈ"reminder-2-phone^
DR-000147-23	DR-000147DR-000147-INV-004"CRED-012(ÿÏ…çÇ30z
	ü÷EURÈÈ%
day-2025-07-19(ò∞Ö©Ç30≤	
Èb
DR-000004-16	DR-000004DR-000004-INV-002"CRED-011(Ä†„∂Ç30r!È"reminder-4-warningΩ
DR-000019-14	DR-000019DR-000019-INV-003"CRED-003(≤†„∂Ç30R|
INV-000019-003	ª˜!EURÈ"È	0:Company 000019B19 rue de la R√©publiqueB
69001 LyonJdr-000019@example.comT
DR-000051-8	DR-000051"CRED-012(‰†„∂Ç30Z'
DR-000051-PAY-2	ÒÁaEURÈ Ω
DR-000053-15	DR-000053DR-000053-INV-004"CRED-008(ñ°„∂Ç30R|
INV-000053-004	∏∑6USDÈ"È	0:Company 000053B53 rue de la R√©publiqueB
69008 LyonJdr-000053@example.comb
DR-000071-20	DR-000071DR-000071-INV-003"CRED-008(»°„∂Ç30r!È"reminder-4-warningb
DR-000090-16	DR-000090DR-000090-INV-003"CRED-002(˙°„∂Ç30r!È"reminder-4-warning`
DR-000102-12	DR-000102DR-000102-INV-003"CRED-011(¨¢„∂Ç30rÈ"reminder-1-emailg
DR-000105-22	DR-000105DR-000105-INV-001"CRED-004(ﬁ¢„∂Ç30Z&
DR-000105-PAY-7Ù)EURÈ Z
DR-000121-23	DR-000121DR-000121-INV-002"CRED-003(ê£„∂Ç30™
Èuncollectableb
DR-000124-18	DR-000124DR-000124-INV-003"CRED-011(¬£„∂Ç30r!È"reminder-4-warninga
DR-000129-21	DR-000129DR-000129-INV-003"CRED-008(Ù£„∂Ç30r È"reminder-3-letteræ
DR-000130-18	DR-000130DR-000130-INV-004"CRED-009(¶§„∂Ç30R}
INV-000130-004	·≥+CHFÈ"È0:Company 000130B130 rue de la R√©publiqueB
69004 LyonJdr-000130@example.comU
DR-000132-14	DR-000132"CRED-005(ÿ§„∂Ç30Z'
DR-000132-PAY-3	Æ›CHFÈ g
DR-000137-8	DR-000137DR-000137-INV-003"CRED-009(ä•„∂Ç30Z'
DR-000137-PAY-3	ÜëAEURÈ %
day-2025-07-20(òËû“Ç30≤	
È]
DR-000004-17	DR-000004DR-000004-INV-002"CRED-011(Äÿ¸ﬂÇ30rÈ"formal-noticeh
DR-000024-14	DR-000024DR-000024-INV-002"CRED-001(≤ÿ¸ﬂÇ30Z'
DR-000024-PAY-2	¶õEURÈ º
DR-000045-8	DR-000045DR-000045-INV-004"CRED-002(‰ÿ¸ﬂÇ30R|
INV-000045-004	≠ﬁEURÈ"È	0:Company 000045B45 rue de la R√©publiqueB
69009 LyonJdr-000045@example.comh
DR-000054-20	DR-000054DR-000054-INV-003"CRED-006(ñŸ¸ﬂÇ30Z'
DR-000054-PAY-3	⁄üUSDÈ Ω
DR-000064-5	DR-000064DR-000064-INV-003"CRED-003(»Ÿ¸ﬂÇ30R}
INV-000064-003	˘©EURÈ"È0:Customer 000064B64 rue de la R√©publiqueB
69001 LyonJdr-000064@example.comb
DR-000081-12	DR-000081DR-000081-INV-002"CRED-005(˙Ÿ¸ﬂÇ30r!È"reminder-4-warningΩ
DR-000099-11	DR-000099DR-000099-INV-004"CRED-006(¨⁄¸ﬂÇ30R|
INV-000099-004	◊É<EURÈ"È	0:Company 000099B99 rue de la R√©publiqueB
69009 LyonJdr-000099@example.com]
DR-000141-15	DR-000141DR-000141-INV-002"CRED-005(ﬁ⁄¸ﬂÇ30rÈ"formal-noticeh
DR-000147-24	DR-000147DR-000147-INV-004"CRED-012(ê€¸ﬂÇ30Z'
DR-000147-PAY-5	ü÷EURÈ %
day-2025-07-21(ò†∏˚Ç30≤	
È`
DR-000042-15	DR-000042DR-000042-INV-004"CRED-004(ÄêñâÉ30rÈ"reminder-1-email_
DR-000058-23	DR-000058DR-000058-INV-004"CRED-010(≤êñâÉ30rÈ"courtesy-reminder`
DR-000094-15	DR-000094DR-000094-INV-003"CRED-004(‰êñâÉ30rÈ"reminder-1-emailT
DR-000108-8	DR-000108"CRED-003(ñëñâÉ30Z'
DR-000108-PAY-2	ΩÚEURÈ æ
DR-000115-5	DR-000115DR-000115-INV-003"CRED-005(»ëñâÉ30R~
INV-000115-003	»˚CHFÈ"È0:Customer 000115B115 rue de la R√©publiqueB
69007 LyonJdr-000115@example.com_
DR-000140-7	DR-000140DR-000140-INV-003"CRED-003(˙ëñâÉ30rÈ"reminder-1-emailg
DR-000143-18	DR-000143DR-000143-INV-003"CRED-005(¨íñâÉ30Z&
DR-000143-PAY-7ÉEURÈ ^
DR-000144-8	DR-000144DR-000144-INV-004"CRED-011(ﬁíñâÉ30rÈ"courtesy-reminderg
DR-000144-9	DR-000144DR-000144-INV-004"CRED-011(êìñâÉ30Z'
DR-000144-PAY-4	êáEURÈ %
day-2025-07-22(òÿ—§É30≤	
È`
DR-000004-18	DR-000004DR-000004-INV-003"CRED-011(Ä»Ø≤É30rÈ"reminder-2-phonea
DR-000022-18	DR-000022DR-000022-INV-004"CRED-002(≤»Ø≤É30r È"reminder-3-letter^
DR-000027-7	DR-000027DR-000027-INV-002"CRED-003(‰»Ø≤É30rÈ"courtesy-reminderh
DR-000052-10	DR-000052DR-000052-INV-002"CRED-006(ñ…Ø≤É30Z'
DR-000052-PAY-2	€.EURÈ h
DR-000079-9	DR-000079DR-000079-INV-004"CRED-012(»…Ø≤É30Z(
DR-000079-PAY-4
’›¶GBPÈ Õ
DR-000126-17	DR-000126DR-000126-INV-004"CRED-001(˙…Ø≤É30Rã
INV-000126-004	◊Ã+USDÈ"È*
ÈŒo0:Company 000126B126 rue de la R√©publiqueB
69009 LyonJdr-000126@example.com%
day-2025-07-23(òêÎÕÉ30≤	
Èh
DR-000001-10	DR-000001DR-000001-INV-002"CRED-006(ÄÄ…€É30Z'
DR-000001-PAY-2	ı˚EURÈ º
DR-000036-8	DR-000036DR-000036-INV-003"CRED-010(≤Ä…€É30R|
INV-000036-003	Á¨EURÈ"È	0:Company 000036B36 rue de la R√©publiqueB
69009 LyonJdr-000036@example.coma
DR-000036-9	DR-000036DR-000036-INV-002"CRED-010(‰Ä…€É30r!È"reminder-4-warning`
DR-000038-10	DR-000038DR-000038-INV-002"CRED-006(ñÅ…€É30rÈ"reminder-1-email`
DR-000092-14	DR-000092DR-000092-INV-003"CRED-007(»Å…€É30rÈ"reminder-2-phone`
DR-000103-17	DR-000103DR-000103-INV-003"CRED-009(˙Å…€É30rÈ"reminder-1-emaila
DR-000113-7	DR-000113DR-000113-INV-002"CRED-010(¨Ç…€É30r!È"reminder-4-warninga
DR-000126-18	DR-000126DR-000126-INV-003"CRED-001(ﬁÇ…€É30r È"reminder-3-letterh
DR-000130-19	DR-000130DR-000130-INV-003"CRED-009(êÉ…€É30Z'
DR-000130-PAY-3	ΩÑCHFÈ _
DR-000133-9	DR-000133DR-000133-INV-002"CRED-010(¬É…€É30rÈ"reminder-1-email%
day-2025-07-24(ò»Ñ˜É30≤	
Èi
DR-000009-10	DR-000009DR-000009-INV-004"CRED-003(Ä∏‚ÑÑ30Z(
DR-000009-PAY-4
º€ÒEURÈ ]
DR-000044-20	DR-000044DR-000044-INV-003"CRED-006(≤∏‚ÑÑ30rÈ"formal-notice`
DR-000047-18	DR-000047DR-000047-INV-003"CRED-008(‰∏‚ÑÑ30rÈ"reminder-2-phoneg
DR-000073-15	DR-000073DR-000073-INV-002"CRED-007(ñπ‚ÑÑ30Z&
DR-000073-PAY-5Ÿ;EURÈ S
DR-000078-17	DR-000078DR-000078-INV-002"CRED-011(»π‚ÑÑ30ö
AGY-03Èø
DR-000107-12	DR-000107DR-000107-INV-004"CRED-011(˙π‚ÑÑ30R~
INV-000107-004
´ˇëEURÈ"È	0:Company 000107B107 rue de la R√©publiqueB
69008 LyonJdr-000107@example.com]
DR-000107-13	DR-000107DR-000107-INV-002"CRED-011(¨∫‚ÑÑ30rÈ"formal-noticeg
DR-000140-8	DR-000140DR-000140-INV-003"CRED-003(ﬁ∫‚ÑÑ30Z'
DR-000140-PAY-3	≠∞EURÈ %
day-2025-07-25(òÄû†Ñ30≤	
Èh
DR-000042-16	DR-000042DR-000042-INV-004"CRED-004(Ä˚≠Ñ30Z'
DR-000042-PAY-5	≤âEURÈ ]
DR-000058-24	DR-000058DR-000058-INV-003"CRED-010(≤˚≠Ñ30rÈ"formal-notice`
DR-000069-20	DR-000069DR-000069-INV-004"CRED-003(‰˚≠Ñ30ä
goods not deliveredÈ_
DR-000075-16	DR-000075DR-000075-INV-003"CRED-004(ñÒ˚≠Ñ30rÈ"courtesy-remindera
DR-000083-13	DR-000083DR-000083-INV-003"CRED-010(»Ò˚≠Ñ30r È"reminder-3-letterÕ
DR-000097-9	DR-000097DR-000097-INV-004"CRED-002(˙Ò˚≠Ñ30Rå
INV-000097-004
Î‚∆EURÈ"È	*
ÈÌ¸0:Company 000097B97 rue de la R√©publiqueB
69007 LyonJdr-000097@example.comh
DR-000105-23	DR-000105DR-000105-INV-004"CRED-004(¨Ú˚≠Ñ30Z'
DR-000105-PAY-8	’—EURÈ ^
DR-000110-7	DR-000110DR-000110-INV-003"CRED-001(ﬁÚ˚≠Ñ30rÈ"courtesy-reminder^
DR-000112-9	DR-000112DR-000112-INV-004"CRED-001(êÛ˚≠Ñ30rÈ"courtesy-reminder_
DR-000114-9	DR-000114DR-000114-INV-002"CRED-001(¬Û˚≠Ñ30rÈ"reminder-1-email`
DR-000125-18	DR-000125DR-000125-INV-003"CRED-007(ÙÛ˚≠Ñ30ä
goods not deliveredÈ%
day-2025-07-26(ò∏∑…Ñ30≤	
Èb
DR-000032-20	DR-000032DR-000032-INV-003"CRED-009(Ä®ï◊Ñ30r!È"reminder-4-warning`
DR-000046-10	DR-000046DR-000046-INV-003"CRED-007(≤®ï◊Ñ30rÈ"reminder-1-emailæ
DR-000057-14	DR-000057DR-000057-INV-003"CRED-011(‰®ï◊Ñ30R}
INV-000057-003	´ÎEURÈ"È0:Customer 000057B57 rue de la R√©publiqueB
69003 LyonJdr-000057@example.comΩ
DR-000086-12	DR-000086DR-000086-INV-004"CRED-005(ñ©ï◊Ñ30R|
INV-000086-004	„çXCHFÈ"È	
0:Company 000086B86 rue de la R√©publiqueB
69005 LyonJdr-000086@example.com`
DR-000102-13	DR-000102DR-000102-INV-003"CRED-011(»©ï◊Ñ30rÈ"reminder-2-phone_
DR-000107-14	DR-000107DR-000107-INV-003"CRED-011(˙©ï◊Ñ30rÈ"courtesy-reminderh
DR-000112-10	DR-000112DR-000112-INV-004"CRED-001(¨™ï◊Ñ30Z'
DR-000112-PAY-4	œ≤EURÈ h
DR-000133-10	DR-000133DR-000133-INV-002"CRED-010(ﬁ™ï◊Ñ30Z'
DR-000133-PAY-2	ﬁ÷5EURÈ %
day-2025-07-27(ò–ÚÑ30≤	
Èg
DR-000007-11	DR-000007DR-000007-INV-004"CRED-010(Ä‡ÆÄÖ30Z&
DR-000007-PAY-4√?EURÈ `
DR-000024-15	DR-000024DR-000024-INV-003"CRED-001(≤‡ÆÄÖ30rÈ"reminder-1-email`
DR-000025-10	DR-000025DR-000025-INV-002"CRED-009(‰‡ÆÄÖ30rÈ"reminder-1-emailΩ
DR-000032-21	DR-000032DR-000032-INV-004"CRED-009(ñ·ÆÄÖ30R|
INV-000032-004	§”OEURÈ"È	0:Company 000032B32 rue de la R√©publiqueB
69005 LyonJdr-000032@example.comb
DR-000069-21	DR-000069DR-000069-INV-003"CRED-003(»·ÆÄÖ30r!È"reminder-4-warningS
DR-000071-21	DR-000071DR-000071-INV-002"CRED-008(˙·ÆÄÖ30ö
AGY-02Èg
DR-000128-8	DR-000128DR-000128-INV-003"CRED-012(¨‚ÆÄÖ30Z'
DR-000128-PAY-3	ƒªUSDÈ æ
DR-000147-25	DR-000147DR-000147-INV-005"CRED-012(ﬁ‚ÆÄÖ30R}
INV-000147-005	ÔÑ8EURÈ"È	0:Company 000147B147 rue de la R√©publiqueB
69003 LyonJdr-000147@example.com%
day-2025-07-28(ò®ÍõÖ30≤	
ÈΩ
DR-000022-19	DR-000022DR-000022-INV-005"CRED-002(Äò»©Ö30R|
INV-000022-005	€∂EURÈ"È	0:Company 000022B22 rue de la R√©publiqueB
69004 LyonJdr-000022@example.comº
DR-000041-5	DR-000041DR-000041-INV-003"CRED-009(≤ò»©Ö30R|
INV-000041-003	›ªUSDÈ"È	0:Company 000041B41 rue de la R√©publiqueB
69005 LyonJdr-000041@example.comÕ
DR-000054-21	DR-000054DR-000054-INV-004"CRED-003(‰ò»©Ö30Rã
INV-000054-004	ã®;EURÈ"È	*
ÈÎó0:Company 000054B54 rue de la R√©publiqueB
69009 LyonJdr-000054@example.comM
DR-000059-14	DR-000059DR-000059-INV-003"CRED-007(ñô»©Ö30íÈ_
DR-000061-23	DR-000061DR-000061-INV-004"CRED-007(»ô»©Ö30rÈ"courtesy-reminder`
DR-000094-16	DR-000094DR-000094-INV-003"CRED-004(˙ô»©Ö30rÈ"reminder-2-phonei
DR-000107-15	DR-000107DR-000107-INV-002"CRED-011(¨ö»©Ö30Z(
DR-000107-PAY-3
ÜãÖEURÈ g
DR-000110-8	DR-000110DR-000110-INV-003"CRED-001(ﬁö»©Ö30Z'
DR-000110-PAY-3	õ—8EURÈ æ
DR-000111-9	DR-000111DR-000111-INV-003"CRED-010(êõ»©Ö30R~
INV-000111-003	ÏÕEURÈ"È0:Customer 000111B111 rue de la R√©publiqueB
69003 LyonJdr-000111@example.com_
DR-000115-6	DR-000115DR-000115-INV-003"CRED-005(¬õ»©Ö30ä
goods not deliveredÈ_
DR-000121-24	DR-000121DR-000121-INV-004"CRED-003(Ùõ»©Ö30rÈ"courtesy-reminderb
DR-000129-22	DR-000129DR-000129-INV-003"CRED-008(¶ú»©Ö30r!È"reminder-4-warning%
day-2025-07-29(ò‡É≈Ö30≤	
Èa
DR-000004-19	DR-000004DR-000004-INV-003"CRED-011(Ä–·“Ö30r È"reminder-3-letterh
DR-000010-17	DR-000010DR-000010-INV-002"CRED-009(≤–·“Ö30Z'
DR-000010-PAY-3	‚ÜEURÈ `
DR-000012-17	DR-000012DR-000012-INV-003"CRED-002(‰–·“Ö30rÈ"reminder-1-emailS
DR-000015-20	DR-000015DR-000015-INV-003"CRED-008(ñ—·“Ö30ö
AGY-01È_
DR-000076-20	DR-000076DR-000076-INV-003"CRED-008(»—·“Ö30rÈ"courtesy-reminderh
DR-000093-16	DR-000093DR-000093-INV-002"CRED-008(˙—·“Ö30Z'
DR-000093-PAY-2	”µEURÈ æ
DR-000112-11	DR-000112DR-000112-INV-005"CRED-001(¨“·“Ö30R}
INV-000112-005	÷¸EURÈ"È0:Company 000112B112 rue de la R√©publiqueB
69004 LyonJdr-000112@example.com%
day-2025-07-30(òòùÓÖ30≤	
È 
DR-000002-6	DR-000002DR-000002-INV-004"CRED-004(Äà˚˚Ö30Râ
INV-000002-004	å√%EURÈ"È	*
È
á`0:Company 000002B2 rue de la R√©publiqueB
69002 LyonJdr-000002@example.comh
DR-000021-13	DR-000021DR-000021-INV-002"CRED-004(≤à˚˚Ö30Z'
DR-000021-PAY-3	¥èEURÈ `
DR-000038-11	DR-000038DR-000038-INV-002"CRED-006(‰à˚˚Ö30rÈ"reminder-2-phoneJ
DR-000042-17	DR-000042"CRED-004(ñâ˚˚Ö30b
DR-000042-PAY-5Èh
DR-000055-17	DR-000055DR-000055-INV-003"CRED-003(»â˚˚Ö30Z'
DR-000055-PAY-3	Ó–EURÈ h
DR-000066-15	DR-000066DR-000066-INV-002"CRED-009(˙â˚˚Ö30Z'
DR-000066-PAY-2	ÛªEURÈ Ω
DR-000078-18	DR-000078DR-000078-INV-004"CRED-011(¨ä˚˚Ö30R|
INV-000078-004	œµ5EURÈ"È0:Company 000078B78 rue de la R√©publiqueB
69006 LyonJdr-000078@example.coma
DR-000092-15	DR-000092DR-000092-INV-003"CRED-007(ﬁä˚˚Ö30r È"reminder-3-letter`
DR-000103-18	DR-000103DR-000103-INV-003"CRED-009(êã˚˚Ö30rÈ"reminder-2-phone^
DR-000103-19	DR-000103DR-000103-INV-003"CRED-009(¬ã˚˚Ö30z
	∑Œ0EURÈÈh
DR-000124-19	DR-000124DR-000124-INV-003"CRED-011(Ùã˚˚Ö30Z'
DR-000124-PAY-5	Å¶EURÈ %
day-2025-07-31(ò–∂óÜ30≤	
È»
DR-000004-20	DR-000004DR-000004-INV-003"CRED-011(Ä¿î•Ü30ÇÖ
DR-000004-PLAN-20È
È¿|GBP
È	¿|GBP
È
¿|GBP
È¿|GBP
È√|GBPº
DR-000008-12	DR-000008DR-000008-INV-004"CRED-008(≤¿î•Ü30R{
INV-000008-004	£û$EURÈ"È0:Company 000008B8 rue de la R√©publiqueB
69008 LyonJdr-000008@example.comb
DR-000022-20	DR-000022DR-000022-INV-004"CRED-002(‰¿î•Ü30r!È"reminder-4-warningh
DR-000025-11	DR-000025DR-000025-INV-002"CRED-009(ñ¡î•Ü30Z'
DR-000025-PAY-2	°ø/EURÈ g
DR-000038-12	DR-000038DR-000038-INV-002"CRED-006(»¡î•Ü30Z&
DR-000038-PAY-2˙vEURÈ `
DR-000042-18	DR-000042DR-000042-INV-004"CRED-004(˙¡î•Ü30rÈ"reminder-2-phonea
DR-000047-19	DR-000047DR-000047-INV-003"CRED-008(¨¬î•Ü30r È"reminder-3-letter`
DR-000058-25	DR-000058DR-000058-INV-004"CRED-010(ﬁ¬î•Ü30rÈ"reminder-1-email`
DR-000072-16	DR-000072DR-000072-INV-003"CRED-003(ê√î•Ü30rÈ"reminder-1-emailg
DR-000095-7	DR-000095DR-000095-INV-003"CRED-007(¬√î•Ü30Z'
DR-000095-PAY-3	Æ›EURÈ æ
DR-000117-5	DR-000117DR-000117-INV-003"CRED-009(Ù√î•Ü30R~
INV-000117-003	”£EURÈ"È0:Customer 000117B117 rue de la R√©publiqueB
69009 LyonJdr-000117@example.comΩ
DR-000146-8	DR-000146DR-000146-INV-004"CRED-005(¶ƒî•Ü30R}
INV-000146-004	ÛÌ%EURÈ"È	0:Company 000146B146 rue de la R√©publiqueB
69002 LyonJdr-000146@example.com%
day-2025-08-01(òà–¿Ü30≤	
È^
DR-000014-4	DR-000014DR-000014-INV-002"CRED-001(Ä¯≠ŒÜ30rÈ"courtesy-reminderg
DR-000023-6	DR-000023DR-000023-INV-003"CRED-007(≤¯≠ŒÜ30Z'
DR-000023-PAY-3	ßÉEURÈ _
DR-000027-8	DR-000027DR-000027-INV-002"CRED-003(‰¯≠ŒÜ30rÈ"reminder-1-email`
DR-000059-15	DR-000059DR-000059-INV-003"CRED-007(ñ˘≠ŒÜ30rÈ"reminder-1-emailæ
DR-000072-17	DR-000072DR-000072-INV-004"CRED-003(»˘≠ŒÜ30R}
INV-000072-004
ó∞≥GBPÈ"È	0:Company 000072B72 rue de la R√©publiqueB
69009 LyonJdr-000072@example.coms
DR-000080-14	DR-000080DR-000080-INV-004"CRED-010(˙˘≠ŒÜ30ä1
billing error on some lines	’øEURÈ]
DR-000096-18	DR-000096DR-000096-INV-003"CRED-004(¨˙≠ŒÜ30rÈ"formal-noticeg
DR-000109-7	DR-000109DR-000109-INV-003"CRED-011(ﬁ˙≠ŒÜ30Z'
DR-000109-PAY-3	åÏYEURÈ `
DR-000114-10	DR-000114DR-000114-INV-002"CRED-001(ê˚≠ŒÜ30rÈ"reminder-2-phoneb
DR-000126-19	DR-000126DR-000126-INV-003"CRED-001(¬˚≠ŒÜ30r!È"reminder-4-warningg
DR-000131-6	DR-000131DR-000131-INV-003"CRED-006(Ù˚≠ŒÜ30Z'
DR-000131-PAY-3	Æ¿EURÈ Ω
DR-000149-8	DR-000149DR-000149-INV-004"CRED-001(¶¸≠ŒÜ30R}
INV-000149-004	œ˛EURÈ"È	0:Company 000149B149 rue de la R√©publiqueB
69005 LyonJdr-000149@example.com%
day-2025-08-02(ò¿ÈÈÜ30≤	
Èº
DR-000017-7	DR-000017DR-000017-INV-004"CRED-011(Ä∞«˜Ü30R|
INV-000017-004	´≠USDÈ"È	0:Company 000017B17 rue de la R√©publiqueB
69008 LyonJdr-000017@example.comæ
DR-000018-15	DR-000018DR-000018-INV-003"CRED-004(≤∞«˜Ü30R}
INV-000018-003	ﬂáEURÈ"È	0:Customer 000018B18 rue de la R√©publiqueB
69009 LyonJdr-000018@example.comΩ
DR-000031-13	DR-000031DR-000031-INV-003"CRED-004(‰∞«˜Ü30R|
INV-000031-003	º∏ EURÈ"È
0:Company 000031B31 rue de la R√©publiqueB
69004 LyonJdr-000031@example.com`
DR-000046-11	DR-000046DR-000046-INV-003"CRED-007(ñ±«˜Ü30rÈ"reminder-2-phoneº
DR-000077-7	DR-000077DR-000077-INV-004"CRED-010(»±«˜Ü30R|
INV-000077-004	óπEURÈ"È	0:Company 000077B77 rue de la R√©publiqueB
69005 LyonJdr-000077@example.com\
DR-000091-9	DR-000091DR-000091-INV-002"CRED-009(˙±«˜Ü30rÈ"formal-noticeg
DR-000100-9	DR-000100DR-000100-INV-004"CRED-008(¨≤«˜Ü30Z'
DR-000100-PAY-4	ÍEURÈ a
DR-000102-14	DR-000102DR-000102-INV-003"CRED-011(ﬁ≤«˜Ü30r È"reminder-3-letterä
DR-000114-11	DR-000114DR-000114-INV-002"CRED-001(ê≥«˜Ü30ÇH
DR-000114-PLAN-11È
È	Ã¥EUR
È	
	Õ¥EUR_
DR-000141-16	DR-000141DR-000141-INV-003"CRED-005(¬≥«˜Ü30rÈ"courtesy-reminder%
day-2025-08-03(ò¯Çìá30≤	
Èe
DR-000022-21	DR-000022DR-000022-INV-005"CRED-002(ÄË‡†á30j$
DR-000022-CN-21´OEURÈ`
DR-000024-16	DR-000024DR-000024-INV-003"CRED-001(≤Ë‡†á30rÈ"reminder-2-phone^
DR-000024-17	DR-000024DR-000024-INV-003"CRED-001(‰Ë‡†á30z
	∏ˇEURÈÈ`
DR-000043-18	DR-000043DR-000043-INV-003"CRED-003(ñÈ‡†á30rÈ"reminder-1-email`
DR-000049-19	DR-000049DR-000049-INV-003"CRED-004(»È‡†á30rÈ"reminder-1-email]
DR-000071-22	DR-000071DR-000071-INV-003"CRED-008(˙È‡†á30rÈ"formal-noticeb
DR-000083-14	DR-000083DR-000083-INV-003"CRED-010(¨Í‡†á30r!È"reminder-4-warningf
DR-000085-7	DR-000085DR-000085-INV-003"CRED-005(ﬁÍ‡†á30Z&
DR-000085-PAY-3ërGBPÈ h
DR-000088-24	DR-000088DR-000088-INV-002"CRED-006(êÎ‡†á30Z'
DR-000088-PAY-7	ÙíEURÈ `
DR-000088-25	DR-000088DR-000088-INV-004"CRED-010(¬Î‡†á30rÈ"reminder-1-email]
DR-000090-17	DR-000090DR-000090-INV-003"CRED-002(ÙÎ‡†á30rÈ"formal-noticeΩ
DR-000113-8	DR-000113DR-000113-INV-003"CRED-010(¶Ï‡†á30R}
INV-000113-003	≤ÿEURÈ"È	0:Company 000113B113 rue de la R√©publiqueB
69005 LyonJdr-000113@example.comg
DR-000135-6	DR-000135DR-000135-INV-003"CRED-008(ÿÏ‡†á30Z'
DR-000135-PAY-3	ÆﬁEURÈ ^
DR-000136-6	DR-000136DR-000136-INV-003"CRED-012(äÌ‡†á30rÈ"courtesy-reminder%
day-2025-08-04(ò∞úºá30≤	
Èh
DR-000039-16	DR-000039DR-000039-INV-004"CRED-006(Ä†˙…á30Z'
DR-000039-PAY-4	≈ˇGBPÈ a
DR-000042-19	DR-000042DR-000042-INV-004"CRED-004(≤†˙…á30r È"reminder-3-letterh
DR-000043-19	DR-000043DR-000043-INV-003"CRED-003(‰†˙…á30Z'
DR-000043-PAY-6	óÅEURÈ `
DR-000075-17	DR-000075DR-000075-INV-003"CRED-004(ñ°˙…á30rÈ"reminder-1-emaili
DR-000080-15	DR-000080DR-000080-INV-005"CRED-010(»°˙…á30Z(
DR-000080-PAY-4
ﬂÅÖEURÈ ]
DR-000081-13	DR-000081DR-000081-INV-002"CRED-005(˙°˙…á30rÈ"formal-noticea
DR-000094-17	DR-000094DR-000094-INV-003"CRED-004(¨¢˙…á30r È"reminder-3-letterÃ
DR-000100-10	DR-000100DR-000100-INV-005"CRED-008(ﬁ¢˙…á30Rä
INV-000100-005ªWEURÈ"È	*
Èﬂ0:Company 000100B100 rue de la R√©publiqueB
69001 LyonJdr-000100@example.come
DR-000111-10	DR-000111DR-000111-INV-003"CRED-010(ê£˙…á30j$
DR-000111-CN-10√EURÈf
DR-000136-7	DR-000136DR-000136-INV-003"CRED-012(¬£˙…á30Z&
DR-000136-PAY-3œJEURÈ %
day-2025-08-05(òËµÂá30≤	
ÈΩ
DR-000011-15	DR-000011DR-000011-INV-004"CRED-004(ÄÿìÛá30R|
INV-000011-004	ˇ EURÈ"È
0:Company 000011B11 rue de la R√©publiqueB
69002 LyonJdr-000011@example.com`
DR-000012-18	DR-000012DR-000012-INV-003"CRED-002(≤ÿìÛá30rÈ"reminder-2-phoneh
DR-000020-11	DR-000020DR-000020-INV-001"CRED-004(‰ÿìÛá30Z'
DR-000020-PAY-2	¿÷EURÈ g
DR-000028-9	DR-000028DR-000028-INV-003"CRED-005(ñŸìÛá30Z'
DR-000028-PAY-3	ìàEURÈ g
DR-000100-11	DR-000100DR-000100-INV-005"CRED-008(»ŸìÛá30Z&
DR-000100-PAY-5‹UEURÈ h
DR-000103-20	DR-000103DR-000103-INV-003"CRED-009(˙ŸìÛá30Z'
DR-000103-PAY-3	∑Œ0EURÈ `
DR-000107-16	DR-000107DR-000107-INV-003"CRED-011(¨⁄ìÛá30rÈ"reminder-1-emailΩ
DR-000139-5	DR-000139DR-000139-INV-003"CRED-003(ﬁ⁄ìÛá30R}
INV-000139-003	ú¡'USDÈ"È
0:Company 000139B139 rue de la R√©publiqueB
69004 LyonJdr-000139@example.com%
day-2025-08-06(ò†œéà30≤	
È`
DR-000011-16	DR-000011DR-000011-INV-003"CRED-003(Äê≠úà30rÈ"reminder-1-emailg
DR-000027-9	DR-000027DR-000027-INV-002"CRED-003(≤ê≠úà30Z'
DR-000027-PAY-2	˚ûEURÈ h
DR-000044-21	DR-000044DR-000044-INV-003"CRED-006(‰ê≠úà30Z'
DR-000044-PAY-5	éΩ&EURÈ Ω
DR-000061-24	DR-000061DR-000061-INV-005"CRED-007(ñë≠úà30R|
INV-000061-005	¸é(EURÈ"È	0:Company 000061B61 rue de la R√©publiqueB
69007 LyonJdr-000061@example.comº
DR-000067-11	DR-000067DR-000067-INV-003"CRED-002(»ë≠úà30R{
INV-000067-003πIEURÈ"È	0:Company 000067B67 rue de la R√©publiqueB
69004 LyonJdr-000067@example.comh
DR-000072-18	DR-000072DR-000072-INV-002"CRED-003(˙ë≠úà30Z'
DR-000072-PAY-2	πÃGBPÈ a
DR-000103-21	DR-000103DR-000103-INV-003"CRED-009(¨í≠úà30r È"reminder-3-letterø
DR-000104-12	DR-000104DR-000104-INV-003"CRED-003(ﬁí≠úà30R~
INV-000104-003	øÅEURÈ"È	0:Customer 000104B104 rue de la R√©publiqueB
69005 LyonJdr-000104@example.comæ
DR-000121-25	DR-000121DR-000121-INV-005"CRED-003(êì≠úà30R}
INV-000121-005	øø8USDÈ"È	0:Company 000121B121 rue de la R√©publiqueB
69004 LyonJdr-000121@example.com%
day-2025-08-07(òÿË∑à30≤	
Èg
DR-000002-7	DR-000002DR-000002-INV-004"CRED-004(Ä»∆≈à30Z'
DR-000002-PAY-3	Ö„$EURÈ ]
DR-000036-10	DR-000036DR-000036-INV-002"CRED-010(≤»∆≈à30rÈ"formal-noticeg
DR-000048-7	DR-000048DR-000048-INV-003"CRED-005(‰»∆≈à30Z'
DR-000048-PAY-2	ÚÖEURÈ `
DR-000058-26	DR-000058DR-000058-INV-004"CRED-010(ñ…∆≈à30rÈ"reminder-2-phone`
DR-000061-25	DR-000061DR-000061-INV-004"CRED-007(»…∆≈à30rÈ"reminder-1-emailr
DR-000061-26	DR-000061DR-000061-INV-004"CRED-007(˙…∆≈à30ä0
billing error on some lines∞6EURÈ`
DR-000072-19	DR-000072DR-000072-INV-003"CRED-003(¨ ∆≈à30rÈ"reminder-2-phone^
DR-000072-20	DR-000072DR-000072-INV-003"CRED-003(ﬁ ∆≈à30z
	Œ’'GBPÈÈΩ
DR-000096-19	DR-000096DR-000096-INV-004"CRED-004(êÀ∆≈à30R|
INV-000096-004	ã™EURÈ"È	0:Company 000096B96 rue de la R√©publiqueB
69006 LyonJdr-000096@example.com_
DR-000102-15	DR-000102DR-000102-INV-004"CRED-011(¬À∆≈à30rÈ"courtesy-reminder\
DR-000113-9	DR-000113DR-000113-INV-002"CRED-010(ÙÀ∆≈à30rÈ"formal-noticeh
DR-000114-12	DR-000114DR-000114-INV-002"CRED-001(¶Ã∆≈à30Z'
DR-000114-PAY-2	Ã¥EURÈ `
DR-000121-26	DR-000121DR-000121-INV-004"CRED-003(ÿÃ∆≈à30rÈ"reminder-1-emailæ
DR-000141-17	DR-000141DR-000141-INV-004"CRED-005(äÕ∆≈à30R}
INV-000141-004	ëΩUSDÈ"È	0:Company 000141B141 rue de la R√©publiqueB
69006 LyonJdr-000141@example.com%
day-2025-08-08(òêÇ·à30≤	
È_
DR-000006-9	DR-000006DR-000006-INV-003"CRED-011(ÄÄ‡Óà30rÈ	"reminder-1-email`
DR-000059-16	DR-000059DR-000059-INV-003"CRED-007(≤Ä‡Óà30rÈ	"reminder-2-phoneg
DR-000063-22	DR-000063DR-000063-INV-003"CRED-001(‰Ä‡Óà30Z&
DR-000063-PAY-8ŸcGBPÈ	 `
DR-000076-21	DR-000076DR-000076-INV-003"CRED-008(ñÅ‡Óà30rÈ	"reminder-1-emailb
DR-000092-16	DR-000092DR-000092-INV-003"CRED-007(»Å‡Óà30r!È	"reminder-4-warningæ
DR-000120-5	DR-000120DR-000120-INV-003"CRED-006(˙Å‡Óà30R~
INV-000120-003	êÃEURÈ	"È	0:Customer 000120B120 rue de la R√©publiqueB
69003 LyonJdr-000120@example.comø
DR-000129-23	DR-000129DR-000129-INV-004"CRED-008(¨Ç‡Óà30R~
INV-000129-004	á•EURÈ	"È	0:Customer 000129B129 rue de la R√©publiqueB
69003 LyonJdr-000129@example.com^
DR-000142-6	DR-000142DR-000142-INV-003"CRED-004(ﬁÇ‡Óà30rÈ	"courtesy-reminderæ
DR-000150-25	DR-000150DR-000150-INV-005"CRED-002(êÉ‡Óà30R}
INV-000150-005	ÖÊCHFÈ	"È
0:Company 000150B150 rue de la R√©publiqueB
69006 LyonJdr-000150@example.com%
day-2025-08-09(ò»õäâ30≤	
È	Ω
DR-000012-19	DR-000012DR-000012-INV-004"CRED-002(Ä∏˘óâ30R|
INV-000012-004	©ÜyCHFÈ
"È
	0:Company 000012B12 rue de la R√©publiqueB
69003 LyonJdr-000012@example.coma
DR-000046-12	DR-000046DR-000046-INV-003"CRED-007(≤∏˘óâ30r È
"reminder-3-letterb
DR-000047-20	DR-000047DR-000047-INV-003"CRED-008(‰∏˘óâ30r!È
"reminder-4-warningh
DR-000058-27	DR-000058DR-000058-INV-003"CRED-010(ñπ˘óâ30Z'
DR-000058-PAY-6	‹ÁEURÈ
 `
DR-000063-23	DR-000063DR-000063-INV-003"CRED-001(»π˘óâ30rÈ
"reminder-1-emailΩ
DR-000066-16	DR-000066DR-000066-INV-003"CRED-009(˙π˘óâ30R|
INV-000066-003	¥⁄,EURÈ
"È		0:Company 000066B66 rue de la R√©publiqueB
69003 LyonJdr-000066@example.comh
DR-000083-15	DR-000083DR-000083-INV-003"CRED-010(¨∫˘óâ30Z'
DR-000083-PAY-3	—ªEURÈ
 g
DR-000108-9	DR-000108DR-000108-INV-003"CRED-003(ﬁ∫˘óâ30Z'
DR-000108-PAY-3	ÓπEURÈ
 h
DR-000111-11	DR-000111DR-000111-INV-003"CRED-010(êª˘óâ30Z'
DR-000111-PAY-3	©ªEURÈ
 `
DR-000113-10	DR-000113DR-000113-INV-003"CRED-010(¬ª˘óâ30ä
goods not deliveredÈ
^
DR-000134-9	DR-000134DR-000134-INV-002"CRED-010(Ùª˘óâ30rÈ
"courtesy-reminder%
day-2025-08-10(òÄµ≥â30≤	
È
`
DR-000013-24	DR-000013DR-000013-INV-004"CRED-005(Äí¡â30rÈ"reminder-1-emailh
DR-000024-18	DR-000024DR-000024-INV-003"CRED-001(≤í¡â30Z'
DR-000024-PAY-3	∏ˇEURÈ ]
DR-000032-22	DR-000032DR-000032-INV-003"CRED-009(‰í¡â30rÈ"formal-notice`
DR-000049-20	DR-000049DR-000049-INV-003"CRED-004(ñÒí¡â30rÈ"reminder-2-phone`
DR-000049-21	DR-000049DR-000049-INV-003"CRED-004(»Òí¡â30ä
goods not deliveredÈ`
DR-000088-26	DR-000088DR-000088-INV-004"CRED-010(˙Òí¡â30rÈ"reminder-2-phoneæ
DR-000119-11	DR-000119DR-000119-INV-006"CRED-009(¨Úí¡â30R}
INV-000119-006	ÙﬁEURÈ"È	0:Company 000119B119 rue de la R√©publiqueB
69002 LyonJdr-000119@example.comg
DR-000143-19	DR-000143DR-000143-INV-002"CRED-005(ﬁÚí¡â30Z&
DR-000143-PAY-8¢YEURÈ %
day-2025-08-11(ò∏Œ‹â30≤	
È`
DR-000010-18	DR-000010DR-000010-INV-003"CRED-009(Ä®¨Íâ30rÈ"reminder-1-email_
DR-000014-5	DR-000014DR-000014-INV-002"CRED-001(≤®¨Íâ30rÈ"reminder-1-emailh
DR-000036-11	DR-000036DR-000036-INV-002"CRED-010(‰®¨Íâ30Z'
DR-000036-PAY-2	⁄¨EURÈ ]
DR-000069-22	DR-000069DR-000069-INV-003"CRED-003(ñ©¨Íâ30rÈ"formal-noticeh
DR-000069-23	DR-000069DR-000069-INV-003"CRED-003(»©¨Íâ30Z'
DR-000069-PAY-2	‡æ
GBPÈ `
DR-000075-18	DR-000075DR-000075-INV-003"CRED-004(˙©¨Íâ30rÈ"reminder-2-phone^
DR-000075-19	DR-000075DR-000075-INV-003"CRED-004(¨™¨Íâ30z
	ó§EURÈÈb
DR-000102-16	DR-000102DR-000102-INV-003"CRED-011(ﬁ™¨Íâ30r!È"reminder-4-warningi
DR-000113-11	DR-000113DR-000113-INV-002"CRED-010(ê´¨Íâ30Z(
DR-000113-PAY-2
éé˛EURÈ ø
DR-000124-20	DR-000124DR-000124-INV-004"CRED-011(¬´¨Íâ30R~
INV-000124-004
∫´ëEURÈ"È	0:Company 000124B124 rue de la R√©publiqueB
69007 LyonJdr-000124@example.comg
DR-000137-9	DR-000137DR-000137-INV-004"CRED-001(Ù´¨Íâ30Z'
DR-000137-PAY-4	¿ÜUSDÈ g
DR-000142-7	DR-000142DR-000142-INV-003"CRED-004(¶¨¨Íâ30Z'
DR-000142-PAY-3	ÍˇEURÈ æ
DR-000145-16	DR-000145DR-000145-INV-005"CRED-007(ÿ¨¨Íâ30R}
INV-000145-005	Ä¬EURÈ"È	0:Company 000145B145 rue de la R√©publiqueB
69001 LyonJdr-000145@example.com%
day-2025-08-12(òÁÖä30≤	
Èa
DR-000012-20	DR-000012DR-000012-INV-003"CRED-002(Ä‡≈ìä30r È"reminder-3-letterh
DR-000042-20	DR-000042DR-000042-INV-004"CRED-004(≤‡≈ìä30Z'
DR-000042-PAY-6	≤âEURÈ Ã
DR-000062-15	DR-000062DR-000062-INV-004"CRED-012(‰‡≈ìä30Rä
INV-000062-004	≠…	EURÈ"È	*
È¿0:Company 000062B62 rue de la R√©publiqueB
69008 LyonJdr-000062@example.comh
DR-000101-8	DR-000101DR-000101-INV-003"CRED-002(ñ·≈ìä30Z(
DR-000101-PAY-2
˛™•CHFÈ `
DR-000107-17	DR-000107DR-000107-INV-003"CRED-011(»·≈ìä30rÈ"reminder-2-phone]
DR-000129-24	DR-000129DR-000129-INV-003"CRED-008(˙·≈ìä30rÈ"formal-notice`
DR-000141-18	DR-000141DR-000141-INV-003"CRED-005(¨‚≈ìä30rÈ"reminder-1-email%
day-2025-08-13(ò®ÅØä30≤	
Èª
DR-000003-5	DR-000003DR-000003-INV-003"CRED-011(Äòﬂºä30R{
INV-000003-003	˚¡EURÈ"È	0:Company 000003B3 rue de la R√©publiqueB
69003 LyonJdr-000003@example.com`
DR-000011-17	DR-000011DR-000011-INV-003"CRED-003(≤òﬂºä30rÈ"reminder-2-phone^
DR-000011-18	DR-000011DR-000011-INV-003"CRED-003(‰òﬂºä30z
	ˇ¬EURÈÈg
DR-000016-7	DR-000016DR-000016-INV-003"CRED-008(ñôﬂºä30Z'
DR-000016-PAY-3	 °EURÈ b
DR-000094-18	DR-000094DR-000094-INV-003"CRED-004(»ôﬂºä30r!È"reminder-4-warning%
day-2025-08-14(ò‡öÿä30≤	
Èg
DR-000037-9	DR-000037DR-000037-INV-004"CRED-010(Ä–¯Âä30Z'
DR-000037-PAY-4	›«EURÈ a
DR-000058-28	DR-000058DR-000058-INV-004"CRED-010(≤–¯Âä30r È"reminder-3-letterg
DR-000088-27	DR-000088DR-000088-INV-003"CRED-006(‰–¯Âä30Z&
DR-000088-PAY-8ø:EURÈ g
DR-000105-24	DR-000105DR-000105-INV-003"CRED-004(ñ—¯Âä30Z&
DR-000105-PAY-9–/EURÈ `
DR-000121-27	DR-000121DR-000121-INV-004"CRED-003(»—¯Âä30rÈ"reminder-2-phoneæ
DR-000133-11	DR-000133DR-000133-INV-003"CRED-010(˙—¯Âä30R}
INV-000133-003	Õ€EURÈ"È	0:Company 000133B133 rue de la R√©publiqueB
69007 LyonJdr-000133@example.com%
day-2025-08-15(òò¥Åã30≤	
È`
DR-000006-10	DR-000006DR-000006-INV-003"CRED-011(Äàíèã30rÈ"reminder-2-phone]
DR-000006-11	DR-000006DR-000006-INV-003"CRED-011(≤àíèã30z
ÂEURÈÈΩ
DR-000019-15	DR-000019DR-000019-INV-004"CRED-003(‰àíèã30R|
INV-000019-004	à›EURÈ"È
0:Company 000019B19 rue de la R√©publiqueB
69001 LyonJdr-000019@example.com]
DR-000022-22	DR-000022DR-000022-INV-004"CRED-002(ñâíèã30rÈ"formal-noticeΩ
DR-000042-21	DR-000042DR-000042-INV-005"CRED-004(»âíèã30R|
INV-000042-005	‹‘EURÈ"È	0:Company 000042B42 rue de la R√©publiqueB
69006 LyonJdr-000042@example.com`
DR-000055-18	DR-000055DR-000055-INV-004"CRED-003(˙âíèã30rÈ"reminder-1-emaila
DR-000059-17	DR-000059DR-000059-INV-003"CRED-007(¨äíèã30r È"reminder-3-letter`
DR-000076-22	DR-000076DR-000076-INV-003"CRED-008(ﬁäíèã30rÈ"reminder-2-phone_
DR-000086-13	DR-000086DR-000086-INV-003"CRED-005(êãíèã30rÈ"courtesy-reminderb
DR-000103-22	DR-000103DR-000103-INV-003"CRED-009(¬ãíèã30r!È"reminder-4-warningæ
DR-000125-19	DR-000125DR-000125-INV-004"CRED-007(Ùãíèã30R}
INV-000125-004	˝ÇEURÈ"È
0:Company 000125B125 rue de la R√©publiqueB
69008 LyonJdr-000125@example.com%
day-2025-08-16(ò–Õ™ã30≤	
Èh
DR-000004-21	DR-000004DR-000004-INV-001"CRED-011(Ä¿´∏ã30Z'
DR-000004-PAY-2	ÁΩGBPÈ h
DR-000010-19	DR-000010DR-000010-INV-003"CRED-009(≤¿´∏ã30Z'
DR-000010-PAY-4	À…,EURÈ º
DR-000014-6	DR-000014DR-000014-INV-003"CRED-001(‰¿´∏ã30R|
INV-000014-003›?CHFÈ"È	0:Customer 000014B14 rue de la R√©publiqueB
69005 LyonJdr-000014@example.comΩ
DR-000030-12	DR-000030DR-000030-INV-004"CRED-003(ñ¡´∏ã30R|
INV-000030-004	åÎUSDÈ"È
0:Company 000030B30 rue de la R√©publiqueB
69003 LyonJdr-000030@example.com`
DR-000063-24	DR-000063DR-000063-INV-003"CRED-001(»¡´∏ã30rÈ"reminder-2-phoneh
DR-000088-28	DR-000088DR-000088-INV-004"CRED-010(˙¡´∏ã30Z'
DR-000088-PAY-9	ÛëEURÈ Z
DR-000126-20	DR-000126DR-000126-INV-001"CRED-001(¨¬´∏ã30™
Èuncollectable]
DR-000126-21	DR-000126DR-000126-INV-003"CRED-001(ﬁ¬´∏ã30rÈ"formal-noticef
DR-000150-26	DR-000150DR-000150-INV-005"CRED-002(ê√´∏ã30j%
DR-000150-CN-26	ÆëCHFÈh
DR-000150-27	DR-000150DR-000150-INV-003"CRED-002(¬√´∏ã30Z'
DR-000150-PAY-7	†ùCHFÈ %
day-2025-08-17(òàÁ”ã30≤	
ÈZ
DR-000012-21	DR-000012DR-000012-INV-001"CRED-002(Ä¯ƒ·ã30™
Èuncollectable`
DR-000013-25	DR-000013DR-000013-INV-004"CRED-005(≤¯ƒ·ã30rÈ"reminder-2-phone^
DR-000013-26	DR-000013DR-000013-INV-004"CRED-005(‰¯ƒ·ã30z
	∆≥3EURÈÈg
DR-000040-13	DR-000040DR-000040-INV-002"CRED-007(ñ˘ƒ·ã30Z&
DR-000040-PAY-3ˇ7EURÈ Õ
DR-000058-29	DR-000058DR-000058-INV-004"CRED-010(»˘ƒ·ã30Çä
DR-000058-PLAN-29È
È		Æ≤EUR
È
	Æ≤EUR
È	Æ≤EUR
È	Æ≤EUR
Í	±≤EURS
DR-000071-23	DR-000071DR-000071-INV-003"CRED-008(˙˘ƒ·ã30ö
AGY-02Èa
DR-000088-29	DR-000088DR-000088-INV-004"CRED-010(¨˙ƒ·ã30r È"reminder-3-letter`
DR-000102-17	DR-000102DR-000102-INV-004"CRED-011(ﬁ˙ƒ·ã30rÈ"reminder-1-email%
day-2025-08-18(ò¿Ä˝ã30≤	
ÈΩ
DR-000004-22	DR-000004DR-000004-INV-004"CRED-011(Ä∞ﬁäå30R|
INV-000004-004
ƒŒÅGBPÈ"È	0:Company 000004B4 rue de la R√©publiqueB
69004 LyonJdr-000004@example.comg
DR-000004-23	DR-000004DR-000004-INV-003"CRED-011(≤∞ﬁäå30Z&
DR-000004-PAY-3¿|GBPÈ _
DR-000014-7	DR-000014DR-000014-INV-002"CRED-001(‰∞ﬁäå30rÈ"reminder-2-phoneh
DR-000022-23	DR-000022DR-000022-INV-005"CRED-002(ñ±ﬁäå30Z'
DR-000022-PAY-4	∞ÁEURÈ b
DR-000046-13	DR-000046DR-000046-INV-003"CRED-007(»±ﬁäå30r!È"reminder-4-warningh
DR-000071-24	DR-000071DR-000071-INV-001"CRED-008(˙±ﬁäå30Z'
DR-000071-PAY-1	Ûõ!EURÈ a
DR-000072-21	DR-000072DR-000072-INV-003"CRED-003(¨≤ﬁäå30r È"reminder-3-letterΩ
DR-000090-18	DR-000090DR-000090-INV-004"CRED-002(ﬁ≤ﬁäå30R|
INV-000090-004	—ˇGBPÈ"È	0:Company 000090B90 rue de la R√©publiqueB
69009 LyonJdr-000090@example.com_
DR-000126-22	DR-000126DR-000126-INV-004"CRED-001(ê≥ﬁäå30rÈ"courtesy-reminderg
DR-000143-20	DR-000143DR-000143-INV-003"CRED-005(¬≥ﬁäå30Z&
DR-000143-PAY-9ÉEURÈ %
day-2025-08-19(ò¯ô¶å30≤	
ÈZ
DR-000008-13	DR-000008DR-000008-INV-001"CRED-008(ÄË˜≥å30™
ÈuncollectableΩ
DR-000070-12	DR-000070DR-000070-INV-004"CRED-003(≤Ë˜≥å30R|
INV-000070-004	“„EURÈ"È	0:Company 000070B70 rue de la R√©publiqueB
69007 LyonJdr-000070@example.comh
DR-000105-25	DR-000105DR-000105-INV-001"CRED-004(‰Ë˜≥å30Z'
DR-000105-PAY-10Ù)EURÈ a
DR-000107-18	DR-000107DR-000107-INV-003"CRED-011(ñÈ˜≥å30r È"reminder-3-letterh
DR-000112-12	DR-000112DR-000112-INV-005"CRED-001(»È˜≥å30Z'
DR-000112-PAY-5	÷¸EURÈ `
DR-000134-10	DR-000134DR-000134-INV-002"CRED-010(˙È˜≥å30rÈ"reminder-1-email`
DR-000141-19	DR-000141DR-000141-INV-003"CRED-005(¨Í˜≥å30rÈ"reminder-2-phoneh
DR-000141-20	DR-000141DR-000141-INV-003"CRED-005(ﬁÍ˜≥å30Z'
DR-000141-PAY-3	ã˝USDÈ %
day-2025-08-20(ò∞≥œå30≤	
Èæ
DR-000028-10	DR-000028DR-000028-INV-004"CRED-005(Ä†ë›å30R}
INV-000028-004	¯ÑEURÈ"È	0:Customer 000028B28 rue de la R√©publiqueB
69001 LyonJdr-000028@example.comM
DR-000061-27	DR-000061DR-000061-INV-004"CRED-007(≤†ë›å30íÈÕ
DR-000075-20	DR-000075DR-000075-INV-005"CRED-004(‰†ë›å30Rã
INV-000075-005	·πmEURÈ"È
*
Èòò0:Company 000075B75 rue de la R√©publiqueB
69003 LyonJdr-000075@example.com`
DR-000081-14	DR-000081DR-000081-INV-003"CRED-005(ñ°ë›å30rÈ"reminder-1-emailæ
DR-000093-17	DR-000093DR-000093-INV-004"CRED-008(»°ë›å30R}
INV-000093-004
∂•áEURÈ"È	0:Company 000093B93 rue de la R√©publiqueB
69003 LyonJdr-000093@example.com^
DR-000127-7	DR-000127DR-000127-INV-003"CRED-012(˙°ë›å30rÈ"courtesy-reminder%
day-2025-08-21(òËÃ¯å30≤	
Èb
DR-000012-22	DR-000012DR-000012-INV-003"CRED-002(Äÿ™Üç30r!È"reminder-4-warningæ
DR-000021-14	DR-000021DR-000021-INV-004"CRED-001(≤ÿ™Üç30R}
INV-000021-004
à–äEURÈ"È	0:Company 000021B21 rue de la R√©publiqueB
69003 LyonJdr-000021@example.com_
DR-000026-7	DR-000026DR-000026-INV-002"CRED-004(‰ÿ™Üç30rÈ"reminder-1-emailº
DR-000060-7	DR-000060DR-000060-INV-003"CRED-010(ñŸ™Üç30R|
INV-000060-003Ì;EURÈ"È	0:Customer 000060B60 rue de la R√©publiqueB
69006 LyonJdr-000060@example.com`
DR-000061-28	DR-000061DR-000061-INV-004"CRED-007(»Ÿ™Üç30rÈ"reminder-2-phone`
DR-000074-15	DR-000074DR-000074-INV-003"CRED-007(˙Ÿ™Üç30rÈ"reminder-1-email`
DR-000091-10	DR-000091DR-000091-INV-003"CRED-009(¨⁄™Üç30rÈ"reminder-1-emaila
DR-000121-28	DR-000121DR-000121-INV-004"CRED-003(ﬁ⁄™Üç30r È"reminder-3-letterh
DR-000150-28	DR-000150DR-000150-INV-005"CRED-002(ê€™Üç30Z'
DR-000150-PAY-8	◊‘CHFÈ %
day-2025-08-22(ò†Ê°ç30≤	
Èg
DR-000006-12	DR-000006DR-000006-INV-003"CRED-011(ÄêƒØç30Z&
DR-000006-PAY-3ÂEURÈ `
DR-000008-14	DR-000008DR-000008-INV-003"CRED-008(≤êƒØç30rÈ"reminder-1-emailΩ
DR-000035-10	DR-000035DR-000035-INV-005"CRED-010(‰êƒØç30R|
INV-000035-005	«∂EURÈ"È
0:Company 000035B35 rue de la R√©publiqueB
69008 LyonJdr-000035@example.comÕ
DR-000037-10	DR-000037DR-000037-INV-005"CRED-010(ñëƒØç30Rã
INV-000037-005	”7EURÈ"È
*
È	Ωé0:Company 000037B37 rue de la R√©publiqueB
69001 LyonJdr-000037@example.comg
DR-000051-9	DR-000051DR-000051-INV-003"CRED-012(»ëƒØç30Z'
DR-000051-PAY-3	¿ë1EURÈ `
DR-000055-19	DR-000055DR-000055-INV-004"CRED-003(˙ëƒØç30rÈ"reminder-2-phone_
DR-000057-15	DR-000057DR-000057-INV-003"CRED-011(¨íƒØç30rÈ"courtesy-reminderh
DR-000059-18	DR-000059DR-000059-INV-003"CRED-007(ﬁíƒØç30Z'
DR-000059-PAY-3	È∆EURÈ a
DR-000061-29	DR-000061DR-000061-INV-004"CRED-007(êìƒØç30r È"reminder-3-letter`
DR-000068-21	DR-000068DR-000068-INV-005"CRED-001(¬ìƒØç30rÈ"reminder-1-emailh
DR-000075-21	DR-000075DR-000075-INV-004"CRED-004(ÙìƒØç30Z'
DR-000075-PAY-3	¥≥EURÈ a
DR-000076-23	DR-000076DR-000076-INV-003"CRED-008(¶îƒØç30r È"reminder-3-letterg
DR-000076-24	DR-000076DR-000076-INV-003"CRED-008(ÿîƒØç30Z&
DR-000076-PAY-6ÖJEURÈ L
DR-000115-7	DR-000115DR-000115-INV-003"CRED-005(äïƒØç30íÈg
DR-000116-6	DR-000116DR-000116-INV-003"CRED-010(ºïƒØç30Z'
DR-000116-PAY-3	ëÏEURÈ J
DR-000141-21	DR-000141"CRED-005(ÓïƒØç30b
DR-000141-PAY-3Èh
DR-000141-22	DR-000141DR-000141-INV-002"CRED-005(†ñƒØç30Z'
DR-000141-PAY-4	ÆòUSDÈ Œ
DR-000143-21	DR-000143DR-000143-INV-004"CRED-005(“ñƒØç30Rå
INV-000143-004	πÏeEURÈ"È	*
È	›Ñ0:Company 000143B143 rue de la R√©publiqueB
69008 LyonJdr-000143@example.com%
day-2025-08-23(òÿˇ ç30≤	
Èa
DR-000006-13	DR-000006DR-000006-INV-003"CRED-011(Ä»›ÿç30r È"reminder-3-letter\
DR-000015-21	DR-000015DR-000015-INV-003"CRED-008(≤»›ÿç30¢ÈRG-000015-003a
DR-000063-25	DR-000063DR-000063-INV-003"CRED-001(‰»›ÿç30r È"reminder-3-letterb
DR-000072-22	DR-000072DR-000072-INV-003"CRED-003(ñ…›ÿç30r!È"reminder-4-warning]
DR-000092-17	DR-000092DR-000092-INV-003"CRED-007(»…›ÿç30rÈ"formal-notice_
DR-000139-6	DR-000139DR-000139-INV-003"CRED-003(˙…›ÿç30ä
goods not deliveredÈg
DR-000140-9	DR-000140DR-000140-INV-004"CRED-003(¨ ›ÿç30Z'
DR-000140-PAY-4	óÊEURÈ %
day-2025-08-24(òêôÙç30≤	
Èf
DR-000026-8	DR-000026DR-000026-INV-002"CRED-004(ÄÄ˜Åé30Z&
DR-000026-PAY-2Ù=EURÈ h
DR-000037-11	DR-000037DR-000037-INV-005"CRED-010(≤Ä˜Åé30Z'
DR-000037-PAY-5	≥≈6EURÈ h
DR-000044-22	DR-000044DR-000044-INV-004"CRED-006(‰Ä˜Åé30Z'
DR-000044-PAY-6	Ì¶EURÈ ]
DR-000047-21	DR-000047DR-000047-INV-003"CRED-008(ñÅ˜Åé30rÈ"formal-notice_
DR-000052-11	DR-000052DR-000052-INV-003"CRED-007(»Å˜Åé30rÈ"courtesy-reminderº
DR-000056-6	DR-000056DR-000056-INV-003"CRED-001(˙Å˜Åé30R|
INV-000056-003	≤Â'EURÈ"È	0:Company 000056B56 rue de la R√©publiqueB
69002 LyonJdr-000056@example.com`
DR-000102-18	DR-000102DR-000102-INV-004"CRED-011(¨Ç˜Åé30rÈ"reminder-2-phone%
day-2025-08-25(ò»≤ùé30≤	
Èh
DR-000008-15	DR-000008DR-000008-INV-003"CRED-008(Ä∏ê´é30Z'
DR-000008-PAY-2	Îˆ/EURÈ `
DR-000014-8	DR-000014DR-000014-INV-002"CRED-001(≤∏ê´é30r È"reminder-3-letterΩ
DR-000025-12	DR-000025DR-000025-INV-003"CRED-009(‰∏ê´é30R|
INV-000025-003	‡ÇEURÈ"È
0:Company 000025B25 rue de la R√©publiqueB
69007 LyonJdr-000025@example.comº
DR-000065-7	DR-000065DR-000065-INV-004"CRED-012(ñπê´é30R|
INV-000065-004	Ÿ™EURÈ"È
0:Company 000065B65 rue de la R√©publiqueB
69002 LyonJdr-000065@example.coma
DR-000075-22	DR-000075DR-000075-INV-003"CRED-004(»πê´é30r È"reminder-3-letterh
DR-000081-15	DR-000081DR-000081-INV-002"CRED-005(˙πê´é30Z'
DR-000081-PAY-2	˘∆+USDÈ `
DR-000086-14	DR-000086DR-000086-INV-003"CRED-005(¨∫ê´é30rÈ"reminder-1-emailh
DR-000086-15	DR-000086DR-000086-INV-003"CRED-005(ﬁ∫ê´é30Z'
DR-000086-PAY-3	˘Ô9CHFÈ M
DR-000125-20	DR-000125DR-000125-INV-003"CRED-007(êªê´é30íÈ`
DR-000130-20	DR-000130DR-000130-INV-004"CRED-009(¬ªê´é30rÈ"reminder-1-email%
day-2025-08-26(òÄÃ∆é30≤	
Èh
DR-000032-23	DR-000032DR-000032-INV-003"CRED-009(Ä©‘é30Z'
DR-000032-PAY-3	çËEURÈ g
DR-000045-9	DR-000045DR-000045-INV-004"CRED-002(≤©‘é30Z'
DR-000045-PAY-4	≠ﬁEURÈ _
DR-000064-6	DR-000064DR-000064-INV-003"CRED-003(‰©‘é30rÈ"reminder-1-email_
DR-000078-19	DR-000078DR-000078-INV-004"CRED-011(ñÒ©‘é30rÈ"courtesy-reminderb
DR-000088-30	DR-000088DR-000088-INV-004"CRED-010(»Ò©‘é30r!È"reminder-4-warning]
DR-000102-19	DR-000102DR-000102-INV-003"CRED-011(˙Ò©‘é30rÈ"formal-notice`
DR-000134-11	DR-000134DR-000134-INV-002"CRED-010(¨Ú©‘é30rÈ"reminder-2-phonea
DR-000141-23	DR-000141DR-000141-INV-003"CRED-005(ﬁÚ©‘é30r È"reminder-3-letter%
day-2025-08-27(ò∏ÂÔé30≤	
È_
DR-000008-16	DR-000008DR-000008-INV-004"CRED-008(Ä®√˝é30rÈ"courtesy-remindera
DR-000013-27	DR-000013DR-000013-INV-004"CRED-005(≤®√˝é30r È"reminder-3-letterº
DR-000048-8	DR-000048DR-000048-INV-004"CRED-005(‰®√˝é30R|
INV-000048-004ÏGEURÈ"È	0:Customer 000048B48 rue de la R√©publiqueB
69003 LyonJdr-000048@example.comb
DR-000075-23	DR-000075DR-000075-INV-003"CRED-004(ñ©√˝é30r!È"reminder-4-warning`
DR-000081-16	DR-000081DR-000081-INV-003"CRED-005(»©√˝é30rÈ"reminder-2-phone^
DR-000081-17	DR-000081DR-000081-INV-003"CRED-005(˙©√˝é30z
	µ‚BUSDÈ	Èi
DR-000088-31	DR-000088DR-000088-INV-004"CRED-010(¨™√˝é30Z(
DR-000088-PAY-10	éÿEURÈ h
DR-000096-20	DR-000096DR-000096-INV-003"CRED-004(ﬁ™√˝é30Z'
DR-000096-PAY-3	©ü*EURÈ _
DR-000115-8	DR-000115DR-000115-INV-003"CRED-005(ê´√˝é30rÈ"reminder-1-emailΩ
DR-000122-6	DR-000122DR-000122-INV-003"CRED-009(¬´√˝é30R}
INV-000122-003ø1EURÈ"È
0:Customer 000122B122 rue de la R√©publiqueB
69005 LyonJdr-000122@example.comÕ
DR-000132-15	DR-000132DR-000132-INV-004"CRED-005(Ù´√˝é30Rã
INV-000132-004	Ω˚CHFÈ"È	*
È	É0:Company 000132B132 rue de la R√©publiqueB
69006 LyonJdr-000132@example.com%
day-2025-08-28(ò˛òè30≤	
Èº
DR-000041-6	DR-000041DR-000041-INV-004"CRED-009(Ä‡‹¶è30R|
INV-000041-004	Í¨(USDÈ"È
0:Company 000041B41 rue de la R√©publiqueB
69005 LyonJdr-000041@example.com`
DR-000074-16	DR-000074DR-000074-INV-003"CRED-007(≤‡‹¶è30rÈ"reminder-2-phonef
DR-000089-7	DR-000089DR-000089-INV-002"CRED-010(‰‡‹¶è30Z&
DR-000089-PAY-2˘[EURÈ `
DR-000091-11	DR-000091DR-000091-INV-003"CRED-009(ñ·‹¶è30rÈ"reminder-2-phone^
DR-000091-12	DR-000091DR-000091-INV-003"CRED-009(»·‹¶è30z
	÷·1EURÈ	
È]
DR-000094-19	DR-000094DR-000094-INV-003"CRED-004(˙·‹¶è30rÈ"formal-noticeb
DR-000107-19	DR-000107DR-000107-INV-003"CRED-011(¨‚‹¶è30r!È"reminder-4-warningg
DR-000115-9	DR-000115DR-000115-INV-003"CRED-005(ﬁ‚‹¶è30Z'
DR-000115-PAY-3	»˚CHFÈ `
DR-000126-23	DR-000126DR-000126-INV-004"CRED-001(ê„‹¶è30rÈ"reminder-1-email%
day-2025-08-29(ò®ò¬è30≤	
ÈÀ
DR-000016-8	DR-000016DR-000016-INV-004"CRED-008(Äòˆœè30Rä
INV-000016-004	ë∑EURÈ"È
*
È		°0:Company 000016B16 rue de la R√©publiqueB
69007 LyonJdr-000016@example.com_
DR-000018-16	DR-000018DR-000018-INV-003"CRED-004(≤òˆœè30rÈ"courtesy-reminderæ
DR-000020-12	DR-000020DR-000020-INV-003"CRED-004(‰òˆœè30R}
INV-000020-003
Ë£ÀEURÈ"È
0:Company 000020B20 rue de la R√©publiqueB
69002 LyonJdr-000020@example.comg
DR-000052-12	DR-000052DR-000052-INV-003"CRED-007(ñôˆœè30Z&
DR-000052-PAY-3†{EURÈ a
DR-000055-20	DR-000055DR-000055-INV-004"CRED-003(»ôˆœè30r È"reminder-3-letterh
DR-000057-16	DR-000057DR-000057-INV-003"CRED-011(˙ôˆœè30Z'
DR-000057-PAY-3	´ÎEURÈ Ω
DR-000059-19	DR-000059DR-000059-INV-004"CRED-007(¨öˆœè30R|
INV-000059-004	≠ EURÈ"È	0:Company 000059B59 rue de la R√©publiqueB
69005 LyonJdr-000059@example.com`
DR-000068-22	DR-000068DR-000068-INV-005"CRED-001(ﬁöˆœè30rÈ"reminder-2-phoneg
DR-000077-8	DR-000077DR-000077-INV-004"CRED-010(êõˆœè30Z'
DR-000077-PAY-4	óπEURÈ Ω
DR-000078-20	DR-000078DR-000078-INV-005"CRED-011(¬õˆœè30R|
INV-000078-005	˘éEURÈ"È
0:Company 000078B78 rue de la R√©publiqueB
69006 LyonJdr-000078@example.comø
DR-000102-20	DR-000102DR-000102-INV-005"CRED-006(Ùõˆœè30R~
INV-000102-005
®√öGBPÈ"È
0:Company 000102B102 rue de la R√©publiqueB
69003 LyonJdr-000102@example.comg
DR-000117-6	DR-000117DR-000117-INV-003"CRED-009(¶úˆœè30Z'
DR-000117-PAY-3	”£EURÈ %
day-2025-08-30(ò‡±Îè30≤	
Èh
DR-000021-15	DR-000021DR-000021-INV-002"CRED-004(Ä–è˘è30Z'
DR-000021-PAY-4	¥èEURÈ Ω
DR-000051-10	DR-000051DR-000051-INV-004"CRED-009(≤–è˘è30R|
INV-000051-004	ÿ”EURÈ"È
0:Company 000051B51 rue de la R√©publiqueB
69006 LyonJdr-000051@example.comb
DR-000061-30	DR-000061DR-000061-INV-004"CRED-007(‰–è˘è30r!È"reminder-4-warningh
DR-000091-13	DR-000091DR-000091-INV-002"CRED-009(ñ—è˘è30Z'
DR-000091-PAY-2	ŒåoEURÈ æ
DR-000092-18	DR-000092DR-000092-INV-004"CRED-002(»—è˘è30R}
INV-000092-004
Ô·üEURÈ"È
0:Company 000092B92 rue de la R√©publiqueB
69002 LyonJdr-000092@example.com]
DR-000103-23	DR-000103DR-000103-INV-003"CRED-009(˙—è˘è30rÈ"formal-noticeb
DR-000121-29	DR-000121DR-000121-INV-004"CRED-003(¨“è˘è30r!È"reminder-4-warningf
DR-000125-21	DR-000125DR-000125-INV-003"CRED-007(ﬁ“è˘è30j%
DR-000125-CN-21	Ø£EURÈ_
DR-000127-8	DR-000127DR-000127-INV-003"CRED-012(ê”è˘è30rÈ"reminder-1-email%
day-2025-08-31(òòÀîê30≤	
Èb
DR-000006-14	DR-000006DR-000006-INV-003"CRED-011(Äà©¢ê30r!È	"reminder-4-warninga
DR-000011-19	DR-000011DR-000011-INV-003"CRED-003(≤à©¢ê30r È	"reminder-3-letterΩ
DR-000045-10	DR-000045DR-000045-INV-005"CRED-002(‰à©¢ê30R|
INV-000045-005	óœEURÈ	"È
0:Company 000045B45 rue de la R√©publiqueB
69009 LyonJdr-000045@example.comg
DR-000063-26	DR-000063DR-000063-INV-003"CRED-001(ñâ©¢ê30Z&
DR-000063-PAY-9∆3GBPÈ	 æ
DR-000073-16	DR-000073DR-000073-INV-003"CRED-007(»â©¢ê30R}
INV-000073-003	ïñEURÈ	"È
0:Customer 000073B73 rue de la R√©publiqueB
69001 LyonJdr-000073@example.comb
DR-000076-25	DR-000076DR-000076-INV-003"CRED-008(˙â©¢ê30r!È	"reminder-4-warningΩ
DR-000080-16	DR-000080DR-000080-INV-006"CRED-010(¨ä©¢ê30R|
INV-000080-006	ñ¨-EURÈ	"È
0:Company 000080B80 rue de la R√©publiqueB
69008 LyonJdr-000080@example.coma
DR-000102-21	DR-000102DR-000102-INV-004"CRED-011(ﬁä©¢ê30r È	"reminder-3-letteræ
DR-000103-24	DR-000103DR-000103-INV-004"CRED-009(êã©¢ê30R}
INV-000103-004	‹∆WEURÈ	"È
0:Company 000103B103 rue de la R√©publiqueB
69004 LyonJdr-000103@example.comM
DR-000113-12	DR-000113DR-000113-INV-003"CRED-010(¬ã©¢ê30íÈ	Œ
DR-000140-10	DR-000140DR-000140-INV-005"CRED-003(Ùã©¢ê30Rå
INV-000140-005	ö¸7EURÈ	"È
*
È	§è0:Company 000140B140 rue de la R√©publiqueB
69005 LyonJdr-000140@example.comæ
DR-000148-13	DR-000148DR-000148-INV-004"CRED-003(¶å©¢ê30R}
INV-000148-004	Ïò:EURÈ	"È
0:Company 000148B148 rue de la R√©publiqueB
69004 LyonJdr-000148@example.com%
day-2025-09-01(ò–‰Ωê30≤	
È	b
DR-000011-20	DR-000011DR-000011-INV-003"CRED-003(Ä¿¬Àê30r!È	"reminder-4-warningh
DR-000032-24	DR-000032DR-000032-INV-004"CRED-009(≤¿¬Àê30Z'
DR-000032-PAY-4	§”OEURÈ	 b
DR-000063-27	DR-000063DR-000063-INV-003"CRED-001(‰¿¬Àê30r!È	"reminder-4-warningM
DR-000069-24	DR-000069DR-000069-INV-004"CRED-003(ñ¡¬Àê30íÈ	`
DR-000130-21	DR-000130DR-000130-INV-004"CRED-009(»¡¬Àê30rÈ	"reminder-2-phone`
DR-000145-17	DR-000145DR-000145-INV-004"CRED-007(˙¡¬Àê30rÈ	"reminder-1-email%
day-2025-09-02(òà˛Êê30≤	
È	b
DR-000013-28	DR-000013DR-000013-INV-004"CRED-005(Ä¯€Ùê30r!È	"reminder-4-warningæ
DR-000038-13	DR-000038DR-000038-INV-003"CRED-006(≤¯€Ùê30R}
INV-000038-003	‚ÑEURÈ	"È
0:Customer 000038B38 rue de la R√©publiqueB
69002 LyonJdr-000038@example.com]
DR-000046-14	DR-000046DR-000046-INV-003"CRED-007(‰¯€Ùê30rÈ	"formal-notice_
DR-000064-7	DR-000064DR-000064-INV-003"CRED-003(ñ˘€Ùê30rÈ	"reminder-2-phone]
DR-000064-8	DR-000064DR-000064-INV-003"CRED-003(»˘€Ùê30z
	˘©EURÈ	È	`
DR-000069-25	DR-000069DR-000069-INV-004"CRED-003(˙˘€Ùê30rÈ	"reminder-1-emailh
DR-000099-12	DR-000099DR-000099-INV-004"CRED-006(¨˙€Ùê30Z'
DR-000099-PAY-4	◊É<EURÈ	 `
DR-000125-22	DR-000125DR-000125-INV-003"CRED-007(ﬁ˙€Ùê30rÈ	"reminder-1-emaila
DR-000134-12	DR-000134DR-000134-INV-002"CRED-010(ê˚€Ùê30r È	"reminder-3-letteræ
DR-000138-11	DR-000138DR-000138-INV-003"CRED-008(¬˚€Ùê30R}
INV-000138-003˚oCHFÈ	"È
0:Customer 000138B138 rue de la R√©publiqueB
69003 LyonJdr-000138@example.comh
DR-000141-24	DR-000141DR-000141-INV-004"CRED-005(Ù˚€Ùê30Z'
DR-000141-PAY-5	Ö⁄USDÈ	 Ω
DR-000142-8	DR-000142DR-000142-INV-004"CRED-004(¶¸€Ùê30R}
INV-000142-004	êÚEURÈ	"È
0:Company 000142B142 rue de la R√©publiqueB
69007 LyonJdr-000142@example.com%
day-2025-09-03(ò¿óêë30≤	
È	æ
DR-000010-20	DR-000010DR-000010-INV-004"CRED-005(Ä∞ıùë30R}
INV-000010-004
Ã∞ÖGBPÈ	"È
0:Company 000010B10 rue de la R√©publiqueB
69001 LyonJdr-000010@example.coma
DR-000014-9	DR-000014DR-000014-INV-002"CRED-001(≤∞ıùë30r!È	"reminder-4-warningº
DR-000023-7	DR-000023DR-000023-INV-004"CRED-007(‰∞ıùë30R|
INV-000023-004ÄNEURÈ	"È
0:Customer 000023B23 rue de la R√©publiqueB
69005 LyonJdr-000023@example.com`
DR-000069-26	DR-000069DR-000069-INV-004"CRED-003(ñ±ıùë30rÈ	"reminder-2-phoneΩ
DR-000110-9	DR-000110DR-000110-INV-004"CRED-001(»±ıùë30R}
INV-000110-004	‰œ*EURÈ	"È
0:Company 000110B110 rue de la R√©publiqueB
69002 LyonJdr-000110@example.comS
DR-000126-24	DR-000126DR-000126-INV-003"CRED-001(˙±ıùë30ö
AGY-01È	%
day-2025-09-04(ò¯∞πë30≤	
È	_
DR-000002-8	DR-000002DR-000002-INV-003"CRED-004(ÄËé«ë30rÈ	"reminder-1-emailg
DR-000016-9	DR-000016DR-000016-INV-004"CRED-008(≤Ëé«ë30Z'
DR-000016-PAY-4	ôEURÈ	 _
DR-000021-16	DR-000021DR-000021-INV-003"CRED-001(‰Ëé«ë30rÈ	"courtesy-reminderΩ
DR-000049-22	DR-000049DR-000049-INV-004"CRED-004(ñÈé«ë30R|
INV-000049-004	ïá4EURÈ	"È
0:Company 000049B49 rue de la R√©publiqueB
69004 LyonJdr-000049@example.comº
DR-000052-13	DR-000052DR-000052-INV-004"CRED-007(»Èé«ë30R{
INV-000052-004ú)EURÈ	"È
0:Company 000052B52 rue de la R√©publiqueB
69007 LyonJdr-000052@example.comÀ
DR-000071-25	DR-000071DR-000071-INV-004"CRED-008(˙Èé«ë30Râ
INV-000071-004áfEURÈ	"È*
È	Ö0:Company 000071B71 rue de la R√©publiqueB
69008 LyonJdr-000071@example.coma
DR-000074-17	DR-000074DR-000074-INV-003"CRED-007(¨Íé«ë30r È	"reminder-3-letterX
DR-000080-17	DR-000080DR-000080-INV-004"CRED-010(ﬁÍé«ë30í	ò®EURÈ	i
DR-000088-32	DR-000088DR-000088-INV-002"CRED-006(êÎé«ë30Z(
DR-000088-PAY-11	ÙíEURÈ	 `
DR-000093-18	DR-000093DR-000093-INV-003"CRED-008(¬Îé«ë30rÈ	"reminder-1-emailh
DR-000103-25	DR-000103DR-000103-INV-003"CRED-009(ÙÎé«ë30Z'
DR-000103-PAY-4	∑Œ0EURÈ	 `
DR-000126-25	DR-000126DR-000126-INV-004"CRED-001(¶Ïé«ë30rÈ	"reminder-2-phoneb
DR-000141-25	DR-000141DR-000141-INV-003"CRED-005(ÿÏé«ë30r!È	"reminder-4-warning%
day-2025-09-05(ò∞ ‚ë30≤	
È	]
DR-000012-23	DR-000012DR-000012-INV-003"CRED-002(Ä†®ë30rÈ	"formal-notice_
DR-000062-16	DR-000062DR-000062-INV-003"CRED-006(≤†®ë30rÈ	"courtesy-remindera
DR-000068-23	DR-000068DR-000068-INV-005"CRED-001(‰†®ë30r È	"reminder-3-letter`
DR-000078-21	DR-000078DR-000078-INV-004"CRED-011(ñ°®ë30rÈ	"reminder-1-email`
DR-000080-18	DR-000080DR-000080-INV-004"CRED-010(»°®ë30rÈ	"reminder-1-emailh
DR-000086-16	DR-000086DR-000086-INV-004"CRED-005(˙°®ë30Z'
DR-000086-PAY-4	„çXCHFÈ	 I
DR-000089-8	DR-000089"CRED-010(¨¢®ë30b
DR-000089-PAY-2È	æ
DR-000126-26	DR-000126DR-000126-INV-005"CRED-001(ﬁ¢®ë30R}
INV-000126-005	¥œ	USDÈ	"È
0:Company 000126B126 rue de la R√©publiqueB
69009 LyonJdr-000126@example.com%
day-2025-09-06(òË„ãí30≤	
È	Ω
DR-000008-17	DR-000008DR-000008-INV-005"CRED-008(Äÿ¡ôí30R|
INV-000008-005
À◊¢EURÈ	"È
0:Company 000008B8 rue de la R√©publiqueB
69008 LyonJdr-000008@example.com`
DR-000008-18	DR-000008DR-000008-INV-004"CRED-008(≤ÿ¡ôí30rÈ	"reminder-1-emailg
DR-000033-6	DR-000033DR-000033-INV-003"CRED-010(‰ÿ¡ôí30Z'
DR-000033-PAY-3	®ÆGBPÈ	 æ
DR-000040-14	DR-000040DR-000040-INV-003"CRED-007(ñŸ¡ôí30R}
INV-000040-003	Ñ≤EURÈ	"È
0:Customer 000040B40 rue de la R√©publiqueB
69004 LyonJdr-000040@example.coma
DR-000069-27	DR-000069DR-000069-INV-004"CRED-003(»Ÿ¡ôí30r È	"reminder-3-letter`
DR-000080-19	DR-000080DR-000080-INV-004"CRED-010(˙Ÿ¡ôí30rÈ	"reminder-2-phone_
DR-000089-9	DR-000089DR-000089-INV-002"CRED-010(¨⁄¡ôí30rÈ	"reminder-1-emaili
DR-000107-20	DR-000107DR-000107-INV-004"CRED-011(ﬁ⁄¡ôí30Z(
DR-000107-PAY-4
´ˇëEURÈ	 h
DR-000119-12	DR-000119DR-000119-INV-005"CRED-009(ê€¡ôí30Z'
DR-000119-PAY-5	öú&EURÈ	 g
DR-000120-6	DR-000120DR-000120-INV-003"CRED-006(¬€¡ôí30Z'
DR-000120-PAY-3	êÃEURÈ	 h
DR-000126-27	DR-000126DR-000126-INV-004"CRED-001(Ù€¡ôí30Z'
DR-000126-PAY-2	◊Ã+USDÈ	 _
DR-000127-9	DR-000127DR-000127-INV-003"CRED-012(¶‹¡ôí30rÈ	"reminder-2-phoneΩ
DR-000128-9	DR-000128DR-000128-INV-004"CRED-012(ÿ‹¡ôí30R}
INV-000128-004	˘ÉIUSDÈ	"È0:Company 000128B128 rue de la R√©publiqueB
69002 LyonJdr-000128@example.comh
DR-000141-26	DR-000141DR-000141-INV-003"CRED-005(ä›¡ôí30Z'
DR-000141-PAY-6	ìãUSDÈ	 h
DR-000143-22	DR-000143DR-000143-INV-002"CRED-005(º›¡ôí30Z'
DR-000143-PAY-10£YEURÈ	 %
day-2025-09-07(ò†˝¥í30≤	
È	g
DR-000002-9	DR-000002DR-000002-INV-003"CRED-004(Äê€¬í30Z'
DR-000002-PAY-4	Ü”4EURÈ	 X
DR-000049-23	DR-000049DR-000049-INV-003"CRED-004(≤ê€¬í30í	å·1EURÈ	b
DR-000055-21	DR-000055DR-000055-INV-004"CRED-003(‰ê€¬í30r!È	"reminder-4-warning]
DR-000072-23	DR-000072DR-000072-INV-003"CRED-003(ñë€¬í30rÈ	"formal-noticeh
DR-000072-24	DR-000072DR-000072-INV-003"CRED-003(»ë€¬í30Z'
DR-000072-PAY-3	Œ’'GBPÈ	 a
DR-000080-20	DR-000080DR-000080-INV-004"CRED-010(˙ë€¬í30r È	"reminder-3-letterh
DR-000130-22	DR-000130DR-000130-INV-004"CRED-009(¨í€¬í30Z'
DR-000130-PAY-4	·≥+CHFÈ	 _
DR-000145-18	DR-000145DR-000145-INV-005"CRED-007(ﬁí€¬í30rÈ	"courtesy-reminder%
day-2025-09-08(òÿñﬁí30≤	
È	º
DR-000005-9	DR-000005DR-000005-INV-003"CRED-010(Ä»ÙÎí30R|
INV-000005-003	¸√EURÈ		"È
	0:Customer 000005B5 rue de la R√©publiqueB
69005 LyonJdr-000005@example.com`
DR-000018-17	DR-000018DR-000018-INV-003"CRED-004(≤»ÙÎí30rÈ		"reminder-1-emaila
DR-000049-24	DR-000049DR-000049-INV-003"CRED-004(‰»ÙÎí30r È		"reminder-3-letter_
DR-000054-22	DR-000054DR-000054-INV-004"CRED-003(ñ…ÙÎí30rÈ		"courtesy-reminderb
DR-000080-21	DR-000080DR-000080-INV-004"CRED-010(»…ÙÎí30r!È		"reminder-4-warningΩ
DR-000088-33	DR-000088DR-000088-INV-005"CRED-010(˙…ÙÎí30R|
INV-000088-005	øëEURÈ		"È
0:Company 000088B88 rue de la R√©publiqueB
69007 LyonJdr-000088@example.comΩ
DR-000091-14	DR-000091DR-000091-INV-004"CRED-009(¨ ÙÎí30R|
INV-000091-004	å”EURÈ		"È
0:Company 000091B91 rue de la R√©publiqueB
69001 LyonJdr-000091@example.com`
DR-000145-19	DR-000145DR-000145-INV-004"CRED-007(ﬁ ÙÎí30rÈ		"reminder-2-phone%
day-2025-09-09(òê∞áì30≤	
È		b
DR-000049-25	DR-000049DR-000049-INV-003"CRED-004(ÄÄéïì30r!È	
"reminder-4-warninga
DR-000081-18	DR-000081DR-000081-INV-003"CRED-005(≤Äéïì30r È	
"reminder-3-letterS
DR-000094-20	DR-000094DR-000094-INV-003"CRED-004(‰Äéïì30ö
AGY-02È	
b
DR-000102-22	DR-000102DR-000102-INV-004"CRED-011(ñÅéïì30r!È	
"reminder-4-warningh
DR-000114-13	DR-000114DR-000114-INV-002"CRED-001(»Åéïì30Z'
DR-000114-PAY-3	Õ¥EURÈ	
 `
DR-000125-23	DR-000125DR-000125-INV-003"CRED-007(˙Åéïì30rÈ	
"reminder-2-phone%
day-2025-09-10(ò»…∞ì30≤	
È	
]
DR-000049-26	DR-000049DR-000049-INV-003"CRED-004(Ä∏ßæì30rÈ	"formal-noticeº
DR-000082-8	DR-000082DR-000082-INV-004"CRED-007(≤∏ßæì30R|
INV-000082-004	…∆:EURÈ	"È
0:Company 000082B82 rue de la R√©publiqueB
69001 LyonJdr-000082@example.comh
DR-000093-19	DR-000093DR-000093-INV-003"CRED-008(‰∏ßæì30Z'
DR-000093-PAY-3	˘ﬂEURÈ	 æ
DR-000145-20	DR-000145DR-000145-INV-006"CRED-007(ñπßæì30R}
INV-000145-006	•⁄
EURÈ	"È
0:Company 000145B145 rue de la R√©publiqueB
69001 LyonJdr-000145@example.com%
day-2025-09-11(òÄ„Ÿì30≤	
È	Ã
DR-000013-29	DR-000013DR-000013-INV-005"CRED-007(Ä¿Áì30Rä
INV-000013-005	õﬁEURÈ	"È
*
È	√20:Company 000013B13 rue de la R√©publiqueB
69004 LyonJdr-000013@example.comh
DR-000013-30	DR-000013DR-000013-INV-004"CRED-005(≤¿Áì30Z'
DR-000013-PAY-5	∆≥3EURÈ	 h
DR-000022-24	DR-000022DR-000022-INV-004"CRED-002(‰¿Áì30Z'
DR-000022-PAY-5	‹˙.EURÈ	 æ
DR-000029-12	DR-000029DR-000029-INV-003"CRED-006(ñÒ¿Áì30R}
INV-000029-003	÷¿CHFÈ	"È
0:Customer 000029B29 rue de la R√©publiqueB
69002 LyonJdr-000029@example.comΩ
DR-000064-9	DR-000064DR-000064-INV-004"CRED-003(»Ò¿Áì30R}
INV-000064-004	ªØEURÈ	"È
0:Customer 000064B64 rue de la R√©publiqueB
69001 LyonJdr-000064@example.com]
DR-000075-24	DR-000075DR-000075-INV-003"CRED-004(˙Ò¿Áì30rÈ	"formal-noticeh
DR-000105-26	DR-000105DR-000105-INV-003"CRED-004(¨Ú¿Áì30Z'
DR-000105-PAY-11“/EURÈ	 b
DR-000134-13	DR-000134DR-000134-INV-002"CRED-010(ﬁÚ¿Áì30r!È	"reminder-4-warninge
DR-000138-12	DR-000138DR-000138-INV-003"CRED-008(êÛ¿Áì30j$
DR-000138-CN-12€CHFÈ	%
day-2025-09-12(ò∏¸Çî30≤	
È	h
DR-000018-18	DR-000018DR-000018-INV-003"CRED-004(Ä®⁄êî30Z'
DR-000018-PAY-3	ﬂáEURÈ	 s
DR-000059-20	DR-000059DR-000059-INV-004"CRED-007(≤®⁄êî30ä1
billing error on some lines	ñ•EURÈ	`
DR-000078-22	DR-000078DR-000078-INV-004"CRED-011(‰®⁄êî30rÈ	"reminder-2-phoneb
DR-000081-19	DR-000081DR-000081-INV-003"CRED-005(ñ©⁄êî30r!È	"reminder-4-warningh
DR-000088-34	DR-000088DR-000088-INV-003"CRED-006(»©⁄êî30Z'
DR-000088-PAY-12ø:EURÈ	 `
DR-000104-13	DR-000104DR-000104-INV-003"CRED-003(˙©⁄êî30rÈ	"reminder-1-email]
DR-000107-21	DR-000107DR-000107-INV-003"CRED-011(¨™⁄êî30rÈ	"formal-noticeæ
DR-000108-10	DR-000108DR-000108-INV-004"CRED-003(ﬁ™⁄êî30R}
INV-000108-004	˙ÎEURÈ	"È
0:Company 000108B108 rue de la R√©publiqueB
69009 LyonJdr-000108@example.com`
DR-000121-30	DR-000121DR-000121-INV-005"CRED-003(ê´⁄êî30rÈ	"reminder-1-emailh
DR-000125-24	DR-000125DR-000125-INV-003"CRED-007(¬´⁄êî30Z'
DR-000125-PAY-3	ÜÇEURÈ	 æ
DR-000141-27	DR-000141DR-000141-INV-005"CRED-005(Ù´⁄êî30R}
INV-000141-005	¿¸USDÈ	"È
0:Company 000141B141 rue de la R√©publiqueB
69006 LyonJdr-000141@example.com%
day-2025-09-13(òï¨î30≤	
È	g
DR-000006-15	DR-000006DR-000006-INV-003"CRED-011(Ä‡Ûπî30Z&
DR-000006-PAY-4ÂEURÈ	 `
DR-000008-19	DR-000008DR-000008-INV-004"CRED-008(≤‡Ûπî30rÈ	"reminder-2-phone]
DR-000011-21	DR-000011DR-000011-INV-003"CRED-003(‰‡Ûπî30rÈ	"formal-notice^
DR-000017-8	DR-000017DR-000017-INV-004"CRED-011(ñ·Ûπî30rÈ	"courtesy-reminder`
DR-000036-12	DR-000036DR-000036-INV-003"CRED-010(»·Ûπî30rÈ	"reminder-1-emailº
DR-000053-16	DR-000053DR-000053-INV-005"CRED-008(˙·Ûπî30R{
INV-000053-005˛1USDÈ	"È
0:Company 000053B53 rue de la R√©publiqueB
69008 LyonJdr-000053@example.comh
DR-000064-10	DR-000064DR-000064-INV-003"CRED-003(¨‚Ûπî30Z'
DR-000064-PAY-3	˘©EURÈ	 b
DR-000074-18	DR-000074DR-000074-INV-003"CRED-007(ﬁ‚Ûπî30r!È	"reminder-4-warning`
DR-000089-10	DR-000089DR-000089-INV-002"CRED-010(ê„Ûπî30rÈ	"reminder-2-phone`
DR-000096-21	DR-000096DR-000096-INV-004"CRED-004(¬„Ûπî30rÈ	"reminder-1-emaila
DR-000127-10	DR-000127DR-000127-INV-003"CRED-012(Ù„Ûπî30r È	"reminder-3-letter%
day-2025-09-14(ò®Ø’î30≤	
È	_
DR-000004-24	DR-000004DR-000004-INV-004"CRED-011(Äòç„î30rÈ	"courtesy-reminder`
DR-000021-17	DR-000021DR-000021-INV-003"CRED-001(≤òç„î30rÈ	"reminder-1-email]
DR-000061-31	DR-000061DR-000061-INV-004"CRED-007(‰òç„î30rÈ	"formal-noticeb
DR-000068-24	DR-000068DR-000068-INV-005"CRED-001(ñôç„î30r!È	"reminder-4-warning_
DR-000090-19	DR-000090DR-000090-INV-004"CRED-002(»ôç„î30rÈ	"courtesy-remindera
DR-000091-15	DR-000091DR-000091-INV-003"CRED-009(˙ôç„î30r È	"reminder-3-letteri
DR-000097-10	DR-000097DR-000097-INV-004"CRED-002(¨öç„î30Z(
DR-000097-PAY-4
Î‚∆EURÈ	 ]
DR-000121-31	DR-000121DR-000121-INV-004"CRED-003(ﬁöç„î30rÈ	"formal-noticeø
DR-000147-26	DR-000147DR-000147-INV-006"CRED-012(êõç„î30R~
INV-000147-006
Ã ÑEURÈ	"È
0:Company 000147B147 rue de la R√©publiqueB
69003 LyonJdr-000147@example.com%
day-2025-09-15(ò‡»˛î30≤	
È	h
DR-000046-15	DR-000046DR-000046-INV-003"CRED-007(Ä–¶åï30Z'
DR-000046-PAY-3	§íEURÈ	 `
DR-000062-17	DR-000062DR-000062-INV-003"CRED-006(≤–¶åï30rÈ	"reminder-1-email`
DR-000066-17	DR-000066DR-000066-INV-003"CRED-009(‰–¶åï30rÈ	"reminder-1-emailb
DR-000069-28	DR-000069DR-000069-INV-004"CRED-003(ñ—¶åï30r!È	"reminder-4-warning_
DR-000070-13	DR-000070DR-000070-INV-004"CRED-003(»—¶åï30rÈ	"courtesy-reminderæ
DR-000076-26	DR-000076DR-000076-INV-004"CRED-008(˙—¶åï30R}
INV-000076-004	»÷EURÈ	"È
0:Customer 000076B76 rue de la R√©publiqueB
69004 LyonJdr-000076@example.com]
DR-000076-27	DR-000076DR-000076-INV-003"CRED-008(¨“¶åï30rÈ	"formal-noticeh
DR-000078-23	DR-000078DR-000078-INV-002"CRED-011(ﬁ“¶åï30Z'
DR-000078-PAY-3	©™EURÈ	 ]
DR-000080-22	DR-000080DR-000080-INV-004"CRED-010(ê”¶åï30rÈ	"formal-noticeb
DR-000091-16	DR-000091DR-000091-INV-003"CRED-009(¬”¶åï30r!È	"reminder-4-warningø
DR-000105-27	DR-000105DR-000105-INV-005"CRED-004(Ù”¶åï30R~
INV-000105-005	«∫EURÈ	"È
0:Customer 000105B105 rue de la R√©publiqueB
69006 LyonJdr-000105@example.comJ
DR-000107-22	DR-000107"CRED-011(¶‘¶åï30b
DR-000107-PAY-4È	h
DR-000119-13	DR-000119DR-000119-INV-006"CRED-009(ÿ‘¶åï30Z'
DR-000119-PAY-6	ÙﬁEURÈ	 a
DR-000145-21	DR-000145DR-000145-INV-004"CRED-007(ä’¶åï30r È	"reminder-3-letterg
DR-000149-9	DR-000149DR-000149-INV-004"CRED-001(º’¶åï30Z'
DR-000149-PAY-4	œ˛EURÈ	 %
day-2025-09-16(òò‚ßï30≤	
È	g
DR-000056-7	DR-000056DR-000056-INV-003"CRED-001(Äà¿µï30Z'
DR-000056-PAY-3	≤Â'EURÈ	 h
DR-000058-30	DR-000058DR-000058-INV-004"CRED-010(≤à¿µï30Z'
DR-000058-PAY-7	Æ≤EURÈ	 ]
DR-000063-28	DR-000063DR-000063-INV-003"CRED-001(‰à¿µï30rÈ	"formal-noticeg
DR-000067-12	DR-000067DR-000067-INV-003"CRED-002(ñâ¿µï30Z&
DR-000067-PAY-4πIEURÈ	 `
DR-000107-23	DR-000107DR-000107-INV-004"CRED-011(»â¿µï30rÈ	"reminder-1-emailh
DR-000143-23	DR-000143DR-000143-INV-003"CRED-005(˙â¿µï30Z'
DR-000143-PAY-11ÉEURÈ	 %
day-2025-09-17(ò–˚–ï30≤	
È	Ω
DR-000012-24	DR-000012DR-000012-INV-005"CRED-002(Ä¿Ÿﬁï30R|
INV-000012-005	πó(CHFÈ	"È0:Company 000012B12 rue de la R√©publiqueB
69003 LyonJdr-000012@example.comg
DR-000040-15	DR-000040DR-000040-INV-002"CRED-007(≤¿Ÿﬁï30Z&
DR-000040-PAY-4ˇ7EURÈ	 ^
DR-000060-8	DR-000060DR-000060-INV-003"CRED-010(‰¿Ÿﬁï30rÈ	"courtesy-reminderÃ
DR-000075-25	DR-000075DR-000075-INV-006"CRED-004(ñ¡Ÿﬁï30Rä
INV-000075-006	¥ßEURÈ	"È
*
È	ª0:Company 000075B75 rue de la R√©publiqueB
69003 LyonJdr-000075@example.comg
DR-000076-28	DR-000076DR-000076-INV-003"CRED-008(»¡Ÿﬁï30Z&
DR-000076-PAY-7•TEURÈ	 º
DR-000079-10	DR-000079DR-000079-INV-005"CRED-012(˙¡Ÿﬁï30R{
INV-000079-005ÂeGBPÈ	"È0:Company 000079B79 rue de la R√©publiqueB
69007 LyonJdr-000079@example.com`
DR-000124-21	DR-000124DR-000124-INV-004"CRED-011(¨¬Ÿﬁï30rÈ	"reminder-1-email`
DR-000145-22	DR-000145DR-000145-INV-005"CRED-007(ﬁ¬Ÿﬁï30rÈ	"reminder-1-email%
day-2025-09-18(òàï˙ï30≤	
È	g
DR-000004-25	DR-000004DR-000004-INV-003"CRED-011(Ä¯Úáñ30Z&
DR-000004-PAY-4¿|GBPÈ	 ]
DR-000014-10	DR-000014DR-000014-INV-002"CRED-001(≤¯Úáñ30rÈ	"formal-noticeh
DR-000028-11	DR-000028DR-000028-INV-004"CRED-005(‰¯Úáñ30Z'
DR-000028-PAY-4	¯ÑEURÈ	 Ω
DR-000036-13	DR-000036DR-000036-INV-004"CRED-010(ñ˘Úáñ30R|
INV-000036-004	ÁÖEURÈ	"È0:Company 000036B36 rue de la R√©publiqueB
69009 LyonJdr-000036@example.com`
DR-000054-23	DR-000054DR-000054-INV-004"CRED-003(»˘Úáñ30rÈ	"reminder-1-email`
DR-000062-18	DR-000062DR-000062-INV-004"CRED-012(˙˘Úáñ30rÈ	"reminder-1-emailΩ
DR-000069-29	DR-000069DR-000069-INV-005"CRED-003(¨˙Úáñ30R|
INV-000069-005	Æ¡GBPÈ	"È0:Company 000069B69 rue de la R√©publiqueB
69006 LyonJdr-000069@example.comh
DR-000069-30	DR-000069DR-000069-INV-004"CRED-003(ﬁ˙Úáñ30Z'
DR-000069-PAY-3	˜ƒGBPÈ	 h
DR-000092-19	DR-000092DR-000092-INV-003"CRED-007(ê˚Úáñ30Z'
DR-000092-PAY-3	çÑ;CHFÈ	 ø
DR-000129-25	DR-000129DR-000129-INV-005"CRED-008(¬˚Úáñ30R~
INV-000129-005	º˚EURÈ	"È
0:Customer 000129B129 rue de la R√©publiqueB
69003 LyonJdr-000129@example.comæ
DR-000135-7	DR-000135DR-000135-INV-004"CRED-008(Ù˚Úáñ30R~
INV-000135-004	á≈EURÈ	"È
0:Customer 000135B135 rue de la R√©publiqueB
69009 LyonJdr-000135@example.comg
DR-000138-13	DR-000138DR-000138-INV-003"CRED-008(¶¸Úáñ30Z&
DR-000138-PAY-4†iCHFÈ	 %
day-2025-09-19(ò¿Æ£ñ30≤	
È	_
DR-000003-6	DR-000003DR-000003-INV-003"CRED-011(Ä∞å±ñ30rÈ	"reminder-1-email`
DR-000015-22	DR-000015DR-000015-INV-004"CRED-008(≤∞å±ñ30rÈ	"reminder-1-emaila
DR-000078-24	DR-000078DR-000078-INV-004"CRED-011(‰∞å±ñ30r È	"reminder-3-letter`
DR-000104-14	DR-000104DR-000104-INV-003"CRED-003(ñ±å±ñ30rÈ	"reminder-2-phone`
DR-000121-32	DR-000121DR-000121-INV-005"CRED-003(»±å±ñ30rÈ	"reminder-2-phone%
day-2025-09-20(ò¯«Ãñ30≤	
È	a
DR-000008-20	DR-000008DR-000008-INV-004"CRED-008(ÄË•⁄ñ30r È	"reminder-3-letterJ
DR-000018-19	DR-000018"CRED-004(≤Ë•⁄ñ30b
DR-000018-PAY-3È	`
DR-000036-14	DR-000036DR-000036-INV-003"CRED-010(‰Ë•⁄ñ30rÈ	"reminder-2-phone^
DR-000036-15	DR-000036DR-000036-INV-003"CRED-010(ñÈ•⁄ñ30z
	≥÷EURÈ
È	S
DR-000047-22	DR-000047DR-000047-INV-003"CRED-008(»È•⁄ñ30ö
AGY-03È	h
DR-000049-27	DR-000049DR-000049-INV-003"CRED-004(˙È•⁄ñ30Z'
DR-000049-PAY-3	ñé8EURÈ	 Ω
DR-000061-32	DR-000061DR-000061-INV-006"CRED-007(¨Í•⁄ñ30R|
INV-000061-006	Ã˙EURÈ	"È0:Company 000061B61 rue de la R√©publiqueB
69007 LyonJdr-000061@example.comΩ
DR-000062-19	DR-000062DR-000062-INV-005"CRED-006(ﬁÍ•⁄ñ30R|
INV-000062-005	ŸÇ+EURÈ	"È0:Company 000062B62 rue de la R√©publiqueB
69008 LyonJdr-000062@example.coma
DR-000089-11	DR-000089DR-000089-INV-002"CRED-010(êÎ•⁄ñ30r È	"reminder-3-letterg
DR-000089-12	DR-000089DR-000089-INV-002"CRED-010(¬Î•⁄ñ30Z&
DR-000089-PAY-3˘[EURÈ	 `
DR-000096-22	DR-000096DR-000096-INV-004"CRED-004(ÙÎ•⁄ñ30rÈ	"reminder-2-phone`
DR-000133-12	DR-000133DR-000133-INV-003"CRED-010(¶Ï•⁄ñ30rÈ	"reminder-1-email%
day-2025-09-21(ò∞·ıñ30≤	
È	`
DR-000018-20	DR-000018DR-000018-INV-003"CRED-004(Ä†øÉó30rÈ	"reminder-2-phone`
DR-000021-18	DR-000021DR-000021-INV-003"CRED-001(≤†øÉó30rÈ	"reminder-2-phoneÃ
DR-000055-22	DR-000055DR-000055-INV-005"CRED-003(‰†øÉó30Rä
INV-000055-005	·ÚEURÈ	"È*
È
µ0:Company 000055B55 rue de la R√©publiqueB
69001 LyonJdr-000055@example.comΩ
DR-000070-14	DR-000070DR-000070-INV-005"CRED-003(ñ°øÉó30R|
INV-000070-005	©¢+EURÈ	"È0:Company 000070B70 rue de la R√©publiqueB
69007 LyonJdr-000070@example.com\
DR-000071-26	DR-000071DR-000071-INV-003"CRED-008(»°øÉó30¢È	RG-000071-003æ
DR-000106-5	DR-000106DR-000106-INV-003"CRED-007(˙°øÉó30R~
INV-000106-003	⁄ CHFÈ	"È0:Customer 000106B106 rue de la R√©publiqueB
69007 LyonJdr-000106@example.com`
DR-000107-24	DR-000107DR-000107-INV-004"CRED-011(¨¢øÉó30rÈ	"reminder-2-phoneæ
DR-000127-11	DR-000127DR-000127-INV-004"CRED-012(ﬁ¢øÉó30R}
INV-000127-004	®êEURÈ	"È0:Company 000127B127 rue de la R√©publiqueB
69001 LyonJdr-000127@example.com%
day-2025-09-22(òË˙ûó30≤	
È	`
DR-000014-11	DR-000014DR-000014-INV-003"CRED-001(Äÿÿ¨ó30rÈ	"reminder-1-emaila
DR-000018-21	DR-000018DR-000018-INV-003"CRED-004(≤ÿÿ¨ó30r È	"reminder-3-letterΩ
DR-000033-7	DR-000033DR-000033-INV-004"CRED-010(‰ÿÿ¨ó30R}
INV-000033-004	ö‹GBPÈ	"È
0:Customer 000033B33 rue de la R√©publiqueB
69006 LyonJdr-000033@example.comÕ
DR-000039-17	DR-000039DR-000039-INV-005"CRED-006(ñŸÿ¨ó30Rã
INV-000039-005	Ü“~GBPÈ	"È*
È
ôƒ0:Company 000039B39 rue de la R√©publiqueB
69003 LyonJdr-000039@example.comΩ
DR-000050-8	DR-000050DR-000050-INV-003"CRED-012(»Ÿÿ¨ó30R}
INV-000050-003	ÙäEURÈ	"È
0:Customer 000050B50 rue de la R√©publiqueB
69005 LyonJdr-000050@example.com]
DR-000055-23	DR-000055DR-000055-INV-004"CRED-003(˙Ÿÿ¨ó30rÈ	"formal-noticef
DR-000060-9	DR-000060DR-000060-INV-003"CRED-010(¨⁄ÿ¨ó30Z&
DR-000060-PAY-3Ì;EURÈ	 g
DR-000061-33	DR-000061DR-000061-INV-004"CRED-007(ﬁ⁄ÿ¨ó30Z&
DR-000061-PAY-4Ã{EURÈ	 `
DR-000062-20	DR-000062DR-000062-INV-003"CRED-006(ê€ÿ¨ó30rÈ	"reminder-2-phoneh
DR-000063-29	DR-000063DR-000063-INV-003"CRED-001(¬€ÿ¨ó30Z'
DR-000063-PAY-10–PGBPÈ	 `
DR-000066-18	DR-000066DR-000066-INV-003"CRED-009(Ù€ÿ¨ó30rÈ	"reminder-2-phone`
DR-000072-25	DR-000072DR-000072-INV-004"CRED-003(¶‹ÿ¨ó30rÈ	"reminder-1-emailæ
DR-000107-25	DR-000107DR-000107-INV-005"CRED-011(ÿ‹ÿ¨ó30R}
INV-000107-005	ÁåIEURÈ	"È0:Company 000107B107 rue de la R√©publiqueB
69008 LyonJdr-000107@example.comi
DR-000107-26	DR-000107DR-000107-INV-004"CRED-011(ä›ÿ¨ó30Z(
DR-000107-PAY-5
´ˇëEURÈ	 b
DR-000127-12	DR-000127DR-000127-INV-003"CRED-012(º›ÿ¨ó30r!È	"reminder-4-warningÃ
DR-000131-7	DR-000131DR-000131-INV-004"CRED-006(Ó›ÿ¨ó30Rã
INV-000131-004	…„(EURÈ	"È
*
È
≤h0:Company 000131B131 rue de la R√©publiqueB
69005 LyonJdr-000131@example.com%
day-2025-09-23(ò†î»ó30≤	
È	_
DR-000017-9	DR-000017DR-000017-INV-004"CRED-011(ÄêÚ’ó30rÈ	"reminder-1-emailJ
DR-000067-13	DR-000067"CRED-002(≤êÚ’ó30b
DR-000067-PAY-4È	æ
DR-000121-33	DR-000121DR-000121-INV-006"CRED-003(‰êÚ’ó30R}
INV-000121-006	†”USDÈ	"È
0:Company 000121B121 rue de la R√©publiqueB
69004 LyonJdr-000121@example.comh
DR-000145-23	DR-000145DR-000145-INV-004"CRED-007(ñëÚ’ó30Z'
DR-000145-PAY-4	–æEURÈ	 %
day-2025-09-24(òÿ≠Òó30≤	
È	º
DR-000002-10	DR-000002DR-000002-INV-005"CRED-004(Ä»ãˇó30R{
INV-000002-005	¥«EURÈ	"È0:Company 000002B2 rue de la R√©publiqueB
69002 LyonJdr-000002@example.com`
DR-000004-26	DR-000004DR-000004-INV-004"CRED-011(≤»ãˇó30rÈ	"reminder-1-email`
DR-000019-16	DR-000019DR-000019-INV-003"CRED-003(‰»ãˇó30rÈ	"reminder-1-emailΩ
DR-000024-19	DR-000024DR-000024-INV-004"CRED-001(ñ…ãˇó30R|
INV-000024-004©NEURÈ	"È
0:Customer 000024B24 rue de la R√©publiqueB
69006 LyonJdr-000024@example.comæ
DR-000027-10	DR-000027DR-000027-INV-003"CRED-003(»…ãˇó30R}
INV-000027-003	ÎœEURÈ	"È	0:Customer 000027B27 rue de la R√©publiqueB
69009 LyonJdr-000027@example.comΩ
DR-000034-11	DR-000034DR-000034-INV-005"CRED-009(˙…ãˇó30R|
INV-000034-005	öõUSDÈ	"È	0:Company 000034B34 rue de la R√©publiqueB
69007 LyonJdr-000034@example.comÕ
DR-000044-23	DR-000044DR-000044-INV-005"CRED-006(¨ ãˇó30Rã
INV-000044-005	©†KEURÈ	"È*
È
“¿0:Company 000044B44 rue de la R√©publiqueB
69008 LyonJdr-000044@example.comf
DR-000048-9	DR-000048DR-000048-INV-004"CRED-005(ﬁ ãˇó30Z&
DR-000048-PAY-3ÏGEURÈ	 `
DR-000053-17	DR-000053DR-000053-INV-004"CRED-008(êÀãˇó30rÈ	"reminder-1-emailh
DR-000075-26	DR-000075DR-000075-INV-003"CRED-004(¬Àãˇó30Z'
DR-000075-PAY-4	ó§EURÈ	 `
DR-000090-20	DR-000090DR-000090-INV-004"CRED-002(ÙÀãˇó30rÈ	"reminder-1-email]
DR-000102-23	DR-000102DR-000102-INV-004"CRED-011(¶Ããˇó30rÈ	"formal-notice`
DR-000124-22	DR-000124DR-000124-INV-004"CRED-011(ÿÃãˇó30rÈ	"reminder-2-phoneh
DR-000133-13	DR-000133DR-000133-INV-003"CRED-010(äÕãˇó30Z'
DR-000133-PAY-3	Õ€EURÈ	 b
DR-000145-24	DR-000145DR-000145-INV-004"CRED-007(ºÕãˇó30r!È	"reminder-4-warning`
DR-000145-25	DR-000145DR-000145-INV-005"CRED-007(ÓÕãˇó30rÈ	"reminder-2-phone^
DR-000145-26	DR-000145DR-000145-INV-005"CRED-007(†Œãˇó30z
	Ä·EURÈ
È	%
day-2025-09-25(òê«öò30≤	
È	h
DR-000017-10	DR-000017DR-000017-INV-004"CRED-011(ÄÄ•®ò30Z'
DR-000017-PAY-4	´≠USDÈ	 h
DR-000049-28	DR-000049DR-000049-INV-004"CRED-004(≤Ä•®ò30Z'
DR-000049-PAY-4	ïá4EURÈ	 `
DR-000054-24	DR-000054DR-000054-INV-004"CRED-003(‰Ä•®ò30rÈ	"reminder-2-phone`
DR-000062-21	DR-000062DR-000062-INV-004"CRED-012(ñÅ•®ò30rÈ	"reminder-2-phone`
DR-000070-15	DR-000070DR-000070-INV-004"CRED-003(»Å•®ò30rÈ	"reminder-1-emailg
DR-000129-26	DR-000129DR-000129-INV-003"CRED-008(˙Å•®ò30Z&
DR-000129-PAY-3¯iEURÈ	 ø
DR-000144-10	DR-000144DR-000144-INV-005"CRED-011(¨Ç•®ò30R~
INV-000144-005	È€
EURÈ	"È
0:Customer 000144B144 rue de la R√©publiqueB
69009 LyonJdr-000144@example.com%
day-2025-09-26(ò»‡√ò30≤	
È	_
DR-000003-7	DR-000003DR-000003-INV-003"CRED-011(Ä∏æ—ò30rÈ	"reminder-2-phoneΩ
DR-000011-22	DR-000011DR-000011-INV-005"CRED-003(≤∏æ—ò30R|
INV-000011-005	«˙#EURÈ	"È
0:Company 000011B11 rue de la R√©publiqueB
69002 LyonJdr-000011@example.com`
DR-000015-23	DR-000015DR-000015-INV-004"CRED-008(‰∏æ—ò30rÈ	"reminder-2-phoneΩ
DR-000019-17	DR-000019DR-000019-INV-005"CRED-003(ñπæ—ò30R|
INV-000019-005	ä˜EURÈ	"È0:Company 000019B19 rue de la R√©publiqueB
69001 LyonJdr-000019@example.com_
DR-000042-22	DR-000042DR-000042-INV-005"CRED-004(»πæ—ò30rÈ	"courtesy-reminderh
DR-000090-21	DR-000090DR-000090-INV-003"CRED-002(˙πæ—ò30Z'
DR-000090-PAY-3	‚ŸPGBPÈ	 `
DR-000093-20	DR-000093DR-000093-INV-004"CRED-008(¨∫æ—ò30rÈ	"reminder-1-emailΩ
DR-000101-9	DR-000101DR-000101-INV-004"CRED-002(ﬁ∫æ—ò30R}
INV-000101-004	¶ˆCHFÈ	"È0:Company 000101B101 rue de la R√©publiqueB
69002 LyonJdr-000101@example.coma
DR-000104-15	DR-000104DR-000104-INV-003"CRED-003(êªæ—ò30r È	"reminder-3-letterg
DR-000104-16	DR-000104DR-000104-INV-003"CRED-003(¬ªæ—ò30Z&
DR-000104-PAY-5ö1EURÈ	 Ω
DR-000109-8	DR-000109DR-000109-INV-004"CRED-011(Ùªæ—ò30R}
INV-000109-004	±®.EURÈ	"È
0:Company 000109B109 rue de la R√©publiqueB
69001 LyonJdr-000109@example.coma
DR-000121-34	DR-000121DR-000121-INV-005"CRED-003(¶ºæ—ò30r È	"reminder-3-letter]
DR-000134-14	DR-000134DR-000134-INV-002"CRED-010(ÿºæ—ò30rÈ	"formal-noticeg
DR-000142-9	DR-000142DR-000142-INV-004"CRED-004(äΩæ—ò30Z'
DR-000142-PAY-4	êÚEURÈ	 æ
DR-000149-10	DR-000149DR-000149-INV-005"CRED-001(ºΩæ—ò30R}
INV-000149-005	“ÙEURÈ	"È
0:Company 000149B149 rue de la R√©publiqueB
69005 LyonJdr-000149@example.com%
day-2025-09-27(òÄ˙Ïò30≤	
È	h
DR-000004-27	DR-000004DR-000004-INV-002"CRED-011(Ä◊˙ò30Z'
DR-000004-PAY-5	©ûDGBPÈ	 `
DR-000021-19	DR-000021DR-000021-INV-004"CRED-001(≤◊˙ò30rÈ	"reminder-1-email`
DR-000061-34	DR-000061DR-000061-INV-005"CRED-007(‰◊˙ò30rÈ	"reminder-1-email`
DR-000067-14	DR-000067DR-000067-INV-003"CRED-002(ñÒ◊˙ò30rÈ	"reminder-1-email]
DR-000081-20	DR-000081DR-000081-INV-003"CRED-005(»Ò◊˙ò30rÈ	"formal-noticea
DR-000096-23	DR-000096DR-000096-INV-004"CRED-004(˙Ò◊˙ò30r È	"reminder-3-letterh
DR-000102-24	DR-000102DR-000102-INV-003"CRED-011(¨Ú◊˙ò30Z'
DR-000102-PAY-3	ôì1EURÈ	 æ
DR-000140-11	DR-000140DR-000140-INV-006"CRED-003(ﬁÚ◊˙ò30R}
INV-000140-006	Ô§ZEURÈ	"È0:Company 000140B140 rue de la R√©publiqueB
69005 LyonJdr-000140@example.com%
day-2025-09-28(ò∏ìñô30≤	
È	a
DR-000021-20	DR-000021DR-000021-INV-003"CRED-001(Ä®Ò£ô30r È	"reminder-3-letter_
DR-000031-14	DR-000031DR-000031-INV-003"CRED-004(≤®Ò£ô30rÈ	"courtesy-reminder]
DR-000074-19	DR-000074DR-000074-INV-003"CRED-007(‰®Ò£ô30rÈ	"formal-noticeb
DR-000078-25	DR-000078DR-000078-INV-004"CRED-011(ñ©Ò£ô30r!È	"reminder-4-warningæ
DR-000086-17	DR-000086DR-000086-INV-005"CRED-005(»©Ò£ô30R}
INV-000086-005
∞®øCHFÈ	"È
0:Company 000086B86 rue de la R√©publiqueB
69005 LyonJdr-000086@example.com]
DR-000091-17	DR-000091DR-000091-INV-003"CRED-009(˙©Ò£ô30rÈ	"formal-noticeh
DR-000126-28	DR-000126DR-000126-INV-003"CRED-001(¨™Ò£ô30Z'
DR-000126-PAY-3	ñ‚6USDÈ	 æ
DR-000143-24	DR-000143DR-000143-INV-005"CRED-005(ﬁ™Ò£ô30R}
INV-000143-005	æ´EURÈ	"È0:Company 000143B143 rue de la R√©publiqueB
69008 LyonJdr-000143@example.com`
DR-000143-25	DR-000143DR-000143-INV-004"CRED-005(ê´Ò£ô30rÈ	"reminder-1-email%
day-2025-09-29(ò¨øô30≤	
È	b
DR-000008-21	DR-000008DR-000008-INV-004"CRED-008(Ä‡äÕô30r!È	"reminder-4-warningh
DR-000011-23	DR-000011DR-000011-INV-003"CRED-003(≤‡äÕô30Z'
DR-000011-PAY-4	ˇÖ7EURÈ	 S
DR-000012-25	DR-000012DR-000012-INV-003"CRED-002(‰‡äÕô30ö
AGY-01È	`
DR-000014-12	DR-000014DR-000014-INV-003"CRED-001(ñ·äÕô30rÈ	"reminder-2-phone_
DR-000038-14	DR-000038DR-000038-INV-003"CRED-006(»·äÕô30rÈ	"courtesy-reminderΩ
DR-000058-31	DR-000058DR-000058-INV-005"CRED-010(˙·äÕô30R|
INV-000058-005	¯ÚEURÈ	"È0:Company 000058B58 rue de la R√©publiqueB
69004 LyonJdr-000058@example.coma
DR-000062-22	DR-000062DR-000062-INV-003"CRED-006(¨‚äÕô30r È	"reminder-3-lettera
DR-000066-19	DR-000066DR-000066-INV-003"CRED-009(ﬁ‚äÕô30r È	"reminder-3-letterΩ
DR-000067-15	DR-000067DR-000067-INV-004"CRED-002(ê„äÕô30R|
INV-000067-004	·‰:EURÈ	"È
0:Company 000067B67 rue de la R√©publiqueB
69004 LyonJdr-000067@example.comΩ
DR-000068-25	DR-000068DR-000068-INV-006"CRED-001(¬„äÕô30R|
INV-000068-006	˘µkEURÈ	"È
0:Company 000068B68 rue de la R√©publiqueB
69005 LyonJdr-000068@example.com]
DR-000068-26	DR-000068DR-000068-INV-005"CRED-001(Ù„äÕô30rÈ	"formal-notice`
DR-000072-26	DR-000072DR-000072-INV-004"CRED-003(¶‰äÕô30rÈ	"reminder-2-phone_
DR-000072-27	DR-000072DR-000072-INV-004"CRED-003(ÿ‰äÕô30z

ó∞≥GBPÈ

È	Ω
DR-000099-13	DR-000099DR-000099-INV-005"CRED-006(äÂäÕô30R|
INV-000099-005	ü˘EURÈ	"È0:Company 000099B99 rue de la R√©publiqueB
69009 LyonJdr-000099@example.comø
DR-000115-10	DR-000115DR-000115-INV-004"CRED-005(ºÂäÕô30R~
INV-000115-004	É˝CHFÈ	"È0:Customer 000115B115 rue de la R√©publiqueB
69007 LyonJdr-000115@example.com`
DR-000129-27	DR-000129DR-000129-INV-004"CRED-008(ÓÂäÕô30rÈ	"reminder-1-emailh
DR-000145-27	DR-000145DR-000145-INV-005"CRED-007(†ÊäÕô30Z'
DR-000145-PAY-5	Ä·EURÈ	 %
day-2025-09-30(ò®∆Ëô30≤	
È	h
DR-000080-23	DR-000080DR-000080-INV-004"CRED-010(Äò§ˆô30Z'
DR-000080-PAY-5	ÂˇEURÈ
 h
DR-000107-27	DR-000107DR-000107-INV-003"CRED-011(≤ò§ˆô30Z'
DR-000107-PAY-6	“¢EURÈ
 h
DR-000147-27	DR-000147DR-000147-INV-005"CRED-012(‰ò§ˆô30Z'
DR-000147-PAY-6	ÔÑ8EURÈ
 %
day-2025-10-01(ò‡ﬂëö30≤	
È
Ω
DR-000001-11	DR-000001DR-000001-INV-003"CRED-006(Ä–Ωüö30R|
INV-000001-003	ÆõEURÈ
"È0:Customer 000001B1 rue de la R√©publiqueB
69001 LyonJdr-000001@example.com`
DR-000004-28	DR-000004DR-000004-INV-004"CRED-011(≤–Ωüö30rÈ
"reminder-2-phoneb
DR-000018-22	DR-000018DR-000018-INV-003"CRED-004(‰–Ωüö30r!È
"reminder-4-warning`
DR-000019-18	DR-000019DR-000019-INV-003"CRED-003(ñ—Ωüö30rÈ
"reminder-2-phone`
DR-000053-18	DR-000053DR-000053-INV-004"CRED-008(»—Ωüö30rÈ
"reminder-2-phone^
DR-000053-19	DR-000053DR-000053-INV-004"CRED-008(˙—Ωüö30z
	∏∑6USDÈ
È
Ω
DR-000057-17	DR-000057DR-000057-INV-004"CRED-011(¨“Ωüö30R|
INV-000057-004â0EURÈ
"È0:Customer 000057B57 rue de la R√©publiqueB
69003 LyonJdr-000057@example.comΩ
DR-000066-20	DR-000066DR-000066-INV-004"CRED-009(ﬁ“Ωüö30R|
INV-000066-004	ÊºEURÈ
"È0:Company 000066B66 rue de la R√©publiqueB
69003 LyonJdr-000066@example.comΩ
DR-000085-8	DR-000085DR-000085-INV-004"CRED-005(ê”Ωüö30R}
INV-000085-004	ÀÔGBPÈ
"È0:Customer 000085B85 rue de la R√©publiqueB
69004 LyonJdr-000085@example.comi
DR-000088-35	DR-000088DR-000088-INV-002"CRED-006(¬”Ωüö30Z(
DR-000088-PAY-13	ÙíEURÈ
 `
DR-000090-22	DR-000090DR-000090-INV-004"CRED-002(Ù”Ωüö30rÈ
"reminder-2-phoneÕ
DR-000119-14	DR-000119DR-000119-INV-007"CRED-009(¶‘Ωüö30Rã
INV-000119-007	Ì«!EURÈ
"È*
È
ıU0:Company 000119B119 rue de la R√©publiqueB
69002 LyonJdr-000119@example.coma
DR-000124-23	DR-000124DR-000124-INV-004"CRED-011(ÿ‘Ωüö30r È
"reminder-3-lettera
DR-000145-28	DR-000145DR-000145-INV-005"CRED-007(ä’Ωüö30r È
"reminder-3-letter%
day-2025-10-02(òò˘∫ö30≤	
È
Ω
DR-000025-13	DR-000025DR-000025-INV-004"CRED-009(Äà◊»ö30R|
INV-000025-004	ã≠EURÈ
"È0:Company 000025B25 rue de la R√©publiqueB
69007 LyonJdr-000025@example.comΩ
DR-000031-15	DR-000031DR-000031-INV-004"CRED-004(≤à◊»ö30R|
INV-000031-004	˚´EURÈ
"È0:Company 000031B31 rue de la R√©publiqueB
69004 LyonJdr-000031@example.comh
DR-000036-16	DR-000036DR-000036-INV-003"CRED-010(‰à◊»ö30Z'
DR-000036-PAY-3	≥÷EURÈ
 h
DR-000039-18	DR-000039DR-000039-INV-005"CRED-006(ñâ◊»ö30Z'
DR-000039-PAY-5	Ìç|GBPÈ
 a
DR-000054-25	DR-000054DR-000054-INV-004"CRED-003(»â◊»ö30r È
"reminder-3-lettera
DR-000062-23	DR-000062DR-000062-INV-004"CRED-012(˙â◊»ö30r È
"reminder-3-letter`
DR-000070-16	DR-000070DR-000070-INV-004"CRED-003(¨ä◊»ö30rÈ
"reminder-2-phone^
DR-000070-17	DR-000070DR-000070-INV-004"CRED-003(ﬁä◊»ö30z
	È±
EURÈ
È
_
DR-000126-29	DR-000126DR-000126-INV-005"CRED-001(êã◊»ö30rÈ
"courtesy-reminder%
day-2025-10-03(ò–í‰ö30≤	
È
`
DR-000003-8	DR-000003DR-000003-INV-003"CRED-011(Ä¿Òö30r È
"reminder-3-lettera
DR-000015-24	DR-000015DR-000015-INV-004"CRED-008(≤¿Òö30r È
"reminder-3-letterh
DR-000018-23	DR-000018DR-000018-INV-003"CRED-004(‰¿Òö30Z'
DR-000018-PAY-4	ﬂáEURÈ
 _
DR-000035-11	DR-000035DR-000035-INV-005"CRED-010(ñ¡Òö30rÈ
"courtesy-remindera
DR-000036-17	DR-000036DR-000036-INV-003"CRED-010(»¡Òö30r È
"reminder-3-letter_
DR-000041-7	DR-000041DR-000041-INV-003"CRED-009(˙¡Òö30rÈ
"reminder-1-emailf
DR-000058-32	DR-000058DR-000058-INV-005"CRED-010(¨¬Òö30j%
DR-000058-CN-32	Û˜EURÈ
æ
DR-000074-20	DR-000074DR-000074-INV-004"CRED-007(ﬁ¬Òö30R}
INV-000074-004	›÷EURÈ
"È0:Customer 000074B74 rue de la R√©publiqueB
69002 LyonJdr-000074@example.com`
DR-000093-21	DR-000093DR-000093-INV-004"CRED-008(ê√Òö30rÈ
"reminder-2-phone_
DR-000093-22	DR-000093DR-000093-INV-004"CRED-008(¬√Òö30z

∂•áEURÈ
È
Ω
DR-000112-13	DR-000112DR-000112-INV-006"CRED-001(Ù√Òö30R|
INV-000112-006ë(EURÈ
"È0:Company 000112B112 rue de la R√©publiqueB
69004 LyonJdr-000112@example.com`
DR-000132-16	DR-000132DR-000132-INV-004"CRED-005(¶ƒÒö30rÈ
"reminder-1-emailÕ
DR-000143-26	DR-000143DR-000143-INV-004"CRED-005(ÿƒÒö30Çä
DR-000143-PLAN-26È

È
	•ØEUR
È	•ØEUR
È	•ØEUR
Í	•ØEUR
Í	•ØEUR%
day-2025-10-04(òà¨çõ30≤	
È
`
DR-000021-21	DR-000021DR-000021-INV-004"CRED-001(Ä¯âõõ30rÈ
"reminder-2-phoneg
DR-000041-8	DR-000041DR-000041-INV-003"CRED-009(≤¯âõõ30Z'
DR-000041-PAY-3	›ªUSDÈ
 `
DR-000061-35	DR-000061DR-000061-INV-005"CRED-007(‰¯âõõ30rÈ
"reminder-2-phone`
DR-000067-16	DR-000067DR-000067-INV-003"CRED-002(ñ˘âõõ30rÈ
"reminder-2-phoneh
DR-000068-27	DR-000068DR-000068-INV-005"CRED-001(»˘âõõ30Z'
DR-000068-PAY-6	ùµEURÈ
 Ω
DR-000116-7	DR-000116DR-000116-INV-004"CRED-010(˙˘âõõ30R}
INV-000116-004	ÒèEURÈ
"È0:Company 000116B116 rue de la R√©publiqueB
69008 LyonJdr-000116@example.com%
day-2025-10-05(ò¿≈∂õ30≤	
È
_
DR-000005-10	DR-000005DR-000005-INV-003"CRED-010(Ä∞£ƒõ30rÈ
"courtesy-reminder_
DR-000012-26	DR-000012DR-000012-INV-004"CRED-002(≤∞£ƒõ30rÈ
"courtesy-reminderh
DR-000035-12	DR-000035DR-000035-INV-005"CRED-010(‰∞£ƒõ30Z'
DR-000035-PAY-5	«∂EURÈ
 æ
DR-000046-16	DR-000046DR-000046-INV-004"CRED-010(ñ±£ƒõ30R}
INV-000046-004	ë¥EURÈ
"È0:Customer 000046B46 rue de la R√©publiqueB
69001 LyonJdr-000046@example.comæ
DR-000084-15	DR-000084DR-000084-INV-003"CRED-005(»±£ƒõ30R}
INV-000084-003	‚ÕEURÈ
"È0:Customer 000084B84 rue de la R√©publiqueB
69003 LyonJdr-000084@example.comb
DR-000104-17	DR-000104DR-000104-INV-003"CRED-003(˙±£ƒõ30r!È
"reminder-4-warningb
DR-000121-35	DR-000121DR-000121-INV-005"CRED-003(¨≤£ƒõ30r!È
"reminder-4-warningg
DR-000146-9	DR-000146DR-000146-INV-004"CRED-005(ﬁ≤£ƒõ30Z'
DR-000146-PAY-4	ÛÌ%EURÈ
 %
day-2025-10-06(ò¯ﬁﬂõ30≤	
È
h
DR-000014-13	DR-000014DR-000014-INV-002"CRED-001(ÄËºÌõ30Z'
DR-000014-PAY-2	ŒŒCHFÈ
 a
DR-000014-14	DR-000014DR-000014-INV-003"CRED-001(≤ËºÌõ30r È
"reminder-3-letterb
DR-000036-18	DR-000036DR-000036-INV-003"CRED-010(‰ËºÌõ30r!È
"reminder-4-warning`
DR-000042-23	DR-000042DR-000042-INV-005"CRED-004(ñÈºÌõ30rÈ
"reminder-1-emailh
DR-000066-21	DR-000066DR-000066-INV-003"CRED-009(»ÈºÌõ30Z'
DR-000066-PAY-3	¥⁄,EURÈ
 b
DR-000096-24	DR-000096DR-000096-INV-004"CRED-004(˙ÈºÌõ30r!È
"reminder-4-warning`
DR-000129-28	DR-000129DR-000129-INV-004"CRED-008(¨ÍºÌõ30rÈ
"reminder-2-phone%
day-2025-10-07(ò∞¯àú30≤	
È
b
DR-000021-22	DR-000021DR-000021-INV-003"CRED-001(Ä†÷ñú30r!È
"reminder-4-warningΩ
DR-000026-9	DR-000026DR-000026-INV-003"CRED-004(≤†÷ñú30R}
INV-000026-003	∂âEURÈ
"È0:Customer 000026B26 rue de la R√©publiqueB
69008 LyonJdr-000026@example.com`
DR-000030-13	DR-000030DR-000030-INV-004"CRED-003(‰†÷ñú30rÈ
"reminder-1-emailΩ
DR-000045-11	DR-000045DR-000045-INV-006"CRED-002(ñ°÷ñú30R|
INV-000045-006	–—:EURÈ
"È0:Company 000045B45 rue de la R√©publiqueB
69009 LyonJdr-000045@example.comg
DR-000067-17	DR-000067DR-000067-INV-003"CRED-002(»°÷ñú30Z&
DR-000067-PAY-5πIEURÈ
 Ω
DR-000072-28	DR-000072DR-000072-INV-005"CRED-003(˙°÷ñú30R|
INV-000072-005	ßÈ1GBPÈ
"È0:Company 000072B72 rue de la R√©publiqueB
69009 LyonJdr-000072@example.com`
DR-000073-17	DR-000073DR-000073-INV-003"CRED-007(¨¢÷ñú30rÈ
"reminder-1-email`
DR-000080-24	DR-000080DR-000080-INV-006"CRED-010(ﬁ¢÷ñú30rÈ
"reminder-1-emaile
DR-000099-14	DR-000099DR-000099-INV-005"CRED-006(ê£÷ñú30j$
DR-000099-CN-14Û<EURÈ
`
DR-000103-26	DR-000103DR-000103-INV-004"CRED-009(¬£÷ñú30rÈ
"reminder-1-email]
DR-000127-13	DR-000127DR-000127-INV-003"CRED-012(Ù£÷ñú30rÈ
"formal-noticeW
DR-000139-7	DR-000139DR-000139-INV-003"CRED-003(¶§÷ñú30í	´ºUSDÈ
%
day-2025-10-08(òËë≤ú30≤	
È
a
DR-000004-29	DR-000004DR-000004-INV-004"CRED-011(ÄÿÔøú30r È
	"reminder-3-letterä
DR-000004-30	DR-000004DR-000004-INV-004"CRED-011(≤ÿÔøú30ÇH
DR-000004-PLAN-30È
	
È
	¢Á@GBP
È	¢Á@GBPa
DR-000019-19	DR-000019DR-000019-INV-003"CRED-003(‰ÿÔøú30r È
	"reminder-3-letter`
DR-000031-16	DR-000031DR-000031-INV-003"CRED-004(ñŸÔøú30rÈ
	"reminder-1-emailΩ
DR-000035-13	DR-000035DR-000035-INV-006"CRED-010(»ŸÔøú30R|
INV-000035-006	“ëEURÈ
	"È0:Company 000035B35 rue de la R√©publiqueB
69008 LyonJdr-000035@example.comΩ
DR-000049-29	DR-000049DR-000049-INV-005"CRED-004(˙ŸÔøú30R|
INV-000049-005	¢ùEURÈ
	"È0:Company 000049B49 rue de la R√©publiqueB
69004 LyonJdr-000049@example.com_
DR-000050-9	DR-000050DR-000050-INV-003"CRED-012(¨⁄Ôøú30ä
goods not deliveredÈ
	æ
DR-000054-26	DR-000054DR-000054-INV-005"CRED-003(ﬁ⁄Ôøú30R}
INV-000054-005
ùÙßEURÈ
	"È0:Company 000054B54 rue de la R√©publiqueB
69009 LyonJdr-000054@example.comb
DR-000062-24	DR-000062DR-000062-INV-003"CRED-006(ê€Ôøú30r!È
	"reminder-4-warninga
DR-000090-23	DR-000090DR-000090-INV-004"CRED-002(¬€Ôøú30r È
	"reminder-3-letterg
DR-000135-8	DR-000135DR-000135-INV-004"CRED-008(Ù€Ôøú30Z'
DR-000135-PAY-4	á≈EURÈ
	 %
day-2025-10-09(ò†´€ú30≤	
È
	Ω
DR-000030-14	DR-000030DR-000030-INV-005"CRED-003(ÄêâÈú30R|
INV-000030-005	ë∑+USDÈ

"È	0:Company 000030B30 rue de la R√©publiqueB
69003 LyonJdr-000030@example.com`
DR-000038-15	DR-000038DR-000038-INV-003"CRED-006(≤êâÈú30rÈ

"reminder-1-emailU
DR-000062-25	DR-000062"CRED-006(‰êâÈú30Z'
DR-000062-PAY-3	´‡EURÈ

 Ω
DR-000063-30	DR-000063DR-000063-INV-004"CRED-001(ñëâÈú30R|
INV-000063-004àJGBPÈ

"È	0:Customer 000063B63 rue de la R√©publiqueB
69009 LyonJdr-000063@example.com\
DR-000094-21	DR-000094DR-000094-INV-003"CRED-004(»ëâÈú30¢È

RG-000094-003æ
DR-000108-11	DR-000108DR-000108-INV-005"CRED-003(˙ëâÈú30R}
INV-000108-005	·≤{EURÈ

"È	0:Company 000108B108 rue de la R√©publiqueB
69009 LyonJdr-000108@example.com]
DR-000145-29	DR-000145DR-000145-INV-004"CRED-007(¨íâÈú30rÈ

"formal-notice%
day-2025-10-10(òÿƒÑù30≤	
È

`
DR-000010-21	DR-000010DR-000010-INV-004"CRED-005(Ä»¢íù30rÈ
"reminder-1-emailg
DR-000076-29	DR-000076DR-000076-INV-003"CRED-008(≤»¢íù30Z&
DR-000076-PAY-8…2EURÈ
 _
DR-000102-25	DR-000102DR-000102-INV-005"CRED-006(‰»¢íù30rÈ
"courtesy-reminderb
DR-000124-24	DR-000124DR-000124-INV-004"CRED-011(ñ…¢íù30r!È
"reminder-4-warning`
DR-000132-17	DR-000132DR-000132-INV-004"CRED-005(»…¢íù30rÈ
"reminder-2-phoneb
DR-000145-30	DR-000145DR-000145-INV-005"CRED-007(˙…¢íù30r!È
"reminder-4-warning%
day-2025-10-11(òêﬁ≠ù30≤	
È
`
DR-000011-24	DR-000011DR-000011-INV-004"CRED-004(ÄÄºªù30rÈ
"reminder-1-emailÕ
DR-000016-10	DR-000016DR-000016-INV-005"CRED-008(≤Äºªù30Rã
INV-000016-005	’û;EURÈ
"È*
È
”ó0:Company 000016B16 rue de la R√©publiqueB
69007 LyonJdr-000016@example.coma
DR-000021-23	DR-000021DR-000021-INV-004"CRED-001(‰Äºªù30r È
"reminder-3-letterh
DR-000029-13	DR-000029DR-000029-INV-003"CRED-006(ñÅºªù30Z'
DR-000029-PAY-4	÷¿CHFÈ
 `
DR-000052-14	DR-000052DR-000052-INV-004"CRED-007(»Åºªù30rÈ
"reminder-1-emailb
DR-000054-27	DR-000054DR-000054-INV-004"CRED-003(˙Åºªù30r!È
"reminder-4-warninga
DR-000061-36	DR-000061DR-000061-INV-005"CRED-007(¨Çºªù30r È
"reminder-3-letterb
DR-000062-26	DR-000062DR-000062-INV-004"CRED-012(ﬁÇºªù30r!È
"reminder-4-warningh
DR-000070-18	DR-000070DR-000070-INV-004"CRED-003(êÉºªù30Z'
DR-000070-PAY-4	È±
EURÈ
 Ω
DR-000080-25	DR-000080DR-000080-INV-007"CRED-010(¬Éºªù30R|
INV-000080-007	˙ﬂ,EURÈ
"È0:Company 000080B80 rue de la R√©publiqueB
69008 LyonJdr-000080@example.comæ
DR-000094-22	DR-000094DR-000094-INV-004"CRED-004(ÙÉºªù30R}
INV-000094-004	â∏EURÈ
"È0:Customer 000094B94 rue de la R√©publiqueB
69004 LyonJdr-000094@example.comi
DR-000105-28	DR-000105DR-000105-INV-005"CRED-004(¶Ñºªù30Z(
DR-000105-PAY-12	«∫EURÈ
 h
DR-000110-10	DR-000110DR-000110-INV-004"CRED-001(ÿÑºªù30Z'
DR-000110-PAY-4	‰œ*EURÈ
 æ
DR-000113-13	DR-000113DR-000113-INV-004"CRED-010(äÖºªù30R}
INV-000113-004	—Í3EURÈ
"È0:Company 000113B113 rue de la R√©publiqueB
69005 LyonJdr-000113@example.comæ
DR-000133-14	DR-000133DR-000133-INV-004"CRED-010(ºÖºªù30R}
INV-000133-004	«⁄EURÈ
"È0:Company 000133B133 rue de la R√©publiqueB
69007 LyonJdr-000133@example.com_
DR-000139-8	DR-000139DR-000139-INV-003"CRED-003(ÓÖºªù30rÈ
"reminder-1-email%
day-2025-10-12(ò»˜÷ù30≤	
È
a
DR-000003-9	DR-000003DR-000003-INV-003"CRED-011(Ä∏’‰ù30r!È
"reminder-4-warningb
DR-000015-25	DR-000015DR-000015-INV-004"CRED-008(≤∏’‰ù30r!È
"reminder-4-warningh
DR-000042-24	DR-000042DR-000042-INV-005"CRED-004(‰∏’‰ù30Z'
DR-000042-PAY-7	‹‘EURÈ
 s
DR-000049-30	DR-000049DR-000049-INV-005"CRED-004(ñπ’‰ù30ä1
billing error on some lines	ÚøEURÈ
a
DR-000070-19	DR-000070DR-000070-INV-004"CRED-003(»π’‰ù30r È
"reminder-3-letter_
DR-000076-30	DR-000076DR-000076-INV-004"CRED-008(˙π’‰ù30rÈ
"courtesy-reminder`
DR-000126-30	DR-000126DR-000126-INV-005"CRED-001(¨∫’‰ù30rÈ
"reminder-1-emailæ
DR-000137-10	DR-000137DR-000137-INV-005"CRED-009(ﬁ∫’‰ù30R}
INV-000137-005	¿áEURÈ
"È0:Company 000137B137 rue de la R√©publiqueB
69002 LyonJdr-000137@example.comi
DR-000143-27	DR-000143DR-000143-INV-004"CRED-005(êª’‰ù30Z(
DR-000143-PAY-12	•ØEURÈ
 æ
DR-000137-10	DR-000137DR-000137-INV-005"CRED-009(ﬁ∫’‰ù30R}
INV-000137-005	¿áEURÈ
"È0:Company 000137B137 rue de la R√©publiqueB
69002 LyonJdr-000137@example.com%
day-2025-10-13(òÄëÄû30≤	
È
`
DR-000040-16	DR-000040DR-000040-INV-003"CRED-007(ÄÓçû30rÈ
"reminder-1-emailh
DR-000058-33	DR-000058DR-000058-INV-004"CRED-010(≤Óçû30Z'
DR-000058-PAY-8	Æ≤EURÈ
 U
DR-000062-27	DR-000062"CRED-012(‰Óçû30Z'
DR-000062-PAY-4	û´4EURÈ
 ]
DR-000078-26	DR-000078DR-000078-INV-004"CRED-011(ñÒÓçû30rÈ
"formal-noticeh
DR-000088-36	DR-000088DR-000088-INV-003"CRED-006(»ÒÓçû30Z'
DR-000088-PAY-14¿:EURÈ
 Ω
DR-000096-25	DR-000096DR-000096-INV-005"CRED-004(˙ÒÓçû30R|
INV-000096-005	”È$EURÈ
"È0:Company 000096B96 rue de la R√©publiqueB
69006 LyonJdr-000096@example.comΩ
DR-000097-11	DR-000097DR-000097-INV-005"CRED-002(¨ÚÓçû30R|
INV-000097-005	°∑KEURÈ
"È0:Company 000097B97 rue de la R√©publiqueB
69007 LyonJdr-000097@example.coma
DR-000129-29	DR-000129DR-000129-INV-004"CRED-008(ﬁÚÓçû30r È
"reminder-3-letteræ
DR-000141-28	DR-000141DR-000141-INV-006"CRED-005(êÛÓçû30R}
INV-000141-006	ˆ˙USDÈ
"È0:Company 000141B141 rue de la R√©publiqueB
69006 LyonJdr-000141@example.com%
day-2025-10-14(ò∏™©û30≤	
È
]
DR-000008-22	DR-000008DR-000008-INV-004"CRED-008(Ä®à∑û30rÈ
"formal-noticeh
DR-000016-11	DR-000016DR-000016-INV-005"CRED-008(≤®à∑û30Z'
DR-000016-PAY-5	Çá:EURÈ
 `
DR-000030-15	DR-000030DR-000030-INV-004"CRED-003(‰®à∑û30rÈ
"reminder-2-phoneh
DR-000036-19	DR-000036DR-000036-INV-003"CRED-010(ñ©à∑û30Z'
DR-000036-PAY-4	¥÷EURÈ
 W
DR-000059-21	DR-000059DR-000059-INV-004"CRED-007(»©à∑û30í¥fEURÈ
`
DR-000061-37	DR-000061DR-000061-INV-006"CRED-007(˙©à∑û30ä
goods not deliveredÈ
Z
DR-000071-27	DR-000071DR-000071-INV-002"CRED-008(¨™à∑û30™
È
uncollectablea
DR-000072-29	DR-000072DR-000072-INV-004"CRED-003(ﬁ™à∑û30r È
"reminder-3-letter`
DR-000073-18	DR-000073DR-000073-INV-003"CRED-007(ê´à∑û30rÈ
"reminder-2-phone`
DR-000080-26	DR-000080DR-000080-INV-006"CRED-010(¬´à∑û30rÈ
"reminder-2-phone`
DR-000080-27	DR-000080DR-000080-INV-006"CRED-010(Ù´à∑û30ä
goods not deliveredÈ
`
DR-000103-27	DR-000103DR-000103-INV-004"CRED-009(¶¨à∑û30rÈ
"reminder-2-phoneS
DR-000121-36	DR-000121DR-000121-INV-004"CRED-003(ÿ¨à∑û30ö
AGY-02È
h
DR-000125-25	DR-000125DR-000125-INV-004"CRED-007(ä≠à∑û30Z'
DR-000125-PAY-4	ôõEURÈ
 Õ
DR-000130-23	DR-000130DR-000130-INV-005"CRED-009(º≠à∑û30Rã
INV-000130-005	ﬂƒCHFÈ
"È*
È
ØA0:Company 000130B130 rue de la R√©publiqueB
69004 LyonJdr-000130@example.comg
DR-000139-9	DR-000139DR-000139-INV-003"CRED-003(Ó≠à∑û30Z'
DR-000139-PAY-3	ÒÑUSDÈ
 %
day-2025-10-15(ò√“û30≤	
È
`
DR-000005-11	DR-000005DR-000005-INV-003"CRED-010(Ä‡°‡û30rÈ
"reminder-1-email`
DR-000012-27	DR-000012DR-000012-INV-004"CRED-002(≤‡°‡û30rÈ
"reminder-1-emailb
DR-000014-15	DR-000014DR-000014-INV-003"CRED-001(‰‡°‡û30r!È
"reminder-4-warningJ
DR-000029-14	DR-000029"CRED-006(ñ·°‡û30b
DR-000029-PAY-4È
`
DR-000031-17	DR-000031DR-000031-INV-003"CRED-004(»·°‡û30rÈ
"reminder-2-phone`
DR-000059-22	DR-000059DR-000059-INV-004"CRED-007(˙·°‡û30rÈ
"reminder-1-emailb
DR-000072-30	DR-000072DR-000072-INV-004"CRED-003(¨‚°‡û30r!È
"reminder-4-warningh
DR-000081-21	DR-000081DR-000081-INV-003"CRED-005(ﬁ‚°‡û30Z'
DR-000081-PAY-3	µ‚BUSDÈ
 Ω
DR-000087-6	DR-000087DR-000087-INV-003"CRED-010(ê„°‡û30R}
INV-000087-003	öùEURÈ
"È0:Customer 000087B87 rue de la R√©publiqueB
69006 LyonJdr-000087@example.com_
DR-000129-30	DR-000129DR-000129-INV-005"CRED-008(¬„°‡û30rÈ
"courtesy-reminderæ
DR-000139-10	DR-000139DR-000139-INV-004"CRED-008(Ù„°‡û30R}
INV-000139-004	¸¶EURÈ
"È0:Company 000139B139 rue de la R√©publiqueB
69004 LyonJdr-000139@example.comh
DR-000145-31	DR-000145DR-000145-INV-004"CRED-007(¶‰°‡û30Z'
DR-000145-PAY-6	î•KEURÈ
 %
day-2025-10-16(ò®›˚û30≤	
È
g
DR-000004-31	DR-000004DR-000004-INV-003"CRED-011(Äòªâü30Z&
DR-000004-PAY-6¿|GBPÈ
 `
DR-000038-16	DR-000038DR-000038-INV-003"CRED-006(≤òªâü30rÈ
"reminder-2-phone^
DR-000038-17	DR-000038DR-000038-INV-003"CRED-006(‰òªâü30z
	‚ÑEURÈÈ
g
DR-000040-17	DR-000040DR-000040-INV-002"CRED-007(ñôªâü30Z&
DR-000040-PAY-5ˇ7EURÈ
 `
DR-000059-23	DR-000059DR-000059-INV-004"CRED-007(»ôªâü30rÈ
"reminder-2-phone_
DR-000075-27	DR-000075DR-000075-INV-005"CRED-004(˙ôªâü30rÈ
"courtesy-reminderæ
DR-000100-12	DR-000100DR-000100-INV-006"CRED-008(¨öªâü30R}
INV-000100-006	ÈEURÈ
"È0:Company 000100B100 rue de la R√©publiqueB
69001 LyonJdr-000100@example.comæ
DR-000102-26	DR-000102DR-000102-INV-006"CRED-006(ﬁöªâü30R}
INV-000102-006	Ü∏:GBPÈ
"È0:Company 000102B102 rue de la R√©publiqueB
69003 LyonJdr-000102@example.com%
day-2025-10-17(ò‡ˆ§ü30≤	
È
º
DR-000003-10	DR-000003DR-000003-INV-004"CRED-011(Ä–‘≤ü30R{
INV-000003-004	©åEURÈ
"È0:Company 000003B3 rue de la R√©publiqueB
69003 LyonJdr-000003@example.com`
DR-000010-22	DR-000010DR-000010-INV-004"CRED-005(≤–‘≤ü30rÈ
"reminder-2-phoneb
DR-000019-20	DR-000019DR-000019-INV-003"CRED-003(‰–‘≤ü30r!È
"reminder-4-warningh
DR-000058-34	DR-000058DR-000058-INV-005"CRED-010(ñ—‘≤ü30Z'
DR-000058-PAY-9	Ö˚EURÈ
 Ã
DR-000070-20	DR-000070DR-000070-INV-006"CRED-003(»—‘≤ü30Rä
INV-000070-006	ÍœEURÈ
"È*
È
£	0:Company 000070B70 rue de la R√©publiqueB
69007 LyonJdr-000070@example.comΩ
DR-000081-22	DR-000081DR-000081-INV-004"CRED-005(˙—‘≤ü30R|
INV-000081-004	µãUSDÈ
"È0:Company 000081B81 rue de la R√©publiqueB
69009 LyonJdr-000081@example.com_
DR-000082-9	DR-000082DR-000082-INV-004"CRED-007(¨“‘≤ü30rÈ
"reminder-1-emailb
DR-000090-24	DR-000090DR-000090-INV-004"CRED-002(ﬁ“‘≤ü30r!È
"reminder-4-warningi
DR-000093-23	DR-000093DR-000093-INV-004"CRED-008(ê”‘≤ü30Z(
DR-000093-PAY-4
∂•áEURÈ
 Ω
DR-000095-8	DR-000095DR-000095-INV-004"CRED-007(¬”‘≤ü30R}
INV-000095-004	èóEURÈ
"È0:Customer 000095B95 rue de la R√©publiqueB
69005 LyonJdr-000095@example.coma
DR-000132-18	DR-000132DR-000132-INV-004"CRED-005(Ù”‘≤ü30r È
"reminder-3-letterh
DR-000144-11	DR-000144DR-000144-INV-005"CRED-011(¶‘‘≤ü30Z'
DR-000144-PAY-5	È€
EURÈ
 æ
DR-000145-32	DR-000145DR-000145-INV-007"CRED-007(ÿ‘‘≤ü30R}
INV-000145-007	∏·9EURÈ
"È0:Company 000145B145 rue de la R√©publiqueB
69001 LyonJdr-000145@example.com%
day-2025-10-18(òòêŒü30≤	
È
_
DR-000008-23	DR-000008DR-000008-INV-005"CRED-008(ÄàÓ€ü30rÈ
"courtesy-reminder`
DR-000011-25	DR-000011DR-000011-INV-004"CRED-004(≤àÓ€ü30rÈ
"reminder-2-phone^
DR-000011-26	DR-000011DR-000011-INV-004"CRED-004(‰àÓ€ü30z
	ˇ EURÈ
È
æ
DR-000015-26	DR-000015DR-000015-INV-005"CRED-008(ñâÓ€ü30R}
INV-000015-005	Ë§EURÈ
"È0:Customer 000015B15 rue de la R√©publiqueB
69006 LyonJdr-000015@example.com`
DR-000029-15	DR-000029DR-000029-INV-003"CRED-006(»âÓ€ü30rÈ
"reminder-1-emailg
DR-000033-8	DR-000033DR-000033-INV-004"CRED-010(˙âÓ€ü30Z'
DR-000033-PAY-4	ö‹GBPÈ
 `
DR-000052-15	DR-000052DR-000052-INV-004"CRED-007(¨äÓ€ü30rÈ
"reminder-2-phoneΩ
DR-000062-28	DR-000062DR-000062-INV-006"CRED-012(ﬁäÓ€ü30R|
INV-000062-006	ïö&EURÈ
"È0:Company 000062B62 rue de la R√©publiqueB
69008 LyonJdr-000062@example.comb
DR-000070-21	DR-000070DR-000070-INV-004"CRED-003(êãÓ€ü30r!È
"reminder-4-warningg
DR-000109-9	DR-000109DR-000109-INV-004"CRED-011(¬ãÓ€ü30Z'
DR-000109-PAY-4	±®.EURÈ
 %
day-2025-10-19(ò–©˜ü30≤	
È
f
DR-000023-8	DR-000023DR-000023-INV-004"CRED-007(Ä¿áÖ†30Z&
DR-000023-PAY-4ÄNEURÈ
 Ω
DR-000044-24	DR-000044DR-000044-INV-006"CRED-006(≤¿áÖ†30R|
INV-000044-006	∂íkEURÈ
"È0:Company 000044B44 rue de la R√©publiqueB
69008 LyonJdr-000044@example.coma
DR-000053-20	DR-000053DR-000053-INV-004"CRED-008(‰¿áÖ†30r È
"reminder-3-lettera
DR-000059-24	DR-000059DR-000059-INV-004"CRED-007(ñ¡áÖ†30r È
"reminder-3-letter`
DR-000126-31	DR-000126DR-000126-INV-005"CRED-001(»¡áÖ†30rÈ
"reminder-2-phoneh
DR-000143-28	DR-000143DR-000143-INV-003"CRED-005(˙¡áÖ†30Z'
DR-000143-PAY-13ÉEURÈ
 %
day-2025-10-20(òà√††30≤	
È
º
DR-000008-24	DR-000008DR-000008-INV-006"CRED-008(Ä¯†Æ†30R{
INV-000008-006	˝ƒOEURÈ
"È0:Company 000008B8 rue de la R√©publiqueB
69008 LyonJdr-000008@example.comb
DR-000021-24	DR-000021DR-000021-INV-004"CRED-001(≤¯†Æ†30r!È
"reminder-4-warningÕ
DR-000022-25	DR-000022DR-000022-INV-006"CRED-002(‰¯†Æ†30Rã
INV-000022-006	èÔFEURÈ
"È*
È
∂µ0:Company 000022B22 rue de la R√©publiqueB
69004 LyonJdr-000022@example.com`
DR-000040-18	DR-000040DR-000040-INV-003"CRED-007(ñ˘†Æ†30rÈ
"reminder-2-phoneg
DR-000041-9	DR-000041DR-000041-INV-004"CRED-009(»˘†Æ†30Z'
DR-000041-PAY-4	Í≈(USDÈ
 J
DR-000042-25	DR-000042"CRED-004(˙˘†Æ†30b
DR-000042-PAY-7È
h
DR-000045-12	DR-000045DR-000045-INV-005"CRED-002(¨˙†Æ†30Z'
DR-000045-PAY-5	óœEURÈ
 b
DR-000053-21	DR-000053DR-000053-INV-004"CRED-008(ﬁ˙†Æ†30r!È
"reminder-4-warningh
DR-000059-25	DR-000059DR-000059-INV-004"CRED-007(ê˚†Æ†30Z'
DR-000059-PAY-4	˘„EURÈ
 b
DR-000061-38	DR-000061DR-000061-INV-005"CRED-007(¬˚†Æ†30r!È
"reminder-4-warningΩ
DR-000079-11	DR-000079DR-000079-INV-006"CRED-012(Ù˚†Æ†30R|
INV-000079-006	ëÇrGBPÈ
"È0:Company 000079B79 rue de la R√©publiqueB
69007 LyonJdr-000079@example.com_
DR-000091-18	DR-000091DR-000091-INV-004"CRED-009(¶¸†Æ†30rÈ
"courtesy-reminderh
DR-000099-15	DR-000099DR-000099-INV-005"CRED-006(ÿ¸†Æ†30Z'
DR-000099-PAY-5	¨ºEURÈ
 `
DR-000102-27	DR-000102DR-000102-INV-005"CRED-006(ä˝†Æ†30rÈ
"reminder-1-email]
DR-000104-18	DR-000104DR-000104-INV-003"CRED-003(º˝†Æ†30rÈ
"formal-notice]
DR-000121-37	DR-000121DR-000121-INV-005"CRED-003(Ó˝†Æ†30rÈ
"formal-notice%
day-2025-10-21(ò¿‹…†30≤	
È
`
DR-000019-21	DR-000019DR-000019-INV-004"CRED-003(Ä∞∫◊†30rÈ
"reminder-1-email_
DR-000025-14	DR-000025DR-000025-INV-003"CRED-009(≤∞∫◊†30rÈ
"courtesy-remindera
DR-000030-16	DR-000030DR-000030-INV-004"CRED-003(‰∞∫◊†30r È
"reminder-3-letter`
DR-000042-26	DR-000042DR-000042-INV-005"CRED-004(ñ±∫◊†30rÈ
"reminder-2-phoneΩ
DR-000043-20	DR-000043DR-000043-INV-004"CRED-003(»±∫◊†30R|
INV-000043-004—7EURÈ
"È0:Customer 000043B43 rue de la R√©publiqueB
69007 LyonJdr-000043@example.coma
DR-000073-19	DR-000073DR-000073-INV-003"CRED-007(˙±∫◊†30r È
"reminder-3-letterg
DR-000076-31	DR-000076DR-000076-INV-004"CRED-008(¨≤∫◊†30Z&
DR-000076-PAY-9÷SEURÈ
 h
DR-000090-25	DR-000090DR-000090-INV-004"CRED-002(ﬁ≤∫◊†30Z'
DR-000090-PAY-4	—ˇGBPÈ
 `
DR-000092-20	DR-000092DR-000092-INV-004"CRED-002(ê≥∫◊†30rÈ
"reminder-1-emailΩ
DR-000093-24	DR-000093DR-000093-INV-005"CRED-008(¬≥∫◊†30R|
INV-000093-005	…òEURÈ
"È0:Company 000093B93 rue de la R√©publiqueB
69003 LyonJdr-000093@example.com]
DR-000096-26	DR-000096DR-000096-INV-004"CRED-004(Ù≥∫◊†30rÈ
"formal-noticea
DR-000103-28	DR-000103DR-000103-INV-004"CRED-009(¶¥∫◊†30r È
"reminder-3-letterø
DR-000111-12	DR-000111DR-000111-INV-004"CRED-003(ÿ¥∫◊†30R~
INV-000111-004	ÆŒCHFÈ
"È0:Customer 000111B111 rue de la R√©publiqueB
69003 LyonJdr-000111@example.com%
day-2025-10-22(ò¯ıÚ†30≤	
È
`
DR-000005-12	DR-000005DR-000005-INV-003"CRED-010(ÄË”Ä°30rÈ
"reminder-2-phone]
DR-000005-13	DR-000005DR-000005-INV-003"CRED-010(≤Ë”Ä°30z
˛aEURÈ
È
`
DR-000012-28	DR-000012DR-000012-INV-004"CRED-002(‰Ë”Ä°30rÈ
"reminder-2-phone^
DR-000012-29	DR-000012DR-000012-INV-004"CRED-002(ñÈ”Ä°30z
	©ÜyCHFÈÈ
]
DR-000021-25	DR-000021DR-000021-INV-003"CRED-001(»È”Ä°30rÈ
"formal-noticea
DR-000031-18	DR-000031DR-000031-INV-003"CRED-004(˙È”Ä°30r È
"reminder-3-letterU
DR-000031-19	DR-000031"CRED-004(¨Í”Ä°30Z'
DR-000031-PAY-3	∑‰:EURÈ
 a
DR-000042-27	DR-000042DR-000042-INV-005"CRED-004(ﬁÍ”Ä°30r È
"reminder-3-letter`
DR-000076-32	DR-000076DR-000076-INV-004"CRED-008(êÎ”Ä°30rÈ
"reminder-1-emailg
DR-000085-9	DR-000085DR-000085-INV-004"CRED-005(¬Î”Ä°30Z'
DR-000085-PAY-4	ÀÔGBPÈ
 Ω
DR-000098-8	DR-000098DR-000098-INV-004"CRED-002(ÙÎ”Ä°30R}
INV-000098-004	†≈EURÈ
"È0:Customer 000098B98 rue de la R√©publiqueB
69008 LyonJdr-000098@example.comb
DR-000129-31	DR-000129DR-000129-INV-004"CRED-008(¶Ï”Ä°30r!È
"reminder-4-warningg
DR-000131-8	DR-000131DR-000131-INV-004"CRED-006(ÿÏ”Ä°30Z'
DR-000131-PAY-4	…„(EURÈ
 `
DR-000140-12	DR-000140DR-000140-INV-005"CRED-003(äÌ”Ä°30rÈ
"reminder-1-emailh
DR-000140-13	DR-000140DR-000140-INV-005"CRED-003(ºÌ”Ä°30Z'
DR-000140-PAY-5	ˆá8EURÈ
 %
day-2025-10-23(ò∞èú°30≤	
È
h
DR-000003-11	DR-000003DR-000003-INV-003"CRED-011(Ä†Ì©°30Z'
DR-000003-PAY-3	˚¡EURÈ
 b
DR-000004-32	DR-000004DR-000004-INV-004"CRED-011(≤†Ì©°30r!È
"reminder-4-warningh
DR-000029-16	DR-000029DR-000029-INV-003"CRED-006(‰†Ì©°30Z'
DR-000029-PAY-5	÷¿CHFÈ
 h
DR-000051-11	DR-000051DR-000051-INV-004"CRED-009(ñ°Ì©°30Z'
DR-000051-PAY-4	ÿ”EURÈ
 º
DR-000055-24	DR-000055DR-000055-INV-006"CRED-003(»°Ì©°30R{
INV-000055-006ëFEURÈ
"È0:Company 000055B55 rue de la R√©publiqueB
69001 LyonJdr-000055@example.comh
DR-000102-28	DR-000102DR-000102-INV-004"CRED-011(˙°Ì©°30Z'
DR-000102-PAY-4	é‡EURÈ
 g
DR-000104-19	DR-000104DR-000104-INV-003"CRED-003(¨¢Ì©°30Z&
DR-000104-PAY-6ﬁ%EURÈ
 Ω
DR-000122-7	DR-000122DR-000122-INV-004"CRED-009(ﬁ¢Ì©°30R}
INV-000122-004∞oEURÈ
"È0:Customer 000122B122 rue de la R√©publiqueB
69005 LyonJdr-000122@example.com%
day-2025-10-24(òË®≈°30≤	
È
a
DR-000010-23	DR-000010DR-000010-INV-004"CRED-005(ÄÿÜ”°30r È
"reminder-3-letterh
DR-000021-26	DR-000021DR-000021-INV-003"CRED-001(≤ÿÜ”°30Z'
DR-000021-PAY-5	ÿ€EURÈ
 ª
DR-000065-8	DR-000065DR-000065-INV-005"CRED-012(‰ÿÜ”°30R{
INV-000065-005˚@EURÈ
"È0:Company 000065B65 rue de la R√©publiqueB
69002 LyonJdr-000065@example.com`
DR-000075-28	DR-000075DR-000075-INV-006"CRED-004(ñŸÜ”°30rÈ
"reminder-1-emailh
DR-000078-27	DR-000078DR-000078-INV-004"CRED-011(»ŸÜ”°30Z'
DR-000078-PAY-4	œµ5EURÈ
 `
DR-000082-10	DR-000082DR-000082-INV-004"CRED-007(˙ŸÜ”°30rÈ
"reminder-2-phoneø
DR-000138-14	DR-000138DR-000138-INV-004"CRED-008(¨⁄Ü”°30R~
INV-000138-004	âíCHFÈ
"È	0:Customer 000138B138 rue de la R√©publiqueB
69003 LyonJdr-000138@example.comh
DR-000145-33	DR-000145DR-000145-INV-005"CRED-007(ﬁ⁄Ü”°30Z'
DR-000145-PAY-7	Ä·EURÈ
 h
DR-000145-34	DR-000145DR-000145-INV-006"CRED-007(ê€Ü”°30Z'
DR-000145-PAY-8	•⁄
EURÈ
 %
day-2025-10-25(ò†¬Ó°30≤	
È
_
DR-000020-13	DR-000020DR-000020-INV-003"CRED-004(Äê†¸°30rÈ
"courtesy-reminderΩ
DR-000032-25	DR-000032DR-000032-INV-005"CRED-009(≤ê†¸°30R|
INV-000032-005	ÌÃEURÈ
"È
0:Company 000032B32 rue de la R√©publiqueB
69005 LyonJdr-000032@example.comà
DR-000040-19	DR-000040DR-000040-INV-003"CRED-007(‰ê†¸°30ÇF
DR-000040-PLAN-19È

ÈÇYEUR
ÈÇYEURa
DR-000052-16	DR-000052DR-000052-INV-004"CRED-007(ñë†¸°30r È
"reminder-3-letterh
DR-000054-28	DR-000054DR-000054-INV-004"CRED-003(»ë†¸°30Z'
DR-000054-PAY-4	ã®;EURÈ
 h
DR-000055-25	DR-000055DR-000055-INV-004"CRED-003(˙ë†¸°30Z'
DR-000055-PAY-4	Ó±EURÈ
 Ω
DR-000067-18	DR-000067DR-000067-INV-005"CRED-002(¨í†¸°30R|
INV-000067-005	°óEURÈ
"È0:Company 000067B67 rue de la R√©publiqueB
69004 LyonJdr-000067@example.comΩ
DR-000071-28	DR-000071DR-000071-INV-005"CRED-008(ﬁí†¸°30R|
INV-000071-005	˜Ç+EURÈ
"È0:Company 000071B71 rue de la R√©publiqueB
69008 LyonJdr-000071@example.comΩ
DR-000088-37	DR-000088DR-000088-INV-006"CRED-006(êì†¸°30R|
INV-000088-006	◊ΩEURÈ
"È0:Company 000088B88 rue de la R√©publiqueB
69007 LyonJdr-000088@example.comh
DR-000102-29	DR-000102DR-000102-INV-005"CRED-006(¬ì†¸°30Z'
DR-000102-PAY-5	∞π1GBPÈ
 ]
DR-000124-25	DR-000124DR-000124-INV-004"CRED-011(Ùì†¸°30rÈ
"formal-notice`
DR-000129-32	DR-000129DR-000129-INV-005"CRED-008(¶î†¸°30rÈ
"reminder-1-email%
day-2025-10-26(òÿ€ó¢30≤	
È
º
DR-000002-11	DR-000002DR-000002-INV-006"CRED-004(Ä»π•¢30R{
INV-000002-006	ﬁ’fEURÈ
"È0:Company 000002B2 rue de la R√©publiqueB
69002 LyonJdr-000002@example.comº
DR-000009-11	DR-000009DR-000009-INV-005"CRED-003(≤»π•¢30R{
INV-000009-005	’πZEURÈ
"È0:Company 000009B9 rue de la R√©publiqueB
69009 LyonJdr-000009@example.comh
DR-000042-28	DR-000042DR-000042-INV-005"CRED-004(‰»π•¢30Z'
DR-000042-PAY-8	‹‘EURÈ
 h
DR-000064-11	DR-000064DR-000064-INV-004"CRED-003(ñ…π•¢30Z'
DR-000064-PAY-4	ªØEURÈ
 _
DR-000068-28	DR-000068DR-000068-INV-006"CRED-001(»…π•¢30rÈ
"courtesy-reminder`
DR-000075-29	DR-000075DR-000075-INV-005"CRED-004(˙…π•¢30rÈ
"reminder-1-emaila
DR-000126-32	DR-000126DR-000126-INV-005"CRED-001(¨ π•¢30r È
"reminder-3-letterb
DR-000132-19	DR-000132DR-000132-INV-004"CRED-005(ﬁ π•¢30r!È
"reminder-4-warningS
DR-000134-15	DR-000134DR-000134-INV-002"CRED-010(êÀπ•¢30ö
AGY-02È
h
DR-000149-11	DR-000149DR-000149-INV-005"CRED-001(¬Àπ•¢30Z'
DR-000149-PAY-5	“ÙEURÈ
 %
day-2025-10-27(òêı¿¢30≤	
È
æ
DR-000011-27	DR-000011DR-000011-INV-006"CRED-003(ÄÄ”Œ¢30R}
INV-000011-006
ÿ±´EURÈ
"È0:Company 000011B11 rue de la R√©publiqueB
69002 LyonJdr-000011@example.com]
DR-000015-27	DR-000015DR-000015-INV-004"CRED-008(≤Ä”Œ¢30rÈ
"formal-noticeÕ
DR-000039-19	DR-000039DR-000039-INV-006"CRED-006(‰Ä”Œ¢30Rã
INV-000039-006	¿˘mGBPÈ
"È*
Èºô0:Company 000039B39 rue de la R√©publiqueB
69003 LyonJdr-000039@example.com`
DR-000102-30	DR-000102DR-000102-INV-005"CRED-006(ñÅ”Œ¢30rÈ
"reminder-2-phoneh
DR-000108-12	DR-000108DR-000108-INV-004"CRED-003(»Å”Œ¢30Z'
DR-000108-PAY-4	˙ÎEURÈ
 ä
DR-000126-33	DR-000126DR-000126-INV-005"CRED-001(˙Å”Œ¢30ÇH
DR-000126-PLAN-33È

È	⁄ÁUSD
È	⁄ÁUSD%
day-2025-10-28(ò»éÍ¢30≤	
È
g
DR-000005-14	DR-000005DR-000005-INV-003"CRED-010(Ä∏Ï˜¢30Z&
DR-000005-PAY-3˛aEURÈ
 `
DR-000008-25	DR-000008DR-000008-INV-005"CRED-008(≤∏Ï˜¢30rÈ
"reminder-1-email`
DR-000019-22	DR-000019DR-000019-INV-004"CRED-003(‰∏Ï˜¢30rÈ
"reminder-2-phone_
DR-000066-22	DR-000066DR-000066-INV-004"CRED-009(ñπÏ˜¢30rÈ
"courtesy-reminder`
DR-000092-21	DR-000092DR-000092-INV-004"CRED-002(»πÏ˜¢30rÈ
"reminder-2-phone^
DR-000092-22	DR-000092DR-000092-INV-004"CRED-002(˙πÏ˜¢30z
	˜OEURÈ
È
%
day-2025-10-29(òÄ®ì£30≤	
È
a
DR-000005-15	DR-000005DR-000005-INV-003"CRED-010(ÄÖ°£30r È
"reminder-3-lettere
DR-000055-26	DR-000055DR-000055-INV-006"CRED-003(≤Ö°£30j$
DR-000055-CN-26ˆEURÈ
h
DR-000061-39	DR-000061DR-000061-INV-005"CRED-007(‰Ö°£30Z'
DR-000061-PAY-5	¸é(EURÈ
 `
DR-000076-33	DR-000076DR-000076-INV-004"CRED-008(ñÒÖ°£30rÈ
"reminder-2-phone_
DR-000079-12	DR-000079DR-000079-INV-005"CRED-012(»ÒÖ°£30rÈ
"courtesy-reminderg
DR-000079-13	DR-000079DR-000079-INV-005"CRED-012(˙ÒÖ°£30Z&
DR-000079-PAY-5ÂeGBPÈ
 æ
DR-000123-7	DR-000123DR-000123-INV-004"CRED-007(¨ÚÖ°£30R~
INV-000123-004	ÈõGBPÈ
"È0:Customer 000123B123 rue de la R√©publiqueB
69006 LyonJdr-000123@example.comÕ
DR-000147-28	DR-000147DR-000147-INV-007"CRED-012(ﬁÚÖ°£30Rã
INV-000147-007	‚âEURÈ
"È*
È	∑
0:Company 000147B147 rue de la R√©publiqueB
69003 LyonJdr-000147@example.com%
day-2025-10-30(ò∏¡º£30≤	
È
Ω
DR-000005-16	DR-000005DR-000005-INV-004"CRED-010(Ä®ü £30R|
INV-000005-004	°¥EURÈ
"È0:Customer 000005B5 rue de la R√©publiqueB
69005 LyonJdr-000005@example.comΩ
DR-000010-24	DR-000010DR-000010-INV-005"CRED-009(≤®ü £30R|
INV-000010-005	’ñ+EURÈ
"È0:Company 000010B10 rue de la R√©publiqueB
69001 LyonJdr-000010@example.com]
DR-000014-16	DR-000014DR-000014-INV-003"CRED-001(‰®ü £30rÈ
"formal-noticei
DR-000020-14	DR-000020DR-000020-INV-003"CRED-004(ñ©ü £30Z(
DR-000020-PAY-3
Ë£ÀEURÈ
 b
DR-000030-17	DR-000030DR-000030-INV-004"CRED-003(»©ü £30r!È
"reminder-4-warning]
DR-000072-31	DR-000072DR-000072-INV-004"CRED-003(˙©ü £30rÈ
"formal-noticeb
DR-000073-20	DR-000073DR-000073-INV-003"CRED-007(¨™ü £30r!È
"reminder-4-warningg
DR-000073-21	DR-000073DR-000073-INV-003"CRED-007(ﬁ™ü £30Z&
DR-000073-PAY-6Ü-EURÈ
 `
DR-000088-38	DR-000088DR-000088-INV-005"CRED-010(ê´ü £30rÈ
"reminder-1-email`
DR-000091-19	DR-000091DR-000091-INV-004"CRED-009(¬´ü £30rÈ
"reminder-1-emailb
DR-000103-29	DR-000103DR-000103-INV-004"CRED-009(Ù´ü £30r!È
"reminder-4-warningø
DR-000119-15	DR-000119DR-000119-INV-008"CRED-009(¶¨ü £30R~
INV-000119-008
…∆õEURÈ
"È0:Company 000119B119 rue de la R√©publiqueB
69002 LyonJdr-000119@example.com`
DR-000121-38	DR-000121DR-000121-INV-006"CRED-003(ÿ¨ü £30rÈ
"reminder-1-email`
DR-000121-38	DR-000121DR-000121-INV-006"CRED-003(ÿ¨ü £30rÈ
"reminder-1-email%
day-2025-10-31(ò⁄Â£30≤	
È
\
DR-000012-30	DR-000012DR-000012-INV-003"CRED-002(Ä‡∏Û£30¢ÈRG-000012-003Z
DR-000015-28	DR-000015DR-000015-INV-003"CRED-008(≤‡∏Û£30™
ÈuncollectableΩ
DR-000017-11	DR-000017DR-000017-INV-005"CRED-011(‰‡∏Û£30R|
INV-000017-005	®…USDÈ"È0:Company 000017B17 rue de la R√©publiqueB
69008 LyonJdr-000017@example.com`
DR-000024-20	DR-000024DR-000024-INV-004"CRED-001(ñ·∏Û£30rÈ"reminder-1-email`
DR-000025-15	DR-000025DR-000025-INV-003"CRED-009(»·∏Û£30rÈ"reminder-1-emailX
DR-000050-10	DR-000050DR-000050-INV-003"CRED-012(˙·∏Û£30í	„…EURÈ_
DR-000065-9	DR-000065DR-000065-INV-004"CRED-012(¨‚∏Û£30rÈ"reminder-1-emailh
DR-000065-10	DR-000065DR-000065-INV-004"CRED-012(ﬁ‚∏Û£30Z'
DR-000065-PAY-4	Ÿ™EURÈ `
DR-000075-30	DR-000075DR-000075-INV-006"CRED-004(ê„∏Û£30rÈ"reminder-2-phone^
DR-000075-31	DR-000075DR-000075-INV-006"CRED-004(¬„∏Û£30z
	¥ßEURÈÈh
DR-000076-34	DR-000076DR-000076-INV-003"CRED-008(Ù„∏Û£30Z'
DR-000076-PAY-10ÔKEURÈ æ
DR-000082-11	DR-000082DR-000082-INV-005"CRED-007(¶‰∏Û£30R}
INV-000082-005
¸öÇEURÈ"È0:Company 000082B82 rue de la R√©publiqueB
69001 LyonJdr-000082@example.coma
DR-000082-12	DR-000082DR-000082-INV-004"CRED-007(ÿ‰∏Û£30r È"reminder-3-letteræ
DR-000135-9	DR-000135DR-000135-INV-005"CRED-008(äÂ∏Û£30R~
INV-000135-005	∑ñEURÈ"È0:Customer 000135B135 rue de la R√©publiqueB
69009 LyonJdr-000135@example.comh
DR-000141-29	DR-000141DR-000141-INV-005"CRED-005(ºÂ∏Û£30Z'
DR-000141-PAY-7	¿¸USDÈ À
DR-000142-10	DR-000142DR-000142-INV-005"CRED-004(ÓÂ∏Û£30Râ
INV-000142-005ä1EURÈ"È*
È}0:Company 000142B142 rue de la R√©publiqueB
69007 LyonJdr-000142@example.comæ
DR-000150-29	DR-000150DR-000150-INV-006"CRED-002(†Ê∏Û£30R}
INV-000150-006	–∂CHFÈ"È0:Company 000150B150 rue de la R√©publiqueB
69006 LyonJdr-000150@example.com%
day-2025-11-01(ò®Ùé§30≤	
È]
DR-000004-33	DR-000004DR-000004-INV-004"CRED-011(Äò“ú§30rÈ"formal-noticea
DR-000011-28	DR-000011DR-000011-INV-004"CRED-004(≤ò“ú§30r È"reminder-3-letter]
DR-000019-23	DR-000019DR-000019-INV-003"CRED-003(‰ò“ú§30rÈ"formal-noticeh
DR-000027-11	DR-000027DR-000027-INV-003"CRED-003(ñô“ú§30Z'
DR-000027-PAY-3	ÎœEURÈ `
DR-000050-11	DR-000050DR-000050-INV-003"CRED-012(»ô“ú§30rÈ"reminder-1-email]
DR-000053-22	DR-000053DR-000053-INV-004"CRED-008(˙ô“ú§30rÈ"formal-noticeΩ
DR-000083-16	DR-000083DR-000083-INV-004"CRED-010(¨ö“ú§30R|
INV-000083-004Á:EURÈ"È0:Customer 000083B83 rue de la R√©publiqueB
69002 LyonJdr-000083@example.comi
DR-000088-39	DR-000088DR-000088-INV-002"CRED-006(ﬁö“ú§30Z(
DR-000088-PAY-15	ıíEURÈ h
DR-000127-14	DR-000127DR-000127-INV-003"CRED-012(êõ“ú§30Z'
DR-000127-PAY-3	≤∏zEURÈ h
DR-000128-10	DR-000128DR-000128-INV-004"CRED-012(¬õ“ú§30Z'
DR-000128-PAY-4	˘ÉIUSDÈ `
DR-000129-33	DR-000129DR-000129-INV-005"CRED-008(Ùõ“ú§30rÈ"reminder-2-phone`
DR-000129-33	DR-000129DR-000129-INV-005"CRED-008(Ùõ“ú§30rÈ"reminder-2-phone%
day-2025-11-02(ò‡ç∏§30≤	
ÈΩ
DR-000006-16	DR-000006DR-000006-INV-004"CRED-011(Ä–Î≈§30R|
INV-000006-004	¢∑EURÈ"È0:Customer 000006B6 rue de la R√©publiqueB
69006 LyonJdr-000006@example.comb
DR-000010-25	DR-000010DR-000010-INV-004"CRED-005(≤–Î≈§30r!È"reminder-4-warning`
DR-000011-29	DR-000011DR-000011-INV-005"CRED-003(‰–Î≈§30rÈ"reminder-1-email`
DR-000013-31	DR-000013DR-000013-INV-005"CRED-007(ñ—Î≈§30rÈ"reminder-1-email]
DR-000070-22	DR-000070DR-000070-INV-004"CRED-003(»—Î≈§30rÈ"formal-notice`
DR-000075-32	DR-000075DR-000075-INV-005"CRED-004(˙—Î≈§30rÈ"reminder-2-phone^
DR-000075-33	DR-000075DR-000075-INV-005"CRED-004(¨“Î≈§30z
	·πmEURÈÈ^
DR-000106-6	DR-000106DR-000106-INV-003"CRED-007(ﬁ“Î≈§30rÈ"courtesy-reminder_
DR-000122-8	DR-000122DR-000122-INV-003"CRED-009(ê”Î≈§30rÈ"reminder-1-email%
day-2025-11-03(òòß·§30≤	
Èb
DR-000011-30	DR-000011DR-000011-INV-004"CRED-004(ÄàÖÔ§30r!È"reminder-4-warningΩ
DR-000025-16	DR-000025DR-000025-INV-005"CRED-009(≤àÖÔ§30R|
INV-000025-005	ÏπEURÈ"Í0:Company 000025B25 rue de la R√©publiqueB
69007 LyonJdr-000025@example.com_
DR-000026-10	DR-000026DR-000026-INV-003"CRED-004(‰àÖÔ§30rÈ"courtesy-reminderæ
DR-000027-12	DR-000027DR-000027-INV-004"CRED-003(ñâÖÔ§30R}
INV-000027-004	è›EURÈ"È0:Customer 000027B27 rue de la R√©publiqueB
69009 LyonJdr-000027@example.comh
DR-000039-20	DR-000039DR-000039-INV-006"CRED-006(»âÖÔ§30Z'
DR-000039-PAY-6	Ñ‡kGBPÈ _
DR-000045-13	DR-000045DR-000045-INV-006"CRED-002(˙âÖÔ§30rÈ"courtesy-reminderb
DR-000052-17	DR-000052DR-000052-INV-004"CRED-007(¨äÖÔ§30r!È"reminder-4-warningh
DR-000075-34	DR-000075DR-000075-INV-006"CRED-004(ﬁäÖÔ§30Z'
DR-000075-PAY-5	¥ßEURÈ a
DR-000102-31	DR-000102DR-000102-INV-005"CRED-006(êãÖÔ§30r È"reminder-3-lettere
DR-000142-11	DR-000142DR-000142-INV-005"CRED-004(¬ãÖÔ§30j$
DR-000142-CN-11©	EURÈ%
day-2025-11-04(ò–¿ä•30≤	
È`
DR-000008-26	DR-000008DR-000008-INV-005"CRED-008(Ä¿ûò•30rÈ"reminder-2-phoneS
DR-000008-27	DR-000008DR-000008-INV-004"CRED-008(≤¿ûò•30ö
AGY-03Èa
DR-000019-24	DR-000019DR-000019-INV-004"CRED-003(‰¿ûò•30r È"reminder-3-letter]
DR-000021-27	DR-000021DR-000021-INV-004"CRED-001(ñ¡ûò•30rÈ"formal-noticeh
DR-000026-11	DR-000026DR-000026-INV-003"CRED-004(»¡ûò•30Z'
DR-000026-PAY-3	∂âEURÈ g
DR-000040-20	DR-000040DR-000040-INV-003"CRED-007(˙¡ûò•30Z&
DR-000040-PAY-6ÇYEURÈ Ω
DR-000047-23	DR-000047DR-000047-INV-004"CRED-008(¨¬ûò•30R|
INV-000047-004•(EURÈ"È0:Customer 000047B47 rue de la R√©publiqueB
69002 LyonJdr-000047@example.com`
DR-000053-23	DR-000053DR-000053-INV-005"CRED-008(ﬁ¬ûò•30rÈ"reminder-1-emailg
DR-000055-27	DR-000055DR-000055-INV-006"CRED-003(ê√ûò•30Z&
DR-000055-PAY-5õ:EURÈ h
DR-000070-23	DR-000070DR-000070-INV-004"CRED-003(¬√ûò•30Z'
DR-000070-PAY-5	È±
EURÈ h
DR-000074-21	DR-000074DR-000074-INV-004"CRED-007(Ù√ûò•30Z'
DR-000074-PAY-4	›÷EURÈ `
DR-000078-28	DR-000078DR-000078-INV-005"CRED-011(¶ƒûò•30rÈ"reminder-1-email`
DR-000086-18	DR-000086DR-000086-INV-005"CRED-005(ÿƒûò•30rÈ"reminder-1-emailh
DR-000108-13	DR-000108DR-000108-INV-005"CRED-003(ä≈ûò•30Z'
DR-000108-PAY-5	·≤{EURÈ U
DR-000132-20	DR-000132"CRED-005(º≈ûò•30Z'
DR-000132-PAY-4	Ω˚CHFÈ %
day-2025-11-05(òà⁄≥•30≤	
Èa
DR-000012-31	DR-000012DR-000012-INV-004"CRED-002(Ä¯∑¡•30r È"reminder-3-lettera
DR-000038-18	DR-000038DR-000038-INV-003"CRED-006(≤¯∑¡•30r È"reminder-3-letterΩ
DR-000042-29	DR-000042DR-000042-INV-006"CRED-004(‰¯∑¡•30R|
INV-000042-006	œËLEURÈ"Í0:Company 000042B42 rue de la R√©publiqueB
69006 LyonJdr-000042@example.comh
DR-000045-14	DR-000045DR-000045-INV-006"CRED-002(ñ˘∑¡•30Z'
DR-000045-PAY-6	†·:EURÈ `
DR-000050-12	DR-000050DR-000050-INV-003"CRED-012(»˘∑¡•30rÈ"reminder-2-phone`
DR-000067-19	DR-000067DR-000067-INV-004"CRED-002(˙˘∑¡•30rÈ"reminder-1-emailh
DR-000067-20	DR-000067DR-000067-INV-004"CRED-002(¨˙∑¡•30Z'
DR-000067-PAY-6	·‰:EURÈ `
DR-000068-29	DR-000068DR-000068-INV-006"CRED-001(ﬁ˙∑¡•30rÈ"reminder-1-emaila
DR-000076-35	DR-000076DR-000076-INV-004"CRED-008(ê˚∑¡•30r È"reminder-3-letterg
DR-000106-7	DR-000106DR-000106-INV-003"CRED-007(¬˚∑¡•30Z'
DR-000106-PAY-3	⁄ CHFÈ f
DR-000122-9	DR-000122DR-000122-INV-003"CRED-009(Ù˚∑¡•30Z&
DR-000122-PAY-3ø1EURÈ `
DR-000147-29	DR-000147DR-000147-INV-006"CRED-012(¶¸∑¡•30rÈ"reminder-1-email%
day-2025-11-06(ò¿Û‹•30≤	
Èh
DR-000019-25	DR-000019DR-000019-INV-003"CRED-003(Ä∞—Í•30Z'
DR-000019-PAY-3	ª˜!EURÈ ≤
DR-000025-17	DR-000025DR-000025-INV-003"CRED-009(≤∞—Í•30Çp
DR-000025-PLAN-17È
Èÿ`EUR
Èÿ`EUR
Íÿ`EUR
Íÿ`EURæ
DR-000034-12	DR-000034DR-000034-INV-006"CRED-009(‰∞—Í•30R}
INV-000034-006
ƒîîUSDÈ"È0:Company 000034B34 rue de la R√©publiqueB
69007 LyonJdr-000034@example.comΩ
DR-000037-12	DR-000037DR-000037-INV-006"CRED-010(ñ±—Í•30R|
INV-000037-006	ÄΩEURÈ"Í0:Company 000037B37 rue de la R√©publiqueB
69001 LyonJdr-000037@example.comb
DR-000038-19	DR-000038DR-000038-INV-003"CRED-006(»±—Í•30r!È"reminder-4-warningh
DR-000074-22	DR-000074DR-000074-INV-003"CRED-007(˙±—Í•30Z'
DR-000074-PAY-5	˝√EURÈ º
DR-000077-9	DR-000077DR-000077-INV-005"CRED-010(¨≤—Í•30R|
INV-000077-005	∆ÕEURÈ"È0:Company 000077B77 rue de la R√©publiqueB
69005 LyonJdr-000077@example.com`
DR-000088-40	DR-000088DR-000088-INV-005"CRED-010(ﬁ≤—Í•30rÈ"reminder-2-phone`
DR-000091-20	DR-000091DR-000091-INV-004"CRED-009(ê≥—Í•30rÈ"reminder-2-phone^
DR-000091-21	DR-000091DR-000091-INV-004"CRED-009(¬≥—Í•30z
	å”EURÈÈ`
DR-000121-39	DR-000121DR-000121-INV-006"CRED-003(Ù≥—Í•30rÈ"reminder-2-phone]
DR-000129-34	DR-000129DR-000129-INV-004"CRED-008(¶¥—Í•30rÈ"formal-notice`
DR-000148-14	DR-000148DR-000148-INV-004"CRED-003(ÿ¥—Í•30rÈ"reminder-1-email%
day-2025-11-07(ò¯åÜ¶30≤	
È`
DR-000001-12	DR-000001DR-000001-INV-003"CRED-006(ÄËÍì¶30rÈ"reminder-1-emailb
DR-000005-17	DR-000005DR-000005-INV-003"CRED-010(≤ËÍì¶30r!È"reminder-4-warningb
DR-000012-32	DR-000012DR-000012-INV-004"CRED-002(‰ËÍì¶30r!È"reminder-4-warningi
DR-000021-28	DR-000021DR-000021-INV-004"CRED-001(ñÈÍì¶30Z(
DR-000021-PAY-6
à–äEURÈ `
DR-000024-21	DR-000024DR-000024-INV-004"CRED-001(»ÈÍì¶30rÈ"reminder-2-phone]
DR-000024-22	DR-000024DR-000024-INV-004"CRED-001(˙ÈÍì¶30z
©NEURÈÈZ
DR-000047-24	DR-000047DR-000047-INV-003"CRED-008(¨ÍÍì¶30™
Èuncollectable`
DR-000066-23	DR-000066DR-000066-INV-004"CRED-009(ﬁÍÍì¶30rÈ"reminder-1-emailh
DR-000070-24	DR-000070DR-000070-INV-006"CRED-003(êÎÍì¶30Z'
DR-000070-PAY-6	ÍœEURÈ h
DR-000071-29	DR-000071DR-000071-INV-003"CRED-008(¬ÎÍì¶30Z'
DR-000071-PAY-2	å®;EURÈ Ω
DR-000086-19	DR-000086DR-000086-INV-006"CRED-005(ÙÎÍì¶30R|
INV-000086-006	ãßCHFÈ"Í0:Company 000086B86 rue de la R√©publiqueB
69005 LyonJdr-000086@example.comi
DR-000086-20	DR-000086DR-000086-INV-005"CRED-005(¶ÏÍì¶30Z(
DR-000086-PAY-5
∞®øCHFÈ Ω
DR-000099-16	DR-000099DR-000099-INV-006"CRED-006(ÿÏÍì¶30R|
INV-000099-006	î–EURÈ"È0:Company 000099B99 rue de la R√©publiqueB
69009 LyonJdr-000099@example.comS
DR-000121-40	DR-000121DR-000121-INV-005"CRED-003(äÌÍì¶30ö
AGY-02È%
day-2025-11-08(ò∞¶Ø¶30≤	
È`
DR-000012-33	DR-000012DR-000012-INV-005"CRED-002(Ä†ÑΩ¶30rÈ	"reminder-1-emaila
DR-000129-35	DR-000129DR-000129-INV-005"CRED-008(≤†ÑΩ¶30r È	"reminder-3-letterÕ
DR-000146-10	DR-000146DR-000146-INV-005"CRED-002(‰†ÑΩ¶30Rã
INV-000146-005	˘¿EURÈ	"È	*
È∞/0:Company 000146B146 rue de la R√©publiqueB
69002 LyonJdr-000146@example.com%
day-2025-11-09(òËøÿ¶30≤	
È	`
DR-000011-31	DR-000011DR-000011-INV-005"CRED-003(ÄÿùÊ¶30rÈ
"reminder-2-phone^
DR-000011-32	DR-000011DR-000011-INV-005"CRED-003(≤ÿùÊ¶30z
	«˙#EURÈÈ
`
DR-000013-32	DR-000013DR-000013-INV-005"CRED-007(‰ÿùÊ¶30rÈ
"reminder-2-phone^
DR-000013-33	DR-000013DR-000013-INV-005"CRED-007(ñŸùÊ¶30z
	õﬁEURÈÈ
h
DR-000034-13	DR-000034DR-000034-INV-005"CRED-009(»ŸùÊ¶30Z'
DR-000034-PAY-5	öõUSDÈ
 `
DR-000036-20	DR-000036DR-000036-INV-004"CRED-010(˙ŸùÊ¶30rÈ
"reminder-1-emailJ
DR-000074-23	DR-000074"CRED-007(¨⁄ùÊ¶30b
DR-000074-PAY-4È
b
DR-000082-13	DR-000082DR-000082-INV-004"CRED-007(ﬁ⁄ùÊ¶30r!È
"reminder-4-warningi
DR-000088-41	DR-000088DR-000088-INV-005"CRED-010(ê€ùÊ¶30Z(
DR-000088-PAY-16	ˇÜEURÈ
 h
DR-000119-16	DR-000119DR-000119-INV-007"CRED-009(¬€ùÊ¶30Z'
DR-000119-PAY-7	Ì«!EURÈ
 _
DR-000141-30	DR-000141DR-000141-INV-006"CRED-005(Ù€ùÊ¶30rÈ
"courtesy-reminder%
day-2025-11-10(ò†ŸÅß30≤	
È
S
DR-000015-29	DR-000015DR-000015-INV-004"CRED-008(Äê∑èß30ö
AGY-03ÈΩ
DR-000020-15	DR-000020DR-000020-INV-004"CRED-004(≤ê∑èß30R|
INV-000020-004	ñöuEURÈ"È0:Company 000020B20 rue de la R√©publiqueB
69002 LyonJdr-000020@example.comΩ
DR-000060-10	DR-000060DR-000060-INV-004"CRED-010(‰ê∑èß30R|
INV-000060-004é;EURÈ"È0:Customer 000060B60 rue de la R√©publiqueB
69006 LyonJdr-000060@example.comΩ
DR-000068-30	DR-000068DR-000068-INV-007"CRED-001(ñë∑èß30R|
INV-000068-007	ŸÔEURÈ"È0:Company 000068B68 rue de la R√©publiqueB
69005 LyonJdr-000068@example.com`
DR-000071-30	DR-000071DR-000071-INV-004"CRED-008(»ë∑èß30rÈ"reminder-1-email`
DR-000074-24	DR-000074DR-000074-INV-004"CRED-007(˙ë∑èß30rÈ"reminder-1-emailh
DR-000076-36	DR-000076DR-000076-INV-004"CRED-008(¨í∑èß30Z'
DR-000076-PAY-11≠4EURÈ h
DR-000096-27	DR-000096DR-000096-INV-004"CRED-004(ﬁí∑èß30Z'
DR-000096-PAY-4	ã™EURÈ h
DR-000102-32	DR-000102DR-000102-INV-005"CRED-006(êì∑èß30Z'
DR-000102-PAY-6	¸ƒ4GBPÈ ø
DR-000105-29	DR-000105DR-000105-INV-006"CRED-004(¬ì∑èß30R~
INV-000105-006	çπEURÈ"È0:Customer 000105B105 rue de la R√©publiqueB
69006 LyonJdr-000105@example.comJ
DR-000141-31	DR-000141"CRED-005(Ùì∑èß30b
DR-000141-PAY-7Èi
DR-000143-29	DR-000143DR-000143-INV-004"CRED-005(¶î∑èß30Z(
DR-000143-PAY-14	•ØEURÈ %
day-2025-11-11(òÿÚ™ß30≤	
Èa
DR-000008-28	DR-000008DR-000008-INV-005"CRED-008(Ä»–∏ß30r È"reminder-3-letter`
DR-000046-17	DR-000046DR-000046-INV-004"CRED-010(≤»–∏ß30rÈ"reminder-1-emailS
DR-000053-24	DR-000053DR-000053-INV-004"CRED-008(‰»–∏ß30ö
AGY-02È`
DR-000053-25	DR-000053DR-000053-INV-005"CRED-008(ñ…–∏ß30rÈ"reminder-2-phone]
DR-000053-26	DR-000053DR-000053-INV-005"CRED-008(»…–∏ß30z
˛1USDÈÈ`
DR-000078-29	DR-000078DR-000078-INV-005"CRED-011(˙…–∏ß30rÈ"reminder-2-phone^
DR-000087-7	DR-000087DR-000087-INV-003"CRED-010(¨ –∏ß30rÈ"courtesy-reminderh
DR-000091-22	DR-000091DR-000091-INV-004"CRED-009(ﬁ –∏ß30Z'
DR-000091-PAY-3	å”EURÈ h
DR-000091-23	DR-000091DR-000091-INV-003"CRED-009(êÀ–∏ß30Z'
DR-000091-PAY-4	÷·1EURÈ Ω
DR-000092-23	DR-000092DR-000092-INV-005"CRED-007(¬À–∏ß30R|
INV-000092-005	–çCHFÈ"È0:Company 000092B92 rue de la R√©publiqueB
69002 LyonJdr-000092@example.comh
DR-000115-11	DR-000115DR-000115-INV-004"CRED-005(ÙÀ–∏ß30Z'
DR-000115-PAY-4	É˝CHFÈ æ
DR-000124-26	DR-000124DR-000124-INV-005"CRED-011(¶Ã–∏ß30R}
INV-000124-005	òºEURÈ"È0:Company 000124B124 rue de la R√©publiqueB
69007 LyonJdr-000124@example.com`
DR-000141-32	DR-000141DR-000141-INV-005"CRED-005(ÿÃ–∏ß30rÈ"reminder-1-emailh
DR-000141-33	DR-000141DR-000141-INV-006"CRED-005(äÕ–∏ß30Z'
DR-000141-PAY-8	ˆ˙USDÈ %
day-2025-11-12(òêå‘ß30≤	
ÈU
DR-000046-18	DR-000046"CRED-010(ÄÄÍ·ß30Z'
DR-000046-PAY-4	›ºEURÈ a
DR-000050-13	DR-000050DR-000050-INV-003"CRED-012(≤ÄÍ·ß30r È"reminder-3-letterg
DR-000052-18	DR-000052DR-000052-INV-004"CRED-007(‰ÄÍ·ß30Z&
DR-000052-PAY-4ú)EURÈ `
DR-000055-28	DR-000055DR-000055-INV-005"CRED-003(ñÅÍ·ß30rÈ"reminder-1-emailX
DR-000061-40	DR-000061DR-000061-INV-006"CRED-007(»ÅÍ·ß30í	¸¸EURÈ`
DR-000068-31	DR-000068DR-000068-INV-006"CRED-001(˙ÅÍ·ß30rÈ"reminder-2-phoneh
DR-000102-33	DR-000102DR-000102-INV-006"CRED-006(¨ÇÍ·ß30Z'
DR-000102-PAY-7	Ü∏:GBPÈ b
DR-000102-34	DR-000102DR-000102-INV-005"CRED-006(ﬁÇÍ·ß30r!È"reminder-4-warningg
DR-000104-20	DR-000104DR-000104-INV-003"CRED-003(êÉÍ·ß30Z&
DR-000104-PAY-7«*EURÈ i
DR-000121-41	DR-000121DR-000121-INV-004"CRED-003(¬ÉÍ·ß30Z(
DR-000121-PAY-3
ë»»USDÈ ø
DR-000125-26	DR-000125DR-000125-INV-005"CRED-007(ÙÉÍ·ß30R~
INV-000125-005
«µÜEURÈ"Í0:Company 000125B125 rue de la R√©publiqueB
69008 LyonJdr-000125@example.com`
DR-000127-15	DR-000127DR-000127-INV-004"CRED-012(¶ÑÍ·ß30rÈ"reminder-1-emailh
DR-000129-36	DR-000129DR-000129-INV-004"CRED-008(ÿÑÍ·ß30Z'
DR-000129-PAY-4	õØEURÈ `
DR-000141-34	DR-000141DR-000141-INV-005"CRED-005(äÖÍ·ß30rÈ"reminder-2-phone`
DR-000147-30	DR-000147DR-000147-INV-006"CRED-012(ºÖÍ·ß30rÈ"reminder-2-phone%
day-2025-11-13(ò»•˝ß30≤	
Èb
DR-000019-26	DR-000019DR-000019-INV-004"CRED-003(Ä∏Éã®30r!È"reminder-4-warningi
DR-000058-35	DR-000058DR-000058-INV-004"CRED-010(≤∏Éã®30Z(
DR-000058-PAY-10	Æ≤EURÈ `
DR-000061-41	DR-000061DR-000061-INV-006"CRED-007(‰∏Éã®30rÈ"reminder-1-emailJ
DR-000067-21	DR-000067"CRED-002(ñπÉã®30b
DR-000067-PAY-6Èh
DR-000074-25	DR-000074DR-000074-INV-004"CRED-007(»πÉã®30Z'
DR-000074-PAY-6	›÷EURÈ a
DR-000088-42	DR-000088DR-000088-INV-005"CRED-010(˙πÉã®30r È"reminder-3-lettera
DR-000121-42	DR-000121DR-000121-INV-006"CRED-003(¨∫Éã®30r È"reminder-3-letter`
DR-000148-15	DR-000148DR-000148-INV-004"CRED-003(ﬁ∫Éã®30rÈ"reminder-2-phone%
day-2025-11-14(òÄø¶®30≤	
È`
DR-000001-13	DR-000001DR-000001-INV-003"CRED-006(Äú¥®30rÈ"reminder-2-phone]
DR-000030-18	DR-000030DR-000030-INV-004"CRED-003(≤ú¥®30rÈ"formal-noticeg
DR-000040-21	DR-000040DR-000040-INV-002"CRED-007(‰ú¥®30Z&
DR-000040-PAY-7ˇ7EURÈ º
DR-000044-25	DR-000044DR-000044-INV-007"CRED-006(ñÒú¥®30R{
INV-000044-007‚gEURÈ"Í0:Company 000044B44 rue de la R√©publiqueB
69008 LyonJdr-000044@example.com`
DR-000054-29	DR-000054DR-000054-INV-005"CRED-003(»Òú¥®30rÈ"reminder-1-emailg
DR-000065-11	DR-000065DR-000065-INV-005"CRED-012(˙Òú¥®30Z&
DR-000065-PAY-5˚@EURÈ `
DR-000066-24	DR-000066DR-000066-INV-004"CRED-009(¨Úú¥®30rÈ"reminder-2-phoneh
DR-000066-25	DR-000066DR-000066-INV-004"CRED-009(ﬁÚú¥®30Z'
DR-000066-PAY-4	±◊EURÈ h
DR-000067-22	DR-000067DR-000067-INV-005"CRED-002(êÛú¥®30Z'
DR-000067-PAY-7	°óEURÈ `
DR-000067-23	DR-000067DR-000067-INV-004"CRED-002(¬Ûú¥®30rÈ"reminder-2-phone_
DR-000069-31	DR-000069DR-000069-INV-005"CRED-003(ÙÛú¥®30rÈ"courtesy-reminder]
DR-000073-22	DR-000073DR-000073-INV-003"CRED-007(¶Ùú¥®30rÈ"formal-noticeb
DR-000076-37	DR-000076DR-000076-INV-004"CRED-008(ÿÙú¥®30r!È"reminder-4-warningΩ
DR-000090-26	DR-000090DR-000090-INV-005"CRED-002(äıú¥®30R|
INV-000090-005	ıúGBPÈ"È0:Company 000090B90 rue de la R√©publiqueB
69009 LyonJdr-000090@example.coma
DR-000092-24	DR-000092DR-000092-INV-004"CRED-002(ºıú¥®30r È"reminder-3-letterg
DR-000095-9	DR-000095DR-000095-INV-004"CRED-007(Óıú¥®30Z'
DR-000095-PAY-4	èóEURÈ ]
DR-000103-30	DR-000103DR-000103-INV-004"CRED-009(†ˆú¥®30rÈ"formal-noticeæ
DR-000108-14	DR-000108DR-000108-INV-006"CRED-003(“ˆú¥®30R}
INV-000108-006	û…EURÈ"È0:Company 000108B108 rue de la R√©publiqueB
69009 LyonJdr-000108@example.com%
day-2025-11-15(ò∏ÿœ®30≤	
È`
DR-000012-34	DR-000012DR-000012-INV-005"CRED-002(Ä®∂›®30rÈ"reminder-2-phone^
DR-000012-35	DR-000012DR-000012-INV-005"CRED-002(≤®∂›®30z
	‹ãCHFÈÈh
DR-000013-34	DR-000013DR-000013-INV-005"CRED-007(‰®∂›®30Z'
DR-000013-PAY-6	õﬁEURÈ s
DR-000017-12	DR-000017DR-000017-INV-005"CRED-011(ñ©∂›®30ä1
billing error on some lines	»ÎUSDÈæ
DR-000024-23	DR-000024DR-000024-INV-005"CRED-001(»©∂›®30R}
INV-000024-005	‹ŸEURÈ"È0:Customer 000024B24 rue de la R√©publiqueB
69006 LyonJdr-000024@example.com`
DR-000030-19	DR-000030DR-000030-INV-005"CRED-003(˙©∂›®30rÈ"reminder-1-email`
DR-000063-31	DR-000063DR-000063-INV-004"CRED-001(¨™∂›®30rÈ"reminder-1-emailΩ
DR-000089-13	DR-000089DR-000089-INV-003"CRED-010(ﬁ™∂›®30R|
INV-000089-003”uEURÈ"È0:Customer 000089B89 rue de la R√©publiqueB
69008 LyonJdr-000089@example.comb
DR-000092-25	DR-000092DR-000092-INV-004"CRED-002(ê´∂›®30r!È"reminder-4-warningø
DR-000114-14	DR-000114DR-000114-INV-003"CRED-001(¬´∂›®30R~
INV-000114-003	ûéEURÈ"È0:Customer 000114B114 rue de la R√©publiqueB
69006 LyonJdr-000114@example.comæ
DR-000118-5	DR-000118DR-000118-INV-003"CRED-006(Ù´∂›®30R~
INV-000118-003	â§USDÈ"È0:Customer 000118B118 rue de la R√©publiqueB
69001 LyonJdr-000118@example.comg
DR-000122-10	DR-000122DR-000122-INV-004"CRED-009(¶¨∂›®30Z&
DR-000122-PAY-4∞oEURÈ g
DR-000142-12	DR-000142DR-000142-INV-005"CRED-004(ÿ¨∂›®30Z&
DR-000142-PAY-5·'EURÈ %
day-2025-11-16(òÒ¯®30≤	
Èg
DR-000004-34	DR-000004DR-000004-INV-003"CRED-011(Ä‡œÜ©30Z&
DR-000004-PAY-7¿|GBPÈ h
DR-000035-14	DR-000035DR-000035-INV-006"CRED-010(≤‡œÜ©30Z'
DR-000035-PAY-6	“ëEURÈ `
DR-000036-21	DR-000036DR-000036-INV-004"CRED-010(‰‡œÜ©30rÈ"reminder-2-phone^
DR-000036-22	DR-000036DR-000036-INV-004"CRED-010(ñ·œÜ©30z
	ÁÖEURÈÈ]
DR-000038-20	DR-000038DR-000038-INV-003"CRED-006(»·œÜ©30rÈ"formal-noticeæ
DR-000052-19	DR-000052DR-000052-INV-005"CRED-006(˙·œÜ©30R}
INV-000052-005
’¢‚EURÈ"È0:Company 000052B52 rue de la R√©publiqueB
69007 LyonJdr-000052@example.comø
DR-000101-10	DR-000101DR-000101-INV-005"CRED-002(¨‚œÜ©30R~
INV-000101-005
È◊∞CHFÈ"È0:Company 000101B101 rue de la R√©publiqueB
69002 LyonJdr-000101@example.comh
DR-000111-13	DR-000111DR-000111-INV-004"CRED-003(ﬁ‚œÜ©30Z'
DR-000111-PAY-4	ÆŒCHFÈ Ω
DR-000112-14	DR-000112DR-000112-INV-007"CRED-001(ê„œÜ©30R|
INV-000112-007‘EEURÈ"È0:Company 000112B112 rue de la R√©publiqueB
69004 LyonJdr-000112@example.comh
DR-000146-11	DR-000146DR-000146-INV-005"CRED-002(¬„œÜ©30Z'
DR-000146-PAY-5	…ëEURÈ %
day-2025-11-17(ò®ã¢©30≤	
È]
DR-000010-26	DR-000010DR-000010-INV-004"CRED-005(ÄòÈØ©30rÈ"formal-notice`
DR-000019-27	DR-000019DR-000019-INV-005"CRED-003(≤òÈØ©30rÈ"reminder-1-emailæ
DR-000028-12	DR-000028DR-000028-INV-005"CRED-005(‰òÈØ©30R}
INV-000028-005	√“EURÈ"Í0:Customer 000028B28 rue de la R√©publiqueB
69001 LyonJdr-000028@example.com_
DR-000070-25	DR-000070DR-000070-INV-005"CRED-003(ñôÈØ©30rÈ"courtesy-reminder`
DR-000071-31	DR-000071DR-000071-INV-004"CRED-008(»ôÈØ©30rÈ"reminder-2-phoneb
DR-000129-37	DR-000129DR-000129-INV-005"CRED-008(˙ôÈØ©30r!È"reminder-4-warning`
DR-000133-15	DR-000133DR-000133-INV-004"CRED-010(¨öÈØ©30rÈ"reminder-1-emaila
DR-000141-35	DR-000141DR-000141-INV-005"CRED-005(ﬁöÈØ©30r È"reminder-3-letter%
day-2025-11-18(ò‡§À©30≤	
È]
DR-000011-33	DR-000011DR-000011-INV-004"CRED-004(Ä–ÇŸ©30rÈ"formal-noticeΩ
DR-000049-31	DR-000049DR-000049-INV-006"CRED-004(≤–ÇŸ©30R|
INV-000049-006	‰üEURÈ"Í0:Company 000049B49 rue de la R√©publiqueB
69004 LyonJdr-000049@example.comΩ
DR-000051-12	DR-000051DR-000051-INV-005"CRED-009(‰–ÇŸ©30R|
INV-000051-005	Á‡EURÈ"Í0:Company 000051B51 rue de la R√©publiqueB
69006 LyonJdr-000051@example.com`
DR-000061-42	DR-000061DR-000061-INV-006"CRED-007(ñ—ÇŸ©30rÈ"reminder-2-phonea
DR-000078-30	DR-000078DR-000078-INV-005"CRED-011(»—ÇŸ©30r È"reminder-3-letter%
day-2025-11-19(òòæÙ©30≤	
ÈΩ
DR-000004-35	DR-000004DR-000004-INV-005"CRED-011(ÄàúÇ™30R|
INV-000004-005
˛ÆºGBPÈ"È0:Company 000004B4 rue de la R√©publiqueB
69004 LyonJdr-000004@example.comh
DR-000012-36	DR-000012DR-000012-INV-005"CRED-002(≤àúÇ™30Z'
DR-000012-PAY-2	‹ãCHFÈ g
DR-000024-24	DR-000024DR-000024-INV-004"CRED-001(‰àúÇ™30Z&
DR-000024-PAY-4©NEURÈ `
DR-000055-29	DR-000055DR-000055-INV-005"CRED-003(ñâúÇ™30rÈ"reminder-2-phonea
DR-000067-24	DR-000067DR-000067-INV-004"CRED-002(»âúÇ™30r È"reminder-3-lettera
DR-000068-32	DR-000068DR-000068-INV-006"CRED-001(˙âúÇ™30r È"reminder-3-lettere
DR-000089-14	DR-000089DR-000089-INV-003"CRED-010(¨äúÇ™30j$
DR-000089-CN-14ÈEURÈg
DR-000098-9	DR-000098DR-000098-INV-004"CRED-002(ﬁäúÇ™30Z'
DR-000098-PAY-4	†≈EURÈ s
DR-000113-14	DR-000113DR-000113-INV-004"CRED-010(êãúÇ™30ä1
billing error on some lines	≈‚EURÈ`
DR-000127-16	DR-000127DR-000127-INV-004"CRED-012(¬ãúÇ™30rÈ"reminder-2-phone^
DR-000127-17	DR-000127DR-000127-INV-004"CRED-012(ÙãúÇ™30z
	®êEURÈÈJ
DR-000141-36	DR-000141"CRED-005(¶åúÇ™30b
DR-000141-PAY-8Èa
DR-000147-31	DR-000147DR-000147-INV-006"CRED-012(ÿåúÇ™30r È"reminder-3-letter%
day-2025-11-20(ò–◊ù™30≤	
È_
DR-000002-12	DR-000002DR-000002-INV-005"CRED-004(Ä¿µ´™30rÈ"courtesy-reminderb
DR-000008-29	DR-000008DR-000008-INV-005"CRED-008(≤¿µ´™30r!È"reminder-4-warningΩ
DR-000030-20	DR-000030DR-000030-INV-006"CRED-001(‰¿µ´™30R|
INV-000030-006	É§qEURÈ"Í0:Company 000030B30 rue de la R√©publiqueB
69003 LyonJdr-000030@example.com_
DR-000044-26	DR-000044DR-000044-INV-005"CRED-006(ñ¡µ´™30rÈ"courtesy-remindera
DR-000075-35	DR-000075DR-000075-INV-005"CRED-004(»¡µ´™30r È"reminder-3-letterg
DR-000123-8	DR-000123DR-000123-INV-004"CRED-007(˙¡µ´™30Z'
DR-000123-PAY-4	ÈõGBPÈ `
DR-000130-24	DR-000130DR-000130-INV-005"CRED-009(¨¬µ´™30rÈ"reminder-1-emailh
DR-000133-16	DR-000133DR-000133-INV-004"CRED-010(ﬁ¬µ´™30Z'
DR-000133-PAY-4	Ÿ◊EURÈ `
DR-000141-37	DR-000141DR-000141-INV-006"CRED-005(ê√µ´™30rÈ"reminder-1-emaila
DR-000148-16	DR-000148DR-000148-INV-004"CRED-003(¬√µ´™30r È"reminder-3-letter%
day-2025-11-21(òàÒ∆™30≤	
Èa
DR-000001-14	DR-000001DR-000001-INV-003"CRED-006(Ä¯Œ‘™30r È"reminder-3-letter›
DR-000001-15	DR-000001DR-000001-INV-003"CRED-006(≤¯Œ‘™30Çö
DR-000001-PLAN-15È
È	«DEUR
Í«DEUR
Í«DEUR
Í	«DEUR
Í«DEUR
ÍÀDEURΩ
DR-000013-35	DR-000013DR-000013-INV-006"CRED-005(‰¯Œ‘™30R|
INV-000013-006	‡Å+EURÈ"È0:Company 000013B13 rue de la R√©publiqueB
69004 LyonJdr-000013@example.comΩ
DR-000019-28	DR-000019DR-000019-INV-006"CRED-003(ñ˘Œ‘™30R|
INV-000019-006	ÒÊgEURÈ"Í0:Company 000019B19 rue de la R√©publiqueB
69001 LyonJdr-000019@example.comb
DR-000050-14	DR-000050DR-000050-INV-003"CRED-012(»˘Œ‘™30r!È"reminder-4-warning`
DR-000054-30	DR-000054DR-000054-INV-005"CRED-003(˙˘Œ‘™30rÈ"reminder-2-phonea
DR-000066-26	DR-000066DR-000066-INV-004"CRED-009(¨˙Œ‘™30r È"reminder-3-letterb
DR-000075-36	DR-000075DR-000075-INV-005"CRED-004(ﬁ˙Œ‘™30r!È"reminder-4-warning_
DR-000087-8	DR-000087DR-000087-INV-003"CRED-010(ê˚Œ‘™30rÈ"reminder-1-email_
DR-000088-43	DR-000088DR-000088-INV-006"CRED-006(¬˚Œ‘™30rÈ"courtesy-reminderh
DR-000088-44	DR-000088DR-000088-INV-005"CRED-010(Ù˚Œ‘™30Z'
DR-000088-PAY-17∫nEURÈ Ω
DR-000091-24	DR-000091DR-000091-INV-005"CRED-009(¶¸Œ‘™30R|
INV-000091-005	≈ßEURÈ"Í0:Company 000091B91 rue de la R√©publiqueB
69001 LyonJdr-000091@example.comæ
DR-000109-10	DR-000109DR-000109-INV-005"CRED-011(ÿ¸Œ‘™30R}
INV-000109-005	Õ‹~EURÈ"Í0:Company 000109B109 rue de la R√©publiqueB
69001 LyonJdr-000109@example.com%
day-2025-11-22(ò¿ä™30≤	
Èh
DR-000002-13	DR-000002DR-000002-INV-006"CRED-004(Ä∞Ë˝™30Z'
DR-000002-PAY-5	ﬁ’fEURÈ ]
DR-000005-18	DR-000005DR-000005-INV-003"CRED-010(≤∞Ë˝™30rÈ"formal-noticeh
DR-000011-34	DR-000011DR-000011-INV-004"CRED-004(‰∞Ë˝™30Z'
DR-000011-PAY-5	ˇ EURÈ a
DR-000012-37	DR-000012DR-000012-INV-005"CRED-002(ñ±Ë˝™30r È"reminder-3-letter]
DR-000012-38	DR-000012DR-000012-INV-004"CRED-002(»±Ë˝™30rÈ"formal-notice`
DR-000030-21	DR-000030DR-000030-INV-005"CRED-003(˙±Ë˝™30rÈ"reminder-2-phoneM
DR-000049-32	DR-000049DR-000049-INV-005"CRED-004(¨≤Ë˝™30íÈ`
DR-000057-18	DR-000057DR-000057-INV-004"CRED-011(ﬁ≤Ë˝™30rÈ"reminder-1-email`
DR-000063-32	DR-000063DR-000063-INV-004"CRED-001(ê≥Ë˝™30rÈ"reminder-2-phoneh
DR-000067-25	DR-000067DR-000067-INV-004"CRED-002(¬≥Ë˝™30Z'
DR-000067-PAY-8	·‰:EURÈ g
DR-000073-23	DR-000073DR-000073-INV-003"CRED-007(Ù≥Ë˝™30Z&
DR-000073-PAY-7èiEURÈ b
DR-000088-45	DR-000088DR-000088-INV-005"CRED-010(¶¥Ë˝™30r!È"reminder-4-warningb
DR-000121-43	DR-000121DR-000121-INV-006"CRED-003(ÿ¥Ë˝™30r!È"reminder-4-warningø
DR-000134-16	DR-000134DR-000134-INV-003"CRED-010(äµË˝™30R~
INV-000134-003	úêEURÈ"È0:Customer 000134B134 rue de la R√©publiqueB
69008 LyonJdr-000134@example.com%
day-2025-11-23(ò¯£ô´30≤	
È_
DR-000011-35	DR-000011DR-000011-INV-006"CRED-003(ÄËÅß´30rÈ"courtesy-reminderæ
DR-000021-29	DR-000021DR-000021-INV-005"CRED-004(≤ËÅß´30R}
INV-000021-005
∫∞ûEURÈ"Í0:Company 000021B21 rue de la R√©publiqueB
69003 LyonJdr-000021@example.com`
DR-000025-18	DR-000025DR-000025-INV-004"CRED-009(‰ËÅß´30rÈ"reminder-1-emailg
DR-000112-15	DR-000112DR-000112-INV-006"CRED-001(ñÈÅß´30Z&
DR-000112-PAY-6ë(EURÈ æ
DR-000121-44	DR-000121DR-000121-INV-007"CRED-003(»ÈÅß´30R}
INV-000121-007	®∫USDÈ"Í0:Company 000121B121 rue de la R√©publiqueB
69004 LyonJdr-000121@example.com%
day-2025-11-24(ò∞Ω¬´30≤	
È`
DR-000015-30	DR-000015DR-000015-INV-005"CRED-008(Ä†õ–´30rÈ"reminder-1-email`
DR-000019-29	DR-000019DR-000019-INV-005"CRED-003(≤†õ–´30rÈ"reminder-2-phoneÕ
DR-000041-10	DR-000041DR-000041-INV-005"CRED-009(‰†õ–´30Rã
INV-000041-005	â˙VUSDÈ"È*
ÈÃﬁ0:Company 000041B41 rue de la R√©publiqueB
69005 LyonJdr-000041@example.com`
DR-000069-32	DR-000069DR-000069-INV-005"CRED-003(ñ°õ–´30rÈ"reminder-1-emaila
DR-000071-32	DR-000071DR-000071-INV-004"CRED-008(»°õ–´30r È"reminder-3-letter]
DR-000082-14	DR-000082DR-000082-INV-004"CRED-007(˙°õ–´30rÈ"formal-noticeg
DR-000087-9	DR-000087DR-000087-INV-003"CRED-010(¨¢õ–´30Z'
DR-000087-PAY-3	öùEURÈ _
DR-000096-28	DR-000096DR-000096-INV-005"CRED-004(ﬁ¢õ–´30rÈ"courtesy-reminderg
DR-000116-8	DR-000116DR-000116-INV-004"CRED-010(ê£õ–´30Z'
DR-000116-PAY-4	ÒèEURÈ ø
DR-000129-38	DR-000129DR-000129-INV-006"CRED-008(¬£õ–´30R~
INV-000129-006	˜ÊEURÈ"È0:Customer 000129B129 rue de la R√©publiqueB
69003 LyonJdr-000129@example.coms
DR-000130-25	DR-000130DR-000130-INV-005"CRED-009(Ù£õ–´30ä1
billing error on some lines	üûCHFÈ`
DR-000133-17	DR-000133DR-000133-INV-004"CRED-010(¶§õ–´30rÈ"reminder-2-phone%
day-2025-11-25(òË÷Î´30≤	
Èg
DR-000005-19	DR-000005DR-000005-INV-003"CRED-010(Äÿ¥˘´30Z&
DR-000005-PAY-4˛aEURÈ a
DR-000011-36	DR-000011DR-000011-INV-005"CRED-003(≤ÿ¥˘´30r È"reminder-3-letterÕ
DR-000059-26	DR-000059DR-000059-INV-005"CRED-007(‰ÿ¥˘´30Rã
INV-000059-005	è‚2EURÈ"Í
*
È˚Å0:Company 000059B59 rue de la R√©publiqueB
69005 LyonJdr-000059@example.coma
DR-000061-43	DR-000061DR-000061-INV-006"CRED-007(ñŸ¥˘´30r È"reminder-3-letterΩ
DR-000064-12	DR-000064DR-000064-INV-005"CRED-003(»Ÿ¥˘´30R|
INV-000064-005ÇDEURÈ"Í0:Customer 000064B64 rue de la R√©publiqueB
69001 LyonJdr-000064@example.comh
DR-000101-11	DR-000101DR-000101-INV-004"CRED-002(˙Ÿ¥˘´30Z'
DR-000101-PAY-3	¶ˆCHFÈ f
DR-000101-12	DR-000101DR-000101-INV-005"CRED-002(¨⁄¥˘´30j%
DR-000101-CN-12	ÏÊCHFÈ`
DR-000143-30	DR-000143DR-000143-INV-003"CRED-005(ﬁ⁄¥˘´30rÈ"reminder-2-phone%
day-2025-11-26(ò†î¨30≤	
ÈÕ
DR-000009-12	DR-000009DR-000009-INV-006"CRED-003(ÄêŒ¢¨30Rã
INV-000009-006
≈‡¸EURÈ"Í*
ÈÜá0:Company 000009B9 rue de la R√©publiqueB
69009 LyonJdr-000009@example.comb
DR-000011-37	DR-000011DR-000011-INV-005"CRED-003(≤êŒ¢¨30r!È"reminder-4-warninga
DR-000055-30	DR-000055DR-000055-INV-005"CRED-003(‰êŒ¢¨30r È"reminder-3-letter`
DR-000084-16	DR-000084DR-000084-INV-003"CRED-005(ñëŒ¢¨30rÈ"reminder-1-emailæ
DR-000136-8	DR-000136DR-000136-INV-004"CRED-012(»ëŒ¢¨30R~
INV-000136-004	∞õEURÈ"È0:Customer 000136B136 rue de la R√©publiqueB
69001 LyonJdr-000136@example.comh
DR-000140-14	DR-000140DR-000140-INV-006"CRED-003(˙ëŒ¢¨30Z'
DR-000140-PAY-6	Ô§ZEURÈ b
DR-000141-38	DR-000141DR-000141-INV-005"CRED-005(¨íŒ¢¨30r!È"reminder-4-warning`
DR-000141-39	DR-000141DR-000141-INV-006"CRED-005(ﬁíŒ¢¨30rÈ"reminder-2-phonea
DR-000143-31	DR-000143DR-000143-INV-003"CRED-005(êìŒ¢¨30r È"reminder-3-letterÕ
DR-000148-17	DR-000148DR-000148-INV-005"CRED-003(¬ìŒ¢¨30Rã
INV-000148-005	¶îEURÈ"È*
Èö0:Company 000148B148 rue de la R√©publiqueB
69004 LyonJdr-000148@example.com%
day-2025-11-27(òÿâæ¨30≤	
Èg
DR-000025-19	DR-000025DR-000025-INV-003"CRED-009(Ä»ÁÀ¨30Z&
DR-000025-PAY-3ÿ`EURÈ `
DR-000043-21	DR-000043DR-000043-INV-004"CRED-003(≤»ÁÀ¨30rÈ"reminder-1-emailh
DR-000050-15	DR-000050DR-000050-INV-003"CRED-012(‰»ÁÀ¨30Z'
DR-000050-PAY-3	ë¡EURÈ `
DR-000070-26	DR-000070DR-000070-INV-005"CRED-003(ñ…ÁÀ¨30rÈ"reminder-1-emailb
DR-000078-31	DR-000078DR-000078-INV-005"CRED-011(»…ÁÀ¨30r!È"reminder-4-warningX
DR-000080-28	DR-000080DR-000080-INV-006"CRED-010(˙…ÁÀ¨30í	∫ÔEURÈ]
DR-000102-35	DR-000102DR-000102-INV-005"CRED-006(¨ ÁÀ¨30rÈ"formal-noticeh
DR-000127-18	DR-000127DR-000127-INV-004"CRED-012(ﬁ ÁÀ¨30Z'
DR-000127-PAY-4	®êEURÈ h
DR-000141-40	DR-000141DR-000141-INV-005"CRED-005(êÀÁÀ¨30Z'
DR-000141-PAY-9	¿¸USDÈ b
DR-000143-32	DR-000143DR-000143-INV-003"CRED-005(¬ÀÁÀ¨30r!È"reminder-4-warning%
day-2025-11-28(òê£Á¨30≤	
È]
DR-000019-30	DR-000019DR-000019-INV-004"CRED-003(ÄÄÅı¨30rÈ"formal-noticeh
DR-000044-27	DR-000044DR-000044-INV-005"CRED-006(≤ÄÅı¨30Z'
DR-000044-PAY-7	˛ EURÈ a
DR-000053-27	DR-000053DR-000053-INV-005"CRED-008(‰ÄÅı¨30r È"reminder-3-lettera
DR-000054-31	DR-000054DR-000054-INV-005"CRED-003(ñÅÅı¨30r È"reminder-3-letterh
DR-000063-33	DR-000063DR-000063-INV-004"CRED-001(»ÅÅı¨30Z'
DR-000063-PAY-11à"GBPÈ b
DR-000068-33	DR-000068DR-000068-INV-006"CRED-001(˙ÅÅı¨30r!È"reminder-4-warninga
DR-000080-29	DR-000080DR-000080-INV-006"CRED-010(¨ÇÅı¨30r È"reminder-3-letter]
DR-000092-26	DR-000092DR-000092-INV-004"CRED-002(ﬁÇÅı¨30rÈ"formal-notice`
DR-000107-28	DR-000107DR-000107-INV-005"CRED-011(êÉÅı¨30rÈ"reminder-1-emailæ
DR-000110-11	DR-000110DR-000110-INV-005"CRED-011(¬ÉÅı¨30R}
INV-000110-005	Ñ”6EURÈ"Í0:Company 000110B110 rue de la R√©publiqueB
69002 LyonJdr-000110@example.comÕ
DR-000132-21	DR-000132DR-000132-INV-005"CRED-005(ÙÉÅı¨30Rã
INV-000132-005	Ø–CHFÈ"Í*
È	¥N0:Company 000132B132 rue de la R√©publiqueB
69006 LyonJdr-000132@example.comh
DR-000135-10	DR-000135DR-000135-INV-005"CRED-008(¶ÑÅı¨30Z'
DR-000135-PAY-5	∑ñEURÈ ]
DR-000143-33	DR-000143DR-000143-INV-003"CRED-005(ÿÑÅı¨30rÈ"formal-noticeb
DR-000147-32	DR-000147DR-000147-INV-006"CRED-012(äÖÅı¨30r!È"reminder-4-warning%
day-2025-11-29(ò»ºê≠30≤	
Èº
DR-000007-12	DR-000007DR-000007-INV-005"CRED-010(Ä∏öû≠30R{
INV-000007-005∞2EURÈ"È0:Customer 000007B7 rue de la R√©publiqueB
69007 LyonJdr-000007@example.comi
DR-000010-27	DR-000010DR-000010-INV-004"CRED-005(≤∏öû≠30Z(
DR-000010-PAY-5
Ã∞ÖGBPÈ a
DR-000030-22	DR-000030DR-000030-INV-005"CRED-003(‰∏öû≠30r È"reminder-3-letterh
DR-000036-23	DR-000036DR-000036-INV-004"CRED-010(ñπöû≠30Z'
DR-000036-PAY-5	ÁÖEURÈ b
DR-000053-28	DR-000053DR-000053-INV-005"CRED-008(»πöû≠30r!È"reminder-4-warning`
DR-000057-19	DR-000057DR-000057-INV-004"CRED-011(˙πöû≠30rÈ"reminder-2-phonea
DR-000063-34	DR-000063DR-000063-INV-004"CRED-001(¨∫öû≠30r È"reminder-3-letter]
DR-000076-38	DR-000076DR-000076-INV-004"CRED-008(ﬁ∫öû≠30rÈ"formal-noticeb
DR-000080-30	DR-000080DR-000080-INV-006"CRED-010(êªöû≠30r!È"reminder-4-warningi
DR-000101-13	DR-000101DR-000101-INV-005"CRED-002(¬ªöû≠30Z(
DR-000101-PAY-4
˝êCHFÈ æ
DR-000106-8	DR-000106DR-000106-INV-004"CRED-007(Ùªöû≠30R~
INV-000106-004	”∞
CHFÈ"È0:Customer 000106B106 rue de la R√©publiqueB
69007 LyonJdr-000106@example.comæ
DR-000116-9	DR-000116DR-000116-INV-005"CRED-010(¶ºöû≠30R~
INV-000116-005
õ¥ÈEURÈ"Í0:Company 000116B116 rue de la R√©publiqueB
69008 LyonJdr-000116@example.comi
DR-000119-17	DR-000119DR-000119-INV-008"CRED-009(ÿºöû≠30Z(
DR-000119-PAY-8
…∆õEURÈ i
DR-000124-27	DR-000124DR-000124-INV-004"CRED-011(äΩöû≠30Z(
DR-000124-PAY-6
∫´ëEURÈ b
DR-000148-18	DR-000148DR-000148-INV-004"CRED-003(ºΩöû≠30r!È"reminder-4-warning%
day-2025-11-30(òÄ÷π≠30≤	
È`
DR-000002-14	DR-000002DR-000002-INV-005"CRED-004(Ä≥«≠30rÈ"reminder-1-emailg
DR-000014-17	DR-000014DR-000014-INV-003"CRED-001(≤≥«≠30Z&
DR-000014-PAY-3›?CHFÈ `
DR-000025-20	DR-000025DR-000025-INV-004"CRED-009(‰≥«≠30rÈ"reminder-2-phoneΩ
DR-000036-24	DR-000036DR-000036-INV-005"CRED-010(ñÒ≥«≠30R|
INV-000036-005	©‚EURÈ"Í0:Company 000036B36 rue de la R√©publiqueB
69009 LyonJdr-000036@example.com`
DR-000044-28	DR-000044DR-000044-INV-005"CRED-006(»Ò≥«≠30rÈ"reminder-1-email_
DR-000044-29	DR-000044DR-000044-INV-006"CRED-006(˙Ò≥«≠30rÈ"courtesy-reminderf
DR-000049-33	DR-000049DR-000049-INV-005"CRED-004(¨Ú≥«≠30j%
DR-000049-CN-33	ÛƒEURÈÀ
DR-000056-8	DR-000056DR-000056-INV-004"CRED-001(ﬁÚ≥«≠30Rä
INV-000056-004	í´$EURÈ"È*
ÈÇ]0:Company 000056B56 rue de la R√©publiqueB
69002 LyonJdr-000056@example.comb
DR-000066-27	DR-000066DR-000066-INV-004"CRED-009(êÛ≥«≠30r!È"reminder-4-warning]
DR-000080-31	DR-000080DR-000080-INV-006"CRED-010(¬Û≥«≠30rÈ"formal-noticeb
DR-000126-34	DR-000126DR-000126-INV-005"CRED-001(ÙÛ≥«≠30r!È"reminder-4-warningS
DR-000126-35	DR-000126DR-000126-INV-005"CRED-001(¶Ù≥«≠30ö
AGY-02Èh
DR-000129-39	DR-000129DR-000129-INV-005"CRED-008(ÿÙ≥«≠30Z'
DR-000129-PAY-5	º˚EURÈ %
day-2025-12-01(ò∏Ô‚≠30≤	
Èb
DR-000012-39	DR-000012DR-000012-INV-005"CRED-002(Ä®Õ≠30r!È"reminder-4-warning`
DR-000015-31	DR-000015DR-000015-INV-005"CRED-008(≤®Õ≠30rÈ"reminder-2-phoneä
DR-000015-32	DR-000015DR-000015-INV-005"CRED-008(‰®Õ≠30ÇH
DR-000015-PLAN-32È
È	¥íEUR
Í	¥íEURa
DR-000019-31	DR-000019DR-000019-INV-005"CRED-003(ñ©Õ≠30r È"reminder-3-letterh
DR-000055-31	DR-000055DR-000055-INV-005"CRED-003(»©Õ≠30Z'
DR-000055-PAY-6	·ÚEURÈ `
DR-000069-33	DR-000069DR-000069-INV-005"CRED-003(˙©Õ≠30rÈ"reminder-2-phonei
DR-000072-32	DR-000072DR-000072-INV-004"CRED-003(¨™Õ≠30Z(
DR-000072-PAY-4
ó∞≥GBPÈ æ
DR-000075-37	DR-000075DR-000075-INV-007"CRED-004(ﬁ™Õ≠30R}
INV-000075-007
ŸΩÄEURÈ"Í0:Company 000075B75 rue de la R√©publiqueB
69003 LyonJdr-000075@example.comh
DR-000079-14	DR-000079DR-000079-INV-006"CRED-012(ê´Õ≠30Z'
DR-000079-PAY-6	ëÇrGBPÈ `
DR-000088-46	DR-000088DR-000088-INV-006"CRED-006(¬´Õ≠30rÈ"reminder-1-emailh
DR-000107-29	DR-000107DR-000107-INV-005"CRED-011(Ù´Õ≠30Z'
DR-000107-PAY-7	ÁåIEURÈ ]
DR-000126-36	DR-000126DR-000126-INV-005"CRED-001(¶¨Õ≠30rÈ"formal-noticea
DR-000133-18	DR-000133DR-000133-INV-004"CRED-010(ÿ¨Õ≠30r È"reminder-3-letter%
day-2025-12-02(òàåÆ30≤	
ÈS
DR-000012-40	DR-000012DR-000012-INV-004"CRED-002(Ä‡ÊôÆ30ö
AGY-01ÈÕ
DR-000017-13	DR-000017DR-000017-INV-006"CRED-011(≤‡ÊôÆ30Rã
INV-000017-006	«Ω;USDÈ"Í*
È¢ò0:Company 000017B17 rue de la R√©publiqueB
69008 LyonJdr-000017@example.comΩ
DR-000053-29	DR-000053DR-000053-INV-006"CRED-008(‰‡ÊôÆ30R|
INV-000053-006	°çUSDÈ"Í0:Company 000053B53 rue de la R√©publiqueB
69008 LyonJdr-000053@example.comÃ
DR-000078-32	DR-000078DR-000078-INV-006"CRED-011(ñ·ÊôÆ30Rä
INV-000078-006	ô EURÈ"Í*
ÈÄ-0:Company 000078B78 rue de la R√©publiqueB
69006 LyonJdr-000078@example.com`
DR-000080-32	DR-000080DR-000080-INV-007"CRED-010(»·ÊôÆ30rÈ"reminder-1-emailº
DR-000093-25	DR-000093DR-000093-INV-006"CRED-008(˙·ÊôÆ30R{
INV-000093-006≠REURÈ"Í0:Company 000093B93 rue de la R√©publiqueB
69003 LyonJdr-000093@example.comh
DR-000102-36	DR-000102DR-000102-INV-005"CRED-006(¨‚ÊôÆ30Z'
DR-000102-PAY-8	˛ÁGBPÈ æ
DR-000133-19	DR-000133DR-000133-INV-005"CRED-010(ﬁ‚ÊôÆ30R}
INV-000133-005	®Ö#EURÈ"Í0:Company 000133B133 rue de la R√©publiqueB
69007 LyonJdr-000133@example.com%
day-2025-12-03(ò®¢µÆ30≤	
È`
DR-000011-38	DR-000011DR-000011-INV-006"CRED-003(ÄòÄ√Æ30rÈ"reminder-1-emailΩ
DR-000039-21	DR-000039DR-000039-INV-007"CRED-006(≤òÄ√Æ30R|
INV-000039-007	ñè*GBPÈ"Í0:Company 000039B39 rue de la R√©publiqueB
69003 LyonJdr-000039@example.comh
DR-000053-30	DR-000053DR-000053-INV-004"CRED-008(‰òÄ√Æ30Z'
DR-000053-PAY-4	∏∑6USDÈ `
DR-000069-34	DR-000069DR-000069-INV-005"CRED-003(ñôÄ√Æ30ä
goods not deliveredÈb
DR-000071-33	DR-000071DR-000071-INV-004"CRED-008(»ôÄ√Æ30r!È"reminder-4-warning]
DR-000075-38	DR-000075DR-000075-INV-005"CRED-004(˙ôÄ√Æ30rÈ"formal-notice`
DR-000084-17	DR-000084DR-000084-INV-003"CRED-005(¨öÄ√Æ30rÈ"reminder-2-phoneg
DR-000089-15	DR-000089DR-000089-INV-003"CRED-010(ﬁöÄ√Æ30Z&
DR-000089-PAY-4ÍbEURÈ æ
DR-000137-11	DR-000137DR-000137-INV-006"CRED-001(êõÄ√Æ30R}
INV-000137-006	ﬁ≠USDÈ"Í0:Company 000137B137 rue de la R√©publiqueB
69002 LyonJdr-000137@example.coma
DR-000141-41	DR-000141DR-000141-INV-006"CRED-005(¬õÄ√Æ30r È"reminder-3-letter%
day-2025-12-04(ò‡ªﬁÆ30≤	
Èh
DR-000002-15	DR-000002DR-000002-INV-005"CRED-004(Ä–ôÏÆ30Z'
DR-000002-PAY-6	¥«EURÈ `
DR-000043-22	DR-000043DR-000043-INV-004"CRED-003(≤–ôÏÆ30rÈ"reminder-2-phoneb
DR-000061-44	DR-000061DR-000061-INV-006"CRED-007(‰–ôÏÆ30r!È"reminder-4-warning`
DR-000070-27	DR-000070DR-000070-INV-005"CRED-003(ñ—ôÏÆ30rÈ"reminder-2-phone`
DR-000096-29	DR-000096DR-000096-INV-005"CRED-004(»—ôÏÆ30rÈ"reminder-1-emailø
DR-000126-37	DR-000126DR-000126-INV-006"CRED-001(˙—ôÏÆ30R~
INV-000126-006
ù‰ÑUSDÈ"Í0:Company 000126B126 rue de la R√©publiqueB
69009 LyonJdr-000126@example.comZ
DR-000134-17	DR-000134DR-000134-INV-002"CRED-010(¨“ôÏÆ30™
Èuncollectable`
DR-000143-34	DR-000143DR-000143-INV-005"CRED-005(ﬁ“ôÏÆ30rÈ"reminder-1-email%
day-2025-12-05(òò’áØ30≤	
È]
DR-000008-30	DR-000008DR-000008-INV-005"CRED-008(Äà≥ïØ30rÈ"formal-noticei
DR-000008-31	DR-000008DR-000008-INV-005"CRED-008(≤à≥ïØ30Z(
DR-000008-PAY-3
À◊¢EURÈ g
DR-000040-22	DR-000040DR-000040-INV-003"CRED-007(‰à≥ïØ30Z&
DR-000040-PAY-8ÇYEURÈ Ω
DR-000080-33	DR-000080DR-000080-INV-008"CRED-010(ñâ≥ïØ30R|
INV-000080-008	‹õEURÈ"Í0:Company 000080B80 rue de la R√©publiqueB
69008 LyonJdr-000080@example.comΩ
DR-000086-21	DR-000086DR-000086-INV-007"CRED-005(»â≥ïØ30R|
INV-000086-007	òé3CHFÈ"Í0:Company 000086B86 rue de la R√©publiqueB
69005 LyonJdr-000086@example.comæ
DR-000119-18	DR-000119DR-000119-INV-009"CRED-009(˙â≥ïØ30R}
INV-000119-009	¥ø8EURÈ"Í0:Company 000119B119 rue de la R√©publiqueB
69002 LyonJdr-000119@example.com_
DR-000138-15	DR-000138DR-000138-INV-004"CRED-008(¨ä≥ïØ30rÈ"courtesy-reminder%
day-2025-12-06(ò–Ó∞Ø30≤	
ÈÃ
DR-000034-14	DR-000034DR-000034-INV-007"CRED-009(Ä¿ÃæØ30Rä
INV-000034-007	≥¸USDÈ"Í*
ÈÜ0:Company 000034B34 rue de la R√©publiqueB
69007 LyonJdr-000034@example.comΩ
DR-000038-21	DR-000038DR-000038-INV-004"CRED-006(≤¿ÃæØ30R|
INV-000038-004π(EURÈ"Í0:Customer 000038B38 rue de la R√©publiqueB
69002 LyonJdr-000038@example.comh
DR-000049-34	DR-000049DR-000049-INV-005"CRED-004(‰¿ÃæØ30Z'
DR-000049-PAY-5	ØÿEURÈ a
DR-000057-20	DR-000057DR-000057-INV-004"CRED-011(ñ¡ÃæØ30r È"reminder-3-letteræ
DR-000103-31	DR-000103DR-000103-INV-005"CRED-009(»¡ÃæØ30R}
INV-000103-005	å‘3EURÈ"Í0:Company 000103B103 rue de la R√©publiqueB
69004 LyonJdr-000103@example.com›
DR-000143-35	DR-000143DR-000143-INV-005"CRED-005(˙¡ÃæØ30Çö
DR-000143-PLAN-35È
È \EUR
Í \EUR
Í \EUR
Í \EUR
Í \EUR
ÍÃ\EUR%
day-2025-12-07(òàà⁄Ø30≤	
Èº
DR-000003-12	DR-000003DR-000003-INV-005"CRED-011(Ä¯ÂÁØ30R{
INV-000003-005	†¡0EURÈ"Í0:Company 000003B3 rue de la R√©publiqueB
69003 LyonJdr-000003@example.com_
DR-000020-16	DR-000020DR-000020-INV-004"CRED-004(≤¯ÂÁØ30rÈ"courtesy-remindera
DR-000025-21	DR-000025DR-000025-INV-004"CRED-009(‰¯ÂÁØ30r È"reminder-3-letter`
DR-000044-30	DR-000044DR-000044-INV-005"CRED-006(ñ˘ÂÁØ30rÈ"reminder-2-phoneb
DR-000054-32	DR-000054DR-000054-INV-005"CRED-003(»˘ÂÁØ30r!È"reminder-4-warning`
DR-000082-15	DR-000082DR-000082-INV-005"CRED-007(˙˘ÂÁØ30rÈ"reminder-1-email]
DR-000088-47	DR-000088DR-000088-INV-005"CRED-010(¨˙ÂÁØ30rÈ"formal-notice]
DR-000121-45	DR-000121DR-000121-INV-006"CRED-003(ﬁ˙ÂÁØ30rÈ"formal-notice`
DR-000150-30	DR-000150DR-000150-INV-006"CRED-002(ê˚ÂÁØ30rÈ"reminder-1-email%
day-2025-12-08(ò¿°É∞30≤	
Èg
DR-000001-16	DR-000001DR-000001-INV-003"CRED-006(Ä∞ˇê∞30Z&
DR-000001-PAY-3«DEURÈ	 b
DR-000030-23	DR-000030DR-000030-INV-005"CRED-003(≤∞ˇê∞30r!È	"reminder-4-warningi
DR-000034-15	DR-000034DR-000034-INV-006"CRED-009(‰∞ˇê∞30Z(
DR-000034-PAY-6
ƒîîUSDÈ	 æ
DR-000040-23	DR-000040DR-000040-INV-004"CRED-007(ñ±ˇê∞30R}
INV-000040-004	ôœEURÈ	"Í0:Customer 000040B40 rue de la R√©publiqueB
69004 LyonJdr-000040@example.comΩ
DR-000055-32	DR-000055DR-000055-INV-007"CRED-003(»±ˇê∞30R|
INV-000055-007	ÆóEURÈ	"Í0:Company 000055B55 rue de la R√©publiqueB
69001 LyonJdr-000055@example.comb
DR-000063-35	DR-000063DR-000063-INV-004"CRED-001(˙±ˇê∞30r!È	"reminder-4-warningÃ
DR-000065-12	DR-000065DR-000065-INV-006"CRED-005(¨≤ˇê∞30Rä
INV-000065-006	§øEURÈ	"Í*
ÈÛ10:Company 000065B65 rue de la R√©publiqueB
69002 LyonJdr-000065@example.comh
DR-000080-34	DR-000080DR-000080-INV-007"CRED-010(ﬁ≤ˇê∞30Z'
DR-000080-PAY-6	˙ﬂ,EURÈ	 h
DR-000080-35	DR-000080DR-000080-INV-006"CRED-010(ê≥ˇê∞30Z'
DR-000080-PAY-7	‹ºEURÈ	 `
DR-000083-17	DR-000083DR-000083-INV-004"CRED-010(¬≥ˇê∞30rÈ	"reminder-1-email`
DR-000088-48	DR-000088DR-000088-INV-006"CRED-006(Ù≥ˇê∞30rÈ	"reminder-2-phoneh
DR-000088-49	DR-000088DR-000088-INV-006"CRED-006(¶¥ˇê∞30Z'
DR-000088-PAY-18„UEURÈ	 h
DR-000096-30	DR-000096DR-000096-INV-005"CRED-004(ÿ¥ˇê∞30Z'
DR-000096-PAY-5	”È$EURÈ	 h
DR-000097-12	DR-000097DR-000097-INV-005"CRED-002(äµˇê∞30Z'
DR-000097-PAY-5	ΩœKEURÈ	 æ
DR-000128-11	DR-000128DR-000128-INV-005"CRED-012(ºµˇê∞30R}
INV-000128-005	πù1USDÈ	"Í0:Company 000128B128 rue de la R√©publiqueB
69002 LyonJdr-000128@example.com%
day-2025-12-09(ò¯∫¨∞30≤	
È	`
DR-000006-17	DR-000006DR-000006-INV-004"CRED-011(ÄËò∫∞30rÈ
"reminder-1-emailº
DR-000008-32	DR-000008DR-000008-INV-007"CRED-008(≤Ëò∫∞30R{
INV-000008-007	¸Í/EURÈ
"Í0:Company 000008B8 rue de la R√©publiqueB
69008 LyonJdr-000008@example.comº
DR-000016-12	DR-000016DR-000016-INV-006"CRED-008(‰Ëò∫∞30R{
INV-000016-006€|EURÈ
"Í	0:Company 000016B16 rue de la R√©publiqueB
69007 LyonJdr-000016@example.comæ
DR-000048-10	DR-000048DR-000048-INV-005"CRED-001(ñÈò∫∞30R}
INV-000048-005	é§EURÈ
"Í	0:Customer 000048B48 rue de la R√©publiqueB
69003 LyonJdr-000048@example.comv
DR-000063-36	DR-000063DR-000063-INV-004"CRED-001(»Èò∫∞30™4
È
)small balance left after partial paymentsΩ
DR-000069-35	DR-000069DR-000069-INV-006"CRED-003(˙Èò∫∞30R|
INV-000069-006	ÌÚ*GBPÈ
"Í0:Company 000069B69 rue de la R√©publiqueB
69006 LyonJdr-000069@example.coms
DR-000080-36	DR-000080DR-000080-INV-008"CRED-010(¨Íò∫∞30ä1
billing error on some lines	úîEURÈ
J
DR-000107-30	DR-000107"CRED-011(ﬁÍò∫∞30b
DR-000107-PAY-7È
i
DR-000141-42	DR-000141DR-000141-INV-006"CRED-005(êÎò∫∞30Z(
DR-000141-PAY-10	ˆ˙USDÈ
 %
day-2025-12-10(ò∞‘’∞30≤	
È
h
DR-000009-13	DR-000009DR-000009-INV-005"CRED-003(Ä†≤„∞30Z'
DR-000009-PAY-5	’πZEURÈ `
DR-000011-39	DR-000011DR-000011-INV-006"CRED-003(≤†≤„∞30rÈ"reminder-2-phone_
DR-000011-40	DR-000011DR-000011-INV-006"CRED-003(‰†≤„∞30z

ÿ±´EURÈÈ]
DR-000011-41	DR-000011DR-000011-INV-005"CRED-003(ñ°≤„∞30rÈ"formal-noticeb
DR-000019-32	DR-000019DR-000019-INV-005"CRED-003(»°≤„∞30r!È"reminder-4-warning`
DR-000027-13	DR-000027DR-000027-INV-004"CRED-003(˙°≤„∞30rÈ"reminder-1-email`
DR-000044-31	DR-000044DR-000044-INV-006"CRED-006(¨¢≤„∞30rÈ"reminder-1-emailg
DR-000060-11	DR-000060DR-000060-INV-004"CRED-010(ﬁ¢≤„∞30Z&
DR-000060-PAY-4é;EURÈ h
DR-000076-39	DR-000076DR-000076-INV-004"CRED-008(ê£≤„∞30Z'
DR-000076-PAY-12¨EURÈ a
DR-000084-18	DR-000084DR-000084-INV-003"CRED-005(¬£≤„∞30r È"reminder-3-letterh
DR-000092-27	DR-000092DR-000092-INV-005"CRED-007(Ù£≤„∞30Z'
DR-000092-PAY-4	–çCHFÈ `
DR-000107-31	DR-000107DR-000107-INV-005"CRED-011(¶§≤„∞30rÈ"reminder-2-phoneb
DR-000133-20	DR-000133DR-000133-INV-004"CRED-010(ÿ§≤„∞30r!È"reminder-4-warning%
day-2025-12-11(òËÌ˛∞30≤	
Èa
DR-000043-23	DR-000043DR-000043-INV-004"CRED-003(ÄÿÀå±30r È"reminder-3-letterº
DR-000068-34	DR-000068DR-000068-INV-008"CRED-001(≤ÿÀå±30R{
INV-000068-008˙DEURÈ"Í
0:Company 000068B68 rue de la R√©publiqueB
69005 LyonJdr-000068@example.coma
DR-000070-28	DR-000070DR-000070-INV-005"CRED-003(‰ÿÀå±30r È"reminder-3-letterh
DR-000090-27	DR-000090DR-000090-INV-005"CRED-002(ñŸÀå±30Z'
DR-000090-PAY-5	ıúGBPÈ M
DR-000113-15	DR-000113DR-000113-INV-004"CRED-010(»ŸÀå±30íÈŒ
DR-000140-15	DR-000140DR-000140-INV-007"CRED-003(˙ŸÀå±30Rå
INV-000140-007	‰˙;EURÈ"Í*
Èøô0:Company 000140B140 rue de la R√©publiqueB
69005 LyonJdr-000140@example.comi
DR-000143-36	DR-000143DR-000143-INV-004"CRED-005(¨⁄Àå±30Z(
DR-000143-PAY-15	•ØEURÈ æ
DR-000145-35	DR-000145DR-000145-INV-008"CRED-007(ﬁ⁄Àå±30R}
INV-000145-008	µıEURÈ"Í0:Company 000145B145 rue de la R√©publiqueB
69001 LyonJdr-000145@example.com%
day-2025-12-12(ò†á®±30≤	
È]
DR-000053-31	DR-000053DR-000053-INV-005"CRED-008(ÄêÂµ±30rÈ"formal-noticeh
DR-000066-28	DR-000066DR-000066-INV-004"CRED-009(≤êÂµ±30Z'
DR-000066-PAY-5	Î†EURÈ ]
DR-000078-33	DR-000078DR-000078-INV-005"CRED-011(‰êÂµ±30rÈ"formal-noticeg
DR-000083-18	DR-000083DR-000083-INV-004"CRED-010(ñëÂµ±30Z&
DR-000083-PAY-4Á:EURÈ a
DR-000107-32	DR-000107DR-000107-INV-005"CRED-011(»ëÂµ±30r È"reminder-3-letter`
DR-000113-16	DR-000113DR-000113-INV-004"CRED-010(˙ëÂµ±30rÈ"reminder-1-email_
DR-000114-15	DR-000114DR-000114-INV-003"CRED-001(¨íÂµ±30rÈ"courtesy-reminderh
DR-000139-11	DR-000139DR-000139-INV-004"CRED-008(ﬁíÂµ±30Z'
DR-000139-PAY-4	¸¶EURÈ i
DR-000147-33	DR-000147DR-000147-INV-006"CRED-012(êìÂµ±30Z(
DR-000147-PAY-7
Ã ÑEURÈ æ
DR-000149-12	DR-000149DR-000149-INV-006"CRED-001(¬ìÂµ±30R}
INV-000149-006	ƒÍEURÈ"Í0:Company 000149B149 rue de la R√©publiqueB
69005 LyonJdr-000149@example.com%
day-2025-12-13(òÿ†—±30≤	
È_
DR-000003-13	DR-000003DR-000003-INV-004"CRED-011(Ä»˛ﬁ±30rÈ"courtesy-reminderh
DR-000012-41	DR-000012DR-000012-INV-005"CRED-002(≤»˛ﬁ±30Z'
DR-000012-PAY-3	›ãCHFÈ h
DR-000030-24	DR-000030DR-000030-INV-004"CRED-003(‰»˛ﬁ±30Z'
DR-000030-PAY-4	åÎUSDÈ Ω
DR-000051-13	DR-000051DR-000051-INV-006"CRED-009(ñ…˛ﬁ±30R|
INV-000051-006	à§EURÈ"Í0:Company 000051B51 rue de la R√©publiqueB
69006 LyonJdr-000051@example.comi
DR-000054-33	DR-000054DR-000054-INV-005"CRED-003(»…˛ﬁ±30Z(
DR-000054-PAY-5
ùÙßEURÈ Ω
DR-000058-36	DR-000058DR-000058-INV-006"CRED-010(˙…˛ﬁ±30R|
INV-000058-006	ÁıEURÈ"Í0:Company 000058B58 rue de la R√©publiqueB
69004 LyonJdr-000058@example.com]
DR-000068-35	DR-000068DR-000068-INV-006"CRED-001(¨ ˛ﬁ±30rÈ"formal-notice`
DR-000072-33	DR-000072DR-000072-INV-005"CRED-003(ﬁ ˛ﬁ±30rÈ"reminder-1-emailS
DR-000075-39	DR-000075DR-000075-INV-005"CRED-004(êÀ˛ﬁ±30ö
AGY-01Èh
DR-000108-15	DR-000108DR-000108-INV-006"CRED-003(¬À˛ﬁ±30Z'
DR-000108-PAY-6	û…EURÈ `
DR-000113-17	DR-000113DR-000113-INV-004"CRED-010(ÙÀ˛ﬁ±30rÈ"reminder-2-phone%
day-2025-12-14(òê∫˙±30≤	
Èh
DR-000003-14	DR-000003DR-000003-INV-004"CRED-011(ÄÄòà≤30Z'
DR-000003-PAY-4	©åEURÈ Z
DR-000008-33	DR-000008DR-000008-INV-004"CRED-008(≤Äòà≤30™
Èuncollectableg
DR-000040-24	DR-000040DR-000040-INV-002"CRED-007(‰Äòà≤30Z&
DR-000040-PAY-9Å8EURÈ a
DR-000044-32	DR-000044DR-000044-INV-005"CRED-006(ñÅòà≤30r È"reminder-3-letterΩ
DR-000045-15	DR-000045DR-000045-INV-007"CRED-002(»Åòà≤30R|
INV-000045-007	⁄’EURÈ"Í0:Company 000045B45 rue de la R√©publiqueB
69009 LyonJdr-000045@example.comi
DR-000058-37	DR-000058DR-000058-INV-004"CRED-010(˙Åòà≤30Z(
DR-000058-PAY-11	Æ≤EURÈ _
DR-000062-29	DR-000062DR-000062-INV-006"CRED-012(¨Çòà≤30rÈ"courtesy-reminder`
DR-000082-16	DR-000082DR-000082-INV-005"CRED-007(ﬁÇòà≤30rÈ"reminder-2-phone_
DR-000082-17	DR-000082DR-000082-INV-005"CRED-007(êÉòà≤30z

¸öÇEURÈÈæ
DR-000142-13	DR-000142DR-000142-INV-006"CRED-004(¬Éòà≤30R}
INV-000142-006	ÆŸEURÈ"Í0:Company 000142B142 rue de la R√©publiqueB
69007 LyonJdr-000142@example.com]
DR-000148-19	DR-000148DR-000148-INV-004"CRED-003(ÙÉòà≤30rÈ"formal-notice`
DR-000150-31	DR-000150DR-000150-INV-006"CRED-002(¶Ñòà≤30rÈ"reminder-2-phone%
day-2025-12-15(ò»”£≤30≤	
Èæ
DR-000018-24	DR-000018DR-000018-INV-004"CRED-004(Ä∏±±≤30R}
INV-000018-004	™≤EURÈ"Í0:Customer 000018B18 rue de la R√©publiqueB
69009 LyonJdr-000018@example.comh
DR-000032-26	DR-000032DR-000032-INV-005"CRED-009(≤∏±±≤30Z'
DR-000032-PAY-5	ÌÃEURÈ b
DR-000057-21	DR-000057DR-000057-INV-004"CRED-011(‰∏±±≤30r!È"reminder-4-warning]
DR-000066-29	DR-000066DR-000066-INV-004"CRED-009(ñπ±±≤30rÈ"formal-noticeh
DR-000070-29	DR-000070DR-000070-INV-005"CRED-003(»π±±≤30Z'
DR-000070-PAY-7	©¢+EURÈ a
DR-000088-50	DR-000088DR-000088-INV-006"CRED-006(˙π±±≤30r È"reminder-3-letterh
DR-000099-17	DR-000099DR-000099-INV-006"CRED-006(¨∫±±≤30Z'
DR-000099-PAY-6	î–EURÈ g
DR-000112-16	DR-000112DR-000112-INV-007"CRED-001(ﬁ∫±±≤30Z&
DR-000112-PAY-7‘EEURÈ g
DR-000118-6	DR-000118DR-000118-INV-003"CRED-006(êª±±≤30Z'
DR-000118-PAY-3	â§USDÈ `
DR-000138-16	DR-000138DR-000138-INV-004"CRED-008(¬ª±±≤30rÈ"reminder-1-email%
day-2025-12-16(òÄÌÃ≤30≤	
Èi
DR-000004-36	DR-000004DR-000004-INV-005"CRED-011(Ä ⁄≤30Z(
DR-000004-PAY-8
˛ÆºGBPÈ `
DR-000006-18	DR-000006DR-000006-INV-004"CRED-011(≤ ⁄≤30rÈ"reminder-2-phoneb
DR-000025-22	DR-000025DR-000025-INV-004"CRED-009(‰ ⁄≤30r!È"reminder-4-warningæ
DR-000029-17	DR-000029DR-000029-INV-004"CRED-006(ñÒ ⁄≤30R}
INV-000029-004	˛ﬁCHFÈ"Í0:Customer 000029B29 rue de la R√©publiqueB
69002 LyonJdr-000029@example.comΩ
DR-000037-13	DR-000037DR-000037-INV-007"CRED-010(»Ò ⁄≤30R|
INV-000037-007	ÔÛ-EURÈ"Í0:Company 000037B37 rue de la R√©publiqueB
69001 LyonJdr-000037@example.comΩ
DR-000082-18	DR-000082DR-000082-INV-006"CRED-011(˙Ò ⁄≤30R|
INV-000082-006	√øEURÈ"Í0:Company 000082B82 rue de la R√©publiqueB
69001 LyonJdr-000082@example.coma
DR-000113-18	DR-000113DR-000113-INV-004"CRED-010(¨Ú ⁄≤30r È"reminder-3-letter%
day-2025-12-17(ò∏Üˆ≤30≤	
È`
DR-000020-17	DR-000020DR-000020-INV-004"CRED-004(Ä®‰É≥30rÈ"reminder-1-email`
DR-000027-14	DR-000027DR-000027-INV-004"CRED-003(≤®‰É≥30rÈ"reminder-2-phone`
DR-000044-33	DR-000044DR-000044-INV-006"CRED-006(‰®‰É≥30rÈ"reminder-2-phoneh
DR-000061-45	DR-000061DR-000061-INV-006"CRED-007(ñ©‰É≥30Z'
DR-000061-PAY-6	–˝
EURÈ Ω
DR-000088-51	DR-000088DR-000088-INV-007"CRED-010(»©‰É≥30R|
INV-000088-007	†˜(EURÈ"Í0:Company 000088B88 rue de la R√©publiqueB
69007 LyonJdr-000088@example.com`
DR-000094-23	DR-000094DR-000094-INV-004"CRED-004(˙©‰É≥30rÈ"reminder-1-emailh
DR-000137-12	DR-000137DR-000137-INV-005"CRED-009(¨™‰É≥30Z'
DR-000137-PAY-5	¿áEURÈ %
day-2025-12-18(òüü≥30≤	
Èh
DR-000041-11	DR-000041DR-000041-INV-005"CRED-009(Ä‡˝¨≥30Z'
DR-000041-PAY-5	â˙VUSDÈ `
DR-000069-36	DR-000069DR-000069-INV-006"CRED-003(≤‡˝¨≥30ä
goods not deliveredÈ]
DR-000071-34	DR-000071DR-000071-INV-004"CRED-008(‰‡˝¨≥30rÈ"formal-noticeh
DR-000088-52	DR-000088DR-000088-INV-005"CRED-010(ñ·˝¨≥30Z'
DR-000088-PAY-19ïDEURÈ i
DR-000092-28	DR-000092DR-000092-INV-004"CRED-002(»·˝¨≥30Z(
DR-000092-PAY-5
Ô·üEURÈ `
DR-000124-28	DR-000124DR-000124-INV-005"CRED-011(˙·˝¨≥30rÈ"reminder-1-emailΩ
DR-000131-9	DR-000131DR-000131-INV-005"CRED-006(¨‚˝¨≥30R}
INV-000131-005	Â·,EURÈ"Í0:Company 000131B131 rue de la R√©publiqueB
69005 LyonJdr-000131@example.comg
DR-000136-9	DR-000136DR-000136-INV-004"CRED-012(ﬁ‚˝¨≥30Z'
DR-000136-PAY-4	∞õEURÈ ø
DR-000138-17	DR-000138DR-000138-INV-005"CRED-008(ê„˝¨≥30R~
INV-000138-005	©êCHFÈ"Í0:Customer 000138B138 rue de la R√©publiqueB
69003 LyonJdr-000138@example.com%
day-2025-12-19(ò®π»≥30≤	
Èb
DR-000084-19	DR-000084DR-000084-INV-003"CRED-005(Äòó÷≥30r!È"reminder-4-warning_
DR-000134-18	DR-000134DR-000134-INV-003"CRED-010(≤òó÷≥30rÈ"courtesy-reminderh
DR-000143-37	DR-000143DR-000143-INV-005"CRED-005(‰òó÷≥30Z'
DR-000143-PAY-16 \EURÈ %
day-2025-12-20(ò‡“Ò≥30≤	
ÈΩ
DR-000031-20	DR-000031DR-000031-INV-005"CRED-004(Ä–∞ˇ≥30R|
INV-000031-005	∑†EURÈ"Í0:Company 000031B31 rue de la R√©publiqueB
69004 LyonJdr-000031@example.comb
DR-000043-24	DR-000043DR-000043-INV-004"CRED-003(≤–∞ˇ≥30r!È"reminder-4-warning`
DR-000072-34	DR-000072DR-000072-INV-005"CRED-003(‰–∞ˇ≥30rÈ"reminder-2-phone^
DR-000072-35	DR-000072DR-000072-INV-005"CRED-003(ñ—∞ˇ≥30z
	ßÈ1GBPÍÈæ
DR-000076-40	DR-000076DR-000076-INV-005"CRED-008(»—∞ˇ≥30R}
INV-000076-005	ëàEURÈ"Í0:Customer 000076B76 rue de la R√©publiqueB
69004 LyonJdr-000076@example.comh
DR-000077-10	DR-000077DR-000077-INV-005"CRED-010(˙—∞ˇ≥30Z'
DR-000077-PAY-5	∆ÕEURÈ æ
DR-000107-33	DR-000107DR-000107-INV-006"CRED-011(¨“∞ˇ≥30R}
INV-000107-006	Ë’EURÈ"Í0:Company 000107B107 rue de la R√©publiqueB
69008 LyonJdr-000107@example.comh
DR-000133-21	DR-000133DR-000133-INV-004"CRED-010(ﬁ“∞ˇ≥30Z'
DR-000133-PAY-5	Á∑EURÈ %
day-2025-12-21(òòÏö¥30≤	
ÈΩ
DR-000041-12	DR-000041DR-000041-INV-006"CRED-009(Äà ®¥30R|
INV-000041-006	å∏USDÈ"Í0:Company 000041B41 rue de la R√©publiqueB
69005 LyonJdr-000041@example.comh
DR-000044-34	DR-000044DR-000044-INV-005"CRED-006(≤à ®¥30Z'
DR-000044-PAY-8	˜ÓEURÈ Ω
DR-000097-13	DR-000097DR-000097-INV-006"CRED-007(‰à ®¥30R|
INV-000097-006	ûÅEURÈ"Í0:Company 000097B97 rue de la R√©publiqueB
69007 LyonJdr-000097@example.comb
DR-000107-34	DR-000107DR-000107-INV-005"CRED-011(ñâ ®¥30r!È"reminder-4-warningh
DR-000121-46	DR-000121DR-000121-INV-005"CRED-003(»â ®¥30Z'
DR-000121-PAY-4	øø8USDÈ _
DR-000129-40	DR-000129DR-000129-INV-006"CRED-008(˙â ®¥30rÈ"courtesy-reminderf
DR-000142-14	DR-000142DR-000142-INV-006"CRED-004(¨ä ®¥30j%
DR-000142-CN-14	â≈EURÈa
DR-000150-32	DR-000150DR-000150-INV-006"CRED-002(ﬁä ®¥30r È"reminder-3-letter%
day-2025-12-22(ò–Öƒ¥30≤	
ÈΩ
DR-000012-42	DR-000012DR-000012-INV-006"CRED-002(Ä¿„—¥30R|
INV-000012-006	±¸$CHFÈ"Í0:Company 000012B12 rue de la R√©publiqueB
69003 LyonJdr-000012@example.com`
DR-000024-25	DR-000024DR-000024-INV-005"CRED-001(≤¿„—¥30rÈ"reminder-1-emaili
DR-000052-20	DR-000052DR-000052-INV-005"CRED-006(‰¿„—¥30Z(
DR-000052-PAY-5
’¢‚EURÈ Ω
DR-000061-46	DR-000061DR-000061-INV-007"CRED-007(ñ¡„—¥30R|
INV-000061-007	‘ã.EURÈ"Í0:Company 000061B61 rue de la R√©publiqueB
69007 LyonJdr-000061@example.com`
DR-000100-13	DR-000100DR-000100-INV-006"CRED-008(»¡„—¥30rÈ"reminder-1-emailh
DR-000107-35	DR-000107DR-000107-INV-005"CRED-011(˙¡„—¥30Z'
DR-000107-PAY-8	ÁåIEURÈ `
DR-000114-16	DR-000114DR-000114-INV-003"CRED-001(¨¬„—¥30rÈ"reminder-1-emailæ
DR-000127-19	DR-000127DR-000127-INV-005"CRED-012(ﬁ¬„—¥30R}
INV-000127-005	∂ì#EURÈ"Í0:Company 000127B127 rue de la R√©publiqueB
69001 LyonJdr-000127@example.com`
DR-000138-18	DR-000138DR-000138-INV-004"CRED-008(ê√„—¥30rÈ"reminder-2-phone^
DR-000138-19	DR-000138DR-000138-INV-004"CRED-008(¬√„—¥30z
	âíCHFÈÈh
DR-000150-33	DR-000150DR-000150-INV-006"CRED-002(Ù√„—¥30Z'
DR-000150-PAY-9	¸¯CHFÈ %
day-2025-12-23(òàüÌ¥30≤	
Èa
DR-000006-19	DR-000006DR-000006-INV-004"CRED-011(Ä¯¸˙¥30r È"reminder-3-letterh
DR-000015-33	DR-000015DR-000015-INV-005"CRED-008(≤¯¸˙¥30Z'
DR-000015-PAY-3	¥íEURÈ ]
DR-000030-25	DR-000030DR-000030-INV-005"CRED-003(‰¯¸˙¥30rÈ"formal-noticeb
DR-000044-35	DR-000044DR-000044-INV-005"CRED-006(ñ˘¸˙¥30r!È"reminder-4-warning`
DR-000049-35	DR-000049DR-000049-INV-006"CRED-004(»˘¸˙¥30ä
goods not deliveredÈΩ
DR-000079-15	DR-000079DR-000079-INV-007"CRED-012(˙˘¸˙¥30R|
INV-000079-007	∂»GBPÈ"Í0:Company 000079B79 rue de la R√©publiqueB
69007 LyonJdr-000079@example.com`
DR-000081-23	DR-000081DR-000081-INV-004"CRED-005(¨˙¸˙¥30rÈ"reminder-1-emaili
DR-000082-19	DR-000082DR-000082-INV-005"CRED-007(ﬁ˙¸˙¥30Z(
DR-000082-PAY-4
¸öÇEURÈ S
DR-000121-47	DR-000121DR-000121-INV-006"CRED-003(ê˚¸˙¥30ö
AGY-01È`
DR-000145-36	DR-000145DR-000145-INV-007"CRED-007(¬˚¸˙¥30rÈ"reminder-1-email_
DR-000148-20	DR-000148DR-000148-INV-005"CRED-003(Ù˚¸˙¥30rÈ"courtesy-reminder%
day-2025-12-24(ò¿∏ñµ30≤	
Èa
DR-000011-42	DR-000011DR-000011-INV-006"CRED-003(Ä∞ñ§µ30r È"reminder-3-letter`
DR-000020-18	DR-000020DR-000020-INV-004"CRED-004(≤∞ñ§µ30rÈ"reminder-2-phonea
DR-000027-15	DR-000027DR-000027-INV-004"CRED-003(‰∞ñ§µ30r È"reminder-3-lettera
DR-000044-36	DR-000044DR-000044-INV-006"CRED-006(ñ±ñ§µ30r È"reminder-3-letter`
DR-000062-30	DR-000062DR-000062-INV-006"CRED-012(»±ñ§µ30rÈ"reminder-1-emailb
DR-000088-53	DR-000088DR-000088-INV-006"CRED-006(˙±ñ§µ30r!È"reminder-4-warning`
DR-000094-24	DR-000094DR-000094-INV-004"CRED-004(¨≤ñ§µ30rÈ"reminder-2-phoneh
DR-000103-32	DR-000103DR-000103-INV-004"CRED-009(ﬁ≤ñ§µ30Z'
DR-000103-PAY-5	‹∆WEURÈ %
day-2025-12-25(ò¯—øµ30≤	
Èb
DR-000004-37	DR-000004DR-000004-INV-003"CRED-011(ÄËØÕµ30r!È"reminder-4-warningT
DR-000007-13	DR-000007"CRED-010(≤ËØÕµ30Z&
DR-000007-PAY-5‰BEURÈ ]
DR-000019-33	DR-000019DR-000019-INV-005"CRED-003(‰ËØÕµ30rÈ"formal-noticeh
DR-000078-34	DR-000078DR-000078-INV-005"CRED-011(ñÈØÕµ30Z'
DR-000078-PAY-5	˘éEURÈ Ω
DR-000091-25	DR-000091DR-000091-INV-006"CRED-009(»ÈØÕµ30R|
INV-000091-006	ﬁïEURÈ"Í	0:Company 000091B91 rue de la R√©publiqueB
69001 LyonJdr-000091@example.comΩ
DR-000096-31	DR-000096DR-000096-INV-006"CRED-004(˙ÈØÕµ30R|
INV-000096-006	ÅÁEURÈ"Í0:Company 000096B96 rue de la R√©publiqueB
69006 LyonJdr-000096@example.comb
DR-000113-19	DR-000113DR-000113-INV-004"CRED-010(¨ÍØÕµ30r!È"reminder-4-warning`
DR-000124-29	DR-000124DR-000124-INV-005"CRED-011(ﬁÍØÕµ30rÈ"reminder-2-phone`
DR-000125-27	DR-000125DR-000125-INV-005"CRED-007(êÎØÕµ30ä
goods not deliveredÈ]
DR-000133-22	DR-000133DR-000133-INV-004"CRED-010(¬ÎØÕµ30rÈ"formal-noticeæ
DR-000150-34	DR-000150DR-000150-INV-007"CRED-002(ÙÎØÕµ30R}
INV-000150-007	À”CHFÈ"Í0:Company 000150B150 rue de la R√©publiqueB
69006 LyonJdr-000150@example.com%
day-2025-12-26(ò∞ÎËµ30≤	
È]
DR-000004-38	DR-000004DR-000004-INV-003"CRED-011(Ä†…ˆµ30rÈ"formal-noticeΩ
DR-000005-20	DR-000005DR-000005-INV-005"CRED-010(≤†…ˆµ30R|
INV-000005-005	π°EURÈ"Í
0:Customer 000005B5 rue de la R√©publiqueB
69005 LyonJdr-000005@example.com_
DR-000005-21	DR-000005DR-000005-INV-004"CRED-010(‰†…ˆµ30rÈ"courtesy-reminder`
DR-000008-34	DR-000008DR-000008-INV-006"CRED-008(ñ°…ˆµ30rÈ"reminder-1-emailb
DR-000011-43	DR-000011DR-000011-INV-006"CRED-003(»°…ˆµ30r!È"reminder-4-warning`
DR-000022-26	DR-000022DR-000022-INV-006"CRED-002(˙°…ˆµ30rÈ"reminder-1-emailh
DR-000038-22	DR-000038DR-000038-INV-003"CRED-006(¨¢…ˆµ30Z'
DR-000038-PAY-3	‚ÑEURÈ `
DR-000047-25	DR-000047DR-000047-INV-004"CRED-008(ﬁ¢…ˆµ30rÈ"reminder-1-emailh
DR-000076-41	DR-000076DR-000076-INV-004"CRED-008(ê£…ˆµ30Z'
DR-000076-PAY-13ô6EURÈ v
DR-000102-37	DR-000102DR-000102-INV-005"CRED-006(¬£…ˆµ30™4
È)small balance left after partial payments`
DR-000149-13	DR-000149DR-000149-INV-006"CRED-001(Ù£…ˆµ30ä
goods not deliveredÈ%
day-2025-12-27(òËÑí∂30≤	
Èh
DR-000015-34	DR-000015DR-000015-INV-004"CRED-008(Äÿ‚ü∂30Z'
DR-000015-PAY-4	≥éEURÈ g
DR-000025-23	DR-000025DR-000025-INV-003"CRED-009(≤ÿ‚ü∂30Z&
DR-000025-PAY-4ÿ`EURÈ h
DR-000051-14	DR-000051DR-000051-INV-005"CRED-009(‰ÿ‚ü∂30Z'
DR-000051-PAY-5	Á‡EURÈ æ
DR-000074-26	DR-000074DR-000074-INV-005"CRED-007(ñŸ‚ü∂30R}
INV-000074-005	»ÓEURÈ"Í0:Customer 000074B74 rue de la R√©publiqueB
69002 LyonJdr-000074@example.com`
DR-000093-26	DR-000093DR-000093-INV-005"CRED-008(»Ÿ‚ü∂30rÈ"reminder-1-emailh
DR-000100-14	DR-000100DR-000100-INV-006"CRED-008(˙Ÿ‚ü∂30Z'
DR-000100-PAY-6	ÈEURÈ %
day-2025-12-28(ò†ûª∂30≤	
ÈΩ
DR-000013-36	DR-000013DR-000013-INV-007"CRED-007(Äê¸»∂30R|
INV-000013-007	£Ç8EURÈ"Í0:Company 000013B13 rue de la R√©publiqueB
69004 LyonJdr-000013@example.com`
DR-000013-37	DR-000013DR-000013-INV-006"CRED-005(≤ê¸»∂30rÈ"reminder-1-emailæ
DR-000120-7	DR-000120DR-000120-INV-004"CRED-006(‰ê¸»∂30R~
INV-000120-004	ÓáEURÈ"Í0:Customer 000120B120 rue de la R√©publiqueB
69003 LyonJdr-000120@example.comf
DR-000131-10	DR-000131DR-000131-INV-005"CRED-006(ñë¸»∂30j%
DR-000131-CN-10	ï¢EURÈS
DR-000148-21	DR-000148DR-000148-INV-004"CRED-003(»ë¸»∂30ö
AGY-01È%
day-2025-12-29(òÿ∑‰∂30≤	
È`
DR-000024-26	DR-000024DR-000024-INV-005"CRED-001(Ä»ïÚ∂30rÈ"reminder-2-phoneU
DR-000062-31	DR-000062"CRED-012(≤»ïÚ∂30Z'
DR-000062-PAY-5	ïö&EURÈ M
DR-000080-37	DR-000080DR-000080-INV-008"CRED-010(‰»ïÚ∂30íÈh
DR-000082-20	DR-000082DR-000082-INV-004"CRED-007(ñ…ïÚ∂30Z'
DR-000082-PAY-5	…∆:EURÈ æ
DR-000087-10	DR-000087DR-000087-INV-004"CRED-010(»…ïÚ∂30R}
INV-000087-004	‘©EURÈ"Í0:Customer 000087B87 rue de la R√©publiqueB
69006 LyonJdr-000087@example.comø
DR-000104-21	DR-000104DR-000104-INV-004"CRED-007(˙…ïÚ∂30R~
INV-000104-004	„¡EURÈ"Í0:Customer 000104B104 rue de la R√©publiqueB
69005 LyonJdr-000104@example.com`
DR-000114-17	DR-000114DR-000114-INV-003"CRED-001(¨ ïÚ∂30rÈ"reminder-2-phoneä
DR-000114-18	DR-000114DR-000114-INV-003"CRED-001(ﬁ ïÚ∂30ÇH
DR-000114-PLAN-18È
Í	è«EUR
Í	è«EUR`
DR-000134-19	DR-000134DR-000134-INV-003"CRED-010(êÀïÚ∂30rÈ"reminder-1-emailh
DR-000138-20	DR-000138DR-000138-INV-004"CRED-008(¬ÀïÚ∂30Z'
DR-000138-PAY-5	âíCHFÈ h
DR-000142-15	DR-000142DR-000142-INV-006"CRED-004(ÙÀïÚ∂30Z'
DR-000142-PAY-6	•îEURÈ %
day-2025-12-30(òê—ç∑30≤	
ÈM
DR-000017-14	DR-000017DR-000017-INV-005"CRED-011(ÄÄØõ∑30íÈ_
DR-000025-24	DR-000025DR-000025-INV-005"CRED-009(≤ÄØõ∑30rÈ"courtesy-reminderΩ
DR-000049-36	DR-000049DR-000049-INV-007"CRED-004(‰ÄØõ∑30R|
INV-000049-007	Ä’oEURÈ"Í0:Company 000049B49 rue de la R√©publiqueB
69004 LyonJdr-000049@example.com]
DR-000057-22	DR-000057DR-000057-INV-004"CRED-011(ñÅØõ∑30rÈ"formal-noticeΩ
DR-000059-27	DR-000059DR-000059-INV-006"CRED-007(»ÅØõ∑30R|
INV-000059-006	∂∆9EURÈ"Í0:Company 000059B59 rue de la R√©publiqueB
69005 LyonJdr-000059@example.comΩ
DR-000071-35	DR-000071DR-000071-INV-006"CRED-008(˙ÅØõ∑30R|
INV-000071-006	Ø<EURÈ"Í0:Company 000071B71 rue de la R√©publiqueB
69008 LyonJdr-000071@example.com`
DR-000081-24	DR-000081DR-000081-INV-004"CRED-005(¨ÇØõ∑30rÈ"reminder-2-phone^
DR-000081-25	DR-000081DR-000081-INV-004"CRED-005(ﬁÇØõ∑30z
	µãUSDÍÈ_
DR-000137-13	DR-000137DR-000137-INV-006"CRED-001(êÉØõ∑30rÈ"courtesy-reminderh
DR-000137-14	DR-000137DR-000137-INV-006"CRED-001(¬ÉØõ∑30Z'
DR-000137-PAY-6	ﬁ≠USDÈ `
DR-000145-37	DR-000145DR-000145-INV-007"CRED-007(ÙÉØõ∑30rÈ"reminder-2-phoneb
DR-000150-35	DR-000150DR-000150-INV-006"CRED-002(¶ÑØõ∑30r!È"reminder-4-warning%
day-2025-12-31(ò»Í∂∑30≤	
È`
DR-000017-15	DR-000017DR-000017-INV-005"CRED-011(Ä∏»ƒ∑30rÍ"reminder-1-emaila
DR-000020-19	DR-000020DR-000020-INV-004"CRED-004(≤∏»ƒ∑30r Í"reminder-3-letter]
DR-000025-25	DR-000025DR-000025-INV-004"CRED-009(‰∏»ƒ∑30rÍ"formal-noticeΩ
DR-000036-25	DR-000036DR-000036-INV-006"CRED-010(ñπ»ƒ∑30R|
INV-000036-006	≤∂WEURÍ"Í0:Company 000036B36 rue de la R√©publiqueB
69009 LyonJdr-000036@example.com`
DR-000071-36	DR-000071DR-000071-INV-005"CRED-008(»π»ƒ∑30rÍ"reminder-1-emailΩ
DR-000090-28	DR-000090DR-000090-INV-006"CRED-002(˙π»ƒ∑30R|
INV-000090-006	ÓÃ GBPÍ"Í0:Company 000090B90 rue de la R√©publiqueB
69009 LyonJdr-000090@example.coma
DR-000094-25	DR-000094DR-000094-INV-004"CRED-004(¨∫»ƒ∑30r Í"reminder-3-letterÕ
DR-000102-38	DR-000102DR-000102-INV-007"CRED-006(ﬁ∫»ƒ∑30Rã
INV-000102-007	»ËGBPÍ"Í*
Í”0:Company 000102B102 rue de la R√©publiqueB
69003 LyonJdr-000102@example.comæ
DR-000108-16	DR-000108DR-000108-INV-007"CRED-003(êª»ƒ∑30R}
INV-000108-007	ËﬁEURÍ"Í0:Company 000108B108 rue de la R√©publiqueB
69009 LyonJdr-000108@example.com`
DR-000129-41	DR-000129DR-000129-INV-006"CRED-008(¬ª»ƒ∑30rÍ"reminder-1-emailø
DR-000135-11	DR-000135DR-000135-INV-006"CRED-008(Ùª»ƒ∑30R~
INV-000135-006	‡∂EURÍ"Í0:Customer 000135B135 rue de la R√©publiqueB
69009 LyonJdr-000135@example.com%
day-2026-01-01(òÄÑ‡∑30≤	
Íb
DR-000006-20	DR-000006DR-000006-INV-004"CRED-011(Ä·Ì∑30r!Í"reminder-4-warning`
DR-000017-16	DR-000017DR-000017-INV-005"CRED-011(≤·Ì∑30rÍ"reminder-2-phone_
DR-000042-30	DR-000042DR-000042-INV-006"CRED-004(‰·Ì∑30rÍ"courtesy-reminder`
DR-000068-36	DR-000068DR-000068-INV-007"CRED-001(ñÒ·Ì∑30rÍ"reminder-1-emailΩ
DR-000075-40	DR-000075DR-000075-INV-008"CRED-004(»Ò·Ì∑30R|
INV-000075-008	Ÿ»$EURÍ"Í0:Company 000075B75 rue de la R√©publiqueB
69003 LyonJdr-000075@example.com`
DR-000105-30	DR-000105DR-000105-INV-006"CRED-004(˙Ò·Ì∑30rÍ"reminder-1-emailæ
DR-000124-30	DR-000124DR-000124-INV-006"CRED-011(¨Ú·Ì∑30R}
INV-000124-006	Ï·EURÍ"Í0:Company 000124B124 rue de la R√©publiqueB
69007 LyonJdr-000124@example.coma
DR-000124-31	DR-000124DR-000124-INV-005"CRED-011(ﬁÚ·Ì∑30r Í"reminder-3-letter%
day-2026-01-02(ò∏ùâ∏30≤	
Í`
DR-000008-35	DR-000008DR-000008-INV-006"CRED-008(Ä®˚ñ∏30rÍ"reminder-2-phoneΩ
DR-000014-18	DR-000014DR-000014-INV-004"CRED-001(≤®˚ñ∏30R|
INV-000014-004Ñ[CHFÍ"Í0:Customer 000014B14 rue de la R√©publiqueB
69005 LyonJdr-000014@example.coma
DR-000017-17	DR-000017DR-000017-INV-005"CRED-011(‰®˚ñ∏30r Í"reminder-3-letter`
DR-000022-27	DR-000022DR-000022-INV-006"CRED-002(ñ©˚ñ∏30rÍ"reminder-2-phoneh
DR-000022-28	DR-000022DR-000022-INV-006"CRED-002(»©˚ñ∏30Z'
DR-000022-PAY-6	èÔFEURÍ b
DR-000027-16	DR-000027DR-000027-INV-004"CRED-003(˙©˚ñ∏30r!Í"reminder-4-warningh
DR-000037-14	DR-000037DR-000037-INV-006"CRED-010(¨™˚ñ∏30Z'
DR-000037-PAY-6	†√EURÍ b
DR-000044-37	DR-000044DR-000044-INV-006"CRED-006(ﬁ™˚ñ∏30r!Í"reminder-4-warning`
DR-000047-26	DR-000047DR-000047-INV-004"CRED-008(ê´˚ñ∏30rÍ"reminder-2-phoneΩ
DR-000086-22	DR-000086DR-000086-INV-008"CRED-005(¬´˚ñ∏30R|
INV-000086-008	Ë˛CHFÍ"Í0:Company 000086B86 rue de la R√©publiqueB
69005 LyonJdr-000086@example.comh
DR-000088-54	DR-000088DR-000088-INV-006"CRED-006(Ù´˚ñ∏30Z'
DR-000088-PAY-20˝9EURÍ Ω
DR-000117-7	DR-000117DR-000117-INV-004"CRED-009(¶¨˚ñ∏30R}
INV-000117-004âBEURÍ"Í0:Customer 000117B117 rue de la R√©publiqueB
69009 LyonJdr-000117@example.com`
DR-000148-22	DR-000148DR-000148-INV-005"CRED-003(ÿ¨˚ñ∏30rÍ"reminder-1-email%
day-2026-01-03(ò∂≤∏30≤	
Í_
DR-000003-15	DR-000003DR-000003-INV-005"CRED-011(Ä‡î¿∏30rÍ"courtesy-reminderb
DR-000017-18	DR-000017DR-000017-INV-005"CRED-011(≤‡î¿∏30r!Í"reminder-4-warning]
DR-000084-20	DR-000084DR-000084-INV-003"CRED-005(‰‡î¿∏30rÍ"formal-notice`
DR-000093-27	DR-000093DR-000093-INV-005"CRED-008(ñ·î¿∏30rÍ"reminder-2-phone^
DR-000093-28	DR-000093DR-000093-INV-005"CRED-008(»·î¿∏30z
	…òEURÍÍæ
DR-000113-20	DR-000113DR-000113-INV-005"CRED-010(˙·î¿∏30R}
INV-000113-005	¢ùEURÍ"Í0:Company 000113B113 rue de la R√©publiqueB
69005 LyonJdr-000113@example.comh
DR-000131-11	DR-000131DR-000131-INV-005"CRED-006(¨‚î¿∏30Z'
DR-000131-PAY-5	–ø&EURÍ %
day-2026-01-04(ò®–€∏30≤	
Íh
DR-000012-43	DR-000012DR-000012-INV-004"CRED-002(ÄòÆÈ∏30Z'
DR-000012-PAY-4	©ÜyCHFÍ `
DR-000013-38	DR-000013DR-000013-INV-006"CRED-005(≤òÆÈ∏30rÍ"reminder-2-phone^
DR-000013-39	DR-000013DR-000013-INV-006"CRED-005(‰òÆÈ∏30z
	‡Å+EURÍÍg
DR-000016-13	DR-000016DR-000016-INV-006"CRED-008(ñôÆÈ∏30Z&
DR-000016-PAY-6€|EURÍ _
DR-000040-25	DR-000040DR-000040-INV-004"CRED-007(»ôÆÈ∏30rÍ"courtesy-reminder]
DR-000043-25	DR-000043DR-000043-INV-004"CRED-003(˙ôÆÈ∏30rÍ"formal-noticeÃ
DR-000054-34	DR-000054DR-000054-INV-006"CRED-006(¨öÆÈ∏30Rä
INV-000054-006	û∑USDÍ"Í*
ÍÛ0:Company 000054B54 rue de la R√©publiqueB
69009 LyonJdr-000054@example.comΩ
DR-000081-26	DR-000081DR-000081-INV-005"CRED-005(ﬁöÆÈ∏30R|
INV-000081-005	ΩæUSDÍ"Í0:Company 000081B81 rue de la R√©publiqueB
69009 LyonJdr-000081@example.comi
DR-000088-55	DR-000088DR-000088-INV-005"CRED-010(êõÆÈ∏30Z(
DR-000088-PAY-21	Ò◊EURÍ X
DR-000130-26	DR-000130DR-000130-INV-005"CRED-009(¬õÆÈ∏30í	ûµCHFÍ`
DR-000147-34	DR-000147DR-000147-INV-007"CRED-012(ÙõÆÈ∏30rÍ"reminder-1-email%
day-2026-01-05(ò‡ÈÑπ30≤	
Íg
DR-000001-17	DR-000001DR-000001-INV-003"CRED-006(Ä–«íπ30Z&
DR-000001-PAY-4«DEURÍ `
DR-000005-22	DR-000005DR-000005-INV-004"CRED-010(≤–«íπ30rÍ"reminder-1-email`
DR-000010-28	DR-000010DR-000010-INV-005"CRED-009(‰–«íπ30rÍ"reminder-1-emaila
DR-000024-27	DR-000024DR-000024-INV-005"CRED-001(ñ—«íπ30r Í"reminder-3-letter_
DR-000048-11	DR-000048DR-000048-INV-005"CRED-001(»—«íπ30rÍ"courtesy-remindere
DR-000080-38	DR-000080DR-000080-INV-008"CRED-010(˙—«íπ30j$
DR-000080-CN-38á%EURÍ_
DR-000106-9	DR-000106DR-000106-INV-004"CRED-007(¨“«íπ30rÍ"reminder-1-email`
DR-000130-27	DR-000130DR-000130-INV-005"CRED-009(ﬁ“«íπ30rÍ"reminder-2-phonev
DR-000133-23	DR-000133DR-000133-INV-004"CRED-010(ê”«íπ30™4
Í)small balance left after partial payments`
DR-000134-20	DR-000134DR-000134-INV-003"CRED-010(¬”«íπ30rÍ"reminder-2-phone^
DR-000134-21	DR-000134DR-000134-INV-003"CRED-010(Ù”«íπ30z
	úêEURÍÍi
DR-000150-36	DR-000150DR-000150-INV-006"CRED-002(¶‘«íπ30Z(
DR-000150-PAY-10	‘ΩCHFÍ %
day-2026-01-06(òòÉÆπ30≤	
Íh
DR-000051-15	DR-000051DR-000051-INV-006"CRED-009(Äà·ªπ30Z'
DR-000051-PAY-6	à§EURÍ _
DR-000056-9	DR-000056DR-000056-INV-004"CRED-001(≤à·ªπ30rÍ"reminder-1-emailº
DR-000066-30	DR-000066DR-000066-INV-005"CRED-009(‰à·ªπ30R{
INV-000066-005Ø|EURÍ"Í0:Company 000066B66 rue de la R√©publiqueB
69003 LyonJdr-000066@example.comæ
DR-000073-24	DR-000073DR-000073-INV-004"CRED-007(ñâ·ªπ30R}
INV-000073-004	‡ÈEURÍ"Í0:Customer 000073B73 rue de la R√©publiqueB
69001 LyonJdr-000073@example.comΩ
DR-000080-39	DR-000080DR-000080-INV-009"CRED-010(»â·ªπ30R|
INV-000080-009	ﬂ¿EURÍ"Í0:Company 000080B80 rue de la R√©publiqueB
69008 LyonJdr-000080@example.coma
DR-000130-28	DR-000130DR-000130-INV-005"CRED-009(˙â·ªπ30r Í"reminder-3-letterh
DR-000140-16	DR-000140DR-000140-INV-007"CRED-003(¨ä·ªπ30Z'
DR-000140-PAY-7	ÃÇ<EURÍ a
DR-000145-38	DR-000145DR-000145-INV-007"CRED-007(ﬁä·ªπ30r Í"reminder-3-letter%
day-2026-01-07(ò–ú◊π30≤	
Íh
DR-000028-13	DR-000028DR-000028-INV-005"CRED-005(Ä¿˙‰π30Z'
DR-000028-PAY-5	√“EURÍ ]
DR-000044-38	DR-000044DR-000044-INV-005"CRED-006(≤¿˙‰π30rÍ"formal-notice`
DR-000071-37	DR-000071DR-000071-INV-005"CRED-008(‰¿˙‰π30rÍ"reminder-2-phoneh
DR-000110-12	DR-000110DR-000110-INV-005"CRED-011(ñ¡˙‰π30Z'
DR-000110-PAY-5	Ñ”6EURÍ `
DR-000129-42	DR-000129DR-000129-INV-006"CRED-008(»¡˙‰π30rÍ"reminder-2-phoneb
DR-000130-29	DR-000130DR-000130-INV-005"CRED-009(˙¡˙‰π30r!Í"reminder-4-warning%
day-2026-01-08(òà∂Ä∫30≤	
Íh
DR-000011-44	DR-000011DR-000011-INV-005"CRED-003(Ä¯ìé∫30Z'
DR-000011-PAY-6	«˙#EURÍ	 `
DR-000053-32	DR-000053DR-000053-INV-006"CRED-008(≤¯ìé∫30rÍ	"reminder-1-email`
DR-000068-37	DR-000068DR-000068-INV-007"CRED-001(‰¯ìé∫30rÍ	"reminder-2-phone^
DR-000068-38	DR-000068DR-000068-INV-007"CRED-001(ñ˘ìé∫30z
	Ï˜EURÍÍ	a
DR-000072-36	DR-000072DR-000072-INV-005"CRED-003(»˘ìé∫30r Í	"reminder-3-letter`
DR-000078-35	DR-000078DR-000078-INV-006"CRED-011(˙˘ìé∫30rÍ	"reminder-1-emailæ
DR-000084-21	DR-000084DR-000084-INV-004"CRED-005(¨˙ìé∫30R}
INV-000084-004	èÁEURÍ	"Í0:Customer 000084B84 rue de la R√©publiqueB
69003 LyonJdr-000084@example.com]
DR-000088-56	DR-000088DR-000088-INV-006"CRED-006(ﬁ˙ìé∫30rÍ	"formal-noticeh
DR-000093-29	DR-000093DR-000093-INV-005"CRED-008(ê˚ìé∫30Z'
DR-000093-PAY-5	…òEURÍ	 `
DR-000105-31	DR-000105DR-000105-INV-006"CRED-004(¬˚ìé∫30rÍ	"reminder-2-phoneh
DR-000106-10	DR-000106DR-000106-INV-004"CRED-007(Ù˚ìé∫30Z'
DR-000106-PAY-4	”∞
CHFÍ	 æ
DR-000118-7	DR-000118DR-000118-INV-004"CRED-006(¶¸ìé∫30R~
INV-000118-004	·±USDÍ	"Í0:Customer 000118B118 rue de la R√©publiqueB
69001 LyonJdr-000118@example.com]
DR-000130-30	DR-000130DR-000130-INV-005"CRED-009(ÿ¸ìé∫30rÍ	"formal-notice%
day-2026-01-09(ò¿œ©∫30≤	
Í	h
DR-000003-16	DR-000003DR-000003-INV-005"CRED-011(Ä∞≠∑∫30Z'
DR-000003-PAY-5	†¡0EURÍ
 Ω
DR-000006-21	DR-000006DR-000006-INV-005"CRED-011(≤∞≠∑∫30R|
INV-000006-005	ÒùEURÍ
"Í	0:Customer 000006B6 rue de la R√©publiqueB
69006 LyonJdr-000006@example.coma
DR-000008-36	DR-000008DR-000008-INV-006"CRED-008(‰∞≠∑∫30r Í
"reminder-3-letterb
DR-000020-20	DR-000020DR-000020-INV-004"CRED-004(ñ±≠∑∫30r!Í
"reminder-4-warning`
DR-000025-26	DR-000025DR-000025-INV-005"CRED-009(»±≠∑∫30rÍ
"reminder-1-emailh
DR-000030-26	DR-000030DR-000030-INV-005"CRED-003(˙±≠∑∫30Z'
DR-000030-PAY-5	ë∑+USDÍ
 a
DR-000047-27	DR-000047DR-000047-INV-004"CRED-008(¨≤≠∑∫30r Í
"reminder-3-letterg
DR-000053-33	DR-000053DR-000053-INV-005"CRED-008(ﬁ≤≠∑∫30Z&
DR-000053-PAY-5˛1USDÍ
 b
DR-000072-37	DR-000072DR-000072-INV-005"CRED-003(ê≥≠∑∫30r!Í
"reminder-4-warningæ
DR-000094-26	DR-000094DR-000094-INV-005"CRED-004(¬≥≠∑∫30R}
INV-000094-005	Î EURÍ
"Í	0:Customer 000094B94 rue de la R√©publiqueB
69004 LyonJdr-000094@example.comb
DR-000094-27	DR-000094DR-000094-INV-004"CRED-004(Ù≥≠∑∫30r!Í
"reminder-4-warningæ
DR-000105-32	DR-000105DR-000105-INV-007"CRED-004(¶¥≠∑∫30R}
INV-000105-007’BEURÍ
"Í	0:Customer 000105B105 rue de la R√©publiqueB
69006 LyonJdr-000105@example.com]
DR-000113-21	DR-000113DR-000113-INV-004"CRED-010(ÿ¥≠∑∫30rÍ
"formal-notice`
DR-000148-23	DR-000148DR-000148-INV-005"CRED-003(äµ≠∑∫30rÍ
"reminder-2-phone%
day-2026-01-10(ò¯Ë“∫30≤	
Í
h
DR-000008-37	DR-000008DR-000008-INV-006"CRED-008(ÄË∆‡∫30Z'
DR-000008-PAY-4	˝ƒOEURÍ ]
DR-000011-45	DR-000011DR-000011-INV-006"CRED-003(≤Ë∆‡∫30rÍ"formal-notice_
DR-000044-39	DR-000044DR-000044-INV-007"CRED-006(‰Ë∆‡∫30rÍ"courtesy-reminderg
DR-000066-31	DR-000066DR-000066-INV-004"CRED-009(ñÈ∆‡∫30Z&
DR-000066-PAY-6ŸJEURÍ X
DR-000069-37	DR-000069DR-000069-INV-006"CRED-003(»È∆‡∫30í	√¶GBPÍS
DR-000071-38	DR-000071DR-000071-INV-004"CRED-008(˙È∆‡∫30ö
AGY-01Íh
DR-000097-14	DR-000097DR-000097-INV-006"CRED-007(¨Í∆‡∫30Z'
DR-000097-PAY-6	ûÅEURÍ _
DR-000116-10	DR-000116DR-000116-INV-005"CRED-010(ﬁÍ∆‡∫30rÍ"courtesy-reminderb
DR-000124-32	DR-000124DR-000124-INV-005"CRED-011(êÎ∆‡∫30r!Í"reminder-4-warning`
DR-000126-38	DR-000126DR-000126-INV-006"CRED-001(¬Î∆‡∫30rÍ"reminder-1-emailæ
DR-000130-31	DR-000130DR-000130-INV-006"CRED-009(ÙÎ∆‡∫30R}
INV-000130-006	æ£#CHFÍ"Í
0:Company 000130B130 rue de la R√©publiqueB
69004 LyonJdr-000130@example.com%
day-2026-01-11(ò∞Ç¸∫30≤	
Íº
DR-000002-16	DR-000002DR-000002-INV-007"CRED-004(Ä†‡âª30R{
INV-000002-007	äîEURÍ"Í0:Company 000002B2 rue de la R√©publiqueB
69002 LyonJdr-000002@example.com`
DR-000042-31	DR-000042DR-000042-INV-006"CRED-004(≤†‡âª30rÍ"reminder-1-emailh
DR-000045-16	DR-000045DR-000045-INV-007"CRED-002(‰†‡âª30Z'
DR-000045-PAY-7	⁄’EURÍ Ω
DR-000062-32	DR-000062DR-000062-INV-007"CRED-012(ñ°‡âª30R|
INV-000062-007	ÒîEURÍ"Í0:Company 000062B62 rue de la R√©publiqueB
69008 LyonJdr-000062@example.comh
DR-000082-21	DR-000082DR-000082-INV-006"CRED-011(»°‡âª30Z'
DR-000082-PAY-6	√øEURÍ `
DR-000086-23	DR-000086DR-000086-INV-007"CRED-005(˙°‡âª30rÍ"reminder-1-emaili
DR-000088-57	DR-000088DR-000088-INV-007"CRED-010(¨¢‡âª30Z(
DR-000088-PAY-22	†˜(EURÍ æ
DR-000110-13	DR-000110DR-000110-INV-006"CRED-011(ﬁ¢‡âª30R}
INV-000110-006	˝ÎEURÍ"Í0:Company 000110B110 rue de la R√©publiqueB
69002 LyonJdr-000110@example.com`
DR-000119-19	DR-000119DR-000119-INV-009"CRED-009(ê£‡âª30rÍ"reminder-1-email`
DR-000147-35	DR-000147DR-000147-INV-007"CRED-012(¬£‡âª30rÍ"reminder-2-phone%
day-2026-01-12(òËõ•ª30≤	
Í`
DR-000005-23	DR-000005DR-000005-INV-004"CRED-010(Äÿ˘≤ª30rÍ"reminder-2-phone`
DR-000010-29	DR-000010DR-000010-INV-005"CRED-009(≤ÿ˘≤ª30rÍ"reminder-2-phoneh
DR-000013-40	DR-000013DR-000013-INV-006"CRED-005(‰ÿ˘≤ª30Z'
DR-000013-PAY-7	‡Å+EURÍ h
DR-000019-34	DR-000019DR-000019-INV-004"CRED-003(ñŸ˘≤ª30Z'
DR-000019-PAY-4	à›EURÍ _
DR-000029-18	DR-000029DR-000029-INV-004"CRED-006(»Ÿ˘≤ª30rÍ"courtesy-reminder`
DR-000038-23	DR-000038DR-000038-INV-004"CRED-006(˙Ÿ˘≤ª30rÍ"reminder-1-emaili
DR-000058-38	DR-000058DR-000058-INV-004"CRED-010(¨⁄˘≤ª30Z(
DR-000058-PAY-12	±≤EURÍ h
DR-000065-13	DR-000065DR-000065-INV-006"CRED-005(ﬁ⁄˘≤ª30Z'
DR-000065-PAY-6	§øEURÍ a
DR-000081-27	DR-000081DR-000081-INV-004"CRED-005(ê€˘≤ª30r Í"reminder-3-letter`
DR-000091-26	DR-000091DR-000091-INV-005"CRED-009(¬€˘≤ª30rÍ"reminder-1-emailæ
DR-000139-12	DR-000139DR-000139-INV-005"CRED-003(Ù€˘≤ª30R}
INV-000139-005	î±*USDÍ"Í0:Company 000139B139 rue de la R√©publiqueB
69004 LyonJdr-000139@example.com%
day-2026-01-13(ò†µŒª30≤	
Í`
DR-000056-10	DR-000056DR-000056-INV-004"CRED-001(Äêì‹ª30rÍ"reminder-2-phoneg
DR-000057-23	DR-000057DR-000057-INV-004"CRED-011(≤êì‹ª30Z&
DR-000057-PAY-4â0EURÍ Ω
DR-000072-38	DR-000072DR-000072-INV-006"CRED-003(‰êì‹ª30R|
INV-000072-006	‰‚"GBPÍ"Í0:Company 000072B72 rue de la R√©publiqueB
69009 LyonJdr-000072@example.comh
DR-000086-24	DR-000086DR-000086-INV-007"CRED-005(ñëì‹ª30Z'
DR-000086-PAY-6	¶˙CHFÍ `
DR-000086-25	DR-000086DR-000086-INV-006"CRED-005(»ëì‹ª30rÍ"reminder-1-emailÕ
DR-000100-15	DR-000100DR-000100-INV-007"CRED-008(˙ëì‹ª30Rã
INV-000100-007	Ú˜EURÍ"Í*
ÍΩ00:Company 000100B100 rue de la R√©publiqueB
69001 LyonJdr-000100@example.comi
DR-000116-11	DR-000116DR-000116-INV-005"CRED-010(¨íì‹ª30Z(
DR-000116-PAY-5
õ¥ÈEURÍ %
day-2026-01-14(òÿŒ˜ª30≤	
Í]
DR-000017-19	DR-000017DR-000017-INV-005"CRED-011(Ä»¨Öº30rÍ"formal-noticeb
DR-000024-28	DR-000024DR-000024-INV-005"CRED-001(≤»¨Öº30r!Í"reminder-4-warning`
DR-000040-26	DR-000040DR-000040-INV-004"CRED-007(‰»¨Öº30rÍ"reminder-1-emailh
DR-000068-39	DR-000068DR-000068-INV-006"CRED-001(ñ…¨Öº30Z'
DR-000068-PAY-7	˘µkEURÍ a
DR-000071-39	DR-000071DR-000071-INV-005"CRED-008(»…¨Öº30r Í"reminder-3-letteri
DR-000088-58	DR-000088DR-000088-INV-006"CRED-006(˙…¨Öº30Z(
DR-000088-PAY-23	˜≠EURÍ h
DR-000113-22	DR-000113DR-000113-INV-004"CRED-010(¨ ¨Öº30Z'
DR-000113-PAY-3	åàEURÍ a
DR-000129-43	DR-000129DR-000129-INV-006"CRED-008(ﬁ ¨Öº30r Í"reminder-3-letter%
day-2026-01-15(òêË†º30≤	
ÍΩ
DR-000007-14	DR-000007DR-000007-INV-006"CRED-001(ÄÄ∆Æº30R|
INV-000007-006	ÇÖEURÍ"Í0:Customer 000007B7 rue de la R√©publiqueB
69007 LyonJdr-000007@example.comΩ
DR-000021-30	DR-000021DR-000021-INV-006"CRED-001(≤Ä∆Æº30R|
INV-000021-006	ê√EURÍ"Í0:Company 000021B21 rue de la R√©publiqueB
69003 LyonJdr-000021@example.comΩ
DR-000031-21	DR-000031DR-000031-INV-006"CRED-004(‰Ä∆Æº30R|
INV-000031-006	◊îEURÍ"Í0:Company 000031B31 rue de la R√©publiqueB
69004 LyonJdr-000031@example.com`
DR-000048-12	DR-000048DR-000048-INV-005"CRED-001(ñÅ∆Æº30rÍ"reminder-1-email`
DR-000053-34	DR-000053DR-000053-INV-006"CRED-008(»Å∆Æº30rÍ"reminder-2-phone^
DR-000053-35	DR-000053DR-000053-INV-006"CRED-008(˙Å∆Æº30z
	°çUSDÍÍ`
DR-000078-36	DR-000078DR-000078-INV-006"CRED-011(¨Ç∆Æº30rÍ"reminder-2-phoneh
DR-000080-40	DR-000080DR-000080-INV-008"CRED-010(ﬁÇ∆Æº30Z'
DR-000080-PAY-8	’ˆEURÍ b
DR-000081-28	DR-000081DR-000081-INV-004"CRED-005(êÉ∆Æº30r!Í"reminder-4-warninga
DR-000105-33	DR-000105DR-000105-INV-006"CRED-004(¬É∆Æº30r Í"reminder-3-letter›
DR-000105-34	DR-000105DR-000105-INV-006"CRED-004(ÙÉ∆Æº30Çö
DR-000105-PLAN-34Í
ÍótEUR
ÍótEUR
ÍótEUR
ÍótEUR
ÍótEUR
ÍötEURh
DR-000119-20	DR-000119DR-000119-INV-009"CRED-009(¶Ñ∆Æº30Z'
DR-000119-PAY-9	¥ø8EURÍ h
DR-000134-22	DR-000134DR-000134-INV-003"CRED-010(ÿÑ∆Æº30Z'
DR-000134-PAY-2	úêEURÍ b
DR-000145-39	DR-000145DR-000145-INV-007"CRED-007(äÖ∆Æº30r!Í"reminder-4-warningÕ
DR-000147-36	DR-000147DR-000147-INV-008"CRED-012(ºÖ∆Æº30Rã
INV-000147-008	üıEURÍ"Í*
Íª0:Company 000147B147 rue de la R√©publiqueB
69003 LyonJdr-000147@example.com%
day-2026-01-16(ò»Å º30≤	
Í]
DR-000006-22	DR-000006DR-000006-INV-004"CRED-011(Ä∏ﬂ◊º30rÍ"formal-notice`
DR-000025-27	DR-000025DR-000025-INV-005"CRED-009(≤∏ﬂ◊º30rÍ"reminder-2-phoneΩ
DR-000035-15	DR-000035DR-000035-INV-007"CRED-010(‰∏ﬂ◊º30R|
INV-000035-007	≤°:EURÍ"Í0:Company 000035B35 rue de la R√©publiqueB
69008 LyonJdr-000035@example.com`
DR-000059-28	DR-000059DR-000059-INV-005"CRED-007(ñπﬂ◊º30rÍ"reminder-1-emaila
DR-000148-24	DR-000148DR-000148-INV-005"CRED-003(»πﬂ◊º30r Í"reminder-3-letter%
day-2026-01-17(òÄõÛº30≤	
Í_
DR-000019-35	DR-000019DR-000019-INV-006"CRED-003(Ä¯ÄΩ30rÍ"courtesy-reminder]
DR-000027-17	DR-000027DR-000027-INV-004"CRED-003(≤¯ÄΩ30rÍ"formal-notice]
DR-000044-40	DR-000044DR-000044-INV-006"CRED-006(‰¯ÄΩ30rÍ"formal-noticeM
DR-000069-38	DR-000069DR-000069-INV-005"CRED-003(ñÒ¯ÄΩ30íÍ`
DR-000126-39	DR-000126DR-000126-INV-006"CRED-001(»Ò¯ÄΩ30rÍ"reminder-2-phoneæ
DR-000132-22	DR-000132DR-000132-INV-006"CRED-005(˙Ò¯ÄΩ30R}
INV-000132-006	Å”5CHFÍ"Í0:Company 000132B132 rue de la R√©publiqueB
69006 LyonJdr-000132@example.comh
DR-000143-38	DR-000143DR-000143-INV-005"CRED-005(¨Ú¯ÄΩ30Z'
DR-000143-PAY-17 \EURÍ %
day-2026-01-18(ò∏¥úΩ30≤	
Íi
DR-000004-39	DR-000004DR-000004-INV-004"CRED-011(Ä®í™Ω30Z(
DR-000004-PAY-9
ƒŒÅGBPÍ `
DR-000042-32	DR-000042DR-000042-INV-006"CRED-004(≤®í™Ω30rÍ"reminder-2-phoneh
DR-000042-33	DR-000042DR-000042-INV-006"CRED-004(‰®í™Ω30Z'
DR-000042-PAY-9	œËLEURÍ h
DR-000044-41	DR-000044DR-000044-INV-005"CRED-006(ñ©í™Ω30Z'
DR-000044-PAY-9	¥ÊEURÍ b
DR-000047-28	DR-000047DR-000047-INV-004"CRED-008(»©í™Ω30r!Í"reminder-4-warningΩ
DR-000085-10	DR-000085DR-000085-INV-005"CRED-005(˙©í™Ω30R|
INV-000085-005¢<GBPÍ"Í0:Customer 000085B85 rue de la R√©publiqueB
69004 LyonJdr-000085@example.com`
DR-000086-26	DR-000086DR-000086-INV-007"CRED-005(¨™í™Ω30rÍ"reminder-2-phoneZ
DR-000094-28	DR-000094DR-000094-INV-003"CRED-004(ﬁ™í™Ω30™
Íuncollectableh
DR-000104-22	DR-000104DR-000104-INV-004"CRED-007(ê´í™Ω30Z'
DR-000104-PAY-8	„¡EURÍ `
DR-000143-39	DR-000143DR-000143-INV-004"CRED-005(¬´í™Ω30rÍ"reminder-2-phoneS
DR-000143-40	DR-000143DR-000143-INV-004"CRED-005(Ù´í™Ω30ö
AGY-02Ía
DR-000147-37	DR-000147DR-000147-INV-007"CRED-012(¶¨í™Ω30r Í"reminder-3-letter%
day-2026-01-19(òÕ≈Ω30≤	
ÍJ
DR-000003-17	DR-000003"CRED-011(Ä‡´”Ω30b
DR-000003-PAY-5Ía
DR-000005-24	DR-000005DR-000005-INV-004"CRED-010(≤‡´”Ω30r Í"reminder-3-lettera
DR-000010-30	DR-000010DR-000010-INV-005"CRED-009(‰‡´”Ω30r Í"reminder-3-letterΩ
DR-000012-44	DR-000012DR-000012-INV-007"CRED-004(ñ·´”Ω30R|
INV-000012-007	⁄†0EURÍ"Í0:Company 000012B12 rue de la R√©publiqueB
69003 LyonJdr-000012@example.comº
DR-000019-36	DR-000019DR-000019-INV-007"CRED-003(»·´”Ω30R{
INV-000019-007¿mEURÍ"Í0:Company 000019B19 rue de la R√©publiqueB
69001 LyonJdr-000019@example.com`
DR-000038-24	DR-000038DR-000038-INV-004"CRED-006(˙·´”Ω30rÍ"reminder-2-phone]
DR-000038-25	DR-000038DR-000038-INV-004"CRED-006(¨‚´”Ω30z
π(EURÍÍΩ
DR-000041-13	DR-000041DR-000041-INV-007"CRED-009(ﬁ‚´”Ω30R|
INV-000041-007	é„6USDÍ"Í0:Company 000041B41 rue de la R√©publiqueB
69005 LyonJdr-000041@example.comg
DR-000064-13	DR-000064DR-000064-INV-005"CRED-003(ê„´”Ω30Z&
DR-000064-PAY-5ÇDEURÍ Ω
DR-000070-30	DR-000070DR-000070-INV-007"CRED-003(¬„´”Ω30R|
INV-000070-007	‡ÌEURÍ"Í0:Company 000070B70 rue de la R√©publiqueB
69007 LyonJdr-000070@example.com`
DR-000091-27	DR-000091DR-000091-INV-005"CRED-009(Ù„´”Ω30rÍ"reminder-2-phone^
DR-000091-28	DR-000091DR-000091-INV-005"CRED-009(¶‰´”Ω30z
	‚”EURÍÍΩ
DR-000097-15	DR-000097DR-000097-INV-007"CRED-007(ÿ‰´”Ω30R|
INV-000097-007	•π&EURÍ"Í0:Company 000097B97 rue de la R√©publiqueB
69007 LyonJdr-000097@example.comh
DR-000109-11	DR-000109DR-000109-INV-005"CRED-011(äÂ´”Ω30Z'
DR-000109-PAY-5	Õ‹~EURÍ ø
DR-000129-44	DR-000129DR-000129-INV-007"CRED-008(ºÂ´”Ω30R~
INV-000129-007	ﬁòEURÍ"Í0:Customer 000129B129 rue de la R√©publiqueB
69003 LyonJdr-000129@example.com`
DR-000132-23	DR-000132DR-000132-INV-005"CRED-005(ÓÂ´”Ω30rÍ"reminder-1-emaila
DR-000143-41	DR-000143DR-000143-INV-004"CRED-005(†Ê´”Ω30r Í"reminder-3-letter%
day-2026-01-20(ò®ÁÓΩ30≤	
Í`
DR-000003-18	DR-000003DR-000003-INV-005"CRED-011(Äò≈¸Ω30rÍ"reminder-1-emailΩ
DR-000010-31	DR-000010DR-000010-INV-006"CRED-009(≤ò≈¸Ω30R|
INV-000010-006	ÌÓEURÍ"Í0:Company 000010B10 rue de la R√©publiqueB
69001 LyonJdr-000010@example.comS
DR-000011-46	DR-000011DR-000011-INV-006"CRED-003(‰ò≈¸Ω30ö
AGY-03Íh
DR-000017-20	DR-000017DR-000017-INV-005"CRED-011(ñô≈¸Ω30Z'
DR-000017-PAY-5	‡›USDÍ `
DR-000044-42	DR-000044DR-000044-INV-007"CRED-006(»ô≈¸Ω30rÍ"reminder-1-emailh
DR-000048-13	DR-000048DR-000048-INV-005"CRED-001(˙ô≈¸Ω30Z'
DR-000048-PAY-4	é§EURÍ Ω
DR-000052-21	DR-000052DR-000052-INV-006"CRED-007(¨ö≈¸Ω30R|
INV-000052-006	ÈÙ1EURÍ"Í0:Company 000052B52 rue de la R√©publiqueB
69007 LyonJdr-000052@example.coma
DR-000056-11	DR-000056DR-000056-INV-004"CRED-001(ﬁö≈¸Ω30r Í"reminder-3-letterh
DR-000059-29	DR-000059DR-000059-INV-005"CRED-007(êõ≈¸Ω30Z'
DR-000059-PAY-5	è‚2EURÍ ]
DR-000072-39	DR-000072DR-000072-INV-005"CRED-003(¬õ≈¸Ω30rÍ"formal-notice`
DR-000086-27	DR-000086DR-000086-INV-006"CRED-005(Ùõ≈¸Ω30rÍ"reminder-2-phone^
DR-000086-28	DR-000086DR-000086-INV-006"CRED-005(¶ú≈¸Ω30z
	ãßCHFÍÍh
DR-000128-12	DR-000128DR-000128-INV-005"CRED-012(ÿú≈¸Ω30Z'
DR-000128-PAY-5	πù1USDÍ b
DR-000143-42	DR-000143DR-000143-INV-004"CRED-005(äù≈¸Ω30r!Í"reminder-4-warningh
DR-000145-40	DR-000145DR-000145-INV-007"CRED-007(ºù≈¸Ω30Z'
DR-000145-PAY-9	∏·9EURÍ h
DR-000147-38	DR-000147DR-000147-INV-008"CRED-012(Óù≈¸Ω30Z'
DR-000147-PAY-8	‰ÌEURÍ %
day-2026-01-21(ò‡Äòæ30≤	
Í`
DR-000003-19	DR-000003DR-000003-INV-005"CRED-011(Ä–ﬁ•æ30rÍ"reminder-2-phone`
DR-000036-26	DR-000036DR-000036-INV-005"CRED-010(≤–ﬁ•æ30rÍ"reminder-1-email`
DR-000040-27	DR-000040DR-000040-INV-004"CRED-007(‰–ﬁ•æ30rÍ"reminder-2-phone_
DR-000096-32	DR-000096DR-000096-INV-006"CRED-004(ñ—ﬁ•æ30rÍ"courtesy-reminderæ
DR-000109-12	DR-000109DR-000109-INV-006"CRED-011(»—ﬁ•æ30R}
INV-000109-006	·ûEURÍ"Í0:Company 000109B109 rue de la R√©publiqueB
69001 LyonJdr-000109@example.comh
DR-000130-32	DR-000130DR-000130-INV-005"CRED-009(˙—ﬁ•æ30Z'
DR-000130-PAY-5	¡èCHFÍ Ω
DR-000141-43	DR-000141DR-000141-INV-007"CRED-005(¨“ﬁ•æ30R|
INV-000141-007ªFUSDÍ"Í0:Company 000141B141 rue de la R√©publiqueB
69006 LyonJdr-000141@example.com]
DR-000143-43	DR-000143DR-000143-INV-004"CRED-005(ﬁ“ﬁ•æ30rÍ"formal-noticeæ
DR-000146-12	DR-000146DR-000146-INV-006"CRED-005(ê”ﬁ•æ30R}
INV-000146-006	Ë‡BEURÍ"Í0:Company 000146B146 rue de la R√©publiqueB
69002 LyonJdr-000146@example.com%
day-2026-01-22(òòö¡æ30≤	
Íh
DR-000017-21	DR-000017DR-000017-INV-006"CRED-011(Äà¯Œæ30Z'
DR-000017-PAY-6	«Ω;USDÍ Œ
DR-000022-29	DR-000022DR-000022-INV-007"CRED-002(≤à¯Œæ30Rå
INV-000022-007
™…≤EURÍ"Í*
Íí…0:Company 000022B22 rue de la R√©publiqueB
69004 LyonJdr-000022@example.comh
DR-000027-18	DR-000027DR-000027-INV-004"CRED-003(‰à¯Œæ30Z'
DR-000027-PAY-4	è›EURÍ `
DR-000029-19	DR-000029DR-000029-INV-004"CRED-006(ñâ¯Œæ30rÍ"reminder-1-emailh
DR-000037-15	DR-000037DR-000037-INV-007"CRED-010(»â¯Œæ30Z'
DR-000037-PAY-7	ÔÛ-EURÍ Ã
DR-000042-34	DR-000042DR-000042-INV-007"CRED-004(˙â¯Œæ30Rä
INV-000042-007	∞¸EURÍ"Í*
Íÿ50:Company 000042B42 rue de la R√©publiqueB
69006 LyonJdr-000042@example.comh
DR-000053-36	DR-000053DR-000053-INV-006"CRED-008(¨ä¯Œæ30Z'
DR-000053-PAY-6	°çUSDÍ h
DR-000075-41	DR-000075DR-000075-INV-005"CRED-004(ﬁä¯Œæ30Z'
DR-000075-PAY-6	·πmEURÍ a
DR-000078-37	DR-000078DR-000078-INV-006"CRED-011(êã¯Œæ30r Í"reminder-3-letterΩ
DR-000099-18	DR-000099DR-000099-INV-007"CRED-006(¬ã¯Œæ30R|
INV-000099-007	™î.EURÍ"Í	0:Company 000099B99 rue de la R√©publiqueB
69009 LyonJdr-000099@example.comÕ
DR-000116-12	DR-000116DR-000116-INV-006"CRED-010(Ùã¯Œæ30Rã
INV-000116-006	ÔôEURÍ"Í*
Í®M0:Company 000116B116 rue de la R√©publiqueB
69008 LyonJdr-000116@example.comŒ
DR-000121-48	DR-000121DR-000121-INV-008"CRED-003(¶å¯Œæ30Rå
INV-000121-008	˚©lUSDÍ"Í*
Í®ï0:Company 000121B121 rue de la R√©publiqueB
69004 LyonJdr-000121@example.com_
DR-000145-41	DR-000145DR-000145-INV-008"CRED-007(ÿå¯Œæ30rÍ"courtesy-reminder%
day-2026-01-23(ò–≥Íæ30≤	
Ía
DR-000025-28	DR-000025DR-000025-INV-005"CRED-009(Ä¿ë¯æ30r Í"reminder-3-letterS
DR-000043-26	DR-000043DR-000043-INV-004"CRED-003(≤¿ë¯æ30ö
AGY-01ÍU
DR-000056-12	DR-000056"CRED-001(‰¿ë¯æ30Z'
DR-000056-PAY-4	í´$EURÍ b
DR-000071-40	DR-000071DR-000071-INV-005"CRED-008(ñ¡ë¯æ30r!Í"reminder-4-warningh
DR-000108-17	DR-000108DR-000108-INV-007"CRED-003(»¡ë¯æ30Z'
DR-000108-PAY-7	ËﬁEURÍ b
DR-000129-45	DR-000129DR-000129-INV-006"CRED-008(˙¡ë¯æ30r!Í"reminder-4-warning`
DR-000133-24	DR-000133DR-000133-INV-005"CRED-010(¨¬ë¯æ30rÍ"reminder-1-emaili
DR-000145-42	DR-000145DR-000145-INV-008"CRED-007(ﬁ¬ë¯æ30Z(
DR-000145-PAY-10	µıEURÍ %
day-2026-01-24(òàÕìø30≤	
Íh
DR-000018-25	DR-000018DR-000018-INV-004"CRED-004(Ä¯™°ø30Z'
DR-000018-PAY-5	™≤EURÍ ]
DR-000020-21	DR-000020DR-000020-INV-004"CRED-004(≤¯™°ø30rÍ"formal-noticeΩ
DR-000032-27	DR-000032DR-000032-INV-006"CRED-009(‰¯™°ø30R|
INV-000032-006	«âEURÍ"Í0:Company 000032B32 rue de la R√©publiqueB
69005 LyonJdr-000032@example.comΩ
DR-000078-38	DR-000078DR-000078-INV-007"CRED-011(ñ˘™°ø30R|
INV-000078-007	∑EURÍ"Í0:Company 000078B78 rue de la R√©publiqueB
69006 LyonJdr-000078@example.comΩ
DR-000091-29	DR-000091DR-000091-INV-007"CRED-009(»˘™°ø30R|
INV-000091-007	∂⁄EURÍ"Í0:Company 000091B91 rue de la R√©publiqueB
69001 LyonJdr-000091@example.com]
DR-000094-29	DR-000094DR-000094-INV-004"CRED-004(˙˘™°ø30rÍ"formal-noticeh
DR-000116-13	DR-000116DR-000116-INV-006"CRED-010(¨˙™°ø30Z'
DR-000116-PAY-6	«ÃEURÍ a
DR-000126-40	DR-000126DR-000126-INV-006"CRED-001(ﬁ˙™°ø30r Í"reminder-3-letter`
DR-000138-21	DR-000138DR-000138-INV-005"CRED-008(ê˚™°ø30rÍ"reminder-1-email%
day-2026-01-25(ò¿Êºø30≤	
ÍΩ
DR-000051-16	DR-000051DR-000051-INV-007"CRED-009(Ä∞ƒ ø30R|
INV-000051-007	ãé8EURÍ"Í0:Company 000051B51 rue de la R√©publiqueB
69006 LyonJdr-000051@example.comΩ
DR-000055-33	DR-000055DR-000055-INV-008"CRED-003(≤∞ƒ ø30R|
INV-000055-008	‡õ8EURÍ"Í0:Company 000055B55 rue de la R√©publiqueB
69001 LyonJdr-000055@example.comΩ
DR-000065-14	DR-000065DR-000065-INV-007"CRED-012(‰∞ƒ ø30R|
INV-000065-007	Ã¿EURÍ"Í0:Company 000065B65 rue de la R√©publiqueB
69002 LyonJdr-000065@example.coma
DR-000086-29	DR-000086DR-000086-INV-007"CRED-005(ñ±ƒ ø30r Í"reminder-3-letter_
DR-000087-11	DR-000087DR-000087-INV-004"CRED-010(»±ƒ ø30rÍ"courtesy-reminderh
DR-000087-12	DR-000087DR-000087-INV-004"CRED-010(˙±ƒ ø30Z'
DR-000087-PAY-4	‘©EURÍ f
DR-000109-13	DR-000109DR-000109-INV-006"CRED-011(¨≤ƒ ø30j%
DR-000109-CN-13	¢¸EURÍ]
DR-000124-33	DR-000124DR-000124-INV-005"CRED-011(ﬁ≤ƒ ø30rÍ"formal-noticeb
DR-000148-25	DR-000148DR-000148-INV-005"CRED-003(ê≥ƒ ø30r!Í"reminder-4-warning%
day-2026-01-26(ò¯ˇÂø30≤	
ÍΩ
DR-000023-9	DR-000023DR-000023-INV-005"CRED-007(ÄË›Ûø30R}
INV-000023-005	ÈÑEURÍ"Í0:Customer 000023B23 rue de la R√©publiqueB
69005 LyonJdr-000023@example.com`
DR-000030-27	DR-000030DR-000030-INV-006"CRED-001(≤Ë›Ûø30rÍ"reminder-1-emailΩ
DR-000037-16	DR-000037DR-000037-INV-008"CRED-010(‰Ë›Ûø30R|
INV-000037-008	Û≈9EURÍ"Í0:Company 000037B37 rue de la R√©publiqueB
69001 LyonJdr-000037@example.comΩ
DR-000053-37	DR-000053DR-000053-INV-007"CRED-008(ñÈ›Ûø30R|
INV-000053-007	é¬USDÍ"Í0:Company 000053B53 rue de la R√©publiqueB
69008 LyonJdr-000053@example.com`
DR-000076-42	DR-000076DR-000076-INV-005"CRED-008(»È›Ûø30rÍ"reminder-1-emaila
DR-000114-19	DR-000114DR-000114-INV-003"CRED-001(˙È›Ûø30r Í"reminder-3-letter`
DR-000132-24	DR-000132DR-000132-INV-005"CRED-005(¨Í›Ûø30rÍ"reminder-2-phoneh
DR-000147-39	DR-000147DR-000147-INV-007"CRED-012(ﬁÍ›Ûø30Z'
DR-000147-PAY-9	‚âEURÍ %
day-2026-01-27(ò∞ôè¿30≤	
Ía
DR-000003-20	DR-000003DR-000003-INV-005"CRED-011(Ä†˜ú¿30r Í"reminder-3-letter`
DR-000019-37	DR-000019DR-000019-INV-006"CRED-003(≤†˜ú¿30rÍ"reminder-1-emailS
DR-000025-29	DR-000025DR-000025-INV-004"CRED-009(‰†˜ú¿30ö
AGY-03ÍΩ
DR-000026-12	DR-000026DR-000026-INV-004"CRED-004(ñ°˜ú¿30R|
INV-000026-004êcEURÍ"Í0:Customer 000026B26 rue de la R√©publiqueB
69008 LyonJdr-000026@example.comΩ
DR-000036-27	DR-000036DR-000036-INV-007"CRED-010(»°˜ú¿30R|
INV-000036-007	∏ÎEURÍ"Í0:Company 000036B36 rue de la R√©publiqueB
69009 LyonJdr-000036@example.com`
DR-000044-43	DR-000044DR-000044-INV-007"CRED-006(˙°˜ú¿30rÍ"reminder-2-phonea
DR-000068-40	DR-000068DR-000068-INV-007"CRED-001(¨¢˜ú¿30r Í"reminder-3-letter_
DR-000075-42	DR-000075DR-000075-INV-007"CRED-004(ﬁ¢˜ú¿30rÍ"courtesy-reminder`
DR-000103-33	DR-000103DR-000103-INV-005"CRED-009(ê£˜ú¿30rÍ"reminder-1-emailb
DR-000114-20	DR-000114DR-000114-INV-003"CRED-001(¬£˜ú¿30r!Í"reminder-4-warningæ
DR-000133-25	DR-000133DR-000133-INV-006"CRED-010(Ù£˜ú¿30R}
INV-000133-006	£…EURÍ"Í0:Company 000133B133 rue de la R√©publiqueB
69007 LyonJdr-000133@example.com%
day-2026-01-28(òË≤∏¿30≤	
Íb
DR-000005-25	DR-000005DR-000005-INV-004"CRED-010(Äÿê∆¿30r!Í"reminder-4-warningb
DR-000010-32	DR-000010DR-000010-INV-005"CRED-009(≤ÿê∆¿30r!Í"reminder-4-warningh
DR-000010-33	DR-000010DR-000010-INV-005"CRED-009(‰ÿê∆¿30Z'
DR-000010-PAY-6	’ñ+EURÍ Õ
DR-000017-22	DR-000017DR-000017-INV-007"CRED-011(ñŸê∆¿30Rã
INV-000017-007	ˇëUUSDÍ"Í*
Í˙Ÿ0:Company 000017B17 rue de la R√©publiqueB
69008 LyonJdr-000017@example.comh
DR-000019-38	DR-000019DR-000019-INV-005"CRED-003(»Ÿê∆¿30Z'
DR-000019-PAY-5	ä˜EURÍ g
DR-000025-30	DR-000025DR-000025-INV-003"CRED-009(˙Ÿê∆¿30Z&
DR-000025-PAY-5ÿ`EURÍ `
DR-000036-28	DR-000036DR-000036-INV-005"CRED-010(¨⁄ê∆¿30rÍ"reminder-2-phone^
DR-000036-29	DR-000036DR-000036-INV-005"CRED-010(ﬁ⁄ê∆¿30z
	©‚EURÍÍa
DR-000040-28	DR-000040DR-000040-INV-004"CRED-007(ê€ê∆¿30r Í"reminder-3-letterb
DR-000068-41	DR-000068DR-000068-INV-007"CRED-001(¬€ê∆¿30r!Í"reminder-4-warning_
DR-000093-30	DR-000093DR-000093-INV-006"CRED-008(Ù€ê∆¿30rÍ"courtesy-reminderæ
DR-000108-18	DR-000108DR-000108-INV-008"CRED-003(¶‹ê∆¿30R}
INV-000108-008	„˚EURÍ"Í0:Company 000108B108 rue de la R√©publiqueB
69009 LyonJdr-000108@example.comø
DR-000128-13	DR-000128DR-000128-INV-006"CRED-012(ÿ‹ê∆¿30R~
INV-000128-006
ÜËòUSDÍ"Í0:Company 000128B128 rue de la R√©publiqueB
69002 LyonJdr-000128@example.com%
day-2026-01-29(ò†Ã·¿30≤	
Íº
DR-000003-21	DR-000003DR-000003-INV-006"CRED-011(Äê™Ô¿30R{
INV-000003-006	•ëEURÍ"Í0:Company 000003B3 rue de la R√©publiqueB
69003 LyonJdr-000003@example.com`
DR-000021-31	DR-000021DR-000021-INV-005"CRED-004(≤ê™Ô¿30rÍ"reminder-1-email]
DR-000024-29	DR-000024DR-000024-INV-005"CRED-001(‰ê™Ô¿30rÍ"formal-noticeh
DR-000024-30	DR-000024DR-000024-INV-005"CRED-001(ñë™Ô¿30Z'
DR-000024-PAY-5	‹ŸEURÍ `
DR-000029-20	DR-000029DR-000029-INV-004"CRED-006(»ë™Ô¿30rÍ"reminder-2-phoneΩ
DR-000034-16	DR-000034DR-000034-INV-008"CRED-009(˙ë™Ô¿30R|
INV-000034-008	·ùUSDÍ"Í0:Company 000034B34 rue de la R√©publiqueB
69007 LyonJdr-000034@example.comæ
DR-000038-26	DR-000038DR-000038-INV-005"CRED-006(¨í™Ô¿30R}
INV-000038-005	∏áEURÍ"Í0:Customer 000038B38 rue de la R√©publiqueB
69002 LyonJdr-000038@example.com`
DR-000055-34	DR-000055DR-000055-INV-007"CRED-003(ﬁí™Ô¿30rÍ"reminder-1-emailº
DR-000075-43	DR-000075DR-000075-INV-009"CRED-004(êì™Ô¿30R{
INV-000075-009ÑkEURÍ"Í0:Company 000075B75 rue de la R√©publiqueB
69003 LyonJdr-000075@example.comΩ
DR-000077-11	DR-000077DR-000077-INV-006"CRED-010(¬ì™Ô¿30R|
INV-000077-006	ŒØEURÍ"Í0:Company 000077B77 rue de la R√©publiqueB
69005 LyonJdr-000077@example.comh
DR-000086-30	DR-000086DR-000086-INV-007"CRED-005(Ùì™Ô¿30Z'
DR-000086-PAY-7	‡˚CHFÍ h
DR-000105-35	DR-000105DR-000105-INV-006"CRED-004(¶î™Ô¿30Z'
DR-000105-PAY-13ótEURÍ ]
DR-000114-21	DR-000114DR-000114-INV-003"CRED-001(ÿî™Ô¿30rÍ"formal-notice^
DR-000117-8	DR-000117DR-000117-INV-004"CRED-009(äï™Ô¿30rÍ"courtesy-reminder`
DR-000121-49	DR-000121DR-000121-INV-007"CRED-003(ºï™Ô¿30rÍ"reminder-1-emailX
DR-000125-28	DR-000125DR-000125-INV-005"CRED-007(Óï™Ô¿30í	™”PEURÍ\
DR-000148-26	DR-000148DR-000148-INV-004"CRED-003(†ñ™Ô¿30¢ÍRG-000148-004%
day-2026-01-30(òÿÂä¡30≤	
ÍΩ
DR-000011-47	DR-000011DR-000011-INV-007"CRED-004(Ä»√ò¡30R|
INV-000011-007	ÑÖ-EURÍ"Í0:Company 000011B11 rue de la R√©publiqueB
69002 LyonJdr-000011@example.comS
DR-000072-40	DR-000072DR-000072-INV-005"CRED-003(≤»√ò¡30ö
AGY-02Í]
DR-000081-29	DR-000081DR-000081-INV-004"CRED-005(‰»√ò¡30rÍ"formal-noticeæ
DR-000101-14	DR-000101DR-000101-INV-006"CRED-002(ñ…√ò¡30R}
INV-000101-006	πæCHFÍ"Í0:Company 000101B101 rue de la R√©publiqueB
69002 LyonJdr-000101@example.com`
DR-000125-29	DR-000125DR-000125-INV-005"CRED-007(»…√ò¡30rÍ"reminder-1-email`
DR-000133-26	DR-000133DR-000133-INV-005"CRED-010(˙…√ò¡30rÍ"reminder-2-phoneø
DR-000144-12	DR-000144DR-000144-INV-006"CRED-011(¨ √ò¡30R~
INV-000144-006	ÒäEURÍ"Í0:Customer 000144B144 rue de la R√©publiqueB
69009 LyonJdr-000144@example.comf
DR-000146-13	DR-000146DR-000146-INV-006"CRED-005(ﬁ √ò¡30j%
DR-000146-CN-13	û´EURÍ%
day-2026-01-31(òêˇ≥¡30≤	
Íh
DR-000003-22	DR-000003DR-000003-INV-005"CRED-011(ÄÄ›¡¡30Z'
DR-000003-PAY-6	†¡0EURÍ h
DR-000034-17	DR-000034DR-000034-INV-007"CRED-009(≤Ä›¡¡30Z'
DR-000034-PAY-7	≥¸USDÍ »
DR-000040-29	DR-000040DR-000040-INV-004"CRED-007(‰Ä›¡¡30ÇÖ
DR-000040-PLAN-29Í
Í∏)EUR
Í∏)EUR
Í∏)EUR
Í∏)EUR
Íπ)EURf
DR-000077-12	DR-000077DR-000077-INV-006"CRED-010(ñÅ›¡¡30j%
DR-000077-CN-12	‰ÀEURÍb
DR-000078-39	DR-000078DR-000078-INV-006"CRED-011(»Å›¡¡30r!Í"reminder-4-warningh
DR-000080-41	DR-000080DR-000080-INV-009"CRED-010(˙Å›¡¡30Z'
DR-000080-PAY-9	ﬂ¿EURÍ `
DR-000096-33	DR-000096DR-000096-INV-006"CRED-004(¨Ç›¡¡30rÍ"reminder-1-emailΩ
DR-000098-10	DR-000098DR-000098-INV-005"CRED-002(ﬁÇ›¡¡30R|
INV-000098-005¨GEURÍ"Í0:Customer 000098B98 rue de la R√©publiqueB
69008 LyonJdr-000098@example.com`
DR-000125-30	DR-000125DR-000125-INV-005"CRED-007(êÉ›¡¡30rÍ"reminder-2-phone`
DR-000138-22	DR-000138DR-000138-INV-005"CRED-008(¬É›¡¡30rÍ"reminder-2-phone^
DR-000138-23	DR-000138DR-000138-INV-005"CRED-008(ÙÉ›¡¡30z
	©êCHFÍÍ%
day-2026-02-01(ò»ò›¡30≤	
Í`
DR-000009-14	DR-000009DR-000009-INV-006"CRED-003(Ä∏ˆÍ¡30rÍ"reminder-1-emaila
DR-000015-35	DR-000015DR-000015-INV-005"CRED-008(≤∏ˆÍ¡30r Í"reminder-3-letterS
DR-000015-36	DR-000015DR-000015-INV-005"CRED-008(‰∏ˆÍ¡30ö
AGY-01Íb
DR-000025-31	DR-000025DR-000025-INV-005"CRED-009(ñπˆÍ¡30r!Í"reminder-4-warningX
DR-000049-37	DR-000049DR-000049-INV-006"CRED-004(»πˆÍ¡30í	⁄ÀEURÍh
DR-000054-35	DR-000054DR-000054-INV-006"CRED-006(˙πˆÍ¡30Z'
DR-000054-PAY-6	û∑USDÍ Ω
DR-000067-26	DR-000067DR-000067-INV-006"CRED-002(¨∫ˆÍ¡30R|
INV-000067-006	»È9EURÍ"Í0:Company 000067B67 rue de la R√©publiqueB
69004 LyonJdr-000067@example.comh
DR-000091-30	DR-000091DR-000091-INV-005"CRED-009(ﬁ∫ˆÍ¡30Z'
DR-000091-PAY-5	‚”EURÍ f
DR-000117-9	DR-000117DR-000117-INV-004"CRED-009(êªˆÍ¡30Z&
DR-000117-PAY-4âBEURÍ a
DR-000125-31	DR-000125DR-000125-INV-005"CRED-007(¬ªˆÍ¡30r Í"reminder-3-letter%
day-2026-02-02(òÄ≤Ü¬30≤	
Íb
DR-000015-37	DR-000015DR-000015-INV-005"CRED-008(Äèî¬30r!Í"reminder-4-warningh
DR-000019-39	DR-000019DR-000019-INV-006"CRED-003(≤èî¬30Z'
DR-000019-PAY-6	˝ÔEURÍ `
DR-000030-28	DR-000030DR-000030-INV-006"CRED-001(‰èî¬30rÍ"reminder-2-phone^
DR-000030-29	DR-000030DR-000030-INV-006"CRED-001(ñÒèî¬30z
	Å“8EURÍÍa
DR-000038-27	DR-000038DR-000038-INV-004"CRED-006(»Òèî¬30r Í"reminder-3-letter]
DR-000047-29	DR-000047DR-000047-INV-004"CRED-008(˙Òèî¬30rÍ"formal-notice`
DR-000049-38	DR-000049DR-000049-INV-006"CRED-004(¨Úèî¬30rÍ"reminder-1-email_
DR-000073-25	DR-000073DR-000073-INV-004"CRED-007(ﬁÚèî¬30rÍ"courtesy-reminder`
DR-000074-27	DR-000074DR-000074-INV-005"CRED-007(êÛèî¬30rÍ"reminder-1-email`
DR-000076-43	DR-000076DR-000076-INV-005"CRED-008(¬Ûèî¬30rÍ"reminder-2-phonea
DR-000091-31	DR-000091DR-000091-INV-005"CRED-009(ÙÛèî¬30r Í"reminder-3-letterh
DR-000109-14	DR-000109DR-000109-INV-006"CRED-011(¶Ùèî¬30Z'
DR-000109-PAY-6	ø¢EURÍ g
DR-000120-8	DR-000120DR-000120-INV-004"CRED-006(ÿÙèî¬30Z'
DR-000120-PAY-4	ÓáEURÍ b
DR-000126-41	DR-000126DR-000126-INV-006"CRED-001(äıèî¬30r!Í"reminder-4-warninga
DR-000132-25	DR-000132DR-000132-INV-005"CRED-005(ºıèî¬30r Í"reminder-3-letter%
day-2026-02-03(ò∏ÀØ¬30≤	
Í`
DR-000013-41	DR-000013DR-000013-INV-007"CRED-007(Ä®©Ω¬30rÍ"reminder-1-email]
DR-000015-38	DR-000015DR-000015-INV-005"CRED-008(≤®©Ω¬30rÍ"formal-notice`
DR-000019-40	DR-000019DR-000019-INV-006"CRED-003(‰®©Ω¬30rÍ"reminder-2-phonea
DR-000044-44	DR-000044DR-000044-INV-007"CRED-006(ñ©©Ω¬30r Í"reminder-3-letter`
DR-000049-39	DR-000049DR-000049-INV-006"CRED-004(»©©Ω¬30rÍ"reminder-2-phone`
DR-000055-35	DR-000055DR-000055-INV-007"CRED-003(˙©©Ω¬30ä
goods not deliveredÍ`
DR-000058-39	DR-000058DR-000058-INV-006"CRED-010(¨™©Ω¬30rÍ"reminder-1-emailh
DR-000074-28	DR-000074DR-000074-INV-005"CRED-007(ﬁ™©Ω¬30Z'
DR-000074-PAY-7	»ÓEURÍ b
DR-000086-31	DR-000086DR-000086-INV-007"CRED-005(ê´©Ω¬30r!Í"reminder-4-warning`
DR-000103-34	DR-000103DR-000103-INV-005"CRED-009(¬´©Ω¬30rÍ"reminder-2-phoneæ
DR-000107-36	DR-000107DR-000107-INV-007"CRED-011(Ù´©Ω¬30R}
INV-000107-007	≈èEURÍ"Í0:Company 000107B107 rue de la R√©publiqueB
69008 LyonJdr-000107@example.coma
DR-000044-44	DR-000044DR-000044-INV-007"CRED-006(ñ©©Ω¬30r Í"reminder-3-letter%
day-2026-02-04(ò‰ÿ¬30≤	
Íi
DR-000009-15	DR-000009DR-000009-INV-006"CRED-003(Ä‡¬Ê¬30Z(
DR-000009-PAY-6
≈‡¸EURÍ b
DR-000038-28	DR-000038DR-000038-INV-004"CRED-006(≤‡¬Ê¬30r!Í"reminder-4-warningΩ
DR-000044-45	DR-000044DR-000044-INV-008"CRED-006(‰‡¬Ê¬30R|
INV-000044-008	Œ€EURÍ"Í0:Company 000044B44 rue de la R√©publiqueB
69008 LyonJdr-000044@example.coma
DR-000049-40	DR-000049DR-000049-INV-006"CRED-004(ñ·¬Ê¬30r Í"reminder-3-letterb
DR-000091-32	DR-000091DR-000091-INV-005"CRED-009(»·¬Ê¬30r!Í"reminder-4-warning%
day-2026-02-05(ò®˛Å√30≤	
Íg
DR-000001-18	DR-000001DR-000001-INV-003"CRED-006(Äò‹è√30Z&
DR-000001-PAY-5«DEURÍ _
DR-000006-23	DR-000006DR-000006-INV-005"CRED-011(≤ò‹è√30rÍ"courtesy-reminder`
DR-000021-32	DR-000021DR-000021-INV-005"CRED-004(‰ò‹è√30rÍ"reminder-2-phonea
DR-000029-21	DR-000029DR-000029-INV-004"CRED-006(ñô‹è√30r Í"reminder-3-letterb
DR-000049-41	DR-000049DR-000049-INV-006"CRED-004(»ô‹è√30r!Í"reminder-4-warning`
DR-000059-30	DR-000059DR-000059-INV-006"CRED-007(˙ô‹è√30rÍ"reminder-1-email`
DR-000071-41	DR-000071DR-000071-INV-006"CRED-008(¨ö‹è√30rÍ"reminder-1-email_
DR-000091-33	DR-000091DR-000091-INV-006"CRED-009(ﬁö‹è√30rÍ"courtesy-reminderh
DR-000091-34	DR-000091DR-000091-INV-006"CRED-009(êõ‹è√30Z'
DR-000091-PAY-6	ﬁïEURÍ `
DR-000121-50	DR-000121DR-000121-INV-007"CRED-003(¬õ‹è√30rÍ"reminder-2-phone%
day-2026-02-06(ò‡ó´√30≤	
ÍZ
DR-000012-45	DR-000012DR-000012-INV-003"CRED-002(Ä–ı∏√30™
Íuncollectablef
DR-000017-23	DR-000017DR-000017-INV-007"CRED-011(≤–ı∏√30j%
DR-000017-CN-23	ÃÉUSDÍg
DR-000066-32	DR-000066DR-000066-INV-004"CRED-009(‰–ı∏√30Z&
DR-000066-PAY-7ÒyEURÍ `
DR-000075-44	DR-000075DR-000075-INV-007"CRED-004(ñ—ı∏√30rÍ"reminder-1-emailΩ
DR-000081-30	DR-000081DR-000081-INV-006"CRED-005(»—ı∏√30R|
INV-000081-006	ºÿUSDÍ"Í0:Company 000081B81 rue de la R√©publiqueB
69009 LyonJdr-000081@example.coms
DR-000113-23	DR-000113DR-000113-INV-005"CRED-010(˙—ı∏√30ä1
billing error on some lines	Œ¡EURÍæ
DR-000123-9	DR-000123DR-000123-INV-005"CRED-007(¨“ı∏√30R~
INV-000123-005	Ø»GBPÍ"Í0:Customer 000123B123 rue de la R√©publiqueB
69006 LyonJdr-000123@example.comæ
DR-000126-42	DR-000126DR-000126-INV-007"CRED-001(ﬁ“ı∏√30R}
INV-000126-007	‘◊USDÍ"Í0:Company 000126B126 rue de la R√©publiqueB
69009 LyonJdr-000126@example.coma
DR-000133-27	DR-000133DR-000133-INV-005"CRED-010(ê”ı∏√30r Í"reminder-3-letter`
DR-000135-12	DR-000135DR-000135-INV-006"CRED-008(¬”ı∏√30rÍ"reminder-1-emailh
DR-000148-27	DR-000148DR-000148-INV-005"CRED-003(Ù”ı∏√30Z'
DR-000148-PAY-4	¶îEURÍ %
day-2026-02-07(òò±‘√30≤	
Í]
DR-000071-42	DR-000071DR-000071-INV-005"CRED-008(Äàè‚√30rÍ"formal-notice`
DR-000075-45	DR-000075DR-000075-INV-008"CRED-004(≤àè‚√30rÍ"reminder-1-emaila
DR-000086-32	DR-000086DR-000086-INV-006"CRED-005(‰àè‚√30r Í"reminder-3-letter`
DR-000093-31	DR-000093DR-000093-INV-006"CRED-008(ñâè‚√30rÍ"reminder-1-email`
DR-000096-34	DR-000096DR-000096-INV-006"CRED-004(»âè‚√30rÍ"reminder-2-phoneh
DR-000107-37	DR-000107DR-000107-INV-006"CRED-011(˙âè‚√30Z'
DR-000107-PAY-9	Ë’EURÍ ]
DR-000129-46	DR-000129DR-000129-INV-006"CRED-008(¨äè‚√30rÍ"formal-noticeh
DR-000135-13	DR-000135DR-000135-INV-006"CRED-008(ﬁäè‚√30Z'
DR-000135-PAY-6	‡∂EURÍ %
day-2026-02-08(ò– ˝√30≤	
Í`
DR-000014-19	DR-000014DR-000014-INV-004"CRED-001(Ä¿®ãƒ30rÍ	"reminder-1-email`
DR-000039-22	DR-000039DR-000039-INV-007"CRED-006(≤¿®ãƒ30rÍ	"reminder-1-emailä
DR-000058-40	DR-000058DR-000058-INV-006"CRED-010(‰¿®ãƒ30ÇH
DR-000058-PLAN-40Í	
Í
	Û∫EUR
Í		Ù∫EUR]
DR-000068-42	DR-000068DR-000068-INV-007"CRED-001(ñ¡®ãƒ30rÍ	"formal-noticeh
DR-000069-39	DR-000069DR-000069-INV-006"CRED-003(»¡®ãƒ30Z'
DR-000069-PAY-4	™ÃGBPÍ	 b
DR-000086-33	DR-000086DR-000086-INV-006"CRED-005(˙¡®ãƒ30r!Í	"reminder-4-warning`
DR-000086-34	DR-000086DR-000086-INV-008"CRED-005(¨¬®ãƒ30rÍ	"reminder-1-emailæ
DR-000137-15	DR-000137DR-000137-INV-007"CRED-001(ﬁ¬®ãƒ30R}
INV-000137-007	…‡	USDÍ	"Í
0:Company 000137B137 rue de la R√©publiqueB
69002 LyonJdr-000137@example.comi
DR-000143-44	DR-000143DR-000143-INV-003"CRED-005(ê√®ãƒ30Z(
DR-000143-PAY-18	â˛EURÍ	 %
day-2026-02-09(òà‰¶ƒ30≤	
Í	h
DR-000007-15	DR-000007DR-000007-INV-006"CRED-001(Ä¯¡¥ƒ30Z'
DR-000007-PAY-6	ÇÖEURÍ
 h
DR-000036-30	DR-000036DR-000036-INV-005"CRED-010(≤¯¡¥ƒ30Z'
DR-000036-PAY-6	©‚EURÍ
 æ
DR-000046-19	DR-000046DR-000046-INV-005"CRED-010(‰¯¡¥ƒ30R}
INV-000046-005	Œ°EURÍ
"Í0:Customer 000046B46 rue de la R√©publiqueB
69001 LyonJdr-000046@example.coma
DR-000076-44	DR-000076DR-000076-INV-005"CRED-008(ñ˘¡¥ƒ30r Í
"reminder-3-letterh
DR-000086-35	DR-000086DR-000086-INV-007"CRED-005(»˘¡¥ƒ30Z'
DR-000086-PAY-8	ÜòCHFÍ
 Ω
DR-000092-29	DR-000092DR-000092-INV-006"CRED-007(˙˘¡¥ƒ30R|
INV-000092-006	˚CHFÍ
"Í0:Company 000092B92 rue de la R√©publiqueB
69002 LyonJdr-000092@example.comh
DR-000129-47	DR-000129DR-000129-INV-006"CRED-008(¨˙¡¥ƒ30Z'
DR-000129-PAY-6	˜ÊEURÍ
 Ω
DR-000143-45	DR-000143DR-000143-INV-006"CRED-005(ﬁ˙¡¥ƒ30R|
INV-000143-006∞=EURÍ
"Í0:Company 000143B143 rue de la R√©publiqueB
69008 LyonJdr-000143@example.comM
DR-000149-14	DR-000149DR-000149-INV-006"CRED-001(ê˚¡¥ƒ30íÍ
%
day-2026-02-10(ò¿˝œƒ30≤	
Í
`
DR-000013-42	DR-000013DR-000013-INV-007"CRED-007(Ä∞€›ƒ30rÍ"reminder-2-phone^
DR-000013-43	DR-000013DR-000013-INV-007"CRED-007(≤∞€›ƒ30z
	£Ç8EURÍÍa
DR-000019-41	DR-000019DR-000019-INV-006"CRED-003(‰∞€›ƒ30r Í"reminder-3-letter`
DR-000031-22	DR-000031DR-000031-INV-005"CRED-004(ñ±€›ƒ30rÍ"reminder-1-emailΩ
DR-000056-13	DR-000056DR-000056-INV-005"CRED-001(»±€›ƒ30R|
INV-000056-005	∏∑'EURÍ"Í0:Company 000056B56 rue de la R√©publiqueB
69002 LyonJdr-000056@example.comh
DR-000076-45	DR-000076DR-000076-INV-005"CRED-008(˙±€›ƒ30Z'
DR-000076-PAY-14œ>EURÍ h
DR-000084-22	DR-000084DR-000084-INV-003"CRED-005(¨≤€›ƒ30Z'
DR-000084-PAY-3	‚ÕEURÍ a
DR-000103-35	DR-000103DR-000103-INV-005"CRED-009(ﬁ≤€›ƒ30r Í"reminder-3-letterb
DR-000125-32	DR-000125DR-000125-INV-005"CRED-007(ê≥€›ƒ30r!Í"reminder-4-warningZ
DR-000126-43	DR-000126DR-000126-INV-005"CRED-001(¬≥€›ƒ30™
Íuncollectable%
day-2026-02-11(ò¯ñ˘ƒ30≤	
Í_
DR-000090-29	DR-000090DR-000090-INV-006"CRED-002(ÄËÙÜ≈30rÍ"courtesy-reminderh
DR-000097-16	DR-000097DR-000097-INV-007"CRED-007(≤ËÙÜ≈30Z'
DR-000097-PAY-7	•π&EURÍ h
DR-000127-20	DR-000127DR-000127-INV-005"CRED-012(‰ËÙÜ≈30Z'
DR-000127-PAY-5	∂ì#EURÍ b
DR-000132-26	DR-000132DR-000132-INV-005"CRED-005(ñÈÙÜ≈30r!Í"reminder-4-warningæ
DR-000142-16	DR-000142DR-000142-INV-007"CRED-004(»ÈÙÜ≈30R}
INV-000142-007	™ÊEURÍ"Í0:Company 000142B142 rue de la R√©publiqueB
69007 LyonJdr-000142@example.com%
day-2026-02-12(ò∞∞¢≈30≤	
Í]
DR-000005-26	DR-000005DR-000005-INV-004"CRED-010(Ä†é∞≈30rÍ"formal-notice`
DR-000012-46	DR-000012DR-000012-INV-006"CRED-002(≤†é∞≈30rÍ"reminder-1-emailh
DR-000020-22	DR-000020DR-000020-INV-004"CRED-004(‰†é∞≈30Z'
DR-000020-PAY-4	ñöuEURÍ a
DR-000021-33	DR-000021DR-000021-INV-005"CRED-004(ñ°é∞≈30r Í"reminder-3-letterb
DR-000044-46	DR-000044DR-000044-INV-007"CRED-006(»°é∞≈30r!Í"reminder-4-warningh
DR-000049-42	DR-000049DR-000049-INV-007"CRED-004(˙°é∞≈30Z'
DR-000049-PAY-6	Ä’oEURÍ `
DR-000059-31	DR-000059DR-000059-INV-006"CRED-007(¨¢é∞≈30rÍ"reminder-2-phone`
DR-000061-47	DR-000061DR-000061-INV-007"CRED-007(ﬁ¢é∞≈30rÍ"reminder-1-email`
DR-000071-43	DR-000071DR-000071-INV-006"CRED-008(ê£é∞≈30rÍ"reminder-2-phone`
DR-000073-26	DR-000073DR-000073-INV-004"CRED-007(¬£é∞≈30rÍ"reminder-1-emaila
DR-000121-51	DR-000121DR-000121-INV-007"CRED-003(Ù£é∞≈30r Í"reminder-3-letteræ
DR-000125-33	DR-000125DR-000125-INV-006"CRED-007(¶§é∞≈30R}
INV-000125-006	Á¬EURÍ"Í0:Company 000125B125 rue de la R√©publiqueB
69008 LyonJdr-000125@example.com%
day-2026-02-13(òË…À≈30≤	
Íh
DR-000019-42	DR-000019DR-000019-INV-006"CRED-003(ÄÿßŸ≈30Z'
DR-000019-PAY-7	ÙˆOEURÍ h
DR-000035-16	DR-000035DR-000035-INV-007"CRED-010(≤ÿßŸ≈30Z'
DR-000035-PAY-7	≤°:EURÍ h
DR-000039-23	DR-000039DR-000039-INV-007"CRED-006(‰ÿßŸ≈30Z'
DR-000039-PAY-7	ñè*GBPÍ æ
DR-000064-14	DR-000064DR-000064-INV-006"CRED-003(ñŸßŸ≈30R}
INV-000064-006	¨∑EURÍ"Í0:Customer 000064B64 rue de la R√©publiqueB
69001 LyonJdr-000064@example.comJ
DR-000074-29	DR-000074"CRED-007(»ŸßŸ≈30b
DR-000074-PAY-7Í`
DR-000075-46	DR-000075DR-000075-INV-007"CRED-004(˙ŸßŸ≈30rÍ"reminder-2-phone_
DR-000075-47	DR-000075DR-000075-INV-007"CRED-004(¨⁄ßŸ≈30z

ŸΩÄEURÍÍh
DR-000079-16	DR-000079DR-000079-INV-007"CRED-012(ﬁ⁄ßŸ≈30Z'
DR-000079-PAY-7	∂»GBPÍ h
DR-000138-24	DR-000138DR-000138-INV-005"CRED-008(ê€ßŸ≈30Z'
DR-000138-PAY-6	©êCHFÍ h
DR-000146-14	DR-000146DR-000146-INV-006"CRED-005(¬€ßŸ≈30Z'
DR-000146-PAY-6	 µ?EURÍ %
day-2026-02-14(ò†„Ù≈30≤	
Í`
DR-000008-38	DR-000008DR-000008-INV-007"CRED-008(Äê¡Ç∆30rÍ"reminder-1-emailb
DR-000029-22	DR-000029DR-000029-INV-004"CRED-006(≤ê¡Ç∆30r!Í"reminder-4-warningh
DR-000040-30	DR-000040DR-000040-INV-004"CRED-007(‰ê¡Ç∆30Z'
DR-000040-PAY-10∏)EURÍ S
DR-000047-30	DR-000047DR-000047-INV-004"CRED-008(ñë¡Ç∆30ö
AGY-01Í`
DR-000074-30	DR-000074DR-000074-INV-005"CRED-007(»ë¡Ç∆30rÍ"reminder-2-phone`
DR-000075-48	DR-000075DR-000075-INV-008"CRED-004(˙ë¡Ç∆30rÍ"reminder-2-phone^
DR-000075-49	DR-000075DR-000075-INV-008"CRED-004(¨í¡Ç∆30z
	¨§EURÍÍh
DR-000077-13	DR-000077DR-000077-INV-006"CRED-010(ﬁí¡Ç∆30Z'
DR-000077-PAY-6	Í„	EURÍ `
DR-000084-23	DR-000084DR-000084-INV-004"CRED-005(êì¡Ç∆30rÍ"reminder-1-email_
DR-000085-11	DR-000085DR-000085-INV-005"CRED-005(¬ì¡Ç∆30rÍ"courtesy-reminder`
DR-000093-32	DR-000093DR-000093-INV-006"CRED-008(Ùì¡Ç∆30rÍ"reminder-2-phone]
DR-000093-33	DR-000093DR-000093-INV-006"CRED-008(¶î¡Ç∆30z
≠REURÍÍS
DR-000094-30	DR-000094DR-000094-INV-004"CRED-004(ÿî¡Ç∆30ö
AGY-02Ía
DR-000096-35	DR-000096DR-000096-INV-006"CRED-004(äï¡Ç∆30r Í"reminder-3-letter_
DR-000118-8	DR-000118DR-000118-INV-004"CRED-006(ºï¡Ç∆30rÍ"reminder-1-emaile
DR-000137-16	DR-000137DR-000137-INV-007"CRED-001(Óï¡Ç∆30j$
DR-000137-CN-16Ì|USDÍ%
day-2026-02-15(òÿ¸ù∆30≤	
Í`
DR-000006-24	DR-000006DR-000006-INV-005"CRED-011(Ä»⁄´∆30rÍ"reminder-1-email`
DR-000014-20	DR-000014DR-000014-INV-004"CRED-001(≤»⁄´∆30rÍ"reminder-2-phoneæ
DR-000050-16	DR-000050DR-000050-INV-004"CRED-012(‰»⁄´∆30R}
INV-000050-004	¢·EURÍ"Í0:Customer 000050B50 rue de la R√©publiqueB
69005 LyonJdr-000050@example.com]
DR-000078-40	DR-000078DR-000078-INV-006"CRED-011(ñ…⁄´∆30rÍ"formal-notice`
DR-000086-36	DR-000086DR-000086-INV-008"CRED-005(»…⁄´∆30rÍ"reminder-2-phoneh
DR-000091-35	DR-000091DR-000091-INV-007"CRED-009(˙…⁄´∆30Z'
DR-000091-PAY-7	∂⁄EURÍ `
DR-000094-31	DR-000094DR-000094-INV-005"CRED-004(¨ ⁄´∆30rÍ"reminder-1-email`
DR-000105-36	DR-000105DR-000105-INV-007"CRED-004(ﬁ ⁄´∆30rÍ"reminder-1-emailJ
DR-000107-38	DR-000107"CRED-011(êÀ⁄´∆30b
DR-000107-PAY-9Íæ
DR-000119-21	DR-000119DR-000119-INV-010"CRED-009(¬À⁄´∆30R}
INV-000119-010	£’7EURÍ"Í0:Company 000119B119 rue de la R√©publiqueB
69002 LyonJdr-000119@example.comb
DR-000133-28	DR-000133DR-000133-INV-005"CRED-010(ÙÀ⁄´∆30r!Í"reminder-4-warning%
day-2026-02-16(òêñ«∆30≤	
Í`
DR-000005-27	DR-000005DR-000005-INV-005"CRED-010(ÄÄÙ‘∆30rÍ"reminder-1-email]
DR-000025-32	DR-000025DR-000025-INV-005"CRED-009(≤ÄÙ‘∆30rÍ"formal-noticeΩ
DR-000030-30	DR-000030DR-000030-INV-007"CRED-003(‰ÄÙ‘∆30R|
INV-000030-007	˘„<USDÍ"Í0:Company 000030B30 rue de la R√©publiqueB
69003 LyonJdr-000030@example.com_
DR-000041-14	DR-000041DR-000041-INV-006"CRED-009(ñÅÙ‘∆30rÍ"courtesy-reminder]
DR-000049-43	DR-000049DR-000049-INV-006"CRED-004(»ÅÙ‘∆30rÍ"formal-notice`
DR-000068-43	DR-000068DR-000068-INV-008"CRED-001(˙ÅÙ‘∆30rÍ"reminder-1-emaila
DR-000074-31	DR-000074DR-000074-INV-005"CRED-007(¨ÇÙ‘∆30r Í"reminder-3-letter`
DR-000107-39	DR-000107DR-000107-INV-006"CRED-011(ﬁÇÙ‘∆30rÍ"reminder-1-email`
DR-000130-33	DR-000130DR-000130-INV-006"CRED-009(êÉÙ‘∆30rÍ"reminder-1-email%
day-2026-02-17(ò»Ø∆30≤	
Íº
DR-000001-19	DR-000001DR-000001-INV-004"CRED-006(Ä∏ç˛∆30R{
INV-000001-004æoEURÍ"Í0:Customer 000001B1 rue de la R√©publiqueB
69001 LyonJdr-000001@example.com`
DR-000031-23	DR-000031DR-000031-INV-005"CRED-004(≤∏ç˛∆30rÍ"reminder-2-phonei
DR-000044-47	DR-000044DR-000044-INV-006"CRED-006(‰∏ç˛∆30Z(
DR-000044-PAY-10	∂íkEURÍ \
DR-000071-44	DR-000071DR-000071-INV-004"CRED-008(ñπç˛∆30¢ÍRG-000071-004h
DR-000074-32	DR-000074DR-000074-INV-005"CRED-007(»πç˛∆30Z'
DR-000074-PAY-8	»ÓEURÍ `
DR-000107-40	DR-000107DR-000107-INV-006"CRED-011(˙πç˛∆30rÍ"reminder-2-phone]
DR-000126-44	DR-000126DR-000126-INV-006"CRED-001(¨∫ç˛∆30rÍ"formal-noticeh
DR-000143-46	DR-000143DR-000143-INV-005"CRED-005(ﬁ∫ç˛∆30Z'
DR-000143-PAY-19 \EURÍ %
day-2026-02-18(òÄ…ô«30≤	
ÍΩ
DR-000004-40	DR-000004DR-000004-INV-006"CRED-011(Ä¶ß«30R|
INV-000004-006
ÁÅ∞GBPÍ"Í0:Company 000004B4 rue de la R√©publiqueB
69004 LyonJdr-000004@example.comh
DR-000005-28	DR-000005DR-000005-INV-004"CRED-010(≤¶ß«30Z'
DR-000005-PAY-5	°¥EURÍ Ω
DR-000020-23	DR-000020DR-000020-INV-005"CRED-004(‰¶ß«30R|
INV-000020-005	‚©EURÍ"Í0:Company 000020B20 rue de la R√©publiqueB
69002 LyonJdr-000020@example.comg
DR-000026-13	DR-000026DR-000026-INV-004"CRED-004(ñÒ¶ß«30Z&
DR-000026-PAY-4êcEURÍ a
DR-000030-31	DR-000030DR-000030-INV-006"CRED-001(»Ò¶ß«30r Í"reminder-3-letterb
DR-000076-46	DR-000076DR-000076-INV-005"CRED-008(˙Ò¶ß«30r!Í"reminder-4-warning]
DR-000086-37	DR-000086DR-000086-INV-007"CRED-005(¨Ú¶ß«30rÍ"formal-notices
DR-000130-34	DR-000130DR-000130-INV-006"CRED-009(ﬁÚ¶ß«30ä1
billing error on some lines	˝∫CHFÍ%
day-2026-02-19(ò∏‚¬«30≤	
Íh
DR-000006-25	DR-000006DR-000006-INV-004"CRED-011(Ä®¿–«30Z'
DR-000006-PAY-5	¢∑EURÍ h
DR-000006-26	DR-000006DR-000006-INV-005"CRED-011(≤®¿–«30Z'
DR-000006-PAY-6	ÒùEURÍ `
DR-000012-47	DR-000012DR-000012-INV-006"CRED-002(‰®¿–«30rÍ"reminder-2-phoneT
DR-000014-21	DR-000014"CRED-001(ñ©¿–«30Z&
DR-000014-PAY-4Ñ[CHFÍ h
DR-000017-24	DR-000017DR-000017-INV-007"CRED-011(»©¿–«30Z'
DR-000017-PAY-7	≥éDUSDÍ b
DR-000030-32	DR-000030DR-000030-INV-006"CRED-001(˙©¿–«30r!Í"reminder-4-warning]
DR-000038-29	DR-000038DR-000038-INV-004"CRED-006(¨™¿–«30rÍ"formal-noticea
DR-000059-32	DR-000059DR-000059-INV-006"CRED-007(ﬁ™¿–«30r Í"reminder-3-letter`
DR-000061-48	DR-000061DR-000061-INV-007"CRED-007(ê´¿–«30rÍ"reminder-2-phonea
DR-000071-45	DR-000071DR-000071-INV-006"CRED-008(¬´¿–«30r Í"reminder-3-letter`
DR-000073-27	DR-000073DR-000073-INV-004"CRED-007(Ù´¿–«30rÍ"reminder-2-phone]
DR-000091-36	DR-000091DR-000091-INV-005"CRED-009(¶¨¿–«30rÍ"formal-noticeb
DR-000103-36	DR-000103DR-000103-INV-005"CRED-009(ÿ¨¿–«30r!Í"reminder-4-warningg
DR-000118-9	DR-000118DR-000118-INV-004"CRED-006(ä≠¿–«30Z'
DR-000118-PAY-4	·±USDÍ %
day-2026-02-20(ò˚Î«30≤	
Í\
DR-000025-33	DR-000025DR-000025-INV-004"CRED-009(Ä‡Ÿ˘«30¢ÍRG-000025-004Ω
DR-000045-17	DR-000045DR-000045-INV-008"CRED-002(≤‡Ÿ˘«30R|
INV-000045-008	∞≈7EURÍ"Í0:Company 000045B45 rue de la R√©publiqueB
69009 LyonJdr-000045@example.comh
DR-000051-17	DR-000051DR-000051-INV-007"CRED-009(‰‡Ÿ˘«30Z'
DR-000051-PAY-7	ãé8EURÍ _
DR-000078-41	DR-000078DR-000078-INV-007"CRED-011(ñ·Ÿ˘«30rÍ"courtesy-reminder]
DR-000086-38	DR-000086DR-000086-INV-006"CRED-005(»·Ÿ˘«30rÍ"formal-noticeg
DR-000093-34	DR-000093DR-000093-INV-006"CRED-008(˙·Ÿ˘«30Z&
DR-000093-PAY-6≠REURÍ æ
DR-000115-12	DR-000115DR-000115-INV-005"CRED-005(¨‚Ÿ˘«30R}
INV-000115-005“sCHFÍ"Í0:Customer 000115B115 rue de la R√©publiqueB
69007 LyonJdr-000115@example.com%
day-2026-02-21(ò®ïï»30≤	
Í`
DR-000008-39	DR-000008DR-000008-INV-007"CRED-008(ÄòÛ¢»30rÍ"reminder-2-phoneb
DR-000021-34	DR-000021DR-000021-INV-005"CRED-004(≤òÛ¢»30r!Í"reminder-4-warning`
DR-000036-31	DR-000036DR-000036-INV-006"CRED-010(‰òÛ¢»30rÍ"reminder-1-email`
DR-000084-24	DR-000084DR-000084-INV-004"CRED-005(ñôÛ¢»30rÍ"reminder-2-phone^
DR-000084-25	DR-000084DR-000084-INV-004"CRED-005(»ôÛ¢»30z
	èÁEURÍÍ`
DR-000090-30	DR-000090DR-000090-INV-006"CRED-002(˙ôÛ¢»30rÍ"reminder-1-email`
DR-000102-39	DR-000102DR-000102-INV-007"CRED-006(¨öÛ¢»30rÍ"reminder-1-emailb
DR-000121-52	DR-000121DR-000121-INV-007"CRED-003(ﬁöÛ¢»30r!Í"reminder-4-warningZ
DR-000121-53	DR-000121DR-000121-INV-006"CRED-003(êõÛ¢»30™
Íuncollectableæ
DR-000145-43	DR-000145DR-000145-INV-009"CRED-007(¬õÛ¢»30R}
INV-000145-009	˝ùEURÍ"Í0:Company 000145B145 rue de la R√©publiqueB
69001 LyonJdr-000145@example.com%
day-2026-02-22(ò‡Ææ»30≤	
Íh
DR-000008-40	DR-000008DR-000008-INV-007"CRED-008(Ä–åÃ»30Z'
DR-000008-PAY-5	¸Í/EURÍ \
DR-000011-48	DR-000011DR-000011-INV-006"CRED-003(≤–åÃ»30¢ÍRG-000011-006a
DR-000086-39	DR-000086DR-000086-INV-008"CRED-005(‰–åÃ»30r Í"reminder-3-letter`
DR-000094-32	DR-000094DR-000094-INV-005"CRED-004(ñ—åÃ»30rÍ"reminder-2-phone`
DR-000105-37	DR-000105DR-000105-INV-007"CRED-004(»—åÃ»30rÍ"reminder-2-phone\
DR-000143-47	DR-000143DR-000143-INV-004"CRED-005(˙—åÃ»30¢ÍRG-000143-004%
day-2026-02-23(òò»Á»30≤	
Í`
DR-000005-29	DR-000005DR-000005-INV-005"CRED-010(Äà¶ı»30rÍ"reminder-2-phonea
DR-000013-44	DR-000013DR-000013-INV-007"CRED-007(≤à¶ı»30r Í"reminder-3-letter`
DR-000068-44	DR-000068DR-000068-INV-008"CRED-001(‰à¶ı»30rÍ"reminder-2-phone]
DR-000068-45	DR-000068DR-000068-INV-008"CRED-001(ñâ¶ı»30z
˙DEURÍÍi
DR-000075-50	DR-000075DR-000075-INV-007"CRED-004(»â¶ı»30Z(
DR-000075-PAY-7
ŸΩÄEURÍ b
DR-000096-36	DR-000096DR-000096-INV-006"CRED-004(˙â¶ı»30r!Í"reminder-4-warningh
DR-000101-15	DR-000101DR-000101-INV-006"CRED-002(¨ä¶ı»30Z'
DR-000101-PAY-5	πæCHFÍ h
DR-000103-37	DR-000103DR-000103-INV-005"CRED-009(ﬁä¶ı»30Z'
DR-000103-PAY-6	å‘3EURÍ ø
DR-000112-17	DR-000112DR-000112-INV-008"CRED-001(êã¶ı»30R~
INV-000112-008
µ∑ïEURÍ"Í0:Company 000112B112 rue de la R√©publiqueB
69004 LyonJdr-000112@example.com`
DR-000132-27	DR-000132DR-000132-INV-006"CRED-005(¬ã¶ı»30rÍ"reminder-1-emailø
DR-000136-10	DR-000136DR-000136-INV-005"CRED-012(Ùã¶ı»30R~
INV-000136-005	˘ßEURÍ"Í
0:Customer 000136B136 rue de la R√©publiqueB
69001 LyonJdr-000136@example.com%
day-2026-02-24(ò–·ê…30≤	
Ía
DR-000031-24	DR-000031DR-000031-INV-005"CRED-004(Ä¿øû…30r Í"reminder-3-letterh
DR-000037-17	DR-000037DR-000037-INV-008"CRED-010(≤¿øû…30Z'
DR-000037-PAY-8	Û≈9EURÍ h
DR-000049-44	DR-000049DR-000049-INV-006"CRED-004(‰¿øû…30Z'
DR-000049-PAY-7	ä‘EURÍ h
DR-000071-46	DR-000071DR-000071-INV-005"CRED-008(ñ¡øû…30Z'
DR-000071-PAY-3	˜Ç+EURÍ à
DR-000073-28	DR-000073DR-000073-INV-004"CRED-007(»¡øû…30ÇF
DR-000073-PLAN-28Í
ÍtEUR
ÍtEUR`
DR-000085-12	DR-000085DR-000085-INV-005"CRED-005(˙¡øû…30rÍ"reminder-1-email_
DR-000100-16	DR-000100DR-000100-INV-007"CRED-008(¨¬øû…30rÍ"courtesy-remindera
DR-000107-41	DR-000107DR-000107-INV-006"CRED-011(ﬁ¬øû…30r Í"reminder-3-letterh
DR-000110-14	DR-000110DR-000110-INV-006"CRED-011(ê√øû…30Z'
DR-000110-PAY-6	˝ÎEURÍ h
DR-000125-34	DR-000125DR-000125-INV-005"CRED-007(¬√øû…30Z'
DR-000125-PAY-5	ù‚5EURÍ %
day-2026-02-25(òà˚π…30≤	
Íæ
DR-000029-23	DR-000029DR-000029-INV-005"CRED-006(Ä¯ÿ«…30R}
INV-000029-005	£€CHFÍ"Í0:Customer 000029B29 rue de la R√©publiqueB
69002 LyonJdr-000029@example.comΩ
DR-000063-37	DR-000063DR-000063-INV-005"CRED-002(≤¯ÿ«…30R|
INV-000063-005ñ>EURÍ"Í0:Customer 000063B63 rue de la R√©publiqueB
69009 LyonJdr-000063@example.comh
DR-000067-27	DR-000067DR-000067-INV-006"CRED-002(‰¯ÿ«…30Z'
DR-000067-PAY-9	»È9EURÍ `
DR-000070-31	DR-000070DR-000070-INV-007"CRED-003(ñ˘ÿ«…30rÍ"reminder-1-email`
DR-000129-48	DR-000129DR-000129-INV-007"CRED-008(»˘ÿ«…30rÍ"reminder-1-emailh
DR-000139-13	DR-000139DR-000139-INV-005"CRED-003(˙˘ÿ«…30Z'
DR-000139-PAY-5	î±*USDÍ %
day-2026-02-26(ò¿î„…30≤	
Ía
DR-000012-48	DR-000012DR-000012-INV-006"CRED-002(Ä∞Ú…30r Í"reminder-3-letterb
DR-000013-45	DR-000013DR-000013-INV-007"CRED-007(≤∞Ú…30r!Í"reminder-4-warningg
DR-000025-34	DR-000025DR-000025-INV-003"CRED-009(‰∞Ú…30Z&
DR-000025-PAY-6ÿ`EURÍ `
DR-000041-15	DR-000041DR-000041-INV-006"CRED-009(ñ±Ú…30rÍ"reminder-1-emailh
DR-000041-16	DR-000041DR-000041-INV-007"CRED-009(»±Ú…30Z'
DR-000041-PAY-6	é„6USDÍ a
DR-000061-49	DR-000061DR-000061-INV-007"CRED-007(˙±Ú…30r Í"reminder-3-letter]
DR-000132-28	DR-000132DR-000132-INV-005"CRED-005(¨≤Ú…30rÍ"formal-notice_
DR-000144-13	DR-000144DR-000144-INV-006"CRED-011(ﬁ≤Ú…30rÍ"courtesy-reminder%
day-2026-02-27(ò¯≠å 30≤	
Íh
DR-000015-39	DR-000015DR-000015-INV-005"CRED-008(ÄËãö 30Z'
DR-000015-PAY-5	¥íEURÍ Ω
DR-000027-19	DR-000027DR-000027-INV-005"CRED-003(≤Ëãö 30R|
INV-000027-005ñ6EURÍ"Í0:Customer 000027B27 rue de la R√©publiqueB
69009 LyonJdr-000027@example.com]
DR-000044-48	DR-000044DR-000044-INV-007"CRED-006(‰Ëãö 30rÍ"formal-notice`
DR-000066-33	DR-000066DR-000066-INV-005"CRED-009(ñÈãö 30rÍ"reminder-1-email\
DR-000072-41	DR-000072DR-000072-INV-005"CRED-003(»Èãö 30¢ÍRG-000072-005a
DR-000075-51	DR-000075DR-000075-INV-008"CRED-004(˙Èãö 30r Í"reminder-3-letterg
DR-000085-13	DR-000085DR-000085-INV-005"CRED-005(¨Íãö 30Z&
DR-000085-PAY-5¢<GBPÍ æ
DR-000090-31	DR-000090DR-000090-INV-007"CRED-002(ﬁÍãö 30R}
INV-000090-007
‡ﬂGBPÍ"Í0:Company 000090B90 rue de la R√©publiqueB
69009 LyonJdr-000090@example.com%
day-2026-02-28(ò∞«µ 30≤	
Í`
DR-000036-32	DR-000036DR-000036-INV-006"CRED-010(Ä†•√ 30rÍ"reminder-2-phone^
DR-000036-33	DR-000036DR-000036-INV-006"CRED-010(≤†•√ 30z
	≤∂WEURÍÍΩ
DR-000039-24	DR-000039DR-000039-INV-008"CRED-006(‰†•√ 30R|
INV-000039-008	‘µGBPÍ"Í0:Company 000039B39 rue de la R√©publiqueB
69003 LyonJdr-000039@example.comb
DR-000059-33	DR-000059DR-000059-INV-006"CRED-007(ñ°•√ 30r!Í"reminder-4-warningh
DR-000070-32	DR-000070DR-000070-INV-007"CRED-003(»°•√ 30Z'
DR-000070-PAY-8	‡ÌEURÍ b
DR-000071-47	DR-000071DR-000071-INV-006"CRED-008(˙°•√ 30r!Í"reminder-4-warning`
DR-000090-32	DR-000090DR-000090-INV-006"CRED-002(¨¢•√ 30rÍ"reminder-2-phoneh
DR-000091-37	DR-000091DR-000091-INV-005"CRED-009(ﬁ¢•√ 30Z'
DR-000091-PAY-8	„”EURÍ `
DR-000102-40	DR-000102DR-000102-INV-007"CRED-006(ê£•√ 30rÍ"reminder-2-phoneù
DR-000105-38	DR-000105DR-000105-INV-007"CRED-004(¬£•√ 30Ç[
DR-000105-PLAN-38Í
ÍúEUR
ÍúEUR
ÍùEURi
DR-000107-42	DR-000107DR-000107-INV-006"CRED-011(Ù£•√ 30Z(
DR-000107-PAY-10	Ë’EURÍ æ
DR-000132-29	DR-000132DR-000132-INV-007"CRED-005(¶§•√ 30R}
INV-000132-007	ñÆCHFÍ"Í0:Company 000132B132 rue de la R√©publiqueB
69006 LyonJdr-000132@example.comh
DR-000137-17	DR-000137DR-000137-INV-007"CRED-001(ÿ§•√ 30Z'
DR-000137-PAY-7	‹„USDÍ æ
DR-000148-28	DR-000148DR-000148-INV-006"CRED-003(ä••√ 30R}
INV-000148-006	†€]EURÍ"Í0:Company 000148B148 rue de la R√©publiqueB
69004 LyonJdr-000148@example.com%
day-2026-03-01(òË‡ﬁ 30≤	
Íº
DR-000008-41	DR-000008DR-000008-INV-008"CRED-008(ÄÿæÏ 30R{
INV-000008-008	÷ÚEURÍ"Í0:Company 000008B8 rue de la R√©publiqueB
69008 LyonJdr-000008@example.comæ
DR-000014-22	DR-000014DR-000014-INV-005"CRED-001(≤ÿæÏ 30R}
INV-000014-005	˘úCHFÍ"Í0:Customer 000014B14 rue de la R√©publiqueB
69005 LyonJdr-000014@example.com]
DR-000029-24	DR-000029DR-000029-INV-004"CRED-006(‰ÿæÏ 30rÍ"formal-noticeU
DR-000031-25	DR-000031"CRED-004(ñŸæÏ 30Z'
DR-000031-PAY-4	∑†EURÍ º
DR-000033-9	DR-000033DR-000033-INV-005"CRED-010(»ŸæÏ 30R|
INV-000033-005§mGBPÍ"Í0:Customer 000033B33 rue de la R√©publiqueB
69006 LyonJdr-000033@example.comh
DR-000041-17	DR-000041DR-000041-INV-006"CRED-009(˙ŸæÏ 30Z'
DR-000041-PAY-7	å∏USDÍ Ω
DR-000055-36	DR-000055DR-000055-INV-009"CRED-003(¨⁄æÏ 30R|
INV-000055-009	®ÍkEURÍ"Í0:Company 000055B55 rue de la R√©publiqueB
69001 LyonJdr-000055@example.comh
DR-000076-47	DR-000076DR-000076-INV-005"CRED-008(ﬁ⁄æÏ 30Z'
DR-000076-PAY-15¬IEURÍ h
DR-000081-31	DR-000081DR-000081-INV-004"CRED-005(ê€æÏ 30Z'
DR-000081-PAY-4	µãUSDÍ a
DR-000094-33	DR-000094DR-000094-INV-005"CRED-004(¬€æÏ 30r Í"reminder-3-letteræ
DR-000095-10	DR-000095DR-000095-INV-005"CRED-007(Ù€æÏ 30R}
INV-000095-005	ø¬EURÍ"Í0:Customer 000095B95 rue de la R√©publiqueB
69005 LyonJdr-000095@example.comø
DR-000101-16	DR-000101DR-000101-INV-007"CRED-002(¶‹æÏ 30R~
INV-000101-007
Ë≈ïCHFÍ"Í0:Company 000101B101 rue de la R√©publiqueB
69002 LyonJdr-000101@example.comh
DR-000124-34	DR-000124DR-000124-INV-005"CRED-011(ÿ‹æÏ 30Z'
DR-000124-PAY-7	òºEURÍ %
day-2026-03-02(ò†˙áÀ30≤	
Ía
DR-000005-30	DR-000005DR-000005-INV-005"CRED-010(ÄêÿïÀ30r Í"reminder-3-letter_
DR-000012-49	DR-000012DR-000012-INV-007"CRED-004(≤êÿïÀ30rÍ"courtesy-reminder_
DR-000019-43	DR-000019DR-000019-INV-007"CRED-003(‰êÿïÀ30rÍ"courtesy-reminderb
DR-000075-52	DR-000075DR-000075-INV-008"CRED-004(ñëÿïÀ30r!Í"reminder-4-warning`
DR-000078-42	DR-000078DR-000078-INV-007"CRED-011(»ëÿïÀ30rÍ"reminder-1-email_
DR-000081-32	DR-000081DR-000081-INV-005"CRED-005(˙ëÿïÀ30rÍ"courtesy-reminderg
DR-000098-11	DR-000098DR-000098-INV-005"CRED-002(¨íÿïÀ30Z&
DR-000098-PAY-5¨GEURÍ h
DR-000100-17	DR-000100DR-000100-INV-007"CRED-008(ﬁíÿïÀ30Z'
DR-000100-PAY-7	Ú˜EURÍ h
DR-000105-39	DR-000105DR-000105-INV-006"CRED-004(êìÿïÀ30Z'
DR-000105-PAY-14ótEURÍ M
DR-000113-24	DR-000113DR-000113-INV-005"CRED-010(¬ìÿïÀ30íÍæ
DR-000124-35	DR-000124DR-000124-INV-007"CRED-011(ÙìÿïÀ30R}
INV-000124-007	–êAEURÍ"Í0:Company 000124B124 rue de la R√©publiqueB
69007 LyonJdr-000124@example.com`
DR-000132-30	DR-000132DR-000132-INV-006"CRED-005(¶îÿïÀ30rÍ"reminder-2-phone]
DR-000133-29	DR-000133DR-000133-INV-005"CRED-010(ÿîÿïÀ30rÍ"formal-notice`
DR-000150-37	DR-000150DR-000150-INV-007"CRED-002(äïÿïÀ30rÍ"reminder-1-email_
DR-000012-49	DR-000012DR-000012-INV-007"CRED-004(≤êÿïÀ30rÍ"courtesy-reminder%
day-2026-03-03(òÿì±À30≤	
Íæ
DR-000024-31	DR-000024DR-000024-INV-006"CRED-001(Ä»ÒæÀ30R}
INV-000024-006	èÜEURÍ"Í0:Customer 000024B24 rue de la R√©publiqueB
69006 LyonJdr-000024@example.comæ
DR-000040-31	DR-000040DR-000040-INV-005"CRED-007(≤»ÒæÀ30R}
INV-000040-005	Å´EURÍ"Í0:Customer 000040B40 rue de la R√©publiqueB
69004 LyonJdr-000040@example.comæ
DR-000043-27	DR-000043DR-000043-INV-005"CRED-003(‰»ÒæÀ30R}
INV-000043-005	€∆EURÍ"Í0:Customer 000043B43 rue de la R√©publiqueB
69007 LyonJdr-000043@example.comΩ
DR-000051-18	DR-000051DR-000051-INV-008"CRED-009(ñ…ÒæÀ30R|
INV-000051-008	—î<EURÍ"Í0:Company 000051B51 rue de la R√©publiqueB
69006 LyonJdr-000051@example.comŒ
DR-000068-46	DR-000068DR-000068-INV-009"CRED-001(»…ÒæÀ30Rå
INV-000068-009
Ê»ÇEURÍ"Í*
Í†Œ0:Company 000068B68 rue de la R√©publiqueB
69005 LyonJdr-000068@example.comb
DR-000086-40	DR-000086DR-000086-INV-008"CRED-005(˙…ÒæÀ30r!Í"reminder-4-warning`
DR-000113-25	DR-000113DR-000113-INV-005"CRED-010(¨ ÒæÀ30rÍ"reminder-1-emailS
DR-000126-45	DR-000126DR-000126-INV-006"CRED-001(ﬁ ÒæÀ30ö
AGY-01Í%
day-2026-03-04(òê≠⁄À30≤	
Íº
DR-000009-16	DR-000009DR-000009-INV-007"CRED-003(ÄÄãËÀ30R{
INV-000009-007	⁄≠EURÍ"Í0:Company 000009B9 rue de la R√©publiqueB
69009 LyonJdr-000009@example.comæ
DR-000047-31	DR-000047DR-000047-INV-005"CRED-008(≤ÄãËÀ30R}
INV-000047-005	âåEURÍ"Í0:Customer 000047B47 rue de la R√©publiqueB
69002 LyonJdr-000047@example.com`
DR-000062-33	DR-000062DR-000062-INV-007"CRED-012(‰ÄãËÀ30rÍ"reminder-1-emailg
DR-000073-29	DR-000073DR-000073-INV-004"CRED-007(ñÅãËÀ30Z&
DR-000073-PAY-8tEURÍ `
DR-000113-26	DR-000113DR-000113-INV-005"CRED-010(»ÅãËÀ30rÍ"reminder-2-phoneæ
DR-000121-54	DR-000121DR-000121-INV-009"CRED-003(˙ÅãËÀ30R}
INV-000121-009	œô7USDÍ"Í0:Company 000121B121 rue de la R√©publiqueB
69004 LyonJdr-000121@example.com`
DR-000129-49	DR-000129DR-000129-INV-007"CRED-008(¨ÇãËÀ30rÍ"reminder-2-phone_
DR-000141-44	DR-000141DR-000141-INV-007"CRED-005(ﬁÇãËÀ30rÍ"courtesy-reminder%
day-2026-03-05(ò»∆ÉÃ30≤	
Íg
DR-000001-20	DR-000001DR-000001-INV-003"CRED-006(Ä∏§ëÃ30Z&
DR-000001-PAY-6«DEURÍ Ã
DR-000025-35	DR-000025DR-000025-INV-006"CRED-009(≤∏§ëÃ30Rä
INV-000025-006	¨ÍEURÍ"Í*
Í◊0:Company 000025B25 rue de la R√©publiqueB
69007 LyonJdr-000025@example.com]
DR-000030-33	DR-000030DR-000030-INV-006"CRED-001(‰∏§ëÃ30rÍ"formal-notice`
DR-000036-34	DR-000036DR-000036-INV-007"CRED-010(ñπ§ëÃ30rÍ"reminder-1-emailΩ
DR-000069-40	DR-000069DR-000069-INV-007"CRED-003(»π§ëÃ30R|
INV-000069-007	¿ﬁ7GBPÍ"Í0:Company 000069B69 rue de la R√©publiqueB
69006 LyonJdr-000069@example.comæ
DR-000073-30	DR-000073DR-000073-INV-005"CRED-007(˙π§ëÃ30R}
INV-000073-005	æ›EURÍ"Í0:Customer 000073B73 rue de la R√©publiqueB
69001 LyonJdr-000073@example.comh
DR-000086-41	DR-000086DR-000086-INV-006"CRED-005(¨∫§ëÃ30Z'
DR-000086-PAY-9	ãßCHFÍ f
DR-000101-17	DR-000101DR-000101-INV-007"CRED-002(ﬁ∫§ëÃ30j%
DR-000101-CN-17	ˆª
CHFÍ`
DR-000133-30	DR-000133DR-000133-INV-006"CRED-010(êª§ëÃ30rÍ"reminder-1-emailh
DR-000144-14	DR-000144DR-000144-INV-006"CRED-011(¬ª§ëÃ30Z'
DR-000144-PAY-6	ÒäEURÍ æ
DR-000147-40	DR-000147DR-000147-INV-009"CRED-012(Ùª§ëÃ30R}
INV-000147-009	êÕEURÍ"Í0:Company 000147B147 rue de la R√©publiqueB
69003 LyonJdr-000147@example.com%
day-2026-03-06(òÄ‡¨Ã30≤	
ÍU
DR-000046-20	DR-000046"CRED-010(ÄΩ∫Ã30Z'
DR-000046-PAY-5	Œ°EURÍ `
DR-000066-34	DR-000066DR-000066-INV-005"CRED-009(≤Ω∫Ã30rÍ"reminder-2-phone%
day-2026-03-07(ò∏˘’Ã30≤	
Íb
DR-000012-50	DR-000012DR-000012-INV-006"CRED-002(Ä®◊„Ã30r!Í"reminder-4-warning`
DR-000038-30	DR-000038DR-000038-INV-005"CRED-006(≤®◊„Ã30rÍ"reminder-1-emailæ
DR-000057-24	DR-000057DR-000057-INV-005"CRED-011(‰®◊„Ã30R}
INV-000057-005	Ñ—EURÍ"Í0:Customer 000057B57 rue de la R√©publiqueB
69003 LyonJdr-000057@example.comb
DR-000061-50	DR-000061DR-000061-INV-007"CRED-007(ñ©◊„Ã30r!Í"reminder-4-warninga
DR-000090-33	DR-000090DR-000090-INV-006"CRED-002(»©◊„Ã30r Í"reminder-3-lettera
DR-000102-41	DR-000102DR-000102-INV-007"CRED-006(˙©◊„Ã30r Í"reminder-3-letterM
DR-000130-35	DR-000130DR-000130-INV-006"CRED-009(¨™◊„Ã30íÍæ
DR-000140-17	DR-000140DR-000140-INV-008"CRED-003(ﬁ™◊„Ã30R}
INV-000140-008	ÓÇEURÍ"Í0:Company 000140B140 rue de la R√©publiqueB
69005 LyonJdr-000140@example.com%
day-2026-03-08(òíˇÃ30≤	
Í]
DR-000021-35	DR-000021DR-000021-INV-005"CRED-004(Ä‡åÕ30rÍ	"formal-notice`
DR-000021-36	DR-000021DR-000021-INV-006"CRED-001(≤‡åÕ30rÍ	"reminder-1-emailS
DR-000025-36	DR-000025DR-000025-INV-005"CRED-009(‰‡åÕ30ö
AGY-02Í	`
DR-000031-26	DR-000031DR-000031-INV-006"CRED-004(ñ·åÕ30rÍ	"reminder-1-emaile
DR-000073-31	DR-000073DR-000073-INV-005"CRED-007(»·åÕ30j$
DR-000073-CN-31âEURÍ	i
DR-000086-42	DR-000086DR-000086-INV-007"CRED-005(˙·åÕ30Z(
DR-000086-PAY-10	åÄCHFÍ	 ø
DR-000111-14	DR-000111DR-000111-INV-005"CRED-010(¨‚åÕ30R~
INV-000111-005	‰úEURÍ	"Í0:Customer 000111B111 rue de la R√©publiqueB
69003 LyonJdr-000111@example.comi
DR-000119-22	DR-000119DR-000119-INV-010"CRED-009(ﬁ‚åÕ30Z(
DR-000119-PAY-10	£’7EURÍ	 ]
DR-000121-55	DR-000121DR-000121-INV-007"CRED-003(ê„åÕ30rÍ	"formal-notice`
DR-000130-36	DR-000130DR-000130-INV-006"CRED-009(¬„åÕ30rÍ	"reminder-2-phone_
DR-000143-48	DR-000143DR-000143-INV-006"CRED-005(Ù„åÕ30rÍ	"courtesy-reminder%
day-2026-03-09(ò®¨®Õ30≤	
Í	h
DR-000002-17	DR-000002DR-000002-INV-007"CRED-004(Äòä∂Õ30Z'
DR-000002-PAY-7	äîEURÍ
 h
DR-000036-35	DR-000036DR-000036-INV-006"CRED-010(≤òä∂Õ30Z'
DR-000036-PAY-7	≤∂WEURÍ
 `
DR-000050-17	DR-000050DR-000050-INV-004"CRED-012(‰òä∂Õ30ä
goods not deliveredÍ
i
DR-000058-41	DR-000058DR-000058-INV-006"CRED-010(ñôä∂Õ30Z(
DR-000058-PAY-13	Û∫EURÍ
 Ω
DR-000067-28	DR-000067DR-000067-INV-007"CRED-002(»ôä∂Õ30R|
INV-000067-007	Ä…EURÍ
"Í	0:Company 000067B67 rue de la R√©publiqueB
69004 LyonJdr-000067@example.comÕ
DR-000070-33	DR-000070DR-000070-INV-008"CRED-003(˙ôä∂Õ30Rã
INV-000070-008	ê£5EURÍ
"Í	*
Í∞à0:Company 000070B70 rue de la R√©publiqueB
69007 LyonJdr-000070@example.com`
DR-000078-43	DR-000078DR-000078-INV-007"CRED-011(¨öä∂Õ30rÍ
"reminder-2-phone^
DR-000078-44	DR-000078DR-000078-INV-007"CRED-011(ﬁöä∂Õ30z
	õ¯EURÍÍ
Ω
DR-000093-35	DR-000093DR-000093-INV-007"CRED-008(êõä∂Õ30R|
INV-000093-007	ÉéREURÍ
"Í0:Company 000093B93 rue de la R√©publiqueB
69003 LyonJdr-000093@example.comh
DR-000096-37	DR-000096DR-000096-INV-006"CRED-004(¬õä∂Õ30Z'
DR-000096-PAY-6	ÅÁEURÍ
 œ
DR-000103-38	DR-000103DR-000103-INV-006"CRED-009(Ùõä∂Õ30Rç
INV-000103-006
óªÙEURÍ
"Í	*
ÍÈÒ0:Company 000103B103 rue de la R√©publiqueB
69004 LyonJdr-000103@example.com`
DR-000124-36	DR-000124DR-000124-INV-006"CRED-011(¶úä∂Õ30rÍ
"reminder-1-emaila
DR-000130-37	DR-000130DR-000130-INV-006"CRED-009(ÿúä∂Õ30r Í
"reminder-3-lettera
DR-000132-31	DR-000132DR-000132-INV-006"CRED-005(äùä∂Õ30r Í
"reminder-3-letter`
DR-000150-38	DR-000150DR-000150-INV-007"CRED-002(ºùä∂Õ30rÍ
"reminder-2-phone%
day-2026-03-10(ò‡≈—Õ30≤	
Í
Ω
DR-000058-42	DR-000058DR-000058-INV-007"CRED-010(Ä–£ﬂÕ30R|
INV-000058-007	åöFEURÍ"Í
0:Company 000058B58 rue de la R√©publiqueB
69004 LyonJdr-000058@example.comh
DR-000061-51	DR-000061DR-000061-INV-007"CRED-007(≤–£ﬂÕ30Z'
DR-000061-PAY-7	‘ã.EURÍ æ
DR-000083-19	DR-000083DR-000083-INV-005"CRED-010(‰–£ﬂÕ30R}
INV-000083-005	®”EURÍ"Í0:Customer 000083B83 rue de la R√©publiqueB
69002 LyonJdr-000083@example.comb
DR-000094-34	DR-000094DR-000094-INV-005"CRED-004(ñ—£ﬂÕ30r!Í"reminder-4-warninga
DR-000113-27	DR-000113DR-000113-INV-005"CRED-010(»—£ﬂÕ30r Í"reminder-3-letterh
DR-000142-17	DR-000142DR-000142-INV-007"CRED-004(˙—£ﬂÕ30Z'
DR-000142-PAY-7	™ÊEURÍ i
DR-000150-39	DR-000150DR-000150-INV-007"CRED-002(¨“£ﬂÕ30Z(
DR-000150-PAY-11	Â©CHFÍ %
day-2026-03-11(òòﬂ˙Õ30≤	
Íb
DR-000005-31	DR-000005DR-000005-INV-005"CRED-010(ÄàΩàŒ30r!Í"reminder-4-warningh
DR-000029-25	DR-000029DR-000029-INV-004"CRED-006(≤àΩàŒ30Z'
DR-000029-PAY-6	˛ﬁCHFÍ Ω
DR-000042-35	DR-000042DR-000042-INV-008"CRED-004(‰àΩàŒ30R|
INV-000042-008	ñ“EURÍ"Í0:Company 000042B42 rue de la R√©publiqueB
69006 LyonJdr-000042@example.com`
DR-000062-34	DR-000062DR-000062-INV-007"CRED-012(ñâΩàŒ30rÍ"reminder-2-phoneh
DR-000068-47	DR-000068DR-000068-INV-009"CRED-001(»âΩàŒ30Z'
DR-000068-PAY-8	∆˙EURÍ a
DR-000068-48	DR-000068DR-000068-INV-008"CRED-001(˙âΩàŒ30r Í"reminder-3-letter_
DR-000128-14	DR-000128DR-000128-INV-006"CRED-012(¨äΩàŒ30rÍ"courtesy-remindera
DR-000129-50	DR-000129DR-000129-INV-007"CRED-008(ﬁäΩàŒ30r Í"reminder-3-letterb
DR-000130-38	DR-000130DR-000130-INV-006"CRED-009(êãΩàŒ30r!Í"reminder-4-warningæ
DR-000142-18	DR-000142DR-000142-INV-008"CRED-004(¬ãΩàŒ30R}
INV-000142-008	°Ù EURÍ"Í0:Company 000142B142 rue de la R√©publiqueB
69007 LyonJdr-000142@example.com%
day-2026-03-12(ò–¯£Œ30≤	
Í_
DR-000003-23	DR-000003DR-000003-INV-006"CRED-011(Ä¿÷±Œ30rÍ"courtesy-reminder`
DR-000012-51	DR-000012DR-000012-INV-007"CRED-004(≤¿÷±Œ30rÍ"reminder-1-emailÃ
DR-000016-14	DR-000016DR-000016-INV-007"CRED-008(‰¿÷±Œ30Rä
INV-000016-007	∆ê1EURÍ"Í*
Í‚}0:Company 000016B16 rue de la R√©publiqueB
69007 LyonJdr-000016@example.com`
DR-000019-44	DR-000019DR-000019-INV-007"CRED-003(ñ¡÷±Œ30rÍ"reminder-1-email`
DR-000036-36	DR-000036DR-000036-INV-007"CRED-010(»¡÷±Œ30rÍ"reminder-2-phone]
DR-000036-37	DR-000036DR-000036-INV-007"CRED-010(˙¡÷±Œ30z
‹uEURÍÍΩ
DR-000049-45	DR-000049DR-000049-INV-008"CRED-004(¨¬÷±Œ30R|
INV-000049-008	∫È?EURÍ"Í0:Company 000049B49 rue de la R√©publiqueB
69004 LyonJdr-000049@example.comΩ
DR-000066-35	DR-000066DR-000066-INV-006"CRED-009(ﬁ¬÷±Œ30R|
INV-000066-006	Å∂&EURÍ"Í0:Company 000066B66 rue de la R√©publiqueB
69003 LyonJdr-000066@example.comb
DR-000068-49	DR-000068DR-000068-INV-008"CRED-001(ê√÷±Œ30r!Í"reminder-4-warning`
DR-000081-33	DR-000081DR-000081-INV-005"CRED-005(¬√÷±Œ30rÍ"reminder-1-emaila
DR-000084-26	DR-000084DR-000084-INV-004"CRED-005(Ù√÷±Œ30r Í"reminder-3-letterh
DR-000105-40	DR-000105DR-000105-INV-007"CRED-004(¶ƒ÷±Œ30Z'
DR-000105-PAY-15úEURÍ `
DR-000133-31	DR-000133DR-000133-INV-006"CRED-010(ÿƒ÷±Œ30rÍ"reminder-2-phone%
day-2026-03-13(òàíÕŒ30≤	
Í]
DR-000013-46	DR-000013DR-000013-INV-007"CRED-007(Ä¯Ô⁄Œ30rÍ"formal-noticeù
DR-000019-45	DR-000019DR-000019-INV-007"CRED-003(≤¯Ô⁄Œ30Ç[
DR-000019-PLAN-45Í
Í¿$EUR
Í¿$EUR
Í¿$EURi
DR-000021-37	DR-000021DR-000021-INV-005"CRED-004(‰¯Ô⁄Œ30Z(
DR-000021-PAY-7
∫∞ûEURÍ a
DR-000066-36	DR-000066DR-000066-INV-005"CRED-009(ñ˘Ô⁄Œ30r Í"reminder-3-letterb
DR-000084-27	DR-000084DR-000084-INV-004"CRED-005(»˘Ô⁄Œ30r!Í"reminder-4-warning%
day-2026-03-14(ò¿´ˆŒ30≤	
Íh
DR-000004-41	DR-000004DR-000004-INV-003"CRED-011(Ä∞âÑœ30Z'
DR-000004-PAY-10√|GBPÍ h
DR-000013-47	DR-000013DR-000013-INV-007"CRED-007(≤∞âÑœ30Z'
DR-000013-PAY-8	£Ç8EURÍ æ
DR-000015-40	DR-000015DR-000015-INV-006"CRED-008(‰∞âÑœ30R}
INV-000015-006	†ÒEURÍ"Í0:Customer 000015B15 rue de la R√©publiqueB
69006 LyonJdr-000015@example.com`
DR-000038-31	DR-000038DR-000038-INV-005"CRED-006(ñ±âÑœ30rÍ"reminder-2-phoneh
DR-000052-22	DR-000052DR-000052-INV-006"CRED-007(»±âÑœ30Z'
DR-000052-PAY-6	ÈÙ1EURÍ º
DR-000077-14	DR-000077DR-000077-INV-007"CRED-010(˙±âÑœ30R{
INV-000077-007ÑvEURÍ"Í0:Company 000077B77 rue de la R√©publiqueB
69005 LyonJdr-000077@example.com`
DR-000141-45	DR-000141DR-000141-INV-007"CRED-005(¨≤âÑœ30rÍ"reminder-1-emailÕ
DR-000149-15	DR-000149DR-000149-INV-007"CRED-001(ﬁ≤âÑœ30Rã
INV-000149-007	ú–EURÍ"Í*
Í§	0:Company 000149B149 rue de la R√©publiqueB
69005 LyonJdr-000149@example.com%
day-2026-03-15(ò¯ƒüœ30≤	
Íj
DR-000004-42	DR-000004DR-000004-INV-006"CRED-011(ÄË¢≠œ30Z)
DR-000004-PAY-11
ÁÅ∞GBPÍ `
DR-000021-38	DR-000021DR-000021-INV-006"CRED-001(≤Ë¢≠œ30rÍ"reminder-2-phone_
DR-000030-34	DR-000030DR-000030-INV-007"CRED-003(‰Ë¢≠œ30rÍ"courtesy-reminder`
DR-000031-27	DR-000031DR-000031-INV-006"CRED-004(ñÈ¢≠œ30rÍ"reminder-2-phoneM
DR-000055-37	DR-000055DR-000055-INV-007"CRED-003(»È¢≠œ30íÍ]
DR-000059-34	DR-000059DR-000059-INV-006"CRED-007(˙È¢≠œ30rÍ"formal-noticeΩ
DR-000071-48	DR-000071DR-000071-INV-007"CRED-008(¨Í¢≠œ30R|
INV-000071-007	í EURÍ"Í0:Company 000071B71 rue de la R√©publiqueB
69008 LyonJdr-000071@example.com]
DR-000071-49	DR-000071DR-000071-INV-006"CRED-008(ﬁÍ¢≠œ30rÍ"formal-noticeΩ
DR-000080-42	DR-000080DR-000080-INV-010"CRED-010(êÎ¢≠œ30R|
INV-000080-010	˘ÔEURÍ"Í0:Company 000080B80 rue de la R√©publiqueB
69008 LyonJdr-000080@example.com`
DR-000099-19	DR-000099DR-000099-INV-007"CRED-006(¬Î¢≠œ30rÍ"reminder-1-email%
day-2026-03-16(ò∞ﬁ»œ30≤	
Í_
DR-000001-21	DR-000001DR-000001-INV-004"CRED-006(Ä†º÷œ30rÍ"courtesy-reminderΩ
DR-000035-17	DR-000035DR-000035-INV-008"CRED-010(≤†º÷œ30R|
INV-000035-008	◊Ñ&EURÍ"Í0:Company 000035B35 rue de la R√©publiqueB
69008 LyonJdr-000035@example.comæ
DR-000061-52	DR-000061DR-000061-INV-008"CRED-007(‰†º÷œ30R}
INV-000061-008
Ü…ØEURÍ"Í0:Company 000061B61 rue de la R√©publiqueB
69007 LyonJdr-000061@example.comÕ
DR-000088-59	DR-000088DR-000088-INV-008"CRED-006(ñ°º÷œ30Rã
INV-000088-008	Å≈3EURÍ"Í*
Í¯É0:Company 000088B88 rue de la R√©publiqueB
69007 LyonJdr-000088@example.comb
DR-000090-34	DR-000090DR-000090-INV-006"CRED-002(»°º÷œ30r!Í"reminder-4-warningb
DR-000102-42	DR-000102DR-000102-INV-007"CRED-006(˙°º÷œ30r!Í"reminder-4-warning`
DR-000124-37	DR-000124DR-000124-INV-006"CRED-011(¨¢º÷œ30rÍ"reminder-2-phonea
DR-000150-40	DR-000150DR-000150-INV-007"CRED-002(ﬁ¢º÷œ30r Í"reminder-3-letter%
day-2026-03-17(òË˜Òœ30≤	
Í_
DR-000020-24	DR-000020DR-000020-INV-005"CRED-004(Äÿ’ˇœ30rÍ"courtesy-reminderZ
DR-000043-28	DR-000043DR-000043-INV-004"CRED-003(≤ÿ’ˇœ30™
Íuncollectableh
DR-000068-50	DR-000068DR-000068-INV-007"CRED-001(‰ÿ’ˇœ30Z'
DR-000068-PAY-9	ŸÔEURÍ ]
DR-000075-53	DR-000075DR-000075-INV-008"CRED-004(ñŸ’ˇœ30rÍ"formal-noticeh
DR-000078-45	DR-000078DR-000078-INV-006"CRED-011(»Ÿ’ˇœ30Z'
DR-000078-PAY-6	ô EURÍ h
DR-000123-10	DR-000123DR-000123-INV-005"CRED-007(˙Ÿ’ˇœ30Z'
DR-000123-PAY-5	Ø»GBPÍ %
day-2026-03-18(ò†ëõ–30≤	
Í_
DR-000010-34	DR-000010DR-000010-INV-006"CRED-009(ÄêÔ®–30rÍ"courtesy-reminderh
DR-000040-32	DR-000040DR-000040-INV-004"CRED-007(≤êÔ®–30Z'
DR-000040-PAY-11∏)EURÍ a
DR-000062-35	DR-000062DR-000062-INV-007"CRED-012(‰êÔ®–30r Í"reminder-3-letter]
DR-000086-43	DR-000086DR-000086-INV-008"CRED-005(ñëÔ®–30rÍ"formal-noticei
DR-000128-15	DR-000128DR-000128-INV-006"CRED-012(»ëÔ®–30Z(
DR-000128-PAY-6
ÜËòUSDÍ b
DR-000132-32	DR-000132DR-000132-INV-006"CRED-005(˙ëÔ®–30r!Í"reminder-4-warning`
DR-000143-49	DR-000143DR-000143-INV-006"CRED-005(¨íÔ®–30rÍ"reminder-1-email%
day-2026-03-19(òÿ™ƒ–30≤	
Íh
DR-000003-24	DR-000003DR-000003-INV-006"CRED-011(Ä»à“–30Z'
DR-000003-PAY-7	•ëEURÍ h
DR-000005-32	DR-000005DR-000005-INV-005"CRED-010(≤»à“–30Z'
DR-000005-PAY-6	π°EURÍ `
DR-000012-52	DR-000012DR-000012-INV-007"CRED-004(‰»à“–30rÍ"reminder-2-phoneh
DR-000029-26	DR-000029DR-000029-INV-005"CRED-006(ñ…à“–30Z'
DR-000029-PAY-7	£€CHFÍ `
DR-000053-38	DR-000053DR-000053-INV-007"CRED-008(»…à“–30rÍ"reminder-1-emailΩ
DR-000072-42	DR-000072DR-000072-INV-007"CRED-003(˙…à“–30R|
INV-000072-007	Ù&GBPÍ"Í0:Company 000072B72 rue de la R√©publiqueB
69009 LyonJdr-000072@example.com`
DR-000081-34	DR-000081DR-000081-INV-005"CRED-005(¨ à“–30rÍ"reminder-2-phone^
DR-000081-35	DR-000081DR-000081-INV-005"CRED-005(ﬁ à“–30z
	ΩæUSDÍÍi
DR-000101-18	DR-000101DR-000101-INV-007"CRED-002(êÀà“–30Z(
DR-000101-PAY-6
ÚâãCHFÍ i
DR-000107-43	DR-000107DR-000107-INV-007"CRED-011(¬Àà“–30Z(
DR-000107-PAY-11	≈èEURÍ b
DR-000113-28	DR-000113DR-000113-INV-005"CRED-010(ÙÀà“–30r!Í"reminder-4-warningh
DR-000113-29	DR-000113DR-000113-INV-005"CRED-010(¶Ãà“–30Z'
DR-000113-PAY-4	¢ùEURÍ a
DR-000133-32	DR-000133DR-000133-INV-006"CRED-010(ÿÃà“–30r Í"reminder-3-letterh
DR-000143-50	DR-000143DR-000143-INV-005"CRED-005(äÕà“–30Z'
DR-000143-PAY-20 \EURÍ %
day-2026-03-20(òêƒÌ–30≤	
ÍU
DR-000031-28	DR-000031"CRED-004(ÄÄ¢˚–30Z'
DR-000031-PAY-5	◊îEURÍ h
DR-000068-51	DR-000068DR-000068-INV-008"CRED-001(≤Ä¢˚–30Z'
DR-000068-PAY-10˙DEURÍ h
DR-000078-46	DR-000078DR-000078-INV-007"CRED-011(‰Ä¢˚–30Z'
DR-000078-PAY-7	õ¯EURÍ _
DR-000121-56	DR-000121DR-000121-INV-008"CRED-003(ñÅ¢˚–30rÍ"courtesy-reminderæ
DR-000125-35	DR-000125DR-000125-INV-007"CRED-007(»Å¢˚–30R}
INV-000125-007	ƒ¿CEURÍ"Í0:Company 000125B125 rue de la R√©publiqueB
69008 LyonJdr-000125@example.comb
DR-000129-51	DR-000129DR-000129-INV-007"CRED-008(˙Å¢˚–30r!Í"reminder-4-warningh
DR-000133-33	DR-000133DR-000133-INV-005"CRED-010(¨Ç¢˚–30Z'
DR-000133-PAY-6	®Ö#EURÍ %
day-2026-03-21(ò»›ñ—30≤	
Ía
DR-000038-32	DR-000038DR-000038-INV-005"CRED-006(Ä∏ª§—30r Í"reminder-3-letterh
DR-000065-15	DR-000065DR-000065-INV-007"CRED-012(≤∏ª§—30Z'
DR-000065-PAY-7	Ã¿EURÍ `
DR-000072-43	DR-000072DR-000072-INV-006"CRED-003(‰∏ª§—30rÍ"reminder-1-emaila
DR-000078-47	DR-000078DR-000078-INV-007"CRED-011(ñπª§—30r Í"reminder-3-letterΩ
DR-000082-22	DR-000082DR-000082-INV-007"CRED-011(»πª§—30R|
INV-000082-007	Ã’8EURÍ"Í0:Company 000082B82 rue de la R√©publiqueB
69001 LyonJdr-000082@example.comæ
DR-000098-12	DR-000098DR-000098-INV-006"CRED-002(˙πª§—30R}
INV-000098-006	õŸEURÍ"Í0:Customer 000098B98 rue de la R√©publiqueB
69008 LyonJdr-000098@example.comh
DR-000108-19	DR-000108DR-000108-INV-008"CRED-003(¨∫ª§—30Z'
DR-000108-PAY-8	„˚EURÍ `
DR-000125-36	DR-000125DR-000125-INV-006"CRED-007(ﬁ∫ª§—30rÍ"reminder-1-emailh
DR-000132-33	DR-000132DR-000132-INV-006"CRED-005(êªª§—30Z'
DR-000132-PAY-5	Å”5CHFÍ `
DR-000141-46	DR-000141DR-000141-INV-007"CRED-005(¬ªª§—30rÍ"reminder-2-phone%
day-2026-03-22(òÄ˜ø—30≤	
Í]
DR-000012-53	DR-000012DR-000012-INV-006"CRED-002(Ä‘Õ—30rÍ"formal-noticea
DR-000021-39	DR-000021DR-000021-INV-006"CRED-001(≤‘Õ—30r Í"reminder-3-letteri
DR-000042-36	DR-000042DR-000042-INV-007"CRED-004(‰‘Õ—30Z(
DR-000042-PAY-10	∞¸EURÍ `
DR-000064-15	DR-000064DR-000064-INV-006"CRED-003(ñÒ‘Õ—30rÍ"reminder-1-emailb
DR-000066-37	DR-000066DR-000066-INV-005"CRED-009(»Ò‘Õ—30r!Í"reminder-4-warningh
DR-000073-32	DR-000073DR-000073-INV-005"CRED-007(˙Ò‘Õ—30Z'
DR-000073-PAY-9	µ“EURÍ Ω
DR-000078-48	DR-000078DR-000078-INV-008"CRED-011(¨Ú‘Õ—30R|
INV-000078-008	Ç‡EURÍ"Í0:Company 000078B78 rue de la R√©publiqueB
69006 LyonJdr-000078@example.com`
DR-000099-20	DR-000099DR-000099-INV-007"CRED-006(ﬁÚ‘Õ—30rÍ"reminder-2-phoneø
DR-000112-18	DR-000112DR-000112-INV-009"CRED-001(êÛ‘Õ—30R~
INV-000112-009
äÅ´EURÍ"Í0:Company 000112B112 rue de la R√©publiqueB
69004 LyonJdr-000112@example.comø
DR-000129-52	DR-000129DR-000129-INV-008"CRED-008(¬Û‘Õ—30R~
INV-000129-008	ùÀEURÍ"Í0:Customer 000129B129 rue de la R√©publiqueB
69003 LyonJdr-000129@example.com%
day-2026-03-23(ò∏êÈ—30≤	
ÍΩ
DR-000021-40	DR-000021DR-000021-INV-007"CRED-001(Ä®Óˆ—30R|
INV-000021-007	»≤EURÍ"Í0:Company 000021B21 rue de la R√©publiqueB
69003 LyonJdr-000021@example.com_
DR-000055-38	DR-000055DR-000055-INV-008"CRED-003(≤®Óˆ—30rÍ"courtesy-reminderh
DR-000055-39	DR-000055DR-000055-INV-008"CRED-003(‰®Óˆ—30Z'
DR-000055-PAY-7	‡õ8EURÍ æ
DR-000074-33	DR-000074DR-000074-INV-006"CRED-007(ñ©Óˆ—30R}
INV-000074-006	·ÊEURÍ"Í0:Customer 000074B74 rue de la R√©publiqueB
69002 LyonJdr-000074@example.com_
DR-000092-30	DR-000092DR-000092-INV-006"CRED-007(»©Óˆ—30rÍ"courtesy-reminderg
DR-000115-13	DR-000115DR-000115-INV-005"CRED-005(˙©Óˆ—30Z&
DR-000115-PAY-5“sCHFÍ æ
DR-000119-23	DR-000119DR-000119-INV-011"CRED-009(¨™Óˆ—30R}
INV-000119-011	†Ê3EURÍ"Í0:Company 000119B119 rue de la R√©publiqueB
69002 LyonJdr-000119@example.coma
DR-000124-38	DR-000124DR-000124-INV-006"CRED-011(ﬁ™Óˆ—30r Í"reminder-3-letterÕ
DR-000127-21	DR-000127DR-000127-INV-006"CRED-007(ê´Óˆ—30Rã
INV-000127-006	ÑÅ*EURÍ"Í*
Í≈k0:Company 000127B127 rue de la R√©publiqueB
69001 LyonJdr-000127@example.com%
day-2026-03-24(ò©í“30≤	
ÍÕ
DR-000021-41	DR-000021DR-000021-INV-006"CRED-001(Ä‡á†“30Çä
DR-000021-PLAN-41Í
Í	ÉßEUR
Í	ÉßEUR
Í	ÉßEUR
Í	ÉßEUR
Í	ÑßEUR]
DR-000084-28	DR-000084DR-000084-INV-004"CRED-005(≤‡á†“30rÍ"formal-noticeΩ
DR-000099-21	DR-000099DR-000099-INV-008"CRED-006(‰‡á†“30R|
INV-000099-008	ö‚zEURÍ"Í0:Company 000099B99 rue de la R√©publiqueB
69009 LyonJdr-000099@example.comæ
DR-000131-12	DR-000131DR-000131-INV-006"CRED-006(ñ·á†“30R}
INV-000131-006	¢ÜEURÍ"Í0:Company 000131B131 rue de la R√©publiqueB
69005 LyonJdr-000131@example.com%
day-2026-03-25(ò®√ª“30≤	
Íg
DR-000001-22	DR-000001DR-000001-INV-004"CRED-006(Äò°…“30Z&
DR-000001-PAY-7¯/EURÍ `
DR-000030-35	DR-000030DR-000030-INV-007"CRED-003(≤ò°…“30rÍ"reminder-1-emailΩ
DR-000052-23	DR-000052DR-000052-INV-007"CRED-006(‰ò°…“30R|
INV-000052-007	∆È2EURÍ"Í0:Company 000052B52 rue de la R√©publiqueB
69007 LyonJdr-000052@example.comg
DR-000064-16	DR-000064DR-000064-INV-006"CRED-003(ñô°…“30Z&
DR-000064-PAY-6ÎYEURÍ b
DR-000078-49	DR-000078DR-000078-INV-007"CRED-011(»ô°…“30r!Í"reminder-4-warning]
DR-000094-35	DR-000094DR-000094-INV-005"CRED-004(˙ô°…“30rÍ"formal-noticeæ
DR-000122-11	DR-000122DR-000122-INV-005"CRED-009(¨ö°…“30R}
INV-000122-005î{EURÍ"Í0:Customer 000122B122 rue de la R√©publiqueB
69005 LyonJdr-000122@example.com`
DR-000143-51	DR-000143DR-000143-INV-006"CRED-005(ﬁö°…“30rÍ"reminder-2-phoneb
DR-000150-41	DR-000150DR-000150-INV-007"CRED-002(êõ°…“30r!Í"reminder-4-warning%
day-2026-03-26(ò‡‹‰“30≤	
Í