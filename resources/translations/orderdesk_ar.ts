<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
    <context>
        <name>Accounts</name>
        <message>
            <source>"%1" is not a complete web address (for example https://api.example.com).</source>
            <translation>«⁨%L1⁩» ليس عنوان ويب كاملًا (مثل https://api.example.com).</translation>
        </message>
        <message>
            <source>The address must not contain a user name or password.</source>
            <translation>يجب ألا يحتوي العنوان على اسم مستخدم أو كلمة مرور.</translation>
        </message>
        <message>
            <source>The address must not contain a query or fragment.</source>
            <translation>يجب ألا يحتوي العنوان على استعلام أو جزء (fragment).</translation>
        </message>
        <message>
            <source>Plain http is refused for %1: API keys would travel unencrypted. Use https.</source>
            <translation>يُرفض http غير المشفَّر للحساب ⁨%L1⁩: ستنتقل مفاتيح API دون تشفير. استخدم https.</translation>
        </message>
        <message>
            <source>The address must start with https://.</source>
            <translation>يجب أن يبدأ العنوان بـ https://.</translation>
        </message>
        <message>
            <source>The account has no id.</source>
            <translation>ليس للحساب معرّف.</translation>
        </message>
        <message>
            <source>Ids starting with "%1" are kept for OrderDesk's own keychain entries.</source>
            <translation>المعرّفات التي تبدأ بـ «⁨%L1⁩» محجوزة لإدخالات OrderDesk الخاصة في سلسلة المفاتيح.</translation>
        </message>
        <message>
            <source>A FlexPortal account needs a Tenant-ID (Dashboard → Settings → General).</source>
            <translation>يحتاج حساب FlexPortal إلى معرّف المستأجر (Tenant-ID) من (Dashboard → Settings → General).</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%L1: %L2</translation>
        </message>
        <message>
            <source>not valid JSON (%1 at byte %2)</source>
            <translation>ليس JSON صالحًا (%L1 عند البايت %L2)</translation>
        </message>
        <message>
            <source>expected an object with a list "accounts"</source>
            <translation>المتوقَّع كائن يحوي قائمة "accounts"</translation>
        </message>
        <message>
            <source>account %1</source>
            <translation>الحساب ⁨%L1⁩</translation>
        </message>
        <message>
            <source>%1 is not an object</source>
            <translation>⁨%L1⁩ ليس كائنًا</translation>
        </message>
        <message>
            <source>%1: "%2" must be text</source>
            <translation>⁨%L1⁩: يجب أن يكون "%L2" نصًّا</translation>
        </message>
        <message>
            <source>%1 has no "id"</source>
            <translation>لا يحوي ⁨%L1⁩ الحقل "id"</translation>
        </message>
        <message>
            <source>the id "%1" is used twice</source>
            <translation>المعرّف "⁨%L1⁩" مستخدم مرتين</translation>
        </message>
        <message>
            <source>account "%1": unknown api "%2" (expected "flexportal" or "offergrid")</source>
            <translation>الحساب "⁨%L1⁩": الواجهة "%L2" غير معروفة (المتوقَّع "flexportal" أو "offergrid")</translation>
        </message>
        <message>
            <source>account "%1": give a "baseUrl" or a "region" of eu, us or qatar</source>
            <translation>الحساب "⁨%L1⁩": حدِّد "baseUrl" أو "region" بإحدى القيم eu أو us أو qatar</translation>
        </message>
        <message>
            <source>account "%1": %2</source>
            <translation>الحساب "⁨%L1⁩": %L2</translation>
        </message>
        <message>
            <source>%1: cannot be read (%2)</source>
            <translation>⁨%L1⁩: تتعذّر قراءته (%L2)</translation>
        </message>
    </context>
    <context>
        <name>ApiError</name>
        <message numerus="yes">
            <source>The platform is limiting requests. Try again in %n second(s).</source>
            <translation>
                <numerusform>تحدّ المنصة من عدد الطلبات. أعد المحاولة الآن.</numerusform>
                <numerusform>تحدّ المنصة من عدد الطلبات. أعد المحاولة بعد ثانية واحدة.</numerusform>
                <numerusform>تحدّ المنصة من عدد الطلبات. أعد المحاولة بعد ثانيتين.</numerusform>
                <numerusform>تحدّ المنصة من عدد الطلبات. أعد المحاولة بعد %Ln ثوانٍ.</numerusform>
                <numerusform>تحدّ المنصة من عدد الطلبات. أعد المحاولة بعد %Ln ثانية.</numerusform>
                <numerusform>تحدّ المنصة من عدد الطلبات. أعد المحاولة بعد %Ln ثانية.</numerusform>
            </translation>
        </message>
        <message>
            <source>Details: %1</source>
            <translation>التفاصيل: %L1</translation>
        </message>
        <message>
            <source>The platform could not be reached. Check the network connection and try again.</source>
            <translation>تعذّر الوصول إلى المنصة. تحقّق من اتصال الشبكة وأعد المحاولة.</translation>
        </message>
        <message>
            <source>The platform did not answer in time. Try again in a moment.</source>
            <translation>لم تُجب المنصة في الوقت المحدد. أعد المحاولة بعد قليل.</translation>
        </message>
        <message>
            <source>The secure connection to the platform failed; its certificate was not trusted. Nothing was sent. Ask IT to check the account's address.</source>
            <translation>فشل الاتصال الآمن بالمنصة، إذ لم تُعتمد شهادتها. لم يُرسَل شيء. اطلب من قسم تقنية المعلومات التحقق من عنوان الحساب.</translation>
        </message>
        <message>
            <source>The platform refused the API key (it is missing, wrong or expired). Check the account's key in Accounts.</source>
            <translation>رفضت المنصة مفتاح API (مفقود أو خاطئ أو منتهي الصلاحية). تحقّق من مفتاح الحساب في «الحسابات».</translation>
        </message>
        <message>
            <source>The platform refused access: the key has no permission for this, or the tenant is wrong.</source>
            <translation>رفضت المنصة الوصول: المفتاح لا يملك صلاحية لذلك، أو المستأجر غير صحيح.</translation>
        </message>
        <message>
            <source>The platform does not know this order. It may belong to another account or region.</source>
            <translation>لا تعرف المنصة هذا الطلب. ربما يتبع حسابًا أو منطقة أخرى.</translation>
        </message>
        <message>
            <source>The platform refused to cancel the order in its current state.</source>
            <translation>رفضت المنصة إلغاء الطلب في حالته الحالية.</translation>
        </message>
        <message>
            <source>The order was already cancelled.</source>
            <translation>كان الطلب ملغى مسبقًا.</translation>
        </message>
        <message>
            <source>The subscription had already ended.</source>
            <translation>كان الاشتراك قد انتهى مسبقًا.</translation>
        </message>
        <message>
            <source>The platform refused the request as invalid.</source>
            <translation>رفضت المنصة الطلب لأنه غير صالح.</translation>
        </message>
        <message>
            <source>The platform is limiting requests. Try again in a moment.</source>
            <translation>تحدّ المنصة من عدد الطلبات. أعد المحاولة بعد قليل.</translation>
        </message>
        <message>
            <source>The platform had an internal problem. Try again later.</source>
            <translation>حدثت مشكلة داخلية لدى المنصة. أعد المحاولة لاحقًا.</translation>
        </message>
        <message>
            <source>The platform sent a reply OrderDesk could not understand.</source>
            <translation>أرسلت المنصة ردًّا لم يتمكن OrderDesk من فهمه.</translation>
        </message>
        <message>
            <source>The account is not set up correctly.</source>
            <translation>الحساب غير مُعدّ بشكل صحيح.</translation>
        </message>
        <message>
            <source>Stopped.</source>
            <translation>أُوقف.</translation>
        </message>
    </context>
    <context>
        <name>AppSettings</name>
        <message>
            <source>The request timeout must be between 5 and 600 seconds.</source>
            <translation>يجب أن تكون مهلة الطلب بين 5 و600 ثانية.</translation>
        </message>
        <message>
            <source>A PostgreSQL history needs a host, a database and a user.</source>
            <translation>يحتاج سجل PostgreSQL إلى مضيف وقاعدة بيانات ومستخدم.</translation>
        </message>
        <message>
            <source>The PostgreSQL port must be between 1 and 65535.</source>
            <translation>يجب أن يكون منفذ PostgreSQL بين 1 و65535.</translation>
        </message>
        <message>
            <source>The PostgreSQL history cannot be used: %1.</source>
            <translation>يتعذّر استخدام سجل PostgreSQL: %L1.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%L1: %L2</translation>
        </message>
        <message>
            <source>not a JSON object (%1)</source>
            <translation>ليس كائن JSON (%L1)</translation>
        </message>
        <message>
            <source>"history" must hold a "postgresql" object</source>
            <translation>يجب أن يحوي "history" كائنًا باسم "postgresql"</translation>
        </message>
        <message>
            <source>the PostgreSQL history needs a host, a database and a user</source>
            <translation>يحتاج سجل PostgreSQL إلى مضيف وقاعدة بيانات ومستخدم</translation>
        </message>
        <message>
            <source>the PostgreSQL port must be between 1 and 65535</source>
            <translation>يجب أن يكون منفذ PostgreSQL بين 1 و65535</translation>
        </message>
        <message>
            <source>"caFile" must be the path of a CA certificate file</source>
            <translation>يجب أن يكون "caFile" مسار ملف شهادة CA</translation>
        </message>
        <message>
            <source>a password does not belong in a provisioning file; enter it in Settings (it is kept in the keychain) or set ORDERDESK_PG_PASSWORD</source>
            <translation>لا مكان لكلمة المرور في ملف التهيئة؛ أدخلها في الإعدادات (تُحفظ في سلسلة المفاتيح) أو اضبط ORDERDESK_PG_PASSWORD</translation>
        </message>
    </context>
    <context>
        <name>CancelFlow</name>
        <message>
            <source>A reason of 1 to %1 characters is required; nothing was sent.</source>
            <translation>يلزم سبب من حرف واحد إلى %L1 حرفًا؛ لم يُرسَل شيء.</translation>
        </message>
    </context>
    <context>
        <name>CancelOutcome</name>
        <message>
            <source>The platform said: “%1”</source>
            <translation>ردّ المنصة: «%L1»</translation>
        </message>
        <message>
            <source>The platform did not take the reason, so the cancel was sent again without it; the reason is kept in OrderDesk's history.</source>
            <translation>لم تقبل المنصة السبب، فأُعيد إرسال الإلغاء من دونه؛ والسبب محفوظ في سجل OrderDesk.</translation>
        </message>
        <message>
            <source>The order was cancelled.</source>
            <translation>أُلغي الطلب.</translation>
        </message>
        <message>
            <source>The order had already been cancelled; nothing changed.</source>
            <translation>كان الطلب ملغى مسبقًا؛ لم يتغيّر شيء.</translation>
        </message>
        <message>
            <source>The platform refused the cancel. %1</source>
            <translation>رفضت المنصة الإلغاء. %L1</translation>
        </message>
        <message>
            <source>The cancel request was not sent. %1</source>
            <translation>لم يُرسَل طلب الإلغاء. %L1</translation>
        </message>
        <message>
            <source>No answer came back to the cancel request (%1), but reading the order again shows it is cancelled.</source>
            <translation>لم يصل رد على طلب الإلغاء (%L1)، لكن إعادة قراءة الطلب تُظهر أنه أُلغي.</translation>
        </message>
        <message>
            <source>No answer came back to the cancel request (%1); reading the order again shows it is still not cancelled.</source>
            <translation>لم يصل رد على طلب الإلغاء (%L1)، وإعادة قراءة الطلب تُظهر أنه لم يُلغَ بعد.</translation>
        </message>
        <message>
            <source>No answer came back to the cancel request (%1), and the order could not be read again: the outcome is unknown. Check the order before trying again.</source>
            <translation>لم يصل رد على طلب الإلغاء (%L1)، وتعذّرت إعادة قراءة الطلب: النتيجة غير معروفة. تحقّق من الطلب قبل إعادة المحاولة.</translation>
        </message>
    </context>
    <context>
        <name>CancellationHistory</name>
        <message>
            <source>No attempt %1 to complete.</source>
            <translation>لا توجد محاولة ⁨%L1⁩ لإكمالها.</translation>
        </message>
        <message>
            <source>its latest entries are still in %1-wal, and reading them needs write access to the folder; open the history once in OrderDesk, or read it as a user who may write there (%2)</source>
            <translation>أحدث إدخالاته ما زالت في ⁨%L1-wal⁩، وقراءتها تتطلب صلاحية الكتابة في المجلد؛ افتح السجل مرة في OrderDesk، أو اقرأه بمستخدم يملك صلاحية الكتابة هناك (%L2)</translation>
        </message>
        <message>
            <source>The cancellation history at %1 cannot be used: %2</source>
            <translation>يتعذّر استخدام سجل الإلغاء في ⁨%L1⁩: %L2</translation>
        </message>
        <message>
            <source>the Qt SQL driver %1 is not installed</source>
            <translation>برنامج تشغيل Qt SQL ‏⁨%L1⁩ غير مثبَّت</translation>
        </message>
        <message>
            <source>no file was given</source>
            <translation>لم يُحدَّد ملف</translation>
        </message>
        <message>
            <source>there is no such file</source>
            <translation>الملف غير موجود</translation>
        </message>
        <message>
            <source>%1 in the cancellation history at %2: %3</source>
            <translation>%L1 في سجل الإلغاء في ⁨%L2⁩: %L3</translation>
        </message>
        <message>
            <source>The cancellation history at %1 was opened for reading only; nothing was written.</source>
            <translation>فُتح سجل الإلغاء في ⁨%L1⁩ للقراءة فقط؛ لم يُكتب شيء.</translation>
        </message>
        <message>
            <source>The attempt could not be written</source>
            <translation>تعذّرت كتابة المحاولة</translation>
        </message>
        <message>
            <source>The outcome could not be written</source>
            <translation>تعذّرت كتابة النتيجة</translation>
        </message>
        <message>
            <source>No attempt %1 to complete in %2.</source>
            <translation>لا توجد محاولة ⁨%L1⁩ لإكمالها في ⁨%L2⁩.</translation>
        </message>
        <message>
            <source>The attempts could not be read</source>
            <translation>تعذّرت قراءة المحاولات</translation>
        </message>
        <message>
            <source>The attempt could not be copied</source>
            <translation>تعذّر نسخ المحاولة</translation>
        </message>
        <message>
            <source>The attempts to copy could not be read</source>
            <translation>تعذّرت قراءة المحاولات المراد نسخها</translation>
        </message>
        <message>
            <source>The copy could not be noted</source>
            <translation>تعذّر تسجيل النسخ</translation>
        </message>
    </context>
    <context>
        <name>CancellationPolicy</name>
        <message>
            <source>item %1</source>
            <translation>البند ⁨%L1⁩</translation>
        </message>
        <message>
            <source>item %1 (%2)</source>
            <translation>البند ⁨%L1⁩ (%L2)</translation>
        </message>
        <message>
            <source>The provider</source>
            <translation>المزوّد</translation>
        </message>
        <message>
            <source>Provider %1</source>
            <translation>المزوّد ⁨%L1⁩</translation>
        </message>
        <message>
            <source>Already cancelled.</source>
            <translation>ملغى مسبقًا.</translation>
        </message>
        <message>
            <source>%1 of %2 devices are already rented; cancel their subscriptions instead.</source>
            <translation>%L1 من %L2 أجهزة مؤجَّرة بالفعل؛ ألغِ اشتراكاتها بدلًا من ذلك.</translation>
        </message>
        <message>
            <source>The order is partly fulfilled; cancel its subscriptions instead.</source>
            <translation>نُفّذ الطلب جزئيًا؛ ألغِ اشتراكاته بدلًا من ذلك.</translation>
        </message>
        <message>
            <source>The order is fulfilled; cancel its subscriptions instead.</source>
            <translation>نُفّذ الطلب؛ ألغِ اشتراكاته بدلًا من ذلك.</translation>
        </message>
        <message>
            <source>The order says "%1" but %2 of %3 devices are already rented. The data is inconsistent, so OrderDesk will not cancel it; check the order in FlexPortal.</source>
            <translation>حالة الطلب «%L1» لكن %L2 من %L3 أجهزة مؤجَّرة بالفعل. البيانات غير متسقة، لذا لن يلغيه OrderDesk؛ تحقّق من الطلب في FlexPortal.</translation>
        </message>
        <message>
            <source>The order says "%1" but line %2 already has subscriptions. The data is inconsistent, so OrderDesk will not cancel it; check the order in FlexPortal.</source>
            <translation>حالة الطلب «%L1» لكن للبند ⁨%L2⁩ اشتراكات بالفعل. البيانات غير متسقة، لذا لن يلغيه OrderDesk؛ تحقّق من الطلب في FlexPortal.</translation>
        </message>
        <message>
            <source>The order says "%1" but already has subscriptions (%2). The data is inconsistent, so OrderDesk will not cancel it; check the order in FlexPortal.</source>
            <translation>حالة الطلب «%L1» لكن له اشتراكات بالفعل (%L2). البيانات غير متسقة، لذا لن يلغيه OrderDesk؛ تحقّق من الطلب في FlexPortal.</translation>
        </message>
        <message>
            <source>The order has no status, so OrderDesk cannot tell whether it may be cancelled.</source>
            <translation>ليس للطلب حالة، لذا لا يستطيع OrderDesk معرفة ما إذا كان إلغاؤه ممكنًا.</translation>
        </message>
        <message>
            <source>The order has the status "%1", which OrderDesk does not know; it will not cancel it.</source>
            <translation>حالة الطلب «%L1» غير معروفة لـ OrderDesk، لذا لن يلغيه.</translation>
        </message>
        <message>
            <source>%1 has accepted %2</source>
            <translation>قبِل ⁨%L1⁩ البند ⁨%L2⁩</translation>
        </message>
        <message>
            <source>%1 has scheduled %2</source>
            <translation>حدّد ⁨%L1⁩ موعدًا للبند ⁨%L2⁩</translation>
        </message>
        <message>
            <source>%1 is installing %2</source>
            <translation>يركّب ⁨%L1⁩ البند ⁨%L2⁩</translation>
        </message>
        <message>
            <source>%1 is already live with %2; the customer cancels it with the provider</source>
            <translation>البند ⁨%L2⁩ يعمل بالفعل لدى ⁨%L1⁩؛ يلغيه العميل لدى المزوّد</translation>
        </message>
        <message>
            <source>%1 has no status, so OrderDesk cannot tell whether a provider accepted it</source>
            <translation>ليس لـ ⁨%L1⁩ حالة، لذا لا يستطيع OrderDesk معرفة ما إذا قبِله مزوّد</translation>
        </message>
        <message>
            <source>%1 has the status "%2", which OrderDesk does not know, so it cannot tell whether a provider accepted it</source>
            <translation>حالة ⁨%L1⁩ هي «%L2» وهي غير معروفة لـ OrderDesk، لذا لا يستطيع معرفة ما إذا قبِله مزوّد</translation>
        </message>
        <message>
            <source>OfferGrid cancels an order only while no provider has accepted it: %1.</source>
            <translation>لا يلغي OfferGrid الطلب إلا ما دام لم يقبله أي مزوّد: %L1.</translation>
        </message>
        <message>
            <source>The order is "%1"; OfferGrid cancels only pending or submitted orders.</source>
            <translation>حالة الطلب «%L1»؛ لا يلغي OfferGrid إلا الطلبات المعلّقة أو المُرسَلة.</translation>
        </message>
        <message>
            <source>The order is "%1" although none of its items is; the data is inconsistent, so OrderDesk will not cancel it.</source>
            <translation>حالة الطلب «%L1» مع أن أيًّا من بنوده ليس كذلك؛ البيانات غير متسقة، لذا لن يلغيه OrderDesk.</translation>
        </message>
        <message>
            <source>The order has no status and no items, so OrderDesk cannot tell whether it may be cancelled.</source>
            <translation>ليس للطلب حالة ولا بنود، لذا لا يستطيع OrderDesk معرفة ما إذا كان إلغاؤه ممكنًا.</translation>
        </message>
        <message>
            <source>Every item of the order has ended (rejected, failed or cancelled); there is nothing left to cancel.</source>
            <translation>انتهت كل بنود الطلب (مرفوضة أو فاشلة أو ملغاة)؛ لم يبقَ ما يُلغى.</translation>
        </message>
        <message>
            <source>Customer changed their mind</source>
            <translation>غيّر العميل رأيه</translation>
        </message>
        <message>
            <source>Order created in error</source>
            <translation>أُنشئ الطلب عن طريق الخطأ</translation>
        </message>
        <message>
            <source>Items no longer available</source>
            <translation>الأصناف لم تعد متوفرة</translation>
        </message>
        <message>
            <source>Duplicate order</source>
            <translation>طلب مكرّر</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>سبب آخر</translation>
        </message>
    </context>
    <context>
        <name>Decoding</name>
        <message>
            <source>the reply was empty</source>
            <translation>كان الرد فارغًا</translation>
        </message>
        <message>
            <source>the reply is not JSON but a web page (%1)</source>
            <translation>الرد ليس JSON بل صفحة ويب (%L1)</translation>
        </message>
        <message>
            <source>the reply is not valid JSON (%1 at byte %2)</source>
            <translation>الرد ليس JSON صالحًا (%L1 عند البايت %L2)</translation>
        </message>
    </context>
    <context>
        <name>FlexPortalBackend</name>
        <message>
            <source>Page %1: %2</source>
            <translation>الصفحة %L1: %L2</translation>
        </message>
        <message>
            <source>The platform repeated the page cursor "%1"; loading stopped to avoid an endless loop.</source>
            <translation>كرّرت المنصة مؤشر الصفحة "⁨%L1⁩"؛ أُوقف التحميل تفاديًا لحلقة لا نهائية.</translation>
        </message>
    </context>
    <context>
        <name>FlexPortalDecoder</name>
        <message>
            <source>holds a negative count</source>
            <translation>يحوي عددًا سالبًا</translation>
        </message>
        <message>
            <source>the order list is not an object with "orders" (found a list)</source>
            <translation>قائمة الطلبات ليست كائنًا يحوي "orders" (وُجدت قائمة)</translation>
        </message>
        <message>
            <source>the order list has no "orders"</source>
            <translation>قائمة الطلبات لا تحوي "orders"</translation>
        </message>
        <message>
            <source>the order is not a JSON object</source>
            <translation>الطلب ليس كائن JSON</translation>
        </message>
        <message>
            <source>HTTP status %1</source>
            <translation>حالة HTTP ‏%L1</translation>
        </message>
        <message>
            <source>HTTP status %1: %2</source>
            <translation>حالة HTTP ‏%L1: %L2</translation>
        </message>
        <message>
            <source>HTTP status %1 (%2)</source>
            <translation>حالة HTTP ‏%L1 (%L2)</translation>
        </message>
    </context>
    <context>
        <name>HistoryReader</name>
        <message>
            <source>The team's history could not be read, so only this desk's attempts are shown. %1</source>
            <translation>تعذّرت قراءة سجل الفريق، لذا تُعرض محاولات هذا المكتب فقط. %L1</translation>
        </message>
        <message>
            <source>%1, copied to the team's database %2</source>
            <translation>%L1، ومنسوخ إلى قاعدة بيانات الفريق ⁨%L2⁩</translation>
        </message>
    </context>
    <context>
        <name>HistorySchema</name>
        <message>
            <source>%1: %2</source>
            <translation>%L1: %L2</translation>
        </message>
        <message>
            <source>The history database cannot be locked for its schema check</source>
            <translation>يتعذّر قفل قاعدة بيانات السجل لفحص مخططها</translation>
        </message>
        <message>
            <source>The history database cannot be locked</source>
            <translation>يتعذّر قفل قاعدة بيانات السجل</translation>
        </message>
        <message>
            <source>The history database cannot be used</source>
            <translation>يتعذّر استخدام قاعدة بيانات السجل</translation>
        </message>
        <message>
            <source>The history database cannot be read</source>
            <translation>تتعذّر قراءة قاعدة بيانات السجل</translation>
        </message>
        <message>
            <source>Updating the history database to schema %1 failed</source>
            <translation>فشل تحديث قاعدة بيانات السجل إلى المخطط %L1</translation>
        </message>
        <message>
            <source>The history database's version cannot be written</source>
            <translation>تتعذّر كتابة إصدار قاعدة بيانات السجل</translation>
        </message>
        <message>
            <source>The history database's schema update could not be saved</source>
            <translation>تعذّر حفظ تحديث مخطط قاعدة بيانات السجل</translation>
        </message>
        <message>
            <source>The history database's version cannot be read</source>
            <translation>تتعذّر قراءة إصدار قاعدة بيانات السجل</translation>
        </message>
        <message>
            <source>The history database was written by a newer OrderDesk (schema %1; this one reads up to %2). Update OrderDesk.</source>
            <translation>كُتبت قاعدة بيانات السجل بإصدار أحدث من OrderDesk (المخطط %L1؛ وهذا الإصدار يقرأ حتى %L2). حدِّث OrderDesk.</translation>
        </message>
    </context>
    <context>
        <name>JsonFields</name>
        <message>
            <source>null</source>
            <translation>null</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>true أو false</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>رقمًا</translation>
        </message>
        <message>
            <source>text</source>
            <translation>نصًّا</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>قائمة</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>كائنًا</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>لا شيء</translation>
        </message>
        <message>
            <source>expected text, found %1</source>
            <translation>المتوقَّع نص، ووُجد %L1</translation>
        </message>
        <message>
            <source>is missing</source>
            <translation>مفقود</translation>
        </message>
        <message>
            <source>is empty</source>
            <translation>فارغ</translation>
        </message>
        <message>
            <source>expected a number, found the text "%1"</source>
            <translation>المتوقَّع رقم، ووُجد النص "%L1"</translation>
        </message>
        <message>
            <source>expected a number, found %1</source>
            <translation>المتوقَّع رقم، ووُجد %L1</translation>
        </message>
        <message>
            <source>expected a whole number, found %1</source>
            <translation>المتوقَّع عدد صحيح، ووُجد %L1</translation>
        </message>
        <message>
            <source>expected true or false, found %1</source>
            <translation>المتوقَّع true أو false، ووُجد %L1</translation>
        </message>
        <message>
            <source>"%1" is not an ISO 8601 timestamp</source>
            <translation>"⁨%L1⁩" ليس طابعًا زمنيًا بصيغة ISO 8601</translation>
        </message>
        <message>
            <source>expected a list, found %1</source>
            <translation>المتوقَّع قائمة، ووُجد %L1</translation>
        </message>
        <message>
            <source>expected an object, found %1</source>
            <translation>المتوقَّع كائن، ووُجد %L1</translation>
        </message>
    </context>
    <context>
        <name>OfferGridDecoder</name>
        <message>
            <source>is missing, and the order has no items to tell its state</source>
            <translation>مفقود، وليس للطلب بنود تدل على حالته</translation>
        </message>
        <message>
            <source>the order list is neither a list nor an object holding "orders", "data" or "items"</source>
            <translation>قائمة الطلبات ليست قائمة ولا كائنًا يحوي "orders" أو "data" أو "items"</translation>
        </message>
        <message>
            <source>the order is not a JSON object</source>
            <translation>الطلب ليس كائن JSON</translation>
        </message>
        <message>
            <source>HTTP status %1</source>
            <translation>حالة HTTP ‏%L1</translation>
        </message>
        <message>
            <source>HTTP status %1: %2</source>
            <translation>حالة HTTP ‏%L1: %L2</translation>
        </message>
    </context>
    <context>
        <name>OrderDesk</name>
        <message>
            <source>FlexPortal</source>
            <translation>FlexPortal</translation>
        </message>
        <message>
            <source>OfferGrid</source>
            <translation>OfferGrid</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>مفتوح</translation>
        </message>
        <message>
            <source>In fulfilment</source>
            <translation>قيد التنفيذ</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>منجز</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>مغلق</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>غير معروف</translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::AboutDialog</name>
        <message>
            <source>About OrderDesk</source>
            <translation>حول OrderDesk</translation>
        </message>
        <message>
            <source>&lt;h2&gt;OrderDesk %1&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;OrderDesk %L1&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>The back-office desk for FlexPortal and OfferGrid orders.</source>
            <translation>مكتب الإدارة الخلفية لطلبات FlexPortal وOfferGrid.</translation>
        </message>
        <message>
            <source>Version:</source>
            <translation>الإصدار:</translation>
        </message>
        <message>
            <source>Qt:</source>
            <translation>Qt:</translation>
        </message>
        <message>
            <source>%1 (built with %2)</source>
            <translation>%L1 (بُني باستخدام %L2)</translation>
        </message>
        <message>
            <source>Built:</source>
            <translation>تاريخ البناء:</translation>
        </message>
        <message>
            <source>Licence:</source>
            <translation>الترخيص:</translation>
        </message>
        <message>
            <source>MIT</source>
            <translation>MIT</translation>
        </message>
        <message>
            <source>Cancellation history:</source>
            <translation>سجل الإلغاء:</translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::Accessible</name>
        <message>
            <source>Clear the field</source>
            <translation>مسح الحقل</translation>
        </message>
        <message>
            <source>More actions</source>
            <translation>إجراءات أخرى</translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::AccountsDialog</name>
        <message>
            <source>&amp;Remove</source>
            <translation>إزالة (&amp;R)</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>نقل إلى أعلى (&amp;U)</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>نقل إلى أسفل (&amp;D)</translation>
        </message>
        <message>
            <source>Managed by your IT department: read-only here.</source>
            <translation>يديره قسم تقنية المعلومات لديك: للقراءة فقط هنا.</translation>
        </message>
        <message>
            <source>&amp;Tenant-ID:</source>
            <translation>معرّف المستأجر (Tenant-ID) (&amp;T):</translation>
        </message>
        <message>
            <source>&amp;Enabled</source>
            <translation>مفعَّل (&amp;E)</translation>
        </message>
        <message>
            <source>Test &amp;connection</source>
            <translation>اختبار الاتصال (&amp;C)</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>الحسابات</translation>
        </message>
        <message>
            <source>Unchanged (kept in the keychain)</source>
            <translation>دون تغيير (محفوظ في سلسلة المفاتيح)</translation>
        </message>
        <message>
            <source>Europe</source>
            <translation>أوروبا</translation>
        </message>
        <message>
            <source>United States</source>
            <translation>الولايات المتحدة</translation>
        </message>
        <message>
            <source>Qatar</source>
            <translation>قطر</translation>
        </message>
        <message>
            <source>Custom address</source>
            <translation>عنوان مخصَّص</translation>
        </message>
        <message>
            <source>Add &amp;FlexPortal</source>
            <translation>إضافة &amp;FlexPortal</translation>
        </message>
        <message>
            <source>Add &amp;OfferGrid</source>
            <translation>إضافة &amp;OfferGrid</translation>
        </message>
        <message>
            <source>Add &amp;sandbox</source>
            <translation>إضافة بيئة اختبار (&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>الاسم (&amp;N):</translation>
        </message>
        <message>
            <source>Platform:</source>
            <translation>المنصة:</translation>
        </message>
        <message>
            <source>Re&amp;gion:</source>
            <translation>المنطقة (&amp;G):</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>العنوان (&amp;A):</translation>
        </message>
        <message>
            <source>API &amp;key:</source>
            <translation>مفتاح API (&amp;K):</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%L1 (%L2)</translation>
        </message>
        <message>
            <source>%1 (%2 sandbox)</source>
            <translation>%L1 (بيئة اختبار %L2)</translation>
        </message>
        <message>
            <source> · managed</source>
            <translation> · مُدار</translation>
        </message>
        <message>
            <source> · disabled</source>
            <translation> · معطَّل</translation>
        </message>
        <message>
            <source>Sandbox</source>
            <translation>بيئة الاختبار</translation>
        </message>
        <message>
            <source>FlexPortal</source>
            <translation>FlexPortal</translation>
        </message>
        <message>
            <source>OfferGrid</source>
            <translation>OfferGrid</translation>
        </message>
        <message>
            <source>%1 (built-in sandbox)</source>
            <translation>%L1 (بيئة الاختبار المدمجة)</translation>
        </message>
        <message>
            <source>started by OrderDesk on this computer</source>
            <translation>يشغّلها OrderDesk على هذا الحاسوب</translation>
        </message>
        <message>
            <source>FlexPortal needs the Tenant-ID (Dashboard → Settings → General).</source>
            <translation>يحتاج FlexPortal إلى معرّف المستأجر (Tenant-ID) من (Dashboard → Settings → General).</translation>
        </message>
        <message>
            <source>Fix this account first: %1</source>
            <translation>صحِّح هذا الحساب أولًا: %L1</translation>
        </message>
        <message>
            <source>Testing the connection to %1…</source>
            <translation>جارٍ اختبار الاتصال بـ ⁨%1⁩…</translation>
        </message>
        <message>
            <source>Built into the sandbox</source>
            <translation>مضمَّن في بيئة الاختبار</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>غير معيَّن</translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::AccountsService</name>
        <message>
            <source>Sandbox</source>
            <translation>بيئة الاختبار</translation>
        </message>
        <message>
            <source>The built-in sandbox is not running.</source>
            <translation>بيئة الاختبار المدمجة لا تعمل.</translation>
        </message>
        <message>
            <source>No API key was given.</source>
            <translation>لم يُقدَّم مفتاح API.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%L1: %L2</translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::ApiJob</name>
        <message>
            <source>Stopped by the user.</source>
            <translation>أوقفه المستخدم.</translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::AttemptDetail</name>
        <message>
            <source>Order</source>
            <translation>الطلب</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>المُلغى</translation>
        </message>
        <message>
            <source>One subscription of the order</source>
            <translation>اشتراك واحد من الطلب</translation>
        </message>
        <message>
            <source>Subscription</source>
            <translation>الاشتراك</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>العميل</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>الحساب</translation>
        </message>
        <message>
            <source>Agent</source>
            <translation>الموظف</translation>
        </message>
        <message>
            <source>OrderDesk %1</source>
            <translation>OrderDesk %L1</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>البدء</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>الانتهاء</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>قبل</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>السبب</translation>
        </message>
        <message>
            <source>%1 (sent as %2)</source>
            <translation>%L1 (أُرسل بصيغة %L2)</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>ملاحظات</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>النتيجة</translation>
        </message>
        <message>
            <source>Re-read status</source>
            <translation>الحالة بعد إعادة القراءة</translation>
        </message>
        <message>
            <source>HTTP status</source>
            <translation>حالة HTTP</translation>
        </message>
        <message>
            <source>Error code</source>
            <translation>رمز الخطأ</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>الرسالة</translation>
        </message>
        <message>
            <source>Platform's message</source>
            <translation>رسالة المنصة</translation>
        </message>
        <message>
            <source>Asset flagged for collection</source>
            <translation>أصل مُعلَّم للاستلام</translation>
        </message>
        <message>
            <source>Bulk run</source>
            <translation>عملية جماعية</translation>
        </message>
        <message>
            <source>Reason not taken by the platform</source>
            <translation>لم تقبل المنصة السبب</translation>
        </message>
        <message>
            <source>The platform did not take the reason; the cancel was sent without it</source>
            <translation>لم تقبل المنصة السبب، فأُرسل الإلغاء من دونه</translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::BackendRegistry</name>
        <message>
            <source>The accounts or their settings were changed while this was running.</source>
            <translation>تغيّرت الحسابات أو إعداداتها أثناء التنفيذ.</translation>
        </message>
        <message>
            <source>OrderDesk closed while this was running.</source>
            <translation>أُغلق OrderDesk أثناء التنفيذ.</translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::BulkCancelDialog</name>
        <message>
            <source>Account</source>
            <translation>الحساب</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>الطلب</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>العميل</translation>
        </message>
        <message>
            <source>Verdict (read just now)</source>
            <translation>الحكم (بعد القراءة الآن)</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>النتيجة</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%L1 (%L2)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%L1: %L2</translation>
        </message>
        <message numerus="yes">
            <source>Cancel %n order(s)</source>
            <translation>
                <numerusform>إلغاء 0 طلبات</numerusform>
                <numerusform>إلغاء طلب واحد</numerusform>
                <numerusform>إلغاء طلبين</numerusform>
                <numerusform>إلغاء %Ln طلبات</numerusform>
                <numerusform>إلغاء %Ln طلبًا</numerusform>
                <numerusform>إلغاء %Ln طلب</numerusform>
            </translation>
        </message>
        <message>
            <source>Each order is read again now and judged by the cancellation policy. Orders of one account are cancelled one after the other, and each attempt is written to the history first.</source>
            <translation>يُقرأ كل طلب الآن من جديد ويُحكم عليه وفق قواعد الإلغاء. تُلغى طلبات الحساب الواحد واحدًا تلو الآخر، وتُكتب كل محاولة في السجل أولًا.</translation>
        </message>
        <message>
            <source>Orders to cancel</source>
            <translation>الطلبات المراد إلغاؤها</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>رجوع (&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Stop</source>
            <translation>إيقاف (&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Export CSV…</source>
            <translation>تصدير CSV (&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Keep orders</source>
            <translation>الإبقاء على الطلبات (&amp;K)</translation>
        </message>
        <message>
            <source>Stopping: the requests already out finish, no more are sent…</source>
            <translation>جارٍ الإيقاف: تكتمل الطلبات المُرسَلة، ولا يُرسَل غيرها…</translation>
        </message>
        <message>
            <source>Cancel orders…</source>
            <translation>إلغاء الطلبات…</translation>
        </message>
        <message>
            <source>Reading the orders…</source>
            <translation>جارٍ قراءة الطلبات…</translation>
        </message>
        <message numerus="yes">
            <source>Cancel %n order(s)…</source>
            <translation>
                <numerusform>إلغاء 0 طلبات…</numerusform>
                <numerusform>إلغاء طلب واحد…</numerusform>
                <numerusform>إلغاء طلبين…</numerusform>
                <numerusform>إلغاء %Ln طلبات…</numerusform>
                <numerusform>إلغاء %Ln طلبًا…</numerusform>
                <numerusform>إلغاء %Ln طلب…</numerusform>
            </translation>
        </message>
        <message>
            <source>None of the selected orders may be cancelled now.</source>
            <translation>لا يمكن الآن إلغاء أي من الطلبات المحدَّدة.</translation>
        </message>
        <message numerus="yes">
            <source>Send %n cancel request(s)</source>
            <translation>
                <numerusform>إرسال 0 طلبات إلغاء</numerusform>
                <numerusform>إرسال طلب إلغاء واحد</numerusform>
                <numerusform>إرسال طلبَي إلغاء</numerusform>
                <numerusform>إرسال %Ln طلبات إلغاء</numerusform>
                <numerusform>إرسال %Ln طلب إلغاء</numerusform>
                <numerusform>إرسال %Ln طلب إلغاء</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>This sends %n cancel request(s) with the reason "%1". Not sent, as they may not be cancelled: %2.</source>
            <translation>
                <numerusform>لن يُرسَل أي طلب إلغاء بالسبب «%L1». لن يُرسَل لتعذّر إلغائه: %L2.</numerusform>
                <numerusform>سيُرسَل طلب إلغاء واحد بالسبب «%L1». لن يُرسَل لتعذّر إلغائه: %L2.</numerusform>
                <numerusform>سيُرسَل طلبا إلغاء بالسبب «%L1». لن يُرسَل لتعذّر إلغائه: %L2.</numerusform>
                <numerusform>ستُرسَل %Ln طلبات إلغاء بالسبب «%L1». لن يُرسَل لتعذّر إلغائه: %L2.</numerusform>
                <numerusform>سيُرسَل %Ln طلب إلغاء بالسبب «%L1». لن يُرسَل لتعذّر إلغائه: %L2.</numerusform>
                <numerusform>سيُرسَل %Ln طلب إلغاء بالسبب «%L1». لن يُرسَل لتعذّر إلغائه: %L2.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>جارٍ الإلغاء…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <source>Stopped. The orders not sent were left as they are.</source>
            <translation>أُوقف. بقيت الطلبات التي لم تُرسَل على حالها.</translation>
        </message>
        <message>
            <source>Done. Every attempt is in the cancellation history (batch %1).</source>
            <translation>تمّ. كل محاولة مسجّلة في سجل الإلغاء (العملية الجماعية ⁨%L1⁩).</translation>
        </message>
        <message>
            <source>%1 of %2 read · will cancel: %3 · cannot: %4</source>
            <translation>قُرئ %L1 من %L2 · سيُلغى: %L3 · يتعذّر: %L4</translation>
        </message>
        <message>
            <source>%1 of %2 done · cancelled: %3 · already cancelled: %4 · refused by the policy: %5 · refused by the platform: %6 · failed: %7 · unknown: %8 · not sent: %9</source>
            <translation>أُنجز %L1 من %L2 · أُلغي: %L3 · ملغى مسبقًا: %L4 · رفضته القواعد: %L5 · رفضته المنصة: %L6 · فشل: %L7 · غير معروف: %L8 · لم يُرسَل: %L9</translation>
        </message>
        <message>
            <source> · waits for the rate limit: %1</source>
            <translation> · بانتظار حدّ الطلبات: %L1</translation>
        </message>
        <message>
            <source>Export the results</source>
            <translation>تصدير النتائج</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>ملفات CSV (*.csv)</translation>
        </message>
        <message>
            <source>The export to %1 failed: %2</source>
            <translation>فشل التصدير إلى ⁨%L1⁩: %L2</translation>
        </message>
        <message>
            <source>The results were exported to %1.</source>
            <translation>صُدِّرت النتائج إلى ⁨%L1⁩.</translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::BulkCancelLauncher</name>
        <message>
            <source>Select &amp;all shown</source>
            <translation>تحديد كل المعروض (&amp;A)</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Cancel %n orders…</source>
            <translation>
                <numerusform>إلغاء 0 طلبات (&amp;C)…</numerusform>
                <numerusform>إلغاء طلب واحد (&amp;C)…</numerusform>
                <numerusform>إلغاء طلبين (&amp;C)…</numerusform>
                <numerusform>إلغاء %Ln طلبات (&amp;C)…</numerusform>
                <numerusform>إلغاء %Ln طلبًا (&amp;C)…</numerusform>
                <numerusform>إلغاء %Ln طلب (&amp;C)…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::BulkCancelService</name>
        <message>
            <source>Reading…</source>
            <translation>جارٍ القراءة…</translation>
        </message>
        <message>
            <source>Will cancel</source>
            <translation>سيُلغى</translation>
        </message>
        <message>
            <source>Cannot: already cancelled</source>
            <translation>يتعذّر: ملغى مسبقًا</translation>
        </message>
        <message>
            <source>Cannot: the policy refuses</source>
            <translation>يتعذّر: القواعد لا تسمح</translation>
        </message>
        <message>
            <source>Cannot: could not be read</source>
            <translation>يتعذّر: تعذّرت قراءته</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>قيد الانتظار</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>أُلغي</translation>
        </message>
        <message>
            <source>Already cancelled</source>
            <translation>ملغى مسبقًا</translation>
        </message>
        <message>
            <source>Refused by the policy</source>
            <translation>رفضته القواعد</translation>
        </message>
        <message>
            <source>Refused by the platform</source>
            <translation>رفضته المنصة</translation>
        </message>
        <message>
            <source>Failed, not sent</source>
            <translation>فشل، لم يُرسَل</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>غير معروف</translation>
        </message>
        <message>
            <source>Not sent (stopped)</source>
            <translation>لم يُرسَل (أُوقف)</translation>
        </message>
        <message>
            <source>The account %1 is not configured.</source>
            <translation>الحساب ⁨%L1⁩ غير مُعدّ.</translation>
        </message>
        <message>
            <source>The order is already cancelled.</source>
            <translation>الطلب ملغى مسبقًا.</translation>
        </message>
        <message>
            <source>This bulk cancel is already running.</source>
            <translation>هذه العملية الجماعية جارية بالفعل.</translation>
        </message>
        <message>
            <source>The orders are still being read.</source>
            <translation>ما زالت الطلبات قيد القراءة.</translation>
        </message>
        <message>
            <source>Give a reason of 1 to %1 characters.</source>
            <translation>أدخل سببًا من حرف واحد إلى %L1 حرفًا.</translation>
        </message>
        <message>
            <source>Not sent: %1</source>
            <translation>لم يُرسَل: %L1</translation>
        </message>
        <message>
            <source>Stopped before it was sent.</source>
            <translation>أُوقف قبل إرساله.</translation>
        </message>
        <message>
            <source>Stopped while waiting for the platform's rate limit; the cancel was not applied.</source>
            <translation>أُوقف أثناء انتظار حدّ الطلبات لدى المنصة؛ لم يُنفَّذ الإلغاء.</translation>
        </message>
        <message>
            <source>The order's account is no longer configured.</source>
            <translation>لم يعد حساب هذا الطلب مُعدًّا.</translation>
        </message>
        <message>
            <source>The attempt could not be written to the cancellation history, so nothing was sent. %1</source>
            <translation>تعذّرت كتابة المحاولة في سجل الإلغاء، لذا لم يُرسَل شيء. %L1</translation>
        </message>
        <message>
            <source>The bulk cancel was stopped before this cancel was sent.</source>
            <translation>أُوقفت العملية الجماعية قبل إرسال هذا الإلغاء.</translation>
        </message>
        <message>
            <source>The accounts or their settings were changed before the cancel was sent.</source>
            <translation>تغيّرت الحسابات أو إعداداتها قبل إرسال الإلغاء.</translation>
        </message>
        <message>
            <source>The platform asked to wait %1 s before sending again; not sent again.</source>
            <translation>طلبت المنصة الانتظار %L1 ث قبل الإرسال مجددًا؛ لم يُعَد الإرسال.</translation>
        </message>
        <message>
            <source>Stopped after the platform's rate limit refused it; the cancel was not applied.</source>
            <translation>أُوقف بعد أن رفضه حدّ الطلبات لدى المنصة؛ لم يُنفَّذ الإلغاء.</translation>
        </message>
        <message>
            <source>Another cancel of this order was running, so this one was not sent.</source>
            <translation>كان إلغاء آخر لهذا الطلب جاريًا، لذا لم يُرسَل هذا الإلغاء.</translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::CancelDialog</name>
        <message>
            <source>Cancel order %1</source>
            <translation>إلغاء الطلب ⁨%L1⁩</translation>
        </message>
        <message>
            <source>Checking the order's current state with %1…</source>
            <translation>جارٍ التحقق من الحالة الحالية للطلب لدى ⁨%L1⁩…</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>السبب</translation>
        </message>
        <message>
            <source>Choose a reason…</source>
            <translation>اختر سببًا…</translation>
        </message>
        <message>
            <source>Reason in your own words</source>
            <translation>السبب بكلماتك</translation>
        </message>
        <message>
            <source>Details for the platform and the history (required for "Other")</source>
            <translation>تفاصيل للمنصة وللسجل (مطلوبة عند اختيار «سبب آخر»)</translation>
        </message>
        <message>
            <source>Cancel the &amp;order</source>
            <translation>إلغاء الطلب (&amp;O)</translation>
        </message>
        <message>
            <source>Required. Sent to the platform with the details below, and kept in the history.</source>
            <translation>إلزامي. يُرسَل إلى المنصة مع التفاصيل أدناه، ويُحفظ في السجل.</translation>
        </message>
        <message>
            <source>Sends one cancel request to %1. A cancelled order cannot be restored.</source>
            <translation>يرسل طلب إلغاء واحدًا إلى ⁨%L1⁩. لا يمكن استعادة الطلب بعد إلغائه.</translation>
        </message>
        <message>
            <source>&amp;Keep order</source>
            <translation>الإبقاء على الطلب (&amp;K)</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>السبب (&amp;R):</translation>
        </message>
        <message>
            <source>&amp;Details:</source>
            <translation>التفاصيل (&amp;D):</translation>
        </message>
        <message>
            <source>Order %1 of %2
Customer: %3
Status: %4
%5</source>
            <translation>الطلب ⁨%L1⁩ لدى ⁨%L2⁩
العميل: ⁨%L3⁩
الحالة: %L4
%L5</translation>
        </message>
        <message>
            <source>Read just now: the order may be cancelled.</source>
            <translation>قُرئ الطلب للتو: يمكن إلغاؤه.</translation>
        </message>
        <message>
            <source>Read just now, the order may not be cancelled any more: %1</source>
            <translation>قُرئ الطلب للتو، ولم يعد إلغاؤه ممكنًا: %L1</translation>
        </message>
        <message>
            <source>The order could not be read just now (%1). It is read again right before the cancel goes out, and nothing is sent if it may no longer be cancelled.</source>
            <translation>تعذّرت قراءة الطلب الآن (%L1). سيُقرأ مجددًا قبل إرسال الإلغاء مباشرةً، ولن يُرسَل شيء إن لم يعد إلغاؤه ممكنًا.</translation>
        </message>
        <message>
            <source>%1 / %2 characters (emoji count as two)</source>
            <translation>%L1 / %L2 حرفًا (يُحسب الرمز التعبيري حرفين)</translation>
        </message>
        <message>
            <source>Wait for the check to finish.</source>
            <translation>انتظر حتى ينتهي التحقق.</translation>
        </message>
        <message>
            <source>Choose a reason to continue.</source>
            <translation>اختر سببًا للمتابعة.</translation>
        </message>
        <message>
            <source>Describe the reason to continue.</source>
            <translation>صِف السبب للمتابعة.</translation>
        </message>
        <message>
            <source>The reason is %1 characters too long.</source>
            <translation>السبب أطول من المسموح بمقدار %L1 حرفًا.</translation>
        </message>
        <message>
            <source>Reading the order once more before cancelling…</source>
            <translation>جارٍ قراءة الطلب مرة أخرى قبل الإلغاء…</translation>
        </message>
        <message>
            <source>Cancelling… waiting for %1.</source>
            <translation>جارٍ الإلغاء… بانتظار ⁨%L1⁩.</translation>
        </message>
        <message>
            <source>Now: %1</source>
            <translation>الآن: %L1</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::CancelFlow</name>
        <message>
            <source>Nothing was sent: read again just now, the order may no longer be cancelled. %1</source>
            <translation>لم يُرسَل شيء: أُعيدت قراءة الطلب للتو ولم يعد إلغاؤه ممكنًا. %L1</translation>
        </message>
        <message>
            <source>The platform answered with success, but its reply does not confirm the cancel of this order.</source>
            <translation>أجابت المنصة بالنجاح، لكن ردّها لا يؤكد إلغاء هذا الطلب.</translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::CancelService</name>
        <message>
            <source>The order's account is no longer configured.</source>
            <translation>لم يعد حساب هذا الطلب مُعدًّا.</translation>
        </message>
        <message>
            <source>A cancel of this order is already running.</source>
            <translation>إلغاء هذا الطلب جارٍ بالفعل.</translation>
        </message>
        <message>
            <source>Give a reason of 1 to %1 characters.</source>
            <translation>أدخل سببًا من حرف واحد إلى %L1 حرفًا.</translation>
        </message>
        <message>
            <source>The attempt could not be written to the cancellation history, so nothing was sent. %1</source>
            <translation>تعذّرت كتابة المحاولة في سجل الإلغاء، لذا لم يُرسَل شيء. %L1</translation>
        </message>
        <message>
            <source>The accounts or their settings were changed before the cancel was sent.</source>
            <translation>تغيّرت الحسابات أو إعداداتها قبل إرسال الإلغاء.</translation>
        </message>
        <message>
            <source>This order is in a bulk cancel that is running.</source>
            <translation>هذا الطلب ضمن عملية إلغاء جماعية جارية.</translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::CompositionRoot</name>
        <message>
            <source>Cancelling is off: %1</source>
            <translation>الإلغاء معطَّل: %L1</translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::ConnectionTester</name>
        <message>
            <source>Enter the API key first.</source>
            <translation>أدخل مفتاح API أولًا.</translation>
        </message>
        <message>
            <source>Connected: the address, key and tenant were accepted.</source>
            <translation>تم الاتصال: قُبل العنوان والمفتاح والمستأجر.</translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::DeskDialogs</name>
        <message>
            <source>The PostgreSQL password could not be kept in the keychain: %1
Set ORDERDESK_PG_PASSWORD instead, or try again.</source>
            <translation>تعذّر حفظ كلمة مرور PostgreSQL في سلسلة المفاتيح: %L1
اضبط المتغير ORDERDESK_PG_PASSWORD بدلًا من ذلك، أو أعد المحاولة.</translation>
        </message>
        <message>
            <source>no keychain is available.</source>
            <translation>لا تتوفر سلسلة مفاتيح.</translation>
        </message>
        <message>
            <source>The PostgreSQL password is in the keychain; OrderDesk uses it from its next start.</source>
            <translation>كلمة مرور PostgreSQL محفوظة في سلسلة المفاتيح، وسيستخدمها OrderDesk من تشغيله التالي.</translation>
        </message>
        <message>
            <source>API key for %1</source>
            <translation>مفتاح API للحساب ⁨%L1⁩</translation>
        </message>
        <message>
            <source>No keychain is available on this computer (%1).
Enter the API key for %2; OrderDesk keeps it in memory only, until it closes.</source>
            <translation>لا تتوفر سلسلة مفاتيح على هذا الحاسوب (%L1).
أدخل مفتاح API للحساب ⁨%L2⁩؛ سيحتفظ به OrderDesk في الذاكرة فقط حتى إغلاقه.</translation>
        </message>
        <message>
            <source>Order %1 of account %2 is not in the list.</source>
            <translation>الطلب ⁨%L1⁩ من الحساب ⁨%L2⁩ غير موجود في القائمة.</translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::FindById</name>
        <message numerus="yes">
            <source>Looking for order %1 in %n account(s)…</source>
            <translation>
                <numerusform>جارٍ البحث عن الطلب ⁨%L1⁩ دون أي حساب…</numerusform>
                <numerusform>جارٍ البحث عن الطلب ⁨%L1⁩ في حساب واحد…</numerusform>
                <numerusform>جارٍ البحث عن الطلب ⁨%L1⁩ في حسابين…</numerusform>
                <numerusform>جارٍ البحث عن الطلب ⁨%L1⁩ في %Ln حسابات…</numerusform>
                <numerusform>جارٍ البحث عن الطلب ⁨%L1⁩ في %Ln حسابًا…</numerusform>
                <numerusform>جارٍ البحث عن الطلب ⁨%L1⁩ في %Ln حساب…</numerusform>
            </translation>
        </message>
        <message>
            <source>Go to order</source>
            <translation>الانتقال إلى طلب</translation>
        </message>
        <message>
            <source>Order id, exactly as the platform shows it. Every enabled account is asked for it, also when it is not loaded yet:</source>
            <translation>معرّف الطلب كما تعرضه المنصة تمامًا. يُسأل عنه كل حساب مفعَّل، حتى لو لم يُحمَّل الطلب بعد:</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>انتقال (&amp;G)</translation>
        </message>
        <message>
            <source>Order %1 is shown and selected.</source>
            <translation>الطلب ⁨%L1⁩ معروض ومحدَّد.</translation>
        </message>
        <message>
            <source>Look &amp;up again</source>
            <translation>البحث مرة أخرى (&amp;U)</translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::HeaderMenu</name>
        <message>
            <source>&amp;Reset column widths</source>
            <translation>إعادة تعيين عرض الأعمدة (&amp;R)</translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::HistoryCharts</name>
        <message>
            <source>Attempts per day, by outcome</source>
            <translation>المحاولات يوميًا حسب النتيجة</translation>
        </message>
        <message>
            <source>Most frequent reasons</source>
            <translation>الأسباب الأكثر تكرارًا</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>المحاولات</translation>
        </message>
        <message>
            <source>No attempts are shown.</source>
            <translation>لا تُعرض أي محاولات.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>an outcome and its number of attempts</comment>
            <translation>%L1: %L2</translation>
        </message>
        <message numerus="yes">
            <source>%n attempt(s) on %1.</source>
            <translation>
                <numerusform>لا محاولات في %1.</numerusform>
                <numerusform>محاولة واحدة في %1.</numerusform>
                <numerusform>محاولتان في %1.</numerusform>
                <numerusform>%Ln محاولات في %1.</numerusform>
                <numerusform>%Ln محاولةً في %1.</numerusform>
                <numerusform>%Ln محاولة في %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n attempt(s) from %1 to %2.</source>
            <translation>
                <numerusform>لا محاولات من %1 إلى %2.</numerusform>
                <numerusform>محاولة واحدة من %1 إلى %2.</numerusform>
                <numerusform>محاولتان من %1 إلى %2.</numerusform>
                <numerusform>%Ln محاولات من %1 إلى %2.</numerusform>
                <numerusform>%Ln محاولةً من %1 إلى %2.</numerusform>
                <numerusform>%Ln محاولة من %1 إلى %2.</numerusform>
            </translation>
        </message>
        <message>
            <source>By outcome: %1.</source>
            <translation>حسب النتيجة: %1.</translation>
        </message>
        <message numerus="yes">
            <source>Busiest day: %1, with %n attempt(s).</source>
            <translation>
                <numerusform>أكثر الأيام نشاطًا: %1، بلا محاولات.</numerusform>
                <numerusform>أكثر الأيام نشاطًا: %1، بمحاولة واحدة.</numerusform>
                <numerusform>أكثر الأيام نشاطًا: %1، بمحاولتين.</numerusform>
                <numerusform>أكثر الأيام نشاطًا: %1، بـ %Ln محاولات.</numerusform>
                <numerusform>أكثر الأيام نشاطًا: %1، بـ %Ln محاولةً.</numerusform>
                <numerusform>أكثر الأيام نشاطًا: %1، بـ %Ln محاولة.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Most frequent reason: %1, with %n attempt(s).</source>
            <translation>
                <numerusform>السبب الأكثر تكرارًا: ⁨%1⁩، بلا محاولات.</numerusform>
                <numerusform>السبب الأكثر تكرارًا: ⁨%1⁩، بمحاولة واحدة.</numerusform>
                <numerusform>السبب الأكثر تكرارًا: ⁨%1⁩، بمحاولتين.</numerusform>
                <numerusform>السبب الأكثر تكرارًا: ⁨%1⁩، بـ %Ln محاولات.</numerusform>
                <numerusform>السبب الأكثر تكرارًا: ⁨%1⁩، بـ %Ln محاولةً.</numerusform>
                <numerusform>السبب الأكثر تكرارًا: ⁨%1⁩، بـ %Ln محاولة.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>a reason and its number of attempts</comment>
            <translation>⁨%L1⁩ (%L2)</translation>
        </message>
        <message>
            <source>Then: %1.</source>
            <translation>ثم: %1.</translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::HistoryModel</name>
        <message>
            <source>Subscription %1 of order %2</source>
            <translation>الاشتراك ⁨%L1⁩ من الطلب ⁨%L2⁩</translation>
        </message>
        <message>
            <source>%1 (re-read: %2)</source>
            <translation>%L1 (بعد إعادة القراءة: %L2)</translation>
        </message>
        <message>
            <source>When</source>
            <translation>الوقت</translation>
        </message>
        <message>
            <source>Agent</source>
            <translation>الموظف</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>الحساب</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>المنصة</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>الطلب</translation>
        </message>
        <message>
            <source>Subscription</source>
            <translation>الاشتراك</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>العميل</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>السبب</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>النتيجة</translation>
        </message>
        <message>
            <source>HTTP</source>
            <translation>HTTP</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>الرسالة</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>أُلغي</translation>
        </message>
        <message>
            <source>Already cancelled</source>
            <translation>ملغى مسبقًا</translation>
        </message>
        <message>
            <source>Already ended</source>
            <translation>منتهٍ مسبقًا</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>مرفوض</translation>
        </message>
        <message>
            <source>Failed (not sent)</source>
            <translation>فشل (لم يُرسَل)</translation>
        </message>
        <message>
            <source>Outcome unknown</source>
            <translation>النتيجة غير معروفة</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>قيد الانتظار</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%L1: %L2</translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::HistoryWindow</name>
        <message>
            <source>From date</source>
            <translation>من تاريخ</translation>
        </message>
        <message>
            <source>To date</source>
            <translation>إلى تاريخ</translation>
        </message>
        <message>
            <source>Agent</source>
            <translation>الموظف</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>الحساب</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>المنصة</translation>
        </message>
        <message>
            <source>Orders or subscriptions</source>
            <translation>الطلبات أو الاشتراكات</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>النتيجة</translation>
        </message>
        <message>
            <source>&amp;Open order</source>
            <translation>فتح الطلب (&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Copy row</source>
            <translation>نسخ الصف (&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Export CSV…</source>
            <translation>تصدير CSV (&amp;E)…</translation>
        </message>
        <message>
            <source>Cancellation history — OrderDesk</source>
            <translation>سجل الإلغاء — OrderDesk</translation>
        </message>
        <message>
            <source>Cancel attempts</source>
            <translation>محاولات الإلغاء</translation>
        </message>
        <message>
            <source>The selected attempt</source>
            <translation>المحاولة المحدَّدة</translation>
        </message>
        <message>
            <source>&amp;Attempts</source>
            <translation>المحاولات (&amp;A)</translation>
        </message>
        <message>
            <source>C&amp;harts</source>
            <translation>المخططات (&amp;H)</translation>
        </message>
        <message>
            <source>Text in the reason or order id</source>
            <translation>نص في السبب أو معرّف الطلب</translation>
        </message>
        <message>
            <source>Reason or order id</source>
            <translation>السبب أو معرّف الطلب</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>تحديث (&amp;R)</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>من (&amp;F)</translation>
        </message>
        <message>
            <source>&amp;To</source>
            <translation>إلى (&amp;T)</translation>
        </message>
        <message>
            <source>Any agent</source>
            <translation>كل الموظفين</translation>
        </message>
        <message>
            <source>Any account</source>
            <translation>كل الحسابات</translation>
        </message>
        <message>
            <source>Any platform</source>
            <translation>كل المنصات</translation>
        </message>
        <message>
            <source>Orders and subscriptions</source>
            <translation>الطلبات والاشتراكات</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>الطلبات</translation>
        </message>
        <message>
            <source>Subscriptions</source>
            <translation>الاشتراكات</translation>
        </message>
        <message>
            <source>Any outcome</source>
            <translation>كل النتائج</translation>
        </message>
        <message>
            <source>Reading the history…</source>
            <translation>جارٍ قراءة السجل…</translation>
        </message>
        <message>
            <source>Read from %1</source>
            <translation>مقروء من ⁨%L1⁩</translation>
        </message>
        <message numerus="yes">
            <source>%n attempt(s) shown</source>
            <translation>
                <numerusform>لا محاولات معروضة</numerusform>
                <numerusform>محاولة واحدة معروضة</numerusform>
                <numerusform>محاولتان معروضتان</numerusform>
                <numerusform>%Ln محاولات معروضة</numerusform>
                <numerusform>%Ln محاولةً معروضة</numerusform>
                <numerusform>%Ln محاولة معروضة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n in the history</source>
            <translation>
                <numerusform>لا شيء في السجل</numerusform>
                <numerusform>واحدة في السجل</numerusform>
                <numerusform>اثنتان في السجل</numerusform>
                <numerusform>%Ln في السجل</numerusform>
                <numerusform>%Ln في السجل</numerusform>
                <numerusform>%Ln في السجل</numerusform>
            </translation>
        </message>
        <message>
            <source>Select an attempt to see it in full.</source>
            <translation>حدِّد محاولة لعرضها كاملةً.</translation>
        </message>
        <message>
            <source>Export the shown attempts</source>
            <translation>تصدير المحاولات المعروضة</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>ملفات CSV (*.csv)</translation>
        </message>
        <message>
            <source>The export to %1 failed: %2</source>
            <translation>فشل التصدير إلى ⁨%L1⁩: %L2</translation>
        </message>
        <message numerus="yes">
            <source>%n attempt(s) exported to %1</source>
            <translation>
                <numerusform>لم تُصدَّر أي محاولة إلى ⁨%L1⁩</numerusform>
                <numerusform>صُدِّرت محاولة واحدة إلى ⁨%L1⁩</numerusform>
                <numerusform>صُدِّرت محاولتان إلى ⁨%L1⁩</numerusform>
                <numerusform>صُدِّرت %Ln محاولات إلى ⁨%L1⁩</numerusform>
                <numerusform>صُدِّرت %Ln محاولةً إلى ⁨%L1⁩</numerusform>
                <numerusform>صُدِّرت %Ln محاولة إلى ⁨%L1⁩</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::KeychainCredentialStore</name>
        <message>
            <source>Windows Credential Manager</source>
            <translation>مدير بيانات الاعتماد في Windows</translation>
        </message>
        <message>
            <source>macOS Keychain</source>
            <translation>سلسلة مفاتيح macOS</translation>
        </message>
        <message>
            <source>Secret Service</source>
            <translation>Secret Service</translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::LoadStatus</name>
        <message>
            <source>Loading orders</source>
            <translation>جارٍ تحميل الطلبات</translation>
        </message>
        <message numerus="yes">
            <source>Loading… %n order(s) so far</source>
            <translation>
                <numerusform>جارٍ التحميل… لا طلبات حتى الآن</numerusform>
                <numerusform>جارٍ التحميل… طلب واحد حتى الآن</numerusform>
                <numerusform>جارٍ التحميل… طلبان حتى الآن</numerusform>
                <numerusform>جارٍ التحميل… %Ln طلبات حتى الآن</numerusform>
                <numerusform>جارٍ التحميل… %Ln طلبًا حتى الآن</numerusform>
                <numerusform>جارٍ التحميل… %Ln طلب حتى الآن</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n order(s)</source>
            <translation>
                <numerusform>لا طلبات</numerusform>
                <numerusform>طلب واحد</numerusform>
                <numerusform>طلبان</numerusform>
                <numerusform>%Ln طلبات</numerusform>
                <numerusform>%Ln طلبًا</numerusform>
                <numerusform>%Ln طلب</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::MainWindow</name>
        <message>
            <source>OrderDesk</source>
            <translation>OrderDesk</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>الطلبات</translation>
        </message>
        <message>
            <source>Search id, customer, email or company (Ctrl+F)</source>
            <translation>ابحث بالمعرّف أو العميل أو البريد الإلكتروني أو الشركة (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search orders</source>
            <translation>البحث في الطلبات</translation>
        </message>
        <message>
            <source>Narrows the list as you type. An exact order id that is not loaded is looked up in every account. Enter moves to the list; Enter on a row moves to its details.</source>
            <translation>يضيّق القائمة أثناء الكتابة. إن لم يكن الطلب محمَّلًا، يُبحث عن معرّفه الكامل في كل الحسابات. مفتاح الإدخال ينقلك إلى القائمة، وعلى أحد الصفوف إلى تفاصيله.</translation>
        </message>
        <message>
            <source>Status filter</source>
            <translation>تصفية حسب الحالة</translation>
        </message>
        <message>
            <source>Shows only the orders of one stage, or of one platform's status.</source>
            <translation>يعرض فقط الطلبات في مرحلة واحدة (مفتوح، قيد التنفيذ، منجز، مغلق) أو بحالة واحدة من حالات المنصة.</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>كل الحالات</translation>
        </message>
        <message>
            <source>FlexPortal: %1</source>
            <translation>FlexPortal: %L1</translation>
        </message>
        <message>
            <source>OfferGrid: %1</source>
            <translation>OfferGrid: %L1</translation>
        </message>
        <message>
            <source>The order's account is no longer configured.</source>
            <translation>لم يعد حساب هذا الطلب مُعدًّا.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%L1: %L2</translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::MemoryCredentialStore</name>
        <message>
            <source>memory for this run only</source>
            <translation>الذاكرة، لهذه الجلسة فقط</translation>
        </message>
        <message>
            <source>No keychain is available.</source>
            <translation>لا تتوفر سلسلة مفاتيح.</translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::MessageBar</name>
        <message>
            <source>Retr&amp;y</source>
            <translation>إعادة المحاولة (&amp;Y)</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>إخفاء</translation>
        </message>
        <message>
            <source>Hide this message</source>
            <translation>إخفاء هذه الرسالة</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>خطأ</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>تحذير</translation>
        </message>
        <message>
            <source>Information</source>
            <translation>معلومة</translation>
        </message>
        <message>
            <source>Success</source>
            <translation>نجاح</translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::OfferGridBackend</name>
        <message>
            <source>The address answers, but there is no OfferGrid reseller API there (it does not know /reseller/orders). Check the account's base URL, e.g. https://api.offergrid.io.</source>
            <translation>العنوان يستجيب، لكن لا توجد عليه واجهة الموزّعين في OfferGrid (لا يعرف /reseller/orders). تحقّق من العنوان الأساسي للحساب، مثل https://api.offergrid.io.</translation>
        </message>
        <message>
            <source>OfferGrid refused the API key for the reseller API (a provider team's key, or one without reseller access).</source>
            <translation>رفض OfferGrid مفتاح API لواجهة الموزّعين (مفتاح فريق مزوّد، أو مفتاح بلا صلاحية موزّع).</translation>
        </message>
        <message>
            <source>The server said: %1</source>
            <translation>ردّ الخادم: %L1</translation>
        </message>
        <message>
            <source>The address answers, but not as OfferGrid: its answer to the order list is not a list of OfferGrid orders (%1). Check the account's base URL.</source>
            <translation>العنوان يستجيب، لكن ليس كـ OfferGrid: ردّه على قائمة الطلبات ليس قائمة طلبات OfferGrid ‏(%L1). تحقّق من العنوان الأساسي للحساب.</translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::OrderActions</name>
        <message>
            <source>&amp;Accounts…</source>
            <translation>الحسابات (&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>الإعدادات (&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>خروج (&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>تحديث (&amp;R)</translation>
        </message>
        <message>
            <source>Refresh &amp;this order</source>
            <translation>تحديث هذا الطلب (&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Stop loading</source>
            <translation>إيقاف التحميل (&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>بحث (&amp;F)…</translation>
        </message>
        <message>
            <source>&amp;Go to order…</source>
            <translation>الانتقال إلى طلب (&amp;G)…</translation>
        </message>
        <message>
            <source>Cancellation &amp;history…</source>
            <translation>سجل الإلغاء (&amp;H)…</translation>
        </message>
        <message>
            <source>&amp;Cancel order…</source>
            <translation>إلغاء الطلب (&amp;C)…</translation>
        </message>
        <message>
            <source>Copy order &amp;id</source>
            <translation>نسخ معرّف الطلب (&amp;I)</translation>
        </message>
        <message>
            <source>Order id %1 copied.</source>
            <translation>نُسخ معرّف الطلب ⁨%L1⁩.</translation>
        </message>
        <message>
            <source>Copy the customer's &amp;email</source>
            <translation>نسخ البريد الإلكتروني للعميل (&amp;E)</translation>
        </message>
        <message>
            <source>Email address %1 copied.</source>
            <translation>نُسخ عنوان البريد الإلكتروني ⁨%L1⁩.</translation>
        </message>
        <message>
            <source>Copy order as &amp;JSON</source>
            <translation>نسخ الطلب بصيغة JSON (&amp;J)</translation>
        </message>
        <message>
            <source>&amp;About OrderDesk…</source>
            <translation>حول OrderDesk (&amp;A)…</translation>
        </message>
        <message>
            <source>none: the history could not be opened</source>
            <translation>لا يوجد: تعذّر فتح السجل</translation>
        </message>
        <message>
            <source>About &amp;Qt…</source>
            <translation>حول &amp;Qt…</translation>
        </message>
        <message>
            <source>Order %1 read again: %2.</source>
            <translation>أُعيدت قراءة الطلب ⁨%L1⁩: ⁨%L2⁩.</translation>
        </message>
        <message>
            <source>Order %1 could not be read again: %2</source>
            <translation>تعذّرت إعادة قراءة الطلب ⁨%L1⁩: %L2</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>ملف (&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>تحرير (&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Orders</source>
            <translation>الطلبات (&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>مساعدة (&amp;H)</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>الطلبات</translation>
        </message>
        <message>
            <source>Reading order %1 from %2…</source>
            <translation>جارٍ قراءة الطلب ⁨%L1⁩ من ⁨%L2⁩…</translation>
        </message>
        <message>
            <source>Order %1 was not copied: %2</source>
            <translation>لم يُنسخ الطلب ⁨%L1⁩: %L2</translation>
        </message>
        <message>
            <source>Order %1 copied as JSON, as %2 sent it.</source>
            <translation>نُسخ الطلب ⁨%L1⁩ بصيغة JSON كما أرسلته ⁨%L2⁩.</translation>
        </message>
        <message>
            <source>Reading order %1 again…</source>
            <translation>جارٍ إعادة قراءة الطلب ⁨%L1⁩…</translation>
        </message>
        <message>
            <source>Try &amp;again</source>
            <translation>حاول مرة أخرى (&amp;A)</translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::OrderBackend</name>
        <message>
            <source>The connection to the account was closed while this was running.</source>
            <translation>أُغلق الاتصال بالحساب أثناء التنفيذ.</translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::OrderDetailsPane</name>
        <message>
            <source>&amp;Cancel order…</source>
            <translation>إلغاء الطلب (&amp;C)…</translation>
        </message>
        <message>
            <source>Load the order as the platform sends it</source>
            <translation>تحميل الطلب كما ترسله المنصة</translation>
        </message>
        <message>
            <source>Order progress</source>
            <translation>تقدّم الطلب</translation>
        </message>
        <message>
            <source>Order overview</source>
            <translation>نظرة عامة على الطلب</translation>
        </message>
        <message>
            <source>Cancel order</source>
            <translation>إلغاء الطلب</translation>
        </message>
        <message>
            <source>Why the order cannot be cancelled</source>
            <translation>سبب تعذّر إلغاء الطلب</translation>
        </message>
        <message>
            <source>Line items</source>
            <translation>البنود</translation>
        </message>
        <message>
            <source>Raw data</source>
            <translation>البيانات الخام</translation>
        </message>
        <message>
            <source>O&amp;verview</source>
            <translation>نظرة عامة (&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Items</source>
            <translation>البنود (&amp;I)</translation>
        </message>
        <message>
            <source>&amp;Raw data</source>
            <translation>البيانات الخام (&amp;R)</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>جارٍ التحميل…</translation>
        </message>
        <message>
            <source>Shipping address:</source>
            <translation>عنوان الشحن:</translation>
        </message>
        <message>
            <source>Customer:</source>
            <translation>العميل:</translation>
        </message>
        <message>
            <source>Billing address:</source>
            <translation>عنوان الفوترة:</translation>
        </message>
        <message>
            <source>Totals:</source>
            <translation>المبالغ:</translation>
        </message>
        <message>
            <source>Payment:</source>
            <translation>الدفع:</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>ملاحظات:</translation>
        </message>
        <message>
            <source>Dates:</source>
            <translation>التواريخ:</translation>
        </message>
        <message>
            <source>Cancel attempts:</source>
            <translation>محاولات الإلغاء:</translation>
        </message>
        <message>
            <source>No devices on this order.</source>
            <translation>لا أجهزة في هذا الطلب.</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n device(s) rented</source>
            <translation>
                <numerusform>%L1 من 0 أجهزة مؤجَّرة</numerusform>
                <numerusform>%L1 من جهاز واحد مؤجَّر</numerusform>
                <numerusform>%L1 من جهازين مؤجَّرة</numerusform>
                <numerusform>%L1 من %Ln أجهزة مؤجَّرة</numerusform>
                <numerusform>%L1 من %Ln جهازًا مؤجَّرة</numerusform>
                <numerusform>%L1 من %Ln جهاز مؤجَّرة</numerusform>
            </translation>
        </message>
        <message>
            <source>No provider items on this order.</source>
            <translation>لا بنود لدى المزوّدين في هذا الطلب.</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n provider item(s) accepted</source>
            <translation>
                <numerusform>%L1 من 0 بنود مقبولة لدى المزوّدين</numerusform>
                <numerusform>%L1 من بند واحد مقبول لدى المزوّد</numerusform>
                <numerusform>%L1 من بندين مقبولة لدى المزوّدين</numerusform>
                <numerusform>%L1 من %Ln بنود مقبولة لدى المزوّدين</numerusform>
                <numerusform>%L1 من %Ln بندًا مقبولة لدى المزوّدين</numerusform>
                <numerusform>%L1 من %Ln بند مقبولة لدى المزوّدين</numerusform>
            </translation>
        </message>
        <message>
            <source>The provider</source>
            <translation>المزوّد</translation>
        </message>
        <message>
            <source>%1 rejected item %2</source>
            <translation>رفض ⁨%L1⁩ البند ⁨%L2⁩</translation>
        </message>
        <message>
            <source>item %1 failed at %2</source>
            <translation>فشل البند ⁨%L1⁩ لدى ⁨%L2⁩</translation>
        </message>
        <message>
            <source>Order %1</source>
            <translation>الطلب ⁨%L1⁩</translation>
        </message>
        <message>
            <source>%1 · %2 (%3)</source>
            <translation>%L1 · %L2 (%L3)</translation>
        </message>
        <message>
            <source>A cancel of this order is in progress.</source>
            <translation>إلغاء هذا الطلب جارٍ.</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Service address:</source>
            <translation>عنوان الخدمة:</translation>
        </message>
        <message>
            <source>Subtotal %1</source>
            <translation>المجموع الفرعي %L1</translation>
        </message>
        <message>
            <source>Tax %1</source>
            <translation>الضريبة %L1</translation>
        </message>
        <message>
            <source>Total %1</source>
            <translation>الإجمالي %L1</translation>
        </message>
        <message>
            <source>The platform sends no amounts for this order.</source>
            <translation>لا ترسل المنصة أي مبالغ لهذا الطلب.</translation>
        </message>
        <message>
            <source>Status: %1</source>
            <translation>الحالة: %L1</translation>
        </message>
        <message>
            <source>Method: %1</source>
            <translation>طريقة الدفع: %L1</translation>
        </message>
        <message>
            <source>Paid: %1</source>
            <translation>تاريخ الدفع: %L1</translation>
        </message>
        <message>
            <source>Transaction: %1</source>
            <translation>المعاملة: ⁨%L1⁩</translation>
        </message>
        <message>
            <source>Created %1</source>
            <translation>أُنشئ في %L1</translation>
        </message>
        <message>
            <source>Updated %1</source>
            <translation>حُدّث في %L1</translation>
        </message>
        <message>
            <source>Shipped %1</source>
            <translation>شُحن في %L1</translation>
        </message>
        <message>
            <source>Tracking number %1</source>
            <translation>رقم التتبّع ⁨%L1⁩</translation>
        </message>
        <message>
            <source>No order selected</source>
            <translation>لم يُحدَّد أي طلب</translation>
        </message>
        <message>
            <source>Select an order in the list to see its details.</source>
            <translation>حدِّد طلبًا في القائمة لعرض تفاصيله.</translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::OrderFinder</name>
        <message>
            <source>Another order was looked for.</source>
            <translation>جرى البحث عن طلب آخر.</translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::OrderLinesModel</name>
        <message>
            <source>%1 %2/month</source>
            <translation>%L1 %L2 شهريًا</translation>
        </message>
        <message numerus="yes">
            <source>%n month(s)</source>
            <translation>
                <numerusform>أقل من شهر</numerusform>
                <numerusform>شهر واحد</numerusform>
                <numerusform>شهران</numerusform>
                <numerusform>%Ln أشهر</numerusform>
                <numerusform>%Ln شهرًا</numerusform>
                <numerusform>%Ln شهر</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 rented</source>
            <translation>%L1 من %L2 مؤجَّرة</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>المنتج</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>رمز الصنف (SKU)</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>الكمية</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>سعر الوحدة</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>مدة العقد</translation>
        </message>
        <message>
            <source>Rental status</source>
            <translation>حالة التأجير</translation>
        </message>
        <message>
            <source>Rented</source>
            <translation>مؤجَّر</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>البند</translation>
        </message>
        <message>
            <source>Offer</source>
            <translation>العرض</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>المزوّد</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Scheduled</source>
            <translation>الموعد المحدد</translation>
        </message>
        <message>
            <source>Provider notes</source>
            <translation>ملاحظات المزوّد</translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::OrderTimeline</name>
        <message>
            <source>Cancel attempts on this order</source>
            <translation>محاولات إلغاء هذا الطلب</translation>
        </message>
        <message>
            <source>The cancellation history is not available.</source>
            <translation>سجل الإلغاء غير متاح.</translation>
        </message>
        <message>
            <source>Reading the cancellation history…</source>
            <translation>جارٍ قراءة سجل الإلغاء…</translation>
        </message>
        <message>
            <source>The cancellation history could not be read: %1</source>
            <translation>تعذّرت قراءة سجل الإلغاء: %L1</translation>
        </message>
        <message>
            <source>No cancel attempts on this order.</source>
            <translation>لا محاولات إلغاء لهذا الطلب.</translation>
        </message>
        <message>
            <source>an unnamed agent</source>
            <translation>موظف غير مسمّى</translation>
        </message>
        <message>
            <source>%1 on %2</source>
            <translation>%L1 على ⁨%L2⁩</translation>
        </message>
        <message>
            <source>%1 (read again: %2)</source>
            <translation>%L1 (بعد إعادة القراءة: %L2)</translation>
        </message>
        <message>
            <source>subscription %1: %2</source>
            <translation>الاشتراك ⁨%L1⁩: %L2</translation>
        </message>
        <message>
            <source>%1 · %2 · %3</source>
            <translation>%L1 · %L2 · %L3</translation>
        </message>
        <message>
            <source>Reason: %1</source>
            <translation>السبب: %L1</translation>
        </message>
        <message>
            <source>The platform said: “%1”</source>
            <translation>ردّ المنصة: «%L1»</translation>
        </message>
        <message>
            <source>The platform refused the reason, so the cancel went without it.</source>
            <translation>رفضت المنصة السبب، فأُرسل الإلغاء من دونه.</translation>
        </message>
        <message>
            <source>Asset %1 is flagged for collection.</source>
            <translation>الأصل ⁨%L1⁩ مُعلَّم للاستلام.</translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::PendingReconciler</name>
        <message>
            <source>OrderDesk stopped before the answer to this cancel was recorded. Read again on %1, the order is "%2".</source>
            <translation>توقّف OrderDesk قبل تسجيل الرد على هذا الإلغاء. عند إعادة القراءة في %L1 كانت حالة الطلب «%L2».</translation>
        </message>
        <message>
            <source>OrderDesk stopped before the answer to this subscription cancel was recorded. FlexPortal offers no way to read a subscription's state, so whether it was cancelled is unknown. Cancelling it again is safe: if it went through, FlexPortal answers that it is already cancelled.</source>
            <translation>توقّف OrderDesk قبل تسجيل الرد على إلغاء هذا الاشتراك. لا يتيح FlexPortal قراءة حالة الاشتراك، لذا لا يُعرف إن كان قد أُلغي. إعادة الإلغاء آمنة: إن كان قد تمّ، فسيجيب FlexPortal بأنه ملغى مسبقًا.</translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::SecretResolver</name>
        <message>
            <source>No API key is stored for this account.</source>
            <translation>لا يوجد مفتاح API محفوظ لهذا الحساب.</translation>
        </message>
        <message>
            <source>The keychain could not be used: %1</source>
            <translation>تعذّر استخدام سلسلة المفاتيح: %L1</translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::SettingsDialog</name>
        <message>
            <source>&amp;Local file</source>
            <translation>ملف محلي (&amp;L)</translation>
        </message>
        <message>
            <source>&amp;PostgreSQL (shared by the team)</source>
            <translation>&amp;PostgreSQL (مشترك بين الفريق)</translation>
        </message>
        <message>
            <source>Brows&amp;e…</source>
            <translation>استعراض (&amp;E)…</translation>
        </message>
        <message>
            <source>Allow &amp;HTTP/2</source>
            <translation>السماح بـ &amp;HTTP/2</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>الإعدادات</translation>
        </message>
        <message>
            <source>Cancellations are recorded as: %1</source>
            <translation>تُسجَّل عمليات الإلغاء باسم: ⁨%1⁩</translation>
        </message>
        <message>
            <source>Cancellations are recorded without a name.</source>
            <translation>تُسجَّل عمليات الإلغاء دون اسم.</translation>
        </message>
        <message>
            <source>Default file in the application data folder</source>
            <translation>الملف الافتراضي في مجلد بيانات التطبيق</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>دون تغيير</translation>
        </message>
        <message>
            <source>Kept in the system keychain, never in a file. Leave it empty to keep the one stored.</source>
            <translation>تُحفظ في سلسلة مفاتيح النظام، ولا تُحفظ في ملف أبدًا. اتركها فارغة للإبقاء على المحفوظة.</translation>
        </message>
        <message>
            <source>None: the authorities this computer trusts</source>
            <translation>لا شيء: الجهات التي يثق بها هذا الحاسوب</translation>
        </message>
        <message>
            <source>The certificate (PEM) of the authority that issued the database server's certificate. The connection is encrypted and the server's certificate and host name are checked; without this file, against the authorities this computer trusts (a server on this computer is not checked then).</source>
            <translation>شهادة (PEM) الجهة التي أصدرت شهادة خادم قاعدة البيانات. الاتصال مشفَّر، وتُفحص شهادة الخادم واسم مضيفه؛ ومن دون هذا الملف تُفحص مقابل الجهات التي يثق بها هذا الحاسوب (ولا يُفحص حينها خادم يعمل على هذا الحاسوب).</translation>
        </message>
        <message>
            <source> s</source>
            <translation> ث</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>لغة النظام</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>استعراض (&amp;B)…</translation>
        </message>
        <message>
            <source>Cancellation history</source>
            <translation>سجل الإلغاء</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>الملف (&amp;F):</translation>
        </message>
        <message>
            <source>Ho&amp;st:</source>
            <translation>المضيف (&amp;S):</translation>
        </message>
        <message>
            <source>Po&amp;rt:</source>
            <translation>المنفذ (&amp;R):</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>قاعدة البيانات (&amp;D):</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>المستخدم (&amp;U):</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>كلمة المرور (&amp;W):</translation>
        </message>
        <message>
            <source>&amp;CA certificate:</source>
            <translation>شهادة CA (&amp;C):</translation>
        </message>
        <message>
            <source>The password is kept in the system keychain (ORDERDESK_PG_PASSWORD, when set, is used instead). Every attempt is written to the local file first and copied to PostgreSQL. A new choice takes effect the next time OrderDesk starts.</source>
            <translation>تُحفظ كلمة المرور في سلسلة مفاتيح النظام (وإذا ضُبط المتغير ORDERDESK_PG_PASSWORD يُستخدم بدلًا منها). تُكتب كل محاولة في الملف المحلي أولًا ثم تُنسخ إلى PostgreSQL. يسري الاختيار الجديد عند تشغيل OrderDesk في المرة التالية.</translation>
        </message>
        <message>
            <source>&amp;Agent name:</source>
            <translation>اسم الموظف (&amp;A):</translation>
        </message>
        <message>
            <source>Request &amp;timeout:</source>
            <translation>مهلة الطلب (&amp;T):</translation>
        </message>
        <message>
            <source>La&amp;nguage (after restart):</source>
            <translation>اللغة (بعد إعادة التشغيل) (&amp;N):</translation>
        </message>
        <message>
            <source>History database</source>
            <translation>قاعدة بيانات السجل</translation>
        </message>
        <message>
            <source>SQLite database (*.sqlite *.db)</source>
            <translation>قاعدة بيانات SQLite (*.sqlite *.db)</translation>
        </message>
        <message>
            <source>CA certificate of the PostgreSQL server</source>
            <translation>شهادة CA لخادم PostgreSQL</translation>
        </message>
        <message>
            <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
            <translation>الشهادات (*.pem *.crt *.cer);;كل الملفات (*)</translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::SubscriptionCancelDialog</name>
        <message>
            <source>Cancel subscriptions of order %1</source>
            <translation>إلغاء اشتراكات الطلب ⁨%L1⁩</translation>
        </message>
        <message>
            <source>Order %1 · %2 · %3
%4

Cancelling a subscription ends it: FlexPortal voids its future payments and flags its asset for collection. This cannot be undone. One request goes out per subscription, one after the other, each written to the cancellation history first.</source>
            <translation>الطلب ⁨%L1⁩ · %L2 · %L3
%L4

إلغاء الاشتراك ينهيه: يُلغي FlexPortal دفعاته المستقبلية ويُعلِّم أصله للاستلام. لا يمكن التراجع عن ذلك. يُرسَل طلب واحد لكل اشتراك، واحدًا تلو الآخر، ويُكتب كل منها في سجل الإلغاء أولًا.</translation>
        </message>
        <message>
            <source>Subscriptions to cancel</source>
            <translation>الاشتراكات المراد إلغاؤها</translation>
        </message>
        <message>
            <source>Subscription</source>
            <translation>الاشتراك</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>البند</translation>
        </message>
        <message>
            <source>Known state</source>
            <translation>الحالة المعروفة</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>السبب</translation>
        </message>
        <message>
            <source>Choose a reason…</source>
            <translation>اختر سببًا…</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>ملاحظات</translation>
        </message>
        <message>
            <source>Optional notes for FlexPortal and the history</source>
            <translation>ملاحظات اختيارية لـ FlexPortal وللسجل</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>السبب (&amp;R):</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>ملاحظات (&amp;N):</translation>
        </message>
        <message>
            <source>&amp;Subscriptions to cancel:</source>
            <translation>الاشتراكات المراد إلغاؤها (&amp;S):</translation>
        </message>
        <message>
            <source>Subscriptions answered</source>
            <translation>الاشتراكات التي أُجيب عنها</translation>
        </message>
        <message>
            <source>Result per subscription</source>
            <translation>النتيجة لكل اشتراك</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>النتيجة</translation>
        </message>
        <message>
            <source>FlexPortal said</source>
            <translation>ردّ FlexPortal</translation>
        </message>
        <message>
            <source>Asset serial</source>
            <translation>الرقم التسلسلي للأصل</translation>
        </message>
        <message>
            <source>%1 / %2 characters (emoji count as two)</source>
            <translation>%L1 / %L2 حرفًا (يُحسب الرمز التعبيري حرفين)</translation>
        </message>
        <message>
            <source>Choose the subscriptions to cancel.</source>
            <translation>اختر الاشتراكات المراد إلغاؤها.</translation>
        </message>
        <message>
            <source>Choose a reason to continue.</source>
            <translation>اختر سببًا للمتابعة.</translation>
        </message>
        <message>
            <source>The notes are %1 characters too long.</source>
            <translation>الملاحظات أطول من المسموح بمقدار %L1 حرفًا.</translation>
        </message>
        <message numerus="yes">
            <source>Cancel %n subscription(s)…</source>
            <translation>
                <numerusform>إلغاء 0 اشتراكات…</numerusform>
                <numerusform>إلغاء اشتراك واحد…</numerusform>
                <numerusform>إلغاء اشتراكين…</numerusform>
                <numerusform>إلغاء %Ln اشتراكات…</numerusform>
                <numerusform>إلغاء %Ln اشتراكًا…</numerusform>
                <numerusform>إلغاء %Ln اشتراك…</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancel subscriptions…</source>
            <translation>إلغاء الاشتراكات…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message numerus="yes">
            <source>%n cancel request(s) will go out to FlexPortal, one after the other, one per subscription:</source>
            <translation>
                <numerusform>لن يُرسَل أي طلب إلغاء إلى FlexPortal:</numerusform>
                <numerusform>سيُرسَل طلب إلغاء واحد إلى FlexPortal، طلب لكل اشتراك:</numerusform>
                <numerusform>سيُرسَل طلبا إلغاء إلى FlexPortal واحدًا تلو الآخر، طلب لكل اشتراك:</numerusform>
                <numerusform>ستُرسَل %Ln طلبات إلغاء إلى FlexPortal واحدًا تلو الآخر، طلب لكل اشتراك:</numerusform>
                <numerusform>سيُرسَل %Ln طلب إلغاء إلى FlexPortal واحدًا تلو الآخر، طلب لكل اشتراك:</numerusform>
                <numerusform>سيُرسَل %Ln طلب إلغاء إلى FlexPortal واحدًا تلو الآخر، طلب لكل اشتراك:</numerusform>
            </translation>
        </message>
        <message>
            <source>Reason: %1</source>
            <translation>السبب: %L1</translation>
        </message>
        <message>
            <source>Notes: %1</source>
            <translation>ملاحظات: %L1</translation>
        </message>
        <message>
            <source>Each subscription ends, its future payments are voided and its asset is flagged for collection. This cannot be undone.</source>
            <translation>ينتهي كل اشتراك، وتُلغى دفعاته المستقبلية، ويُعلَّم أصله للاستلام. لا يمكن التراجع عن ذلك.</translation>
        </message>
        <message numerus="yes">
            <source>Send %n request(s)</source>
            <translation>
                <numerusform>إرسال 0 طلبات</numerusform>
                <numerusform>إرسال طلب واحد</numerusform>
                <numerusform>إرسال طلبين</numerusform>
                <numerusform>إرسال %Ln طلبات</numerusform>
                <numerusform>إرسال %Ln طلبًا</numerusform>
                <numerusform>إرسال %Ln طلب</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>رجوع (&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Stop</source>
            <translation>إيقاف (&amp;S)</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>جارٍ الإيقاف…</translation>
        </message>
        <message>
            <source>Stopping: the request already out is waited for; no other is sent.</source>
            <translation>جارٍ الإيقاف: يُنتظر الطلب المُرسَل بالفعل، ولا يُرسَل غيره.</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>قيد الانتظار</translation>
        </message>
        <message>
            <source>%v of %m answered</source>
            <translation>أُجيب %v من %m</translation>
        </message>
        <message numerus="yes">
            <source>Sending %n cancel request(s), one after the other…</source>
            <translation>
                <numerusform>لا طلبات إلغاء للإرسال…</numerusform>
                <numerusform>جارٍ إرسال طلب إلغاء واحد…</numerusform>
                <numerusform>جارٍ إرسال طلبَي إلغاء، واحدًا تلو الآخر…</numerusform>
                <numerusform>جارٍ إرسال %Ln طلبات إلغاء، واحدًا تلو الآخر…</numerusform>
                <numerusform>جارٍ إرسال %Ln طلب إلغاء، واحدًا تلو الآخر…</numerusform>
                <numerusform>جارٍ إرسال %Ln طلب إلغاء، واحدًا تلو الآخر…</numerusform>
            </translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>جارٍ الإرسال…</translation>
        </message>
        <message>
            <source>Cancelling subscription %1 (%2 of %3)…</source>
            <translation>جارٍ إلغاء الاشتراك ⁨%L1⁩ (%L2 من %L3)…</translation>
        </message>
        <message>
            <source>Not sent (stopped)</source>
            <translation>لم يُرسَل (أُوقف)</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n subscription(s) cancelled or already ended.</source>
            <translation>
                <numerusform>أُلغي %L1 من 0 اشتراكات أو انتهى مسبقًا.</numerusform>
                <numerusform>أُلغي %L1 من اشتراك واحد أو انتهى مسبقًا.</numerusform>
                <numerusform>أُلغي %L1 من اشتراكين أو انتهى مسبقًا.</numerusform>
                <numerusform>أُلغي %L1 من %Ln اشتراكات أو انتهى مسبقًا.</numerusform>
                <numerusform>أُلغي %L1 من %Ln اشتراكًا أو انتهى مسبقًا.</numerusform>
                <numerusform>أُلغي %L1 من %Ln اشتراك أو انتهى مسبقًا.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not sent.</source>
            <translation>
                <numerusform>لم يبقَ شيء دون إرسال.</numerusform>
                <numerusform>لم يُرسَل واحد.</numerusform>
                <numerusform>لم يُرسَل اثنان.</numerusform>
                <numerusform>لم يُرسَل %Ln.</numerusform>
                <numerusform>لم يُرسَل %Ln.</numerusform>
                <numerusform>لم يُرسَل %Ln.</numerusform>
            </translation>
        </message>
        <message>
            <source>The order could not be read again: %1</source>
            <translation>تعذّرت إعادة قراءة الطلب: %L1</translation>
        </message>
        <message>
            <source>The order was read again.</source>
            <translation>أُعيدت قراءة الطلب.</translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::SubscriptionCancelFlow</name>
        <message>
            <source>A subscription id is required; nothing was sent.</source>
            <translation>يلزم معرّف الاشتراك؛ لم يُرسَل شيء.</translation>
        </message>
        <message>
            <source>The notes may hold at most %1 characters (these hold %2); nothing was sent.</source>
            <translation>يجب ألا تتجاوز الملاحظات %L1 حرفًا (وهذه %L2)؛ لم يُرسَل شيء.</translation>
        </message>
        <message>
            <source>FlexPortal answered with success, but its reply does not confirm the cancel of this subscription.</source>
            <translation>أجاب FlexPortal بالنجاح، لكن ردّه لا يؤكد إلغاء هذا الاشتراك.</translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::SubscriptionCancelService</name>
        <message>
            <source>Only FlexPortal orders have subscriptions.</source>
            <translation>طلبات FlexPortal وحدها لها اشتراكات.</translation>
        </message>
        <message>
            <source>Subscriptions of this order are already being cancelled.</source>
            <translation>يجري بالفعل إلغاء اشتراكات هذا الطلب.</translation>
        </message>
        <message>
            <source>Choose at least one subscription.</source>
            <translation>اختر اشتراكًا واحدًا على الأقل.</translation>
        </message>
        <message>
            <source>%1 is not a subscription of order %2.</source>
            <translation>⁨%L1⁩ ليس اشتراكًا في الطلب ⁨%L2⁩.</translation>
        </message>
        <message>
            <source>Subscription %1 was chosen twice.</source>
            <translation>اختير الاشتراك ⁨%L1⁩ مرتين.</translation>
        </message>
        <message>
            <source>The notes may hold at most %1 characters.</source>
            <translation>يجب ألا تتجاوز الملاحظات %L1 حرفًا.</translation>
        </message>
        <message>
            <source>The order's account is no longer configured.</source>
            <translation>لم يعد حساب هذا الطلب مُعدًّا.</translation>
        </message>
        <message>
            <source>The cancel of subscription %1 could not be written to the cancellation history, so it was not sent. %2</source>
            <translation>تعذّرت كتابة إلغاء الاشتراك ⁨%L1⁩ في سجل الإلغاء، لذا لم يُرسَل. %L2</translation>
        </message>
        <message>
            <source>Stopped before its request was sent.</source>
            <translation>أُوقف قبل إرسال طلبه.</translation>
        </message>
        <message>
            <source>The accounts or their settings were changed before the cancel was sent.</source>
            <translation>تغيّرت الحسابات أو إعداداتها قبل إرسال الإلغاء.</translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::SubscriptionList</name>
        <message>
            <source>Cancel &amp;subscriptions…</source>
            <translation>إلغاء الاشتراكات (&amp;S)…</translation>
        </message>
        <message>
            <source>Cancel subscriptions</source>
            <translation>إلغاء الاشتراكات</translation>
        </message>
        <message>
            <source>Subscriptions of this order</source>
            <translation>اشتراكات هذا الطلب</translation>
        </message>
        <message>
            <source>Subscription</source>
            <translation>الاشتراك</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>البند</translation>
        </message>
        <message>
            <source>State</source>
            <translation>الحالة</translation>
        </message>
        <message numerus="yes">
            <source>%n subscription(s) on this order. FlexPortal does not show a subscription's state; what is known comes from the cancellation history.</source>
            <translation>
                <numerusform>لا اشتراكات في هذا الطلب. لا يعرض FlexPortal حالة الاشتراك؛ وما هو معروف مصدره سجل الإلغاء.</numerusform>
                <numerusform>اشتراك واحد في هذا الطلب. لا يعرض FlexPortal حالة الاشتراك؛ وما هو معروف مصدره سجل الإلغاء.</numerusform>
                <numerusform>اشتراكان في هذا الطلب. لا يعرض FlexPortal حالة الاشتراك؛ وما هو معروف مصدره سجل الإلغاء.</numerusform>
                <numerusform>%Ln اشتراكات في هذا الطلب. لا يعرض FlexPortal حالة الاشتراك؛ وما هو معروف مصدره سجل الإلغاء.</numerusform>
                <numerusform>%Ln اشتراكًا في هذا الطلب. لا يعرض FlexPortal حالة الاشتراك؛ وما هو معروف مصدره سجل الإلغاء.</numerusform>
                <numerusform>%Ln اشتراك في هذا الطلب. لا يعرض FlexPortal حالة الاشتراك؛ وما هو معروف مصدره سجل الإلغاء.</numerusform>
            </translation>
        </message>
        <message>
            <source>(not on a line)</source>
            <translation>(غير مرتبط ببند)</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%L1 (%L2)</translation>
        </message>
        <message>
            <source>state unknown</source>
            <translation>الحالة غير معروفة</translation>
        </message>
        <message>
            <source>cancelled (%1)</source>
            <translation>أُلغي (%L1)</translation>
        </message>
        <message>
            <source>cancelled (found already cancelled %1)</source>
            <translation>أُلغي (وُجد ملغى مسبقًا في %L1)</translation>
        </message>
        <message>
            <source>ended (found %1)</source>
            <translation>انتهى (تبيّن ذلك في %L1)</translation>
        </message>
        <message>
            <source>state unknown: a cancel was refused (%1)</source>
            <translation>الحالة غير معروفة: رُفض إلغاء (%L1)</translation>
        </message>
        <message>
            <source>state unknown: a cancel was not sent (%1)</source>
            <translation>الحالة غير معروفة: لم يُرسَل إلغاء (%L1)</translation>
        </message>
        <message>
            <source>state unknown: a cancel is under way or was interrupted (%1)</source>
            <translation>الحالة غير معروفة: إلغاء جارٍ أو انقطع (%L1)</translation>
        </message>
        <message>
            <source>state unknown: no clear answer to a cancel (%1)</source>
            <translation>الحالة غير معروفة: لا رد واضح على إلغاء (%L1)</translation>
        </message>
    </context>
    <context>
        <name>OrderListModel</name>
        <message>
            <source>May be cancelled.</source>
            <translation>يمكن إلغاء الطلب.</translation>
        </message>
        <message>
            <source>No devices</source>
            <translation>لا أجهزة</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n device(s) rented</source>
            <translation>
                <numerusform>%L1 من 0 أجهزة مؤجَّرة</numerusform>
                <numerusform>%L1 من جهاز واحد مؤجَّر</numerusform>
                <numerusform>%L1 من جهازين مؤجَّرة</numerusform>
                <numerusform>%L1 من %Ln أجهزة مؤجَّرة</numerusform>
                <numerusform>%L1 من %Ln جهازًا مؤجَّرة</numerusform>
                <numerusform>%L1 من %Ln جهاز مؤجَّرة</numerusform>
            </translation>
        </message>
        <message>
            <source>No items</source>
            <translation>لا بنود</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n provider item(s) accepted</source>
            <translation>
                <numerusform>%L1 من 0 بنود مقبولة لدى المزوّدين</numerusform>
                <numerusform>%L1 من بند واحد مقبول لدى المزوّد</numerusform>
                <numerusform>%L1 من بندين مقبولة لدى المزوّدين</numerusform>
                <numerusform>%L1 من %Ln بنود مقبولة لدى المزوّدين</numerusform>
                <numerusform>%L1 من %Ln بندًا مقبولة لدى المزوّدين</numerusform>
                <numerusform>%L1 من %Ln بند مقبولة لدى المزوّدين</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rejected</source>
            <translation>
                <numerusform>لا مرفوض</numerusform>
                <numerusform>واحد مرفوض</numerusform>
                <numerusform>اثنان مرفوضان</numerusform>
                <numerusform>%Ln مرفوضة</numerusform>
                <numerusform>%Ln مرفوضًا</numerusform>
                <numerusform>%Ln مرفوض</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n failed</source>
            <translation>
                <numerusform>لا فاشل</numerusform>
                <numerusform>واحد فاشل</numerusform>
                <numerusform>اثنان فاشلان</numerusform>
                <numerusform>%Ln فاشلة</numerusform>
                <numerusform>%Ln فاشلًا</numerusform>
                <numerusform>%Ln فاشل</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%L1 · %L2</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%L1 (%L2)</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>الطلب</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>المصدر</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>العميل</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>التقدّم</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>الإجمالي</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>تاريخ الإنشاء</translation>
        </message>
    </context>
    <context>
        <name>OrderMiss</name>
        <message>
            <source>No account is enabled, so order “%1” could not be looked up.</source>
            <translation>لا يوجد حساب مفعَّل، لذا تعذّر البحث عن الطلب «⁨%L1⁩».</translation>
        </message>
        <message>
            <source>Order “%1” was not found: no account has an order with this id (asked: %2).</source>
            <translation>لم يُعثر على الطلب «⁨%L1⁩»: لا يوجد طلب بهذا المعرّف في أي حساب (الحسابات التي سُئلت: %L2).</translation>
        </message>
        <message>
            <source>%1 could not be asked: %2</source>
            <translation>تعذّر سؤال ⁨%L1⁩: %L2</translation>
        </message>
        <message>
            <source>Order “%1” could not be looked up. %2</source>
            <translation>تعذّر البحث عن الطلب «⁨%L1⁩». %L2</translation>
        </message>
        <message>
            <source>Order “%1” is not in %2, but that is not the whole answer. %3</source>
            <translation>الطلب «⁨%L1⁩» غير موجود في ⁨%L2⁩، لكن هذه ليست الإجابة الكاملة. %L3</translation>
        </message>
    </context>
    <context>
        <name>PostgresTls</name>
        <message>
            <source>the path of the CA certificate file %1 holds a ";", which Qt's PostgreSQL driver cannot pass on; move or rename the file</source>
            <translation>مسار ملف شهادة CA ‏⁨%L1⁩ يحوي ";" لا يستطيع برنامج تشغيل PostgreSQL في Qt تمريرها؛ انقل الملف أو أعد تسميته</translation>
        </message>
        <message>
            <source>the server does not offer TLS, and the history is sent only over a verified TLS connection; ask its administrator to turn TLS on</source>
            <translation>الخادم لا يوفّر TLS، ولا يُرسَل السجل إلا عبر اتصال TLS موثَّق؛ اطلب من مسؤوله تفعيل TLS</translation>
        </message>
        <message>
            <source>there is no certificate to check the server against (%1 does not exist); give the team's CA certificate file in the settings</source>
            <translation>لا توجد شهادة يُفحص الخادم مقابلها (⁨%L1⁩ غير موجود)؛ حدِّد ملف شهادة CA الخاص بالفريق في الإعدادات</translation>
        </message>
        <message>
            <source>there is no certificate to check the server against (the CA certificate file %1 does not exist or cannot be read)</source>
            <translation>لا توجد شهادة يُفحص الخادم مقابلها (ملف شهادة CA ‏⁨%L1⁩ غير موجود أو تتعذّر قراءته)</translation>
        </message>
        <message>
            <source>the server's certificate does not match the host name (it is for %1, not for %2)</source>
            <translation>شهادة الخادم لا تطابق اسم المضيف (صادرة لـ ⁨%L1⁩ لا لـ ⁨%L2⁩)</translation>
        </message>
        <message>
            <source>the server's certificate names no host, so it cannot be checked</source>
            <translation>شهادة الخادم لا تسمّي مضيفًا، لذا يتعذّر فحصها</translation>
        </message>
        <message>
            <source>the server's certificate is not trusted (no authority this computer trusts issued it, or it has expired); give the team's CA certificate file in the settings</source>
            <translation>شهادة الخادم غير موثوقة (لم تصدرها جهة يثق بها هذا الحاسوب، أو انتهت صلاحيتها)؛ حدِّد ملف شهادة CA الخاص بالفريق في الإعدادات</translation>
        </message>
        <message>
            <source>the server's certificate is not trusted (the certificate authority in %1 did not issue it, or it has expired)</source>
            <translation>شهادة الخادم غير موثوقة (لم تصدرها جهة الشهادات في ⁨%L1⁩، أو انتهت صلاحيتها)</translation>
        </message>
    </context>
    <context>
        <name>SubscriptionCancelOutcome</name>
        <message>
            <source>FlexPortal said: “%1”</source>
            <translation>ردّ FlexPortal: «%L1»</translation>
        </message>
        <message>
            <source>Subscription %1 was cancelled.</source>
            <translation>أُلغي الاشتراك ⁨%L1⁩.</translation>
        </message>
        <message>
            <source>Its asset %1 is flagged for collection.</source>
            <translation>أصله ⁨%L1⁩ مُعلَّم للاستلام.</translation>
        </message>
        <message>
            <source>Subscription %1 had already been cancelled; nothing changed.</source>
            <translation>كان الاشتراك ⁨%L1⁩ ملغى مسبقًا؛ لم يتغيّر شيء.</translation>
        </message>
        <message>
            <source>Subscription %1 had already ended; nothing changed.</source>
            <translation>كان الاشتراك ⁨%L1⁩ قد انتهى مسبقًا؛ لم يتغيّر شيء.</translation>
        </message>
        <message>
            <source>FlexPortal does not know subscription %1; it may belong to another account or region.</source>
            <translation>لا يعرف FlexPortal الاشتراك ⁨%L1⁩؛ ربما يتبع حسابًا أو منطقة أخرى.</translation>
        </message>
        <message>
            <source>FlexPortal refused to cancel subscription %1. %2</source>
            <translation>رفض FlexPortal إلغاء الاشتراك ⁨%L1⁩. %L2</translation>
        </message>
        <message>
            <source>The cancel of subscription %1 was not sent. %2</source>
            <translation>لم يُرسَل إلغاء الاشتراك ⁨%L1⁩. %L2</translation>
        </message>
        <message>
            <source>No clear answer came back to the cancel of subscription %1 (%2). FlexPortal offers no way to read a subscription's state, so whether it was cancelled is unknown. Cancelling it again is safe: if this request went through, FlexPortal answers that it is already cancelled.</source>
            <translation>لم يصل رد واضح على إلغاء الاشتراك ⁨%L1⁩ (%L2). لا يتيح FlexPortal قراءة حالة الاشتراك، لذا لا يُعرف إن كان قد أُلغي. إعادة الإلغاء آمنة: إن كان هذا الطلب قد تمّ، فسيجيب FlexPortal بأنه ملغى مسبقًا.</translation>
        </message>
    </context>
    <context>
        <name>SubscriptionCancelReason</name>
        <message>
            <source>Customer request</source>
            <translation>بطلب من العميل</translation>
        </message>
        <message>
            <source>Payment failure</source>
            <translation>تعثّر الدفع</translation>
        </message>
        <message>
            <source>Fraud</source>
            <translation>احتيال</translation>
        </message>
        <message>
            <source>Admin decision</source>
            <translation>قرار إداري</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>سبب آخر</translation>
        </message>
    </context>
    <context>
        <name>Transport</name>
        <message>
            <source>The request was stopped.</source>
            <translation>أُوقف الطلب.</translation>
        </message>
        <message>
            <source>No data arrived within the timeout.</source>
            <translation>لم تصل أي بيانات خلال المهلة.</translation>
        </message>
        <message>
            <source>The reply was larger than OrderDesk accepts; it was not read.</source>
            <translation>كان الرد أكبر مما يقبله OrderDesk؛ لم تتم قراءته.</translation>
        </message>
        <message>
            <source>The server redirected the request to another address; OrderDesk does not follow it so that the API key stays with the account's own server.</source>
            <translation>أعاد الخادم توجيه الطلب إلى عنوان آخر؛ لا يتبعه OrderDesk كي يبقى مفتاح API لدى خادم الحساب نفسه.</translation>
        </message>
        <message>
            <source>The server's certificate was not accepted.</source>
            <translation>لم تُقبل شهادة الخادم.</translation>
        </message>
        <message>
            <source>The server sent its reply too slowly (less than 1 KB in %1 s); it was given up.</source>
            <translation>أرسل الخادم ردّه ببطء شديد (أقل من 1 كيلوبايت خلال %L1 ث)؛ فتُرك.</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Back-office desk for FlexPortal and OfferGrid orders.</source>
            <translation>مكتب الإدارة الخلفية لطلبات FlexPortal وOfferGrid.</translation>
        </message>
        <message>
            <source>Load the orders once, then quit (exit code 0 when orders were shown).</source>
            <translation>حمِّل الطلبات مرة واحدة ثم اخرج (رمز الخروج 0 عند عرض طلبات).</translation>
        </message>
        <message>
            <source>Also use the accounts in this JSON file (the format of orderdesk-cli; no keys in it).</source>
            <translation>استخدم أيضًا الحسابات الواردة في ملف JSON هذا (بصيغة orderdesk-cli؛ دون مفاتيح).</translation>
        </message>
    </context>
</TS>
