En cada época podemos encontrar un Alejandro Magno o un Napoleón.
Pero lo que ya no es tan evidente es si siempre fueron estos personajes los que dirigían sus pasos de manera autónoma o si detrás de su trono había alguien que orientaba sus acciones hacia un determinado objetivo.
Debemos aceptar que vivimos en una época que concentra la riqueza del mundo en las manos de unos pocos individuos y que a esta concentración de dinero y el poder que esto implica, no se ha podido llegar en una sola generación.
De entre estas familias astronómicamente ricas destaca una que podría considerarse la más prominente (si aún hay alguien detrás, no lo sé, pero no lo descarto): los Rothschild.
No se escribe mucho a cerca de ellos.
Naturalmente.
En los años 90 del siglo XIX compraron la primera agencia de noticias (Reuters) para que dejaran de asociar su nombre con actos criminales de mucha gravedad. El poder y la riqueza.
O ambos, les cubrían las espaldas, cosa que para ellos siempre significó un fortalecimiento.
Tienen participaciones importantes en casi todos los bancos centrales del mundo y en aquellos países en los que no están representados, se ha declarado o se está preparando una guerra.
Antes del ataque a Afganistán eran 7 países, después del ataque de Irak eran 5, después de derrocar a Gadafi sólo quedaban cuatro, pero entretanto Rusia ha supeditado el banco central al gobierno ruso.
Todo aquel que ha intentado oponerse a esta familia ha muerto.
Abraham Lincoln se negó a renovar el estado del banco central Bank of America de los Rothschild, empezó durante la Guerra de Secesión a imprimir dinero y fue asesinado en 1865 en el teatro.
JFK comenzó a imprimir dinero y quería suspender el sistema de reserva federal (FED) y fue asesinado en 1963; el congresista Louis Mc Fadden fue envenenado el año 1936 después de querer demandar a la FED por haber desencadenado la gran crisis económica del año 1929.
Su afán por el poder mundial les llevó durante los años 1859 - 1871 a trazar un plan con tres guerras mundiales, diseñado por el masón Albert Pike, condecorado con el grado 33.
La primera guerra se marcó como objetivo eliminar los grandes estados monárquicos en toda Europa; la segunda quería eliminar la supremacía colonial, especialmente de Gran Bretaña, y la tercera se proponía reducir la población de la tierra entre medio millón y mil millones de personas (semejante cantidad de esclavos para su bienestar y lujo bastaría y no consumirían tantos recursos), además de la creación de una religión universal (el ecumenismo no es nada más que un anteproyecto para semejante solución) y la adopción definitiva de los poderes absolutos.
El método con el que opera el grupo de las familias más ricas, junto con los Rothschild, sigue la dinámica del desencadenamiento de crisis y el posterior ofrecimiento de una solución (order ab cao - orden a partir del caos).
Estas soluciones son, sin embargo, erróneas, y conllevan siempre un empeoramiento de la situación. Si no, basta recordar que la FED fue creada para que no se repitiera una crisis como la del año 1907.
Así que, tras el éxito del asesinato del heredero al trono austro-húngaro, Francisco Fernando, en Sarajevo y después de que, a raíz de ello, se desencadenara la Primera Guerra Mundial, destrozaron la Rusia zarista con el inicio de la revolución bolchevique.
La Primera Guerra Mundial acabó de manera repentina e injustificada desde el punto de vista militar y económico, la capitulación de Alemania (las guerras para acabar con la Rusia zarista eran ya innecesarias) y el posterior desmembramiento de la gran potencia de Europa Central, el imperio Austro-Húngaro.
Para preparar el terreno de la Segunda Guerra Mundial, permitieron que los banqueros y políticos crearan, de modo encubierto, una situación conflictiva a raíz de las enormes reparaciones de guerra impuestas sobre Alemania, con lo que se crearon las condiciones óptimas para la radicalización de las masas empobrecidas. Posteriormente, les bastó con servirles a los alemanes la solución del Führer, que era lo suficientemente fuerte y simple y señalaba a culpables, y construir después una Checoslovaquia compuesta por varias nacionalidades con una fuerte minoría alemana que debía representar y representó tan bien la función de la quinta columna, que prendió la llama y provocó el estallido de la guerra.
Al finales del siglo XIX, los Rothschild impulsaron la fundación del movimiento sionista, una rama que aspiraba a la formación de un estado judío, preferentemente en la región de la antigua Judea con Jerusalén como capital (regreso al Sión).
La declaración Balfour mencionada anteriormente sentó las bases para la inmigración masiva de judíos a Palestina y empezaron los primeros conflictos con la población árabe del lugar.
Se producían ataques terroristas en ambas partes.
Estalló la Segunda Guerra Mundial: es difícil saber si Hitler tiró demasiado de la cuerda a la que lo tenían atado los banqueros internacionales en un principio o si todo lo que hizo formaba parte de un plan. Sin embargo, el sufrimiento de los judíos europeos en los campos de concentración creó las condiciones óptimas para la aceptación del estado judío en la sociedad mundial.
Israel fue fundado oficialmente en 1948 y, de modo similar al modo en que las reparaciones de guerra impuestas a Alemania allanaron el camino hacia la Segunda Guerra Mundial.
Con la proclamación del estado de Israel se creó el foco para una tercera guerra.
Si los banqueros internacionales consiguieran iniciarla, la nación judía, al igual que en la Segunda Guerra Mundial, se convertiría en víctima en primera línea de combate, ahora junto con la población árabe o, generalmente, musulmana del Oriente Medio.
Israel es un laboratorio inmenso, una máquina de soldadura y caos, no sólo en el marco de su país, sino también a escala internacional. Tomemos como ejemplo cómo se dividen de modo tajante los simpatizantes y detractores de Israel.
¿Quién es culpable y quién es la víctima en el conflicto palestino-israelí? ¿Dónde la injusticia engendra injusticia en una espiral de violencia interminable, si al inicio de todo estaba la codicia de algunos individuos y su afán por el poder mundial?
En este punto es necesario distinguir entre los habitantes de Israel y sus mandatarios, porque, al igual que sucede en nuestro país, los banqueros internacionales solo presentan a sus candidatos en las elecciones.
El actual presidente de Israel B. Netanyahu es el típico ejemplo de político fascista, leal a los banqueros internacionales, que hace todo lo posible para declarar la guerra a Irán y, considerando que Irán es miembro de la Organización de Cooperación de Shanghai (China, India, Rusia, Pakistán...), amenazaría en convertirse en un conflicto global y, si tenemos en cuenta que Irán controla el estrecho de Ormuz, por donde pasa el 20% de todo el petróleo mundial (el corredor de navegación tiene sólo dos millas de ancho), llevaría a la destrucción de la economía mundial.
Bajo qué luz se muestran ahora las palabras que pronunció David Rockefeller en 1994: "Lo único que necesitamos es una crisis general y la gente estará de acuerdo con un nuevo orden mundial."
El nuevo orden mundial en su imaginación es un mundo de señores y esclavos.
Un mundo en el que el resto de la población sirve a un puñado de personas que forman parte de la aristocracia financiera bien acomodada.
Un mundo en el que a cada nuevo individuo se le implanta un chip al nacer que controla todo su ser.
"Y obliga a todos, pequeños y grandes, ricos y pobres, libres y esclavos, a tener una marca en la mano derecha o en la frente, a no poder comprar ni vender, a no ser que lleven el nombre de este monstruo o las cifras de su nombre.
Es necesario comprenderlo: quien tenga dos dedos de frente, que sume los números de este monstruo.
El número marca a la persona y este número es seiscientos sesenta y seis".
Película Argo: Si se pone crudo, llame a Hollywood
En noviembre de 1979 un grupo de la manifestación de estudiantes islamistas ocupó la embajada americana en Teherán y tomó 52 diplomados como rehenes.
Su puesta en libertad iba a ser a cambio del destronado shah Mohamed Réza Páhlevi, el cual después de la revolución huyó a EE.UU, país que había patrocinado su régimen durante decenios.
Para la administración americana la situación no ofrecía ninguna perspectiva positiva: tirar el shah por la borda no se lo podía permitir, puesto que, si lo hacía, ponía en peligro la confianza de sus aliados en otros países.
Pero la puesta en libertad de los rehenes en Irán, donde la revolución había desembocado en la constitución del régimen teocrático, no estaba a su alcance.
Era un golpe al prestigio de los Estados Unidos, que posteriormente se intensificó aún más con el intento fallido de liberar a los rehenes por la fuerza.
Los diplomáticos encarcelados fueron liberados 444 días después de la intervención negociadora del gobierno de Argelia.
En EE.UU., su destino causó una ola de solidaridad y animadversión contra Irán.
El fracaso en Irán contribuyó de manera decisiva a la derrota de Jimmy Carter frente Ronald Reagan en las elecciones presidenciales de 1980.
La película "Argo" del director y actor Ben Affleck tematiza un episodio de esta historia, que cosechó un pequeño éxito para América.
Poco antes de ocupar la embajada, se escaparon seis empleados del edificio.
Después de un complicado periplo, acabaron en la residencia de la embajada canadiense.
CIA, en colaboración con las autoridades canadienses, consiguió sacarlos de Irán, para ello ayudó una historia encubierta un punto extravagante: salieron con pasaportes canadienses, como miembros del equipo cinematográfico que examinaba la localización en el país para el rodaje de una superproducción de ciencia ficción.
Combinación de géneros
El plan que trazó el experto en "exfiltración" Toni Mendez requería la colaboración de Hollywood.
Para que la mentira pareciera veraz, se escribió sobre el proyecto cinematográfico en revistas especializadas, se organizaron conferencias de prensa, la sociedad de producción ficticia tenía incluso un despacho real.
Los detalles sobre la operación se mantuvieron en secreto durante mucho tiempo, la película se ha hecho a partir de los recuerdos de Tony Mendez.
La película de Affleck es una combinación singular de varios géneros.
Por un lado, un thriller político realista; por otro, un llamado "caper movie", la historia de un episodio que salió bien, un engaño (un ejemplo puede ser la serie Ocean's Eleven).
En la película se combinan los estados de ánimo. Encontramos por un lado secuencias bien documentadas de Teherán. En la secuencia de créditos se muestran fotografías emblemáticas de la época de los acontecimientos, que fueron plasmados del mismo modo en la película; no hay muchas diferencias a este respecto.
Por el otro, escenas típicas de Hollywood un tanto más livianas, marcadas por la ironía y una leve exageración.
Y además, escenas de la central de la CIA y otras instituciones: hombres trajeados que analizan la situación en la mesa de negociaciones, en los pasillos de la oficina, por teléfono...
Ben Affleck ha conseguido reiniciar su carrera de un modo excelente.
El actor, que había sido objeto de burlas, se ha convertido en un director respetable y su modo de actuar ha dejado de ser el blanco de comentarios irónicos.
Argo es su tercer largometraje, después de "Adiós pequeña, Adiós" (2007) y el thriller "The Town. Ciudad de ladrones" (2010).
Al mismo tiempo, es la primera película de Affleck en la que la acción no tiene lugar en la ciudad de Boston, donde se crió.
Asimismo, la sensibilidad de captar la atmósfera del lugar era una característica que situaba a los directores de películas antiguas por encima de estándares de Hollywood.
Y Affleck lo demuestra en Argo, donde Teherán se "rueda" en Canadá.
Las mejores escenas de la película tienen lugar en las calles, en la reconstrucción de los acontecimientos verídicos. La secuencia introductoria de la toma de la embajada es impresionante por su capacidad sinóptica que, al mismo tiempo, trasmite la emoción del desconcierto y de la falta de previsión que surge cuando, en algún lugar, la historia da un paso adelante.
Affleck y sus colaboradores consiguen un efecto similar en las escenas ficticias (el equipo impostor en el bazar de Teherán).
Demasiada acción en demasiados lugares
El director tuvo que aceptar el hecho de que una historia explicada no ofrece mucho en el sentido cinematográfico de las escenas más intrigantes.
Y se las arregla bastante bien. A veces le añade algo a la realidad: aquí no sale todo de modo tan elegante (la escena en que acecha la crisis en el aeropuerto de Teherán.
La desviación de una llamada a América y la búsqueda desenfrenada tras su pista se convierten en una locura).
La flaqueza de Argo es el descontrol que surge de la necesidad de mostrar demasiada acción en demasiados lugares.
Alan Arkin y John Goodman tienen un papel muy gracioso como colaboradores de Hollywood, aunque sus personajes se merecían más espacio y no son, ni mucho menos, los únicos en este filme.
Por estos motivos, la película de Affleck pierde un poco de trazo dramático, pero es un film que se puede seguir con un interés moderado, valorar su realización y el estilo retro de un thriller que evoca los años 70.
Pero que se derrumbe, eso será difícil.
Como evocación de una historia real y como prueba de lo exageradas que pueden ser las nociones de omnipresencia y omnisciencia de los servicios secretos, es suficiente.
Reglas para el inflado de globos, bananas y circo
El servidor www.bankovnipoplatky.com, que cada año presenta una encuesta sobre las tasas bancarias más absurdas, ahora ha decidido anunciar el concurso sobre "el reglamento o las ideas más absurdas del taller de la UE".
"Se nos ocurrió después del último acontecimiento, la UE tiene previsto aprobar una cuota del 40 por ciento de mujeres en puestos de dirección en las grandes empresas europeas", explicó Právo Patrik Nacher, el organizador de la encuesta.
Entre las absurdidades nominadas está, por ejemplo, la reciente decisión del tribunal europeo de unificar las pólizas de seguros entre hombres y mujeres.
Hasta ahora, las mujeres se aventajaban de mejores precios en los seguros de vida porque representan objetivamente un riesgo menor.
"Otras ideas increíbles del taller de la UE pueden ser propuestas por la gente hasta finales de este año".
La elección tendrá lugar a final del mes de febrero de 2013", informó Nacher.
Entre los reglamentos controvertidos de la UE está, por ejemplo, la adición obligatoria de biocomponentes al combustible que, como resultado, daña el medio ambiente; otra prohibición es la utilización de los termómetros de mercurio de toda la vida sólo porque contienen una pequeña cantidad de una substancia peligrosa o la directriz sombre el tamaño de las jaulas de las gallinas, que ha contribuido al incremento considerable del precio de los huevos este año.
Se ha criticado la prohibición fáctica de utilizar la expresión "mantequilla de untar" o la retirada de la bombilla clásica de los comercios.
Un plátano de calidad debe tener una longitud de 14 centímetros.
