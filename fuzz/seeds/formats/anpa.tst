a0012 r w BC-Ferry-Strike 04-19 0112
   CALVERA (AP) _ Ferry workers ended a strike, "We won," said Rosa Lome.

