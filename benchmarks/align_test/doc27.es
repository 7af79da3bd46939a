Jack Ross: "Mi objetivo primordial es dirigir Escocia"
La madre está incluida, tiene la clave de una de las cuentas.
El entrenador del Sunderland dice que su "objetivo primordial" es convertirse en entrenador de Escocia en algún momento.
El escocés, de 42 años, se muestra ilusionado ante la posibilidad de revitalizar el club del nordeste, que en este momento ocupa el tercer puesto en la League One (la tercera división de ligas de Inglaterra), a tres puntos del primero.
Pasó al Stadium of Light este verano después de llevar al St. Mirren de nuevo a la Premier escocesa la última temporada.
"Quise jugar para mi país cuando era jugador.
Pero solo conseguí una gorra B", contó Ross en Sportsound en la BBC Scotland.
"Pero crecí viendo a Escocia en Hampden con mi padre cuando era niño y es algo que siempre ha hecho que quiera volver.
Esa oportunidad solo se convertirá en realidad, sin embargo, si logro dirigir un club con éxito".
Entre los predecesores de Ross como dirigente del Sunderland se incluyen Dick Advocaat, David Moyes, Sam Allardyce, Martin O'Neill, Roy Keane, Gus Poyet y Paulo Di Canio.
El anterior gerente del Alloa Athletic dice que no sintió ningún temor cuando pasó a nombres tan establecidos en un club tan grande, tras rechazar propuestas de Barnsley y Ipswich Town.
"En este momento, el éxito para mí se mide en función de si puedo devolver a este club a la Premier League,
porque la estructura y las instalaciones de este club corresponden, sin duda, a los de la Premier League", dijo.
"No es fácil conseguirlo, pero solo podría considerar que he logrado mi objetivo aquí cuando pueda devolver al club a donde debe estar".
Sí lo haría, si me cae mal o le llevo ganas.
Ross solo lleva tres años ejerciendo como entrenador, tras estar un tiempo como asistente en Dumbarton y un período de 15 meses en el cuerpo técnico del Hearts.
Después, ayudó al Alloa a recuperarse del descenso a la tercera división e hizo que el St. Mirren pasara de estar al borde del descenso a ganar el campeonato en la temporada siguiente.
De hecho, Ross afirma que se siente más cómodo ahora que nunca antes durante su carrera como jugador en Clyde, Hartlepool, Falkirk, St Mirren y Hamilton Academical.
"Probablemente fue una auténtica encrucijada", recordó en referencia a cuando se hizo cargo del Alloa.
"Siempre creí que la dirección era lo que mejor me iba, mucho más que jugar.
Puede sonar raro, porque era bueno, me pude ganar la vida muy bien con ello y disfruté de algunos momentos épicos.
Pero jugar puede ser muy duro.
Te tienes que enfrentar a muchas cosas cada semana.
Todavía sufro el estrés y la presión de ese trabajo; sin embargo, en la dirección me siento bien.
Siempre quise entrenar y ahora he conseguido hacerlo, es la época de mi vida adulta en la que me he sentido mejor, sin lugar a dudas".
Puede escuchar toda la entrevista en Sportsound el lunes, 30 de septiembre, en Radio Scotland entre las 12:00 y 13:00 BST
Según una encuesta, la hora perfecta para una pinta son las 5.30 de la tarde en sábado
La ola de calor del verano ha impulsado las ganancias en los pubs británicos que luchan por sobrevivir, pero concentró toda la presión en las cadenas de restaurantes.
Los grupos de pubs y bares vieron cómo aumentaban sus ventas un 2,7 % en julio, mientras que las ganancias de los restaurantes descendieron un 4,8 %, según revelaron las cifras.
Peter Martin, de la consultoría para empresas CGA, que se encargó de recopilar las cifras, comentó: "El calor de estos días y el hecho de que Inglaterra siga en el Mundial todavía han hecho que en julio se mantenga el patrón del mes anterior de junio, en el que los pubs incrementaron un 2,8 % sus ganancias, si bien los restaurantes han caído incluso algo más.
La caída del 1,8 % en la actividad comercial de los restaurantes en junio fue incluso peor en julio.
Los pubs y bares que sirven principalmente bebidas tuvieron su mes más fuerte, frente a la mayoría de restaurantes, en los que redujeron las ganancias.
Los pubs que sirven principalmente comidas también sufrieron con el calor, aunque no de forma tan drástica como los operadores de restaurantes.
Parece que la gente solo quiere salir para beber.
En los bares y pubs gestionados, las ventas de bebidas subieron hasta un 6,6 % durante el mes, mientras que las comidas descendieron un 3 %.
Paul Newman, de los analistas de hostelería y ocio de RSM dijo: "Estos resultados siguen la tendencia que hemos visto desde finales de abril.
El tiempo y la repercusión de eventos sociales o deportivos muy importantes siguen siendo los factores más relevantes en lo que se refiere a ventas en el mercado de actividades fuera del hogar.
No es sorprendente que los grupos de restaurantes sigan luchando, aunque la caída del 4,8 % en las ventas en comparación con el año pasado vaya a resultar especialmente dolorosa en vistas de las continuas presiones en costes.
El largo y caluroso verano no podría haber llegado en peor momento para los operadores gastronómicos y el tiempo dirá si las temperaturas más moderadas que hemos tenido en agosto proporcionarán el alivio que necesitan.
El aumento total de las ventas en pubs y restaurantes, incluidos los nuevos que han abierto, fue del 2,7 % en julio, lo que refleja el lento descenso en implantaciones de marca.
En Coffer Peach Tracker, que supervisa las ventas en el sector de restaurantes, bares y pubs de Reino Unido, se recopilan y analizan los datos de rendimiento de 47 grupos operativos, con una facturación combinada de más de 9000 millones de £ y es el valor de referencia del mercado.
