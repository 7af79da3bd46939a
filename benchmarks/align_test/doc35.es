Diputado Tory dice que NIGEL FARAGE debería encargarse de las negociaciones de Brexit
Nigel Farage prometió “movilizar el ejército popular” hoy durante una protesta en la conferencia Tory.
El ex líder del UKIP dijo que los políticos tenían que “sentir el calor” de los euroescépticos, mientras uno de los diputados de Theresa May sugirió que él debería encargarse de las negociaciones con la UE.
El diputado conservador Peter Bone dijo en la concentración de Birmingham que el Reino Unido “ya habría salido” si Farage hubiese sido Secretario del Brexit.
Pero el desafío al que se enfrenta la Primera Ministra May para reconciliar sus divididas filas ha destacado aún más cuando un grupo de Tories a favor de la permanencia se han unido a una protesta opuesta contra el Brexit en la ciudad.
La Primera Ministra está luchando para mantener en pie el plan del compromiso que se firmó en Chequers en medio de los ataques de los favorables al Brexit, sus opositores y la UE.
Los aliados insistieron en que seguirá intentando llegar a un acuerdo con Bruselas, a pesar de la reacción violenta, y obligará a los euroescépticos y al Partido Laborista a elegir entre su paquete y el “caos”.
El diputado Bone dijo en la concentración de Leave Means Leave en Solihull que quería rechazar el plan de Chequers.
Sugirió que debería haberse dado un puesto a Farage con responsabilidad en las negociaciones con Bruselas.
“Si él hubiera estado al cargo, ya habríamos salido”, dijo.
Este Miembro del Parlamento por Wellingborough añadió: “Voy a defender el Brexit, pero tenemos que deshacernos de Chequers”.
En su declaración de oposición a la UE, dijo: “No hemos luchado en guerras mundiales para ser serviles.
Queremos hacer nuestras propias leyes en nuestro propio país”.
Bone desestimó las sugerencias de que la opinión pública había cambiado desde la votación de 2016: “La idea de que los británicos hemos cambiado de opinión y queremos permanecer en la Unión Europea es completamente falsa”.
La Tory pro-Brexit Andrea Jenkyns también estaba en la concentración, donde dijo a los reporteros: “Solo digo una cosa: Primera Ministra, escuche al pueblo.
Al público en general no le gusta el plan de Chequers, la oposición no va a votar a favor y no es popular entre nuestro partido y nuestros activistas, que son los que en realidad salen a las calles y nos votan en primer lugar.
Olvídese de Chequers y empiece a escuchar”.
En un mensaje dirigido a May, añadió: Los primeros ministros mantienen sus cargos cuando cumplen sus promesas”.
Farage dijo a los concentrados que habría que hacer “sentir el calor” a los políticos si se viera que iban a traicionar la decisión tomada en el referéndum de 2016.
“Ahora se trata de una cuestión de confianza entre nosotros, la gente, y nuestra clase política”, dijo.
“Están tratando de traicionar a Brexit y hoy estamos aquí para decirles que no les dejaremos salirse con la suya”.
En un mensaje a la entusiasta multitud, agregó: “Quiero que hagáis que nuestra clase política, que está a punto de traicionar el Brexit, sienta el calor.
“Vamos a movilizar al ejército popular de este país que nos dio la victoria con el Brexit y nunca descansaremos hasta que nos hayamos convertido en un Reino Unido independiente, autónomo y orgulloso”.
Mientras tanto, los favorables a la permanencia recorrieron las calles de Birmingham antes del mitin de dos horas en el centro de la ciudad.
Algunos activistas ondeaban pancartas de Tories Against Brexit después de la presentación del grupo este fin de semana.
El laborista Lord Adonis se burló de los conservadores por los problemas de seguridad que tuvieron con una aplicación del partido durante la inauguración de la conferencia.
“Estas son las mismas personas que nos dicen que pueden implementar los sistemas informáticos y toda la tecnología para Canada Plus Plus, para las frontera en armonía, para el libre comercio sin fronteras en Irlanda”, agregó.
“Es una farsa total.
No existe nada que se pueda considerar un buen Brexit”, agregó.
Warren considera todas las posibilidades de presentarse para la presidencia
La senadora estadounidense Elizabeth Warren dice que “considerará todas las posibilidades de presentarse para la presidencia” después de las elecciones de noviembre.
El Boston Globe informa de que la demócrata de Massachusetts habló sobre su futuro durante una reunión municipal celebrada el sábado en el oeste de Massachusetts.
Warren, una crítica habitual del presidente Donald Trump, se presentará a la reelección en noviembre contra Geoff Diehl, el representante estatal republicano, que fue copresidente de la campaña de Massachusetts de Trump en 2016.
Se ha especulado considerablemente acerca de la posibilidad de que Warren se enfrente a Trump en 2020.
El evento de la tarde del sábado en Holyoke fue su trigésimo sexta reunión con los electores utilizando el formato municipal desde que Trump asumió el cargo.
Un asistente le preguntó si tenía pensado presentarse para la presidencia.
Warren respondió que ha llegado la hora de que “las mujeres vayan a Washington para arreglar nuestro irregular gobierno, y eso incluye que haya una mujer en lo más alto”.
