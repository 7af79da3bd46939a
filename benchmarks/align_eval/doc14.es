Al finales del siglo XIX, los Rothschild impulsaron la fundación del movimiento sionista, una rama que aspiraba a la formación de un estado judío, preferentemente en la región de la antigua Judea con Jerusalén como capital (regreso al Sión).
Se producían ataques terroristas en ambas partes.
Estalló la Segunda Guerra Mundial: es difícil saber si Hitler tiró demasiado de la cuerda a la que lo tenían atado los banqueros internacionales en un principio o si todo lo que hizo formaba parte de un plan. Sin embargo, el sufrimiento de los judíos europeos en los campos de concentración creó las condiciones óptimas para la aceptación del estado judío en la sociedad mundial.
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
