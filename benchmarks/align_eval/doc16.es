Aún no lo he considerado porque no tengo tiempo para ello, para comprobar el pasado intachable de cada uno de los potenciales miembros del partido, ni tampoco tengo dinero.
No tengo dinero ni para la campaña a la presidencia, en mi cuenta transparente sólo hay 20.000 coronas.
¿No tiene dinero?
Habla de declaraciones de la propiedad, ¿cómo es la suya?
Estimo mi propiedad privada en unos 60 millones.
En Praga tengo un terreno valorado en 25 millones, un piso valorado diez millones, otro piso tasado en ocho millones, una colección de obras de arte con un valor de diez millones, un Aston Martin de unos 3,5 millones y un Škoda Superb valorado en un millón, y en la cuenta tengo un par de millones.
Por cierto, tengo un Aston Martin porque era mi sueño de juventud. Siempre me gustó James Bond, que conducía este coche, era galante con las mujeres y, al mismo tiempo, luchaba contra los maldades e injusticias.
Ud. dice que quiere cambiar la república pero no quiere poner demasiado dinero de su parte.
No es muy convincente.
No tengo 15 millones para la campaña.
¿Tengo que endeudarme?
En la campaña ya he puesto 2,5 millones.
El hecho de que no tenga ningún patrocinador demuestra que no hay demasiado interés en mi programa.
Y no tengo la obligación de pagar la campaña con dinero de mi bolsillo.
Los gastos de la campaña cubren en esencia lo que recibiré en concepto de sueldo de senador.
Pero no podría vivir de ello. Por ejemplo, no podría pagarle a mi hijo la escuela inglesa, que cuesta 30.000 coronas mensuales.
¿Así que seguirá con su actividad empresarial para poder vivir?
¿No ha dicho antes que iba a dejar esta actividad?
Esto no tiene nada que ver con un sueldo mayor.
Como he prometido, en parte he dejado mis actividades.
Por ejemplo, el representante de mi agencia de viajes pasará a ser mi sustituto en primavera.
La gente querría que fuera el samaritano que salvase la república.
Pero yo también necesito vivir de algo.
¿Cuánto acostumbra a ganar mensualmente como empresario?
Entre 200.000 y 400.000, que sigo ganando.
Si fuera presidente, entonces dejaría los negocios.
Puede consultar toda la entrevista en la edición del sábado de Práva.
El estudio de arquitectura MVRDV demuestra que las verdaderas aventuras no solo están en la cabeza - en el ejemplo de la biblioteca de Spijkenisse y la recién terminada "montaña de libros"- 2 fotos
"Creo que el edificio es divertido, tiene un aspecto futurista, y por fin hay algo interesante que ver", afirma Lisette Verhaig, una transeúnte que pasa por la calle.
Y Stefan Spermon, técnico de TI en una gran empresa situada cerca de la biblioteca, apunta: "además, el edificio es bonito".
Pero yo me pregunto para qué necesitamos una biblioteca hoy en día.
Todos tenemos Internet, tabletas y libros electrónicos.
Nadie entra por gusto en esas bibliotecas pasadas de moda, ¿no?
Spijkenisse, una ciudad dormitorio situada a las puertas de Róterdam que apenas merece una fugaz visita.
Ostenta el dudoso honor de haberse alzado con un récord para olvidar.
La población de 80.000 habitantes presenta la tasa de alfabetización más baja de los Países Bajos.
Para contrarrestar esta situación tan vergonzosa, hace algunos años se decidió contribuir de alguna manera a la cultura general y copiar los siete puentes ficticios que aparecen representados en los billetes de euro en forma de miniaturas de hormigón armado decoradas.
El éxito de la ofensiva educativa fue limitado.
Y así fue como los responsables políticos decidieron que solo existía una posibilidad para mejorar las estadísticas: ¡había que construir una biblioteca!
Winy Maas, del estudio de arquitectura holandés MVRDV, todo un maestro en el arte de los diagramas de barras y responsable de edificios divertidos a la par que cínicos, se tomó el tema con su habitual serenidad y compareció a la presentación del concurso en el año 2003 con cinco libros bajo el brazo y una sonrisa en el rostro.
Y mientras el jurado miraba perplejo a su alrededor y se encogía de hombros, Maas procedió a apilar los libros por tamaño formando una pirámide y concluyó su breve discurso con las siguientes palabras: "Estimados conciudadanos:
Aquí la tenéis, mi propuesta para la montaña de libros de Spijkenisse, la denominada `Boekenberg'".
Washington se muestra receloso de aceptar la declaración sin que Pyongyang haga antes algún movimiento de desarme significativo.
Nueve años después, la montaña de 30 millones de euros se levanta en el lugar previsto.
Ésta forma parte del proyecto de revitalización, que se completa con un aparcamiento subterráneo, un supermercado, una oficina de correos y un par de edificios de viviendas y adosados.
A principios de noviembre la montaña de libros fue galardonada con el segundo premio "Best Library of NL 2012".
Además, el proyecto también está nominado al "Dutch National Wood Award 2012".
De esta forma, la pequeña ciudad carente de historia, que hasta la fecha no tenía nada más que ofrecer que una zona peatonal posmoderna y un ayuntamiento increíblemente feo tras cuya fachada blanca uno intuiría más bien una central lechera, cuenta ahora con una obra de arquitectura contemporánea.
