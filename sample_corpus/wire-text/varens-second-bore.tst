n0417swiss
r i BC-EU--Varens-Tunnel     11-06 0385
^BC-EU--Varens-Tunnel,385<
^Drilling starts on second bore of Varens rail tunnel<
^Freight operators hope to end long waits under the mountain<
^By MARTINA KELLER=
^Northern Wire Service Writer=
	   VARENS, Switzerland (NWS) _ Engineers began drilling a second bore of the Varens rail tunnel on Wednesday, a project meant to let freight and passenger trains pass each other under the mountain by 2031.
 
	   The 14-kilometer single-track tunnel, which reopened in October after a year of repairs, can carry only one train at a time in each section, and freight operators have long complained of waiting hours for a path.
 
	   ``Every minute a freight train waits at the portal is a minute a truck wins,'' said Lukas Brunner, who heads the regional rail authority. ``The second bore ends that.''
 
	   The work is expected to cost about 1.9 billion Swiss francs, most of it from the federal rail fund.
 
	   Residents of the valley villages, where spoil from the drilling will be carried away by rail rather than road, said they had been promised quieter nights. ``We will be watching,'' said Anna Zoller, the mayor of Unterbach.
 
	   NWS-EU-11-06-24 1512GMT<
