
policy-fr-default-1(€ø¥ùÁ20º£
 

fr-defaulté (2èEUR:£
reliableýÿÿÿÿÿÿÿÿcourtesy(
reminder.courteous (phone.script (#reminder.firm (2formal_notice (0Phandover (:Í
chronicûÿÿÿÿÿÿÿÿcourtesy(reminder.firm (phone.script (reminder.warning (reminder.warning (formal_notice (0(handover (<legal (:Í
at_riskûÿÿÿÿÿÿÿÿcourtesy(reminder.firm (phone.script (reminder.warning (reminder.warning (formal_notice (0(handover (<legal (:äýÿÿÿÿÿÿÿÿcourtesy(reminder.courteous (phone.script (reminder.firm (reminder.warning (%reminder.warning (-formal_notice (0<handover (Zlegal (:Èýÿÿÿÿÿÿÿÿcourtesy(reminder.courteous (phone.script (reminder.firm (reminder.warning ((formal_notice (0Fhandover (dlegal (BáÐ	
ã	
ã	
ä	
ä	
å	
å	
æ	
æ
çú
ç
èÂ
è©
é»
é×
ê×
ê× è(¼ EUR Bzt
æ¹
æ»
ç¿
çª
è¡
è°
éÑ
é™0 H´R
"FRZb

2 (