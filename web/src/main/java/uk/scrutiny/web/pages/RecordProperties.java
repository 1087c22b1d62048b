package uk.scrutiny.web.pages;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * Lets a page read a record's component as a property, {@code #{row.title}}, as Jakarta Expression Language 6
 * does (this server has EL 5). A method call in a page, {@code #{row.title()}}, is looked up by reflection among
 * all the class's methods each time it is evaluated, which on a table of hundreds of rows was a large part of a
 * page's server time; the accessors here are found once per record class.
 */
public class RecordProperties extends ELResolver {

    private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> accessors = new HashMap<>();
            if (!type.isRecord()) {
                return accessors;
            }
            for (RecordComponent component : type.getRecordComponents()) {
                if (hasBeanGetter(type, component.getName())) {
                    continue; // the record says what the page reads (DueDate.getLeft): the bean resolver's
                }
                Method accessor = component.getAccessor();
                // A record that is not public (a bean's private row) is still the page's to read.
                if (accessor.trySetAccessible()) {
                    accessors.put(component.getName(), accessor);
                }
            }
            return accessors;
        }
    };

    private static boolean hasBeanGetter(Class<?> type, String property) {
        String capitalised = Character.toUpperCase(property.charAt(0)) + property.substring(1);
        for (String name : new String[] {"get" + capitalised, "is" + capitalised}) {
            try {
                type.getMethod(name);
                return true;
            } catch (NoSuchMethodException e) {
                // not this one
            }
        }
        return false;
    }

    private static Method accessor(Object base, Object property) {
        if (base == null || property == null || !(base instanceof Record)) {
            return null;
        }
        return ACCESSORS.get(base.getClass()).get(property.toString());
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        Method accessor = accessor(base, property);
        if (accessor == null) {
            return null;
        }
        context.setPropertyResolved(base, property);
        try {
            return accessor.invoke(base);
        } catch (InvocationTargetException e) {
            throw new ELException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new ELException(e);
        }
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        Method accessor = accessor(base, property);
        if (accessor == null) {
            return null;
        }
        context.setPropertyResolved(base, property);
        // A record's components cannot be written: the type of a read-only property is null.
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (accessor(base, property) != null) {
            context.setPropertyResolved(base, property);
            throw new PropertyNotWritableException("A record's " + property + " cannot be changed");
        }
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        if (accessor(base, property) == null) {
            return false;
        }
        context.setPropertyResolved(base, property);
        return true;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base instanceof Record ? String.class : null;
    }
}
